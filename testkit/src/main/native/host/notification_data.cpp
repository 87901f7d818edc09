#include "notification_data.h"

#include "text.h"

namespace jiis_host {

HostApplication::HostApplication(const ApplicationSpec& spec)
    : physicalPath_(wideFromUtf8(spec.physicalPath)),
      applicationId_(wideFromUtf8(spec.applicationId)),
      configPath_(wideFromUtf8(spec.configPath)) {}

NotificationData::NotificationData(const Step& step)
    : step(step),
      changePath(wideFromUtf8(step.notification.changePath)),
      fileName(wideFromUtf8(step.notification.fileName)),
      functionName(wideFromUtf8(step.notification.functionName)),
      functionParameters(wideFromUtf8(step.notification.functionParameters)),
      notificationType(wideFromUtf8(step.notification.notificationType)),
      application(step.notification.application) {
  const TraceEventSpec& trace = step.notification.trace;
  providerGuid = trace.providerGuid;
  areaGuid = trace.areaGuid.value_or(GUID{});
  activityGuid = trace.activityGuid.value_or(GUID{});
  relatedActivityGuid = trace.relatedActivityGuid.value_or(GUID{});
  eventName = wideFromUtf8(trace.eventName);
  // Every vector is filled before any pointer into it is taken.
  for (const TraceItemSpec& item : trace.items) {
    itemNames.push_back(wideFromUtf8(item.name));
    itemDescriptions.push_back(item.description ? wideFromUtf8(*item.description) : L"");
    itemData.push_back(item.data);
  }
  for (size_t i = 0; i < trace.items.size(); i++) {
    HTTP_TRACE_EVENT_ITEM item;
    item.pszName = itemNames[i].c_str();
    item.dwDataType = trace.items[i].type;
    item.pbData = itemData[i].data();
    item.cbData = static_cast<DWORD>(itemData[i].size());
    item.pszDataDescription = trace.items[i].description ? itemDescriptions[i].c_str() : nullptr;
    items.push_back(item);
  }
  traceEvent.pProviderGuid = &providerGuid;
  traceEvent.dwArea = trace.area;
  traceEvent.pAreaGuid = trace.areaGuid ? &areaGuid : nullptr;
  traceEvent.dwEvent = trace.event;
  traceEvent.pszEventName = eventName.c_str();
  traceEvent.dwEventVersion = trace.eventVersion;
  traceEvent.dwVerbosity = trace.verbosity;
  traceEvent.pActivityGuid = trace.activityGuid ? &activityGuid : nullptr;
  traceEvent.pRelatedActivityGuid = trace.relatedActivityGuid ? &relatedActivityGuid : nullptr;
  traceEvent.dwTimeStamp = trace.timeStamp;
  traceEvent.dwFlags = trace.flags;
  traceEvent.cEventItems = static_cast<DWORD>(items.size());
  traceEvent.pEventItems = items.empty() ? nullptr : items.data();
}

}  // namespace jiis_host
