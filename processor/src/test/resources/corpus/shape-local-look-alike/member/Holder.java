package member;

import org.jiis.*;

public class Holder {

  @interface GlobalModule {}

  void method() {
    Runnable task = () -> {
      @GlobalModule
      class Lookalike {}
    };

    @org.jiis.GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class Real {}
  //^ [jiis.LocalClass] module class Real is declared inside
  }
}
