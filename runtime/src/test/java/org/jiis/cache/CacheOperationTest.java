package org.jiis.cache;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CacheOperationTest {

  @Test
  void matchesTheReferenceEnumInOrder() {
    Map<String, Integer> reference = IisReference.load().enumerators("CACHE_OPERATION");

    Map<String, Integer> values = new LinkedHashMap<>();
    for (CacheOperation operation : CacheOperation.values()) {
      values.put(operation.constantName(), operation.value());
    }

    assertThat(values).containsExactlyEntriesIn(reference).inOrder();
  }

  @Test
  void hasTheHttpcachValues() {
    assertThat(CacheOperation.RETRIEVE.value()).isEqualTo(0);
    assertThat(CacheOperation.ADD.value()).isEqualTo(1);
    assertThat(CacheOperation.DELETE.value()).isEqualTo(2);
    assertThat(CacheOperation.FLUSH_PREFIX.value()).isEqualTo(3);
    assertThat(CacheOperation.ENUM.value()).isEqualTo(4);
    assertThat(CacheOperation.FLUSH_PREFIX.constantName())
        .isEqualTo("CACHE_OPERATION_FLUSH_PREFIX");
  }

  @ParameterizedTest
  @EnumSource(CacheOperation.class)
  void fromValueInvertsValue(CacheOperation operation) {
    assertThat(CacheOperation.fromValue(operation.value())).isSameInstanceAs(operation);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void rejectsValuesIisDoesNotDefine(int value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CacheOperation.fromValue(value));
    assertThat(e).hasMessageThat()
        .isEqualTo("Unknown CACHE_OPERATION value " + value + " (known: 0 to 4)");
  }
}
