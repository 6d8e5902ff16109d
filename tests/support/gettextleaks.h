#pragma once

// For tests that read or write .po files through libgettextpo, under AddressSanitizer (packaging/dev.sh asan):
// libgettextpo is built without frame pointers, so the fast unwinder stops at its allocator and the leaks its own
// parser keeps (named in packaging/lsan.supp, with the reason) cannot be told from ours. The slow unwinder sees the
// whole stack; it is set here, for these programs only, because it slows every allocation (packaging/fuzz.sh does
// the same for the pofile harness). Include in one source file of the test program.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char *__asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
#endif
