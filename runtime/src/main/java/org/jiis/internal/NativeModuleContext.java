package org.jiis.internal;

import org.jiis.EventLog;
import org.jiis.IisServer;
import org.jiis.ModuleContext;

/** The {@link ModuleContext} {@link NativeModule#start} hands the module's constructor. */
record NativeModuleContext(String moduleName, boolean debugEnabled, EventLog eventLog, IisServer server)
    implements ModuleContext {}
