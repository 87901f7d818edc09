// Who is calling: each report line says which thread it came from and, when a module calls back
// while the host is delivering an event, which event that was.
#ifndef JIIS_HOST_THREAD_CONTEXT_H
#define JIIS_HOST_THREAD_CONTEXT_H

#include "json_line.h"

namespace jiis_host {

// Names the calling thread in the report: "main", "worker-1", ... Threads the host did not
// create (a JVM's, a module's own) are "other".
void setThreadName(const char* name);

// Marks the calling thread as inside the method (e.g. "OnGlobalCacheOperation",
// "RegisterModule", "Terminate") of the named module until endDelivery; sequence is the event's
// number, or -1 for calls that are no event. module must outlive the delivery.
void beginDelivery(long long sequence, const char* method, const char* module);
void endDelivery();

// The module method being delivered on this thread, or nullptr.
const char* currentDeliveryMethod();

// Adds "thread" and, inside a module method, "moduleName", "during" (the method) and, for
// an event, "eventSequence".
void addThreadFields(JsonLine* line);

}  // namespace jiis_host

#endif
