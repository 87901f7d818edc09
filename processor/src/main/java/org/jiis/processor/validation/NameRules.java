package org.jiis.processor.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * The module name names the module's DLL, its {@code .def} library, the IIS {@code globalModules}
 * entry, the Windows event source and the generated types, so it must be a short ASCII identifier
 * that Windows accepts as a file name.
 */
final class NameRules {

  static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  static final int MAX_LENGTH = 64;

  private static final Set<String> RESERVED = Set.of(
      "CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private NameRules() {}

  /** The module name, or null after reporting why it is not valid. */
  static String check(TypeElement type, GlobalModuleAnnotation annotation, ValidationReport report) {
    boolean explicit = !annotation.name().isEmpty();
    String name = explicit ? annotation.name() : type.getSimpleName().toString();
    Location at = nameLocation(type, annotation);
    String subject = explicit
        ? "module name " + MessageText.quoted(name)
        : "the default module name, the simple name of class " + MessageText.quoted(name) + ",";
    String fix = explicit ? "choose another name" : "set @GlobalModule(name = \"...\")";
    String problem = problem(name);
    if (problem != null) {
      report.error(DiagnosticId.INVALID_NAME,
          subject + " " + problem + "; a module name is 1 to " + MAX_LENGTH
              + " ASCII letters, digits or underscores, not starting with a digit; " + fix,
          at);
      return null;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    if (RESERVED.contains(upper)) {
      report.error(DiagnosticId.RESERVED_NAME,
          subject + " is the Windows reserved device name " + upper + ", which cannot name the module's DLL; "
              + fix,
          at);
      return null;
    }
    return name;
  }

  /** Where a name error points: the {@code name} value, or the annotation when the default applies. */
  static Location nameLocation(TypeElement type, GlobalModuleAnnotation annotation) {
    return annotation.name().isEmpty()
        ? Location.of(type, annotation.mirror())
        : Location.of(type, annotation.mirror(), annotation.nameValue());
  }

  /** What is wrong with {@code name}, or null if nothing. */
  private static String problem(String name) {
    if (VALID.matcher(name).matches()) {
      return null;
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      return "is " + length + " characters long";
    }
    if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
      return "starts with a digit";
    }
    int offending = name.codePoints()
        .filter(c -> !(c == '_' || (c < 128 && Character.isLetterOrDigit(c))))
        .findFirst()
        .getAsInt();
    return "contains " + MessageText.quoted(offending);
  }
}
