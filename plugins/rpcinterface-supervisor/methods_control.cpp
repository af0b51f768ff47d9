// Starting and stopping processes, one, a group, or all.
#include "batch.hpp"
#include "methods.hpp"
#include "namespec.hpp"
#include "process_control.hpp"
#include "target.hpp"

namespace sup::rpc_supervisor::methods {

namespace {

// Completes a single-process call with the outcome.
Settled answer(Call call) {
    return [call](int code, const std::string& text) mutable {
        if (code == SUCCESS) call.succeed(call.boolean(true));
        else call.fail_with_text(code, text);
    };
}

std::vector<ProcessView> chosen(std::vector<ProcessView> processes, bool want_running) {
    std::erase_if(processes, [&](const ProcessView& p) { return is_running_state(p.state) != want_running; });
    return processes;
}

void start_batch(Call& call, std::vector<ProcessView> processes, bool wait) {
    run_batch(call, chosen(std::move(processes), false), [&call, wait](const ProcessView& p, Settled settled) {
        start_one(call.self(), p, wait, std::move(settled));
    });
}

void stop_batch(Call& call, std::vector<ProcessView> processes, bool wait) {
    run_batch(call, chosen(std::move(processes), true), [&call, wait](const ProcessView& p, Settled settled) {
        stop_one(call.self(), p, wait, std::move(settled));
    });
}

// The group named `name`, or BAD_NAME.
bool known_group(Call& call, const std::string& name) {
    if (group_exists(call.self(), name)) return true;
    call.fail(BAD_NAME, name);
    return false;
}

}  // namespace

void start_process(Call& call) {
    if (!call.arity(1, 2) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const bool wait = call.truth(1, true);
    const auto target = resolve(call, *namespec);
    if (!target) return;
    if (!target->process) return start_batch(call, group_processes(call.self(), target->group), wait);
    start_one(call.self(), *target->process, wait, answer(call));
}

void start_process_group(Call& call) {
    if (!call.arity(1, 2) || !call.supervisor_running()) return;
    const auto name = call.text(0);
    if (!name || !known_group(call, *name)) return;
    start_batch(call, group_processes(call.self(), *name), call.truth(1, true));
}

void start_all_processes(Call& call) {
    if (!call.arity(0, 1) || !call.supervisor_running()) return;
    start_batch(call, all_processes(call.self()), call.truth(0, true));
}

void stop_process(Call& call) {
    if (!call.arity(1, 2) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const bool wait = call.truth(1, true);
    const auto target = resolve(call, *namespec);
    if (!target) return;
    if (!target->process) return stop_batch(call, group_processes(call.self(), target->group), wait);
    stop_one(call.self(), *target->process, wait, answer(call));
}

void stop_process_group(Call& call) {
    if (!call.arity(1, 2) || !call.supervisor_running()) return;
    const auto name = call.text(0);
    if (!name || !known_group(call, *name)) return;
    stop_batch(call, group_processes(call.self(), *name), call.truth(1, true));
}

void stop_all_processes(Call& call) {
    if (!call.arity(0, 1) || !call.supervisor_running()) return;
    stop_batch(call, all_processes(call.self()), call.truth(0, true));
}

}  // namespace sup::rpc_supervisor::methods
