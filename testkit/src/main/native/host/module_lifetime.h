// Keeps the memory of a CGlobalModule that its module deletes. IIS's samples end Terminate with
// `delete this`, so any call IIS made afterwards would reach freed memory; the simulator fires
// events after Terminate and during it on purpose (to show a module survives them), and keeps the
// deleted object intact so that those calls reach the module's code, not a corrupted vtable. The
// executable defines the global operator delete, which the modules' `delete` resolves to; it
// frees everything else as usual.
#ifndef JIIS_HOST_MODULE_LIFETIME_H
#define JIIS_HOST_MODULE_LIFETIME_H

#include "iis_api.h"

namespace jiis_host {

// From now on a `delete` of this object is recorded instead of freeing it. At most kMaxModules
// objects are watched; returns false if that many already are.
bool watchModuleDeletion(const CGlobalModule* module);

// Whether the watched object has been deleted.
bool moduleDeleted(const CGlobalModule* module);

}  // namespace jiis_host

#endif
