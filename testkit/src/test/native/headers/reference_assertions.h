/*
 * Compile-time checks, for every compiler, that the test-double headers give what
 * ../shared/reference/iis-native-api.md says: the constant and enumerator values (sections 4 and
 * 10), the typedefs (sections 3 and 4.4), the GetUserName renaming (section 2) and IIDs readable
 * with __uuidof. Included after the IIS headers by the sources in this directory.
 */
#ifndef JIIS_TESTKIT_REFERENCE_ASSERTIONS_H
#define JIIS_TESTKIT_REFERENCE_ASSERTIONS_H

template <typename A, typename B> struct SameType
{
    static const bool value = false;
};
template <typename A> struct SameType<A, A>
{
    static const bool value = true;
};

template <typename Char> constexpr bool TextEquals(const Char* a, const Char* b)
{
    while (*a != 0 && *a == *b)
    {
        ++a;
        ++b;
    }
    return *a == *b;
}

constexpr unsigned HexDigit(char c)
{
    return c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
}

constexpr unsigned long long HexValue(const char* text, int digits)
{
    unsigned long long value = 0;
    for (int i = 0; i < digits; ++i)
    {
        value = value * 16 + HexDigit(text[i]);
    }
    return value;
}

/* text is "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}", as the reference writes IIDs. */
constexpr bool GuidIs(const GUID& guid, const char* text)
{
    bool same = guid.Data1 == HexValue(text + 1, 8) && guid.Data2 == HexValue(text + 10, 4) &&
                guid.Data3 == HexValue(text + 15, 4);
    const int data4Offsets[8] = {20, 22, 25, 27, 29, 31, 33, 35};
    for (int i = 0; i < 8; ++i)
    {
        same = same && guid.Data4[i] == HexValue(text + data4Offsets[i], 2);
    }
    return same;
}

/* Section 4.1 */
static_assert(GL_STOP_LISTENING == 0x00000002);
static_assert(GL_CACHE_CLEANUP == 0x00000004);
static_assert(GL_CACHE_OPERATION == 0x00000010);
static_assert(GL_HEALTH_CHECK == 0x00000020);
static_assert(GL_CONFIGURATION_CHANGE == 0x00000040);
static_assert(GL_FILE_CHANGE == 0x00000080);
static_assert(GL_PRE_BEGIN_REQUEST == 0x00000100);
static_assert(GL_APPLICATION_START == 0x00000200);
static_assert(GL_APPLICATION_RESOLVE_MODULES == 0x00000400);
static_assert(GL_APPLICATION_STOP == 0x00000800);
static_assert(GL_RSCA_QUERY == 0x00001000);
static_assert(GL_TRACE_EVENT == 0x00002000);
static_assert(GL_CUSTOM_NOTIFICATION == 0x00004000);
static_assert(GL_THREAD_CLEANUP == 0x00008000);
static_assert(GL_APPLICATION_PRELOAD == 0x00010000);
static_assert(GL_SUSPEND_PROCESS == 0x00020000);

/* Section 4.2 */
static_assert(RQ_BEGIN_REQUEST == 0x00000001);
static_assert(RQ_AUTHENTICATE_REQUEST == 0x00000002);
static_assert(RQ_AUTHORIZE_REQUEST == 0x00000004);
static_assert(RQ_RESOLVE_REQUEST_CACHE == 0x00000008);
static_assert(RQ_MAP_REQUEST_HANDLER == 0x00000010);
static_assert(RQ_ACQUIRE_REQUEST_STATE == 0x00000020);
static_assert(RQ_PRE_EXECUTE_REQUEST_HANDLER == 0x00000040);
static_assert(RQ_EXECUTE_REQUEST_HANDLER == 0x00000080);
static_assert(RQ_RELEASE_REQUEST_STATE == 0x00000100);
static_assert(RQ_UPDATE_REQUEST_CACHE == 0x00000200);
static_assert(RQ_LOG_REQUEST == 0x00000400);
static_assert(RQ_END_REQUEST == 0x00000800);
static_assert(RQ_SEND_RESPONSE_STATUS_AND_HEADERS == 0x08000000);
static_assert(RQ_CUSTOM_NOTIFICATION == 0x10000000);
static_assert(RQ_SEND_RESPONSE == 0x20000000);
static_assert(RQ_READ_ENTITY == 0x40000000);
static_assert(RQ_MAP_PATH == 0x80000000);

/* Section 4.3 */
static_assert(GL_NOTIFICATION_CONTINUE == 0);
static_assert(GL_NOTIFICATION_HANDLED == 1);
static_assert(RQ_NOTIFICATION_CONTINUE == 0);
static_assert(RQ_NOTIFICATION_PENDING == 1);
static_assert(RQ_NOTIFICATION_FINISH_REQUEST == 2);
static_assert(CACHE_OPERATION_RETRIEVE == 0);
static_assert(CACHE_OPERATION_ADD == 1);
static_assert(CACHE_OPERATION_DELETE == 2);
static_assert(CACHE_OPERATION_FLUSH_PREFIX == 3);
static_assert(CACHE_OPERATION_ENUM == 4);
static_assert(HTTP_SERVER_INTERFACE_V2 == 0);
static_assert(HTTP_SERVER_INTERFACE_V3 == 1);

/* Section 4.4 */
static_assert(TextEquals(PRIORITY_ALIAS_FIRST, L"FIRST"));
static_assert(TextEquals(PRIORITY_ALIAS_HIGH, L"HIGH"));
static_assert(TextEquals(PRIORITY_ALIAS_MEDIUM, L"MEDIUM"));
static_assert(TextEquals(PRIORITY_ALIAS_LOW, L"LOW"));
static_assert(TextEquals(PRIORITY_ALIAS_LAST, L"LAST"));
static_assert(TextEquals(URI_CACHE_NAME, L"URI"));
static_assert(TextEquals(FILE_CACHE_NAME, L"FILE"));
static_assert(TextEquals(TOKEN_CACHE_NAME, L"TOKEN"));
static_assert(TextEquals(MODULE_REGISTERMODULE, "RegisterModule"));
static_assert(TextEquals(HTTP_USER_VARIABLE_SID, "SID"));
static_assert(TextEquals(HTTP_USER_VARIABLE_CTXT_HANDLE, "CtxtHandle"));
static_assert(TextEquals(HTTP_USER_VARIABLE_CRED_HANDLE, "CredHandle"));
static_assert(CLONE_FLAG_BASICS == 0x01);
static_assert(CLONE_FLAG_HEADERS == 0x02);
static_assert(CLONE_FLAG_ENTITY == 0x04);
static_assert(CLONE_FLAG_NO_PRECONDITION == 0x08);
static_assert(CLONE_FLAG_NO_DAV == 0x10);
static_assert(CLONE_FLAG_USER_CACHE_VARY_BY == 0x20);
static_assert(CLONE_FLAG_SERVER_VARIABLE == 0x40);
static_assert(EXECUTE_FLAG_NO_HEADERS == 0x01);
static_assert(EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR == 0x02);
static_assert(EXECUTE_FLAG_IGNORE_APPPOOL == 0x04);
static_assert(EXECUTE_FLAG_DISABLE_CUSTOM_ERROR == 0x08);
static_assert(EXECUTE_FLAG_SAME_URL == 0x10);
static_assert(EXECUTE_FLAG_BUFFER_RESPONSE == 0x20);
static_assert(EXECUTE_FLAG_HTTP_CACHE_ELIGIBLE == 0x40);
static_assert(SameType<HTTP_MODULE_ID, VOID*>::value);
static_assert(SameType<IHttpApplicationStartProvider, IHttpApplicationProvider>::value);
static_assert(SameType<IHttpApplicationStopProvider, IHttpApplicationProvider>::value);
typedef REQUEST_NOTIFICATION_STATUS (WINAPI *ExpectedAsyncCompletion)(
    IHttpContext3*, IHttpCompletionInfo2*, VOID*);
static_assert(SameType<PFN_ASYNC_COMPLETION, ExpectedAsyncCompletion>::value);

/* Section 2: <windows.h> renames IHttpTokenKey::GetUserName, as it does with the real headers. */
typedef PCWSTR (IHttpTokenKey::*ExpectedGetUserName)(VOID) const;
#ifdef UNICODE
static_assert(SameType<decltype(&IHttpTokenKey::GetUserNameW), ExpectedGetUserName>::value);
#else
static_assert(SameType<decltype(&IHttpTokenKey::GetUserNameA), ExpectedGetUserName>::value);
#endif

/* Section 3 */
typedef HRESULT (WINAPI *ExpectedRegisterModule)(DWORD, IHttpModuleRegistrationInfo*, IHttpServer*);
static_assert(SameType<PFN_REGISTERMODULE, ExpectedRegisterModule>::value);

/* Section 10 */
static_assert(HTTP_TRACE_TYPE_BYTE == 17);
static_assert(HTTP_TRACE_TYPE_USHORT == 18);
static_assert(HTTP_TRACE_TYPE_ULONG == 19);
static_assert(HTTP_TRACE_TYPE_ULONGLONG == 21);
static_assert(HTTP_TRACE_TYPE_CHAR == 16);
static_assert(HTTP_TRACE_TYPE_SHORT == 2);
static_assert(HTTP_TRACE_TYPE_LONG == 3);
static_assert(HTTP_TRACE_TYPE_LONGLONG == 20);
static_assert(HTTP_TRACE_TYPE_LPCWSTR == 31);
static_assert(HTTP_TRACE_TYPE_LPCSTR == 30);
static_assert(HTTP_TRACE_TYPE_LPCGUID == 72);
static_assert(HTTP_TRACE_TYPE_BOOL == 11);
static_assert(HTTP_TRACE_EVENT_FLAG_STATIC_DESCRIPTIVE_FIELDS == 0x01);
static_assert(HTTP_TRACE_LEVEL_START == 6);
static_assert(HTTP_TRACE_LEVEL_END == 7);

/* IIDs through __uuidof, as HttpGetExtendedInterface uses them (sections 2, 7, 8, 8.1, 9, 11). */
static_assert(GuidIs(__uuidof(IHttpServer2), "{34AF637E-AFE8-4556-BCC1-767F8E0B4A4E}"));
static_assert(GuidIs(__uuidof(IHttpTokenEntry), "{FD86E6DE-FB0E-47DD-820A-E0DA12BE46E9}"));
static_assert(GuidIs(__uuidof(IHttpTokenKey), "{1D3DC8CB-FC52-42BC-97E1-1BF02136E8BA}"));
static_assert(GuidIs(__uuidof(IHttpApplication2), "{311A3B7A-B673-4A1C-8349-2E98A23CADCB}"));
static_assert(GuidIs(__uuidof(IHttpContext), "{424C1B8C-A1BA-44D7-AC98-9F8F457701A5}"));
static_assert(GuidIs(__uuidof(IHttpApplication2*), "{311A3B7A-B673-4A1C-8349-2E98A23CADCB}"));

#endif /* JIIS_TESTKIT_REFERENCE_ASSERTIONS_H */
