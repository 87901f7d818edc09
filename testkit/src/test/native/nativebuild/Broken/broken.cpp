#error jiis-test: this module does not compile
