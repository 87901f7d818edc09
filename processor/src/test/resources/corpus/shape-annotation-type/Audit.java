// @GlobalModule on an annotation type (its @Target(TYPE) allows it).
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public @interface Audit {
//      ^ [jiis.NotAClass] @GlobalModule must be on a class, but Audit is an annotation type
}
