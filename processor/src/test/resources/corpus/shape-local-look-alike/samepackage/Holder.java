package samepackage;

import org.jiis.*;

public class Holder {

  void method() {
    @GlobalModule
    class Lookalike {}

    @org.jiis.GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class Real {}
  //^ [jiis.LocalClass] module class Real is declared inside
  }
}
