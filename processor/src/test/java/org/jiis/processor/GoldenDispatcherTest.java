package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher of a sample module, byte for byte. To accept a deliberate change of the generated
 * code, run {@code mvn -o -pl processor test -Dtest=GoldenDispatcherTest -Djiis.updateGolden=true}
 * and review the diff of {@code src/test/resources/golden/}.
 */
class GoldenDispatcherTest {

  private static final String DISPATCHER = "com.example.audit.TokenCacheAuditDispatcher";
  private static final String GOLDEN = "golden/com/example/audit/TokenCacheAuditDispatcher.java";

  static TestSource sampleModule() {
    return TestSource.of("com.example.audit.TokenCacheAudit", """
        package com.example.audit;

        import static org.jiis.GlobalEvent.CACHE_CLEANUP;
        import static org.jiis.GlobalEvent.CACHE_OPERATION;

        import org.jiis.CacheCleanupListener;
        import org.jiis.CacheOperationListener;
        import org.jiis.GlobalModule;
        import org.jiis.GlobalNotificationStatus;
        import org.jiis.ModuleContext;
        import org.jiis.Priority;
        import org.jiis.cache.CacheProvider;

        @GlobalModule(events = {CACHE_OPERATION, CACHE_CLEANUP}, priority = Priority.HIGH)
        public final class TokenCacheAudit implements CacheOperationListener, CacheCleanupListener {
          private final ModuleContext context;

          public TokenCacheAudit(ModuleContext context) {
            this.context = context;
          }

          @Override
          public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
            return GlobalNotificationStatus.CONTINUE;
          }

          @Override
          public GlobalNotificationStatus onCacheCleanup() {
            return GlobalNotificationStatus.CONTINUE;
          }
        }
        """);
  }

  @Test
  void dispatcherMatchesTheGoldenFile() throws IOException {
    String generated = generatedDispatcher(compile(sampleModule()).compilation());

    Path golden = Path.of(System.getProperty("basedir", "."), "src/test/resources", GOLDEN);
    if (Boolean.getBoolean("jiis.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
    }
    assertWithMessage("%s is missing; create it with -Djiis.updateGolden=true and review it", golden)
        .that(Files.exists(golden))
        .isTrue();
    assertWithMessage("generated dispatcher differs from %s; if the change is intended, rerun with"
        + " -Djiis.updateGolden=true and review the diff", golden)
        .that(generated)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    String first = generatedDispatcher(compile(sampleModule()).compilation());
    String second = generatedDispatcher(compile(sampleModule()).compilation());

    assertThat(second).isEqualTo(first);
  }

  private static String generatedDispatcher(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedSourceFile(DISPATCHER).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
