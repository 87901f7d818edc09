package org.jiis.processor.generation;

import java.util.ArrayList;
import java.util.List;
import org.jiis.processor.generation.build.BuildFiles;
import org.jiis.processor.generation.build.RuntimeSources;
import org.jiis.processor.generation.java.DispatcherSource;
import org.jiis.processor.generation.java.NativesSource;
import org.jiis.processor.generation.nativecode.JniSourceGenerator;
import org.jiis.processor.generation.nativecode.ModuleSourceGenerator;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.model.ModuleModel;

/** Generates a module's whole output from its model alone. */
public final class ModuleGenerator {

  private final ModuleSourceGenerator moduleSource = new ModuleSourceGenerator();
  private final JniSourceGenerator jniSource = new JniSourceGenerator();
  private final BuildFiles buildFiles;

  public ModuleGenerator(RuntimeSources runtime) {
    this.buildFiles = new BuildFiles(runtime);
  }

  public ModuleOutput generate(ModuleModel model) {
    List<FileContent> nativeFiles = new ArrayList<>();
    nativeFiles.add(moduleSource.generate(model));
    nativeFiles.add(jniSource.generate(model));
    nativeFiles.addAll(buildFiles.generate(model));
    return new ModuleOutput(List.of(DispatcherSource.of(model), NativesSource.of(model)), nativeFiles);
  }
}
