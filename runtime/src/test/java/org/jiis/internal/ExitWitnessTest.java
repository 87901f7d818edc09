package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a module's exit witness logs when System.exit starts the JVM's shutdown. */
class ExitWitnessTest {

  private static final String LOADER = "jiis-Audit";

  private final Thread iisThread = new Thread("IIS worker (jiis Audit)");
  private final Thread other = new Thread("unrelated");

  @Test
  void namesTheThreadAndTheCallThroughTheModulesClasses() {
    Map<Thread, StackTraceElement[]> stacks = new LinkedHashMap<>();
    stacks.put(other, new StackTraceElement[] {frame("app", "java.lang.Object", "wait")});
    stacks.put(iisThread, new StackTraceElement[] {
        frame(null, "java.lang.Thread", "join"),
        frame(null, "java.lang.Shutdown", "exit"),
        frame(null, "java.lang.Runtime", "exit"),
        frame(null, "java.lang.System", "exit"),
        frame(LOADER, "org.example.Audit", "onCacheOperation"),
        frame(LOADER, "org.jiis.internal.NativeModule", "dispatch")});

    String entry = ExitWitness.describeExit(stacks, "Audit", LOADER);

    String n = System.lineSeparator();
    assertThat(entry).isEqualTo("Module Audit: code running in this module called System.exit on"
        + " thread \"IIS worker (jiis Audit)\", which ends the IIS worker process (a module must"
        + " never call it). The call:" + n
        + "\tat jiis-Audit//org.example.Audit.onCacheOperation(Audit.java:1)" + n
        + "\tat jiis-Audit//org.jiis.internal.NativeModule.dispatch(NativeModule.java:1)");
  }

  @Test
  void runtimeExitCalledDirectlyIsNamedToo() {
    Map<Thread, StackTraceElement[]> stacks = Map.of(iisThread, new StackTraceElement[] {
        frame(null, "java.lang.Shutdown", "exit"),
        frame(null, "java.lang.Runtime", "exit"),
        frame(LOADER, "org.example.Audit", "stop")});

    assertThat(ExitWitness.describeExit(stacks, "Audit", LOADER))
        .endsWith("\tat jiis-Audit//org.example.Audit.stop(Audit.java:1)");
  }

  @Test
  void anExitThatDidNotComeThroughTheModuleIsNotItsToName() {
    Map<Thread, StackTraceElement[]> stacks = Map.of(iisThread, new StackTraceElement[] {
        frame(null, "java.lang.Runtime", "exit"),
        frame(null, "java.lang.System", "exit"),
        frame("jiis-Other", "org.example.Other", "onCacheOperation")});

    assertThat(ExitWitness.describeExit(stacks, "Audit", LOADER)).isNull();
  }

  @Test
  void noExitCallNoEntry() {
    Map<Thread, StackTraceElement[]> stacks = Map.of(iisThread, new StackTraceElement[] {
        frame(LOADER, "org.example.Audit", "onCacheOperation")});

    assertThat(ExitWitness.describeExit(stacks, "Audit", LOADER)).isNull();
  }

  private static StackTraceElement frame(String loader, String className, String method) {
    String file = className.substring(className.lastIndexOf('.') + 1) + ".java";
    return new StackTraceElement(loader, null, null, className, method, file, 1);
  }
}
