package org.jiis.testkit.fakes;

import org.jiis.cache.CacheRecord;
import org.jiis.cache.RetainedRecord;

/** What {@link FakeRecord#retain()} returns: releases its reference on the first close only. */
final class FakeRetainedRecord implements RetainedRecord {

  private final FakeRecord record;
  private final FakeScope scope;
  private final RecordState state;

  FakeRetainedRecord(FakeRecord record, FakeScope scope, RecordState state) {
    this.record = record;
    this.scope = scope;
    this.state = state;
  }

  @Override
  public CacheRecord record() {
    return record;
  }

  @Override
  public void close() {
    if (scope.end()) {
      state.dereference();
    }
  }

  @Override
  public String toString() {
    return "RetainedRecord[" + record.typeName() + "]";
  }
}
