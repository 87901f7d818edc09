package org.jiis.processor.nativebuild;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * The modules whose generated native code is built for real: the example module's shape, a
 * minimal module, and names that stress the generator (a deep package, a static nested class,
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
