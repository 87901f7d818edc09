// Two invalid modules in two files of one compilation: the errors of both are reported.
package first;

import org.jiis.*;

@GlobalModule(events = {})
//                     ^ [jiis.NoEvents] events is empty, so IIS would never call module class Cleanup
public class Cleanup {}
