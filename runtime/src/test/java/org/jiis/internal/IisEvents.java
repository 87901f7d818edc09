package org.jiis.internal;

import java.util.function.LongToIntFunction;
import org.jiis.GlobalEvent;
import org.jiis.internal.FakeNatives.Application;
import org.jiis.internal.FakeNatives.ApplicationSource;
import org.jiis.internal.FakeNatives.CallbackSlot;
import org.jiis.internal.FakeNatives.ConfigurationChange;
import org.jiis.internal.FakeNatives.CustomNotification;
import org.jiis.internal.FakeNatives.FileChange;
import org.jiis.internal.FakeNatives.PlainProvider;
import org.jiis.internal.FakeNatives.ResolveModules;
import org.jiis.internal.FakeNatives.RscaQuery;
import org.jiis.internal.FakeNatives.StopListening;
import org.jiis.internal.FakeNatives.ThreadCleanup;
import org.jiis.internal.FakeNatives.TraceEventSource;

/** Fires each IIS notification at a module through its {@link NativeModule} entry point, as IIS would. */
final class IisEvents {

  static final String PHYSICAL_PATH = "C:\\inetpub\\wwwroot";
  static final String APPLICATION_ID = "/LM/W3SVC/1/ROOT";
  static final String CONFIG_PATH = "MACHINE/WEBROOT/APPHOST/Default Web Site";

  private final FakeNatives natives;
  private final NativeModule module;
  /** The fake IIS object of the last event's provider (freed from the heap by now), or null. */
  Object lastProvider;

  IisEvents(FakeNatives natives, NativeModule module) {
    this.natives = natives;
    this.module = module;
  }

  long application() {
    return natives.add(new Application(PHYSICAL_PATH, APPLICATION_ID, CONFIG_PATH));
  }

  /** Fires {@code event} with a typical provider and returns the status the entry point returned. */
  int fire(GlobalEvent event) {
    return switch (event) {
      case STOP_LISTENING -> deliver(module::stopListening, natives.add(new StopListening(true)));
      case CACHE_CLEANUP -> noProvider(module.cacheCleanup());
      case CACHE_OPERATION -> cacheOperation(natives.provider(0, 0, 0));
      case HEALTH_CHECK -> noProvider(module.healthCheck());
      case CONFIGURATION_CHANGE ->
          deliver(module::configurationChange, natives.add(new ConfigurationChange(CONFIG_PATH)));
      case FILE_CHANGE ->
          deliver(module::fileChange, natives.add(new FileChange(PHYSICAL_PATH + "\\web.config")));
      case PRE_BEGIN_REQUEST -> deliver(module::preBeginRequest, natives.add(new PlainProvider()));
      case APPLICATION_START -> withApplication(event);
      case APPLICATION_RESOLVE_MODULES -> withApplication(event);
      case APPLICATION_STOP -> withApplication(event);
      case RSCA_QUERY -> deliver(module::rscaQuery, natives.add(new RscaQuery("GetStatus", "")));
      case TRACE_EVENT -> deliver(module::traceEvent, natives.add(new TraceEventSource(
          TraceEventBytes.result(0).byte8(0).bytes(), FakeNatives.MODULE_ID)));
      case CUSTOM_NOTIFICATION ->
          deliver(module::customNotification, natives.add(new CustomNotification("cache-flush")));
      case THREAD_CLEANUP -> withApplication(event);
      case APPLICATION_PRELOAD -> deliver(module::applicationPreload, natives.add(new PlainProvider()));
      case SUSPEND_PROCESS -> deliver(module::suspendProcess, natives.add(new CallbackSlot()));
    };
  }

  private int withApplication(GlobalEvent event) {
    long application = application();
    return switch (event) {
      case APPLICATION_START ->
          deliver(module::applicationStart, natives.add(new ApplicationSource(application)), application);
      case APPLICATION_STOP ->
          deliver(module::applicationStop, natives.add(new ApplicationSource(application)), application);
      case APPLICATION_RESOLVE_MODULES -> deliver(
          module::applicationResolveModules, natives.add(new ResolveModules(application)), application);
      case THREAD_CLEANUP ->
          deliver(module::threadCleanup, natives.add(new ThreadCleanup(application)), application);
      default -> throw new IllegalArgumentException(event + " has no application");
    };
  }

  private int noProvider(int status) {
    lastProvider = null;
    return status;
  }

  private int cacheOperation(long provider) {
    lastProvider = natives.object(provider);
    return natives.fire(module, provider);
  }

  private int deliver(LongToIntFunction entryPoint, long provider, long... children) {
    lastProvider = natives.object(provider);
    return natives.deliver(entryPoint, provider, children);
  }
}
