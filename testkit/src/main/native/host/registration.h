// The host's IHttpModuleRegistrationInfo: records what the module asks for in RegisterModule.
#ifndef JIIS_HOST_REGISTRATION_H
#define JIIS_HOST_REGISTRATION_H

#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "iis_api.h"

namespace jiis_host {

class HostRegistration final : public IHttpModuleRegistrationInfo {
 public:
  explicit HostRegistration(const std::string& moduleName);

  PCWSTR GetName(VOID) const override;
  HTTP_MODULE_ID GetId(VOID) const override;
  HRESULT SetRequestNotifications(IHttpModuleFactory* pModuleFactory,
                                  DWORD dwRequestNotifications,
                                  DWORD dwPostRequestNotifications) override;
  HRESULT SetGlobalNotifications(CGlobalModule* pGlobalModule,
                                 DWORD dwGlobalNotifications) override;
  HRESULT SetPriorityForRequestNotification(DWORD dwRequestNotification,
                                            PCWSTR pszPriority) override;
  HRESULT SetPriorityForGlobalNotification(DWORD dwGlobalNotification,
                                           PCWSTR pszPriority) override;

  // The module and mask of the accepted SetGlobalNotifications call (nullptr / 0 before it).
  CGlobalModule* globalModule() const;
  DWORD globalNotifications() const;

  // Writes the "registration" line for RegisterModule's result.
  void writeReport(HRESULT registerResult, unsigned long serverVersion,
                   const std::string& modulePath) const;

 private:
  std::string moduleName_;
  std::wstring wideName_;
  mutable std::mutex mutex_;
  CGlobalModule* globalModule_ = nullptr;
  DWORD globalNotifications_ = 0;
  bool globalNotificationsSet_ = false;
  // Accepted SetPriorityForGlobalNotification calls, in order: (GL_* bit, alias).
  std::vector<std::pair<DWORD, std::string>> priorities_;
};

}  // namespace jiis_host

#endif
