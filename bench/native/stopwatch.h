/* Time and the statistics of samples. */
#ifndef JIIS_BENCH_STOPWATCH_H
#define JIIS_BENCH_STOPWATCH_H

/* CLOCK_MONOTONIC in nanoseconds. */
long long bench_now_ns(void);

/* The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID) in nanoseconds: unlike the wall clock,
 * it does not count time the thread spent waiting for a core another process held. */
long long bench_thread_cpu_ns(void);

/* The median of `count` samples (sorts them in place). */
double bench_median(double* samples, int count);

/* The smallest and largest of `count` samples. */
double bench_min(const double* samples, int count);
double bench_max(const double* samples, int count);

#endif
