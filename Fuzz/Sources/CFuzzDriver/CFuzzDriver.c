/* Only the declaration in include/CFuzzDriver.h; the function is in libFuzzer. */
#include "CFuzzDriver.h"
