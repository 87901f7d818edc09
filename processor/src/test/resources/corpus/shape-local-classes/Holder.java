// Module classes declared in bodies, where javac hands processors no element: in a method, a static
// initializer, a lambda in a field initializer, an anonymous class, an enum constant's body, an
// interface's default method, and a class nested in a local class. A local record is reported the
// same way. Holder itself is fine and is no module.
package shapes;

import org.jiis.*;

public class Holder {

  static {
    @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class InInitializer {}
  //^ [jiis.LocalClass] module class InInitializer is declared inside a method, initializer, lambda or anonymous class, where jiis cannot create it
  }

  static final Runnable TASK = () -> {
    @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class InLambda {}
  //^ [jiis.LocalClass] module class InLambda is declared inside
  };

  void method() {
    @org.jiis.GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class FullyQualified {}
  //^ [jiis.LocalClass] module class FullyQualified is declared inside

    @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    record LocalRecord() {}
  //^ [jiis.LocalClass] module class LocalRecord is declared inside

    class Local {
      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public static class NestedInLocal {}
//                  ^ [jiis.LocalClass] module class NestedInLocal is declared inside
    }

    Object anonymous = new Object() {
      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      class InAnonymous {}
    //^ [jiis.LocalClass] module class InAnonymous is declared inside
    };
  }

  enum Kind {
    SPECIAL {
      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      class InConstantBody {}
    //^ [jiis.LocalClass] module class InConstantBody is declared inside
    }
  }

  interface WithDefault {
    default void run() {
      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      class InDefaultMethod {}
    //^ [jiis.LocalClass] module class InDefaultMethod is declared inside
    }
  }
}
