// Values javac cannot resolve are javac's to report: jiis adds nothing (not even the errors it
// could find in the rest of the annotation) and generates nothing.
package combined;

import org.jiis.*;

public class Audit {

  @GlobalModule(events = {GlobalEvent.CACHE_OPERATON, GlobalEvent.HEALTH_CHECK})
  //                                 ^ [javac] cannot find symbol || an enum annotation value must be an enum constant
  public static class Misspelt {}

  @GlobalModule(name = "Unfinished")
  // at column 3: [javac] annotation @org.jiis.GlobalModule is missing a default value for the element 'events'
  public static class NoEvents {}

  @GlobalModule(name = 42, events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [javac] incompatible types: int cannot be converted to java.lang.String
  public static class NumberName {}

  @GlobalModule(name = Audit.LABEL, events = GlobalEvent.CACHE_CLEANUP, priority = Priority.URGENT)
  //                        ^ [javac] element value must be a constant expression
  //                                                                                       ^ [javac] cannot find symbol || an enum annotation value must be an enum constant
  public static class NotConstant {}

  static String LABEL = "label";
}
