package org.jiis.testkit.nativebuild;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.jiis.testkit.nativebuild.NativeTools.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeToolsTest {
  @TempDir Path work;

  @Test
  void missingToolFailsNamingThePackageToInstall() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> NativeTools.locate("jiis-no-such-compiler", "jiis-compiler-package"));

    assertThat(error).hasMessageThat().contains("jiis-no-such-compiler was not found on the PATH");
    assertThat(error).hasMessageThat().contains("apt-get install -y jiis-compiler-package");
  }

  @Test
  void runCapturesStdoutAndStderrAndTheExitCode() {
    Result result = NativeTools.run(work, List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("out\n");
    assertThat(result.output()).contains("err\n");
  }

  @Test
  void failedCommandReportsItsCommandLineAndOutput() {
    Result result = NativeTools.run(work, List.of("sh", "-c", "echo broken header; exit 1"));

    AssertionError error = assertThrows(AssertionError.class, result::assertSuccess);

    assertThat(error).hasMessageThat().contains("exited with 1: sh -c echo broken header; exit 1");
    assertThat(error).hasMessageThat().contains("broken header");
  }

  @Test
  void commandThatSucceedsWhenFailureWasExpectedIsReported() {
    Result result = NativeTools.run(work, List.of("true"));

    AssertionError error = assertThrows(AssertionError.class, result::assertFailure);

    assertThat(error).hasMessageThat().contains("succeeded but was expected to fail");
  }

  @Test
  void commandRunsInTheGivenDirectory() {
    Result result = NativeTools.runSuccessfully(work, List.of("pwd"));

    assertThat(Path.of(result.output().trim())).isEqualTo(work.toAbsolutePath());
  }

  @Test
  void commandThatOutlivesItsTimeoutIsStoppedAndReported() {
    long started = System.nanoTime();

    AssertionError error = assertThrows(AssertionError.class,
        () -> NativeTools.run(work, Duration.ofMillis(300), List.of("sh", "-c", "echo started; sleep 30")));

    assertThat(error).hasMessageThat().contains("timed out after");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void mingwCxxIncludeDirsAreTheCompilersOwn() {
    List<Path> directories = NativeTools.mingwCxxIncludeDirs(Tool.MINGW_X86_GXX);

    assertThat(directories).isNotEmpty();
    for (Path directory : directories) {
      assertThat(directory.toString()).contains("i686-w64-mingw32");
      assertThat(Files.isDirectory(directory)).isTrue();
    }
    assertThat(directories.stream().anyMatch(dir -> Files.isRegularFile(dir.resolve("new")))).isTrue();
  }
}
