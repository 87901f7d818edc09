#include "module_lifetime.h"

#include <atomic>
#include <cstdlib>
#include <new>

#include "host_module.h"

namespace jiis_host {

namespace {

// Constant-initialized, so usable by operator delete before and after main.
std::atomic<const void*> g_watched[kMaxModules];
std::atomic<bool> g_deleted[kMaxModules];

// Whether ptr is a watched object (then recorded as deleted and kept).
bool keep(void* ptr) {
  for (size_t i = 0; i < kMaxModules; i++) {
    if (g_watched[i].load(std::memory_order_acquire) == ptr) {
      g_deleted[i].store(true, std::memory_order_release);
      return true;
    }
  }
  return false;
}

}  // namespace

bool watchModuleDeletion(const CGlobalModule* module) {
  for (size_t i = 0; i < kMaxModules; i++) {
    const void* empty = nullptr;
    if (g_watched[i].compare_exchange_strong(empty, module)) return true;
    if (empty == module) return true;
  }
  return false;
}

bool moduleDeleted(const CGlobalModule* module) {
  for (size_t i = 0; i < kMaxModules; i++) {
    if (g_watched[i].load(std::memory_order_acquire) == module) {
      return g_deleted[i].load(std::memory_order_acquire);
    }
  }
  return false;
}

}  // namespace jiis_host

// The replaceable global deallocation functions (plain and sized). operator new is not replaced:
// the standard library's allocates with malloc, so free is the matching release.
void operator delete(void* ptr) noexcept {
  if (ptr != nullptr && !jiis_host::keep(ptr)) std::free(ptr);
}

void operator delete(void* ptr, std::size_t) noexcept { operator delete(ptr); }
