package imports;

import org.jiis.*;
import other.GlobalModule;

public class Holder {

  void method() {
    @GlobalModule("imported by name")
    class Lookalike {}

    @org.jiis.GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    class Real {}
  //^ [jiis.LocalClass] module class Real is declared inside
  }
}
