package org.jiis.examples.tokencache;

import static com.google.common.truth.Truth.assertThat;

import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.security.TokenHandle;
import org.jiis.testkit.fakes.FakeCacheProvider;
import org.jiis.testkit.fakes.FakeCacheRecord;
import org.jiis.testkit.fakes.FakeFileInfo;
import org.jiis.testkit.fakes.FakeModuleContext;
import org.jiis.testkit.fakes.FakeRecord;
import org.jiis.testkit.fakes.FakeTokenEntry;
import org.jiis.testkit.fakes.FakeTokenKey;
import org.jiis.testkit.fakes.RecordingEventLog.Entry;
import org.jiis.testkit.fakes.RecordingEventLog.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The module in plain Java, with the testkit fakes standing in for IIS. */
class TokenCacheAuditTest {

  private final FakeModuleContext debug =
      FakeModuleContext.builder().moduleName("TokenCacheAudit").debugEnabled(true).build();

  @Test
  void writesTheSamplesXmlForATokenEntryWithValidTokens() {
    FakeTokenEntry entry = FakeTokenEntry.builder()
        .key(FakeTokenKey.builder().userName("CONTOSO\\alice").build())
        .impersonationToken(TokenHandle.VALID)
        .primaryToken(TokenHandle.VALID)
        .build();

    GlobalNotificationStatus status = deliver(debug, CacheOperation.ADD, entry);

    assertThat(status).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(debug.eventLog().entries()).containsExactly(new Entry(Level.INFO,
        "<cacheProvider><tokenEntry impersonationToken=\"valid\" primaryToken=\"valid\""
            + " sid=\"true\"/></cacheProvider>",
        null));
  }

  @Test
  void printsANullImpersonationTokenAsNull() {
    deliver(debug, CacheOperation.ADD,
        FakeTokenEntry.builder().impersonationToken(TokenHandle.NULL).build());

    assertThat(debug.eventLog().messages()).containsExactly(
        "<cacheProvider><tokenEntry impersonationToken=\"NULL\" primaryToken=\"valid\""
            + " sid=\"true\"/></cacheProvider>");
  }

  @Test
  void printsAnInvalidPrimaryTokenAsInvalidHandleValue() {
    deliver(debug, CacheOperation.RETRIEVE,
        FakeTokenEntry.builder().primaryToken(TokenHandle.INVALID).build());

    assertThat(debug.eventLog().messages()).containsExactly(
        "<cacheProvider><tokenEntry impersonationToken=\"valid\""
            + " primaryToken=\"INVALID_HANDLE_VALUE\" sid=\"true\"/></cacheProvider>");
  }

  @Test
  void printsAMissingSidAsNull() {
    deliver(debug, CacheOperation.DELETE, FakeTokenEntry.builder().sid(null).build());

    assertThat(debug.eventLog().messages()).containsExactly(
        "<cacheProvider><tokenEntry impersonationToken=\"valid\" primaryToken=\"valid\""
            + " sid=\"false\"/></cacheProvider>");
  }

  @ParameterizedTest
  @EnumSource(CacheOperation.class)
  void describesTheTokenEntryOfEveryKindOfOperation(CacheOperation operation) {
    deliver(debug, operation, FakeTokenEntry.builder().build());

    assertThat(debug.eventLog().messages()).hasSize(1);
  }

  @Test
  void writesNothingWithDebugOff() {
    FakeModuleContext quiet = FakeModuleContext.builder().moduleName("TokenCacheAudit").build();

    GlobalNotificationStatus status =
        deliver(quiet, CacheOperation.ADD, FakeTokenEntry.builder().build());

    assertThat(status).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(quiet.eventLog().entries()).isEmpty();
  }

  @Test
  void writesNothingForAFileRecord() {
    GlobalNotificationStatus status =
        deliver(debug, CacheOperation.ADD, FakeFileInfo.builder().build());

    assertThat(status).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(debug.eventLog().entries()).isEmpty();
  }

  @Test
  void writesNothingForAUriRecord() {
    deliver(debug, CacheOperation.ADD, FakeCacheRecord.builder().build());

    assertThat(debug.eventLog().entries()).isEmpty();
  }

  @Test
  void writesNothingForAnOperationWithoutRecord() {
    GlobalNotificationStatus status = deliver(debug, CacheOperation.FLUSH_PREFIX, null);

    assertThat(status).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(debug.eventLog().entries()).isEmpty();
  }

  @Test
  void keepsNoReferenceToTheRecord() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();

    deliver(debug, CacheOperation.ADD, entry);

    assertThat(entry.state().retainCount()).isEqualTo(0);
    assertThat(entry.state().referenceCount()).isEqualTo(0);
  }

  @Test
  void cacheCleanupContinuesAndWritesNothing() {
    TokenCacheAudit module = new TokenCacheAudit(debug);

    assertThat(module.onCacheCleanup()).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(debug.eventLog().entries()).isEmpty();
  }

  /** Delivers one cache operation as the runtime does: the views end when the handler returns. */
  private static GlobalNotificationStatus deliver(
      FakeModuleContext context, CacheOperation operation, FakeRecord record) {
    TokenCacheAudit module = new TokenCacheAudit(context);
    FakeCacheProvider provider =
        FakeCacheProvider.builder().operation(operation).record(record).build();
    try {
      return module.onCacheOperation(provider);
    } finally {
      provider.endCallback();
    }
  }
}
