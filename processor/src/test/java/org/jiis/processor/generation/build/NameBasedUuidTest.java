package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expected values computed with Python's {@code uuid.uuid5}, an independent implementation. */
class NameBasedUuidTest {

  private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  private static final UUID URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void matchesAnIndependentImplementation() {
    assertThat(NameBasedUuid.v5(DNS, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    assertThat(NameBasedUuid.v5(URL, "https://jiis.example/\u00E9"))
        .isEqualTo(UUID.fromString("18f4d43b-3fd2-5209-8b45-8101cd66912b"));
  }

  @Test
  void isVersion5OfTheRfcVariant() {
    UUID uuid = NameBasedUuid.v5(DNS, "jiis");

    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void visualStudioIdsAreFixedPerModuleAndDistinct() {
    assertThat(VisualStudioIds.projectGuid("TokenCacheAudit")).isEqualTo("{CBFA7BDB-AA88-5F03-ABAE-CF9C7B8CAB9D}");
    assertThat(VisualStudioIds.solutionGuid("TokenCacheAudit")).isEqualTo("{E11E834C-4D93-56B9-8364-C5324EA1263D}");
    assertThat(VisualStudioIds.projectGuid("Other")).isNotEqualTo(VisualStudioIds.projectGuid("TokenCacheAudit"));
  }
}
