package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesObjectsArraysAndScalarsInOrder() {
    Object value =
        Json.parse(
            "{\"b\":1,\"a\":[true,false,null,-12,2.5e1],\"o\":{},\"e\":[],\"s\":\"x\"}");

    assertThat(value).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(map.keySet()).containsExactly("b", "a", "o", "e", "s").inOrder();
    assertThat(map.get("b")).isEqualTo(1L);
    assertThat((Iterable<?>) map.get("a"))
        .containsExactlyElementsIn(Arrays.asList(true, false, null, -12L, 25.0))
        .inOrder();
    assertThat((Map<?, ?>) map.get("o")).isEmpty();
    assertThat((Iterable<?>) map.get("e")).isEmpty();
    assertThat(map.get("s")).isEqualTo("x");
  }

  @Test
  void decodesStringEscapes() {
    assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\\u00e9\\u20ac\""))
        .isEqualTo("a\"b\\c/d\n\t\r\b\f\u00e9\u20ac");
  }

  @Test
  void keepsNonAsciiText() {
    assertThat(Json.parse("\"Jürgen \u4e2d\"")).isEqualTo("Jürgen \u4e2d");
  }

  @Test
  void rejectsMalformedTextSayingWhere() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1,}"));
    assertThat(e).hasMessageThat().contains("character 8");
    assertThat(e).hasMessageThat().contains("expected a field name");

    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1} x"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\q\""));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("\"\\u12g4\""));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("tru"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(""));
  }
}
