/*
 * supervisor-cpp plugin ABI, version 1.
 *
 * The only contract between supervisord (the "host") and a plugin (a shared
 * object). Pure C99: integers, pointers + lengths, opaque handles and structs
 * of function pointers. Nothing allocated on one side is freed on the other.
 *
 * VERSIONING
 *   A plugin exports one symbol, SUP_PLUGIN_ENTRY_SYMBOL, a function that
 *   returns its descriptor (struct sup_plugin_descriptor). The descriptor
 *   names the ABI major/minor the plugin was built against. The host loads
 *   it only if the majors are equal and the plugin's minor is not greater
 *   than the host's; otherwise it refuses with a message naming both.
 *   Within a major version, structs only grow at the end and functions are
 *   only appended to struct sup_host_api. Every struct that crosses the
 *   boundary starts with its own size, so each side can tell what the other
 *   knows about. A plugin built for 1.x loads in every host that speaks 1.y,
 *   y >= x; it must not call a host function beyond host->struct_size.
 *
 * THREADING
 *   Every callback into a plugin runs on the host's single loop thread.
 *   Every host function must be called from the loop thread, except
 *   host->post(), which any thread may call to get back onto the loop.
 *   Plugins that start threads hand results back through host->post().
 *
 * LIFETIME
 *   - Strings and structs the host passes into a callback (event payloads,
 *     output chunks, process info, RPC values) are valid until that callback
 *     returns. Copy what you keep. Strings a host function returns are
 *     valid until control goes back to the loop, unless said otherwise.
 *   - Structs a plugin passes to the host to be filled (sup_process_info,
 *     sup_process_config) carry the plugin's sizeof in struct_size; the
 *     host fills only the fields that fit.
 *   - Processes are named by sup_process_id, never by pointer: an id is
 *     never reused, and a call with the id of a process that is gone
 *     answers SUP_ERR_BAD_NAME instead of crashing.
 *   - Subscriptions, watches and timers stay until cancelled or until the
 *     plugin is finalised; the host drops whatever a plugin left behind.
 *   - An RPC call handle (sup_rpc_call*) lives until the plugin completes
 *     it with host->rpc_return() or host->rpc_fault() -- exactly once,
 *     possibly later from another callback (deferred completion).
 *   - init runs before the process groups exist (follow them through
 *     PROCESS_GROUP_ADDED, which arrives before a group's processes start)
 *     and before supervisord daemonizes (forks): open sockets and files in
 *     init so errors reach the user's terminal, but start threads later,
 *     e.g. from a host->post() made in init, which runs once the loop does.
 *   - SIGHUP (restart): every plugin is finalised (fini) after all processes
 *     have stopped, the config is re-read, and the plugins the new config
 *     asks for are loaded and initialised again. Shutdown: fini, then unload.
 *     The loop does not run any more when fini is called: flush what must
 *     go out (e.g. a pending response) before returning, and join threads.
 *
 * ERRORS
 *   Host functions report failure with a negative SUP_ERR_* code (the
 *   values equal the reference's XML-RPC fault codes where one exists).
 *   Plugin callbacks never throw or longjmp across this boundary.
 */
#ifndef SUPERVISOR_PLUGIN_H
#define SUPERVISOR_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SUP_ABI_MAJOR 1
#define SUP_ABI_MINOR 0

#define SUP_PLUGIN_ENTRY_SYMBOL "supervisor_plugin_entry"

#if defined(__GNUC__)
#define SUP_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define SUP_PLUGIN_EXPORT
#endif

/* ---- result codes ------------------------------------------------------ */

enum sup_result {
    SUP_OK = 0,
    SUP_ERR_UNKNOWN_METHOD = -1,
    SUP_ERR_INCORRECT_PARAMETERS = -2,
    SUP_ERR_BAD_ARGUMENTS = -3,
    SUP_ERR_SIGNATURE_UNSUPPORTED = -4,
    SUP_ERR_SHUTDOWN_STATE = -6,
    SUP_ERR_BAD_NAME = -10,
    SUP_ERR_BAD_SIGNAL = -11,
    SUP_ERR_NO_FILE = -20,
    SUP_ERR_NOT_EXECUTABLE = -21,
    SUP_ERR_FAILED = -30,
    SUP_ERR_ABNORMAL_TERMINATION = -40,
    SUP_ERR_SPAWN_ERROR = -50,
    SUP_ERR_ALREADY_STARTED = -60,
    SUP_ERR_NOT_RUNNING = -70,
    SUP_ERR_SUCCESS = -80,
    SUP_ERR_ALREADY_ADDED = -90,
    SUP_ERR_STILL_RUNNING = -91,
    SUP_ERR_CANT_REREAD = -92
};

/* ---- the plugin's side --------------------------------------------------- */

/* What a plugin provides; bits of sup_plugin_descriptor.kinds. */
enum sup_plugin_kind {
    SUP_KIND_TRANSPORT = 1u << 0,     /* serves clients (rpc-unix, rpc-http) */
    SUP_KIND_RPC_INTERFACE = 1u << 1, /* registers RPC methods */
    SUP_KIND_LOG_SINK = 1u << 2,      /* consumes child output */
    SUP_KIND_EVENT_CONSUMER = 1u << 3 /* subscribes to events */
};

typedef struct sup_plugin_ctx sup_plugin_ctx; /* the host's handle for one loaded plugin */
struct sup_host_api;

struct sup_plugin_descriptor {
    uint32_t struct_size; /* sizeof(struct sup_plugin_descriptor) */
    uint16_t abi_major;   /* SUP_ABI_MAJOR the plugin was built with */
    uint16_t abi_minor;   /* SUP_ABI_MINOR the plugin was built with */
    const char* name;     /* e.g. "rpc-unix"; [plugin:NAME] sections match it */
    const char* version;  /* the plugin's own version, free form */
    uint32_t kinds;       /* sup_plugin_kind bits */

    /* Called once on the loop thread after loading. Store `host` and `ctx`
     * (both valid until fini returns). Set *instance to your state. Return
     * SUP_OK, or a negative code with a one-line reason written into
     * error[0..error_size) -- supervisord then exits before spawning. After
     * a failed init, fini is not called: release what init took; the host
     * drops whatever it had registered. */
    int (*init)(const struct sup_host_api* host, sup_plugin_ctx* ctx, void** instance,
                char* error, size_t error_size);

    /* SIGUSR2: reopen every file the plugin writes. May be NULL. */
    void (*reopen_logs)(void* instance);

    /* Last call before unloading. Everything the plugin registered is
     * dropped by the host afterwards. May be NULL. */
    void (*fini)(void* instance);
};

typedef const struct sup_plugin_descriptor* (*sup_plugin_entry_fn)(void);

/* The entry every plugin defines, named by SUP_PLUGIN_ENTRY_SYMBOL. Declared
 * here so that a definition in C++ gets C linkage and is exported even when
 * the plugin is built with hidden visibility. The first three fields of the
 * descriptor (struct_size, abi_major, abi_minor) never move. */
SUP_PLUGIN_EXPORT const struct sup_plugin_descriptor* supervisor_plugin_entry(void);

/* ---- processes ------------------------------------------------------------ */

typedef uint64_t sup_process_id; /* 0 is never a valid id */

/* The reference's process state codes. */
enum sup_process_state {
    SUP_STATE_STOPPED = 0,
    SUP_STATE_STARTING = 10,
    SUP_STATE_RUNNING = 20,
    SUP_STATE_BACKOFF = 30,
    SUP_STATE_STOPPING = 40,
    SUP_STATE_EXITED = 100,
    SUP_STATE_FATAL = 200,
    SUP_STATE_UNKNOWN = 1000
};

enum sup_group_kind {
    SUP_GROUP_PROGRAM = 0,       /* [program:x] */
    SUP_GROUP_HETEROGENEOUS = 1, /* [group:x] */
    SUP_GROUP_EVENT_LISTENER = 2,/* [eventlistener:x] */
    SUP_GROUP_FCGI = 3           /* [fcgi-program:x] */
};

enum sup_channel { SUP_STDOUT = 1, SUP_STDERR = 2 };

/* Runtime facts about one process: what getProcessInfo reports. */
struct sup_process_info {
    uint32_t struct_size;
    sup_process_id id;
    const char* name;
    const char* group;
    int32_t state;          /* sup_process_state */
    int32_t pid;            /* 0 when not running */
    double start;           /* wall-clock seconds since the epoch; 0 = never */
    double stop;            /* likewise */
    int32_t exitstatus;     /* last exit status; 0 if none */
    const char* spawnerr;   /* "" if none */
    const char* stdout_logfile; /* resolved path, AUTO already named; "" = none */
    const char* stderr_logfile;
    int32_t group_kind;     /* sup_group_kind */
};

/* Configuration of one process: every [program:x] key, typed. */
struct sup_process_config {
    uint32_t struct_size;
    const char* name;
    const char* group;
    const char* command;
    const char* directory;   /* NULL if unset */
    int32_t umask;           /* -1 if unset */
    int32_t priority;
    int32_t autostart;       /* bool */
    int32_t autorestart;     /* 0 false, 1 unexpected, 2 true */
    int32_t startsecs;
    int32_t startretries;
    int32_t stopsignal;
    int32_t stopwaitsecs;
    int32_t stopasgroup;
    int32_t killasgroup;
    const int32_t* exitcodes;
    size_t exitcodes_count;
    int32_t redirect_stderr;
    const char* user;        /* NULL if unset */
    const char* serverurl;   /* NULL = AUTO */
    /* Per channel: [0] stdout, [1] stderr. */
    const char* logfile[2];  /* resolved path; "" = none */
    uint64_t logfile_maxbytes[2];
    int32_t logfile_backups[2];
    uint64_t capture_maxbytes[2];
    int32_t events_enabled[2];
    int32_t syslog[2];
    /* environment= as "KEY=value" strings, in order */
    const char* const* environment;
    size_t environment_count;
    int32_t process_num;
    int32_t group_priority;
    int32_t group_kind;      /* sup_group_kind */
    /* [eventlistener:x] only (else 0 / NULL) */
    int32_t buffer_size;
    const char* events;      /* space-separated event type names as written */
    const char* result_handler;
};

/* Called when a start or stop requested with a callback is settled:
 * `result` is SUP_OK, SUP_ERR_SPAWN_ERROR (spawn failed or gave up) or
 * SUP_ERR_ABNORMAL_TERMINATION (left STARTING other than for RUNNING). */
typedef void (*sup_done_fn)(void* user_data, sup_process_id id, int result);

/* One chunk of a child's output, in the order it was read. */
struct sup_output {
    uint32_t struct_size;
    sup_process_id id;
    const char* name;
    const char* group;
    int32_t pid;
    int32_t channel;        /* sup_channel */
    const char* data;
    size_t len;
};
typedef void (*sup_output_fn)(void* user_data, const struct sup_output* chunk);

/* ---- events ---------------------------------------------------------------- */

/* Event type ids; the hierarchy is the reference's. Never renumbered. */
enum sup_event_type {
    SUP_EV_EVENT = 0,
    SUP_EV_PROCESS_STATE,
    SUP_EV_PROCESS_STATE_STOPPED,
    SUP_EV_PROCESS_STATE_EXITED,
    SUP_EV_PROCESS_STATE_STARTING,
    SUP_EV_PROCESS_STATE_STOPPING,
    SUP_EV_PROCESS_STATE_BACKOFF,
    SUP_EV_PROCESS_STATE_FATAL,
    SUP_EV_PROCESS_STATE_RUNNING,
    SUP_EV_PROCESS_STATE_UNKNOWN,
    SUP_EV_PROCESS_COMMUNICATION,
    SUP_EV_PROCESS_COMMUNICATION_STDOUT,
    SUP_EV_PROCESS_COMMUNICATION_STDERR,
    SUP_EV_PROCESS_LOG,
    SUP_EV_PROCESS_LOG_STDOUT,
    SUP_EV_PROCESS_LOG_STDERR,
    SUP_EV_REMOTE_COMMUNICATION,
    SUP_EV_SUPERVISOR_STATE_CHANGE,
    SUP_EV_SUPERVISOR_STATE_CHANGE_RUNNING,
    SUP_EV_SUPERVISOR_STATE_CHANGE_STOPPING,
    SUP_EV_TICK,
    SUP_EV_TICK_5,
    SUP_EV_TICK_60,
    SUP_EV_TICK_3600,
    SUP_EV_PROCESS_GROUP,
    SUP_EV_PROCESS_GROUP_ADDED,
    SUP_EV_PROCESS_GROUP_REMOVED,
    SUP_EV_EVENT_BUFFER_OVERFLOW
};

struct sup_event {
    uint32_t struct_size;
    int32_t type;           /* sup_event_type */
    const char* type_name;  /* "PROCESS_STATE_RUNNING" */
    const char* payload;    /* the reference's serialization, byte for byte */
    size_t payload_len;
    sup_process_id process; /* PROCESS_* events: the process; else 0 */
};
typedef void (*sup_event_fn)(void* user_data, const struct sup_event* event);

/* ---- RPC values -------------------------------------------------------------- */

/* A neutral value tree, as XML-RPC has it (no nil). Values are owned by the
 * call they belong to and die with it; plugins build them with host
 * functions and never free them. */
typedef struct sup_value sup_value;
typedef struct sup_rpc_call sup_rpc_call;

enum sup_value_type {
    SUP_VALUE_INT = 1,
    SUP_VALUE_BOOL,
    SUP_VALUE_STRING,
    SUP_VALUE_DOUBLE,
    SUP_VALUE_DATETIME, /* ISO 8601 text, e.g. "20261124T08:25:01" */
    SUP_VALUE_BINARY,   /* raw bytes (base64 on the wire) */
    SUP_VALUE_ARRAY,
    SUP_VALUE_STRUCT
};

/* A method: `params` is an ARRAY value. Complete `call` exactly once, now
 * or later, with host->rpc_return or host->rpc_fault. */
typedef void (*sup_rpc_method_fn)(void* user_data, sup_rpc_call* call, const sup_value* params);

/* Called by the host when a call invoked through host->rpc_invoke is done:
 * either `result` is set (fault_code 0) or fault_code/fault_string are. */
typedef void (*sup_rpc_result_fn)(void* user_data, const sup_value* result, int fault_code,
                                  const char* fault_string);

/* ---- the loop ------------------------------------------------------------------ */

typedef struct sup_watch sup_watch;
typedef struct sup_timer sup_timer;
enum sup_io_events { SUP_READABLE = 1, SUP_WRITABLE = 2 };
typedef void (*sup_watch_fn)(void* user_data, int fd, int events);
typedef void (*sup_callback_fn)(void* user_data);

/* Log levels: the reference's numbers. */
enum sup_log_level {
    SUP_LOG_BLATHER = 3,
    SUP_LOG_TRACE = 5,
    SUP_LOG_DEBUG = 10,
    SUP_LOG_INFO = 20,
    SUP_LOG_WARN = 30,
    SUP_LOG_ERROR = 40,
    SUP_LOG_CRITICAL = 50
};

/* supervisord's own state, the reference's codes. */
enum sup_supervisor_state {
    SUP_SUPERVISOR_FATAL = 2,
    SUP_SUPERVISOR_RUNNING = 1,
    SUP_SUPERVISOR_RESTARTING = 0,
    SUP_SUPERVISOR_SHUTDOWN = -1
};

/* ---- the host's side ------------------------------------------------------------ */

struct sup_host_api {
    uint32_t struct_size; /* sizeof(struct sup_host_api) as the host knows it */
    uint16_t abi_major;
    uint16_t abi_minor;

    /* -- logging into the main log -- */
    void (*log)(sup_plugin_ctx* ctx, int level, const char* message, size_t len);

    /* -- configuration --
     * Raw values of any section, after %(...)s expansion, as written (no
     * defaults applied). `section` is the full name, e.g. "unix_http_server",
     * "plugin:stats", "rpcinterface:supervisor". Returns NULL if absent. */
    const char* (*config_get)(sup_plugin_ctx* ctx, const char* section, const char* key);
    /* The name of this plugin's own section (e.g. "plugin:stats"), or "". */
    const char* (*config_own_section)(sup_plugin_ctx* ctx);
    /* Iterate keys of a section: index 0..n-1; NULL past the end. */
    const char* (*config_key_at)(sup_plugin_ctx* ctx, const char* section, size_t index);
    /* Iterate section names: NULL past the end. */
    const char* (*config_section_at)(sup_plugin_ctx* ctx, size_t index);
    /* The config file path supervisord was started with. */
    const char* (*config_path)(sup_plugin_ctx* ctx);

    /* -- supervisord itself -- */
    int32_t (*supervisor_state)(sup_plugin_ctx* ctx);       /* sup_supervisor_state */
    int32_t (*supervisor_pid)(sup_plugin_ctx* ctx);
    const char* (*identification)(sup_plugin_ctx* ctx);     /* [supervisord] identifier */
    const char* (*version)(sup_plugin_ctx* ctx);            /* the reference version we speak, "4.2.5" */
    /* Both take effect once the current callback has returned, so an RPC
     * answer can still be sent. */
    void (*request_shutdown)(sup_plugin_ctx* ctx);
    void (*request_restart)(sup_plugin_ctx* ctx);
    /* The main log file path ("" if none). */
    const char* (*main_logfile)(sup_plugin_ctx* ctx);

    /* -- inventory -- processes are listed in start order: by group
     * priority, then by process priority (sort by name yourself where the
     * reference lists names lexically). */
    size_t (*process_count)(sup_plugin_ctx* ctx);
    sup_process_id (*process_at)(sup_plugin_ctx* ctx, size_t index);
    /* "name" or "group:name"; 0 if unknown. */
    sup_process_id (*process_find)(sup_plugin_ctx* ctx, const char* namespec);
    /* Set out->struct_size = sizeof(*out) first. SUP_OK or SUP_ERR_BAD_NAME.
     * process_config's strings and arrays stay valid while the process
     * exists (a changed program is a new process with a new id). */
    int (*process_info)(sup_plugin_ctx* ctx, sup_process_id id, struct sup_process_info* out);
    int (*process_config)(sup_plugin_ctx* ctx, sup_process_id id, struct sup_process_config* out);
    size_t (*group_count)(sup_plugin_ctx* ctx);
    const char* (*group_at)(sup_plugin_ctx* ctx, size_t index);

    /* -- control --
     * start: SUP_ERR_BAD_NAME, SUP_ERR_SHUTDOWN_STATE, SUP_ERR_NO_FILE or
     *   SUP_ERR_NOT_EXECUTABLE (the command; the reason in last_error),
     *   SUP_ERR_ALREADY_STARTED, SUP_ERR_FAILED (UNKNOWN state),
     *   SUP_ERR_SPAWN_ERROR (failed at once), or SUP_OK.
     * stop: SUP_ERR_BAD_NAME, SUP_ERR_SHUTDOWN_STATE, SUP_ERR_NOT_RUNNING,
     *   or SUP_OK.
     * Only after SUP_OK is `done` (may be NULL) called, exactly once, when
     * the start settles / the process is in a stopped state -- possibly
     * before process_start/process_stop returns.
     * signal: SUP_ERR_BAD_NAME, SUP_ERR_BAD_SIGNAL, SUP_ERR_NOT_RUNNING (not
     *   STARTING, RUNNING or BACKOFF), SUP_ERR_FAILED (reason in last_error).
     * write_stdin: SUP_ERR_BAD_NAME, SUP_ERR_NOT_RUNNING (no child, or it is
     *   stopping), SUP_ERR_NO_FILE (stdin closed; reason in last_error). */
    int (*process_start)(sup_plugin_ctx* ctx, sup_process_id id, sup_done_fn done, void* ud);
    int (*process_stop)(sup_plugin_ctx* ctx, sup_process_id id, sup_done_fn done, void* ud);
    int (*process_signal)(sup_plugin_ctx* ctx, sup_process_id id, int signo);
    int (*process_write_stdin)(sup_plugin_ctx* ctx, sup_process_id id, const char* data, size_t len);

    /* Re-read the config file and describe the difference to what runs:
     * three space-separated lists of group names. Returns SUP_OK or
     * SUP_ERR_CANT_REREAD with the reason in `error`. The strings live until
     * the next call. */
    int (*reload_config)(sup_plugin_ctx* ctx, const char** added, const char** changed,
                         const char** removed, const char** error);
    /* Add/remove a group as the last reload_config read it.
     * add: SUP_ERR_BAD_NAME, SUP_ERR_ALREADY_ADDED, SUP_ERR_SHUTDOWN_STATE;
     * remove: SUP_ERR_BAD_NAME, SUP_ERR_STILL_RUNNING. */
    int (*group_add)(sup_plugin_ctx* ctx, const char* group);
    int (*group_remove)(sup_plugin_ctx* ctx, const char* group);

    /* -- events -- subscribe returns a token, or 0 for an unknown type.
     * An abstract type (EVENT, PROCESS_STATE, ...) receives every type
     * below it. Delivery is synchronous, in subscription order. */
    uint64_t (*event_subscribe)(sup_plugin_ctx* ctx, int32_t type, sup_event_fn fn, void* ud);
    void (*event_unsubscribe)(sup_plugin_ctx* ctx, uint64_t subscription);
    /* Publish a concrete event with a ready payload (e.g. PROCESS_LOG_STDOUT,
     * REMOTE_COMMUNICATION). `process` may be 0. SUP_ERR_BAD_ARGUMENTS for
     * an unknown or abstract type. */
    int (*event_publish)(sup_plugin_ctx* ctx, int32_t type, const char* payload, size_t len,
                         sup_process_id process);

    /* -- child output -- every chunk of every process, except those of groups
     * claimed with output_claim_group. */
    uint64_t (*output_subscribe)(sup_plugin_ctx* ctx, sup_output_fn fn, void* ud);
    void (*output_unsubscribe)(sup_plugin_ctx* ctx, uint64_t subscription);
    /* Take over a group's stdout (event-listener pools): its chunks go only
     * to `fn`; the kernel still spawns, supervises and restarts the
     * processes, and the plugin writes their stdin with process_write_stdin.
     * A claim is by name and ends when the group is removed: claim when
     * PROCESS_GROUP_ADDED for the group arrives. */
    int (*output_claim_group)(sup_plugin_ctx* ctx, const char* group, sup_output_fn fn, void* ud);

    /* -- RPC -- */
    /* Register "namespace.method". `signature` is the reference's
     * methodSignature list as text, e.g. "boolean,string,boolean" (return
     * type first); `help` is methodHelp's text. Both may be NULL (then
     * system.methodSignature faults SIGNATURE_UNSUPPORTED and
     * system.methodHelp answers ""). SUP_ERR_BAD_ARGUMENTS for a name that
     * is not "ns.method", a method starting with '_' or the "system"
     * namespace (the host's own); SUP_ERR_ALREADY_ADDED if taken. */
    int (*rpc_register)(sup_plugin_ctx* ctx, const char* method, sup_rpc_method_fn fn, void* ud,
                        const char* signature, const char* help);
    void (*rpc_return)(sup_rpc_call* call, const sup_value* result);
    /* `code` is the fault code (10) or the matching SUP_ERR_* (-10);
     * `message` is the whole faultString as the client sees it (e.g.
     * "BAD_NAME: foo"), or NULL for the code's bare name ("BAD_NAME"). */
    void (*rpc_fault)(sup_rpc_call* call, int code, const char* message);
    /* For transports: invoke a method by name. `params` must be an ARRAY
     * built with rpc_call_new's arena (NULL = no parameters); `done`
     * receives the outcome, maybe later, maybe before rpc_invoke returns.
     * The call handle is freed after `done` returns. An unknown method
     * faults UNKNOWN_METHOD; the host serves system.listMethods,
     * system.methodHelp, system.methodSignature and system.multicall. */
    sup_rpc_call* (*rpc_call_new)(sup_plugin_ctx* ctx);
    void (*rpc_invoke)(sup_rpc_call* call, const char* method, const sup_value* params,
                       sup_rpc_result_fn done, void* ud);

    /* value construction (in the call's arena) */
    sup_value* (*value_int)(sup_rpc_call* call, int64_t v);
    sup_value* (*value_bool)(sup_rpc_call* call, int v);
    sup_value* (*value_double)(sup_rpc_call* call, double v);
    sup_value* (*value_string)(sup_rpc_call* call, const char* s, size_t len);
    sup_value* (*value_datetime)(sup_rpc_call* call, const char* iso8601);
    sup_value* (*value_binary)(sup_rpc_call* call, const char* data, size_t len);
    sup_value* (*value_array)(sup_rpc_call* call);
    sup_value* (*value_struct)(sup_rpc_call* call);
    void (*array_append)(sup_value* array, sup_value* item);
    void (*struct_set)(sup_value* strct, const char* key, sup_value* item);

    /* value inspection */
    int32_t (*value_type)(const sup_value* v);
    int64_t (*value_get_int)(const sup_value* v);    /* INT and BOOL */
    double (*value_get_double)(const sup_value* v);
    /* STRING, DATETIME and BINARY: pointer + length */
    const char* (*value_get_string)(const sup_value* v, size_t* len);
    size_t (*value_count)(const sup_value* v);       /* ARRAY and STRUCT */
    const sup_value* (*array_get)(const sup_value* v, size_t index);
    const char* (*struct_key_at)(const sup_value* v, size_t index);
    const sup_value* (*struct_value_at)(const sup_value* v, size_t index);
    const sup_value* (*struct_get)(const sup_value* v, const char* key);

    /* -- the loop -- */
    /* Level-triggered: fn runs on each loop turn the fd is ready for one of
     * `events` (SUP_READABLE | SUP_WRITABLE). NULL (reason in last_error)
     * if the fd cannot be watched, e.g. a regular file. One watch per fd
     * (ask for both events on it); cancel it before closing the fd, which
     * the host never closes. update and cancel may be called from fn. */
    sup_watch* (*watch_fd)(sup_plugin_ctx* ctx, int fd, int events, sup_watch_fn fn, void* ud);
    void (*watch_update)(sup_watch* w, int events); /* 0 pauses the watch */
    void (*watch_cancel)(sup_watch* w);
    /* One-shot timer; returns a handle valid until it fires or is cancelled. */
    sup_timer* (*timer_start)(sup_plugin_ctx* ctx, uint64_t milliseconds, sup_callback_fn fn, void* ud);
    void (*timer_cancel)(sup_timer* t);
    /* Thread-safe: run fn(ud) on the loop thread soon (never once the
     * plugin's fini has started). */
    void (*post)(sup_plugin_ctx* ctx, sup_callback_fn fn, void* ud);

    /* Why the plugin's last host call that returned a negative code (or
     * NULL) failed, in the reference's words where it has some (e.g. "can't
     * find command 'x'" for SUP_ERR_NO_FILE); "" if there is no more to say.
     * Valid until the plugin's next host call. */
    const char* (*last_error)(sup_plugin_ctx* ctx);
    /* Free a call from rpc_call_new that will not be invoked after all
     * (e.g. the request turned out unparsable half-way). */
    void (*rpc_call_discard)(sup_rpc_call* call);
    /* Whether a message at `level` would reach the main log: lets a plugin
     * skip building lines nobody will see (e.g. per-request access lines). */
    int (*log_enabled)(sup_plugin_ctx* ctx, int level);
};

#ifdef __cplusplus
}
#endif

#endif /* SUPERVISOR_PLUGIN_H */
