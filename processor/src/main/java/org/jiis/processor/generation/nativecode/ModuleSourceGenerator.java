package org.jiis.processor.generation.nativecode;

import java.util.ArrayList;
import java.util.List;
import org.jiis.processor.generation.build.ModuleFiles;
import org.jiis.processor.generation.text.CppText;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.EventKind;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>Module.cpp}: the module's {@code CGlobalModule} subclass, one override per
 * subscribed event handing it to the runtime, and {@code RegisterModule}, which starts the runtime
 * and subscribes with exactly the listed events' bits and the module's priority for each.
 */
public final class ModuleSourceGenerator {

  private final TextTemplate template = TextTemplate.load("native/Module.cpp.mustache", LineEnding.LF);

  public FileContent generate(ModuleModel model) {
    ModuleFiles files = ModuleFiles.of(model);
    List<Event> events = new ArrayList<>();
    for (EventKind kind : model.events()) {
      events.add(Event.of(kind, events.size()));
    }
    Values values = new Values(
        CppText.lineCommentText(model.canonicalName()),
        model.moduleName(),
        files.jniSource(),
        files.definitionFile(),
        NativeTable.NAME,
        "C" + model.moduleName() + "Module",
        CppText.utf8Literal(model.moduleName()),
        CppText.modifiedUtf8Literal(model.dispatcherBinaryName()),
        CppText.modifiedUtf8Literal(model.nativesBinaryName()),
        notificationMask(model),
        model.priority().constantName(),
        events);
    return new FileContent(files.moduleSource(), TextEncoding.ASCII.encode(template.render(values)));
  }

  /** The subscribed events' {@code GL_*} constants joined with {@code |}, in declaration order. */
  private static String notificationMask(ModuleModel model) {
    return String.join(" | ", model.events().stream().map(EventKind::constantName).toList());
  }

  private record Values(
      String moduleClass,
      String moduleName,
      String jniSource,
      String defFile,
      String nativesTable,
      String cppClass,
      String moduleNameLiteral,
      String dispatcherClassLiteral,
      String nativesClassLiteral,
      String notificationMask,
      String priorityConstant,
      List<Event> events) {}

  /** One subscribed event: its override and its entry in the runtime's event table. */
  record Event(
      int index,
      String indexName,
      String constantName,
      String moduleMethod,
      String parameter,
      String argument,
      String specEntry) {

    static Event of(EventKind kind, int index) {
      EventEntryPoint entry = EventEntryPoint.of(kind);
      boolean hasParameter = kind.cppParameter() != null;
      return new Event(
          index,
          "k" + upperCamel(entry.javaMethod()),
          kind.constantName(),
          kind.moduleMethod(),
          hasParameter ? kind.cppParameter() : "VOID",
          hasParameter ? "ToJava(" + kind.cppParameterName() + ")" : "0",
          "{" + CppText.modifiedUtf8Literal(entry.javaMethod()) + ", "
              + CppText.modifiedUtf8Literal(entry.javaSignature()) + "}");
    }

    private static String upperCamel(String name) {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }
}
