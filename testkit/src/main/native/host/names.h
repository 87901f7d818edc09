// Names of the IIS constants the report prints (GL_*, CACHE_OPERATION_*, statuses, priorities).
#ifndef JIIS_HOST_NAMES_H
#define JIIS_HOST_NAMES_H

#include <string>
#include <vector>

namespace jiis_host {

// "RETRIEVE" (or "CACHE_OPERATION_RETRIEVE") to its CACHE_OPERATION value; -1 if unknown.
int cacheOperationFromName(const std::string& name);
// "RETRIEVE, ADD, ...", for error messages.
std::string cacheOperationNameList();
// CACHE_OPERATION_RETRIEVE for 0, ...; nullptr if out of range.
const char* cacheOperationConstant(int value);

// The GL_* names of the known bits of a global notification mask, lowest bit first.
std::vector<std::string> globalNotificationNames(unsigned long mask);
// The bits of mask that are no GL_* constant.
unsigned long unknownGlobalNotificationBits(unsigned long mask);
// The GL_* name of a single bit; nullptr if it is not exactly one known bit.
const char* globalNotificationName(unsigned long bit);

// GL_NOTIFICATION_CONTINUE / GL_NOTIFICATION_HANDLED; nullptr for any other value.
const char* notificationStatusName(int status);

// Whether a priority string is one of the PRIORITY_ALIAS_* values.
bool isPriorityAlias(const std::string& priority);

// "error", "warning", "info", "debug" for the event-log levels 0..3; nullptr otherwise.
const char* logLevelName(int level);

}  // namespace jiis_host

#endif
