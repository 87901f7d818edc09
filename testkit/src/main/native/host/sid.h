// Binary Windows security identifiers built from their string form, as ConvertStringSidToSid
// would build them (only the numeric "S-1-..." form; no "BA"-style aliases).
#ifndef JIIS_HOST_SID_H
#define JIIS_HOST_SID_H

#include <string>
#include <vector>

namespace jiis_host {

// "S-1-<authority>(-<sub-authority>){0,15}" to the binary SID: revision 1, the sub-authority
// count, the 48-bit identifier authority big-endian, then each sub-authority as a little-endian
// 32-bit value. The authority is decimal, or hexadecimal with "0x".
bool sidFromString(const std::string& text, std::vector<unsigned char>* sid, std::string* error);

}  // namespace jiis_host

#endif
