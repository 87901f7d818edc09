// Compiles only with the three folders ModuleBuild passes: the winshim, the test-double IIS
// headers and the JDK's jni.h.
#include <windows.h>
#include <httpserv.h>
#include <jni.h>

static_assert(sizeof(jint) == 4, "jni.h from the JDK");

extern "C" __attribute__((visibility("default"))) HRESULT WINAPI RegisterModule(
    DWORD, IHttpModuleRegistrationInfo*, IHttpServer*) {
  return S_OK;
}
