package org.jiis.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Foreign-function upcall stubs for {@link NativeModule}'s event entry points: C function pointers
 * that native code calls like any function, entering the entry point with less work than a JNI
 * upcall (no argument marshalling through {@code JavaCallArguments}, no exception check across
 * the boundary).
 *
 * <p>The runtime is compiled for Java 17, and {@code java.lang.foreign} is final from Java 22 on,
 * so the API is reached reflectively, once per module at start; the stubs themselves involve no
 * reflection. A stub must never let an exception out (the JVM would end the worker process), so
 * each entry point is wrapped in a handler that catches any {@link Throwable} and returns
 * {@link NativeModule#UPCALL_ESCAPED}; native code then reports the throwable it left behind.
 */
final class ForeignUpcalls {

  /** The first Java release whose foreign function API is final. */
  static final int FIRST_RELEASE = 22;

  private static final String WITH_ARGUMENT = "(J)I";
  private static final String WITHOUT_ARGUMENT = "()I";

  private ForeignUpcalls() {}

  /**
   * The addresses of upcall stubs for {@code methods[i]} of {@code module} with descriptor {@code
   * descriptors[i]} ({@code "(J)I"} or {@code "()I"}), valid for the life of the process. A stub
   * whose method throws returns what {@code module}'s {@code int escaped(Throwable)} returns.
   *
   * @param lookup a lookup in {@code module}'s class, with private access
   * @throws UnsupportedOperationException saying why this JVM gives no stubs (the events then
   *     take JNI upcalls)
   */
  static long[] create(
      MethodHandles.Lookup lookup, Object module, String[] methods, String[] descriptors)
      throws ReflectiveOperationException {
    int release = Runtime.version().feature();
    if (release < FIRST_RELEASE) {
      throw new UnsupportedOperationException("this JVM is Java " + release
          + " and foreign-function upcalls need Java " + FIRST_RELEASE + " or later");
    }
    if (!nativeAccessEnabled()) {
      throw new UnsupportedOperationException("the JVM was started without"
          + " --enable-native-access=ALL-UNNAMED (jiis adds it when it starts the JVM itself)");
    }
    Foreign foreign = new Foreign();
    Class<?> moduleClass = lookup.lookupClass();
    MethodHandle escaped = lookup.findVirtual(
        moduleClass, "escaped", MethodType.methodType(int.class, Throwable.class)).bindTo(module);
    long[] stubs = new long[methods.length];
    for (int i = 0; i < methods.length; i++) {
      boolean withArgument = withArgument(methods[i], descriptors[i]);
      MethodType type = withArgument
          ? MethodType.methodType(int.class, long.class)
          : MethodType.methodType(int.class);
      MethodHandle entryPoint = lookup.findVirtual(moduleClass, methods[i], type).bindTo(module);
      MethodHandle contained = MethodHandles.catchException(entryPoint, Throwable.class,
          MethodHandles.dropArguments(escaped, 1, type.parameterList()));
      stubs[i] = foreign.upcallStub(contained, withArgument);
    }
    return stubs;
  }

  private static boolean withArgument(String method, String descriptor) {
    if (WITH_ARGUMENT.equals(descriptor)) {
      return true;
    }
    if (WITHOUT_ARGUMENT.equals(descriptor)) {
      return false;
    }
    throw new IllegalArgumentException("the entry point " + method + " has the descriptor "
        + descriptor + "; entry points are " + WITH_ARGUMENT + " or " + WITHOUT_ARGUMENT);
  }

  /** Whether this class's module may create stubs: a Java 22 method of {@link Module}. */
  private static boolean nativeAccessEnabled() throws ReflectiveOperationException {
    Module module = ForeignUpcalls.class.getModule();
    return (Boolean) invoke(Module.class.getMethod("isNativeAccessEnabled"), module);
  }

  private static Object invoke(Method method, Object target, Object... arguments)
      throws ReflectiveOperationException {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The parts of {@code java.lang.foreign} the stubs need, looked up once. */
  private static final class Foreign {
    private final Object linker;
    private final Method upcallStub;
    private final Method address;
    private final Object globalArena;
    private final Object noOptions;
    private final Object intToLong;
    private final Object intToNothing;

    Foreign() throws ReflectiveOperationException {
      Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
      Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
      Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
      Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
      Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
      Class<?> valueLayoutClass = Class.forName("java.lang.foreign.ValueLayout");
      Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
      // Throws UnsupportedOperationException on a platform the JVM has no linker for.
      linker = invoke(linkerClass.getMethod("nativeLinker"), null);
      upcallStub = linkerClass.getMethod(
          "upcallStub", MethodHandle.class, descriptorClass, arenaClass, optionClass.arrayType());
      address = segmentClass.getMethod("address");
      globalArena = invoke(arenaClass.getMethod("global"), null);
      noOptions = Array.newInstance(optionClass, 0);
      Object javaInt = valueLayoutClass.getField("JAVA_INT").get(null);
      Object javaLong = valueLayoutClass.getField("JAVA_LONG").get(null);
      Method of = descriptorClass.getMethod("of", layoutClass, layoutClass.arrayType());
      Object longs = Array.newInstance(layoutClass, 1);
      Array.set(longs, 0, javaLong);
      intToLong = invoke(of, null, javaInt, longs);
      intToNothing = invoke(of, null, javaInt, Array.newInstance(layoutClass, 0));
    }

    /** A stub in the global arena: the module library, and so its callers, stay loaded for good. */
    long upcallStub(MethodHandle target, boolean withArgument) throws ReflectiveOperationException {
      Object descriptor = withArgument ? intToLong : intToNothing;
      Object segment = invoke(upcallStub, linker, target, descriptor, globalArena, noOptions);
      return (Long) invoke(address, segment);
    }
  }
}
