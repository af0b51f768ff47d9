#include "supervisor/supervisor.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <cerrno>

#include "events/payloads.hpp"
#include "process/command_line.hpp"
#include "process/wait_status.hpp"
#include "supervisor/auto_logfile.hpp"
#include "supervisor/plugin.h"
#include "runtime/main_log.hpp"

namespace sup {

using events::EventType;
using process::ProcessState;

namespace {

// Large enough that a flooding child is read in few syscalls; shared by
// every pipe, so it costs the same with 1 program or 1000.
constexpr size_t kReadBufferSize = 128 * 1024;

// SUPERVISOR_SERVER_URL for children whose program sets none: the unix
// socket if there is one, else the inet server, as the reference prefers.
std::string serverurl_for(const config::Config& c) {
    if (c.unix_http_server) return "unix://" + c.unix_http_server->file;
    if (c.inet_http_server) {
        const auto& h = c.inet_http_server->host;
        return "http://" + (h.empty() ? std::string("localhost") : h) + ":" +
               std::to_string(c.inet_http_server->port);
    }
    return "";
}

EventType state_event(ProcessState s) {
    switch (s) {
        case ProcessState::STOPPED: return EventType::PROCESS_STATE_STOPPED;
        case ProcessState::STARTING: return EventType::PROCESS_STATE_STARTING;
        case ProcessState::RUNNING: return EventType::PROCESS_STATE_RUNNING;
        case ProcessState::BACKOFF: return EventType::PROCESS_STATE_BACKOFF;
        case ProcessState::STOPPING: return EventType::PROCESS_STATE_STOPPING;
        case ProcessState::EXITED: return EventType::PROCESS_STATE_EXITED;
        case ProcessState::FATAL: return EventType::PROCESS_STATE_FATAL;
        case ProcessState::UNKNOWN: return EventType::PROCESS_STATE_UNKNOWN;
    }
    return EventType::PROCESS_STATE_UNKNOWN;
}

}  // namespace

Supervisor::Supervisor(boost::asio::io_context& io, boost::asio::signal_set& signals,
                       const config::Config& config, std::vector<std::string> base_environment)
    : io_(io),
      signals_(signals),
      config_(&config),
      base_env_(std::move(base_environment)),
      serverurl_(serverurl_for(config)),
      read_buffer_(kReadBufferSize),
      ticker_(io, bus_),
      shutdown_report_timer_(io) {
    bus_.set_subscriptions_changed([this] { ticker_.update(); });
}

Supervisor::~Supervisor() {
    bus_.set_subscriptions_changed(nullptr);
    groups_.clear();  // processes (timers, pipes) go before the rest
}

void Supervisor::add_output_observer(OutputObserver observer) {
    output_observers_.push_back(std::move(observer));
}

void Supervisor::add_reopen_hook(std::function<void()> hook) {
    reopen_hooks_.push_back(std::move(hook));
}

void Supervisor::create_group(const config::GroupConfig& group_config) {
    static std::uint64_t next_process_id = 1;  // never reused, across restarts too
    auto group = std::make_unique<ProcessGroup>();
    group->config = group_config;
    process::StdinSource stdin_source;
    if (group_config.socket) {
        group->socket = std::make_unique<FcgiSocket>(*group_config.socket);
        stdin_source = {group->socket->fd(), group->socket->error()};
        if (!group->socket->error().empty()) mainlog::critical(group->socket->error());
    }
    const auto& sd = config_->supervisord;
    for (const auto& pc : group_config.processes) {
        process::Process::Setup setup{
            next_process_id++, stdin_source,
            resolve_logfile(pc.stdout_channel.logfile, pc.name, "stdout", sd),
            pc.redirect_stderr ? std::string()
                               : resolve_logfile(pc.stderr_channel.logfile, pc.name, "stderr", sd)};
        group->processes.push_back(
            std::make_unique<process::Process>(*this, pc, group_config.name, std::move(setup)));
    }
    // Keep groups in priority order (stable: equal priorities keep their order).
    auto pos = std::upper_bound(groups_.begin(), groups_.end(), group_config.priority,
                                [](int prio, const auto& g) { return prio < g->config.priority; });
    groups_.insert(pos, std::move(group));
    bus_.publish({EventType::PROCESS_GROUP_ADDED, events::process_group_payload(group_config.name)});
}

SupervisorState Supervisor::run() {
    for (const auto& g : config_->groups) create_group(g);
    wait_for_signal();
    bus_.publish({EventType::SUPERVISOR_STATE_CHANGE_RUNNING, ""});
    for (auto& g : groups_)
        for (auto& p : g->processes) p->start_if_autostart();

    while (!finished_) {
        io_.run_one();
    }
    return mood_;
}

// ---- signals and reaping --------------------------------------------------

void Supervisor::wait_for_signal() {
    signals_.async_wait([this, alive = std::weak_ptr<char>(alive_)](
                            const boost::system::error_code& ec, int sig) {
        if (ec || alive.expired()) return;
        handle_signal(sig);
        if (!finished_) wait_for_signal();
    });
}

void Supervisor::handle_signal(int sig) {
    const std::string name = process::signal_name(sig);
    switch (sig) {
        case SIGTERM:
        case SIGINT:
        case SIGQUIT:
            mainlog::warn("received " + name + " indicating exit request");
            request_stop(SupervisorState::SHUTDOWN);
            break;
        case SIGHUP:
            if (mood_ == SupervisorState::SHUTDOWN) {
                mainlog::warn("ignored " + name + " indicating restart request (shutdown in progress)");
            } else {
                mainlog::warn("received " + name + " indicating restart request");
                request_stop(SupervisorState::RESTARTING);
            }
            break;
        case SIGCHLD:
            mainlog::debug("received " + name + " indicating a child quit");
            reap_children();
            break;
        case SIGUSR2:
            mainlog::info("received " + name + " indicating log reopen request");
            mainlog::info("supervisord logreopen");
            if (auto err = mainlog::reopen(); !err.empty()) mainlog::error(err);
            for (auto& hook : reopen_hooks_) hook();
            break;
        default:
            mainlog::blather("received " + name + " indicating nothing");
    }
}

void Supervisor::reap_children() {
    for (;;) {
        int status = 0;
        pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid < 0 && errno == EINTR) continue;
        if (pid <= 0) return;  // none left to reap right now (or ECHILD)
        auto it = by_pid_.find(pid);
        if (it == by_pid_.end()) {
            mainlog::info("reaped unknown pid " + std::to_string(pid) + " (" +
                          process::describe_wait_status(status).message + ")");
            continue;
        }
        process::Process* p = it->second;
        by_pid_.erase(it);
        p->child_exited(status);
    }
}

// ---- ProcessHost ------------------------------------------------------------

void Supervisor::child_started(process::Process& p, pid_t pid) { by_pid_[pid] = &p; }

void Supervisor::state_changed(process::Process& p, ProcessState from, bool expected) {
    EventType type = state_event(p.state());
    if (bus_.wanted(type)) {
        events::ProcessStatePayload payload{p.name(), p.group_name(), process::state_name(from),
                                            process::state_name(p.state()), p.backoff(),
                                            expected, p.pid()};
        bus_.publish({type, events::process_state_payload(payload), p.id()});
    }
    if (!waiters_.empty()) settle_waiters(p);
    if (mood_ != SupervisorState::RUNNING && process::is_stopped_state(p.state()))
        schedule_stop_progress();
}

void Supervisor::output(process::Process& p, process::Channel channel, std::string_view data) {
    if (channel == process::Channel::Stdout && !claimed_outputs_.empty()) {
        if (auto it = claimed_outputs_.find(p.group_name()); it != claimed_outputs_.end()) {
            it->second(p, channel, data);
            return;
        }
    }
    for (auto& observer : output_observers_) observer(p, channel, data);
}

// ---- ordered stop -------------------------------------------------------------

void Supervisor::request_stop(SupervisorState mood) {
    bool first = mood_ == SupervisorState::RUNNING;
    mood_ = mood;
    if (!first) return;
    bus_.publish({EventType::SUPERVISOR_STATE_CHANGE_STOPPING, ""});
    // Groups stop one at a time, highest priority number first; the
    // processes of a group all at once, highest priority number first.
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) stop_queue_.push_back(it->get());
    stop_progress();
}

// Re-entered from state changes: post it, so it never runs inside a
// Process action that is itself part of the stop.
void Supervisor::schedule_stop_progress() {
    if (stop_progress_posted_) return;
    stop_progress_posted_ = true;
    boost::asio::post(io_, [this, alive = std::weak_ptr<char>(alive_)] {
        if (alive.expired()) return;
        stop_progress_posted_ = false;
        stop_progress();
    });
}

void Supervisor::stop_progress() {
    while (!stop_queue_.empty()) {
        ProcessGroup* group = stop_queue_.front();
        for (auto it = group->processes.rbegin(); it != group->processes.rend(); ++it)
            (*it)->shutdown();
        if (!group->all_stopped()) {
            report_unstopped();
            return;
        }
        stop_queue_.pop_front();
    }
    shutdown_report_timer_.cancel();
    finished_ = true;
    signals_.cancel();
}

// "waiting for a, b to die" now and every 3 s while the stop lasts.
void Supervisor::report_unstopped() {
    static constexpr auto kInterval = std::chrono::seconds(3);
    if (shutdown_report_timer_.expiry() > std::chrono::steady_clock::now()) return;
    std::string names;
    for (auto& g : groups_)
        for (auto& p : g->processes)
            if (!process::is_stopped_state(p->state()))
                names += (names.empty() ? "" : ", ") + p->name();
    mainlog::info("waiting for " + names + " to die");
    shutdown_report_timer_.expires_after(kInterval);
    shutdown_report_timer_.async_wait([this, alive = std::weak_ptr<char>(alive_)](
                                          const boost::system::error_code& ec) {
        if (ec || alive.expired() || finished_) return;
        report_unstopped();
    });
}

}  // namespace sup
