#include "empty_call.h"

namespace {

class NothingCall final : public EmptyCall {
 public:
  __attribute__((noinline)) int Call(void*) override { return 0; }
};

NothingCall instance;
EmptyCall* volatile published = &instance;

}  // namespace

EmptyCall* bench_empty_call(void) {
  return published;
}
