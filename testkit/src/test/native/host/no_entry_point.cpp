// A shared object that is no IIS module: it exports no RegisterModule.
extern "C" __attribute__((visibility("default"))) int jiis_test_not_a_module(void) { return 0; }
