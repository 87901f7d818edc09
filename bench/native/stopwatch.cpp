#include "stopwatch.h"

#include <stdlib.h>
#include <time.h>

long long bench_now_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

long long bench_thread_cpu_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

static int compare_doubles(const void* a, const void* b) {
  double x = *static_cast<const double*>(a);
  double y = *static_cast<const double*>(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

double bench_median(double* samples, int count) {
  if (count <= 0) return 0;
  qsort(samples, static_cast<size_t>(count), sizeof samples[0], &compare_doubles);
  return count % 2 == 1 ? samples[count / 2] : (samples[count / 2 - 1] + samples[count / 2]) / 2;
}

double bench_min(const double* samples, int count) {
  double result = count > 0 ? samples[0] : 0;
  for (int i = 1; i < count; i++) {
    if (samples[i] < result) result = samples[i];
  }
  return result;
}

double bench_max(const double* samples, int count) {
  double result = count > 0 ? samples[0] : 0;
  for (int i = 1; i < count; i++) {
    if (samples[i] > result) result = samples[i];
  }
  return result;
}
