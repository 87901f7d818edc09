package org.jiis.testkit.host;

import java.util.List;
import java.util.Optional;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;

/**
 * One event the simulator fired: an {@code event} line.
 *
 * @param thread the worker thread, for example {@code "worker-1"} ({@code "main"} for the events
 *     written after {@code terminate})
 * @param moduleName the module the line is about: an event gets one line per loaded module
 * @param sequence the event's number in firing order across all threads, from 0
 * @param step the scenario step it came from, from 0
 * @param repetition which repetition of the scenario, from 0
 * @param event the notification
 * @param operation the cache operation, or {@code null} for a cache cleanup
 * @param entry {@code "token"}, {@code "file"}, {@code "uri"} or {@code "none"}; {@code null} for
 *     a cache cleanup
 * @param terminatePhase how the event stood to the module's {@code Terminate}
 * @param delivered whether the module was called: it is only for notifications it subscribed to,
 *     and not after an earlier module answered {@code GL_NOTIFICATION_HANDLED}
 * @param skippedAfterHandled whether it subscribed but an earlier module answered {@code
 *     GL_NOTIFICATION_HANDLED}
 * @param statusValue the {@code GLOBAL_NOTIFICATION_STATUS} returned, or {@code null} when the
 *     module was not called or an exception escaped it
 * @param recordReplaced whether the module called {@code ICacheProvider::SetCacheRecord}
 * @param errorStatus the {@code HRESULT} passed to {@code SetErrorStatus}, or {@code null}
 * @param callbackStored for {@code GL_SUSPEND_PROCESS}: whether the module stored an {@code
 *     IGlobalSuspendProcessCallback}; {@code null} for other events
 * @param fileMonitorDereferences for {@code GL_FILE_CHANGE}: {@code DereferenceFileMonitor} calls
 *     during the callback; {@code null} for other events
 * @param providerCalls for the notifications other than the cache ones: the calls the module made
 *     on its provider, in order (empty otherwise)
 */
public record FiredEvent(
    String thread,
    String moduleName,
    long sequence,
    int step,
    long repetition,
    GlobalEvent event,
    CacheOperation operation,
    String entry,
    TerminatePhase terminatePhase,
    boolean delivered,
    boolean skippedAfterHandled,
    Long statusValue,
    boolean recordReplaced,
    Integer errorStatus,
    Boolean callbackStored,
    Long fileMonitorDereferences,
    List<ProviderCall> providerCalls) {

  public FiredEvent {
    providerCalls = List.copyOf(providerCalls);
  }

  /** The calls the module made on the provider with this method, in order. */
  public List<ProviderCall> providerCalls(String method) {
    return providerCalls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /** The status the module returned, if it returned one of the two known values. */
  public Optional<GlobalNotificationStatus> status() {
    if (statusValue == null) {
      return Optional.empty();
    }
    for (GlobalNotificationStatus status : GlobalNotificationStatus.values()) {
      if (status.value() == statusValue) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  static FiredEvent from(ReportLine line) {
    String operation = line.optionalString("operation");
    String errorStatus = line.optionalString("errorStatus");
    return new FiredEvent(
        line.string("thread"),
        line.string("moduleName"),
        line.number("sequence"),
        line.intNumber("step"),
        line.number("repetition"),
        GlobalEvent.valueOf(line.string("event").substring("GL_".length())),
        operation == null
            ? null
            : CacheOperation.valueOf(operation.substring("CACHE_OPERATION_".length())),
        line.optionalString("entry"),
        TerminatePhase.of(line.optionalString("terminate")),
        line.flag("delivered"),
        "handled-earlier".equals(line.optionalString("skipped")),
        line.optionalNumber("statusValue"),
        line.optionalFlag("recordReplaced"),
        errorStatus == null ? null : line.hex("errorStatus"),
        line.has("callbackStored") ? line.flag("callbackStored") : null,
        line.optionalNumber("fileMonitorDereferences"),
        line.has("providerCalls")
            ? line.objects("providerCalls").stream().map(ProviderCall::from).toList()
            : List.of());
  }
}
