/* Case (a): the floor of dispatch, an empty C++ virtual call the compiler cannot see through. */
#ifndef JIIS_BENCH_EMPTY_CALL_H
#define JIIS_BENCH_EMPTY_CALL_H

class EmptyCall {
 public:
  virtual ~EmptyCall() {}
  virtual int Call(void* argument) = 0;
};

/* An EmptyCall whose Call does nothing, built in another file and handed out through a
 * volatile pointer, so every call stays an indirect call through the vtable. */
EmptyCall* bench_empty_call(void);

#endif
