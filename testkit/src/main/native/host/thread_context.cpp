#include "thread_context.h"

#include <cstdio>

namespace jiis_host {

namespace {

thread_local char t_name[24] = "";
thread_local long long t_sequence = -1;
thread_local const char* t_method = nullptr;
thread_local const char* t_module = nullptr;

}  // namespace

void setThreadName(const char* name) { std::snprintf(t_name, sizeof t_name, "%s", name); }

void beginDelivery(long long sequence, const char* method, const char* module) {
  t_sequence = sequence;
  t_method = method;
  t_module = module;
}

void endDelivery() {
  t_sequence = -1;
  t_method = nullptr;
  t_module = nullptr;
}

const char* currentDeliveryMethod() { return t_method; }

void addThreadFields(JsonLine* line) {
  line->text("thread", t_name[0] != 0 ? t_name : "other");
  if (t_module != nullptr) {
    line->text("moduleName", t_module);
  }
  if (t_method != nullptr) {
    line->text("during", t_method);
  }
  if (t_sequence >= 0) {
    line->number("eventSequence", t_sequence);
  }
}

}  // namespace jiis_host
