package org.jiis.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The provider views of the notifications other than the cache ones, for one callback frame: each
 * created on its first use and rebound for every later callback of that frame, so the hot path
 * allocates nothing.
 */
final class EventViews {

  private final NativeAccess natives;
  private final CallbackScope scope;
  private StopListeningProviderView stopListening;
  private ConfigurationChangeProviderView configurationChange;
  private FileChangeProviderView fileChange;
  private PreBeginRequestProviderView preBeginRequest;
  private ApplicationProviderView application;
  private ApplicationResolveModulesProviderView applicationResolveModules;
  private RscaQueryProviderView rscaQuery;
  private TraceEventProviderView traceEvent;
  private CustomNotificationProviderView customNotification;
  private ThreadCleanupProviderView threadCleanup;
  private ApplicationPreloadProviderView applicationPreload;
  private SuspendProcessView suspendProcess;

  EventViews(NativeAccess natives, CallbackScope scope) {
    this.natives = natives;
    this.scope = scope;
  }

  StopListeningProviderView stopListening(long provider) {
    if (stopListening == null) {
      stopListening = new StopListeningProviderView(natives, scope);
    }
    stopListening.bind(provider);
    return stopListening;
  }

  ConfigurationChangeProviderView configurationChange(long provider) {
    if (configurationChange == null) {
      configurationChange = new ConfigurationChangeProviderView(natives, scope);
    }
    configurationChange.bind(provider);
    return configurationChange;
  }

  FileChangeProviderView fileChange(long provider) {
    if (fileChange == null) {
      fileChange = new FileChangeProviderView(natives, scope);
    }
    fileChange.bind(provider);
    return fileChange;
  }

  PreBeginRequestProviderView preBeginRequest(long provider) {
    if (preBeginRequest == null) {
      preBeginRequest = new PreBeginRequestProviderView(natives, scope);
    }
    preBeginRequest.bind(provider);
    return preBeginRequest;
  }

  /** Application start and stop: both pass an {@code IHttpApplicationProvider*}. */
  ApplicationProviderView application(long provider) {
    if (application == null) {
      application = new ApplicationProviderView(natives, scope);
    }
    application.bind(provider);
    return application;
  }

  ApplicationResolveModulesProviderView applicationResolveModules(long provider) {
    if (applicationResolveModules == null) {
      applicationResolveModules = new ApplicationResolveModulesProviderView(natives, scope);
    }
    applicationResolveModules.bind(provider);
    return applicationResolveModules;
  }

  RscaQueryProviderView rscaQuery(long provider) {
    if (rscaQuery == null) {
      rscaQuery = new RscaQueryProviderView(natives, scope);
    }
    rscaQuery.bind(provider);
    return rscaQuery;
  }

  TraceEventProviderView traceEvent(long provider, long moduleId) {
    if (traceEvent == null) {
      traceEvent = new TraceEventProviderView(natives, scope);
    }
    return traceEvent.bind(provider, moduleId);
  }

  CustomNotificationProviderView customNotification(long provider) {
    if (customNotification == null) {
      customNotification = new CustomNotificationProviderView(natives, scope);
    }
    customNotification.bind(provider);
    return customNotification;
  }

  ThreadCleanupProviderView threadCleanup(long provider) {
    if (threadCleanup == null) {
      threadCleanup = new ThreadCleanupProviderView(natives, scope);
    }
    threadCleanup.bind(provider);
    return threadCleanup;
  }

  ApplicationPreloadProviderView applicationPreload(long provider) {
    if (applicationPreload == null) {
      applicationPreload = new ApplicationPreloadProviderView(natives, scope);
    }
    applicationPreload.bind(provider);
    return applicationPreload;
  }

  SuspendProcessView suspendProcess(long callbackSlot, AtomicReference<Runnable> resumeAction) {
    if (suspendProcess == null) {
      suspendProcess = new SuspendProcessView(natives, scope);
    }
    return suspendProcess.bind(callbackSlot, resumeAction);
  }
}
