package org.jiis;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;

class GlobalEventTest {

  @Test
  void matchesEveryGlobalNotificationOfTheReferenceInOrder() {
    Map<String, Integer> referenceBits = new LinkedHashMap<>();
    Map<String, String> referenceMethods = new LinkedHashMap<>();
    for (List<String> row : IisReference.load().table("### 4.1 ")) {
      referenceBits.put(row.get(0), Integer.decode(row.get(1)));
      referenceMethods.put(row.get(0), row.get(2));
    }

    Map<String, Integer> bits = new LinkedHashMap<>();
    Map<String, String> methods = new LinkedHashMap<>();
    for (GlobalEvent event : GlobalEvent.values()) {
      bits.put(event.constantName(), event.bit());
      methods.put(event.constantName(), event.moduleMethod());
    }

    assertThat(bits).containsExactlyEntriesIn(referenceBits).inOrder();
    assertThat(methods).containsExactlyEntriesIn(referenceMethods).inOrder();
  }

  @Test
  void eachEventIsOneDistinctBit() {
    int all = 0;
    for (GlobalEvent event : GlobalEvent.values()) {
      assertThat(Integer.bitCount(event.bit())).isEqualTo(1);
      assertThat(all & event.bit()).isEqualTo(0);
      all |= event.bit();
    }
    assertThat(Integer.bitCount(all)).isEqualTo(GlobalEvent.values().length);
  }

  @Test
  void namesTheHttpservConstantAndTheCGlobalModuleMethod() {
    assertThat(GlobalEvent.CACHE_OPERATION.constantName()).isEqualTo("GL_CACHE_OPERATION");
    assertThat(GlobalEvent.CACHE_OPERATION.bit()).isEqualTo(0x10);
    assertThat(GlobalEvent.CACHE_OPERATION.moduleMethod()).isEqualTo("OnGlobalCacheOperation");
    assertThat(GlobalEvent.CACHE_CLEANUP.constantName()).isEqualTo("GL_CACHE_CLEANUP");
    assertThat(GlobalEvent.CACHE_CLEANUP.bit()).isEqualTo(0x4);
    assertThat(GlobalEvent.CACHE_CLEANUP.moduleMethod()).isEqualTo("OnGlobalCacheCleanup");
    assertThat(Arrays.stream(GlobalEvent.values()).map(GlobalEvent::moduleMethod))
        .contains("OnSuspendProcess");
  }
}
