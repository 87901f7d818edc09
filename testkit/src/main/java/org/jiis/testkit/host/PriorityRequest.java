package org.jiis.testkit.host;

import org.jiis.GlobalEvent;
import org.jiis.Priority;

/**
 * A priority the module set with {@code SetPriorityForGlobalNotification} and the host accepted.
 *
 * @param event the notification
 * @param priority the {@code PRIORITY_ALIAS_*} value
 */
public record PriorityRequest(GlobalEvent event, Priority priority) {}
