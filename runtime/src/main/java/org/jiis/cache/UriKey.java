package org.jiis.cache;

/** A view of {@code IUriKey}: the key of a URI-cache entry. */
public interface UriKey extends CacheKey {

  /** {@code GetUrl} */
  String url();

  /** {@code GetSiteName} */
  String siteName();

  /** {@code GetSiteId} */
  int siteId();

  /** {@code GetConfigPath} */
  String configPath();
}
