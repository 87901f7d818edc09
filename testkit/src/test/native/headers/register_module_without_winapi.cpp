/*
 * RegisterModule defined without WINAPI. On x86 that makes it cdecl, not the stdcall that
 * PFN_REGISTERMODULE requires, so IisHeaderCompileTest expects this file to FAIL to compile for
 * i686 and to compile for x86_64 (one calling convention): proof that the typedef carries WINAPI
 * and that the same assertion in sample_global_module.cpp can catch a missing one.
 */
#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httptrace.h>
#include <httpserv.h>
#include <httpcach.h>

#include "reference_assertions.h"

extern "C" HRESULT RegisterModule(DWORD, IHttpModuleRegistrationInfo*, IHttpServer*)
{
    return S_OK;
}

static_assert(SameType<decltype(&RegisterModule), PFN_REGISTERMODULE>::value,
              "RegisterModule must have the exact PFN_REGISTERMODULE type");
