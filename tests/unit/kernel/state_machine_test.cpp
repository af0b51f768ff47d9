// The process state machine driven by real children on a real loop, with a
// fake host that records every transition. Each case is one row: a program,
// what we do to it, and the exact state sequence the reference produces.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "process/process.hpp"

namespace {

using sup::process::Process;
using sup::process::ProcessState;
using S = ProcessState;

struct Transition {
    S from, to;
    bool expected;
};

// Like supervisord, the test binary has one loop and one SIGCHLD watch for
// its whole life; each test's host registers its children's pids with it.
class Reaper {
public:
    static Reaper& instance() {
        static Reaper reaper;
        return reaper;
    }
    boost::asio::io_context io;
    std::map<pid_t, Process*> children;

private:
    Reaper() : sigchld_(io, SIGCHLD) { wait(); }
    void wait() {
        sigchld_.async_wait([this](const boost::system::error_code& ec, int) {
            if (ec) return;
            int status;
            pid_t pid;
            while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
                auto it = children.find(pid);
                if (it == children.end()) continue;
                Process* p = it->second;
                children.erase(it);
                p->child_exited(status);
            }
            wait();
        });
    }
    boost::asio::signal_set sigchld_;
};

class FakeHost final : public sup::process::ProcessHost {
public:
    boost::asio::io_context& io() override { return Reaper::instance().io; }
    bool accepting_starts() const override { return accepting; }
    const std::vector<std::string>& base_environment() const override { return env_; }
    const std::string& default_serverurl() const override { return url_; }
    std::span<char> read_buffer() override { return buffer_; }
    void child_started(Process& p, pid_t pid) override { Reaper::instance().children[pid] = &p; }
    void state_changed(Process& p, ProcessState from, bool expected) override {
        transitions.push_back({from, p.state(), expected});
        if (on_state) on_state(p);
    }
    void output(Process&, sup::process::Channel, std::string_view data) override {
        output_text.append(data);
    }

    // Run the loop until `done` holds or `limit` passes.
    bool run_until(const std::function<bool()>& done,
                   std::chrono::milliseconds limit = std::chrono::milliseconds(8000)) {
        auto end = std::chrono::steady_clock::now() + limit;
        while (!done()) {
            if (std::chrono::steady_clock::now() > end) return false;
            io().run_one_for(std::chrono::milliseconds(20));
        }
        return true;
    }

    std::vector<S> states() const {
        std::vector<S> out;
        for (auto& t : transitions) out.push_back(t.to);
        return out;
    }

    bool accepting = true;
    std::function<void(Process&)> on_state;  // an observer acting inside the change
    std::vector<Transition> transitions;
    std::string output_text;

private:
    std::vector<std::string> env_{"PATH=/usr/bin:/bin"};
    std::string url_;
    std::vector<char> buffer_ = std::vector<char>(65536);
};

sup::config::ProcessConfig program(const std::string& command) {
    sup::config::ProcessConfig c;
    c.name = "p";
    c.program_name = "p";
    c.command = command;
    c.startsecs = 0;
    c.stopwaitsecs = 1;
    return c;
}

struct Row {
    const char* name;
    sup::config::ProcessConfig config;
    // What the test does once the process has been started.
    std::function<void(FakeHost&, Process&)> act;
    std::vector<S> expected;
};

void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

class StateMachine : public ::testing::TestWithParam<Row> {};

TEST_P(StateMachine, FollowsTheReferenceTransitions) {
    const Row& row = GetParam();
    FakeHost host;
    Process p(host, row.config, "g");
    ASSERT_TRUE(p.start());
    row.act(host, p);
    ASSERT_TRUE(host.run_until([&] { return host.states().size() >= row.expected.size(); }))
        << "stuck after " << host.states().size() << " transitions";
    EXPECT_EQ(host.states(), row.expected);
    // Clean up whatever still runs.
    if (p.pid() > 0) {
        p.shutdown();
        host.run_until([&] { return p.pid() == 0; });
    }
}

auto wait_for_state(S s) {
    return [s](FakeHost& h, Process& p) { h.run_until([&] { return p.state() == s; }); };
}

auto stop_when(S s) {
    return [s](FakeHost& h, Process& p) {
        h.run_until([&] { return p.state() == s; });
        p.stop();
    };
}

sup::config::ProcessConfig with(sup::config::ProcessConfig c,
                                 const std::function<void(sup::config::ProcessConfig&)>& f) {
    f(c);
    return c;
}

using sup::config::AutoRestart;

INSTANTIATE_TEST_SUITE_P(
    Rows, StateMachine,
    ::testing::Values(
        Row{"startsecs0_runs_then_stops", program("sleep 30"), stop_when(S::RUNNING),
            {S::STARTING, S::RUNNING, S::STOPPING, S::STOPPED}},
        Row{"startsecs1_runs_after_a_second",
            with(program("sleep 30"), [](auto& c) { c.startsecs = 1; }), stop_when(S::RUNNING),
            {S::STARTING, S::RUNNING, S::STOPPING, S::STOPPED}},
        Row{"too_quick_exit_backs_off_then_gives_up",
            with(program("sh -c 'exit 1'"),
                 [](auto& c) {
                     c.startsecs = 1;
                     c.startretries = 1;
                 }),
            wait_for_state(S::FATAL),
            {S::STARTING, S::BACKOFF, S::STARTING, S::BACKOFF, S::FATAL}},
        Row{"missing_command_backs_off_then_gives_up",
            with(program("/nonexistent/prog"), [](auto& c) { c.startretries = 0; }),
            wait_for_state(S::FATAL), {S::STARTING, S::BACKOFF, S::FATAL}},
        Row{"expected_exit_without_autorestart_stays_exited",
            with(program("sh -c 'sleep 0.2; exit 0'"),
                 [](auto& c) { c.autorestart = AutoRestart::Never; }),
            wait_for_state(S::EXITED), {S::STARTING, S::RUNNING, S::EXITED}},
        Row{"unexpected_exit_restarts_with_autorestart_unexpected",
            with(program("sh -c 'sleep 0.2; exit 1'"),
                 [](auto& c) { c.autorestart = AutoRestart::Unexpected; }),
            [](FakeHost&, Process&) {},
            {S::STARTING, S::RUNNING, S::EXITED, S::STARTING}},
        Row{"expected_exit_restarts_with_autorestart_true",
            with(program("sh -c 'sleep 0.2; exit 0'"),
                 [](auto& c) { c.autorestart = AutoRestart::Always; }),
            [](FakeHost&, Process&) {},
            {S::STARTING, S::RUNNING, S::EXITED, S::STARTING}},
        Row{"stop_in_backoff_goes_to_stopped",
            with(program("sh -c 'exit 1'"), [](auto& c) { c.startsecs = 1; }),
            stop_when(S::BACKOFF), {S::STARTING, S::BACKOFF, S::STOPPED}},
        Row{"shutdown_in_backoff_gives_up",
            with(program("sh -c 'exit 1'"), [](auto& c) { c.startsecs = 1; }),
            [](FakeHost& h, Process& p) {
                h.run_until([&] { return p.state() == S::BACKOFF; });
                p.shutdown();
            },
            {S::STARTING, S::BACKOFF, S::FATAL}},
        Row{"term_ignored_escalates_to_sigkill",
            program("sh -c 'trap \"\" TERM; echo ready; while :; do sleep 0.05; done'"),
            [](FakeHost& h, Process& p) {
                h.run_until([&] {
                    return p.state() == S::RUNNING &&
                           h.output_text.find("ready") != std::string::npos;
                });
                p.stop();
            },
            {S::STARTING, S::RUNNING, S::STOPPING, S::STOPPED}}));

TEST(StateMachineRequests, StartIsRefusedWhileRunningAndStopWhileStopped) {
    FakeHost host;
    Process p(host, program("sleep 30"), "g");
    EXPECT_FALSE(p.stop());
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::RUNNING; }));
    EXPECT_FALSE(p.start());
    ASSERT_TRUE(p.stop());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::STOPPED; }));
    EXPECT_EQ(p.exit_status(), -1);  // terminated by SIGTERM
}

TEST(StateMachineRequests, SigkillEscalationReportsKilledBySignal) {
    FakeHost host;
    Process p(host, program("sh -c 'trap \"\" TERM; echo ready; while :; do sleep 0.05; done'"), "g");
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return host.output_text.find("ready") != std::string::npos; }));
    auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(p.stop());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::STOPPED; }));
    EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(900));
    EXPECT_EQ(p.exit_status(), -1);
}

TEST(StateMachineRequests, RespawnIsRateLimitedToOncePerSecond) {
    FakeHost host;
    auto cfg = with(program("true"), [](auto& c) { c.autorestart = AutoRestart::Always; });
    Process p(host, cfg, "g");
    auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(p.start());
    auto starts = [&] {
        int n = 0;
        for (auto& t : host.transitions) n += t.to == S::STARTING;
        return n;
    };
    ASSERT_TRUE(host.run_until([&] { return starts() >= 3; }));
    EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(1900));
    p.shutdown();
    host.run_until([&] { return p.pid() == 0; });
}

TEST(StateMachineRequests, SpawnErrorIsRecorded) {
    FakeHost host;
    auto cfg = with(program("/nonexistent/prog"), [](auto& c) { c.startretries = 0; });
    Process p(host, cfg, "g");
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::FATAL; }));
    EXPECT_EQ(p.spawn_error(), "can't find command '/nonexistent/prog'");
}

TEST(StateMachineRequests, OutputWrittenJustBeforeExitIsDelivered) {
    FakeHost host;
    auto cfg = with(program("sh -c 'echo last words'"),
                    [](auto& c) { c.autorestart = AutoRestart::Never; });
    Process p(host, cfg, "g");
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::EXITED; }));
    EXPECT_EQ(host.output_text, "last words\n");
}

TEST(StateMachineRequests, NoRespawnWhileTheHostRefusesStarts) {
    FakeHost host;
    auto cfg = with(program("sh -c 'sleep 0.1'"), [](auto& c) { c.autorestart = AutoRestart::Always; });
    Process p(host, cfg, "g");
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::EXITED; }));
    host.accepting = false;
    host.run_until([] { return false; }, std::chrono::milliseconds(1300));
    EXPECT_EQ(p.state(), S::EXITED);
}

TEST(StateMachineRequests, AnObserverMayStartAProcessAgainWhenItStops) {
    // What system.multicall([stopProcess, startProcess]) does: the start runs
    // inside the STOPPED notification. The new child must keep its pid.
    FakeHost host;
    Process p(host, program("sleep 30"), "g");
    ASSERT_TRUE(p.start());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::RUNNING; }));
    const pid_t first = p.pid();
    host.on_state = [](Process& q) {
        if (q.state() == S::STOPPED) q.start();
    };
    ASSERT_TRUE(p.stop());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::RUNNING; }));
    host.on_state = nullptr;
    EXPECT_GT(p.pid(), 0);
    EXPECT_NE(p.pid(), first);
    EXPECT_EQ(::kill(p.pid(), 0), 0);  // the pid is the live new child
    ASSERT_TRUE(p.stop());
    ASSERT_TRUE(host.run_until([&] { return p.state() == S::STOPPED; }));
    EXPECT_EQ(p.pid(), 0);
}

TEST(StateMachineRequests, AnObserverMayStopAProcessBeforeItForks) {
    FakeHost host;
    host.on_state = [](Process& q) {
        if (q.state() == S::STARTING) q.stop();
    };
    Process p(host, program("sleep 30"), "g");
    ASSERT_TRUE(p.start());
    EXPECT_EQ(p.state(), S::STOPPED);
    EXPECT_EQ(p.pid(), 0);
}

}  // namespace
