// Loads the module shared object and finds its RegisterModule, as IIS does with the module DLL.
#ifndef JIIS_HOST_MODULE_LOADER_H
#define JIIS_HOST_MODULE_LOADER_H

#include <string>

#include "iis_api.h"

namespace jiis_host {

// dlopen + dlsym(MODULE_REGISTERMODULE). On failure writes an "error" line (kind "module-load"
// or "entry-point") and returns nullptr. The module stays loaded until the process exits.
PFN_REGISTERMODULE loadModule(const std::string& path);

}  // namespace jiis_host

#endif
