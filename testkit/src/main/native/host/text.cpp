#include "text.h"

#include <cstdio>

namespace jiis_host {

namespace {

const char32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 sequence starting at text[*index]; advances *index past it.
char32_t decodeUtf8(const std::string& text, size_t* index) {
  const unsigned char lead = static_cast<unsigned char>(text[*index]);
  int length;
  char32_t code;
  if (lead < 0x80) {
    *index += 1;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code = lead & 0x07;
  } else {
    *index += 1;
    return kReplacement;
  }
  if (*index + length > text.size()) {
    *index = text.size();
    return kReplacement;
  }
  for (int i = 1; i < length; i++) {
    const unsigned char next = static_cast<unsigned char>(text[*index + i]);
    if ((next & 0xC0) != 0x80) {
      *index += i;
      return kReplacement;
    }
    code = (code << 6) | (next & 0x3F);
  }
  *index += length;
  static const char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return kReplacement;
  }
  return code;
}

void appendUtf8(char32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::wstring wideFromUtf8(const std::string& utf8) {
  std::wstring wide;
  size_t index = 0;
  while (index < utf8.size()) {
    const char32_t code = decodeUtf8(utf8, &index);
    if (sizeof(wchar_t) == 2 && code >= 0x10000) {
      const char32_t offset = code - 0x10000;
      wide.push_back(static_cast<wchar_t>(0xD800 | (offset >> 10)));
      wide.push_back(static_cast<wchar_t>(0xDC00 | (offset & 0x3FF)));
    } else {
      wide.push_back(static_cast<wchar_t>(code));
    }
  }
  return wide;
}

std::string utf8FromWide(const wchar_t* wide) {
  std::string utf8;
  if (wide == nullptr) {
    return utf8;
  }
  for (const wchar_t* p = wide; *p != 0; p++) {
    char32_t code = static_cast<char32_t>(*p);
    if (sizeof(wchar_t) == 2 && code >= 0xD800 && code <= 0xDBFF && p[1] >= 0xDC00 &&
        p[1] <= 0xDFFF) {
      code = 0x10000 + ((code - 0xD800) << 10) + (static_cast<char32_t>(p[1]) - 0xDC00);
      p++;
    } else if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
      code = kReplacement;
    }
    appendUtf8(code, &utf8);
  }
  return utf8;
}

bool percentDecode(const std::string& token, std::string* decoded, std::string* error) {
  decoded->clear();
  for (size_t i = 0; i < token.size(); i++) {
    if (token[i] != '%') {
      decoded->push_back(token[i]);
      continue;
    }
    const bool complete = i + 2 < token.size();
    const int high = complete ? hexDigit(token[i + 1]) : -1;
    const int low = complete ? hexDigit(token[i + 2]) : -1;
    if (high < 0 || low < 0) {
      *error = "bad escape in '" + token + "': '%' must be followed by two hex digits (%25 is '%')";
      return false;
    }
    decoded->push_back(static_cast<char>(high * 16 + low));
    i += 2;
  }
  return true;
}

std::string jsonQuote(const std::string& utf8) {
  std::string out = "\"";
  size_t index = 0;
  while (index < utf8.size()) {
    const unsigned char byte = static_cast<unsigned char>(utf8[index]);
    if (byte >= 0x80) {
      // Re-encode so that invalid UTF-8 from a module never makes the report invalid JSON.
      appendUtf8(decodeUtf8(utf8, &index), &out);
      continue;
    }
    index++;
    switch (byte) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (byte < 0x20 || byte == 0x7F) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", byte);
          out += escape;
        } else {
          out.push_back(static_cast<char>(byte));
        }
    }
  }
  out.push_back('"');
  return out;
}

std::string hex32(unsigned long value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08lX", value & 0xFFFFFFFFUL);
  return text;
}

}  // namespace jiis_host
