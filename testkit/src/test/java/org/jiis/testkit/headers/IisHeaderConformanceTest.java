package org.jiis.testkit.headers;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test-double headers declare exactly what {@code iis-native-api.md} specifies: the same
 * classes with the same bases, IIDs and methods in the same order and signatures, the same
 * constants, enums, structs and typedefs, and nothing else.
 */
class IisHeaderConformanceTest {
  private static final String REFERENCE = "iis-native-api.md";

  private static String referenceText;
  private static Map<String, String> headerTexts;

  @BeforeAll
  static void readSources() {
    referenceText = NativeHeaderPaths.readReference();
    headerTexts = new LinkedHashMap<>();
    for (String name : List.of(IisReference.HTTPSERV_H, IisReference.HTTPCACH_H, IisReference.HTTPTRACE_H)) {
      headerTexts.put(name, NativeHeaderPaths.read(NativeHeaderPaths.iisHeaders().resolve(name)));
    }
  }

  @Test
  void headersFollowTheReference() {
    List<String> problems = problemsOf(referenceText, headerTexts);

    assertWithMessage("the headers in %s differ from %s:\n%s",
            NativeHeaderPaths.iisHeaders(), NativeHeaderPaths.reference(), String.join("\n", problems))
        .that(problems)
        .isEmpty();
  }

  /** Guards against a parser that reads nothing and so finds nothing to complain about. */
  @Test
  void referenceTablesAreReadCompletely() {
    IisReference reference = IisReference.parse(referenceText);

    IisReference.ClassSpec globalModule = reference.classes.get("CGlobalModule");
    List<String> notifications = globalModule.methods().stream()
        .map(IisReference.Method::signature)
        .filter(signature -> !signature.contains("Terminate"))
        .toList();
    long glConstants = reference.constants.get(IisReference.HTTPSERV_H).keySet().stream()
        .filter(name -> name.startsWith("GL_"))
        .count();
    assertWithMessage("GL_* rows of section 4.1 versus notification methods of section 5")
        .that(glConstants)
        .isEqualTo(notifications.size());
    for (IisReference.ClassSpec spec : reference.classes.values()) {
      assertWithMessage("methods read for %s", spec.name()).that(spec.methods()).isNotEmpty();
    }
    assertThat(reference.declaredOnlyClasses).isNotEmpty();
    assertThat(reference.structs).isNotEmpty();
    assertThat(reference.functionTemplates).isNotEmpty();
    assertThat(reference.constants.get(IisReference.HTTPCACH_H)).isNotEmpty();
    assertThat(reference.constants.get(IisReference.HTTPTRACE_H)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drifts")
  void driftInEitherDirectionIsReported(String drift, String file, String from, String to, String expectedProblem) {
    Map<String, String> headers = new LinkedHashMap<>(headerTexts);
    String reference = referenceText;
    if (file.equals(REFERENCE)) {
      assertWithMessage("the reference no longer contains the text this case changes").that(reference).contains(from);
      reference = reference.replace(from, to);
    } else {
      assertWithMessage("%s no longer contains the text this case changes", file).that(headers.get(file)).contains(from);
      headers.put(file, headers.get(file).replace(from, to));
    }

    List<String> problems = problemsOf(reference, headers);

    assertWithMessage("problems reported for: %s", drift)
        .that(String.join("\n", problems))
        .contains(expectedProblem);
  }

  static Stream<Arguments> drifts() {
    String httpserv = IisReference.HTTPSERV_H;
    return Stream.of(
        Arguments.of("methods swapped", httpserv,
            "    virtual VOID IncrementThreadCount(VOID) = 0;\n    virtual VOID DecrementThreadCount(VOID) = 0;\n",
            "    virtual VOID DecrementThreadCount(VOID) = 0;\n    virtual VOID IncrementThreadCount(VOID) = 0;\n",
            "IHttpServer (reference section 7): members differ"),
        Arguments.of("default argument dropped", httpserv,
            "BOOL* pfUnknownPrecondition = NULL) const = 0;", "BOOL* pfUnknownPrecondition) const = 0;",
            "IHttpServer (reference section 7): members differ"),
        Arguments.of("method added", httpserv,
            "    virtual VOID DereferenceFileMonitor(VOID) = 0;\n",
            "    virtual VOID DereferenceFileMonitor(VOID) = 0;\n    virtual VOID Reset(VOID) = 0;\n",
            "IHttpFileMonitor (reference section 9): members differ"),
        Arguments.of("interface method not pure", httpserv,
            "virtual PSID GetSid(VOID) = 0;", "virtual PSID GetSid(VOID);",
            "IHttpTokenEntry (reference section 8): PSID GetSid ( VOID ) must be pure"),
        Arguments.of("Terminate given a body", httpserv,
            "    virtual VOID Terminate(VOID) = 0;\n\n    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalThreadCleanup",
            "    virtual VOID Terminate(VOID) {}\n\n    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalThreadCleanup",
            "CGlobalModule (reference section 5): VOID Terminate ( VOID ) must be pure"),
        Arguments.of("base class changed", httpserv,
            "class IHttpTokenEntry : public IHttpCacheSpecificData", "class IHttpTokenEntry : public IHttpEventProvider",
            "IHttpTokenEntry (reference section 8): base class is IHttpEventProvider"),
        Arguments.of("IID changed", httpserv,
            "0xEDA2A40F, 0xFB92", "0xEDA2A40E, 0xFB92",
            "IHttpServer is {EDA2A40E-FB92-4D6D-B52B-C8C207380B4E}"),
        Arguments.of("constant value changed", httpserv,
            "#define GL_CACHE_OPERATION              0x00000010", "#define GL_CACHE_OPERATION              0x00000008",
            "GL_CACHE_OPERATION is 0x00000008"),
        Arguments.of("constant invented", httpserv,
            "#define RQ_BEGIN_REQUEST ", "#define GL_EXTRA_EVENT 0x00040000\n#define RQ_BEGIN_REQUEST ",
            "not in the reference [GL_EXTRA_EVENT]"),
        Arguments.of("enumerator value changed", httpserv,
            "    RQ_NOTIFICATION_PENDING,\n", "    RQ_NOTIFICATION_PENDING = 5,\n",
            "enum REQUEST_NOTIFICATION_STATUS differs"),
        Arguments.of("section 11 class not declared", httpserv,
            "class IHttpUser;\n", "",
            "section 11 class IHttpUser is not declared"),
        Arguments.of("typedef invented", httpserv,
            "typedef VOID* HTTP_MODULE_ID;", "typedef VOID* HTTP_MODULE_ID;\ntypedef DWORD HTTP_EXTRA_ID;",
            "typedef HTTP_EXTRA_ID is neither"),
        Arguments.of("cache key returns another cache's name", IisReference.HTTPCACH_H,
            "return FILE_CACHE_NAME;", "return URI_CACHE_NAME;",
            "IFileKey (reference section 8.1): PCWSTR GetCacheName ( VOID ) const must be inline"),
        Arguments.of("struct members swapped", IisReference.HTTPTRACE_H,
            "    DWORD dwAreas;\n    DWORD dwVerbosity;\n", "    DWORD dwVerbosity;\n    DWORD dwAreas;\n",
            "struct HTTP_TRACE_CONFIGURATION differs"),
        Arguments.of("reference gains a method", REFERENCE,
            "| 1 | `BOOL DrainRequestsGracefully(VOID) const` |\n",
            "| 1 | `BOOL DrainRequestsGracefully(VOID) const` |\n| 2 | `VOID Extra(VOID)` |\n",
            "IGlobalStopListeningProvider (reference section 9): members differ"),
        Arguments.of("reference gains a constant", REFERENCE,
            "| GL_SUSPEND_PROCESS | 0x00020000 |",
            "| GL_EXTRA_EVENT | 0x00040000 | OnGlobalExtra | (none) | S1 |\n| GL_SUSPEND_PROCESS | 0x00020000 |",
            "httpserv.h: macros (sections 4 and 10): missing [GL_EXTRA_EVENT]"));
  }

  private static List<String> problemsOf(String reference, Map<String, String> headers) {
    Map<String, HeaderDeclarations> declarations = new LinkedHashMap<>();
    headers.forEach((name, text) -> declarations.put(name, HeaderDeclarations.parse(name, text)));
    return HeaderConformance.problems(IisReference.parse(reference), declarations);
  }
}
