package org.jiis.processor.nativebuild;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * The modules whose generated native code is built for real: the example module's shape, a
 * minimal module, one subscribing to every notification, and names that stress the generator (a deep package, a static nested class,
 * non-ASCII identifiers, the unnamed package).
 */
enum Sample {

  /** Shaped like {@code examples/token-cache-audit}: two events, FIRST, a context constructor. */
  TOKEN_CACHE_AUDIT("TokenCacheAudit", "org.jiis.examples.tokencache.TokenCacheAudit", """
      package org.jiis.examples.tokencache;

      import static org.jiis.GlobalEvent.CACHE_CLEANUP;
      import static org.jiis.GlobalEvent.CACHE_OPERATION;

      import org.jiis.CacheCleanupListener;
      import org.jiis.CacheOperationListener;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;
      import org.jiis.ModuleContext;
      import org.jiis.Priority;
      import org.jiis.cache.CacheProvider;

      @GlobalModule(events = {CACHE_OPERATION, CACHE_CLEANUP}, priority = Priority.FIRST)
      public final class TokenCacheAudit implements CacheOperationListener, CacheCleanupListener {
        private final ModuleContext context;

        public TokenCacheAudit(ModuleContext context) {
          this.context = context;
        }

        @Override
        public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
          context.eventLog().info("cache operation");
          return GlobalNotificationStatus.CONTINUE;
        }

        @Override
        public GlobalNotificationStatus onCacheCleanup() {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
      """),

  /** One event without a provider, a no-argument constructor, the default priority. */
  CLEANUP_ONLY("CleanupOnly", "com.example.CleanupOnly", """
      package com.example;

      import org.jiis.CacheCleanupListener;
      import org.jiis.GlobalEvent;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;

      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public final class CleanupOnly implements CacheCleanupListener {
        @Override
        public GlobalNotificationStatus onCacheCleanup() {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
      """),

  /**
   * Every global notification, so each {@code CGlobalModule} override (provider, none, and the
   * suspend callback's out parameter) and every native stub is compiled.
   */
  EVERY_EVENT("EveryEvent", "com.example.events.EveryEvent", """
      package com.example.events;

      import static org.jiis.GlobalEvent.*;

      import org.jiis.*;
      import org.jiis.cache.CacheProvider;
      import org.jiis.event.*;

      @GlobalModule(events = {STOP_LISTENING, CACHE_CLEANUP, CACHE_OPERATION, HEALTH_CHECK,
          CONFIGURATION_CHANGE, FILE_CHANGE, PRE_BEGIN_REQUEST, APPLICATION_START,
          APPLICATION_RESOLVE_MODULES, APPLICATION_STOP, RSCA_QUERY, TRACE_EVENT, CUSTOM_NOTIFICATION,
          THREAD_CLEANUP, APPLICATION_PRELOAD, SUSPEND_PROCESS}, priority = Priority.HIGH)
      public final class EveryEvent implements StopListeningListener, CacheCleanupListener,
          CacheOperationListener, HealthCheckListener, ConfigurationChangeListener, FileChangeListener,
          PreBeginRequestListener, ApplicationStartListener, ApplicationResolveModulesListener,
          ApplicationStopListener, RscaQueryListener, TraceEventListener, CustomNotificationListener,
          ThreadCleanupListener, ApplicationPreloadListener, SuspendProcessListener {
        private static final GlobalNotificationStatus GO_ON = GlobalNotificationStatus.CONTINUE;

        public EveryEvent(ModuleContext context) {}

        @Override public GlobalNotificationStatus onStopListening(StopListeningProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onCacheCleanup() { return GO_ON; }
        @Override public GlobalNotificationStatus onCacheOperation(CacheProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onHealthCheck() { return GO_ON; }
        @Override public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onFileChange(FileChangeProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onApplicationStart(ApplicationProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onApplicationResolveModules(ApplicationResolveModulesProvider p) {
          return GO_ON;
        }
        @Override public GlobalNotificationStatus onApplicationStop(ApplicationProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onRscaQuery(RscaQueryProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onTraceEvent(TraceEventProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider p) { return GO_ON; }
        @Override public GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider p) { return GO_ON; }
      }
      """),

  DEEP_PACKAGE("DeepAudit", "a.b.c.d.e.f.DeepAudit", """
      package a.b.c.d.e.f;

      import org.jiis.CacheOperationListener;
      import org.jiis.GlobalEvent;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;
      import org.jiis.Priority;
      import org.jiis.cache.CacheProvider;

      @GlobalModule(events = GlobalEvent.CACHE_OPERATION, priority = Priority.LOW)
      public final class DeepAudit implements CacheOperationListener {
        @Override
        public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
      """),

  /** {@code p.Outer$Inner}: the module class is a static nested class. */
  NESTED_CLASS("Inner", "p.Outer", """
      package p;

      import org.jiis.CacheCleanupListener;
      import org.jiis.CacheOperationListener;
      import org.jiis.GlobalEvent;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;
      import org.jiis.ModuleContext;
      import org.jiis.Priority;
      import org.jiis.cache.CacheProvider;

      public final class Outer {
        @GlobalModule(events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION}, priority = Priority.LAST)
        public static final class Inner implements CacheOperationListener, CacheCleanupListener {
          public Inner(ModuleContext context) {}

          @Override
          public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
            return GlobalNotificationStatus.CONTINUE;
          }

          @Override
          public GlobalNotificationStatus onCacheCleanup() {
            return GlobalNotificationStatus.CONTINUE;
          }
        }
      }
      """),

  /**
   * Non-ASCII package and class names, which reach the generated C++ as modified UTF-8 class name
   * literals and escaped comments. (A module name is ASCII, so this one is named explicitly.)
   */
  NON_ASCII("Uber", "café.ñ.Über", """
      package café.ñ;

      import org.jiis.CacheOperationListener;
      import org.jiis.GlobalEvent;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;
      import org.jiis.ModuleContext;
      import org.jiis.cache.CacheProvider;

      @GlobalModule(name = "Uber", events = GlobalEvent.CACHE_OPERATION)
      public final class Über implements CacheOperationListener {
        public Über(ModuleContext context) {}

        @Override
        public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
      """),

  UNNAMED_PACKAGE("Unpackaged", "Unpackaged", """
      import org.jiis.CacheCleanupListener;
      import org.jiis.GlobalEvent;
      import org.jiis.GlobalModule;
      import org.jiis.GlobalNotificationStatus;
      import org.jiis.Priority;

      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP, priority = Priority.HIGH)
      public final class Unpackaged implements CacheCleanupListener {
        @Override
        public GlobalNotificationStatus onCacheCleanup() {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
      """);

  private final String moduleName;
  private final String topLevelClass;
  private final String source;

  Sample(String moduleName, String topLevelClass, String source) {
    this.moduleName = moduleName;
    this.topLevelClass = topLevelClass;
    this.source = source;
  }

  /** The module name: the native folder, the library and the generated file names. */
  String moduleName() {
    return moduleName;
  }

  JavaFileObject file() {
    return JavaFileObjects.forSourceString(topLevelClass, source);
  }
}
