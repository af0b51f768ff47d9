#include "process_control.hpp"

#include <memory>

#include "faults.hpp"

namespace sup::rpc_supervisor {

namespace {

// Waits for one process to settle after a start or stop.
class ProcessWaiter final : public Pending {
public:
    ProcessWaiter(SupervisorInterface& self, std::string namespec, Settled settled)
        : self_(self), namespec_(std::move(namespec)), settled_(std::move(settled)) {}

    static void on_done(void* ud, sup_process_id, int result) {
        auto* waiter = static_cast<ProcessWaiter*>(ud);
        const Settled settled = std::move(waiter->settled_);
        const std::string namespec = waiter->namespec_;
        waiter->self_.release(waiter);  // deletes it
        switch (result) {
            case SUP_OK: settled(SUCCESS, "OK"); break;
            case SUP_ERR_SPAWN_ERROR: settled(SPAWN_ERROR, fault_text(SPAWN_ERROR, namespec)); break;
            default: settled(ABNORMAL_TERMINATION, fault_text(ABNORMAL_TERMINATION, namespec)); break;
        }
    }

private:
    SupervisorInterface& self_;
    std::string namespec_;
    Settled settled_;
};

// The host's reason, or the name when it gives none.
std::string reason_or(SupervisorInterface& self, const std::string& namespec) {
    std::string why = self.last_error();
    return why.empty() ? namespec : why;
}

std::string start_refusal(SupervisorInterface& self, int code, const std::string& namespec) {
    switch (-code) {
        case NO_FILE:
        case NOT_EXECUTABLE: return fault_text(-code, reason_or(self, namespec));
        case FAILED: return fault_text(FAILED, namespec + " is in an unknown process state");
        case SHUTDOWN_STATE: return fault_text(SHUTDOWN_STATE);
        default: return fault_text(-code, namespec);
    }
}

std::string stop_refusal(SupervisorInterface& self, int code, const std::string& namespec) {
    switch (-code) {
        case FAILED: return fault_text(FAILED, reason_or(self, namespec));
        case SHUTDOWN_STATE: return fault_text(SHUTDOWN_STATE);
        default: return fault_text(-code, namespec);
    }
}

using HostControl = int (*)(sup_plugin_ctx*, sup_process_id, sup_done_fn, void*);

void control_one(SupervisorInterface& self, HostControl control, const ProcessView& process, bool wait,
                 Settled settled, std::string (*refusal)(SupervisorInterface&, int, const std::string&)) {
    const std::string namespec = process.namespec();
    ProcessWaiter* waiter = wait ? self.adopt(std::make_unique<ProcessWaiter>(self, namespec, settled)) : nullptr;
    const int rc = control(self.ctx, process.id, wait ? &ProcessWaiter::on_done : nullptr, waiter);
    if (rc == SUP_OK) {
        if (!wait) settled(SUCCESS, "OK");
        return;  // else the waiter reports (it may have already)
    }
    const std::string text = refusal(self, rc, namespec);  // before any other host call
    if (waiter) self.release(waiter);
    settled(-rc, text);
}

}  // namespace

void start_one(SupervisorInterface& self, const ProcessView& process, bool wait, Settled settled) {
    control_one(self, self.api->process_start, process, wait, std::move(settled), start_refusal);
}

void stop_one(SupervisorInterface& self, const ProcessView& process, bool wait, Settled settled) {
    control_one(self, self.api->process_stop, process, wait, std::move(settled), stop_refusal);
}

}  // namespace sup::rpc_supervisor
