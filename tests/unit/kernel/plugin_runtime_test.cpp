// Plugins loaded into a running supervisor: the C example (compiled here
// with the system `cc` from plugin-api/ alone) answering over the host's RPC,
// events seen in order with their payloads, the C++ example's timer and
// methods, fd watches, timers and post() on the loop.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cstring>
#include <thread>

#include "plugin_host/host_api.hpp"
#include "plugin_test_support.hpp"

namespace {

using plugin_test::invoke;
using plugin_test::RpcOutcome;
using plugin_test::SupervisorRun;
using plugin_test::TempDir;

// A program that starts quickly and waits to be stopped.
const std::string kSleeper =
    "[program:sleeper]\ncommand=/bin/sleep 30\nautostart=false\nstartsecs=0\n"
    "stdout_logfile=NONE\nstderr_logfile=NONE\n";

TEST(PluginRuntime, TheCExampleCountsStateEventsAndAnswersOverRpc) {
    TempDir dir;
    const std::string so = dir.file("sup-state-counter.so");
    plugin_test::compile_c_plugin(plugin_test::kSourceDir + "/examples/plugins/state-counter/state_counter.c", so);
    SupervisorRun run(kSleeper + "[plugin:state-counter]\npath=" + so + "\n");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();

    int stage = 0;
    RpcOutcome after_start, after_stop;
    const bool finished = run.run([&] {
        const sup_process_id id = api.process_find(ctx, "sleeper");
        sup_process_info info{};
        info.struct_size = sizeof info;
        if (!id || api.process_info(ctx, id, &info) != SUP_OK) return false;
        switch (stage) {
            case 0:
                EXPECT_EQ(api.process_start(ctx, id, nullptr, nullptr), SUP_OK);
                stage = 1;
                return false;
            case 1:
                if (info.state != SUP_STATE_RUNNING) return false;
                invoke(api, ctx, "statecounter.getCounts", after_start);
                EXPECT_EQ(api.process_stop(ctx, id, nullptr, nullptr), SUP_OK);
                stage = 2;
                return false;
            default:
                if (info.state != SUP_STATE_STOPPED) return false;
                invoke(api, ctx, "statecounter.getCounts", after_stop);
                return true;
        }
    });
    ASSERT_TRUE(finished);
    EXPECT_EQ(after_start.result, "{PROCESS_STATE_STARTING: 1, PROCESS_STATE_RUNNING: 1}");
    EXPECT_EQ(after_stop.result,
              "{PROCESS_STATE_STOPPED: 1, PROCESS_STATE_STARTING: 1, PROCESS_STATE_STOPPING: 1, "
              "PROCESS_STATE_RUNNING: 1}");
}

struct SeenEvent {
    std::string type, payload;
    sup_process_id process;
};

TEST(PluginRuntime, SubscribersSeeAStartStopCycleInOrderWithThePayloads) {
    SupervisorRun run("[program:cat]\ncommand=/bin/cat\nautostart=false\nstartsecs=1\n"
            "stdout_logfile=NONE\nstderr_logfile=NONE\n");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    std::vector<SeenEvent> seen;
    ASSERT_NE(api.event_subscribe(ctx, SUP_EV_PROCESS_STATE,
                                  [](void* ud, const sup_event* e) {
                                      static_cast<std::vector<SeenEvent>*>(ud)->push_back(
                                          {e->type_name, std::string(e->payload, e->payload_len), e->process});
                                  },
                                  &seen),
              0u);

    struct Done {
        int start = 1, stop = 1;  // 1: not called yet
    } done;
    int stage = 0;
    sup_process_id id = 0;
    int pid = 0;
    const bool finished = run.run([&] {
        id = api.process_find(ctx, "cat");
        if (!id) return false;
        if (stage == 0) {
            EXPECT_EQ(api.process_start(ctx, id, [](void* ud, sup_process_id, int r) { static_cast<Done*>(ud)->start = r; },
                                        &done),
                      SUP_OK);
            EXPECT_EQ(api.process_start(ctx, id, nullptr, nullptr), SUP_ERR_ALREADY_STARTED);
            stage = 1;
        } else if (stage == 1 && done.start != 1) {
            sup_process_info info{};
            info.struct_size = sizeof info;
            api.process_info(ctx, id, &info);
            pid = info.pid;
            EXPECT_EQ(api.process_stop(ctx, id, [](void* ud, sup_process_id, int r) { static_cast<Done*>(ud)->stop = r; },
                                       &done),
                      SUP_OK);
            stage = 2;
        }
        return done.stop != 1;
    });
    ASSERT_TRUE(finished);
    EXPECT_EQ(done.start, SUP_OK);
    EXPECT_EQ(done.stop, SUP_OK);
    const std::string p = std::to_string(pid);
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_EQ(seen[0].type, "PROCESS_STATE_STARTING");
    EXPECT_EQ(seen[0].payload, "processname:cat groupname:cat from_state:STOPPED tries:0");
    EXPECT_EQ(seen[1].type, "PROCESS_STATE_RUNNING");
    EXPECT_EQ(seen[1].payload, "processname:cat groupname:cat from_state:STARTING pid:" + p);
    EXPECT_EQ(seen[2].type, "PROCESS_STATE_STOPPING");
    EXPECT_EQ(seen[2].payload, "processname:cat groupname:cat from_state:RUNNING pid:" + p);
    EXPECT_EQ(seen[3].type, "PROCESS_STATE_STOPPED");
    EXPECT_EQ(seen[3].payload, "processname:cat groupname:cat from_state:STOPPING pid:" + p);
    for (const auto& e : seen) EXPECT_EQ(e.process, id);
}

TEST(PluginRuntime, ProcessInfoAndConfigDescribeTheProcess) {
    SupervisorRun run("[program:web]\ncommand=/bin/sleep 5\nautostart=false\npriority=5\nexitcodes=0,3\n"
            "environment=A=\"1\",B=\"2\"\nstdout_logfile=/tmp/web.out\nstderr_logfile=NONE\n");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    run.run([&] {
        EXPECT_EQ(api.process_count(ctx), 1u);
        EXPECT_EQ(api.group_count(ctx), 1u);
        EXPECT_STREQ(api.group_at(ctx, 0), "web");
        const sup_process_id id = api.process_at(ctx, 0);
        EXPECT_EQ(api.process_find(ctx, "web:web"), id);
        EXPECT_EQ(api.process_find(ctx, "nope"), 0u);
        sup_process_info info{};
        info.struct_size = sizeof info;
        EXPECT_EQ(api.process_info(ctx, id, &info), SUP_OK);
        EXPECT_STREQ(info.name, "web");
        EXPECT_EQ(info.state, SUP_STATE_STOPPED);
        EXPECT_STREQ(info.stdout_logfile, "/tmp/web.out");
        EXPECT_STREQ(info.stderr_logfile, "");
        sup_process_config config{};
        config.struct_size = sizeof config;
        EXPECT_EQ(api.process_config(ctx, id, &config), SUP_OK);
        EXPECT_STREQ(config.command, "/bin/sleep 5");
        EXPECT_EQ(config.priority, 5);
        EXPECT_EQ(config.exitcodes_count, 2u);
        EXPECT_EQ(config.exitcodes[1], 3);
        EXPECT_EQ(config.autorestart, 1);
        EXPECT_EQ(config.umask, -1);
        EXPECT_EQ(config.directory, nullptr);
        EXPECT_STREQ(config.logfile[0], "/tmp/web.out");
        // A plugin built against an older, smaller struct gets only what fits.
        sup_process_info old{};
        old.struct_size = offsetof(sup_process_info, state);
        EXPECT_EQ(api.process_info(ctx, id, &old), SUP_OK);
        EXPECT_STREQ(old.group, "web");
        EXPECT_EQ(old.state, 0);
        EXPECT_EQ(api.process_info(ctx, 999999, &info), SUP_ERR_BAD_NAME);
        EXPECT_EQ(api.process_signal(ctx, id, 15), SUP_ERR_NOT_RUNNING);
        EXPECT_EQ(api.process_signal(ctx, id, -1), SUP_ERR_BAD_SIGNAL);
        EXPECT_EQ(api.process_write_stdin(ctx, id, "x", 1), SUP_ERR_NOT_RUNNING);
        EXPECT_EQ(api.process_stop(ctx, id, nullptr, nullptr), SUP_ERR_NOT_RUNNING);
        return true;
    });
}

TEST(PluginRuntime, ConfigIsReadRawThroughTheHost) {
    SupervisorRun run("[plugin:x]\nalpha=1\nbeta=%(here)s/b\n", "/etc/sup/test.conf");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    EXPECT_STREQ(api.config_get(ctx, "plugin:x", "beta"), "/etc/sup/b");
    EXPECT_EQ(api.config_get(ctx, "plugin:x", "gamma"), nullptr);
    EXPECT_EQ(api.config_get(ctx, "plugin:y", "alpha"), nullptr);
    EXPECT_STREQ(api.config_key_at(ctx, "plugin:x", 0), "alpha");
    EXPECT_STREQ(api.config_key_at(ctx, "plugin:x", 1), "beta");
    EXPECT_EQ(api.config_key_at(ctx, "plugin:x", 2), nullptr);
    EXPECT_STREQ(api.config_section_at(ctx, 0), "supervisord");
    EXPECT_STREQ(api.config_section_at(ctx, 1), "plugin:x");
    EXPECT_EQ(api.config_section_at(ctx, 2), nullptr);
    EXPECT_STREQ(api.config_path(ctx), "/etc/sup/test.conf");
    EXPECT_STREQ(api.version(ctx), "4.2.5");
    EXPECT_STREQ(api.identification(ctx), "supervisor");
    EXPECT_EQ(api.supervisor_state(ctx), SUP_SUPERVISOR_RUNNING);
}

TEST(PluginRuntime, TheCppExampleServesItsMethodsAndItsTimerRuns) {
    SupervisorRun run(std::string("[plugin:cpp-hello]\npath=") + CPP_HELLO_PLUGIN + "\ninterval_ms=5\n");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    RpcOutcome ticks, greeting, wrong;
    const bool finished = run.run([&] {
        invoke(api, ctx, "hello.ticks", ticks);
        if (ticks.result == "0" || ticks.result == "1") return false;
        invoke(api, ctx, "hello.greet", greeting,
               [&](sup_rpc_call* call, sup_value* params) { api.array_append(params, api.value_string(call, "world", 5)); });
        invoke(api, ctx, "hello.greet", wrong);
        run.host->reopen_logs();  // what SIGUSR2 does
        return true;
    });
    ASSERT_TRUE(finished);
    EXPECT_EQ(greeting.result, "Hello, world!");
    EXPECT_EQ(wrong.fault_code, 2);
    EXPECT_EQ(wrong.fault_string, "INCORRECT_PARAMETERS");
}

TEST(PluginRuntime, AnExceptionInAPluginConstructorIsAnInitFailure) {
    SupervisorRun run(std::string("[plugin:cpp-hello]\npath=") + CPP_HELLO_PLUGIN + "\ninterval_ms=-1\n");
    const std::string error = run.start_plugins();
    EXPECT_NE(error.find("failed to initialise: interval_ms must be positive"), std::string::npos) << error;
}

struct WatchProbe {
    const sup_host_api* api;
    int fd;
    int calls = 0;
    sup_watch* watch = nullptr;
};

TEST(PluginRuntime, WatchesAreLevelTriggeredTimersCancelAndPostCrossesThreads) {
    SupervisorRun run("");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();

    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ASSERT_EQ(::write(fds[1], "x", 1), 1);  // readable before the watch exists
    WatchProbe probe{&api, fds[0]};
    // Not reading on the first call: level-triggered means it is called again.
    probe.watch = api.watch_fd(ctx, fds[0], SUP_READABLE,
                               [](void* ud, int fd, int events) {
                                   auto* p = static_cast<WatchProbe*>(ud);
                                   EXPECT_EQ(events, SUP_READABLE);
                                   if (++p->calls < 2) return;
                                   char c;
                                   EXPECT_EQ(::read(fd, &c, 1), 1);
                                   p->api->watch_cancel(p->watch);  // from its own callback
                               },
                               &probe);
    ASSERT_NE(probe.watch, nullptr);
    EXPECT_EQ(api.watch_fd(ctx, -1, SUP_READABLE, [](void*, int, int) {}, nullptr), nullptr);

    int fired = 0;
    sup_timer* cancelled = api.timer_start(ctx, 10, [](void* ud) { *static_cast<int*>(ud) += 100; }, &fired);
    api.timer_start(ctx, 20, [](void* ud) { *static_cast<int*>(ud) += 1; }, &fired);
    api.timer_cancel(cancelled);

    std::atomic<bool> posted{false};
    std::thread worker([&] { api.post(ctx, [](void* ud) { static_cast<std::atomic<bool>*>(ud)->store(true); }, &posted); });
    worker.join();

    EXPECT_TRUE(run.run([&] { return probe.calls == 2 && fired == 1 && posted; }, std::chrono::seconds(5)));
    EXPECT_EQ(probe.calls, 2);
    EXPECT_EQ(fired, 1);
    ::close(fds[0]);
    ::close(fds[1]);
}

TEST(PluginRuntime, APublishedEventReachesSubscribersWithItsProcess) {
    SupervisorRun run("");
    ASSERT_EQ(run.start_plugins(), "");
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    std::vector<SeenEvent> seen;
    api.event_subscribe(ctx, SUP_EV_EVENT,
                        [](void* ud, const sup_event* e) {
                            static_cast<std::vector<SeenEvent>*>(ud)->push_back(
                                {e->type_name, std::string(e->payload, e->payload_len), e->process});
                        },
                        &seen);
    EXPECT_EQ(api.event_publish(ctx, SUP_EV_REMOTE_COMMUNICATION, "type:x\nhi", 9, 7), SUP_OK);
    EXPECT_EQ(api.event_publish(ctx, SUP_EV_PROCESS_STATE, "", 0, 0), SUP_ERR_BAD_ARGUMENTS);  // abstract
    EXPECT_EQ(api.event_publish(ctx, 999, "", 0, 0), SUP_ERR_BAD_ARGUMENTS);
    EXPECT_EQ(api.event_subscribe(ctx, -1, [](void*, const sup_event*) {}, nullptr), 0u);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].type, "REMOTE_COMMUNICATION");
    EXPECT_EQ(seen[0].payload, "type:x\nhi");
    EXPECT_EQ(seen[0].process, 7u);
}

TEST(PluginRuntime, TheHostTableIsCompleteAndVersioned) {
    const sup_host_api& api = sup::plugin_host::host_api_table();
    EXPECT_EQ(api.struct_size, sizeof(sup_host_api));
    EXPECT_EQ(api.abi_major, SUP_ABI_MAJOR);
    EXPECT_EQ(api.abi_minor, SUP_ABI_MINOR);
    // Every slot after the header is a function, and every one is filled.
    const auto* first = reinterpret_cast<const char*>(&api.log);
    const auto* end = reinterpret_cast<const char*>(&api) + sizeof api;
    for (const char* slot = first; slot < end; slot += sizeof(void (*)())) {
        void (*fn)();
        std::memcpy(&fn, slot, sizeof fn);
        EXPECT_NE(fn, nullptr) << "slot at offset " << (slot - reinterpret_cast<const char*>(&api));
    }
}

}  // namespace
