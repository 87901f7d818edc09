#include "scenario_fields.h"

#include <cerrno>
#include <cstdlib>

namespace jiis_host {

bool parseUnsigned(const std::string& text, unsigned long long max, unsigned long long* value) {
  if (text.empty() || text.size() > 20) return false;
  const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  const std::string digits = hex ? text.substr(2) : text;
  if (digits.empty() ||
      digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") != std::string::npos) {
    return false;
  }
  errno = 0;
  *value = std::strtoull(digits.c_str(), nullptr, hex ? 16 : 10);
  return errno == 0 && *value <= max;
}

}  // namespace jiis_host
