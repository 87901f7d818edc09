package org.jiis.processor.generation.nativecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The C++ function pointer type of an instance native method with a given JNI descriptor, for
 * example {@code jstring (JNICALL*)(JNIEnv*, jobject, jlong)} for {@code (J)Ljava/lang/String;}.
 */
final class JniFunctionType {

  private JniFunctionType() {}

  static String of(String descriptor) {
    int close = descriptor.indexOf(')');
    if (!descriptor.startsWith("(") || close < 0) {
      throw new IllegalArgumentException("not a method descriptor: " + descriptor);
    }
    List<String> parameters = new ArrayList<>(List.of("JNIEnv*", "jobject"));
    int position = 1;
    while (position < close) {
      int end = typeEnd(descriptor, position);
      parameters.add(cppType(descriptor.substring(position, end)));
      position = end;
    }
    String result = cppType(descriptor.substring(close + 1));
    return result + " (JNICALL*)(" + String.join(", ", parameters) + ")";
  }

  private static int typeEnd(String descriptor, int start) {
    int position = start;
    while (descriptor.charAt(position) == '[') {
      position++;
    }
    return descriptor.charAt(position) == 'L' ? descriptor.indexOf(';', position) + 1 : position + 1;
  }

  private static String cppType(String type) {
    return switch (type) {
      case "V" -> "void";
      case "Z" -> "jboolean";
      case "B" -> "jbyte";
      case "C" -> "jchar";
      case "S" -> "jshort";
      case "I" -> "jint";
      case "J" -> "jlong";
      case "F" -> "jfloat";
      case "D" -> "jdouble";
      case "Ljava/lang/String;" -> "jstring";
      case "[B" -> "jbyteArray";
      default -> type.startsWith("[") ? "jarray" : "jobject";
    };
  }
}
