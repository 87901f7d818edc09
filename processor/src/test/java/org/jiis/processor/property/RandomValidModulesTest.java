package org.jiis.processor.property;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.jiis.processor.GlobalModuleProcessor;
import org.jiis.processor.corpus.InMemoryCompilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random valid modules (random module names, packages, class names with non-ASCII letters, {@code $}
 * and names of the types generated code uses, nested classes, every constructor, listener and event
 * shape) compiled together: the compilation succeeds without a warning, so the generated Java
 * compiles, and every generated C++ source passes g++ (see {@link GeneratedCppCheck}). The inputs
 * come from {@link Seed}.
 */
class RandomValidModulesTest {

  private static final int MODULES = 30;

  /**
   * Every lint but {@code processing}: jiis supports every annotation and claims none (see
   * DIAGNOSTICS.md, local classes), which that lint reports as unclaimed annotations.
   */
  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  @Test
  void randomValidModulesGenerateCodeThatCompiles(@TempDir Path directory) throws IOException {
    List<ModuleDeclaration> modules = new RandomModules(Seed.random()).next(MODULES);
    String context = Seed.describe() + "\nmodules:\n" + modules.stream()
        .map(m -> "  " + m.moduleName() + " <- " + m.canonicalName())
        .collect(Collectors.joining("\n"));

    InMemoryCompilation.Result result = InMemoryCompilation.compile(
        modules.stream().map(RandomValidModulesTest::file).toList(), new GlobalModuleProcessor(), OPTIONS);

    assertWithMessage("%s\nsources:\n%s", context, sources(modules)).that(result.errorsAndWarnings()).isEmpty();
    Map<String, byte[]> outputs = result.sourceOutputs();
    for (ModuleDeclaration module : modules) {
      String dispatcher = module.packageName().isEmpty() ? "" : module.packageName().replace('.', '/') + "/";
      byte[] source = outputs.get(dispatcher + module.moduleName() + "Dispatcher.java");
      assertWithMessage("%s\ndispatcher of %s", context, module.moduleName()).that(source).isNotNull();
      assertWithMessage("%s", context).that(new String(source, StandardCharsets.UTF_8))
          .contains("MODULE_NAME = \"" + module.moduleName() + "\";");
    }
    GeneratedCppCheck.compiles(outputs, modules.stream().map(ModuleDeclaration::moduleName).toList(),
        directory, context);
  }

  private static JavaFileObject file(ModuleDeclaration module) {
    return JavaFileObjects.forSourceString(module.topLevelBinaryName(), module.source());
  }

  private static String sources(List<ModuleDeclaration> modules) {
    return modules.stream().map(ModuleDeclaration::source).collect(Collectors.joining("\n"));
  }
}
