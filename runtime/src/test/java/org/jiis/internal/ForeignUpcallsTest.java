package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * Why a JVM gives no upcall stubs, as the start entry will say. The test JVM runs without
 * {@code --enable-native-access}, so on every release one of the two reasons applies; the stubs
 * themselves are exercised by the native runtime tests, whose modules start the JVM with it.
 */
class ForeignUpcallsTest {

  @SuppressWarnings("unused") // found through the lookup
  private int entry(long pointer) {
    return 0;
  }

  @SuppressWarnings("unused") // found through the lookup
  private int escaped(Throwable thrown) {
    return NativeModule.UPCALL_ESCAPED;
  }

  @Test
  void saysWhyThisJvmGivesNoStubs() {
    UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
        () -> ForeignUpcalls.create(MethodHandles.lookup(), this, new String[] {"entry"},
            new String[] {"(J)I"}));

    int release = Runtime.version().feature();
    if (release < ForeignUpcalls.FIRST_RELEASE) {
      assertThat(refused).hasMessageThat().isEqualTo("this JVM is Java " + release
          + " and foreign-function upcalls need Java 22 or later");
    } else {
      assertThat(refused).hasMessageThat().isEqualTo("the JVM was started without"
          + " --enable-native-access=ALL-UNNAMED (jiis adds it when it starts the JVM itself)");
    }
  }
}
