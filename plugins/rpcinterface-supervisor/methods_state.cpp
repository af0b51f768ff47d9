// supervisord's identity and lifecycle, config reload and group add/remove.
#include <sstream>
#include <string>

#include "methods.hpp"
#include "process_description.hpp"

namespace sup::rpc_supervisor::methods {

namespace {

constexpr const char* api_version = "3.0";

const char* or_empty(const char* s) { return s ? s : ""; }

// "a b c" -> ["a", "b", "c"]
sup_value* name_list(const Call& call, const char* names) {
    sup_value* list = call.array();
    std::istringstream words(or_empty(names));
    for (std::string name; words >> name;) call.append(list, call.string(name));
    return list;
}

}  // namespace

void get_api_version(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.succeed(call.string(api_version));
}

void get_supervisor_version(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.succeed(call.string(or_empty(call.api().version(call.self().ctx))));
}

void get_identification(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.succeed(call.string(or_empty(call.api().identification(call.self().ctx))));
}

void get_state(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    const int state = call.api().supervisor_state(call.self().ctx);
    sup_value* result = call.structure();
    call.set(result, "statecode", call.integer_value(state));
    call.set(result, "statename", call.string(supervisor_state_name(state)));
    call.succeed(result);
}

void get_pid(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.succeed(call.integer_value(call.api().supervisor_pid(call.self().ctx)));
}

void shutdown(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.api().request_shutdown(call.self().ctx);
    call.succeed(call.boolean(true));
}

void restart(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    call.api().request_restart(call.self().ctx);
    call.succeed(call.boolean(true));
}

void reload_config(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    const char *added = nullptr, *changed = nullptr, *removed = nullptr, *error = nullptr;
    if (call.api().reload_config(call.self().ctx, &added, &changed, &removed, &error) != SUP_OK) {
        call.fail(CANT_REREAD, or_empty(error));
        return;
    }
    sup_value* diff = call.array();
    call.append(diff, name_list(call, added));
    call.append(diff, name_list(call, changed));
    call.append(diff, name_list(call, removed));
    sup_value* result = call.array();  // the reference wraps it once more
    call.append(result, diff);
    call.succeed(result);
}

void add_process_group(Call& call) {
    if (!call.arity(1, 1) || !call.supervisor_running()) return;
    const auto name = call.text(0);
    if (!name) return;
    const int rc = call.api().group_add(call.self().ctx, name->c_str());
    if (rc == SUP_OK) call.succeed(call.boolean(true));
    else if (rc == SUP_ERR_SHUTDOWN_STATE) call.fail(SHUTDOWN_STATE);
    else call.fail(-rc, *name);
}

void remove_process_group(Call& call) {
    if (!call.arity(1, 1) || !call.supervisor_running()) return;
    const auto name = call.text(0);
    if (!name) return;
    const int rc = call.api().group_remove(call.self().ctx, name->c_str());
    if (rc == SUP_OK) call.succeed(call.boolean(true));
    else call.fail(-rc, *name);
}

}  // namespace sup::rpc_supervisor::methods
