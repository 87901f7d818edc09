package org.jiis.testkit.host;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiis.GlobalEvent;
import org.jiis.Priority;

/**
 * What the module registered in {@code RegisterModule}: the report's {@code registration} line.
 *
 * @param module the module path
 * @param moduleName what {@code GetName} returned to the module
 * @param serverVersion the {@code dwServerVersion} the module was given
 * @param hr what {@code RegisterModule} returned
 * @param globalModule whether a {@code CGlobalModule} was registered
 * @param mask the notification mask of the accepted {@code SetGlobalNotifications} call
 * @param maskNames the {@code GL_*} names of the mask's bits, lowest first
 * @param unknownMaskBits bits of the mask that are no {@code GL_*} notification
 * @param priorities the accepted {@code SetPriorityForGlobalNotification} calls, in order
 */
public record Registration(
    String module,
    String moduleName,
    long serverVersion,
    int hr,
    boolean globalModule,
    int mask,
    List<String> maskNames,
    int unknownMaskBits,
    List<PriorityRequest> priorities) {

  /** Whether {@code RegisterModule} returned a success {@code HRESULT}. */
  public boolean succeeded() {
    return hr >= 0;
  }

  /** The notifications of the mask. */
  public Set<GlobalEvent> events() {
    Set<GlobalEvent> events = EnumSet.noneOf(GlobalEvent.class);
    for (GlobalEvent event : GlobalEvent.values()) {
      if ((mask & event.bit()) != 0) {
        events.add(event);
      }
    }
    return events;
  }

  /** The priority last set for {@code event}, if any. */
  public Optional<Priority> priority(GlobalEvent event) {
    Priority found = null;
    for (PriorityRequest request : priorities) {
      if (request.event() == event) {
        found = request.priority();
      }
    }
    return Optional.ofNullable(found);
  }

  static Registration from(ReportLine line) {
    List<PriorityRequest> priorities =
        line.objects("priorities").stream().map(Registration::priorityRequest).toList();
    return new Registration(
        line.string("module"),
        line.string("moduleName"),
        line.number("serverVersion"),
        line.hex("hr"),
        line.flag("globalModule"),
        (int) line.number("mask"),
        List.copyOf(line.strings("maskNames")),
        (int) line.number("unknownMaskBits"),
        priorities);
  }

  private static PriorityRequest priorityRequest(Map<String, Object> fields) {
    String notification = (String) fields.get("notification");
    return new PriorityRequest(
        GlobalEvent.valueOf(notification.substring("GL_".length())),
        Priority.valueOf((String) fields.get("priority")));
  }
}
