#include "inventory.hpp"

#include "namespec.hpp"

namespace sup::rpc_supervisor {

namespace {

std::string copy(const char* s) { return s ? s : ""; }

}  // namespace

std::string ProcessView::namespec() const { return make_namespec(group, name); }

std::optional<ProcessView> process_view(const SupervisorInterface& self, sup_process_id id) {
    sup_process_info info{};
    info.struct_size = sizeof info;
    if (self.api->process_info(self.ctx, id, &info) != SUP_OK) return std::nullopt;
    ProcessView view;
    view.id = id;
    view.name = copy(info.name);
    view.group = copy(info.group);
    view.state = info.state;
    view.pid = info.pid;
    view.start = info.start;
    view.stop = info.stop;
    view.exitstatus = info.exitstatus;
    view.spawnerr = copy(info.spawnerr);
    view.stdout_logfile = copy(info.stdout_logfile);
    view.stderr_logfile = copy(info.stderr_logfile);
    return view;
}

std::vector<ProcessView> all_processes(const SupervisorInterface& self) {
    std::vector<ProcessView> views;
    const std::size_t n = self.api->process_count(self.ctx);
    views.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (auto view = process_view(self, self.api->process_at(self.ctx, i))) views.push_back(std::move(*view));
    return views;
}

std::vector<ProcessView> group_processes(const SupervisorInterface& self, const std::string& group) {
    std::vector<ProcessView> views;
    for (auto& view : all_processes(self))
        if (view.group == group) views.push_back(std::move(view));
    return views;
}

bool group_exists(const SupervisorInterface& self, const std::string& group) {
    const std::size_t n = self.api->group_count(self.ctx);
    for (std::size_t i = 0; i < n; ++i) {
        const char* name = self.api->group_at(self.ctx, i);
        if (name && group == name) return true;
    }
    return false;
}

bool is_running_state(int state) {
    return state == SUP_STATE_STARTING || state == SUP_STATE_RUNNING || state == SUP_STATE_BACKOFF;
}

bool is_signallable_state(int state) {
    return state == SUP_STATE_STARTING || state == SUP_STATE_RUNNING || state == SUP_STATE_STOPPING;
}

}  // namespace sup::rpc_supervisor
