// The fields of the scenario lines that fire the notifications other than the cache ones
// (README.md, "Other notifications").
#ifndef JIIS_HOST_NOTIFICATION_FIELDS_H
#define JIIS_HOST_NOTIFICATION_FIELDS_H

#include <string>
#include <vector>

#include "scenario.h"

namespace jiis_host {

// Reads tokens[1...] (name=value fields) into step->notification for step->kind, which is set.
bool parseNotificationFields(const std::vector<std::string>& tokens, const std::string& where,
                             Step* step, std::string* error);

// "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" (braces optional) to a GUID.
bool parseGuid(const std::string& text, GUID* guid);
// A GUID in registry form, braces included.
std::string guidText(const GUID& guid);

}  // namespace jiis_host

#endif
