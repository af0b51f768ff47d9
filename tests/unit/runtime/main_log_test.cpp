// The main log: the reference's line format, its seven levels and their
// threshold, echo to stdout, reopen after the file was moved away.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>

#include "runtime/main_log.hpp"
#include "test_support.hpp"

namespace sup::mainlog {
namespace {

namespace fs = std::filesystem;

constexpr LogLevel all_levels[] = {LogLevel::Blather, LogLevel::Trace, LogLevel::Debug,
                                   LogLevel::Info,    LogLevel::Warn,  LogLevel::Error,
                                   LogLevel::Critical};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string local_now() {
    std::time_t now = std::time(nullptr);
    std::tm parts{};
    ::localtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &parts);
    return buffer;
}

class MainLog : public ::testing::Test {
protected:
    void TearDown() override { close(); }
    test::TempDir dir;
    std::string path = dir / "supervisord.log";
};

TEST_F(MainLog, LineFormat) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    std::string before = local_now();
    info("spawned: 'web' with pid 1234");
    std::string after = local_now();
    std::string text = test::read_file(path);  // already there: every line is flushed
    std::smatch m;
    ASSERT_TRUE(std::regex_match(
        text, m,
        std::regex(R"((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),\d{3} INFO spawned: 'web' with pid 1234\n)")))
        << text;
    EXPECT_GE(m[1].str(), before);  // local time, not UTC
    EXPECT_LE(m[1].str(), after);
}

TEST_F(MainLog, LevelNames) {
    ASSERT_EQ(configure(path, LogLevel::Blather, false), "");
    for (LogLevel level : all_levels) write(level, "x");
    std::vector<std::string> names;
    for (const std::string& line : lines_of(test::read_file(path))) names.push_back(line.substr(24));
    EXPECT_EQ(names, (std::vector<std::string>{"BLAT x", "TRAC x", "DEBG x", "INFO x", "WARN x",
                                               "ERRO x", "CRIT x"}));
    EXPECT_EQ(level_name(LogLevel::Critical), "CRIT");
}

TEST_F(MainLog, ThresholdForEveryLevel) {
    for (std::size_t t = 0; t < std::size(all_levels); ++t) {
        std::string file = dir / ("level" + std::to_string(t) + ".log");
        ASSERT_EQ(configure(file, all_levels[t], false), "");
        blather("b");
        trace("t");
        debug("d");
        info("i");
        warn("w");
        error("e");
        critical("c");
        std::vector<std::string> lines = lines_of(test::read_file(file));
        ASSERT_EQ(lines.size(), std::size(all_levels) - t) << "threshold " << t;
        EXPECT_EQ(lines.front().substr(24, 4), level_name(all_levels[t]));
        for (std::size_t l = 0; l < std::size(all_levels); ++l) {
            EXPECT_EQ(enabled(all_levels[l]), l >= t);
        }
    }
}

TEST_F(MainLog, MultiLineMessageIsWrittenAsIs) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    warn("first\nsecond");
    std::vector<std::string> lines = lines_of(test::read_file(path));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].ends_with(" WARN first"));
    EXPECT_EQ(lines[1], "second");
}

TEST_F(MainLog, AppendsToAnExistingFile) {
    test::write_file(path, "old line\n");
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    info("new");
    std::vector<std::string> lines = lines_of(test::read_file(path));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "old line");
}

TEST_F(MainLog, ReopenAfterRenameLosesNoLine) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    info("one");
    fs::rename(path, path + ".1");
    info("two");  // still the moved file, as for the reference
    EXPECT_FALSE(fs::exists(path));
    ASSERT_EQ(reopen(), "");
    info("three");
    std::vector<std::string> old_lines = lines_of(test::read_file(path + ".1"));
    std::vector<std::string> new_lines = lines_of(test::read_file(path));
    ASSERT_EQ(old_lines.size(), 2u);
    EXPECT_TRUE(old_lines[0].ends_with("INFO one"));
    EXPECT_TRUE(old_lines[1].ends_with("INFO two"));
    ASSERT_EQ(new_lines.size(), 1u);
    EXPECT_TRUE(new_lines[0].ends_with("INFO three"));
}

TEST_F(MainLog, FailedReopenKeepsTheOldFile) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    fs::rename(path, path + ".1");
    fs::create_directory(path);  // nothing can be opened there now
    EXPECT_NE(reopen(), "");
    info("still logged");
    EXPECT_TRUE(test::read_file(path + ".1").ends_with("INFO still logged\n"));
}

TEST_F(MainLog, UnopenableFileIsReportedAndChangesNothing) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    EXPECT_NE(configure(dir.path().string(), LogLevel::Debug, false), "");
    EXPECT_FALSE(enabled(LogLevel::Debug));
    info("kept");
    EXPECT_TRUE(test::read_file(path).ends_with("INFO kept\n"));
}

TEST_F(MainLog, EchoToStdout) {
    ASSERT_EQ(configure(path, LogLevel::Info, true), "");
    ::testing::internal::CaptureStdout();
    warn("to both");
    debug("to neither");
    std::string out = ::testing::internal::GetCapturedStdout();
    EXPECT_TRUE(std::regex_match(out, std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARN to both\n)")))
        << out;
    EXPECT_EQ(test::read_file(path).substr(24), "WARN to both\n");
}

TEST_F(MainLog, NoEchoWhenNotAsked) {
    ASSERT_EQ(configure(path, LogLevel::Info, false), "");
    ::testing::internal::CaptureStdout();
    info("file only");
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
}

TEST_F(MainLog, StderrWhenNotConfigured) {
    close();
    ::testing::internal::CaptureStderr();
    error("early trouble");
    std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(std::regex_match(err, std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ERRO early trouble\n)")))
        << err;
}

}  // namespace
}  // namespace sup::mainlog
