package org.jiis.processor.property;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiis.processor.GlobalModuleProcessor;
import org.jiis.processor.corpus.InMemoryCompilation;
import org.junit.jupiter.api.Test;

/**
 * Random invalid module names (a leading digit, a forbidden or non-ASCII character anywhere, too
 * long, a reserved device name in any letter case), given explicitly or through the class name,
 * each on a module that is otherwise valid and all in one compilation: each module gets exactly its
 * documented error ({@code [jiis.InvalidName]} or {@code [jiis.ReservedName]}), on the name value
 * or, for a class's own name, on the annotation; nothing else is reported and nothing generated.
 * The inputs come from {@link Seed}.
 */
class RandomInvalidNamesTest {

  private static final int EXPLICIT_NAMES = 60;
  private static final int CLASS_NAMES = 20;
  private static final String ANNOTATION = "@org.jiis.GlobalModule(";

  /** One module of the test source: the line its annotation is on, and the error it must get. */
  private record Case(String line, String expectedId, String expectedStart, String description) {}

  @Test
  void randomInvalidNamesGetExactlyTheDocumentedError() {
    Random random = Seed.random();
    List<Case> cases = new ArrayList<>();
    ModuleNameSamples names = new ModuleNameSamples(random);
    for (int i = 0; i < EXPLICIT_NAMES; i++) {
      ModuleNameSamples.Invalid name = names.invalid();
      cases.add(new Case(
          ANNOTATION + "name = " + JavaLiterals.string(name.name()) + ", events = org.jiis.GlobalEvent.CACHE_CLEANUP)"
              + " public static class Explicit" + i + " extends Cleanup {}",
          name.expectedId(), "module name \"", "name " + JavaLiterals.string(name.name())));
    }
    Set<String> classNames = new HashSet<>();
    while (classNames.size() < CLASS_NAMES) {
      ClassName className = invalidClassName(random);
      if (classNames.add(className.name())) {
        cases.add(new Case(
            ANNOTATION + "events = org.jiis.GlobalEvent.CACHE_CLEANUP) public static class " + className.name()
                + " extends Cleanup {}",
            className.expectedId(), "the default module name, the simple name of class \"",
            "class " + className.name()));
      }
    }
    String source = source(cases);

    InMemoryCompilation.Result result = InMemoryCompilation.compile(
        List.of(JavaFileObjects.forSourceString("p.Invalid", source)), new GlobalModuleProcessor(), List.of());

    String context = Seed.describe() + "\n" + result.errorsAndWarnings().stream()
        .collect(Collectors.joining("\n")) + "\nsource:\n" + source;
    List<String> lines = source.lines().toList();
    for (Case c : cases) {
      long line = lines.indexOf("  " + c.line()) + 1;
      long column = c.line().startsWith(ANNOTATION + "name = ") ? 3 + (ANNOTATION + "name = ").length() : 3;
      List<String> reported = result.diagnostics().stream()
          .filter(d -> d.getLineNumber() == line)
          .map(d -> d.getKind() + " " + d.getColumnNumber() + " " + d.getMessage(null))
          .toList();
      assertWithMessage("%s\n%s", c.description(), context).that(reported).hasSize(1);
      assertWithMessage("%s\n%s", c.description(), context).that(reported.get(0))
          .startsWith("ERROR " + column + " [" + c.expectedId() + "] " + c.expectedStart());
    }
    assertWithMessage("every diagnostic\n%s", context).that(result.errorsAndWarnings()).hasSize(cases.size());
    assertWithMessage("generated files\n%s", context).that(result.sourceOutputs()).isEmpty();
  }

  private record ClassName(String name, String expectedId) {}

  /** A Java class name that is no valid module name, with the error it must produce. */
  private static ClassName invalidClassName(Random random) {
    JavaIdentifiers identifiers = new JavaIdentifiers(random);
    while (true) {
      ClassName candidate = switch (random.nextInt(4)) {
        case 0 -> new ClassName(identifiers.nonAscii(1 + random.nextInt(10)), "jiis.InvalidName");
        case 1 -> new ClassName(identifiers.ascii(2 + random.nextInt(10)) + "$", "jiis.InvalidName");
        case 2 -> new ClassName(identifiers.ascii(65 + random.nextInt(30)).replace('$', '_'), "jiis.InvalidName");
        default -> new ClassName(reserved(random), "jiis.ReservedName");
      };
      if (JavaIdentifiers.isUsable(candidate.name()) && !candidate.name().equals("Cleanup")
          && !candidate.name().startsWith("Explicit")) {
        return candidate;
      }
    }
  }

  private static String reserved(Random random) {
    List<String> reserved = ModuleNameSamples.RESERVED.stream().sorted().toList();
    String name = reserved.get(random.nextInt(reserved.size()));
    return name.charAt(0) + (random.nextBoolean() ? name.substring(1).toLowerCase(Locale.ROOT) : name.substring(1));
  }

  private static String source(List<Case> cases) {
    StringBuilder source = new StringBuilder("package p;\n\npublic class Invalid {\n");
    for (Case c : cases) {
      source.append("  ").append(c.line()).append('\n');
    }
    return source.append("""
          public abstract static class Cleanup implements org.jiis.CacheCleanupListener {
            @java.lang.Override
            public org.jiis.GlobalNotificationStatus onCacheCleanup() {
              return org.jiis.GlobalNotificationStatus.CONTINUE;
            }
          }
        }
        """).toString();
  }
}
