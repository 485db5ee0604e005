#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver (compiler-rt, LLVM >= 11): parses the libFuzzer options in argv and runs
   UserCb on every input, exactly as libFuzzer's own main() does. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
