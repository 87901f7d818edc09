package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jiis.IisException;
import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventItem;
import org.junit.jupiter.api.Test;

class TraceEventEncodingTest {

  /** IHttpEventProvider's IID {6F3F657D-2FB8-43C6-A096-5064B41F0580}, as the C struct holds it. */
  private static TraceEventBytes providerGuid(TraceEventBytes bytes) {
    return bytes.guid(0x6F3F657D, 0x2FB8, 0x43C6, 0xA0, 0x96, 0x50, 0x64, 0xB4, 0x1F, 0x05, 0x80);
  }

  private static byte[] fullEvent() {
    TraceEventBytes bytes = providerGuid(TraceEventBytes.result(0).byte8(1))
        .int32(0x10)
        .nullGuid()
        .int32(7)
        .string("GENERAL_REQUEST_START \u00e9\uD83D\uDE00")
        .int32(1)
        .int32(4)
        .guid(0xFFFFFFFF, 0xFFFF, 0x8000, 1, 2, 3, 4, 5, 6, 7, 8)
        .nullGuid()
        .int32(123456)
        .int32(1)
        .int32(2);
    bytes.string("RequestURL").int32(31).data((byte) 'h', (byte) 0).string(null);
    bytes.string(null).int32(19).data().string("a ULONG");
    return bytes.bytes();
  }

  @Test
  void decodesEveryFieldAndGuidsAsTheirCanonicalUuids() {
    TraceEvent event = TraceEventEncoding.decode(fullEvent());

    assertThat(event.providerGuid()).isEqualTo(UUID.fromString("6f3f657d-2fb8-43c6-a096-5064b41f0580"));
    assertThat(event.area()).isEqualTo(0x10);
    assertThat(event.areaGuid()).isNull();
    assertThat(event.event()).isEqualTo(7);
    assertThat(event.eventName()).isEqualTo("GENERAL_REQUEST_START \u00e9\uD83D\uDE00");
    assertThat(event.eventVersion()).isEqualTo(1);
    assertThat(event.verbosity()).isEqualTo(4);
    assertThat(event.activityGuid()).isEqualTo(UUID.fromString("ffffffff-ffff-8000-0102-030405060708"));
    assertThat(event.relatedActivityGuid()).isNull();
    assertThat(event.timeStamp()).isEqualTo(123456);
    assertThat(event.flags()).isEqualTo(1);
    List<TraceEventItem> items = event.items();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).name()).isEqualTo("RequestURL");
    assertThat(items.get(0).dataType()).isEqualTo(31);
    assertThat(items.get(0).data()).isEqualTo(new byte[] {'h', 0});
    assertThat(items.get(0).description()).isNull();
    assertThat(items.get(1).name()).isNull();
    assertThat(items.get(1).dataType()).isEqualTo(19);
    assertThat(items.get(1).data()).isEmpty();
    assertThat(items.get(1).description()).isEqualTo("a ULONG");
  }

  @Test
  void aNullEventIsNull() {
    assertThat(TraceEventEncoding.decode(TraceEventBytes.result(0).byte8(0).bytes())).isNull();
  }

  @Test
  void aFailedGetTraceEventThrowsItsHresult() {
    IisException e = assertThrows(IisException.class,
        () -> TraceEventEncoding.decode(TraceEventBytes.result(0x80070057).bytes()));

    assertThat(e.hresult()).isEqualTo(0x80070057);
    assertThat(e).hasMessageThat()
        .isEqualTo("IGlobalTraceEventProvider::GetTraceEvent failed with HRESULT 0x80070057");
  }

  @Test
  void successCodesOtherThanSOkStillCarryTheEvent() {
    byte[] encoded = fullEvent();
    encoded[0] = 1; // S_FALSE

    assertThat(TraceEventEncoding.decode(encoded).event()).isEqualTo(7);
  }

  @Test
  void malformedEncodingsSayTheLibraryAndJarDoNotMatch() {
    byte[] full = fullEvent();
    List<byte[]> malformed = List.of(
        new byte[0],
        Arrays.copyOf(full, full.length - 1),
        Arrays.copyOf(full, full.length + 1),
        TraceEventBytes.result(0).byte8(2).bytes(),
        providerGuid(TraceEventBytes.result(0).byte8(1)).int32(0).nullGuid().int32(0).string("x")
            .int32(0).int32(0).nullGuid().nullGuid().int32(0).int32(0).int32(1000).bytes(),
        TraceEventBytes.result(0).byte8(1).byte8(0).int32(0).byte8(0).int32(0).int32(-7).bytes());
    for (byte[] encoded : malformed) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> TraceEventEncoding.decode(encoded));
      assertThat(e).hasMessageThat().startsWith(
          "jiis internal error: the trace event the native side encoded is malformed (");
      assertThat(e).hasMessageThat().endsWith(
          "); the module's native library and the jiis runtime jar do not match. Rebuild the module"
              + " with the jiis version on its class path.");
    }
  }
}
