/**
 * Building and installing generated modules for tests on Linux: {@link
 * org.jiis.testkit.nativebuild.ModuleBuild} (and its command line {@link
 * org.jiis.testkit.nativebuild.BuildModules}) compiles a module the processor generated with
 * CMake and g++; {@link org.jiis.testkit.nativebuild.ModuleSettings} writes the settings file a
 * test run needs; {@link org.jiis.testkit.nativebuild.NativeTools} runs native tools from tests.
 */
package org.jiis.testkit.nativebuild;
