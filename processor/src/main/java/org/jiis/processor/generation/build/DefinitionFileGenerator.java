package org.jiis.processor.generation.build;

import org.jiis.processor.generation.text.DefText;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>.def}, the module-definition file that names the DLL and exports
 * {@code RegisterModule} without decoration (on x86 a {@code __stdcall} symbol is otherwise
 * {@code _RegisterModule@12}). ASCII with CRLF line endings, for link.exe and GNU ld alike.
 */
public final class DefinitionFileGenerator {

  private final TextTemplate template = TextTemplate.load("build/module.def.mustache", LineEnding.CRLF);

  public FileContent generate(ModuleModel model) {
    String text = template.render(new Values(DefText.quoted(model.moduleName())));
    return new FileContent(ModuleFiles.of(model).definitionFile(), TextEncoding.ASCII.encode(text));
  }

  private record Values(String library) {}
}
