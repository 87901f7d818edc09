package org.jiis.processor.generation.nativecode;

import java.util.ArrayList;
import java.util.List;
import org.jiis.processor.generation.build.ModuleFiles;
import org.jiis.processor.generation.text.CppText;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>Jni.cpp}: the C++ behind each {@link NativeMethod} of the module's natives
 * class, and the {@code RegisterNatives} table binding them, generated from the same list as the
 * Java class.
 */
public final class JniSourceGenerator {

  private final TextTemplate template = TextTemplate.load("native/Jni.cpp.mustache", LineEnding.LF);

  public FileContent generate(ModuleModel model) {
    List<Native> natives = new ArrayList<>();
    for (NativeMethod method : NativeMethod.values()) {
      natives.add(new Native(
          CppText.modifiedUtf8Literal(method.javaName()),
          CppText.modifiedUtf8Literal(method.descriptor()),
          method.cppFunction(),
          JniFunctionType.of(method.descriptor())));
    }
    Values values = new Values(
        CppText.lineCommentText(model.canonicalName()),
        CppText.lineCommentText(model.nativesBinaryName()),
        model.moduleName(),
        NativeTable.NAME,
        natives);
    return new FileContent(ModuleFiles.of(model).jniSource(), TextEncoding.ASCII.encode(template.render(values)));
  }

  private record Values(
      String moduleClass, String nativesClass, String moduleName, String nativesTable, List<Native> natives) {}

  private record Native(String nameLiteral, String signatureLiteral, String function, String pointerType) {}
}
