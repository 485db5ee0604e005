#ifndef PARLEY_PREFETCH_H
#define PARLEY_PREFETCH_H

/// Asks the processor to start loading the cache line at `p` (a hint: no fault, no effect on
/// results). Swift has no prefetch intrinsic; the weight lookup uses this to overlap the cache
/// misses of one score's rows.
static inline void parley_prefetch(const void *p) { __builtin_prefetch(p, 0, 3); }

#endif
