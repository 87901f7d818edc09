package org.jiis.internal;

import org.jiis.cache.CacheRecord;

/**
 * The record views a provider hands out within a callback: one per kind, created once and rebound
 * on every call.
 */
final class RecordViews {

  private final NativeAccess natives;
  private final ViewScope scope;
  private CacheRecordView other;
  private TokenEntryView tokenEntry;
  private FileInfoView fileInfo;

  RecordViews(NativeAccess natives, ViewScope scope) {
    this.natives = natives;
    this.scope = scope;
  }

  /** The view of the {@code IHttpCacheSpecificData*} {@code record}, or {@code null} when it is 0. */
  CacheRecord bind(long record) {
    if (record == 0) {
      return null;
    }
    CacheRecordView view = reusable(natives.httpCacheSpecificDataKind(record));
    view.bind(record);
    return view;
  }

  private CacheRecordView reusable(int kind) {
    return switch (kind) {
      case NativeAccess.RECORD_TOKEN_ENTRY ->
          tokenEntry != null ? tokenEntry : (tokenEntry = new TokenEntryView(natives, scope));
      case NativeAccess.RECORD_FILE_INFO ->
          fileInfo != null ? fileInfo : (fileInfo = new FileInfoView(natives, scope));
      case NativeAccess.RECORD_OTHER ->
          other != null ? other : (other = new CacheRecordView(natives, scope));
      default -> throw unknownKind(kind);
    };
  }

  /** A new view of {@code kind}: for a retained record, whose view outlives the callback. */
  static CacheRecordView create(int kind, NativeAccess natives, ViewScope scope) {
    return switch (kind) {
      case NativeAccess.RECORD_TOKEN_ENTRY -> new TokenEntryView(natives, scope);
      case NativeAccess.RECORD_FILE_INFO -> new FileInfoView(natives, scope);
      case NativeAccess.RECORD_OTHER -> new CacheRecordView(natives, scope);
      default -> throw unknownKind(kind);
    };
  }

  private static IllegalStateException unknownKind(int kind) {
    return new IllegalStateException(
        "jiis internal error: the native side reported cache record kind " + kind
            + " (known: 0 to 2); the module's native library and jiis runtime jar do not match");
  }
}
