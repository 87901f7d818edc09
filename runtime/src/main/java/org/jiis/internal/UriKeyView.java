package org.jiis.internal;

import org.jiis.cache.UriKey;

/** {@link UriKey} over an {@code IUriKey*}. */
final class UriKeyView extends CacheKeyView implements UriKey {

  UriKeyView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  public String url() {
    enter();
    try {
      return natives.uriKeyGetUrl(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String siteName() {
    enter();
    try {
      return natives.uriKeyGetSiteName(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public int siteId() {
    enter();
    try {
      return natives.uriKeyGetSiteId(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String configPath() {
    enter();
    try {
      return natives.uriKeyGetConfigPath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "UriKey";
  }
}
