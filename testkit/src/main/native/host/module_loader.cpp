#include "module_loader.h"

#include <dlfcn.h>

#include "report.h"

namespace jiis_host {

PFN_REGISTERMODULE loadModule(const std::string& path) {
  // A path without '/' would make dlopen search the library path instead of opening the file.
  const std::string file = path.find('/') == std::string::npos ? "./" + path : path;
  void* library = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* reason = dlerror();
    reportError("module-load", "cannot load the module '" + path + "': " +
                                   (reason != nullptr ? reason : "unknown dlopen error") +
                                   " (build the module first and pass the path of its .so)");
    return nullptr;
  }
  dlerror();
  void* symbol = dlsym(library, MODULE_REGISTERMODULE);
  if (symbol == nullptr) {
    const char* reason = dlerror();
    reportError("entry-point",
                "the module '" + path + "' exports no " + MODULE_REGISTERMODULE +
                    (reason != nullptr ? std::string(" (") + reason + ")" : std::string()) +
                    "; define it as extern \"C\" HRESULT WINAPI RegisterModule(DWORD, "
                    "IHttpModuleRegistrationInfo*, IHttpServer*) with default visibility");
    return nullptr;
  }
  return reinterpret_cast<PFN_REGISTERMODULE>(symbol);
}

}  // namespace jiis_host
