// Signals, stdin and remote-communication events.
#include "batch.hpp"
#include "methods.hpp"
#include "signal_names.hpp"
#include "target.hpp"

namespace sup::rpc_supervisor::methods {

namespace {

// The signal argument as given (a name or a number) and its number.
struct SignalArg {
    std::string text;
    std::optional<int> number;
};

std::optional<SignalArg> signal_arg(Call& call, std::size_t index) {
    const sup_value* v = call.arg(index);
    if (v && call.api().value_type(v) == SUP_VALUE_INT) {
        const std::int64_t n = call.api().value_get_int(v);
        return SignalArg{std::to_string(n), valid_signal_number(n)};
    }
    auto text = call.text(index);
    if (!text) return std::nullopt;
    return SignalArg{*text, parse_signal(*text)};
}

// Signals one process; SUCCESS or a fault with its text.
std::pair<int, std::string> signal_one(SupervisorInterface& self, const ProcessView& p, const SignalArg& signal) {
    if (!signal.number) return {BAD_SIGNAL, fault_text(BAD_SIGNAL, signal.text)};
    if (!is_signallable_state(p.state)) return {NOT_RUNNING, fault_text(NOT_RUNNING, p.namespec())};
    const int rc = self.api->process_signal(self.ctx, p.id, *signal.number);
    if (rc == SUP_OK) return {SUCCESS, "OK"};
    if (rc == SUP_ERR_FAILED) return {FAILED, fault_text(FAILED, self.last_error())};
    if (rc == SUP_ERR_BAD_SIGNAL) return {BAD_SIGNAL, fault_text(BAD_SIGNAL, signal.text)};
    return {-rc, fault_text(-rc, p.namespec())};
}

void signal_batch(Call& call, std::vector<ProcessView> processes, const SignalArg& signal) {
    std::erase_if(processes, [](const ProcessView& p) { return !is_signallable_state(p.state); });
    run_batch(call, processes, [&call, &signal](const ProcessView& p, Settled settled) {
        auto [code, text] = signal_one(call.self(), p, signal);
        settled(code, text);
    });
}

// Python's "%s" of an event field.
std::optional<std::string> event_field(Call& call, std::size_t index) {
    const sup_value* v = call.arg(index);
    if (v && call.api().value_type(v) == SUP_VALUE_INT) return std::to_string(call.api().value_get_int(v));
    return call.text(index);
}

}  // namespace

void signal_process(Call& call) {
    if (!call.arity(2, 2) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const auto signal = signal_arg(call, 1);
    if (!signal) return;
    const auto target = resolve(call, *namespec);
    if (!target) return;
    if (!target->process) return signal_batch(call, group_processes(call.self(), target->group), *signal);
    auto [code, text] = signal_one(call.self(), *target->process, *signal);
    if (code == SUCCESS) call.succeed(call.boolean(true));
    else call.fail_with_text(code, text);
}

void signal_process_group(Call& call) {
    if (!call.arity(2, 2) || !call.supervisor_running()) return;
    const auto name = call.text(0);
    if (!name) return;
    const auto signal = signal_arg(call, 1);
    if (!signal) return;
    if (!group_exists(call.self(), *name)) return call.fail(BAD_NAME, *name);
    signal_batch(call, group_processes(call.self(), *name), *signal);
}

void signal_all_processes(Call& call) {
    if (!call.arity(1, 1) || !call.supervisor_running()) return;
    const auto signal = signal_arg(call, 0);
    if (!signal) return;
    signal_batch(call, all_processes(call.self()), *signal);
}

void send_process_stdin(Call& call) {
    if (!call.arity(2, 2) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const auto chars = call.text(1);
    if (!chars) return;
    const auto process = resolve_process(call, *namespec);
    if (!process) return;
    if (process->pid == 0) return call.fail(NOT_RUNNING, *namespec);
    const int rc = call.api().process_write_stdin(call.self().ctx, process->id, chars->data(), chars->size());
    if (rc == SUP_OK) return call.succeed(call.boolean(true));
    call.fail(-rc, *namespec);
}

void send_remote_comm_event(Call& call) {
    if (!call.arity(2, 2)) return;  // the reference does not check its state here
    const auto type = event_field(call, 0);
    if (!type) return;
    const auto data = event_field(call, 1);
    if (!data) return;
    const std::string payload = "type:" + *type + "\n" + *data;
    call.api().event_publish(call.self().ctx, SUP_EV_REMOTE_COMMUNICATION, payload.data(), payload.size(), 0);
    call.succeed(call.boolean(true));
}

}  // namespace sup::rpc_supervisor::methods
