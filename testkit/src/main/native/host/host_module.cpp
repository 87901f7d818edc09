#include "host_module.h"

namespace jiis_host {

std::string moduleName(const std::string& path, const Scenario& scenario) {
  if (!scenario.moduleName.empty()) return scenario.moduleName;
  const size_t slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace jiis_host
