// The process's resident memory and thread count, from /proc, for "memory" report lines: the
// figures a leak check compares over a long run.
#ifndef JIIS_HOST_PROCESS_SAMPLE_H
#define JIIS_HOST_PROCESS_SAMPLE_H

namespace jiis_host {

// Writes a "memory" line: point says when ("registered", "events", "workers-done",
// "terminated"), fired how many events had been fired by then.
void writeMemorySample(const char* point, long long fired);

}  // namespace jiis_host

#endif
