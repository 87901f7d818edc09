package org.jiis.processor.generation.nativecode;

import java.util.List;

/**
 * The native methods of a module's generated {@code <Name>Natives} class: one per method of
 * {@code org.jiis.internal.NativeAccess} (a test keeps the two in step), each with its JNI
 * descriptor and the C++ function in {@code <Name>Jni.cpp} that implements it. Both the Java class
 * and the {@code RegisterNatives} table are generated from this list, so they cannot disagree.
 */
public enum NativeMethod {
  LOG("log", "(ILjava/lang/String;)V", "level", "message"),
  CACHE_PROVIDER_GET_CACHE_OPERATION("cacheProviderGetCacheOperation", "(J)I", "provider"),
  CACHE_PROVIDER_GET_CACHE_KEY("cacheProviderGetCacheKey", "(J)J", "provider"),
  CACHE_PROVIDER_GET_CACHE_RECORD("cacheProviderGetCacheRecord", "(J)J", "provider"),
  HTTP_CACHE_KEY_KIND("httpCacheKeyKind", "(J)I", "key"),
  HTTP_CACHE_KEY_GET_HASH("httpCacheKeyGetHash", "(J)I", "key"),
  HTTP_CACHE_KEY_GET_CACHE_NAME("httpCacheKeyGetCacheName", "(J)Ljava/lang/String;", "key"),
  HTTP_TOKEN_KEY_GET_USER_NAME("httpTokenKeyGetUserName", "(J)Ljava/lang/String;", "tokenKey"),
  HTTP_TOKEN_KEY_GET_LOGON_METHOD("httpTokenKeyGetLogonMethod", "(J)I", "tokenKey"),
  FILE_KEY_GET_PATH("fileKeyGetPath", "(J)Ljava/lang/String;", "fileKey"),
  URI_KEY_GET_URL("uriKeyGetUrl", "(J)Ljava/lang/String;", "uriKey"),
  URI_KEY_GET_SITE_NAME("uriKeyGetSiteName", "(J)Ljava/lang/String;", "uriKey"),
  URI_KEY_GET_SITE_ID("uriKeyGetSiteId", "(J)I", "uriKey"),
  URI_KEY_GET_CONFIG_PATH("uriKeyGetConfigPath", "(J)Ljava/lang/String;", "uriKey"),
  HTTP_CACHE_SPECIFIC_DATA_KIND("httpCacheSpecificDataKind", "(J)I", "record"),
  HTTP_CACHE_SPECIFIC_DATA_GET_CACHE_KEY("httpCacheSpecificDataGetCacheKey", "(J)J", "record"),
  HTTP_CACHE_SPECIFIC_DATA_REFERENCE_CACHE_DATA("httpCacheSpecificDataReferenceCacheData", "(J)V", "record"),
  HTTP_CACHE_SPECIFIC_DATA_DEREFERENCE_CACHE_DATA("httpCacheSpecificDataDereferenceCacheData", "(J)V", "record"),
  HTTP_CACHE_SPECIFIC_DATA_RESET_TTL("httpCacheSpecificDataResetTTL", "(J)V", "record"),
  HTTP_CACHE_SPECIFIC_DATA_DECREMENT_TTL("httpCacheSpecificDataDecrementTTL", "(J)Z", "record"),
  HTTP_CACHE_SPECIFIC_DATA_SET_FLUSHED("httpCacheSpecificDataSetFlushed", "(J)V", "record"),
  HTTP_CACHE_SPECIFIC_DATA_GET_FLUSHED("httpCacheSpecificDataGetFlushed", "(J)Z", "record"),
  HTTP_TOKEN_ENTRY_GET_IMPERSONATION_TOKEN("httpTokenEntryGetImpersonationToken", "(J)J", "tokenEntry"),
  HTTP_TOKEN_ENTRY_GET_PRIMARY_TOKEN("httpTokenEntryGetPrimaryToken", "(J)J", "tokenEntry"),
  HTTP_TOKEN_ENTRY_GET_SID("httpTokenEntryGetSid", "(J)[B", "tokenEntry"),
  HTTP_FILE_INFO_GET_ATTRIBUTES("httpFileInfoGetAttributes", "(J)I", "fileInfo"),
  HTTP_FILE_INFO_GET_SIZE("httpFileInfoGetSize", "(J)J", "fileInfo"),
  HTTP_FILE_INFO_GET_FILE_PATH("httpFileInfoGetFilePath", "(J)Ljava/lang/String;", "fileInfo"),
  HTTP_FILE_INFO_GET_E_TAG("httpFileInfoGetETag", "(J)Ljava/lang/String;", "fileInfo"),
  HTTP_FILE_INFO_GET_LAST_MODIFIED_TIME("httpFileInfoGetLastModifiedTime", "(J)J", "fileInfo"),
  HTTP_FILE_INFO_GET_LAST_MODIFIED_STRING("httpFileInfoGetLastModifiedString", "(J)Ljava/lang/String;", "fileInfo"),
  HTTP_FILE_INFO_GET_HTTP_CACHE_ALLOWED("httpFileInfoGetHttpCacheAllowed", "(J)J", "fileInfo"),
  HTTP_FILE_INFO_GET_VR_PATH("httpFileInfoGetVrPath", "(J)Ljava/lang/String;", "fileInfo"),
  HTTP_FILE_INFO_GET_VR_TOKEN("httpFileInfoGetVrToken", "(J)J", "fileInfo"),
  HTTP_EVENT_PROVIDER_SET_ERROR_STATUS("httpEventProviderSetErrorStatus", "(JI)V", "provider", "hresult"),
  HTTP_SERVER_IS_COMMAND_LINE_LAUNCH("httpServerIsCommandLineLaunch", "(J)Z", "server"),
  HTTP_SERVER_GET_APP_POOL_NAME("httpServerGetAppPoolName", "(J)Ljava/lang/String;", "server"),
  HTTP_SERVER_REPORT_UNHEALTHY(
      "httpServerReportUnhealthy", "(JLjava/lang/String;I)V", "server", "reason", "hresult"),
  HTTP_SERVER_RECYCLE_PROCESS("httpServerRecycleProcess", "(JLjava/lang/String;)V", "server", "reason"),
  GLOBAL_STOP_LISTENING_PROVIDER_DRAIN_REQUESTS_GRACEFULLY(
      "globalStopListeningProviderDrainRequestsGracefully", "(J)Z", "provider"),
  GLOBAL_CONFIGURATION_CHANGE_PROVIDER_GET_CHANGE_PATH(
      "globalConfigurationChangeProviderGetChangePath", "(J)Ljava/lang/String;", "provider"),
  GLOBAL_FILE_CHANGE_PROVIDER_GET_FILE_NAME(
      "globalFileChangeProviderGetFileName", "(J)Ljava/lang/String;", "provider"),
  HTTP_APPLICATION_PROVIDER_GET_APPLICATION("httpApplicationProviderGetApplication", "(J)J", "provider"),
  HTTP_APPLICATION_RESOLVE_MODULES_PROVIDER_SET_PRIORITY_FOR_REQUEST_NOTIFICATION(
      "httpApplicationResolveModulesProviderSetPriorityForRequestNotification",
      "(JLjava/lang/String;ILjava/lang/String;)I",
      "provider", "moduleName", "requestNotification", "priorityAlias"),
  HTTP_APPLICATION_GET_APPLICATION_PHYSICAL_PATH(
      "httpApplicationGetApplicationPhysicalPath", "(J)Ljava/lang/String;", "application"),
  HTTP_APPLICATION_GET_APPLICATION_ID("httpApplicationGetApplicationId", "(J)Ljava/lang/String;", "application"),
  HTTP_APPLICATION_GET_APP_CONFIG_PATH("httpApplicationGetAppConfigPath", "(J)Ljava/lang/String;", "application"),
  GLOBAL_RSCA_QUERY_PROVIDER_GET_FUNCTION_NAME(
      "globalRSCAQueryProviderGetFunctionName", "(J)Ljava/lang/String;", "provider"),
  GLOBAL_RSCA_QUERY_PROVIDER_GET_FUNCTION_PARAMETERS(
      "globalRSCAQueryProviderGetFunctionParameters", "(J)Ljava/lang/String;", "provider"),
  GLOBAL_RSCA_QUERY_PROVIDER_GET_OUTPUT_BUFFER(
      "globalRSCAQueryProviderGetOutputBuffer", "(J[B)I", "provider", "output"),
  GLOBAL_RSCA_QUERY_PROVIDER_SET_RESULT(
      "globalRSCAQueryProviderSetResult", "(JII)V", "provider", "byteCount", "hresult"),
  GLOBAL_TRACE_EVENT_PROVIDER_GET_TRACE_EVENT("globalTraceEventProviderGetTraceEvent", "(J)[B", "provider"),
  GLOBAL_TRACE_EVENT_PROVIDER_CHECK_SUBSCRIPTION(
      "globalTraceEventProviderCheckSubscription", "(JJ)Z", "provider", "moduleId"),
  CUSTOM_NOTIFICATION_PROVIDER_QUERY_NOTIFICATION_TYPE(
      "customNotificationProviderQueryNotificationType", "(J)Ljava/lang/String;", "provider"),
  GLOBAL_THREAD_CLEANUP_PROVIDER_GET_APPLICATION("globalThreadCleanupProviderGetApplication", "(J)J", "provider"),
  STORE_SUSPEND_PROCESS_CALLBACK("storeSuspendProcessCallback", "(J)V", "callbackSlot");

  private final String javaName;
  private final String descriptor;
  private final List<String> parameterNames;

  NativeMethod(String javaName, String descriptor, String... parameterNames) {
    this.javaName = javaName;
    this.descriptor = descriptor;
    this.parameterNames = List.of(parameterNames);
  }

  /** The Java method's name, as declared by {@code NativeAccess}. */
  public String javaName() {
    return javaName;
  }

  /** The JNI method descriptor, for example {@code (J)Ljava/lang/String;}. */
  public String descriptor() {
    return descriptor;
  }

  /** The names of the Java method's parameters, as {@code NativeAccess} declares them. */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * The C++ function bound to it: the runtime's ready-made {@code jiis_native_log} for
   * {@link #LOG}, else the stub in {@code <Name>Jni.cpp} named like the method in upper camel case.
   */
  public String cppFunction() {
    return this == LOG ? "jiis_native_log" : Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }
}
