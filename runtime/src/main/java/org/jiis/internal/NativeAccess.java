package org.jiis.internal;

/**
 * Every native operation the views perform on IIS objects, by raw pointer. Implemented per module
 * by the generated {@code <Name>Natives} class, whose methods are {@code native} and bound with
 * {@code RegisterNatives}; so the signatures use only JNI-friendly types (primitives,
 * {@link String}, {@code byte[]}).
 *
 * <p>Naming is mechanical so that the C++ side maps 1:1 onto the reference
 * ({@code iis-native-api.md} §7, §8, §8.1, §9): an IIS call is named after its interface without
 * the leading {@code I}, in lower camel case, followed by the IIS method name, for example
 * {@code httpTokenEntryGetSid} calls {@code IHttpTokenEntry::GetSid}. The only other methods are
 * {@link #log}, the two kind discriminators {@link #httpCacheKeyKind} and
 * {@link #httpCacheSpecificDataKind}, which the native side computes, and
 * {@link #storeSuspendProcessCallback}, which hands IIS jiis's own suspend-process callback.
 *
 * <p>Pointers are the IIS interface pointers as {@code jlong}; {@code 0} is {@code NULL}. A
 * provider pointer is the pointer IIS passed to the {@code CGlobalModule} method; with single
 * inheritance it is also the pointer of its base interfaces ({@code IHttpEventProvider},
 * {@code IHttpApplicationProvider}). Java calls these methods only with non-null pointers of the
 * named interface, and only while the object is alive (during its callback, while referenced with
 * {@code ReferenceCacheData}, or, for the {@code IHttpServer}, while the module runs).
 * Wide strings ({@code PCWSTR}) and narrow strings ({@code PCSTR}, ASCII) both arrive as
 * {@link String}, {@code null} for a {@code NULL} pointer; a {@link String} argument passed as
 * {@code PCWSTR} must not be {@code null}. A {@code DWORD} or {@code HRESULT} travels as the
 * {@code int} with the same bits, a {@code BOOL} as {@code boolean}. A {@code HANDLE} arrives as
 * its value sign-extended to {@code long}, so {@code INVALID_HANDLE_VALUE} is {@code -1} on both
 * pointer widths.
 */
public interface NativeAccess {

  /** Log level: error. */
  int LOG_ERROR = 0;
  /** Log level: warning. */
  int LOG_WARNING = 1;
  /** Log level: information. */
  int LOG_INFO = 2;
  /** Log level: debug. */
  int LOG_DEBUG = 3;

  /** {@link #httpCacheKeyKind}: a key of another cache than the three below. */
  int KEY_OTHER = 0;
  /** {@link #httpCacheKeyKind}: an {@code IHttpTokenKey} ({@code TOKEN_CACHE_NAME}). */
  int KEY_TOKEN = 1;
  /** {@link #httpCacheKeyKind}: an {@code IFileKey} ({@code FILE_CACHE_NAME}). */
  int KEY_FILE = 2;
  /** {@link #httpCacheKeyKind}: an {@code IUriKey} ({@code URI_CACHE_NAME}). */
  int KEY_URI = 3;

  /** {@link #httpCacheSpecificDataKind}: a record that is neither of the two below. */
  int RECORD_OTHER = 0;
  /** {@link #httpCacheSpecificDataKind}: an {@code IHttpTokenEntry}. */
  int RECORD_TOKEN_ENTRY = 1;
  /** {@link #httpCacheSpecificDataKind}: an {@code IHttpFileInfo}. */
  int RECORD_FILE_INFO = 2;

  /**
   * Writes one entry to the module's log: the Windows Event Log under IIS (event source = module
   * name). May be called from any Java thread.
   *
   * @param level {@link #LOG_ERROR}, {@link #LOG_WARNING}, {@link #LOG_INFO} or {@link #LOG_DEBUG}
   * @param message the entry's text; may span several lines
   */
  void log(int level, String message);

  // ICacheProvider (§8)

  /** {@code ICacheProvider::GetCacheOperation}: a {@code CACHE_OPERATION} value. */
  int cacheProviderGetCacheOperation(long provider);

  /** {@code ICacheProvider::GetCacheKey}: an {@code IHttpCacheKey*}, or 0. */
  long cacheProviderGetCacheKey(long provider);

  /** {@code ICacheProvider::GetCacheRecord}: an {@code IHttpCacheSpecificData*}, or 0. */
  long cacheProviderGetCacheRecord(long provider);

  // IHttpCacheKey (§8)

  /**
   * Which interface the key is, computed natively by comparing {@code IHttpCacheKey::GetCacheName}
   * with {@code TOKEN_CACHE_NAME}, {@code FILE_CACHE_NAME} and {@code URI_CACHE_NAME} (§8), so no
   * string crosses to Java unless the user asks for the name.
   *
   * @return {@link #KEY_TOKEN}, {@link #KEY_FILE}, {@link #KEY_URI} or {@link #KEY_OTHER}
   */
  int httpCacheKeyKind(long key);

  /** {@code IHttpCacheKey::GetHash}: a {@code DWORD}. */
  int httpCacheKeyGetHash(long key);

  /** {@code IHttpCacheKey::GetCacheName}. */
  String httpCacheKeyGetCacheName(long key);

  // IHttpTokenKey (§8.1)

  /** {@code IHttpTokenKey::GetUserName}. */
  String httpTokenKeyGetUserName(long tokenKey);

  /** {@code IHttpTokenKey::GetLogonMethod}: a {@code LOGON32_LOGON_*} value. */
  int httpTokenKeyGetLogonMethod(long tokenKey);

  // IFileKey (§8.1)

  /** {@code IFileKey::GetPath}. */
  String fileKeyGetPath(long fileKey);

  // IUriKey (§8.1)

  /** {@code IUriKey::GetUrl}. */
  String uriKeyGetUrl(long uriKey);

  /** {@code IUriKey::GetSiteName}. */
  String uriKeyGetSiteName(long uriKey);

  /** {@code IUriKey::GetSiteId}: a {@code DWORD}. */
  int uriKeyGetSiteId(long uriKey);

  /** {@code IUriKey::GetConfigPath}. */
  String uriKeyGetConfigPath(long uriKey);

  // IHttpCacheSpecificData (§8)

  /**
   * Which interface the record is, computed natively from the name of its key's cache the way §8
   * describes ({@code TOKEN_CACHE_NAME}: {@code IHttpTokenEntry}; {@code FILE_CACHE_NAME}:
   * {@code IHttpFileInfo}); a record without a key is {@link #RECORD_OTHER}.
   *
   * @return {@link #RECORD_TOKEN_ENTRY}, {@link #RECORD_FILE_INFO} or {@link #RECORD_OTHER}
   */
  int httpCacheSpecificDataKind(long record);

  /** {@code IHttpCacheSpecificData::GetCacheKey}: an {@code IHttpCacheKey*}, or 0. */
  long httpCacheSpecificDataGetCacheKey(long record);

  /** {@code IHttpCacheSpecificData::ReferenceCacheData}. */
  void httpCacheSpecificDataReferenceCacheData(long record);

  /** {@code IHttpCacheSpecificData::DereferenceCacheData}. */
  void httpCacheSpecificDataDereferenceCacheData(long record);

  /** {@code IHttpCacheSpecificData::ResetTTL}. */
  void httpCacheSpecificDataResetTTL(long record);

  /** {@code IHttpCacheSpecificData::DecrementTTL}: returns what it stores in {@code *pfTTLExpired}. */
  boolean httpCacheSpecificDataDecrementTTL(long record);

  /** {@code IHttpCacheSpecificData::SetFlushed}. */
  void httpCacheSpecificDataSetFlushed(long record);

  /** {@code IHttpCacheSpecificData::GetFlushed}. */
  boolean httpCacheSpecificDataGetFlushed(long record);

  // IHttpTokenEntry (§8)

  /** {@code IHttpTokenEntry::GetImpersonationToken}: the raw {@code HANDLE} value. */
  long httpTokenEntryGetImpersonationToken(long tokenEntry);

  /** {@code IHttpTokenEntry::GetPrimaryToken}: the raw {@code HANDLE} value. */
  long httpTokenEntryGetPrimaryToken(long tokenEntry);

  /**
   * {@code IHttpTokenEntry::GetSid}: the {@code GetLengthSid} bytes at the returned {@code PSID},
   * or {@code null} when it is {@code NULL}.
   */
  byte[] httpTokenEntryGetSid(long tokenEntry);

  // IHttpFileInfo (§8)

  /** {@code IHttpFileInfo::GetAttributes}: the {@code FILE_ATTRIBUTE_*} flags. */
  int httpFileInfoGetAttributes(long fileInfo);

  /** {@code IHttpFileInfo::GetSize}: the {@code ULARGE_INTEGER} it fills in. */
  long httpFileInfoGetSize(long fileInfo);

  /** {@code IHttpFileInfo::GetFilePath}. */
  String httpFileInfoGetFilePath(long fileInfo);

  /** {@code IHttpFileInfo::GetETag}, called with {@code pcchETag = NULL}. */
  String httpFileInfoGetETag(long fileInfo);

  /**
   * {@code IHttpFileInfo::GetLastModifiedTime}: the {@code FILETIME} it fills in, as one 64-bit
   * count of 100-nanosecond intervals since 1601-01-01 UTC ({@code dwHighDateTime} high).
   */
  long httpFileInfoGetLastModifiedTime(long fileInfo);

  /** {@code IHttpFileInfo::GetLastModifiedString}. */
  String httpFileInfoGetLastModifiedString(long fileInfo);

  /**
   * {@code IHttpFileInfo::GetHttpCacheAllowed}: the {@code DWORD} seconds to live it stores,
   * zero-extended, when it returns {@code TRUE}; {@code -1} when it returns {@code FALSE}.
   */
  long httpFileInfoGetHttpCacheAllowed(long fileInfo);

  /** {@code IHttpFileInfo::GetVrPath}. */
  String httpFileInfoGetVrPath(long fileInfo);

  /** {@code IHttpFileInfo::GetVrToken}: the raw {@code HANDLE} value. */
  long httpFileInfoGetVrToken(long fileInfo);

  // IHttpEventProvider (§8, the base of every provider in §9)

  /** {@code IHttpEventProvider::SetErrorStatus}. */
  void httpEventProviderSetErrorStatus(long provider, int hresult);

  // IHttpServer (§7)

  /** {@code IHttpServer::IsCommandLineLaunch}. */
  boolean httpServerIsCommandLineLaunch(long server);

  /** {@code IHttpServer::GetAppPoolName}. */
  String httpServerGetAppPoolName(long server);

  /** {@code IHttpServer::ReportUnhealthy}. */
  void httpServerReportUnhealthy(long server, String reason, int hresult);

  /** {@code IHttpServer::RecycleProcess}. */
  void httpServerRecycleProcess(long server, String reason);

  // IGlobalStopListeningProvider (§9)

  /** {@code IGlobalStopListeningProvider::DrainRequestsGracefully}. */
  boolean globalStopListeningProviderDrainRequestsGracefully(long provider);

  // IGlobalConfigurationChangeProvider (§9)

  /** {@code IGlobalConfigurationChangeProvider::GetChangePath}. */
  String globalConfigurationChangeProviderGetChangePath(long provider);

  // IGlobalFileChangeProvider (§9)

  /** {@code IGlobalFileChangeProvider::GetFileName}. */
  String globalFileChangeProviderGetFileName(long provider);

  // IHttpApplicationProvider (§9; also the base of IHttpApplicationResolveModulesProvider)

  /** {@code IHttpApplicationProvider::GetApplication}: an {@code IHttpApplication*}, or 0. */
  long httpApplicationProviderGetApplication(long provider);

  // IHttpApplicationResolveModulesProvider (§9)

  /**
   * {@code IHttpApplicationResolveModulesProvider::SetPriorityForRequestNotification}: its
   * {@code HRESULT}.
   *
   * @param priorityAlias a {@code PRIORITY_ALIAS_*} value, for example {@code "FIRST"}
   */
  int httpApplicationResolveModulesProviderSetPriorityForRequestNotification(
      long provider, String moduleName, int requestNotification, String priorityAlias);

  // IHttpApplication (§9)

  /** {@code IHttpApplication::GetApplicationPhysicalPath}. */
  String httpApplicationGetApplicationPhysicalPath(long application);

  /** {@code IHttpApplication::GetApplicationId}. */
  String httpApplicationGetApplicationId(long application);

  /** {@code IHttpApplication::GetAppConfigPath}. */
  String httpApplicationGetAppConfigPath(long application);

  // IGlobalRSCAQueryProvider (§9)

  /** {@code IGlobalRSCAQueryProvider::GetFunctionName}. */
  String globalRSCAQueryProviderGetFunctionName(long provider);

  /** {@code IGlobalRSCAQueryProvider::GetFunctionParameters}. */
  String globalRSCAQueryProviderGetFunctionParameters(long provider);

  /**
   * {@code IGlobalRSCAQueryProvider::GetOutputBuffer} with {@code cbBuffer = output.length}, then
   * copies {@code output} into the buffer IIS returned. Returns the {@code HRESULT}, or
   * {@code E_POINTER} ({@code 0x80004003}) when IIS reports success but returns no buffer (then
   * nothing is copied).
   */
  int globalRSCAQueryProviderGetOutputBuffer(long provider, byte[] output);

  /** {@code IGlobalRSCAQueryProvider::SetResult}. */
  void globalRSCAQueryProviderSetResult(long provider, int byteCount, int hresult);

  // IGlobalTraceEventProvider (§9, §10)

  /**
   * {@code IGlobalTraceEventProvider::GetTraceEvent}: its {@code HRESULT} and, when that succeeds,
   * a copy of the {@code HTTP_TRACE_EVENT} it returned, encoded as {@link TraceEventEncoding}
   * describes.
   */
  byte[] globalTraceEventProviderGetTraceEvent(long provider);

  /** {@code IGlobalTraceEventProvider::CheckSubscription}. */
  boolean globalTraceEventProviderCheckSubscription(long provider, long moduleId);

  // ICustomNotificationProvider (§9)

  /** {@code ICustomNotificationProvider::QueryNotificationType}. */
  String customNotificationProviderQueryNotificationType(long provider);

  // IGlobalThreadCleanupProvider (§9)

  /** {@code IGlobalThreadCleanupProvider::GetApplication}: an {@code IHttpApplication*}, or 0. */
  long globalThreadCleanupProviderGetApplication(long provider);

  // OnSuspendProcess (§5)

  /**
   * Stores jiis's {@code IGlobalSuspendProcessCallback} into {@code *callbackSlot}, the
   * {@code IGlobalSuspendProcessCallback**} IIS passed to {@code OnSuspendProcess}. That callback
   * is one object per module library, never freed; its {@code Resume} calls
   * {@link NativeModule#resume()}.
   */
  void storeSuspendProcessCallback(long callbackSlot);
}
