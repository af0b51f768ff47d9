#include "process/process.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "process/spawner.hpp"
#include "process/wait_status.hpp"
#include "runtime/main_log.hpp"

namespace sup::process {

namespace {

using Clock = std::chrono::steady_clock;

double wall_now() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The reference never restarts a program more than once a second; neither
// do we, so startsecs=0 with a crashing command cannot become a fork storm.
constexpr auto kMinRespawnInterval = std::chrono::seconds(1);


void set_env(std::vector<std::string>& env, const std::string& key, const std::string& value) {
    std::string prefix = key + "=";
    auto it = std::find_if(env.begin(), env.end(),
                           [&](const std::string& kv) { return kv.rfind(prefix, 0) == 0; });
    if (it != env.end()) *it = prefix + value;
    else env.push_back(prefix + value);
}

}  // namespace

// state x input -> action. Rows follow ProcessState's declaration order.
//                       Start           Stop            Shutdown        Exited                  Deadline
const Process::Action Process::kTable[8][kInputCount] = {
    /* STOPPED  */ {&Process::spawn, &Process::ignore, &Process::ignore, &Process::ignore, &Process::ignore},
    /* STARTING */ {&Process::ignore, &Process::kill_for_stop, &Process::kill_for_stop, &Process::exited_while_starting, &Process::become_running},
    /* RUNNING  */ {&Process::ignore, &Process::kill_for_stop, &Process::kill_for_stop, &Process::exited_while_running, &Process::ignore},
    /* BACKOFF  */ {&Process::spawn, &Process::stop_backoff, &Process::give_up, &Process::ignore, &Process::retry_after_backoff},
    /* STOPPING */ {&Process::ignore, &Process::ignore, &Process::ignore, &Process::exited_while_stopping, &Process::escalate_to_sigkill},
    /* EXITED   */ {&Process::spawn, &Process::ignore, &Process::ignore, &Process::ignore, &Process::respawn_after_exit},
    /* FATAL    */ {&Process::spawn, &Process::ignore, &Process::ignore, &Process::ignore, &Process::ignore},
    /* UNKNOWN  */ {&Process::ignore, &Process::ignore, &Process::ignore, &Process::exited_while_stopping, &Process::ignore},
};

int Process::row(ProcessState s) {
    switch (s) {
        case ProcessState::STOPPED: return 0;
        case ProcessState::STARTING: return 1;
        case ProcessState::RUNNING: return 2;
        case ProcessState::BACKOFF: return 3;
        case ProcessState::STOPPING: return 4;
        case ProcessState::EXITED: return 5;
        case ProcessState::FATAL: return 6;
        case ProcessState::UNKNOWN: return 7;
    }
    return 7;
}

Process::Process(ProcessHost& host, config::ProcessConfig config, std::string group_name,
                 Setup setup)
    : host_(host),
      config_(std::move(config)),
      group_name_(std::move(group_name)),
      setup_(std::move(setup)),
      deadline_(host.io()) {}

Process::~Process() {
    deadline_.cancel();
    stdout_pipe_.reset();
    stderr_pipe_.reset();
    stdin_pipe_.reset();
}

void Process::dispatch(Input in) {
    (this->*kTable[row(state_)][static_cast<int>(in)])();
}

bool Process::start() {
    if (kTable[row(state_)][static_cast<int>(Input::Start)] == &Process::ignore) return false;
    dispatch(Input::Start);
    return true;
}

bool Process::stop() {
    if (kTable[row(state_)][static_cast<int>(Input::Stop)] == &Process::ignore) return false;
    dispatch(Input::Stop);
    return true;
}

void Process::shutdown() { dispatch(Input::Shutdown); }

void Process::child_exited(int wait_status) {
    pending_wait_status_ = wait_status;
    dispatch(Input::Exited);
}

void Process::start_if_autostart() {
    if (state_ == ProcessState::STOPPED && laststart_ == 0 && config_.autostart) start();
}

// ---- actions ---------------------------------------------------------------

void Process::spawn() {
    cancel_deadline();
    spawnerr_.clear();
    exitstatus_.reset();
    laststart_ = wall_now();
    started_at_ = Clock::now();
    if (!change_state(ProcessState::STARTING)) return;  // an observer stopped it already

    if (!setup_.stdin_source.unavailable.empty()) {
        record_spawn_error(setup_.stdin_source.unavailable);
        enter_backoff();
        return;
    }
    auto resolved = resolve_command();
    if (auto* err = std::get_if<CommandError>(&resolved)) {
        record_spawn_error(err->message);
        enter_backoff();
        return;
    }
    auto& cmd = std::get<ResolvedCommand>(resolved);

    PipeSet pipes;
    const bool socket_stdin = setup_.stdin_source.socket_fd >= 0;
    if (int err = pipes.create(config_.redirect_stderr, !socket_stdin)) {
        record_spawn_error(err == EMFILE || err == ENFILE
                               ? "too many open files to spawn '" + config_.name + "'"
                               : "unknown error making dispatchers for '" + config_.name +
                                     "': " + strerrorname_np(err));
        enter_backoff();
        return;
    }

    SpawnRequest req;
    req.filename = cmd.filename;
    req.argv = std::move(cmd.argv);
    req.env = host_.base_environment();
    set_env(req.env, "SUPERVISOR_ENABLED", "1");
    const std::string& url = config_.serverurl ? *config_.serverurl : host_.default_serverurl();
    if (!url.empty()) set_env(req.env, "SUPERVISOR_SERVER_URL", url);
    set_env(req.env, "SUPERVISOR_PROCESS_NAME", config_.name);
    set_env(req.env, "SUPERVISOR_GROUP_NAME", group_name_);
    for (const auto& [k, v] : config_.environment) set_env(req.env, k, v);
    req.directory = config_.directory;
    if (config_.umask) req.umask = static_cast<mode_t>(*config_.umask);
    if (config_.user) {
        std::string err;
        auto creds = resolve_user(*config_.user, err);
        if (!creds) {
            req.fail_message = "supervisor: couldn't setuid to " + *config_.user + ": " + err + "\n";
        } else if (creds->uid != getuid()) {
            if (getuid() != 0)
                req.fail_message = "supervisor: couldn't setuid to " + std::to_string(creds->uid) +
                                   ": Can't drop privilege as nonroot user\n";
            else
                req.credentials = std::move(creds);
        }
        req.user_label = creds ? std::to_string(creds->uid) : *config_.user;
    }
    req.child_stdin = socket_stdin ? setup_.stdin_source.socket_fd : pipes.child_stdin;
    req.child_stdout = pipes.child_stdout;
    req.child_stderr = config_.redirect_stderr ? pipes.child_stdout : pipes.child_stderr;

    pid_t pid = spawn_child(req);
    pipes.close_child_ends();
    if (pid < 0) {
        pipes.close_all();
        int err = -pid;
        record_spawn_error(err == EAGAIN ? "Too many processes in process table to spawn '" +
                                               config_.name + "'"
                                         : "unknown error during fork for '" + config_.name +
                                               "': " + strerrorname_np(err));
        enter_backoff();
        return;
    }

    pid_ = pid;
    auto buffer = host_.read_buffer();
    stdout_pipe_ = std::make_unique<OutputPipe>(host_.io(), pipes.parent_stdout, buffer,
        [this](std::string_view d) { host_.output(*this, Channel::Stdout, d); });
    if (pipes.parent_stderr >= 0)
        stderr_pipe_ = std::make_unique<OutputPipe>(host_.io(), pipes.parent_stderr, buffer,
            [this](std::string_view d) { host_.output(*this, Channel::Stderr, d); });
    if (pipes.parent_stdin >= 0)
        stdin_pipe_ = std::make_unique<InputPipe>(host_.io(), pipes.parent_stdin);

    mainlog::info("spawned: '" + config_.name + "' with pid " + std::to_string(pid));
    host_.child_started(*this, pid);
    arm_deadline(std::chrono::seconds(config_.startsecs));
}

void Process::kill_for_stop() {
    if (pid_ <= 0) {  // stopped by an observer of STARTING, before the fork
        change_state(ProcessState::STOPPED);
        return;
    }
    // Stop requests use stopasgroup; the SIGKILL escalation uses killasgroup.
    mainlog::debug("killing " + config_.name + " (pid " + std::to_string(pid_) + ") " +
                   (config_.stopasgroup ? "process group " : "") + "with signal " +
                   signal_name(config_.stopsignal));
    change_state(ProcessState::STOPPING);
    arm_deadline(std::chrono::seconds(config_.stopwaitsecs));
    signal_child(config_.stopsignal, config_.stopasgroup);
}

void Process::escalate_to_sigkill() {
    mainlog::warn("killing '" + config_.name + "' (" + std::to_string(pid_) + ") with SIGKILL");
    mainlog::debug("killing " + config_.name + " (pid " + std::to_string(pid_) + ") " +
                   (config_.killasgroup ? "process group " : "") + "with signal SIGKILL");
    arm_deadline(std::chrono::seconds(config_.stopwaitsecs));
    signal_child(SIGKILL, config_.killasgroup);
}

void Process::stop_backoff() {
    mainlog::debug("Attempted to kill " + config_.name + ", which is in BACKOFF state.");
    cancel_deadline();
    change_state(ProcessState::STOPPED);
}

void Process::give_up() {
    cancel_deadline();
    backoff_ = 0;
    change_state(ProcessState::FATAL);
    mainlog::info("gave up: " + config_.name +
                  " entered FATAL state, too many start retries too quickly");
}

void Process::become_running() {
    backoff_ = 0;
    change_state(ProcessState::RUNNING);
    mainlog::info("success: " + config_.name +
                  " entered RUNNING state, process has stayed up for > than " +
                  std::to_string(config_.startsecs) + " seconds (startsecs)");
}

void Process::retry_after_backoff() {
    if (backoff_ > config_.startretries) give_up();
    else if (host_.accepting_starts()) spawn();
}

void Process::respawn_after_exit() {
    if (host_.accepting_starts()) spawn();
}

void Process::exited_while_starting() {
    auto ran_for = Clock::now() - started_at_;
    if (ran_for < std::chrono::seconds(config_.startsecs)) {
        auto how = describe_wait_status(pending_wait_status_);
        exitstatus_.reset();
        laststop_ = wall_now();
        release_child();
        spawnerr_ = "Exited too quickly (process log may have details)";
        pid_ = 0;
        mainlog::warn("exited: " + config_.name + " (" + how.message + "; not expected)");
        enter_backoff();
        return;
    }
    // Up long enough, but the startsecs deadline had not fired yet. An
    // observer of RUNNING may stop it: the exit then belongs to STOPPING.
    backoff_ = 0;
    change_state(ProcessState::RUNNING);
    dispatch(Input::Exited);
}

void Process::exited_while_running() {
    auto how = describe_wait_status(pending_wait_status_);
    cancel_deadline();
    backoff_ = 0;
    exitstatus_ = how.exit_status;
    laststop_ = wall_now();
    release_child();
    const bool expected = is_expected_exit(how.exit_status);
    if (expected) {
        mainlog::info("exited: " + config_.name + " (" + how.message + "; expected)");
    } else {
        spawnerr_ = "Bad exit code " + std::to_string(how.exit_status);
        mainlog::warn("exited: " + config_.name + " (" + how.message + "; not expected)");
    }
    enter_exited(expected);
}

void Process::exited_while_stopping() {
    auto how = describe_wait_status(pending_wait_status_);
    cancel_deadline();
    exitstatus_ = how.exit_status;
    laststop_ = wall_now();
    release_child();
    const bool expected = is_expected_exit(how.exit_status);
    std::string msg = "stopped: " + config_.name + " (" + how.message + ")";
    if (expected) mainlog::info(msg);
    else mainlog::warn(msg);
    // The STOPPED event still names the pid that exited; an observer may
    // start the process again, and then the new pid must stay.
    if (change_state(ProcessState::STOPPED)) pid_ = 0;
}

// ---- helpers ---------------------------------------------------------------

std::variant<ResolvedCommand, CommandError> Process::resolve_command() const {
    // The child's PATH: its own environment= first, then supervisord's.
    std::string path = "/bin:/usr/bin:/usr/local/bin";
    for (const auto& kv : host_.base_environment())
        if (kv.rfind("PATH=", 0) == 0) path = kv.substr(5);
    for (const auto& [k, v] : config_.environment)
        if (k == "PATH") path = v;
    return process::resolve_command(config_.command, path);
}

bool Process::is_expected_exit(int exit_status) const {
    return std::find(config_.exitcodes.begin(), config_.exitcodes.end(), exit_status) !=
           config_.exitcodes.end();
}

void Process::record_spawn_error(const std::string& message) {
    spawnerr_ = message;
    mainlog::info("spawnerr: " + message);
}

void Process::enter_backoff() {
    ++backoff_;
    if (!change_state(ProcessState::BACKOFF)) return;  // an observer stopped it
    // Once retries are exhausted the deadline fires at once and gives up, so
    // the "exited" line is logged before "gave up", as in the reference.
    arm_deadline(backoff_ > config_.startretries ? Clock::duration::zero()
                                                 : std::chrono::seconds(backoff_));
}

void Process::enter_exited(bool expected) {
    // The EXITED event names the pid that exited; an observer may start the
    // process again, and then the new pid and state must stay.
    if (!change_state(ProcessState::EXITED, expected)) return;
    pid_ = 0;
    bool restart = config_.autorestart == config::AutoRestart::Always ||
                   (config_.autorestart == config::AutoRestart::Unexpected && !expected);
    if (!restart) return;
    auto next = started_at_ + kMinRespawnInterval;
    auto now = Clock::now();
    arm_deadline(next > now ? next - now : Clock::duration::zero());
}

bool Process::change_state(ProcessState to, bool expected) {
    ProcessState from = state_;
    if (from == to) return true;
    state_ = to;
    host_.state_changed(*this, from, expected);
    return state_ == to;
}

void Process::signal_child(int sig, bool as_group) {
    if (pid_ <= 0) return;
    if (::kill(as_group ? -pid_ : pid_, sig) == 0) return;
    if (errno == ESRCH) {
        mainlog::debug("unable to signal " + config_.name + " (pid " + std::to_string(pid_) +
                       "), it probably just exited on its own: " + std::strerror(ESRCH));
        return;
    }
    mainlog::critical("unknown problem killing " + config_.name + " (" + std::to_string(pid_) +
                      "):" + std::strerror(errno));
    cancel_deadline();
    change_state(ProcessState::UNKNOWN);
}

std::string Process::send_signal(int sig) {
    if (pid_ <= 0)
        return "attempted to send " + config_.name + " sig " + signal_name(sig) +
               " but it wasn't running";
    mainlog::debug("sending " + config_.name + " (pid " + std::to_string(pid_) + ") sig " +
                   signal_name(sig));
    if (::kill(pid_, sig) != 0 && errno != ESRCH) {
        std::string msg = "unknown problem sending sig " + config_.name + " (" +
                          std::to_string(pid_) + "):" + std::strerror(errno);
        mainlog::critical(msg);
        change_state(ProcessState::UNKNOWN);
        return msg;
    }
    return "";
}

std::string Process::write_stdin(std::string_view data) {
    if (pid_ <= 0 || state_ == ProcessState::STOPPING || !stdin_pipe_)
        return "Process already closed";
    std::string error;
    if (!stdin_pipe_->write(data, error)) return error;
    return "";
}

void Process::arm_deadline(Clock::duration after) {
    unsigned generation = ++deadline_generation_;
    deadline_.expires_after(after);
    deadline_.async_wait([this, generation, alive = std::weak_ptr<char>(alive_)](
                             const boost::system::error_code& ec) {
        if (ec || alive.expired() || generation != deadline_generation_) return;
        dispatch(Input::Deadline);
    });
}

void Process::cancel_deadline() {
    ++deadline_generation_;
    deadline_.cancel();
}

void Process::release_child() {
    // Output written just before the exit is still in the pipes: hand it on
    // before the exit is reported, as the reference's drain() does.
    if (stdout_pipe_) stdout_pipe_->drain_and_close();
    if (stderr_pipe_) stderr_pipe_->drain_and_close();
    stdout_pipe_.reset();
    stderr_pipe_.reset();
    if (stdin_pipe_) stdin_pipe_->close();
    stdin_pipe_.reset();
}

}  // namespace sup::process
