// The pure parts of the supervisor.* namespace: descriptions, namespecs,
// signals, fault strings, log offsets. Expected values come from the
// reference's own functions.
#include <gtest/gtest.h>
#include <supervisor/plugin.h>

#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "faults.hpp"
#include "log_files.hpp"
#include "namespec.hpp"
#include "process_description.hpp"
#include "signal_names.hpp"

using namespace sup::rpc_supervisor;
namespace fs = std::filesystem;

namespace {

DescribedProcess process(int state, std::int64_t start, std::int64_t now, std::int64_t stop = 0,
                         std::string spawnerr = "") {
    DescribedProcess p;
    p.name = "web";
    p.state = state;
    p.start = start;
    p.now = now;
    p.stop = stop;
    p.pid = 1234;
    p.spawnerr = std::move(spawnerr);
    return p;
}

class UtcClock : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("TZ", "UTC", 1);
        ::tzset();
    }
};

}  // namespace

TEST(Description, RunningShowsPidAndUptime) {
    EXPECT_EQ(describe_process(process(SUP_STATE_RUNNING, 1000, 1062)), "pid 1234, uptime 0:01:02");
    EXPECT_EQ(describe_process(process(SUP_STATE_RUNNING, 1000, 1000 + 86400 + 3723)),
              "pid 1234, uptime 1 day, 1:02:03");
    EXPECT_EQ(describe_process(process(SUP_STATE_RUNNING, 1000, 1000 + 2 * 86400)),
              "pid 1234, uptime 2 days, 0:00:00");
    EXPECT_EQ(describe_process(process(SUP_STATE_RUNNING, 2000, 1000)), "pid 1234, uptime 0:00:00");
}

TEST(Description, FatalAndBackoffShowTheSpawnError) {
    EXPECT_EQ(describe_process(process(SUP_STATE_FATAL, 1, 1)), "unknown error (try \"tail web\")");
    EXPECT_EQ(describe_process(process(SUP_STATE_BACKOFF, 1, 1, 0, "Exited too quickly (process log may have details)")),
              "Exited too quickly (process log may have details)");
}

TEST_F(UtcClock, StoppedShowsTheStopTime) {
    EXPECT_EQ(describe_process(process(SUP_STATE_STOPPED, 0, 1)), "Not started");
    EXPECT_EQ(describe_process(process(SUP_STATE_EXITED, 5, 1, 1795508700)), "Nov 24 08:25 AM");
    EXPECT_EQ(describe_process(process(SUP_STATE_STOPPED, 5, 1, 1795551900)), "Nov 24 08:25 PM");
    EXPECT_EQ(format_stop_time(0), "Jan 01 12:00 AM");
    EXPECT_EQ(format_stop_time(12 * 3600), "Jan 01 12:00 PM");
}

TEST(Description, OtherStatesSayNothing) {
    EXPECT_EQ(describe_process(process(SUP_STATE_STARTING, 5, 1)), "");
    EXPECT_EQ(describe_process(process(SUP_STATE_STOPPING, 5, 1)), "");
}

TEST(StateNames, AsTheReference) {
    EXPECT_EQ(process_state_name(SUP_STATE_BACKOFF), "BACKOFF");
    EXPECT_EQ(process_state_name(1000), "UNKNOWN");
    EXPECT_EQ(supervisor_state_name(SUP_SUPERVISOR_RESTARTING), "RESTARTING");
    EXPECT_EQ(supervisor_state_name(SUP_SUPERVISOR_SHUTDOWN), "SHUTDOWN");
}

TEST(Namespec, SplitAndMake) {
    EXPECT_EQ(split_namespec("web").group, "web");
    EXPECT_EQ(split_namespec("web").process, std::optional<std::string>("web"));
    EXPECT_EQ(split_namespec("g:p").group, "g");
    EXPECT_EQ(split_namespec("g:p").process, std::optional<std::string>("p"));
    EXPECT_FALSE(split_namespec("g:*").process);
    EXPECT_FALSE(split_namespec("g:").process);
    EXPECT_EQ(split_namespec("g:a:b").process, std::optional<std::string>("a:b"));
    EXPECT_EQ(make_namespec("web", "web"), "web");
    EXPECT_EQ(make_namespec("g", "p"), "g:p");
}

TEST(Signals, NamesAndNumbers) {
    EXPECT_EQ(parse_signal("HUP"), std::optional<int>(1));
    EXPECT_EQ(parse_signal("sighup"), std::optional<int>(1));
    EXPECT_EQ(parse_signal(" term "), std::optional<int>(15));
    EXPECT_EQ(parse_signal("9"), std::optional<int>(9));
    EXPECT_EQ(parse_signal("SIGRTMIN"), std::optional<int>(34));
    EXPECT_FALSE(parse_signal("BOGUS"));
    EXPECT_FALSE(parse_signal("40"));
    EXPECT_FALSE(parse_signal("-1"));
    EXPECT_EQ(valid_signal_number(64), std::optional<int>(64));
}

TEST(Faults, Text) {
    EXPECT_EQ(fault_text(BAD_NAME, std::string("foo")), "BAD_NAME: foo");
    EXPECT_EQ(fault_text(NO_FILE), "NO_FILE");
    EXPECT_EQ(fault_text(-SPAWN_ERROR, std::string("x")), "SPAWN_ERROR: x");
    EXPECT_EQ(fault_name(12345), "UNKNOWN");
}

class LogFiles : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = (fs::temp_directory_path() / ("logfiles-" + std::to_string(::getpid()))).string();
        std::ofstream(path_) << "0123456789abcdefghij";
    }
    void TearDown() override { fs::remove(path_); }
    std::string path_;
};

TEST_F(LogFiles, ReadLikeTheReference) {
    EXPECT_EQ(read_log(path_, 0, 0).data, "0123456789abcdefghij");
    EXPECT_EQ(read_log(path_, 5, 3).data, "567");
    EXPECT_EQ(read_log(path_, -4, 0).data, "ghij");
    EXPECT_EQ(read_log(path_, -100, 0).data, "0123456789abcdefghij");
    EXPECT_EQ(read_log(path_, 18, 10).data, "ij");
    EXPECT_EQ(read_log(path_, 25, 5).data, "");
    EXPECT_EQ(read_log(path_, 0, 100).data, "0123456789abcdefghij");
    EXPECT_EQ(read_log(path_, -4, 3).fault, BAD_ARGUMENTS);
    EXPECT_EQ(read_log(path_, 5, -1).fault, BAD_ARGUMENTS);
    EXPECT_EQ(read_log(path_ + ".none", 0, 0).fault, FAILED);
}

TEST_F(LogFiles, TailLikeTheReference) {
    struct Case {
        std::int64_t offset, length;
        std::string data;
        bool overflow;
    };
    const Case cases[] = {{0, 5, "fghij", true},  {15, 10, "abcdefghij", false}, {0, 100, "0123456789abcdefghij", false},
                          {20, 5, "", false},     {25, 5, "", false},            {-5, 3, "hij", true},
                          {3, 0, "", true},       {10, 4, "ghij", true}};
    for (const auto& c : cases) {
        const LogTail tail = tail_log(path_, c.offset, c.length);
        EXPECT_EQ(tail.data, c.data) << c.offset << "," << c.length;
        EXPECT_EQ(tail.offset, 20) << c.offset << "," << c.length;
        EXPECT_EQ(tail.overflow, c.overflow) << c.offset << "," << c.length;
    }
    const LogTail missing = tail_log(path_ + ".none", 7, 3);
    EXPECT_EQ(missing.offset, 7);
    EXPECT_EQ(missing.data, "");
}

TEST_F(LogFiles, HugeLengthsDoNotAllocate) {
    EXPECT_EQ(tail_log(path_, 0, std::int64_t{1} << 62).data.size(), 20u);
    EXPECT_EQ(read_log(path_, 0, std::int64_t{1} << 62).data.size(), 20u);
}

TEST_F(LogFiles, ClearEmptiesInPlace) {
    EXPECT_TRUE(clear_log(path_));
    EXPECT_EQ(fs::file_size(path_), 0u);
    EXPECT_TRUE(clear_log(path_ + ".none"));
    EXPECT_FALSE(fs::exists(path_ + ".none"));
}
