package org.jiis.processor.generation.nativecode;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JniFunctionTypeTest {

  @Test
  void everyNativeAccessShapeMapsToItsJniTypes() {
    assertThat(JniFunctionType.of("(J)I")).isEqualTo("jint (JNICALL*)(JNIEnv*, jobject, jlong)");
    assertThat(JniFunctionType.of("(J)Ljava/lang/String;")).isEqualTo("jstring (JNICALL*)(JNIEnv*, jobject, jlong)");
    assertThat(JniFunctionType.of("(J)[B")).isEqualTo("jbyteArray (JNICALL*)(JNIEnv*, jobject, jlong)");
    assertThat(JniFunctionType.of("(J)Z")).isEqualTo("jboolean (JNICALL*)(JNIEnv*, jobject, jlong)");
    assertThat(JniFunctionType.of("(J)V")).isEqualTo("void (JNICALL*)(JNIEnv*, jobject, jlong)");
    assertThat(JniFunctionType.of("(ILjava/lang/String;)V"))
        .isEqualTo("void (JNICALL*)(JNIEnv*, jobject, jint, jstring)");
    assertThat(JniFunctionType.of("()I")).isEqualTo("jint (JNICALL*)(JNIEnv*, jobject)");
  }

  @Test
  void otherReferenceTypesAreJobjectAndArraysJarray() {
    assertThat(JniFunctionType.of("(Ljava/lang/Object;[I)[Ljava/lang/String;"))
        .isEqualTo("jarray (JNICALL*)(JNIEnv*, jobject, jobject, jarray)");
  }

  @Test
  void rejectsWhatIsNotAMethodDescriptor() {
    assertThrows(IllegalArgumentException.class, () -> JniFunctionType.of("I"));
  }

  @Test
  void everyNativeMethodHasAType() {
    for (NativeMethod method : NativeMethod.values()) {
      assertThat(JniFunctionType.of(method.descriptor())).contains("(JNICALL*)(JNIEnv*, jobject");
    }
  }
}
