/*
 * TEST DOUBLE of the Windows SDK <httptrace.h> -- not Microsoft's header.
 *
 * The trace types that IHttpTraceContext and IGlobalTraceEventProvider use, exactly as
 * ../shared/reference/iis-native-api.md (section 10) lists them.
 */
#ifndef JIIS_TESTKIT_HTTPTRACE_H
#define JIIS_TESTKIT_HTTPTRACE_H

#ifndef __cplusplus
#error "httptrace.h is written for C++ (httpserv.h forward-declares these structs)"
#endif

#include <windows.h>

#define HTTP_TRACE_EVENT_FLAG_STATIC_DESCRIPTIVE_FIELDS 0x01
#define HTTP_TRACE_LEVEL_START  6
#define HTTP_TRACE_LEVEL_END    7

enum HTTP_TRACE_TYPE
{
    HTTP_TRACE_TYPE_BYTE = 17,
    HTTP_TRACE_TYPE_USHORT = 18,
    HTTP_TRACE_TYPE_ULONG = 19,
    HTTP_TRACE_TYPE_ULONGLONG = 21,
    HTTP_TRACE_TYPE_CHAR = 16,
    HTTP_TRACE_TYPE_SHORT = 2,
    HTTP_TRACE_TYPE_LONG = 3,
    HTTP_TRACE_TYPE_LONGLONG = 20,
    HTTP_TRACE_TYPE_LPCWSTR = 31,
    HTTP_TRACE_TYPE_LPCSTR = 30,
    HTTP_TRACE_TYPE_LPCGUID = 72,
    HTTP_TRACE_TYPE_BOOL = 11
};

struct HTTP_TRACE_CONFIGURATION
{
    LPCGUID pProviderGuid;
    DWORD dwAreas;
    DWORD dwVerbosity;
    BOOL fProviderEnabled;
};

struct HTTP_TRACE_EVENT_ITEM
{
    LPCWSTR pszName;
    HTTP_TRACE_TYPE dwDataType;
    PBYTE pbData;
    DWORD cbData;
    LPCWSTR pszDataDescription;
};

struct HTTP_TRACE_EVENT
{
    LPCGUID pProviderGuid;
    DWORD dwArea;
    LPCGUID pAreaGuid;
    DWORD dwEvent;
    LPCWSTR pszEventName;
    DWORD dwEventVersion;
    DWORD dwVerbosity;
    LPCGUID pActivityGuid;
    LPCGUID pRelatedActivityGuid;
    DWORD dwTimeStamp;
    DWORD dwFlags;
    DWORD cEventItems;
    HTTP_TRACE_EVENT_ITEM* pEventItems;
};

#endif /* JIIS_TESTKIT_HTTPTRACE_H */
