package org.jiis.testkit.host;

import java.util.List;
import java.util.Objects;

/**
 * A URI-cache entry for one URL ({@code IUriKey::GetUrl}). Unset values keep the simulator's
 * defaults: site {@code Default Web Site} with id 1, configuration path {@code
 * MACHINE/WEBROOT/APPHOST/Default Web Site}.
 */
public final class UriCacheEntry extends CacheEntry<UriCacheEntry> {

  private final String url;
  private String siteName;
  private Long siteId;
  private String configPath;

  UriCacheEntry(String url) {
    this.url = Objects.requireNonNull(url, "url");
  }

  /** {@code GetSiteName}. */
  public UriCacheEntry siteName(String value) {
    siteName = Objects.requireNonNull(value, "siteName");
    return this;
  }

  /** {@code GetSiteId}. */
  public UriCacheEntry siteId(long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("siteId must be a DWORD, got " + value);
    }
    siteId = value;
    return this;
  }

  /** {@code GetConfigPath}. */
  public UriCacheEntry configPath(String value) {
    configPath = Objects.requireNonNull(value, "configPath");
    return this;
  }

  @Override
  String kind() {
    return "uri";
  }

  @Override
  void addFields(List<String> fields) {
    fields.add(field("url", url));
    if (siteName != null) {
      fields.add(field("site", siteName));
    }
    if (siteId != null) {
      fields.add("site-id=" + siteId);
    }
    if (configPath != null) {
      fields.add(field("config-path", configPath));
    }
  }
}
