// The Supervisor's control surface for plugins: finding processes, start
// and stop with completion, config reload and group add/remove. Semantics
// and result codes follow the reference's rpcinterface.py.
#include <algorithm>

#include "config/load.hpp"
#include "events/payloads.hpp"
#include "supervisor/plugin.h"
#include "supervisor/supervisor.hpp"

namespace sup {

using process::Process;
using process::ProcessState;

Process* Supervisor::find_process(std::uint64_t id) const {
    for (const auto& g : groups_)
        for (const auto& p : g->processes)
            if (p->id() == id) return p.get();
    return nullptr;
}

// "name" means group "name", process "name" (a program's own group);
// "group:name" names both. "group:*" is a group, not a process.
Process* Supervisor::find_process(std::string_view namespec) const {
    std::string_view group_name = namespec, process_name = namespec;
    if (auto colon = namespec.find(':'); colon != std::string_view::npos) {
        group_name = namespec.substr(0, colon);
        process_name = namespec.substr(colon + 1);
    }
    for (const auto& g : groups_) {
        if (g->config.name != group_name) continue;
        for (const auto& p : g->processes)
            if (p->name() == process_name) return p.get();
    }
    return nullptr;
}

int Supervisor::start_process(Process& p, Done done, std::string& message) {
    if (mood_ != SupervisorState::RUNNING) return SUP_ERR_SHUTDOWN_STATE;
    // The reference checks the command before anything else.
    auto resolved = p.resolve_command();
    if (auto* err = std::get_if<process::CommandError>(&resolved)) {
        message = err->message;
        return err->not_found ? SUP_ERR_NO_FILE : SUP_ERR_NOT_EXECUTABLE;
    }
    if (process::is_running_state(p.state())) return SUP_ERR_ALREADY_STARTED;
    if (p.state() == ProcessState::UNKNOWN) return SUP_ERR_FAILED;
    if (!p.start()) return SUP_ERR_FAILED;
    // A spawn that failed at once left the process in BACKOFF (or FATAL).
    if (p.state() != ProcessState::STARTING && p.state() != ProcessState::RUNNING)
        return SUP_ERR_SPAWN_ERROR;
    if (done) {
        if (p.state() == ProcessState::RUNNING) done(SUP_OK);
        else waiters_.push_back({p.id(), true, std::move(done)});
    }
    return SUP_OK;
}

int Supervisor::stop_process(Process& p, Done done) {
    if (mood_ != SupervisorState::RUNNING) return SUP_ERR_SHUTDOWN_STATE;
    if (!process::is_running_state(p.state())) return SUP_ERR_NOT_RUNNING;
    p.stop();
    if (done) {
        if (process::is_stopped_state(p.state())) done(SUP_OK);
        else waiters_.push_back({p.id(), false, std::move(done)});
    }
    return SUP_OK;
}

void Supervisor::settle_waiters(Process& p) {
    const ProcessState s = p.state();
    // Collect first: a completion may start or stop processes (new waiters).
    std::vector<std::pair<Done, int>> ready;
    std::erase_if(waiters_, [&](Waiter& w) {
        if (w.process != p.id()) return false;
        int result;
        if (w.for_start) {
            if (s == ProcessState::STARTING) return false;
            result = s == ProcessState::RUNNING ? SUP_OK
                     : !p.spawn_error().empty() ? SUP_ERR_SPAWN_ERROR
                                                : SUP_ERR_ABNORMAL_TERMINATION;
        } else {
            if (!process::is_stopped_state(s)) return false;
            result = SUP_OK;
        }
        ready.emplace_back(std::move(w.done), result);
        return true;
    });
    for (auto& [done, result] : ready) done(result);
}

Supervisor::ConfigDiff Supervisor::reload_config() {
    reread_ = std::make_unique<config::Config>(config::load_file(config_->path));
    ConfigDiff diff;
    for (const auto& g : reread_->groups) {
        auto it = std::find_if(groups_.begin(), groups_.end(),
                               [&](const auto& cur) { return cur->config.name == g.name; });
        if (it == groups_.end()) diff.added.push_back(g.name);
        else if (!((*it)->config == g)) diff.changed.push_back(g.name);
    }
    for (const auto& cur : groups_) {
        bool kept = std::any_of(reread_->groups.begin(), reread_->groups.end(),
                                [&](const auto& g) { return g.name == cur->config.name; });
        if (!kept) diff.removed.push_back(cur->config.name);
    }
    return diff;
}

int Supervisor::add_group(const std::string& name) {
    if (mood_ != SupervisorState::RUNNING) return SUP_ERR_SHUTDOWN_STATE;
    const config::Config& source = reread_ ? *reread_ : *config_;
    auto it = std::find_if(source.groups.begin(), source.groups.end(),
                           [&](const auto& g) { return g.name == name; });
    if (it == source.groups.end()) return SUP_ERR_BAD_NAME;
    for (const auto& g : groups_)
        if (g->config.name == name) return SUP_ERR_ALREADY_ADDED;
    create_group(*it);
    for (const auto& g : groups_)
        if (g->config.name == name)
            for (auto& p : g->processes) p->start_if_autostart();
    return SUP_OK;
}

int Supervisor::remove_group(const std::string& name) {
    auto it = std::find_if(groups_.begin(), groups_.end(),
                           [&](const auto& g) { return g->config.name == name; });
    if (it == groups_.end()) return SUP_ERR_BAD_NAME;
    if (!(*it)->all_stopped()) return SUP_ERR_STILL_RUNNING;
    for (const auto& p : (*it)->processes)
        std::erase_if(waiters_, [&](const Waiter& w) { return w.process == p->id(); });
    claimed_outputs_.erase(name);
    groups_.erase(it);
    bus_.publish({events::EventType::PROCESS_GROUP_REMOVED, events::process_group_payload(name)});
    return SUP_OK;
}

void Supervisor::claim_group_output(const std::string& group, OutputObserver observer) {
    claimed_outputs_[group] = std::move(observer);
}

}  // namespace sup
