package org.jiis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongToIntFunction;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;

/**
 * A {@link NativeAccess} over an in-Java "native heap": IIS objects by pointer, with reference
 * counts. Like IIS, {@link #fire} frees the event's objects when the callback returns, except a
 * record someone referenced, which is freed by its last {@code DereferenceCacheData}. Any call on a
 * freed or unknown pointer is recorded in {@link #violations()} (and thrown, though a handler's
 * exception is contained, which is why tests check the list).
 */
final class FakeNatives implements NativeAccess {

  record LogEntry(int level, String message) {}

  static final class Provider {
    final int operation;
    final long key;
    final long record;

    Provider(int operation, long key, long record) {
      this.operation = operation;
      this.key = key;
      this.record = record;
    }
  }

  static class Key {
    final String cacheName;
    final int hash;

    Key(String cacheName, int hash) {
      this.cacheName = cacheName;
      this.hash = hash;
    }
  }

  static final class TokenKey extends Key {
    final String userName;
    final int logonMethod;

    TokenKey(int hash, String userName, int logonMethod) {
      super("TOKEN", hash);
      this.userName = userName;
      this.logonMethod = logonMethod;
    }
  }

  static final class FileKey extends Key {
    final String path;

    FileKey(int hash, String path) {
      super("FILE", hash);
      this.path = path;
    }
  }

  static final class UriKey extends Key {
    final String url;
    final String siteName;
    final int siteId;
    final String configPath;

    UriKey(int hash, String url, String siteName, int siteId, String configPath) {
      super("URI", hash);
      this.url = url;
      this.siteName = siteName;
      this.siteId = siteId;
      this.configPath = configPath;
    }
  }

  static class Record {
    final long key;
    final AtomicInteger references = new AtomicInteger();
    final AtomicInteger dereferenceCalls = new AtomicInteger();
    volatile boolean flushed;
    volatile int ttl = 2;
    volatile int resetCalls;

    Record(long key) {
      this.key = key;
    }
  }

  static final class TokenEntry extends Record {
    final long impersonationToken;
    final long primaryToken;
    final byte[] sid;

    TokenEntry(long key, long impersonationToken, long primaryToken, byte[] sid) {
      super(key);
      this.impersonationToken = impersonationToken;
      this.primaryToken = primaryToken;
      this.sid = sid;
    }
  }

  static final class FileInfo extends Record {
    int attributes;
    long size;
    String filePath;
    String etag;
    long lastModifiedTime;
    String lastModifiedString;
    long httpCacheAllowed = -1;
    String vrPath;
    long vrToken;

    FileInfo(long key) {
      super(key);
    }
  }


  /** An {@code IHttpServer}: what it answers and every service call it received. */
  static final class Server {
    volatile String appPoolName = "DefaultAppPool";
    volatile boolean commandLineLaunch = true;
    final List<String> calls = new CopyOnWriteArrayList<>();
  }

  /** Any provider of §9: an {@code IHttpEventProvider} that records {@code SetErrorStatus}. */
  static class EventProvider {
    final List<Integer> errorStatuses = new CopyOnWriteArrayList<>();
  }

  static final class StopListening extends EventProvider {
    final boolean drainGracefully;

    StopListening(boolean drainGracefully) {
      this.drainGracefully = drainGracefully;
    }
  }

  static final class ConfigurationChange extends EventProvider {
    final String changePath;

    ConfigurationChange(String changePath) {
      this.changePath = changePath;
    }
  }

  static final class FileChange extends EventProvider {
    final String fileName;

    FileChange(String fileName) {
      this.fileName = fileName;
    }
  }

  /** {@code IPreBeginRequestProvider} and {@code IGlobalApplicationPreloadProvider}: nothing but the base. */
  static final class PlainProvider extends EventProvider {}

  static final class Application {
    final String physicalPath;
    final String applicationId;
    final String configPath;

    Application(String physicalPath, String applicationId, String configPath) {
      this.physicalPath = physicalPath;
      this.applicationId = applicationId;
      this.configPath = configPath;
    }
  }

  /** {@code IHttpApplicationProvider}, also the base of the resolve-modules provider. */
  static class ApplicationSource extends EventProvider {
    final long application;

    ApplicationSource(long application) {
      this.application = application;
    }
  }

  static final class ResolveModules extends ApplicationSource {
    final List<String> priorities = new CopyOnWriteArrayList<>();
    volatile int priorityResult;

    ResolveModules(long application) {
      super(application);
    }
  }

  static final class RscaQuery extends EventProvider {
    final String functionName;
    final String functionParameters;
    volatile int bufferResult;
    volatile byte[] output;
    volatile String result;

    RscaQuery(String functionName, String functionParameters) {
      this.functionName = functionName;
      this.functionParameters = functionParameters;
    }
  }

  static final class TraceEventSource extends EventProvider {
    final byte[] encodedEvent;
    final long subscribedModule;

    TraceEventSource(byte[] encodedEvent, long subscribedModule) {
      this.encodedEvent = encodedEvent;
      this.subscribedModule = subscribedModule;
    }
  }

  static final class CustomNotification extends EventProvider {
    final String notificationType;

    CustomNotification(String notificationType) {
      this.notificationType = notificationType;
    }
  }

  static final class ThreadCleanup extends EventProvider {
    final long application;

    ThreadCleanup(long application) {
      this.application = application;
    }
  }

  /** The {@code IGlobalSuspendProcessCallback*} variable whose address IIS passes to OnSuspendProcess. */
  static final class CallbackSlot {
    volatile int stores;
  }

  /** The {@code dwServerVersion} modules started on these natives receive. */
  static final int SERVER_VERSION = 10;

  /** The {@code HTTP_MODULE_ID} modules started on these natives receive. */
  static final long MODULE_ID = 0x7E57_0001L;

  private final Map<Long, Object> heap = new ConcurrentHashMap<>();
  private final AtomicLong nextPointer = new AtomicLong(0x10_000);
  private final List<LogEntry> log = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();

  /** {@code IHttpServer::GetAppPoolName} and the like answer from this object. */
  final long server = add(new Server());

  /** Runs inside {@link #httpTokenEntryGetSid}, before it answers; lets a test hold a call open. */
  volatile Runnable duringGetSid = () -> {};

  // Building the heap.

  long add(Object object) {
    long pointer = nextPointer.getAndAdd(0x40);
    heap.put(pointer, object);
    return pointer;
  }

  long provider(int operation, long key, long record) {
    return add(new Provider(operation, key, record));
  }

  long tokenKey(String userName) {
    return add(new TokenKey(userName.hashCode(), userName, 8));
  }

  long tokenEntry(long key, long impersonationToken, long primaryToken, byte[] sid) {
    return add(new TokenEntry(key, impersonationToken, primaryToken, sid));
  }

  long fileKey(String path) {
    return add(new FileKey(path.hashCode(), path));
  }

  long uriKey(String url) {
    return add(new UriKey(url.hashCode(), url, "Default Web Site", 1, "MACHINE/WEBROOT/APPHOST/Default Web Site"));
  }

  long otherKey(String cacheName, int hash) {
    return add(new Key(cacheName, hash));
  }

  long otherRecord(long key) {
    return add(new Record(key));
  }

  /** A cache-operation event carrying a token entry of {@code userName} with valid tokens. */
  long tokenEvent(String userName, byte[] sid) {
    long key = tokenKey(userName);
    return provider(CACHE_RETRIEVE, key, tokenEntry(key, 0x1111, 0x2222, sid));
  }

  static final int CACHE_RETRIEVE = 0;

  /**
   * Delivers the cache-operation event {@code provider} to {@code module} as IIS would: IIS holds a
   * reference to the record during the callback and drops it afterwards, so the record is freed
   * then unless the module referenced it. The provider and its key are freed too.
   */
  int fire(NativeModule module, long provider) {
    Provider p = (Provider) heap.get(provider);
    Record record = p.record == 0 ? null : (Record) heap.get(p.record);
    if (record != null) {
      record.references.incrementAndGet();
    }
    int status = module.cacheOperation(provider);
    heap.remove(provider);
    if (p.key != 0 && (record == null || p.key != record.key)) {
      heap.remove(p.key);
    }
    if (record != null && record.references.decrementAndGet() == 0) {
      free(p.record);
    }
    return status;
  }

  /**
   * Fires {@code provider} at a {@link TestDispatcher} module whose handler runs {@code body} and
   * returns CONTINUE; whatever {@code body} throws (an assertion, say) is rethrown here, after the
   * event, instead of being contained by the module.
   */
  void fire(NativeModule module, long provider, Consumer<CacheProvider> body) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    TestDispatcher.of(module).cacheOperation = p -> {
      try {
        body.accept(p);
      } catch (Throwable t) {
        failure.set(t);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    fire(module, provider);
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    if (thrown != null) {
      throw new AssertionError(thrown);
    }
  }

  /**
   * Delivers an event of the other notifications as IIS would: calls {@code entryPoint} with the
   * provider, then frees the provider and {@code children} (its application, say).
   */
  int deliver(LongToIntFunction entryPoint, long provider, long... children) {
    int status = entryPoint.applyAsInt(provider);
    heap.remove(provider);
    for (long child : children) {
      heap.remove(child);
    }
    return status;
  }

  private void free(long recordPointer) {
    Record record = (Record) heap.remove(recordPointer);
    if (record.key != 0) {
      heap.remove(record.key);
    }
  }

  // Inspection.

  Object object(long pointer) {
    return heap.get(pointer);
  }

  boolean isFreed(long pointer) {
    return !heap.containsKey(pointer);
  }

  Record record(long pointer) {
    return (Record) heap.get(pointer);
  }

  List<LogEntry> log() {
    return new ArrayList<>(log);
  }

  /** Forgets the log entries so far, once a test has checked them. */
  void clearLog() {
    log.clear();
  }

  List<String> violations() {
    return new ArrayList<>(violations);
  }

  // NativeAccess.

  private <T> T live(long pointer, Class<T> type, String method) {
    Object object = heap.get(pointer);
    if (!type.isInstance(object)) {
      String problem = method + " on " + (object == null ? "freed or unknown" : "mistyped")
          + " pointer 0x" + Long.toHexString(pointer);
      violations.add(problem);
      throw new AssertionError(problem);
    }
    return type.cast(object);
  }

  @Override
  public void log(int level, String message) {
    log.add(new LogEntry(level, message));
  }

  @Override
  public int cacheProviderGetCacheOperation(long provider) {
    return live(provider, Provider.class, "GetCacheOperation").operation;
  }

  @Override
  public long cacheProviderGetCacheKey(long provider) {
    return live(provider, Provider.class, "ICacheProvider::GetCacheKey").key;
  }

  @Override
  public long cacheProviderGetCacheRecord(long provider) {
    return live(provider, Provider.class, "GetCacheRecord").record;
  }

  @Override
  public int httpCacheKeyKind(long key) {
    // As the native side does: by cache name.
    return switch (live(key, Key.class, "kind").cacheName) {
      case "TOKEN" -> KEY_TOKEN;
      case "FILE" -> KEY_FILE;
      case "URI" -> KEY_URI;
      default -> KEY_OTHER;
    };
  }

  @Override
  public int httpCacheKeyGetHash(long key) {
    return live(key, Key.class, "GetHash").hash;
  }

  @Override
  public String httpCacheKeyGetCacheName(long key) {
    return live(key, Key.class, "GetCacheName").cacheName;
  }

  @Override
  public String httpTokenKeyGetUserName(long tokenKey) {
    return live(tokenKey, TokenKey.class, "GetUserName").userName;
  }

  @Override
  public int httpTokenKeyGetLogonMethod(long tokenKey) {
    return live(tokenKey, TokenKey.class, "GetLogonMethod").logonMethod;
  }

  @Override
  public String fileKeyGetPath(long fileKey) {
    return live(fileKey, FileKey.class, "GetPath").path;
  }

  @Override
  public String uriKeyGetUrl(long uriKey) {
    return live(uriKey, UriKey.class, "GetUrl").url;
  }

  @Override
  public String uriKeyGetSiteName(long uriKey) {
    return live(uriKey, UriKey.class, "GetSiteName").siteName;
  }

  @Override
  public int uriKeyGetSiteId(long uriKey) {
    return live(uriKey, UriKey.class, "GetSiteId").siteId;
  }

  @Override
  public String uriKeyGetConfigPath(long uriKey) {
    return live(uriKey, UriKey.class, "GetConfigPath").configPath;
  }

  @Override
  public int httpCacheSpecificDataKind(long record) {
    Record r = live(record, Record.class, "kind");
    if (r instanceof TokenEntry) {
      return RECORD_TOKEN_ENTRY;
    }
    return r instanceof FileInfo ? RECORD_FILE_INFO : RECORD_OTHER;
  }

  @Override
  public long httpCacheSpecificDataGetCacheKey(long record) {
    return live(record, Record.class, "IHttpCacheSpecificData::GetCacheKey").key;
  }

  @Override
  public void httpCacheSpecificDataReferenceCacheData(long record) {
    live(record, Record.class, "ReferenceCacheData").references.incrementAndGet();
  }

  @Override
  public void httpCacheSpecificDataDereferenceCacheData(long record) {
    Record r = live(record, Record.class, "DereferenceCacheData");
    r.dereferenceCalls.incrementAndGet();
    int left = r.references.decrementAndGet();
    if (left < 0) {
      violations.add("DereferenceCacheData without a reference on 0x" + Long.toHexString(record));
    }
    if (left == 0) {
      free(record);
    }
  }

  @Override
  public void httpCacheSpecificDataResetTTL(long record) {
    Record r = live(record, Record.class, "ResetTTL");
    r.ttl = 2;
    r.resetCalls++;
  }

  @Override
  public boolean httpCacheSpecificDataDecrementTTL(long record) {
    Record r = live(record, Record.class, "DecrementTTL");
    r.ttl--;
    return r.ttl <= 0;
  }

  @Override
  public void httpCacheSpecificDataSetFlushed(long record) {
    live(record, Record.class, "SetFlushed").flushed = true;
  }

  @Override
  public boolean httpCacheSpecificDataGetFlushed(long record) {
    return live(record, Record.class, "GetFlushed").flushed;
  }

  @Override
  public long httpTokenEntryGetImpersonationToken(long tokenEntry) {
    return live(tokenEntry, TokenEntry.class, "GetImpersonationToken").impersonationToken;
  }

  @Override
  public long httpTokenEntryGetPrimaryToken(long tokenEntry) {
    return live(tokenEntry, TokenEntry.class, "GetPrimaryToken").primaryToken;
  }

  @Override
  public byte[] httpTokenEntryGetSid(long tokenEntry) {
    TokenEntry entry = live(tokenEntry, TokenEntry.class, "GetSid");
    duringGetSid.run();
    byte[] sid = live(tokenEntry, TokenEntry.class, "GetSid (after its wait)").sid;
    return sid == null ? null : sid.clone();
  }

  @Override
  public int httpFileInfoGetAttributes(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetAttributes").attributes;
  }

  @Override
  public long httpFileInfoGetSize(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetSize").size;
  }

  @Override
  public String httpFileInfoGetFilePath(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetFilePath").filePath;
  }

  @Override
  public String httpFileInfoGetETag(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetETag").etag;
  }

  @Override
  public long httpFileInfoGetLastModifiedTime(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetLastModifiedTime").lastModifiedTime;
  }

  @Override
  public String httpFileInfoGetLastModifiedString(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetLastModifiedString").lastModifiedString;
  }

  @Override
  public long httpFileInfoGetHttpCacheAllowed(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetHttpCacheAllowed").httpCacheAllowed;
  }

  @Override
  public String httpFileInfoGetVrPath(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetVrPath").vrPath;
  }

  @Override
  public long httpFileInfoGetVrToken(long fileInfo) {
    return live(fileInfo, FileInfo.class, "GetVrToken").vrToken;
  }

  @Override
  public void httpEventProviderSetErrorStatus(long provider, int hresult) {
    if (heap.get(provider) instanceof Provider) {
      cacheErrorStatuses.add(hresult);
      return;
    }
    live(provider, EventProvider.class, "SetErrorStatus").errorStatuses.add(hresult);
  }

  /** The {@code SetErrorStatus} calls on cache providers, which {@link Provider} does not record. */
  final List<Integer> cacheErrorStatuses = new CopyOnWriteArrayList<>();

  @Override
  public boolean httpServerIsCommandLineLaunch(long server) {
    return live(server, Server.class, "IsCommandLineLaunch").commandLineLaunch;
  }

  @Override
  public String httpServerGetAppPoolName(long server) {
    return live(server, Server.class, "GetAppPoolName").appPoolName;
  }

  @Override
  public void httpServerReportUnhealthy(long server, String reason, int hresult) {
    live(server, Server.class, "ReportUnhealthy").calls.add(
        "ReportUnhealthy(" + reason + ", 0x" + Integer.toHexString(hresult) + ")");
  }

  @Override
  public void httpServerRecycleProcess(long server, String reason) {
    live(server, Server.class, "RecycleProcess").calls.add("RecycleProcess(" + reason + ")");
  }

  @Override
  public boolean globalStopListeningProviderDrainRequestsGracefully(long provider) {
    return live(provider, StopListening.class, "DrainRequestsGracefully").drainGracefully;
  }

  @Override
  public String globalConfigurationChangeProviderGetChangePath(long provider) {
    return live(provider, ConfigurationChange.class, "GetChangePath").changePath;
  }

  @Override
  public String globalFileChangeProviderGetFileName(long provider) {
    return live(provider, FileChange.class, "GetFileName").fileName;
  }

  @Override
  public long httpApplicationProviderGetApplication(long provider) {
    return live(provider, ApplicationSource.class, "IHttpApplicationProvider::GetApplication").application;
  }

  @Override
  public int httpApplicationResolveModulesProviderSetPriorityForRequestNotification(
      long provider, String moduleName, int requestNotification, String priorityAlias) {
    ResolveModules resolve = live(provider, ResolveModules.class, "SetPriorityForRequestNotification");
    resolve.priorities.add(moduleName + " 0x" + Integer.toHexString(requestNotification) + " " + priorityAlias);
    return resolve.priorityResult;
  }

  @Override
  public String httpApplicationGetApplicationPhysicalPath(long application) {
    return live(application, Application.class, "GetApplicationPhysicalPath").physicalPath;
  }

  @Override
  public String httpApplicationGetApplicationId(long application) {
    return live(application, Application.class, "GetApplicationId").applicationId;
  }

  @Override
  public String httpApplicationGetAppConfigPath(long application) {
    return live(application, Application.class, "GetAppConfigPath").configPath;
  }

  @Override
  public String globalRSCAQueryProviderGetFunctionName(long provider) {
    return live(provider, RscaQuery.class, "GetFunctionName").functionName;
  }

  @Override
  public String globalRSCAQueryProviderGetFunctionParameters(long provider) {
    return live(provider, RscaQuery.class, "GetFunctionParameters").functionParameters;
  }

  @Override
  public int globalRSCAQueryProviderGetOutputBuffer(long provider, byte[] output) {
    RscaQuery query = live(provider, RscaQuery.class, "GetOutputBuffer");
    if (query.bufferResult >= 0) {
      query.output = output.clone();
    }
    return query.bufferResult;
  }

  @Override
  public void globalRSCAQueryProviderSetResult(long provider, int byteCount, int hresult) {
    live(provider, RscaQuery.class, "SetResult").result =
        "SetResult(" + byteCount + ", 0x" + Integer.toHexString(hresult) + ")";
  }

  @Override
  public byte[] globalTraceEventProviderGetTraceEvent(long provider) {
    return live(provider, TraceEventSource.class, "GetTraceEvent").encodedEvent.clone();
  }

  @Override
  public boolean globalTraceEventProviderCheckSubscription(long provider, long moduleId) {
    return live(provider, TraceEventSource.class, "CheckSubscription").subscribedModule == moduleId;
  }

  @Override
  public String customNotificationProviderQueryNotificationType(long provider) {
    return live(provider, CustomNotification.class, "QueryNotificationType").notificationType;
  }

  @Override
  public long globalThreadCleanupProviderGetApplication(long provider) {
    return live(provider, ThreadCleanup.class, "IGlobalThreadCleanupProvider::GetApplication").application;
  }

  @Override
  public void storeSuspendProcessCallback(long callbackSlot) {
    live(callbackSlot, CallbackSlot.class, "store the suspend-process callback").stores++;
  }
}
