#include "process_sample.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "json_line.h"
#include "report.h"
#include "thread_context.h"

namespace jiis_host {

namespace {

// Reads a small /proc file whole; false if it cannot be read.
bool readProcFile(const char* path, char* buffer, size_t size) {
  const int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  size_t length = 0;
  while (length + 1 < size) {
    const ssize_t got = read(fd, buffer + length, size - 1 - length);
    if (got <= 0) break;
    length += static_cast<size_t>(got);
  }
  close(fd);
  buffer[length] = '\0';
  return length > 0;
}

// /proc/self/statm: "size resident shared ..." in pages.
long long residentBytes() {
  char text[256];
  if (!readProcFile("/proc/self/statm", text, sizeof text)) return -1;
  unsigned long long size = 0, resident = 0;
  if (std::sscanf(text, "%llu %llu", &size, &resident) != 2) return -1;
  return static_cast<long long>(resident) * sysconf(_SC_PAGESIZE);
}

// The "Threads:" line of /proc/self/status.
long long threadCount() {
  char text[8192];
  if (!readProcFile("/proc/self/status", text, sizeof text)) return -1;
  const char* line = std::strstr(text, "\nThreads:");
  return line == nullptr ? -1 : std::atoll(line + std::strlen("\nThreads:"));
}

}  // namespace

void writeMemorySample(const char* point, long long fired) {
  JsonLine line("memory");
  addThreadFields(&line);
  line.text("point", point)
      .number("fired", fired)
      .number("residentBytes", residentBytes())
      .number("processThreads", threadCount());
  writeReportLine(line);
}

}  // namespace jiis_host
