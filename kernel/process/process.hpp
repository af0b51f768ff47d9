// One supervised process and its state machine.
//
// The machine is one table, state x input -> action (see process.cpp). The
// inputs are the only ways anything happens to a process: a start or stop
// request, a shutdown, the child's exit, and the single deadline a state may
// have armed (startsecs in STARTING, the backoff delay in BACKOFF,
// stopwaitsecs in STOPPING, the respawn rate limit in EXITED).
#pragma once

#include <sys/types.h>

#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "config/model.hpp"
#include "process/child_pipes.hpp"
#include "process/command_line.hpp"
#include "process/process_host.hpp"
#include "process/process_state.hpp"

namespace sup::process {

enum class Input { Start, Stop, Shutdown, Exited, Deadline };

// Where a child's stdin comes from: a pipe of ours (the default, for
// sendProcessStdin), or the listening socket of a FastCGI pool.
struct StdinSource {
    int socket_fd = -1;
    std::string unavailable;  // set: the socket could not be made; why
};
constexpr int kInputCount = 5;

// What the owner decides for a process beyond its config.
struct ProcessSetup {
    std::uint64_t id = 0;  // unique for the daemon's life
    StdinSource stdin_source;
    std::string stdout_logfile;  // resolved (AUTO already named); "" = none
    std::string stderr_logfile;
};

class Process {
public:
    using Setup = ProcessSetup;
    Process(ProcessHost& host, config::ProcessConfig config, std::string group_name,
            Setup setup = {});
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    // Requests. start() is refused (returns false) unless the table allows a
    // start from the current state; stop() likewise.
    bool start();
    bool stop();
    void shutdown();  // supervisord is stopping: stop, or give up a BACKOFF
    void child_exited(int wait_status);  // called by the reaper
    void start_if_autostart();  // never started yet and autostart=true

    // The command as a spawn would run it now: split, found on the PATH the
    // child would get, checked executable.
    std::variant<ResolvedCommand, CommandError> resolve_command() const;

    // Send a signal without intending to stop. Returns "" or an error text.
    std::string send_signal(int sig);
    // Write to the child's stdin. Returns "" or an error text.
    std::string write_stdin(std::string_view data);

    const config::ProcessConfig& config() const { return config_; }
    std::uint64_t id() const { return setup_.id; }
    const std::string& stdout_logfile() const { return setup_.stdout_logfile; }
    const std::string& stderr_logfile() const { return setup_.stderr_logfile; }
    const std::string& name() const { return config_.name; }
    const std::string& group_name() const { return group_name_; }
    ProcessState state() const { return state_; }
    pid_t pid() const { return pid_; }
    int backoff() const { return backoff_; }
    const std::string& spawn_error() const { return spawnerr_; }
    std::optional<int> exit_status() const { return exitstatus_; }
    // Wall-clock seconds since the epoch; 0 = never.
    double last_start() const { return laststart_; }
    double last_stop() const { return laststop_; }

private:
    using Action = void (Process::*)();
    static const Action kTable[8][kInputCount];
    static int row(ProcessState s);

    void dispatch(Input in);

    // Actions (one per table cell kind).
    void ignore() {}
    void spawn();
    void kill_for_stop();
    void stop_backoff();
    void give_up();
    void become_running();
    void retry_after_backoff();
    void escalate_to_sigkill();
    void respawn_after_exit();
    void exited_while_starting();
    void exited_while_running();
    void exited_while_stopping();

    // Observers (events, plugins' completions) run inside and may move the
    // process on, e.g. start it again; returns false if they did, and the
    // caller then does nothing more.
    bool change_state(ProcessState to, bool expected = true);
    bool is_expected_exit(int exit_status) const;
    void record_spawn_error(const std::string& message);  // logs "spawnerr: ..."
    void enter_backoff();
    void enter_exited(bool expected);
    void signal_child(int sig, bool as_group);
    void arm_deadline(std::chrono::steady_clock::duration after);
    void cancel_deadline();
    void release_child();  // drain and close pipes, forget the pid

    ProcessHost& host_;
    config::ProcessConfig config_;
    std::string group_name_;
    Setup setup_;
    ProcessState state_ = ProcessState::STOPPED;
    pid_t pid_ = 0;
    int backoff_ = 0;
    std::string spawnerr_;
    std::optional<int> exitstatus_;
    double laststart_ = 0;
    double laststop_ = 0;
    std::chrono::steady_clock::time_point started_at_{};  // for startsecs checks
    int pending_wait_status_ = 0;

    boost::asio::steady_timer deadline_;
    // A timer that already fired cannot be cancelled, only outdated: its
    // handler checks the generation it was armed with, and that the Process
    // still exists (the token dies with it).
    unsigned deadline_generation_ = 0;
    std::shared_ptr<char> alive_ = std::make_shared<char>();
    std::unique_ptr<OutputPipe> stdout_pipe_, stderr_pipe_;
    std::unique_ptr<InputPipe> stdin_pipe_;
};

}  // namespace sup::process
