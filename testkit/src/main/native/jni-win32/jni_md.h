/*
 * Test double of the Windows JDK's include/win32/jni_md.h, for compiling Windows builds
 * (mingw-w64, clang --target=*-windows-gnu) on Linux, where the installed JDK only ships
 * include/linux/jni_md.h. Use it with the Linux JDK's include/jni.h, both as system headers:
 *
 *   -isystem <this folder> -isystem $JAVA_HOME/include
 *
 * jni.h includes "jni_md.h"; the Linux JDK keeps its own copy in include/linux, which is not
 * on that path, so this one is found. The definitions match the Windows JDK's: on x86, JNICALL
 * is __stdcall, which is what lets the clang -mrtd (/Gz) check verify every JNI callback.
 */
#ifndef _JAVASOFT_JNI_MD_H_
#define _JAVASOFT_JNI_MD_H_

#ifndef _WIN32
#error "jni-win32/jni_md.h is for Windows targets only; use the JDK's include/linux on Linux"
#endif

#define JNIEXPORT __declspec(dllexport)
#define JNIIMPORT __declspec(dllimport)
#define JNICALL __stdcall

/* long is 32 bits on Windows (LLP64), which is what the Windows JDK declares jint as. */
typedef long jint;
typedef __int64 jlong;
typedef signed char jbyte;

#endif /* !_JAVASOFT_JNI_MD_H_ */
