package org.jiis.testkit.host;

import java.util.ArrayList;
import java.util.List;
import org.jiis.security.TokenHandle;

/**
 * The key and record a simulated cache operation carries. Built with {@link #token()}, {@link
 * #file(String)} or {@link #uri(String)}, then adjusted with the fluent setters; the values are
 * copied into the scenario when it is added, so an entry can be reused and changed afterwards.
 *
 * @param <T> the concrete entry type, for fluent chaining
 */
public abstract class CacheEntry<T extends CacheEntry<T>> {

  private boolean providerKey = true;
  private boolean providerRecord = true;
  private boolean recordKey = true;
  private Long ttl;
  private Boolean flushed;

  CacheEntry() {}

  /** A token-cache entry: an {@code IHttpTokenEntry} record with an {@code IHttpTokenKey}. */
  public static TokenCacheEntry token() {
    return new TokenCacheEntry();
  }

  /** A file-cache entry: an {@code IHttpFileInfo} record with an {@code IFileKey}. */
  public static FileCacheEntry file(String path) {
    return new FileCacheEntry(path);
  }

  /** A URI-cache entry: a record whose key is an {@code IUriKey}. */
  public static UriCacheEntry uri(String url) {
    return new UriCacheEntry(url);
  }

  /** {@code ICacheProvider::GetCacheKey} returns NULL. */
  public T withoutKey() {
    providerKey = false;
    return self();
  }

  /** {@code ICacheProvider::GetCacheRecord} returns NULL. */
  public T withoutRecord() {
    providerRecord = false;
    return self();
  }

  /** The record's own {@code GetCacheKey} returns NULL. */
  public T withoutRecordKey() {
    recordKey = false;
    return self();
  }

  /** How many {@code DecrementTTL} calls make the record expire (default 1). */
  public T ttl(long decrements) {
    if (decrements < 0 || decrements > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("ttl must be from 0 to 4294967295, got " + decrements);
    }
    ttl = decrements;
    return self();
  }

  /** What {@code GetFlushed} returns before the module calls {@code SetFlushed}. */
  public T flushed(boolean value) {
    flushed = value;
    return self();
  }

  /** The entry kind word of the scenario line. */
  abstract String kind();

  /** Adds this kind's {@code name=value} fields. */
  abstract void addFields(List<String> fields);

  @SuppressWarnings("unchecked")
  private T self() {
    return (T) this;
  }

  /** The words after the operation: kind, then fields. */
  final String toScenarioWords() {
    List<String> fields = new ArrayList<>();
    addFields(fields);
    if (!providerKey) {
      fields.add("key=null");
    }
    if (!providerRecord) {
      fields.add("record=null");
    }
    if (!recordKey) {
      fields.add("record-key=null");
    }
    if (ttl != null) {
      fields.add("ttl=" + ttl);
    }
    if (flushed != null) {
      fields.add("flushed=" + flushed);
    }
    return fields.isEmpty() ? kind() : kind() + " " + String.join(" ", fields);
  }

  static String field(String name, String value) {
    return name + "=" + ScenarioText.encode(value);
  }

  static String nullableField(String name, String value) {
    return name + "=" + ScenarioText.encodeNullable(value);
  }

  static String handleField(String name, TokenHandle.State state) {
    String word =
        switch (state) {
          case VALID -> "valid";
          case NULL -> "null";
          case INVALID_HANDLE_VALUE -> "invalid";
        };
    return name + "=" + word;
  }
}
