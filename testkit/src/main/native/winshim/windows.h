/*
 * TEST DOUBLE -- not the Windows SDK.
 *
 * A minimal <windows.h> for compiling jiis native code with g++ on Linux only: the types, macros
 * and functions that the test-double IIS headers (testkit/src/main/native/iis), the jiis runtime
 * and generated modules use. mingw-w64 and MSVC builds must use their own <windows.h>.
 *
 * Sizes follow Windows (LLP64), not the Linux names: DWORD, ULONG, LONG and HRESULT are 32 bits
 * wide (on Windows they are `long`, here `int`), so print them with casts, not with %lu/%ld.
 * WCHAR is wchar_t, which is 32 bits wide on Linux.
 */
#ifndef JIIS_WINSHIM_WINDOWS_H
#define JIIS_WINSHIM_WINDOWS_H

#if defined(_WIN32)
#error "testkit winshim/windows.h is for Linux builds; Windows toolchains use their own windows.h"
#endif

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define WINAPI
#define VOID void

typedef int BOOL;
#define TRUE 1
#define FALSE 0

typedef char CHAR;
typedef unsigned char UCHAR;
typedef unsigned char BYTE;
typedef BYTE *PBYTE;
typedef short SHORT;
typedef unsigned short USHORT;
typedef unsigned short WORD;
typedef int32_t LONG;
typedef uint32_t ULONG;
typedef ULONG *PULONG;
typedef uint32_t DWORD;
typedef DWORD *PDWORD;
typedef DWORD *LPDWORD;
typedef int64_t LONGLONG;
typedef uint64_t ULONGLONG;
typedef intptr_t LONG_PTR;
typedef uintptr_t ULONG_PTR;

typedef void *PVOID;
typedef void *LPVOID;
typedef void *HANDLE;
#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

typedef wchar_t WCHAR;
typedef WCHAR *PWSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *PCWSTR;
typedef const WCHAR *LPCWSTR;
typedef CHAR *PSTR;
typedef CHAR *LPSTR;
typedef const CHAR *PCSTR;
typedef const CHAR *LPCSTR;

typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    };
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

typedef struct _GUID {
    uint32_t Data1;
    uint16_t Data2;
    uint16_t Data3;
    uint8_t Data4[8];
} GUID, IID;
typedef const GUID *LPCGUID;

/* Declared only: nothing on Linux fills or reads an OVERLAPPED. */
typedef struct _OVERLAPPED OVERLAPPED, *LPOVERLAPPED;
typedef VOID (WINAPI *LPOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwErrorCode,
                                                       DWORD dwNumberOfBytesTransfered,
                                                       LPOVERLAPPED lpOverlapped);

typedef LONG HRESULT;
#define S_OK ((HRESULT)0)
#define E_FAIL ((HRESULT)0x80004005)
#define E_OUTOFMEMORY ((HRESULT)0x8007000E)
#define E_INVALIDARG ((HRESULT)0x80070057)
#define E_NOTIMPL ((HRESULT)0x80004001)
#define E_UNEXPECTED ((HRESULT)0x8000FFFF)
#define ERROR_FILE_NOT_FOUND 2L
#define ERROR_ALREADY_EXISTS 183L
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#define FACILITY_WIN32 7

static inline HRESULT HRESULT_FROM_WIN32(unsigned long x)
{
    return (HRESULT)x <= 0 ? (HRESULT)x
                           : (HRESULT)((x & 0x0000FFFF) | (FACILITY_WIN32 << 16) | 0x80000000);
}

/* Without a debugger attached, Windows ends the process on a breakpoint; SIGTRAP does the same. */
static inline VOID DebugBreak(VOID)
{
    raise(SIGTRAP);
}

static inline VOID OutputDebugStringA(LPCSTR lpOutputString)
{
    fputs(lpOutputString, stderr);
}

/* %ls converts through the C locale, so stderr keeps its byte orientation. */
static inline VOID OutputDebugStringW(LPCWSTR lpOutputString)
{
    fprintf(stderr, "%ls", lpOutputString);
}

/* A SID (MS-DTYP 2.4.2.2): BYTE Revision, BYTE SubAuthorityCount, BYTE IdentifierAuthority[6],
 * then SubAuthorityCount DWORDs. */
typedef PVOID PSID;
#define SID_REVISION 1
#define SID_MAX_SUB_AUTHORITIES 15

static inline BOOL IsValidSid(PSID pSid)
{
    const BYTE *bytes = (const BYTE *)pSid;
    return bytes != NULL && bytes[0] == SID_REVISION && bytes[1] <= SID_MAX_SUB_AUTHORITIES;
}

static inline DWORD GetLengthSid(PSID pSid)
{
    return 8 + 4 * (DWORD)((const BYTE *)pSid)[1];
}

/* The <windows.h> A/W macros that collide with IIS method names (IHttpTokenKey::GetUserName): in
 * UNICODE builds the method is really named GetUserNameW, as with the real headers. */
#ifdef UNICODE
#define GetUserName GetUserNameW
#define OutputDebugString OutputDebugStringW
#else
#define GetUserName GetUserNameA
#define OutputDebugString OutputDebugStringA
#endif

/* __uuidof emulated the way mingw-w64 does it, under mingw's macro names: __CRT_UUID_DECL
 * attaches an IID to a type, __uuidof(type) reads it (a constant expression). */
#ifdef __cplusplus
extern "C++" {
template <typename T> struct jiis_winshim_uuid;
template <typename T> constexpr const GUID &jiis_winshim_uuidof()
{
    return jiis_winshim_uuid<T>::value;
}
}
#define __CRT_UUID_DECL(type, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)                    \
    extern "C++" {                                                                          \
    template <> struct jiis_winshim_uuid<type> {                                            \
        static constexpr GUID value = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}};        \
    };                                                                                      \
    template <> struct jiis_winshim_uuid<type *> : jiis_winshim_uuid<type> {};              \
    }
#define __uuidof(type) jiis_winshim_uuidof<__typeof(type)>()
#endif

#endif /* JIIS_WINSHIM_WINDOWS_H */
