/* Growable strings, string lists and Unicode conversions, used inside the runtime. */
#ifndef JIIS_TEXT_H
#define JIIS_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

/* A heap string that is always NUL-terminated once anything was appended. After an allocation
 * failure `failed` is set and further appends are ignored, so callers check once at the end. */
typedef struct jiis_buf {
  char* data;
  size_t length;
  size_t capacity;
  int failed;
} jiis_buf;

#define JIIS_BUF_INIT {NULL, 0, 0, 0}

void jiis_buf_free(jiis_buf* buf);
void jiis_buf_clear(jiis_buf* buf); /* empties it and clears `failed`, keeping the memory */
const char* jiis_buf_str(const jiis_buf* buf); /* "" when nothing was appended */
int jiis_buf_append(jiis_buf* buf, const char* text);
int jiis_buf_append_n(jiis_buf* buf, const char* text, size_t length);
int jiis_buf_append_char(jiis_buf* buf, char c);
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
int jiis_buf_appendf(jiis_buf* buf, const char* format, ...);
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 0)))
#endif
int jiis_buf_vappendf(jiis_buf* buf, const char* format, va_list args);
/* Appends `text` with each line after the first prefixed by `indent`. */
int jiis_buf_append_indented(jiis_buf* buf, const char* text, const char* indent);

/* An owned list of owned strings. */
typedef struct jiis_strlist {
  char** items;
  int count;
  int capacity;
  int failed;
} jiis_strlist;

#define JIIS_STRLIST_INIT {NULL, 0, 0, 0}

void jiis_strlist_free(jiis_strlist* list);
int jiis_strlist_add(jiis_strlist* list, const char* text);
int jiis_strlist_add_n(jiis_strlist* list, const char* text, size_t length);
void jiis_strlist_sort(jiis_strlist* list); /* byte order */

/* Appends UTF-16 as UTF-8; unpaired surrogates become U+FFFD. */
int jiis_utf8_append_utf16(jiis_buf* out, const uint16_t* text, size_t length);

/* UTF-8 to UTF-16 into a malloc'ed array (free() it); invalid sequences become U+FFFD.
 * Returns NULL only when out of memory. *length receives the number of code units. */
uint16_t* jiis_utf16_from_utf8(const char* text, size_t* length);

/* A wide string to UTF-16, same contract. 16-bit wchar_t (Windows) is copied as is; 32-bit
 * wchar_t (Linux) is UTF-32, where surrogates and values above U+10FFFF become U+FFFD. */
uint16_t* jiis_utf16_from_wide(const wchar_t* text, size_t text_length, size_t* length);

/* UTF-16 to a NUL-terminated wide string in a malloc'ed array (free() it); NULL only when out of
 * memory. 16-bit wchar_t (Windows) gets the units as they are; 32-bit wchar_t (Linux) gets code
 * points, unpaired surrogates becoming U+FFFD. */
wchar_t* jiis_wide_from_utf16(const uint16_t* text, size_t length);

/* ASCII case-insensitive equality. */
int jiis_ascii_equals_ignore_case(const char* a, const char* b);

#endif /* JIIS_TEXT_H */
