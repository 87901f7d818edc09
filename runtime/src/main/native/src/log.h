/* The module's log: level filter and routing to the host hook or the platform sink. */
#ifndef JIIS_LOG_H
#define JIIS_LOG_H

#include <stdarg.h>

/* Names the event source (the module name) and looks up the host's jiis_host_event_log.
 * Before this, entries are written with the source "jiis". */
void jiis_log_init(const char* module_name);
const char* jiis_log_source(void);

void jiis_log_set_level(int level);
int jiis_log_enabled(int level);

/* One entry, unformatted; dropped when above the configured level. */
void jiis_log_write(int level, const char* message);

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 0)))
#endif
void jiis_vlog(int level, const char* format, va_list args);

#endif /* JIIS_LOG_H */
