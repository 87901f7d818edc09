#include "sid.h"

#include <cstdlib>

namespace jiis_host {

namespace {

const int kMaxSubAuthorities = 15;
const unsigned long long kMaxAuthority = 0xFFFFFFFFFFFFULL;

std::vector<std::string> splitDashes(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t dash = text.find('-', start);
    parts.push_back(text.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
    if (dash == std::string::npos) {
      return parts;
    }
    start = dash + 1;
  }
}

bool parseNumber(const std::string& part, int base, unsigned long long max,
                 unsigned long long* value) {
  const char* digits = base == 16 ? "0123456789abcdefABCDEF" : "0123456789";
  if (part.empty() || part.size() > 15 || part.find_first_not_of(digits) != std::string::npos) {
    return false;
  }
  *value = std::strtoull(part.c_str(), nullptr, base);
  return *value <= max;
}

}  // namespace

bool sidFromString(const std::string& text, std::vector<unsigned char>* sid, std::string* error) {
  const std::vector<std::string> parts = splitDashes(text);
  if (parts.size() < 3 || (parts[0] != "S" && parts[0] != "s") || parts[1] != "1") {
    *error = "'" + text + "' is not a SID string (expected S-1-<authority>-<sub-authority>...)";
    return false;
  }
  const size_t count = parts.size() - 3;
  if (count > kMaxSubAuthorities) {
    *error = "SID '" + text + "' has " + std::to_string(count) + " sub-authorities, at most 15";
    return false;
  }
  unsigned long long authority;
  const std::string& authorityText = parts[2];
  const bool hex = authorityText.size() > 2 && authorityText[0] == '0' &&
                   (authorityText[1] == 'x' || authorityText[1] == 'X');
  if (!parseNumber(hex ? authorityText.substr(2) : authorityText, hex ? 16 : 10, kMaxAuthority,
                   &authority)) {
    *error = "bad identifier authority '" + authorityText + "' in SID '" + text +
             "' (a 48-bit number, decimal or 0x hex)";
    return false;
  }
  sid->clear();
  sid->push_back(1);
  sid->push_back(static_cast<unsigned char>(count));
  for (int shift = 40; shift >= 0; shift -= 8) {
    sid->push_back(static_cast<unsigned char>((authority >> shift) & 0xFF));
  }
  for (size_t i = 0; i < count; i++) {
    unsigned long long sub;
    if (!parseNumber(parts[3 + i], 10, 0xFFFFFFFFULL, &sub)) {
      *error = "bad sub-authority '" + parts[3 + i] + "' in SID '" + text +
               "' (an unsigned 32-bit decimal number)";
      return false;
    }
    for (int shift = 0; shift < 32; shift += 8) {
      sid->push_back(static_cast<unsigned char>((sub >> shift) & 0xFF));
    }
  }
  return true;
}

}  // namespace jiis_host
