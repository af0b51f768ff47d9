/*
 * Deliberately broken plugins for the host's refusal tests. One source,
 * one defect per build:
 *   -DWRONG_MAJOR   built for ABI major SUP_ABI_MAJOR + 1
 *   -DFUTURE_MINOR  built for ABI minor SUP_ABI_MINOR + 1
 *   -DNO_ENTRY      no supervisor_plugin_entry at all
 *   -DINIT_FAILS    init refuses with a reason
 *   (none)          a well-formed plugin that does nothing
 * cc -std=c99 -shared -fPIC -I plugin-api -DINIT_FAILS -o bad.so bad_plugin.c
 */
#include <string.h>

#include "supervisor/plugin.h"

#ifdef NO_ENTRY
int not_a_plugin(void) { return 0; }
#else

static int init(const struct sup_host_api* host, sup_plugin_ctx* ctx, void** instance, char* error,
                size_t error_size) {
    (void)host;
    (void)ctx;
    *instance = NULL;
#ifdef INIT_FAILS
    strncpy(error, "the answer is not 42 today", error_size - 1);
    error[error_size - 1] = '\0';
    return SUP_ERR_FAILED;
#else
    (void)error;
    (void)error_size;
    return SUP_OK;
#endif
}

#ifdef WRONG_MAJOR
#define BUILT_MAJOR (SUP_ABI_MAJOR + 1)
#else
#define BUILT_MAJOR SUP_ABI_MAJOR
#endif
#ifdef FUTURE_MINOR
#define BUILT_MINOR (SUP_ABI_MINOR + 1)
#else
#define BUILT_MINOR SUP_ABI_MINOR
#endif

SUP_PLUGIN_EXPORT const struct sup_plugin_descriptor* supervisor_plugin_entry(void) {
    static const struct sup_plugin_descriptor descriptor = {
        sizeof(struct sup_plugin_descriptor), BUILT_MAJOR, BUILT_MINOR, "bad", "0", 0, init, NULL, NULL};
    return &descriptor;
}
#endif
