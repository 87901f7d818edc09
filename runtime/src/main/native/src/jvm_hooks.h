/* The JVM's exit, abort and vfprintf hooks (JavaVMOption "exit", "abort", "vfprintf"): the JVM
 * ending the worker process is logged loudly, and its console output goes to the module's log. */
#ifndef JIIS_JVM_HOOKS_H
#define JIIS_JVM_HOOKS_H

#include <jni.h>

#include "jiis/text.h"

/* The three hook options, ready to put first in JavaVMInitArgs (first, so that the JVM's
 * messages about the options after them already go through the hooks). */
#define JIIS_JVM_HOOK_COUNT 3
void jiis_jvm_hook_options(JavaVMOption options[JIIS_JVM_HOOK_COUNT]);

/* While capturing, the JVM's output is collected instead of logged (JNI_CreateJavaVM's error
 * messages belong in the one startup-failure entry). Stopping hands back what was collected. */
void jiis_jvm_output_capture_start(void);
void jiis_jvm_output_capture_stop(jiis_buf* captured);

/* 1 once the JVM has called the exit or abort hook: the process is ending. */
int jiis_jvm_exiting(void);

#endif /* JIIS_JVM_HOOKS_H */
