package org.jiis.testkit.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the test-double headers with the reference, in both directions: whatever one declares
 * and the other does not is a problem, and so is any difference in bases, IIDs, method order,
 * signatures, purity, constant or enumerator values. Each problem names the section to read.
 */
final class HeaderConformance {
  private final IisReference reference;
  private final Map<String, HeaderDeclarations> headers;
  private final List<String> problems = new ArrayList<>();

  private HeaderConformance(IisReference reference, Map<String, HeaderDeclarations> headers) {
    this.reference = reference;
    this.headers = headers;
  }

  /** Every difference found; empty when the headers follow the reference exactly. */
  static List<String> problems(IisReference reference, Map<String, HeaderDeclarations> headers) {
    HeaderConformance conformance = new HeaderConformance(reference, headers);
    conformance.compareClasses();
    conformance.compareIids();
    conformance.compareDeclarationsOnly();
    conformance.compareMacros();
    conformance.compareEnums();
    conformance.compareStructs();
    conformance.compareTypedefs();
    conformance.compareFunctionTemplates();
    return conformance.problems;
  }

  private void compareClasses() {
    for (HeaderDeclarations header : headers.values()) {
      Set<String> expected = new LinkedHashSet<>();
      reference.classes.values().stream()
          .filter(spec -> spec.header().equals(header.fileName))
          .forEach(spec -> expected.add(spec.name()));
      compareSets(header.fileName + ": defined classes", expected, header.classes.keySet());
      for (HeaderDeclarations.ClassDefinition definition : header.classes.values()) {
        IisReference.ClassSpec spec = reference.classes.get(definition.name());
        if (spec != null && spec.header().equals(header.fileName)) {
          compareClass(spec, definition);
        }
      }
    }
  }

  private void compareClass(IisReference.ClassSpec spec, HeaderDeclarations.ClassDefinition definition) {
    String where = definition.name() + " (reference section " + spec.section() + ")";
    if (!Objects.equals(spec.base(), definition.base())) {
      problems.add(where + ": base class is " + definition.base() + ", reference says " + spec.base());
    }
    List<String> expected = spec.methods().stream().map(IisReference.Method::signature).toList();
    List<String> actual = definition.members().stream().map(HeaderDeclarations.Member::signature).toList();
    if (!expected.equals(actual)) {
      problems.add(where + ": members differ from the reference (declaration order matters)\n"
          + listDifference(expected, actual));
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      compareKind(where, spec, spec.methods().get(i), definition.members().get(i));
    }
  }

  /**
   * Interfaces (classes with an IID) are pure virtual (section 1), except the httpcach.h keys'
   * inline GetCacheName (section 8.1). CGlobalModule gives every OnGlobal* an inline default body;
   * only Terminate is pure (section 5).
   */
  private void compareKind(String where, IisReference.ClassSpec spec, IisReference.Method method, HeaderDeclarations.Member member) {
    String what = where + ": " + member.signature();
    if (!member.isVirtual()) {
      problems.add(what + " must be virtual");
    }
    boolean shouldBePure;
    if (method.inlineReturn() != null) {
      shouldBePure = false;
      String expectedBody = CppTokens.normalize("return " + method.inlineReturn() + ";");
      if (!expectedBody.equals(member.body())) {
        problems.add(what + " must be inline '{ " + expectedBody + " }', not '{ " + member.body() + " }'");
      }
    } else if (spec.iid() == null) {
      shouldBePure = methodName(member.signature()).equals("Terminate");
      if (!shouldBePure && member.body() == null) {
        problems.add(what + " needs the SDK's default body (debug message, DebugBreak, GL_NOTIFICATION_CONTINUE)");
      }
    } else {
      shouldBePure = true;
    }
    if (member.isPure() != shouldBePure) {
      problems.add(what + (shouldBePure ? " must be pure (= 0)" : " must not be pure"));
    }
    if (shouldBePure && member.body() != null) {
      problems.add(what + " is pure and must have no body");
    }
  }

  private void compareIids() {
    for (HeaderDeclarations header : headers.values()) {
      Map<String, String> expected = new LinkedHashMap<>();
      reference.classes.values().stream()
          .filter(spec -> spec.header().equals(header.fileName) && spec.iid() != null)
          .forEach(spec -> expected.put(spec.name(), spec.iid()));
      if (header.fileName.equals(IisReference.HTTPSERV_H)) {
        reference.declaredOnlyClasses.forEach((name, iid) -> {
          if (iid != null) {
            expected.put(name, iid);
          }
        });
      }
      compareMaps(header.fileName + ": IIDs (__CRT_UUID_DECL)", expected, header.iids);
    }
  }

  private void compareDeclarationsOnly() {
    HeaderDeclarations httpserv = headers.get(IisReference.HTTPSERV_H);
    Set<String> defined = new LinkedHashSet<>();
    for (HeaderDeclarations header : headers.values()) {
      defined.addAll(header.classes.keySet());
      defined.addAll(header.structs.keySet());
    }
    for (String name : reference.declaredOnlyClasses.keySet()) {
      if (!httpserv.forwardDeclarations.contains(name)) {
        problems.add("httpserv.h: section 11 class " + name + " is not declared");
      }
      if (defined.contains(name)) {
        problems.add(name + " is defined, but section 11 specifies no methods for it: declare it only");
      }
    }
    for (HeaderDeclarations header : headers.values()) {
      for (String name : header.forwardDeclarations) {
        if (!defined.contains(name)
            && !reference.declaredOnlyClasses.containsKey(name)
            && !reference.externalTypes.contains(name)) {
          problems.add(header.fileName + ": declares " + name
              + ", which is neither defined in these headers, nor in section 11, nor an external type of section 10");
        }
      }
      for (String name : header.opaqueEnums) {
        if (!reference.externalTypes.contains(name)) {
          problems.add(header.fileName + ": declares enum " + name + ", which is not an external type of section 10");
        }
      }
    }
  }

  private void compareMacros() {
    for (HeaderDeclarations header : headers.values()) {
      Map<String, String> expected = reference.constants.getOrDefault(header.fileName, Map.of());
      compareSets(header.fileName + ": macros (sections 4 and 10)", expected.keySet(), header.macros.keySet());
      expected.forEach((name, literal) -> {
        String actual = header.macros.get(name);
        if (actual != null && !sameLiteral(literal, actual)) {
          problems.add(header.fileName + ": " + name + " is " + actual + ", reference says " + literal);
        }
      });
    }
  }

  private void compareEnums() {
    for (HeaderDeclarations header : headers.values()) {
      Map<String, List<IisReference.Enumerator>> expected = reference.enums.getOrDefault(header.fileName, Map.of());
      compareSets(header.fileName + ": enums", expected.keySet(), header.enums.keySet());
      expected.forEach((name, enumerators) -> {
        List<HeaderDeclarations.Enumerator> actual = header.enums.get(name);
        if (actual == null) {
          return;
        }
        List<String> expectedText = enumerators.stream().map(e -> e.name() + "=" + e.value()).toList();
        List<String> actualText = actual.stream().map(e -> e.name() + "=" + e.value()).toList();
        if (!expectedText.equals(actualText)) {
          problems.add(header.fileName + ": enum " + name + " differs\n" + listDifference(expectedText, actualText));
        }
      });
    }
  }

  private void compareStructs() {
    for (HeaderDeclarations header : headers.values()) {
      Map<String, List<String>> expected =
          header.fileName.equals(IisReference.HTTPTRACE_H) ? reference.structs : Map.of();
      compareSets(header.fileName + ": struct definitions (section 10)", expected.keySet(), header.structs.keySet());
      expected.forEach((name, members) -> {
        List<String> actual = header.structs.get(name);
        if (actual != null && !actual.equals(members)) {
          problems.add(header.fileName + ": struct " + name + " differs\n" + listDifference(members, actual));
        }
      });
    }
  }

  private void compareTypedefs() {
    for (HeaderDeclarations header : headers.values()) {
      for (String name : header.typedefs) {
        if (!reference.typedefs.contains(name) && !reference.externalTypes.contains(name)) {
          problems.add(header.fileName + ": typedef " + name + " is neither in sections 3/4.4 nor an external type of section 10");
        }
      }
    }
    for (String name : reference.typedefs) {
      if (!headers.get(IisReference.HTTPSERV_H).typedefs.contains(name)) {
        problems.add("httpserv.h: typedef " + name + " (sections 3/4.4) is missing");
      }
    }
  }

  private void compareFunctionTemplates() {
    for (HeaderDeclarations header : headers.values()) {
      Map<String, String> expected =
          header.fileName.equals(IisReference.HTTPSERV_H) ? reference.functionTemplates : Map.of();
      compareMaps(header.fileName + ": function templates (section 7)", expected, header.functionTemplates);
    }
  }

  private void compareSets(String what, Set<String> expected, Set<String> actual) {
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new LinkedHashSet<>(actual);
    extra.removeAll(expected);
    if (!missing.isEmpty()) {
      problems.add(what + ": missing " + missing);
    }
    if (!extra.isEmpty()) {
      problems.add(what + ": not in the reference " + extra);
    }
  }

  private void compareMaps(String what, Map<String, String> expected, Map<String, String> actual) {
    compareSets(what, expected.keySet(), actual.keySet());
    expected.forEach((name, value) -> {
      if (actual.containsKey(name) && !value.equals(actual.get(name))) {
        problems.add(what + ": " + name + " is " + actual.get(name) + ", reference says " + value);
      }
    });
  }

  private static boolean sameLiteral(String expected, String actual) {
    Long expectedNumber = CppTokens.integerValue(expected);
    Long actualNumber = CppTokens.integerValue(actual);
    if (expectedNumber != null || actualNumber != null) {
      return Objects.equals(expectedNumber, actualNumber);
    }
    return expected.equals(actual);
  }

  private static String methodName(String signature) {
    List<String> tokens = CppTokens.tokenize(signature);
    return tokens.get(tokens.indexOf("(") - 1);
  }

  /** Both lists, marking the first position where they part. */
  private static String listDifference(List<String> expected, List<String> actual) {
    int first = 0;
    while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
      first++;
    }
    StringBuilder text = new StringBuilder("  first difference at position " + first + "\n  reference:\n");
    for (int i = 0; i < expected.size(); i++) {
      text.append(i == first ? "  > " : "    ").append(expected.get(i)).append('\n');
    }
    text.append("  header:\n");
    for (int i = 0; i < actual.size(); i++) {
      text.append(i == first ? "  > " : "    ").append(actual.get(i)).append('\n');
    }
    return text.toString();
  }
}
