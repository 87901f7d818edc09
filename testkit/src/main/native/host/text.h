// Text conversions between the scenario/report (UTF-8) and the IIS interfaces (wide strings).
#ifndef JIIS_HOST_TEXT_H
#define JIIS_HOST_TEXT_H

#include <string>

namespace jiis_host {

// UTF-8 to the platform's wide string (UTF-32 for a 4-byte wchar_t, UTF-16 for a 2-byte one).
// Invalid bytes become U+FFFD.
std::wstring wideFromUtf8(const std::string& utf8);

// A NUL-terminated wide string to UTF-8; nullptr gives "". Unpaired surrogates become U+FFFD.
std::string utf8FromWide(const wchar_t* wide);

// The value of a scenario token: "%XX" is the byte 0xXX, everything else is itself.
// Returns false (and says why in *error) on a malformed escape.
bool percentDecode(const std::string& token, std::string* decoded, std::string* error);

// A JSON string literal, quotes included, for UTF-8 text.
std::string jsonQuote(const std::string& utf8);

// "0x%08X", the way HRESULTs and masks are usually written.
std::string hex32(unsigned long value);

}  // namespace jiis_host

#endif
