#include "jiis/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint32_t REPLACEMENT_CHARACTER = 0xFFFD;

static int buf_reserve(jiis_buf* buf, size_t extra) {
  if (buf->failed) return 0;
  size_t needed = buf->length + extra + 1;
  if (needed <= buf->capacity) return 1;
  size_t capacity = buf->capacity < 64 ? 64 : buf->capacity;
  while (capacity < needed) capacity *= 2;
  char* data = static_cast<char*>(realloc(buf->data, capacity));
  if (data == NULL) {
    buf->failed = 1;
    return 0;
  }
  buf->data = data;
  buf->capacity = capacity;
  return 1;
}

void jiis_buf_free(jiis_buf* buf) {
  free(buf->data);
  buf->data = NULL;
  buf->length = 0;
  buf->capacity = 0;
  buf->failed = 0;
}

void jiis_buf_clear(jiis_buf* buf) {
  buf->length = 0;
  buf->failed = 0;
  if (buf->data != NULL) buf->data[0] = '\0';
}

const char* jiis_buf_str(const jiis_buf* buf) {
  return buf->data != NULL ? buf->data : "";
}

int jiis_buf_append_n(jiis_buf* buf, const char* text, size_t length) {
  if (!buf_reserve(buf, length)) return 0;
  memcpy(buf->data + buf->length, text, length);
  buf->length += length;
  buf->data[buf->length] = '\0';
  return 1;
}

int jiis_buf_append(jiis_buf* buf, const char* text) {
  return jiis_buf_append_n(buf, text, strlen(text));
}

int jiis_buf_append_char(jiis_buf* buf, char c) {
  return jiis_buf_append_n(buf, &c, 1);
}

int jiis_buf_vappendf(jiis_buf* buf, const char* format, va_list args) {
  if (buf->failed) return 0;
  va_list measure;
  va_copy(measure, args);
  int needed = vsnprintf(NULL, 0, format, measure);
  va_end(measure);
  if (needed < 0) {
    buf->failed = 1;
    return 0;
  }
  if (!buf_reserve(buf, static_cast<size_t>(needed))) return 0;
  vsnprintf(buf->data + buf->length, static_cast<size_t>(needed) + 1, format, args);
  buf->length += static_cast<size_t>(needed);
  return 1;
}

int jiis_buf_appendf(jiis_buf* buf, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int ok = jiis_buf_vappendf(buf, format, args);
  va_end(args);
  return ok;
}

int jiis_buf_append_indented(jiis_buf* buf, const char* text, const char* indent) {
  const char* line = text;
  for (;;) {
    const char* newline = strchr(line, '\n');
    if (newline == NULL) return jiis_buf_append(buf, line);
    jiis_buf_append_n(buf, line, static_cast<size_t>(newline - line) + 1);
    line = newline + 1;
    if (*line == '\0') return !buf->failed;
    jiis_buf_append(buf, indent);
  }
}

void jiis_strlist_free(jiis_strlist* list) {
  for (int i = 0; i < list->count; i++) free(list->items[i]);
  free(list->items);
  list->items = NULL;
  list->count = 0;
  list->capacity = 0;
  list->failed = 0;
}

int jiis_strlist_add_n(jiis_strlist* list, const char* text, size_t length) {
  if (list->failed) return 0;
  if (list->count == list->capacity) {
    int capacity = list->capacity == 0 ? 8 : list->capacity * 2;
    char** items = static_cast<char**>(realloc(list->items, sizeof(char*) * static_cast<size_t>(capacity)));
    if (items == NULL) {
      list->failed = 1;
      return 0;
    }
    list->items = items;
    list->capacity = capacity;
  }
  char* copy = static_cast<char*>(malloc(length + 1));
  if (copy == NULL) {
    list->failed = 1;
    return 0;
  }
  memcpy(copy, text, length);
  copy[length] = '\0';
  list->items[list->count++] = copy;
  return 1;
}

int jiis_strlist_add(jiis_strlist* list, const char* text) {
  return jiis_strlist_add_n(list, text, strlen(text));
}

void jiis_strlist_sort(jiis_strlist* list) {
  /* Insertion sort: the lists are short (class path entries), and this avoids handing a
   * comparator to the C library, whose calling convention would have to be spelled out. */
  for (int i = 1; i < list->count; i++) {
    char* item = list->items[i];
    int j = i - 1;
    while (j >= 0 && strcmp(list->items[j], item) > 0) {
      list->items[j + 1] = list->items[j];
      j--;
    }
    list->items[j + 1] = item;
  }
}

static void append_utf8_code_point(jiis_buf* out, uint32_t cp) {
  char bytes[4];
  size_t n;
  if (cp < 0x80) {
    bytes[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
    bytes[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
    bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (cp >> 18));
    bytes[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    bytes[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  jiis_buf_append_n(out, bytes, n);
}

int jiis_utf8_append_utf16(jiis_buf* out, const uint16_t* text, size_t length) {
  for (size_t i = 0; i < length; i++) {
    uint32_t unit = text[i];
    uint32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00u);
      i++;
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      cp = REPLACEMENT_CHARACTER;
    }
    append_utf8_code_point(out, cp);
  }
  return !out->failed;
}

/* Decodes one UTF-8 sequence at `s` (NUL-terminated); returns the number of bytes consumed and
 * stores the code point, or U+FFFD for a malformed, overlong or surrogate sequence. */
static size_t decode_utf8(const unsigned char* s, uint32_t* cp) {
  unsigned char lead = s[0];
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  }
  size_t extra;
  uint32_t value;
  uint32_t minimum;
  if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    value = lead & 0x1Fu;
    minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    value = lead & 0x0Fu;
    minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    value = lead & 0x07u;
    minimum = 0x10000;
  } else {
    *cp = REPLACEMENT_CHARACTER;
    return 1;
  }
  for (size_t i = 1; i <= extra; i++) {
    if ((s[i] & 0xC0) != 0x80) { /* also stops at the terminating NUL */
      *cp = REPLACEMENT_CHARACTER;
      return i;
    }
    value = (value << 6) | (s[i] & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    value = REPLACEMENT_CHARACTER;
  }
  *cp = value;
  return extra + 1;
}

static size_t put_utf16(uint16_t* out, uint32_t cp) {
  if (cp < 0x10000) {
    out[0] = static_cast<uint16_t>(cp);
    return 1;
  }
  cp -= 0x10000;
  out[0] = static_cast<uint16_t>(0xD800 + (cp >> 10));
  out[1] = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
  return 2;
}

uint16_t* jiis_utf16_from_utf8(const char* text, size_t* length) {
  /* Never more UTF-16 units than UTF-8 bytes. */
  size_t bytes = strlen(text);
  uint16_t* out = static_cast<uint16_t*>(malloc(sizeof(uint16_t) * (bytes + 1)));
  if (out == NULL) return NULL;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text);
  size_t n = 0;
  while (*s != 0) {
    uint32_t cp;
    s += decode_utf8(s, &cp);
    n += put_utf16(out + n, cp);
  }
  out[n] = 0;
  *length = n;
  return out;
}

uint16_t* jiis_utf16_from_wide(const wchar_t* text, size_t text_length, size_t* length) {
  uint16_t* out = static_cast<uint16_t*>(malloc(sizeof(uint16_t) * (2 * text_length + 1)));
  if (out == NULL) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < text_length; i++) {
#if WCHAR_MAX <= 0xFFFF
    out[n++] = static_cast<uint16_t>(text[i]);
#else
    uint32_t cp = static_cast<uint32_t>(text[i]);
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = REPLACEMENT_CHARACTER;
    n += put_utf16(out + n, cp);
#endif
  }
  out[n] = 0;
  *length = n;
  return out;
}

wchar_t* jiis_wide_from_utf16(const uint16_t* text, size_t length) {
  wchar_t* out = static_cast<wchar_t*>(malloc(sizeof(wchar_t) * (length + 1)));
  if (out == NULL) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < length; i++) {
#if WCHAR_MAX <= 0xFFFF
    out[n++] = static_cast<wchar_t>(text[i]);
#else
    uint32_t unit = text[i];
    uint32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00u);
      i++;
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      cp = REPLACEMENT_CHARACTER;
    }
    out[n++] = static_cast<wchar_t>(cp);
#endif
  }
  out[n] = 0;
  return out;
}

int jiis_ascii_equals_ignore_case(const char* a, const char* b) {
  for (;; a++, b++) {
    char x = *a >= 'A' && *a <= 'Z' ? static_cast<char>(*a - 'A' + 'a') : *a;
    char y = *b >= 'A' && *b <= 'Z' ? static_cast<char>(*b - 'A' + 'a') : *b;
    if (x != y) return 0;
    if (x == '\0') return 1;
  }
}
