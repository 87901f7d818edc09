// @GlobalModule on an interface that even extends a listener: only [jiis.NotAClass], nothing about
// its (missing) constructor or its events.
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public interface Audit extends CacheCleanupListener {
//     ^ [jiis.NotAClass] @GlobalModule must be on a class, but Audit is an interface; put @GlobalModule on a public class
}
