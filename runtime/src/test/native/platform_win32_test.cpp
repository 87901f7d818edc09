/* Runs the Win32 platform layer (src/platform_win32.cpp), JVM discovery and a failing jiis_start
 * under wine64, with the whole runtime linked in as a module would have it.
 *
 * The Java test lays out the folder of this .exe first:
 *   lib\a.jar  lib\B.JAR  lib\c.txt  lib\d.jar\ (a folder)  lib\<U+00FC>.jar  Wine.jar
 *   Wine.jiis.properties   (UTF-8 with CRLF, see the check below)
 *   home\bin\server\jvm.dll  (fake_jvm.cpp: exports the two JNI invocation functions; creating a
 *                             JVM fails) */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <string.h>

#include "check.h"
#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "jvm_discovery.h"
#include "paths.h"
#include "settings.h"

static jiis_buf folder = JIIS_BUF_INIT; /* this .exe's folder */
static jiis_buf host_log = JIIS_BUF_INIT;

/* As the jiis host simulator does: the runtime finds this export of the .exe and logs here. */
extern "C" __declspec(dllexport) void __cdecl jiis_host_event_log(const char* source, int level,
                                                                 const char* message) {
  jiis_buf_appendf(&host_log, "%s|%d|%s\n", source, level, message);
}

static const char* in_folder(jiis_buf* out, const char* relative) {
  jiis_buf_clear(out);
  jiis_path_join(out, jiis_buf_str(&folder), relative);
  return jiis_buf_str(out);
}

static void module_path_and_path_rules(void) {
  jiis_buf path = JIIS_BUF_INIT;
  jiis_buf error = JIIS_BUF_INIT;
  CHECK(jiis_platform_module_path(&path, &error));
  CHECK_STR(jiis_buf_str(&error), "");
  CHECK(jiis_platform_is_absolute_path(jiis_buf_str(&path)));
  const char* suffix = "\\platform_win32_test.exe";
  CHECK(path.length > strlen(suffix) &&
        strcmp(jiis_buf_str(&path) + path.length - strlen(suffix), suffix) == 0);
  jiis_path_parent(&folder, jiis_buf_str(&path));

  CHECK(jiis_platform_is_absolute_path("C:\\x"));
  CHECK(jiis_platform_is_absolute_path("c:/x"));
  CHECK(jiis_platform_is_absolute_path("\\\\server\\share\\x"));
  CHECK(jiis_platform_is_absolute_path("\\x"));
  CHECK(!jiis_platform_is_absolute_path("lib\\x.jar"));
  CHECK(!jiis_platform_is_absolute_path("C:x"));
  jiis_buf out = JIIS_BUF_INIT;
  jiis_path_parent(&out, "C:\\inetpub\\Audit.dll");
  CHECK_STR(jiis_buf_str(&out), "C:\\inetpub");
  jiis_buf_clear(&out);
  jiis_path_parent(&out, "C:\\Audit.dll");
  CHECK_STR(jiis_buf_str(&out), "C:\\");
  jiis_buf_clear(&out);
  jiis_path_resolve(&out, "C:\\inetpub", "lib/a.jar");
  CHECK_STR(jiis_buf_str(&out), "C:\\inetpub\\lib/a.jar");
  jiis_buf_clear(&out);
  jiis_path_resolve(&out, "C:\\inetpub", "D:\\shared\\a.jar");
  CHECK_STR(jiis_buf_str(&out), "D:\\shared\\a.jar");
  jiis_buf_free(&out);
  jiis_buf_free(&path);
  jiis_buf_free(&error);
}

static void files(void) {
  jiis_buf path = JIIS_BUF_INIT;
  jiis_buf contents = JIIS_BUF_INIT;
  jiis_buf error = JIIS_BUF_INIT;
  CHECK_INT(jiis_platform_read_file(in_folder(&path, "Wine.jiis.properties"), &contents, &error), JIIS_READ_OK);
  CHECK_STR(jiis_buf_str(&contents), "java.home = home\r\n# gr\xC3\xBC\xC3\x9F" "e\r\n");
  jiis_buf_clear(&contents);
  CHECK_INT(jiis_platform_read_file(in_folder(&path, "Missing.jiis.properties"), &contents, &error),
            JIIS_READ_MISSING);
  CHECK_INT(jiis_platform_read_file(in_folder(&path, "no-such-folder\\x.properties"), &contents, &error),
            JIIS_READ_MISSING);
  CHECK(jiis_platform_file_exists(in_folder(&path, "lib\\a.jar")));
  CHECK(!jiis_platform_file_exists(in_folder(&path, "lib")));
  CHECK(jiis_platform_directory_exists(in_folder(&path, "lib")));
  CHECK(!jiis_platform_directory_exists(in_folder(&path, "lib\\a.jar")));

  jiis_strlist jars = JIIS_STRLIST_INIT;
  CHECK(jiis_platform_list_files(in_folder(&path, "lib"), ".jar", &jars, &error));
  jiis_strlist_sort(&jars);
  CHECK_INT(jars.count, 3);
  if (jars.count == 3) {
    CHECK_STR(jars.items[0], "B.JAR");
    CHECK_STR(jars.items[1], "a.jar");
    CHECK_STR(jars.items[2], "\xC3\xBC.jar");
  }
  jiis_strlist_free(&jars);
  jiis_buf_free(&path);
  jiis_buf_free(&contents);
  jiis_buf_free(&error);
}

static void environment(void) {
  jiis_buf value = JIIS_BUF_INIT;
  SetEnvironmentVariableW(L"JIIS_TEST_VALUE", L"gr\u00fc\u00dfe");
  CHECK(jiis_platform_getenv("JIIS_TEST_VALUE", &value));
  CHECK_STR(jiis_buf_str(&value), "gr\xC3\xBC\xC3\x9F" "e");
  jiis_buf_clear(&value);
  SetEnvironmentVariableW(L"JIIS_TEST_VALUE", NULL);
  CHECK(!jiis_platform_getenv("JIIS_TEST_VALUE", &value));
  jiis_buf_free(&value);
}

static void set_registry_string(HKEY key, const wchar_t* subkey, const wchar_t* name, const wchar_t* value) {
  HKEY opened;
  if (RegCreateKeyExW(key, subkey, 0, NULL, 0, KEY_WRITE, NULL, &opened, NULL) != ERROR_SUCCESS) {
    CHECK(!"RegCreateKeyExW failed");
    return;
  }
  if (name != NULL) {
    RegSetValueExW(opened, name, 0, REG_SZ, reinterpret_cast<const BYTE*>(value),
                   static_cast<DWORD>((wcslen(value) + 1) * sizeof(wchar_t)));
  }
  RegCloseKey(opened);
}

/* JDK: CurrentVersion 21 (listed first), 17 and a version without JavaHome; no JRE key. */
static void registry(void) {
  set_registry_string(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft\\JDK", L"CurrentVersion", L"21");
  set_registry_string(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft\\JDK\\17", L"JavaHome", L"C:\\jdk-17");
  set_registry_string(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft\\JDK\\21", L"JavaHome", L"C:\\jdk-21");
  set_registry_string(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft\\JDK\\9", NULL, NULL);
  RegDeleteTreeW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft\\JRE");

  jiis_strlist labels = JIIS_STRLIST_INIT;
  jiis_strlist homes = JIIS_STRLIST_INIT;
  jiis_strlist nothing = JIIS_STRLIST_INIT;
  jiis_platform_registered_java_homes(&labels, &homes, &nothing);
  CHECK_INT(homes.count, 2);
  if (homes.count == 2) {
    CHECK_STR(labels.items[0], "registry HKLM\\SOFTWARE\\JavaSoft\\JDK\\21 JavaHome");
    CHECK_STR(homes.items[0], "C:\\jdk-21");
    CHECK_STR(labels.items[1], "registry HKLM\\SOFTWARE\\JavaSoft\\JDK\\17 JavaHome");
    CHECK_STR(homes.items[1], "C:\\jdk-17");
  }
  CHECK_INT(nothing.count, 2);
  if (nothing.count == 2) {
    CHECK_STR(nothing.items[0], "registry HKLM\\SOFTWARE\\JavaSoft\\JDK\\9 JavaHome: no such value");
    CHECK_STR(nothing.items[1], "registry HKLM\\SOFTWARE\\JavaSoft\\JRE: no such key");
  }
  jiis_strlist_free(&labels);
  jiis_strlist_free(&homes);
  jiis_strlist_free(&nothing);
  RegDeleteTreeW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\JavaSoft");
}

/* Discovery end to end: java.home -> home\bin\server\jvm.dll, loaded with the safe flags. */
static void jvm_discovery(void) {
  jiis_buf path = JIIS_BUF_INIT;
  jiis_settings settings;
  jiis_settings_init(&settings, jiis_buf_str(&folder), "Wine");
  jiis_buf_append(&settings.java_home, in_folder(&path, "home"));
  jiis_jvm_library library = {JIIS_BUF_INIT, NULL, NULL};
  jiis_buf report = JIIS_BUF_INIT;
  CHECK(jiis_find_jvm_library(&settings, "Wine.jiis.properties", &library, &report));
  CHECK_STR(jiis_buf_str(&report), "");
  CHECK_STR(jiis_buf_str(&library.path), in_folder(&path, "home\\bin\\server\\jvm.dll"));
  CHECK(library.create_java_vm != NULL && library.get_created_java_vms != NULL);
  if (library.get_created_java_vms != NULL) {
    JavaVM* vm = NULL;
    jsize count = -1;
    CHECK_INT(library.get_created_java_vms(&vm, 1, &count), JNI_OK);
    CHECK_INT(count, 0);
  }
  /* A second module would find the same library already loaded. */
  CHECK(jiis_platform_loaded_jvm_symbol("JNI_CreateJavaVM") != NULL);
  jiis_jvm_library_free(&library);
  jiis_settings_free(&settings);

  jiis_buf error = JIIS_BUF_INIT;
  CHECK(jiis_platform_load_library(in_folder(&path, "home\\bin\\client\\jvm.dll"), &error) == NULL);
  CHECK_CONTAINS(jiis_buf_str(&error), "(error 126)");
  jiis_buf_free(&error);
  jiis_buf_free(&report);
  jiis_buf_free(&path);
}

static volatile LONG exits_seen;
static void* volatile exit_value;

static void on_thread_exit(void* value) {
  InterlockedIncrement(&exits_seen);
  exit_value = value;
}

static DWORD WINAPI set_slot_and_end(LPVOID value) {
  jiis_platform_tls_set(value);
  return jiis_platform_tls_get() == value ? 0 : 1;
}

static DWORD WINAPI end_without_slot(LPVOID) {
  return 0;
}

static void run_thread(LPTHREAD_START_ROUTINE routine, void* argument) {
  HANDLE thread = CreateThread(NULL, 0, routine, argument, 0, NULL);
  CHECK(thread != NULL);
  WaitForSingleObject(thread, INFINITE);
  DWORD code = 99;
  GetExitCodeThread(thread, &code);
  CHECK_INT(code, 0);
  CloseHandle(thread);
}

/* The Fiber Local Storage callback runs when a thread with a value in the slot ends. */
static void thread_exit_callback(void) {
  jiis_buf error = JIIS_BUF_INIT;
  CHECK(jiis_platform_tls_init(&on_thread_exit, &error));
  static int marker;
  run_thread(&end_without_slot, NULL);
  CHECK_INT(exits_seen, 0);
  run_thread(&set_slot_and_end, &marker);
  CHECK_INT(exits_seen, 1);
  CHECK(exit_value == &marker);
  CHECK(jiis_platform_pin_module(&error));
  CHECK_STR(jiis_buf_str(&error), "");
  jiis_buf_free(&error);
}

static void jvm_option_encoding(void) {
  jiis_buf out = JIIS_BUF_INIT;
  jiis_buf error = JIIS_BUF_INIT;
  CHECK(jiis_platform_jvm_option_text("-Dgreeting=hello world", &out, &error));
  CHECK_STR(jiis_buf_str(&out), "-Dgreeting=hello world");
  if (GetACP() != CP_UTF8) {
    jiis_buf_clear(&out);
    CHECK(!jiis_platform_jvm_option_text("-Dface=\xF0\x9F\x98\x80", &out, &error));
    CHECK_CONTAINS(jiis_buf_str(&error), "cannot represent");
  }
  jiis_buf_free(&out);
  jiis_buf_free(&error);
}

/* The startup failure path on Windows: settings read, class path checked, the JVM library found
 * (already loaded by jvm_discovery), JNI_CreateJavaVM failing; one entry through the host hook. */
static void failing_start(void) {
  static const jiis_event_spec EVENTS[] = {{"cacheOperation", "(J)I"}};
  jiis_module_spec spec = {"Wine", "p.WineDispatcher", "p.WineNatives", NULL, 0, EVENTS, 1, NULL, 0, NULL};
  CHECK_INT(jiis_start(&spec), 0);
  CHECK_INT(jiis_active(), 0);
  CHECK_INT(jiis_dispatch(0, 1), 0);
  CHECK_STR(jiis_buf_str(&host_log),
            "Wine|0|The jiis module Wine did not start: JNI_CreateJavaVM (the JVM library already "
            "loaded in this process) failed with JNI_ERR (unknown error).\n"
            "JVM options: -Xrs --enable-native-access=ALL-UNNAMED\n"
            "The module stays inactive and IIS runs on without it (startup.failure = inert; set it "
            "to fail to make RegisterModule fail).\n");
}

int main(void) {
  module_path_and_path_rules();
  files();
  environment();
  registry();
  jvm_discovery();
  thread_exit_callback();
  jvm_option_encoding();
  jiis_platform_log_write("JiisWineTest", 1, "a warning entry (written through ReportEventW)");
  failing_start();
  jiis_buf_free(&folder);
  jiis_buf_free(&host_log);
  return check_summary("platform_win32_test");
}
