package org.jiis.testkit.nativebuild;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDoubleHeadersTest {

  private static final Path NATIVE = Path.of("src/main/native").toAbsolutePath();

  @TempDir Path work;

  @Test
  void extractsTheIisHeadersAndTheWinshimExactly() throws Exception {
    TestDoubleHeaders headers = TestDoubleHeaders.extractTo(work);

    assertThat(headers.iisIncludeDir()).isEqualTo(work.resolve("iis"));
    assertThat(headers.winshimDir()).isEqualTo(work.resolve("winshim"));
    for (String file : new String[] {"iis/httpserv.h", "iis/httpcach.h", "iis/httptrace.h",
        "winshim/windows.h", "winshim/sal.h"}) {
      assertThat(Files.readAllBytes(work.resolve(file))).isEqualTo(Files.readAllBytes(NATIVE.resolve(file)));
    }
  }

  @Test
  void extractsNothingButTheTwoFolders() throws Exception {
    TestDoubleHeaders.extractTo(work);

    try (var entries = Files.list(work)) {
      assertThat(entries.map(path -> path.getFileName().toString()).toList())
          .containsExactly("iis", "winshim");
    }
  }

  @Test
  void replacesAFileWhoseContentDiffers() throws Exception {
    TestDoubleHeaders.extractTo(work);
    Path header = work.resolve("iis/httpserv.h");
    Files.writeString(header, "stale");

    TestDoubleHeaders.extractTo(work);

    assertThat(Files.readAllBytes(header)).isEqualTo(Files.readAllBytes(NATIVE.resolve("iis/httpserv.h")));
  }
}
