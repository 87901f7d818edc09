package second;

import org.jiis.*;

@GlobalModule(name = "Operation-Audit", events = GlobalEvent.CACHE_OPERATION)
//                   ^ [jiis.InvalidName] module name "Operation-Audit" contains '-'
//                                                          ^ [jiis.MissingListener] events lists CACHE_OPERATION but Operation does not implement org.jiis.CacheOperationListener
public class Operation {

  private Operation() {}
  //      ^ [jiis.NoUsableConstructor] constructor Operation() is not public
}
