// One run of supervisord on one config: the process groups, reaping, the
// daemon's signals, and the ordered stop. A SIGHUP ends the run with
// RESTARTING; the caller re-reads the config and starts a new run on the
// same loop.
#pragma once

#include <sys/types.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdint>
#include <deque>
#include <string_view>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/model.hpp"
#include "events/event_bus.hpp"
#include "process/process_host.hpp"
#include "supervisor/process_group.hpp"
#include "supervisor/ticker.hpp"

namespace sup {

// The reference's supervisor states ("mood"), with its numeric codes.
enum class SupervisorState : int { FATAL = 2, RUNNING = 1, RESTARTING = 0, SHUTDOWN = -1 };

class Supervisor final : public process::ProcessHost {
public:
    using OutputObserver =
        std::function<void(process::Process&, process::Channel, std::string_view)>;

    // `signals` must already watch TERM INT QUIT HUP USR2 CHLD; it outlives
    // runs so no signal is missed between a restart's two runs.
    Supervisor(boost::asio::io_context& io, boost::asio::signal_set& signals,
               const config::Config& config, std::vector<std::string> base_environment);
    ~Supervisor();

    // Add the groups, start what autostarts, and serve until every process
    // has stopped after a shutdown or restart request. Returns the mood the
    // run ended in (SHUTDOWN or RESTARTING).
    SupervisorState run();

    void request_stop(SupervisorState mood);  // SHUTDOWN or RESTARTING
    SupervisorState state() const { return mood_; }
    events::EventBus& events() { return bus_; }
    const config::Config& config() const { return *config_; }
    void add_output_observer(OutputObserver observer);
    // Run on SIGUSR2 after the main log is reopened (plugins' own files).
    void add_reopen_hook(std::function<void()> hook);

    // ---- what plugins can do, through the plugin host ----
    // Results are the ABI's sup_result codes (0 or a negative SUP_ERR_*).
    using Done = std::function<void(int result)>;

    const std::vector<std::unique_ptr<ProcessGroup>>& groups() const { return groups_; }
    process::Process* find_process(std::uint64_t id) const;
    process::Process* find_process(std::string_view namespec) const;  // "name" or "group:name"

    // Start as the reference's startProcess does; `message` gets the spawn
    // error text for SUP_ERR_NO_FILE / SUP_ERR_NOT_EXECUTABLE. `done`
    // (optional) runs once the start settles: RUNNING -> 0, a spawn error
    // -> SUP_ERR_SPAWN_ERROR, any other exit from STARTING ->
    // SUP_ERR_ABNORMAL_TERMINATION.
    int start_process(process::Process& p, Done done, std::string& message);
    // Stop; `done` runs once the process is in a stopped state.
    int stop_process(process::Process& p, Done done);

    // Re-read the config file and compare it with what runs. Keeps what it
    // read for add_group(). Throws config::ConfigError.
    struct ConfigDiff {
        std::vector<std::string> added, changed, removed;
    };
    ConfigDiff reload_config();
    int add_group(const std::string& name);     // from the last reload_config()
    int remove_group(const std::string& name);  // only when all its processes stopped

    // Route a group's stdout (event-listener pools) to one observer only.
    void claim_group_output(const std::string& group, OutputObserver observer);

    // ProcessHost
    boost::asio::io_context& io() override { return io_; }
    bool accepting_starts() const override { return mood_ == SupervisorState::RUNNING; }
    const std::vector<std::string>& base_environment() const override { return base_env_; }
    const std::string& default_serverurl() const override { return serverurl_; }
    std::span<char> read_buffer() override { return read_buffer_; }
    void child_started(process::Process& p, pid_t pid) override;
    void state_changed(process::Process& p, process::ProcessState from, bool expected) override;
    void output(process::Process& p, process::Channel channel, std::string_view data) override;

private:
    void create_group(const config::GroupConfig& group_config);
    void settle_waiters(process::Process& p);
    void wait_for_signal();
    void handle_signal(int sig);
    void reap_children();
    void schedule_stop_progress();
    void stop_progress();
    void report_unstopped();

    boost::asio::io_context& io_;
    boost::asio::signal_set& signals_;
    const config::Config* config_;                 // what this run started with
    std::unique_ptr<config::Config> reread_;        // the last reload_config()
    std::vector<std::string> base_env_;
    std::string serverurl_;
    std::vector<char> read_buffer_;

    SupervisorState mood_ = SupervisorState::RUNNING;
    events::EventBus bus_;
    Ticker ticker_;
    std::vector<std::unique_ptr<ProcessGroup>> groups_;  // ascending priority
    std::unordered_map<pid_t, process::Process*> by_pid_;
    std::vector<OutputObserver> output_observers_;
    std::vector<std::function<void()>> reopen_hooks_;
    std::unordered_map<std::string, OutputObserver> claimed_outputs_;  // by group name
    struct Waiter {
        std::uint64_t process;
        bool for_start;  // else: for stop
        Done done;
    };
    std::vector<Waiter> waiters_;

    std::deque<ProcessGroup*> stop_queue_;  // highest priority number first
    bool stop_progress_posted_ = false;
    bool finished_ = false;
    boost::asio::steady_timer shutdown_report_timer_;
    std::shared_ptr<char> alive_ = std::make_shared<char>();
};

}  // namespace sup
