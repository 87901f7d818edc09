/* The events of the runtime's test modules: entry points of the stand-in NativeModule
 * (java/org/jiis/internal/NativeModule.java). The test host names events by java_method. */
#ifndef JIIS_TEST_EVENTS_H
#define JIIS_TEST_EVENTS_H

#include "jiis/runtime.h"

static const jiis_event_spec TEST_EVENTS[] = {
    {"cacheOperation", "(J)I"},
    {"cacheCleanup", "()I"},
    {"throwUnchecked", "(J)I"},
    {"threadsSeen", "()I"},
    {"daemonThreadsSeen", "()I"},
    {"threadsAlive", "()I"},
    {"modulesInJvm", "()I"},
    {"echo", "(J)I"},
    {"wideString", "()I"},
    {"logFromJava", "(J)I"},
    {"badStatus", "()I"},
    {"optionWithSpaces", "()I"},
    {"reducedSignals", "()I"},
    {"exitJvm", "(J)I"},
    {"exhaustHeap", "()I"},
};

static const int TEST_EVENT_COUNT = static_cast<int>(sizeof TEST_EVENTS / sizeof TEST_EVENTS[0]);

#endif /* JIIS_TEST_EVENTS_H */
