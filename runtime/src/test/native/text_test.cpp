/* Unit tests of the runtime's strings and Unicode conversions (src/text.cpp). */
#include <stdlib.h>

#include "check.h"
#include "jiis/text.h"

static void buffers_grow_and_format(void) {
  jiis_buf buf = JIIS_BUF_INIT;
  CHECK_STR(jiis_buf_str(&buf), "");
  for (int i = 0; i < 1000; i++) jiis_buf_appendf(&buf, "%d,", i % 10);
  CHECK_INT(buf.length, 2000);
  CHECK_INT(buf.failed, 0);
  jiis_buf_clear(&buf);
  jiis_buf_append_indented(&buf, "first\nsecond\nthird", "  ");
  CHECK_STR(jiis_buf_str(&buf), "first\n  second\n  third");
  jiis_buf_free(&buf);
}

static void lists_sort_by_bytes(void) {
  jiis_strlist list = JIIS_STRLIST_INIT;
  jiis_strlist_add(&list, "b.jar");
  jiis_strlist_add(&list, "a.jar");
  jiis_strlist_add(&list, "C.jar");
  jiis_strlist_add(&list, "aa.jar");
  jiis_strlist_sort(&list);
  CHECK_INT(list.count, 4);
  CHECK_STR(list.items[0], "C.jar");
  CHECK_STR(list.items[1], "a.jar");
  CHECK_STR(list.items[2], "aa.jar");
  CHECK_STR(list.items[3], "b.jar");
  jiis_strlist_free(&list);
}

static void utf8_to_utf16(void) {
  /* "aé€😀": 1, 2, 3 and 4 UTF-8 bytes; the last one needs a surrogate pair. */
  size_t length = 0;
  uint16_t* units = jiis_utf16_from_utf8("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", &length);
  CHECK_INT(length, 5);
  if (units != NULL && length == 5) {
    CHECK_INT(units[0], 0x61);
    CHECK_INT(units[1], 0xE9);
    CHECK_INT(units[2], 0x20AC);
    CHECK_INT(units[3], 0xD83D);
    CHECK_INT(units[4], 0xDE00);
  }
  free(units);
  /* A stray continuation byte, a truncated sequence, an overlong NUL, an encoded surrogate. */
  units = jiis_utf16_from_utf8("\x80x\xE2\x82y\xC0\x80z\xED\xA0\x80", &length);
  CHECK_INT(length, 7);
  if (units != NULL && length == 7) {
    CHECK_INT(units[0], 0xFFFD);
    CHECK_INT(units[1], 'x');
    CHECK_INT(units[2], 0xFFFD);
    CHECK_INT(units[3], 'y');
    CHECK_INT(units[4], 0xFFFD);
    CHECK_INT(units[5], 'z');
    CHECK_INT(units[6], 0xFFFD);
  }
  free(units);
}

static void utf16_to_utf8(void) {
  const uint16_t text[] = {0x61, 0xE9, 0x20AC, 0xD83D, 0xDE00, 0xDC00, 0x62};
  jiis_buf out = JIIS_BUF_INIT;
  jiis_utf8_append_utf16(&out, text, 7);
  /* The lone low surrogate becomes U+FFFD (EF BF BD). */
  CHECK_STR(jiis_buf_str(&out), "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBD" "b");
  jiis_buf_free(&out);
}

static void wide_to_utf16(void) {
  const wchar_t text[] = L"h\u00e9\U0001F600";
  size_t length = 0;
  uint16_t* units = jiis_utf16_from_wide(text, 3, &length);
  CHECK_INT(length, 4);
  if (units != NULL && length == 4) {
    CHECK_INT(units[0], 'h');
    CHECK_INT(units[1], 0xE9);
    CHECK_INT(units[2], 0xD83D);
    CHECK_INT(units[3], 0xDE00);
  }
  free(units);
  const wchar_t invalid[] = {static_cast<wchar_t>(0xD800), static_cast<wchar_t>(0x110000), 0};
  units = jiis_utf16_from_wide(invalid, 2, &length);
  CHECK_INT(length, 2);
  if (units != NULL && length == 2) {
    CHECK_INT(units[0], 0xFFFD);
    CHECK_INT(units[1], 0xFFFD);
  }
  free(units);
}

static void case_insensitive_ascii(void) {
  CHECK(jiis_ascii_equals_ignore_case("Inert", "inert"));
  CHECK(jiis_ascii_equals_ignore_case("", ""));
  CHECK(!jiis_ascii_equals_ignore_case("inert", "inerts"));
}

int main(void) {
  buffers_grow_and_format();
  lists_sort_by_bytes();
  utf8_to_utf16();
  utf16_to_utf8();
  wide_to_utf16();
  case_insensitive_ascii();
  return check_summary("text_test");
}
