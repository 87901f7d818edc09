package org.jiis.processor.nativebuild;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of the jiis checkout and of the JDK that the native builds of generated modules use. */
final class RepositoryPaths {

  /** The processor module: Maven runs its tests with {@code basedir} set to it. */
  static final Path PROCESSOR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  static final Path ROOT = PROCESSOR.getParent();
  private static final Path TESTKIT_NATIVE = ROOT.resolve("testkit/src/main/native");

  private RepositoryPaths() {}

  /** Where these tests write generated modules and build outputs. */
  static Path output() {
    return PROCESSOR.resolve("target/nativebuild");
  }

  /** The test-double {@code httpserv.h} and {@code httpcach.h}. */
  static Path iisHeaders() {
    return existing(TESTKIT_NATIVE.resolve("iis"), "httpserv.h");
  }

  /** The minimal {@code windows.h} and {@code sal.h} for Linux builds. */
  static Path winshim() {
    return existing(TESTKIT_NATIVE.resolve("winshim"), "windows.h");
  }

  /** A Windows {@code jni_md.h}, to compile the Linux JDK's {@code jni.h} for Windows targets. */
  static Path jniWindowsPlatform() {
    return existing(TESTKIT_NATIVE.resolve("jni-win32"), "jni_md.h");
  }

  /** The hand-written native runtime the processor copies into every module. */
  static Path runtimeNative() {
    return existing(ROOT.resolve("runtime/src/main/native"), "include/jiis/runtime.h");
  }

  /** The running JDK's {@code include} folder, with {@code jni.h}. */
  static Path jdkInclude() {
    return existing(Path.of(System.getProperty("java.home"), "include"), "jni.h");
  }

  /** The running JDK's Linux {@code jni_md.h} folder. */
  static Path jdkLinuxInclude() {
    return existing(jdkInclude().resolve("linux"), "jni_md.h");
  }

  private static Path existing(Path folder, String expectedFile) {
    if (!Files.isRegularFile(folder.resolve(expectedFile))) {
      fail(folder + " has no " + expectedFile + ": run the tests from the processor module of a"
          + " jiis checkout (basedir=" + PROCESSOR + ") on a JDK, not a JRE");
    }
    return folder;
  }
}
