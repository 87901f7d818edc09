package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheProvider;
import org.jiis.internal.ModuleDispatcher;
import org.junit.jupiter.api.Test;

/** The generated dispatcher, compiled and run: it creates the module and routes each event to it. */
class DispatcherBehaviourTest {

  private static final TestSource AUDIT = TestSource.of("p.Outer", """
      package p;

      import java.util.ArrayList;
      import java.util.List;
      import org.jiis.*;
      import org.jiis.cache.CacheProvider;

      public class Outer {
        @GlobalModule(name = "Audit", events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION})
        public static class AuditModule implements CacheCleanupListener, CacheOperationListener {
          public static final List<Object> CALLS = new ArrayList<>();
          private final ModuleContext context;

          public AuditModule(ModuleContext context) {
            this.context = context;
          }

          public GlobalNotificationStatus onCacheCleanup() {
            CALLS.add("cleanup for " + context.moduleName());
            return GlobalNotificationStatus.HANDLED;
          }

          public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
            CALLS.add(provider);
            return GlobalNotificationStatus.CONTINUE;
          }
        }
      }
      """);

  private static final TestSource CLEANUP_ONLY = TestSource.of("Cleanup", """
      import org.jiis.*;

      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public class Cleanup implements CacheCleanupListener {
        public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
      }
      """);

  @Test
  void routesEachSubscribedEventToTheModule() throws Exception {
    ClassLoader loader = load(compile(AUDIT).compilation());
    Class<?> dispatcherClass = loader.loadClass("p.AuditDispatcher");
    ModuleContext context = context("Audit");
    CacheProvider provider = proxy(CacheProvider.class);

    ModuleDispatcher dispatcher =
        (ModuleDispatcher) dispatcherClass.getConstructor(ModuleContext.class).newInstance(context);

    assertThat(Modifier.isFinal(dispatcherClass.getModifiers())).isTrue();
    assertThat(dispatcherClass.getField("MODULE_NAME").get(null)).isEqualTo("Audit");
    assertThat(dispatcher.moduleName()).isEqualTo("Audit");
    assertThat(dispatcher.onCacheCleanup()).isEqualTo(GlobalNotificationStatus.HANDLED);
    assertThat(dispatcher.onCacheOperation(provider)).isEqualTo(GlobalNotificationStatus.CONTINUE);
    List<?> calls = (List<?>) loader.loadClass("p.Outer$AuditModule").getField("CALLS").get(null);
    assertThat(calls).containsExactly("cleanup for Audit", provider).inOrder();
  }

  @Test
  void leavesUnsubscribedHooksToTheBaseClass_inTheUnnamedPackage() throws Exception {
    ClassLoader loader = load(compile(CLEANUP_ONLY).compilation());

    ModuleDispatcher dispatcher = (ModuleDispatcher) loader.loadClass("CleanupDispatcher")
        .getConstructor(ModuleContext.class).newInstance(context("Cleanup"));

    assertThat(dispatcher.onCacheCleanup()).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThrows(UnsupportedOperationException.class, () -> dispatcher.onCacheOperation(proxy(CacheProvider.class)));
  }

  /** Names that collide with the names the dispatcher uses still give code that compiles and runs. */
  @Test
  void namesThatShadowTheRuntimeTypes() throws Exception {
    TestSource moduleContext = TestSource.of("p.ModuleContext", """
        package p;

        import org.jiis.*;

        @GlobalModule(name = "Module", events = GlobalEvent.CACHE_CLEANUP)
        public class ModuleContext implements CacheCleanupListener {
          public ModuleContext(org.jiis.ModuleContext context) {}

          public org.jiis.GlobalNotificationStatus onCacheCleanup() {
            return org.jiis.GlobalNotificationStatus.HANDLED;
          }
        }
        """);
    TestSource status = TestSource.of("p.GlobalNotificationStatus", "package p; public class GlobalNotificationStatus {}");
    // java.lang names too: the generated classes use String and Override.
    TestSource string = TestSource.of("p.String", "package p; public class String {}");
    TestSource override = TestSource.of("p.Override", "package p; public @interface Override {}");

    ClassLoader loader = load(compile(moduleContext, status, string, override).compilation());
    ModuleDispatcher dispatcher = (ModuleDispatcher) loader.loadClass("p.ModuleDispatcher")
        .getConstructor(ModuleContext.class).newInstance(context("Module"));

    assertThat(dispatcher.onCacheCleanup()).isEqualTo(GlobalNotificationStatus.HANDLED);
  }

  private static ModuleContext context(String moduleName) {
    return (ModuleContext) Proxy.newProxyInstance(DispatcherBehaviourTest.class.getClassLoader(),
        new Class<?>[] {ModuleContext.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "moduleName" -> moduleName;
          case "toString" -> "context of " + moduleName;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static <T> T proxy(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(DispatcherBehaviourTest.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName() : null));
  }

  /** A class loader over the compilation's class files, on top of the test class path (and the runtime). */
  private static ClassLoader load(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        }
      }
    }
    return new ClassLoader(DispatcherBehaviourTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
