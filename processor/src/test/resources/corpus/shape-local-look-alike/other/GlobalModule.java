// Local classes annotated with a GlobalModule that is not jiis's are no modules, wherever that
// other GlobalModule comes from: a single-type import (which shadows the on-demand import of
// org.jiis.*), a type of the file's own package, or a member type of an enclosing class. A real
// local jiis module beside them, written fully qualified, is still reported.
package other;

public @interface GlobalModule {
  String value() default "";
}
