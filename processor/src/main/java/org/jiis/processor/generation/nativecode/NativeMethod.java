package org.jiis.processor.generation.nativecode;

/**
 * The native methods of a module's generated {@code <Name>Natives} class: one per method of
 * {@code org.jiis.internal.NativeAccess} (a test keeps the two in step), each with its JNI
 * descriptor and the C++ function in {@code <Name>Jni.cpp} that implements it. Both the Java class
 * and the {@code RegisterNatives} table are generated from this list, so they cannot disagree.
 */
public enum NativeMethod {
  LOG("log", "(ILjava/lang/String;)V", "jiis_native_log"),
  CACHE_PROVIDER_GET_CACHE_OPERATION("cacheProviderGetCacheOperation", "(J)I"),
  CACHE_PROVIDER_GET_CACHE_KEY("cacheProviderGetCacheKey", "(J)J"),
  CACHE_PROVIDER_GET_CACHE_RECORD("cacheProviderGetCacheRecord", "(J)J"),
  HTTP_CACHE_KEY_KIND("httpCacheKeyKind", "(J)I"),
  HTTP_CACHE_KEY_GET_HASH("httpCacheKeyGetHash", "(J)I"),
  HTTP_CACHE_KEY_GET_CACHE_NAME("httpCacheKeyGetCacheName", "(J)Ljava/lang/String;"),
  HTTP_TOKEN_KEY_GET_USER_NAME("httpTokenKeyGetUserName", "(J)Ljava/lang/String;"),
  HTTP_TOKEN_KEY_GET_LOGON_METHOD("httpTokenKeyGetLogonMethod", "(J)I"),
  FILE_KEY_GET_PATH("fileKeyGetPath", "(J)Ljava/lang/String;"),
  URI_KEY_GET_URL("uriKeyGetUrl", "(J)Ljava/lang/String;"),
  URI_KEY_GET_SITE_NAME("uriKeyGetSiteName", "(J)Ljava/lang/String;"),
  URI_KEY_GET_SITE_ID("uriKeyGetSiteId", "(J)I"),
  URI_KEY_GET_CONFIG_PATH("uriKeyGetConfigPath", "(J)Ljava/lang/String;"),
  HTTP_CACHE_SPECIFIC_DATA_KIND("httpCacheSpecificDataKind", "(J)I"),
  HTTP_CACHE_SPECIFIC_DATA_GET_CACHE_KEY("httpCacheSpecificDataGetCacheKey", "(J)J"),
  HTTP_CACHE_SPECIFIC_DATA_REFERENCE_CACHE_DATA("httpCacheSpecificDataReferenceCacheData", "(J)V"),
  HTTP_CACHE_SPECIFIC_DATA_DEREFERENCE_CACHE_DATA("httpCacheSpecificDataDereferenceCacheData", "(J)V"),
  HTTP_CACHE_SPECIFIC_DATA_RESET_TTL("httpCacheSpecificDataResetTTL", "(J)V"),
  HTTP_CACHE_SPECIFIC_DATA_DECREMENT_TTL("httpCacheSpecificDataDecrementTTL", "(J)Z"),
  HTTP_CACHE_SPECIFIC_DATA_SET_FLUSHED("httpCacheSpecificDataSetFlushed", "(J)V"),
  HTTP_CACHE_SPECIFIC_DATA_GET_FLUSHED("httpCacheSpecificDataGetFlushed", "(J)Z"),
  HTTP_TOKEN_ENTRY_GET_IMPERSONATION_TOKEN("httpTokenEntryGetImpersonationToken", "(J)J"),
  HTTP_TOKEN_ENTRY_GET_PRIMARY_TOKEN("httpTokenEntryGetPrimaryToken", "(J)J"),
  HTTP_TOKEN_ENTRY_GET_SID("httpTokenEntryGetSid", "(J)[B"),
  HTTP_FILE_INFO_GET_ATTRIBUTES("httpFileInfoGetAttributes", "(J)I"),
  HTTP_FILE_INFO_GET_SIZE("httpFileInfoGetSize", "(J)J"),
  HTTP_FILE_INFO_GET_FILE_PATH("httpFileInfoGetFilePath", "(J)Ljava/lang/String;"),
  HTTP_FILE_INFO_GET_E_TAG("httpFileInfoGetETag", "(J)Ljava/lang/String;"),
  HTTP_FILE_INFO_GET_LAST_MODIFIED_TIME("httpFileInfoGetLastModifiedTime", "(J)J"),
  HTTP_FILE_INFO_GET_LAST_MODIFIED_STRING("httpFileInfoGetLastModifiedString", "(J)Ljava/lang/String;"),
  HTTP_FILE_INFO_GET_HTTP_CACHE_ALLOWED("httpFileInfoGetHttpCacheAllowed", "(J)J"),
  HTTP_FILE_INFO_GET_VR_PATH("httpFileInfoGetVrPath", "(J)Ljava/lang/String;"),
  HTTP_FILE_INFO_GET_VR_TOKEN("httpFileInfoGetVrToken", "(J)J");

  private final String javaName;
  private final String descriptor;
  private final String cppFunction;

  NativeMethod(String javaName, String descriptor) {
    this(javaName, descriptor, Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1));
  }

  NativeMethod(String javaName, String descriptor, String cppFunction) {
    this.javaName = javaName;
    this.descriptor = descriptor;
    this.cppFunction = cppFunction;
  }

  /** The Java method's name, as declared by {@code NativeAccess}. */
  public String javaName() {
    return javaName;
  }

  /** The JNI method descriptor, for example {@code (J)Ljava/lang/String;}. */
  public String descriptor() {
    return descriptor;
  }

  /** The C++ function bound to it: a stub in {@code <Name>Jni.cpp}, or the runtime's log native. */
  public String cppFunction() {
    return cppFunction;
  }
}
