package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.cache.UriKey;

/** A fake {@link UriKey}: the key of a URI-cache entry. */
public final class FakeUriKey extends FakeKey implements UriKey {

  /** The default URL. */
  public static final String DEFAULT_URL = "/index.htm";
  /** The default site name. */
  public static final String DEFAULT_SITE_NAME = "Default Web Site";
  /** The default site id. */
  public static final int DEFAULT_SITE_ID = 1;
  /** The default configuration path. */
  public static final String DEFAULT_CONFIG_PATH = "MACHINE/WEBROOT/APPHOST/Default Web Site";

  private final String url;
  private final String siteName;
  private final int siteId;
  private final String configPath;

  private FakeUriKey(FakeScope scope, int hash, String url, String siteName, int siteId,
      String configPath) {
    super(scope, hash);
    this.url = url;
    this.siteName = siteName;
    this.siteId = siteId;
    this.configPath = configPath;
  }

  /** A builder for {@value #DEFAULT_URL} of site 1, "Default Web Site", unless set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String url() {
    check();
    return url;
  }

  @Override
  public String siteName() {
    check();
    return siteName;
  }

  @Override
  public int siteId() {
    check();
    return siteId;
  }

  @Override
  public String configPath() {
    check();
    return configPath;
  }

  @Override
  String name() {
    return URI_CACHE_NAME;
  }

  @Override
  String typeName() {
    return "UriKey";
  }

  @Override
  FakeKey inScope(FakeScope scope) {
    return new FakeUriKey(scope, rawHash(), url, siteName, siteId, configPath);
  }

  @Override
  public String toString() {
    return "FakeUriKey[" + url + " of site " + siteId + "]";
  }

  /** Builds a {@link FakeUriKey}. */
  public static final class Builder extends FakeKey.Builder<Builder> {

    private String url = DEFAULT_URL;
    private String siteName = DEFAULT_SITE_NAME;
    private int siteId = DEFAULT_SITE_ID;
    private String configPath = DEFAULT_CONFIG_PATH;

    private Builder() {}

    /** {@code GetUrl}. */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /** {@code GetSiteName}. */
    public Builder siteName(String siteName) {
      this.siteName = Objects.requireNonNull(siteName, "siteName");
      return this;
    }

    /** {@code GetSiteId}. */
    public Builder siteId(int siteId) {
      this.siteId = siteId;
      return this;
    }

    /** {@code GetConfigPath}. */
    public Builder configPath(String configPath) {
      this.configPath = Objects.requireNonNull(configPath, "configPath");
      return this;
    }

    /** A key usable on the current thread until {@link FakeKey#endCallback()}. */
    public FakeUriKey build() {
      return new FakeUriKey(FakeScope.callback(),
          hashOr(Objects.hash(URI_CACHE_NAME, url, siteName, siteId, configPath)),
          url, siteName, siteId, configPath);
    }
  }
}
