package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events that arrive on a nearly full stack: a foreign-function upcall stub would let the
 * StackOverflowError escape where the JVM ends the process, so the runtime takes the JNI upcall,
 * which reports the overflow as an exception, and the event continues. With room to spare the
 * event reaches Java as usual. The test host calls the event from a 512 KB thread (an IIS
 * worker's stack) after using all but the given kilobytes; on Java 22 and later the events take
 * upcall stubs whenever the stack allows, so these cases run both paths.
 */
class UpcallStackReserveTest {

  private static NativeBuild build;

  @BeforeAll
  static void build() {
    build = NativeBuild.get();
  }

  private static HostRun lowStack(String name, int leftKilobytes) {
    return Scenario.named(name).module(build.alpha)
        .settings("Alpha",
            "jvm.library = " + build.javaHome.resolve("lib/server/libjvm.so"),
            "class.path = " + build.standinClasses)
        .run(build.host, "start", "0",
            "lowStack", "0", "cacheOperation", "1", String.valueOf(leftKilobytes),
            "dispatch", "0", "cacheOperation", "1");
  }

  @Test
  void anEventWithTooLittleStackIsContainedAndTheNextOneWorks() {
    HostRun run = lowStack("low-stack-48k", 48);

    run.result.assertSuccess();
    assertThat(run.line("lowStack 0")).isEqualTo("lowStack 0 cacheOperation 1 48 -> 0");
    // The StackOverflowError itself: describing it would take Java stack the thread does not have.
    assertThat(run.onlyError().message()).startsWith("An exception escaped NativeModule.cacheOperation; "
        + "the event continues as if the module had not handled it: ");
    assertThat(run.line("dispatch 0")).isEqualTo("dispatch 0 cacheOperation 1 -> 1");
  }

  @Test
  void anEventWithRoomToSpareReachesJava() {
    HostRun run = lowStack("low-stack-300k", 300);

    run.result.assertSuccess();
    assertThat(run.line("lowStack 0")).isEqualTo("lowStack 0 cacheOperation 1 300 -> 1");
    assertThat(run.entries(LogEntry.ERROR)).isEmpty();
  }
}
