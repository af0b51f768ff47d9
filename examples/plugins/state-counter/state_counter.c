/*
 * state-counter: counts PROCESS_STATE events per type and serves the
 * counts as the RPC method statecounter.getCounts, which returns a struct
 * {"PROCESS_STATE_RUNNING": n, ...} with one member per state seen so far.
 *
 * Plain C99 against plugin-api/ alone:
 *   cc -std=c99 -shared -fPIC -I plugin-api -o sup-state-counter.so state_counter.c
 * Load it with
 *   [plugin:state-counter]
 *   path = /abs/path/sup-state-counter.so
 * or put sup-state-counter.so in a plugin directory and write only the
 * section header. An optional key `prefix` (default "PROCESS_STATE_") keeps
 * only the event types whose name starts with it.
 */
#include <stdlib.h>
#include <string.h>

#include "supervisor/plugin.h"

#define MAX_TYPES 32 /* more than there are event types */

struct counter {
    const struct sup_host_api* host;
    sup_plugin_ctx* ctx;
    const char* names[MAX_TYPES]; /* type names as the host passes them: static */
    uint64_t counts[MAX_TYPES];
    char prefix[64];
};

static void on_state(void* user_data, const struct sup_event* event) {
    struct counter* c = user_data;
    if (event->type < 0 || event->type >= MAX_TYPES) return;
    if (strncmp(event->type_name, c->prefix, strlen(c->prefix)) != 0) return;
    c->names[event->type] = event->type_name;
    c->counts[event->type]++;
}

static void get_counts(void* user_data, sup_rpc_call* call, const sup_value* params) {
    struct counter* c = user_data;
    const struct sup_host_api* h = c->host;
    sup_value* result;
    int type;
    if (h->value_count(params) != 0) {
        h->rpc_fault(call, SUP_ERR_INCORRECT_PARAMETERS, NULL);
        return;
    }
    result = h->value_struct(call);
    for (type = 0; type < MAX_TYPES; ++type)
        if (c->names[type]) h->struct_set(result, c->names[type], h->value_int(call, (int64_t)c->counts[type]));
    h->rpc_return(call, result);
}

static int fail(char* error, size_t error_size, const char* reason) {
    strncpy(error, reason, error_size - 1);
    error[error_size - 1] = '\0';
    return SUP_ERR_FAILED;
}

static int init(const struct sup_host_api* host, sup_plugin_ctx* ctx, void** instance, char* error,
                size_t error_size) {
    struct counter* c;
    const char* prefix;
    c = calloc(1, sizeof *c);
    if (!c) return fail(error, error_size, "out of memory");
    c->host = host;
    c->ctx = ctx;
    prefix = host->config_get(ctx, host->config_own_section(ctx), "prefix");
    strncpy(c->prefix, prefix ? prefix : "PROCESS_STATE_", sizeof c->prefix - 1);

    if (!host->event_subscribe(ctx, SUP_EV_PROCESS_STATE, on_state, c) ||
        host->rpc_register(ctx, "statecounter.getCounts", get_counts, c, "struct",
                           "Count of PROCESS_STATE events per type since supervisord started.\n\n"
                           "@return struct result  event type name -> count") != SUP_OK) {
        free(c);
        return fail(error, error_size, "cannot subscribe or register statecounter.getCounts");
    }
    *instance = c;
    return SUP_OK;
}

/* The host drops the subscription and the method itself. */
static void fini(void* instance) { free(instance); }

SUP_PLUGIN_EXPORT const struct sup_plugin_descriptor* supervisor_plugin_entry(void) {
    static const struct sup_plugin_descriptor descriptor = {
        sizeof(struct sup_plugin_descriptor),
        SUP_ABI_MAJOR,
        SUP_ABI_MINOR,
        "state-counter",
        "1.0",
        SUP_KIND_EVENT_CONSUMER | SUP_KIND_RPC_INTERFACE,
        init,
        NULL, /* writes no files */
        fini};
    return &descriptor;
}
