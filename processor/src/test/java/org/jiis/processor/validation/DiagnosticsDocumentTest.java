package org.jiis.processor.validation;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code processor/DIAGNOSTICS.md} lists every diagnostic id exactly once, and nothing else. */
class DiagnosticsDocumentTest {

  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `(jiis\\.\\w+)` \\| \\S.*\\|$");

  @Test
  void documentListsEveryId() throws IOException {
    String document = Files.readString(
        Path.of(System.getProperty("basedir", "."), "DIAGNOSTICS.md"), StandardCharsets.UTF_8);
    List<String> documented = TABLE_ROW.matcher(document).results().map(m -> m.group(1)).toList();

    List<String> ids = Arrays.stream(DiagnosticId.values()).map(DiagnosticId::id).toList();

    assertThat(documented).containsExactlyElementsIn(ids).inOrder();
  }
}
