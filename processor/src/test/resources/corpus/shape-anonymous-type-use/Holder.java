// An anonymous class cannot carry @GlobalModule: written before its type, the annotation is a
// type-use annotation, which javac rejects. jiis adds nothing and generates nothing.
package shapes;

import org.jiis.*;

public class Holder {
  final Object module = new @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) Object() {};
  //                        ^ [javac] annotation @org.jiis.GlobalModule not applicable in this type context
}
