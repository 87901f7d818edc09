// The one place the host includes the IIS headers (the testkit's test doubles on Linux).
#ifndef JIIS_HOST_IIS_API_H
#define JIIS_HOST_IIS_API_H

#include <windows.h>
#include <httpserv.h>
#include <httpcach.h>
#include <httptrace.h>

// Windows error codes the host answers with that the Linux winshim does not define
// (values from <winerror.h>).
#ifndef E_NOTIMPL
#define E_NOTIMPL ((HRESULT)0x80004001)
#endif
#ifndef ERROR_ALREADY_EXISTS
#define ERROR_ALREADY_EXISTS 183
#endif

#endif
