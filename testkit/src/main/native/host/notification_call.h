// Calls a module's method for one of the notifications other than the cache ones, with the
// providers the reference (section 9) gives that method.
#ifndef JIIS_HOST_NOTIFICATION_CALL_H
#define JIIS_HOST_NOTIFICATION_CALL_H

#include "host_module.h"
#include "notification_data.h"
#include "provider_calls.h"

namespace jiis_host {

// For GL_SUSPEND_PROCESS, *suspendCallback starts NULL and holds what the module stored.
// C++ exceptions from the module propagate.
GLOBAL_NOTIFICATION_STATUS callNotification(HostModule* module, NotificationData& data,
                                            ProviderCalls* calls,
                                            IGlobalSuspendProcessCallback** suspendCallback);

}  // namespace jiis_host

#endif
