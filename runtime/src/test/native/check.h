/* A few assertion macros for the runtime's C++ test programs: each failure prints where and
 * what, and the program's exit code is the number of failures. */
#ifndef JIIS_TEST_CHECK_H
#define JIIS_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures = 0;

#define CHECK(condition)                                                    \
  do {                                                                      \
    if (!(condition)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
      check_failures++;                                                     \
    }                                                                       \
  } while (0)

#define CHECK_INT(actual, expected)                                         \
  do {                                                                      \
    long long check_a = (long long)(actual), check_e = (long long)(expected); \
    if (check_a != check_e) {                                               \
      fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, #actual, \
              check_a, check_e);                                            \
      check_failures++;                                                     \
    }                                                                       \
  } while (0)

#define CHECK_STR(actual, expected)                                         \
  do {                                                                      \
    const char* check_a = (actual);                                         \
    const char* check_e = (expected);                                       \
    if (check_a == NULL || strcmp(check_a, check_e) != 0) {                 \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, \
              check_a != NULL ? check_a : "(null)", check_e);               \
      check_failures++;                                                     \
    }                                                                       \
  } while (0)

#define CHECK_CONTAINS(text, part)                                          \
  do {                                                                      \
    const char* check_t = (text);                                           \
    const char* check_p = (part);                                           \
    if (check_t == NULL || strstr(check_t, check_p) == NULL) {              \
      fprintf(stderr, "%s:%d: %s does not contain \"%s\"; it is \"%s\"\n", __FILE__, __LINE__, \
              #text, check_p, check_t != NULL ? check_t : "(null)");        \
      check_failures++;                                                     \
    }                                                                       \
  } while (0)

/* Ends main: prints a summary line the Java driver looks for. */
static inline int check_summary(const char* program) {
  if (check_failures == 0) {
    printf("%s: all checks passed\n", program);
  } else {
    printf("%s: %d check(s) failed\n", program, check_failures);
  }
  return check_failures == 0 ? 0 : 1;
}

#endif /* JIIS_TEST_CHECK_H */
