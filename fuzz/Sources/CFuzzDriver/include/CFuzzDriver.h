#ifndef RELMAP_CFUZZDRIVER_H
#define RELMAP_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): parses the usual libFuzzer
/// flags in argv and calls `callback` with each input. SwiftPM names an executable's entry point
/// after its module and makes it `main`, which hides libFuzzer's own `main`; so each target's
/// `main` calls this instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
