package org.jiis.cache;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

  @Test
  void cacheNamesMatchTheHttpcachConstantsOfTheReference() throws ReflectiveOperationException {
    Map<String, String> reference = IisReference.load().wideStrings("URI_CACHE_NAME");

    Map<String, String> names = new LinkedHashMap<>();
    for (String constant : reference.keySet()) {
      names.put(constant, (String) CacheKey.class.getField(constant).get(null));
    }

    assertThat(names).containsExactlyEntriesIn(reference);
    assertThat(reference).containsEntry("TOKEN_CACHE_NAME", "TOKEN");
  }
}
