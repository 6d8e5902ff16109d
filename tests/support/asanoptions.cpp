// AddressSanitizer's defaults for one test program (packaging/dev.sh asan; empty in every other build). Linked
// into every program by cv_add_test() and into the fuzz corpus replays; what a program needs comes from its
// compile definitions. ASAN_OPTIONS from the environment still wins for any option it names.
//
// CV_ASAN_SLOW_UNWIND (cv_add_test GETTEXT): the program reads or writes .po files through libgettextpo, which is
//   built without frame pointers, so the fast unwinder stops at its allocator and the leaks its own parser keeps
//   (named in packaging/lsan.supp, with the reason) cannot be told from ours. The slow unwinder sees the whole
//   stack. Only these programs: it makes every allocation slower (a UI test about five times).
// CV_ASAN_WEBENGINE (programs linked to cv_ui): Chromium inside libQt6WebEngineCore deletes some of its objects
//   through a type smaller than the one it allocated (88 bytes freed as 24, in ~WebContentsAdapter, whenever a
//   QWebEnginePage is destroyed). That check cannot be suppressed by stack, only turned off; it stays on in the
//   unit, integration and sandbox programs, which run the models, sync and sandbox code the UI only calls.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char *__asan_default_options()
{
    return ""
#if defined(CV_ASAN_SLOW_UNWIND)
           "fast_unwind_on_malloc=0:"
#endif
#if defined(CV_ASAN_WEBENGINE)
           "new_delete_type_mismatch=0:"
#endif
        ;
}
#endif
