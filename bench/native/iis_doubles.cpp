#include "iis_doubles.h"

HRESULT BenchRegistration::SetGlobalNotifications(CGlobalModule* module, DWORD notifications) {
  if (module == NULL) return E_INVALIDARG;
  if (module_ != NULL) return HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
  module_ = module;
  notifications_ = notifications;
  return S_OK;
}

HRESULT BenchServer::GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo** info,
                                 IHttpTraceContext*) {
  if (info != NULL) *info = NULL;
  return E_NOTIMPL;
}

HRESULT BenchServer::DoCacheOperation(CACHE_OPERATION, IHttpCacheKey*, IHttpCacheSpecificData** data,
                                      IHttpTraceContext*) {
  if (data != NULL) *data = NULL;
  return E_NOTIMPL;
}

HRESULT BenchServer::ReadFragmentFromCache(PCWSTR, BYTE*, DWORD, DWORD* copied) {
  if (copied != NULL) *copied = 0;
  return E_NOTIMPL;
}

HRESULT BenchServer::GetWorkerProcessSettings(IWpfSettings** settings) {
  if (settings != NULL) *settings = NULL;
  return E_NOTIMPL;
}

HRESULT BenchServer::GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID* custom) {
  if (custom != NULL) *custom = NULL;
  return E_NOTIMPL;
}

BOOL BenchServer::SatisfiesPrecondition(PCWSTR, BOOL* unknown) const {
  if (unknown != NULL) *unknown = TRUE;
  return FALSE;
}

HRESULT BenchServer::RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor** monitor) {
  if (monitor != NULL) *monitor = NULL;
  return E_NOTIMPL;
}

HRESULT BenchServer::GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION, PVOID* extended) {
  if (extended != NULL) *extended = NULL;
  return E_NOTIMPL;
}

/* S-1-5-21-1000-2000-3000-1001: revision 1, 5 sub-authorities, authority 5 (big-endian, 6 bytes),
 * then the sub-authorities little-endian. */
static void write_sid(BYTE* sid) {
  static const DWORD subs[5] = {21, 1000, 2000, 3000, 1001};
  sid[0] = SID_REVISION;
  sid[1] = 5;
  for (int i = 0; i < 5; i++) sid[2 + i] = 0;
  sid[7] = 5;
  for (int i = 0; i < 5; i++) {
    for (int b = 0; b < 4; b++) sid[8 + 4 * i + b] = static_cast<BYTE>(subs[i] >> (8 * b));
  }
}

BenchTokenEntry::BenchTokenEntry(IHttpCacheKey* key) : key_(key) {
  write_sid(sid_);
}

VOID BenchTokenEntry::ReferenceCacheData(VOID) {
  __atomic_add_fetch(&references_, 1, __ATOMIC_RELAXED);
}

VOID BenchTokenEntry::DereferenceCacheData(VOID) {
  __atomic_sub_fetch(&references_, 1, __ATOMIC_RELAXED);
}

VOID BenchTokenEntry::DecrementTTL(BOOL* expired) {
  if (expired != NULL) *expired = TRUE;
}

long BenchTokenEntry::references() const {
  return __atomic_load_n(&references_, __ATOMIC_RELAXED);
}
