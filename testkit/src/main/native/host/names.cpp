#include "names.h"

#include "iis_api.h"
#include "text.h"

namespace jiis_host {

namespace {

struct Named {
  unsigned long value;
  const char* name;
};

const Named kCacheOperations[] = {
    {CACHE_OPERATION_RETRIEVE, "CACHE_OPERATION_RETRIEVE"},
    {CACHE_OPERATION_ADD, "CACHE_OPERATION_ADD"},
    {CACHE_OPERATION_DELETE, "CACHE_OPERATION_DELETE"},
    {CACHE_OPERATION_FLUSH_PREFIX, "CACHE_OPERATION_FLUSH_PREFIX"},
    {CACHE_OPERATION_ENUM, "CACHE_OPERATION_ENUM"},
};
// The length of "CACHE_OPERATION_", which the short names leave out.
const size_t kCacheOperationPrefixLength = sizeof "CACHE_OPERATION_" - 1;

const Named kGlobalNotifications[] = {
    {GL_STOP_LISTENING, "GL_STOP_LISTENING"},
    {GL_CACHE_CLEANUP, "GL_CACHE_CLEANUP"},
    {GL_CACHE_OPERATION, "GL_CACHE_OPERATION"},
    {GL_HEALTH_CHECK, "GL_HEALTH_CHECK"},
    {GL_CONFIGURATION_CHANGE, "GL_CONFIGURATION_CHANGE"},
    {GL_FILE_CHANGE, "GL_FILE_CHANGE"},
    {GL_PRE_BEGIN_REQUEST, "GL_PRE_BEGIN_REQUEST"},
    {GL_APPLICATION_START, "GL_APPLICATION_START"},
    {GL_APPLICATION_RESOLVE_MODULES, "GL_APPLICATION_RESOLVE_MODULES"},
    {GL_APPLICATION_STOP, "GL_APPLICATION_STOP"},
    {GL_RSCA_QUERY, "GL_RSCA_QUERY"},
    {GL_TRACE_EVENT, "GL_TRACE_EVENT"},
    {GL_CUSTOM_NOTIFICATION, "GL_CUSTOM_NOTIFICATION"},
    {GL_THREAD_CLEANUP, "GL_THREAD_CLEANUP"},
    {GL_APPLICATION_PRELOAD, "GL_APPLICATION_PRELOAD"},
    {GL_SUSPEND_PROCESS, "GL_SUSPEND_PROCESS"},
};

const wchar_t* const kPriorityAliases[] = {PRIORITY_ALIAS_FIRST, PRIORITY_ALIAS_HIGH,
                                           PRIORITY_ALIAS_MEDIUM, PRIORITY_ALIAS_LOW,
                                           PRIORITY_ALIAS_LAST};

}  // namespace

int cacheOperationFromName(const std::string& name) {
  for (const Named& operation : kCacheOperations) {
    const std::string constant = operation.name;
    if (name == constant || name == constant.substr(kCacheOperationPrefixLength)) {
      return static_cast<int>(operation.value);
    }
  }
  return -1;
}

std::string cacheOperationNameList() {
  std::string list;
  for (const Named& operation : kCacheOperations) {
    list += (list.empty() ? "" : ", ") + std::string(operation.name + kCacheOperationPrefixLength);
  }
  return list;
}

const char* cacheOperationConstant(int value) {
  for (const Named& operation : kCacheOperations) {
    if (static_cast<int>(operation.value) == value) return operation.name;
  }
  return nullptr;
}

std::vector<std::string> globalNotificationNames(unsigned long mask) {
  std::vector<std::string> names;
  for (const Named& notification : kGlobalNotifications) {
    if ((mask & notification.value) != 0) names.push_back(notification.name);
  }
  return names;
}

unsigned long unknownGlobalNotificationBits(unsigned long mask) {
  for (const Named& notification : kGlobalNotifications) {
    mask &= ~notification.value;
  }
  return mask;
}

const char* globalNotificationName(unsigned long bit) {
  for (const Named& notification : kGlobalNotifications) {
    if (bit == notification.value) return notification.name;
  }
  return nullptr;
}

const char* notificationStatusName(int status) {
  switch (status) {
    case GL_NOTIFICATION_CONTINUE: return "GL_NOTIFICATION_CONTINUE";
    case GL_NOTIFICATION_HANDLED: return "GL_NOTIFICATION_HANDLED";
    default: return nullptr;
  }
}

bool isPriorityAlias(const std::string& priority) {
  for (const wchar_t* alias : kPriorityAliases) {
    if (priority == utf8FromWide(alias)) return true;
  }
  return false;
}

const char* logLevelName(int level) {
  static const char* const kLevels[] = {"error", "warning", "info", "debug"};
  return level >= 0 && level < 4 ? kLevels[level] : nullptr;
}

}  // namespace jiis_host
