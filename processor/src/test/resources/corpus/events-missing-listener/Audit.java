// Listed events whose listener interface the class does not implement, with the events array
// written as a single value and as an array.
package events;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_OPERATION)
//                                ^ [jiis.MissingListener] events lists CACHE_OPERATION but Audit does not implement org.jiis.CacheOperationListener; add 'implements CacheOperationListener' to Audit or remove CACHE_OPERATION from events
public class Audit {

  @GlobalModule(name = "Both", events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION})
//                                                  ^ [jiis.MissingListener] events lists CACHE_CLEANUP but Nested does not implement org.jiis.CacheCleanupListener
//                                                                             ^ [jiis.MissingListener] events lists CACHE_OPERATION but Nested does not implement org.jiis.CacheOperationListener
  public static class Nested {}
}
