package org.jiis.processor.generation.build;

import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.PowerShellText;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code install-<Name>.ps1}, which registers the module DLL in IIS's
 * {@code system.webServer/globalModules} section (through appcmd.exe, with a {@code bitness32} or
 * {@code bitness64} precondition) or, with {@code -Uninstall}, removes it. UTF-8 with a byte order
 * mark (Windows PowerShell 5.1 reads a script without one in the ANSI code page) and CRLF line
 * endings.
 */
public final class InstallScriptGenerator {

  private final TextTemplate template = TextTemplate.load("build/install.ps1.mustache", LineEnding.CRLF);

  public FileContent generate(ModuleModel model) {
    ModuleFiles files = ModuleFiles.of(model);
    String text = template.render(new Values(
        PowerShellText.singleQuoted(model.moduleName()),
        PowerShellText.singleQuoted(files.windowsLibrary()),
        PowerShellText.singleQuoted(files.settings())));
    return new FileContent(files.installScript(), TextEncoding.UTF_8_WITH_BOM.encode(text));
  }

  private record Values(String moduleName, String libraryName, String settingsName) {}
}
