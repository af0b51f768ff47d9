// Hostile input: arbitrary bytes and absurd values give a ConfigError (or
// a config), never a crash, a hang or unbounded memory.
#include <gtest/gtest.h>

#include <random>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::ini_error;
using testing::kMinimal;

// Loads `text` both ways; only ConfigError may come out.
void load_both_ways(const std::string& text) {
    for (bool toml : {false, true}) {
        try {
            toml ? load_toml_text(text, "/tmp/fuzz.toml") : load_ini_text(text, "/tmp/fuzz.conf");
        } catch (const ConfigError&) {
        }
    }
}

TEST(HostileInput, RandomBytes) {
    std::mt19937 random(12345);
    for (int round = 0; round < 300; ++round) {
        std::string text(random() % 400, '\0');
        for (char& c : text) c = static_cast<char>(random() % 256);
        load_both_ways(text);
    }
}

TEST(HostileInput, RandomConfigLikeText) {
    static const char* const kPieces[] = {
        "[supervisord]\n", "[program:p]\n", "[group:g]\n",   "[eventlistener:e]\n", "[fcgi-program:f]\n",
        "[include]\n",     "command=",      "numprocs=",     "process_name=",       "environment=",
        "%(",              ")s",            "%(process_num)", "02d",                "=",
        "\"",              "'",             ",",             "\n",                  "  ",
        ";",               "#",             "[",             "]",                   "files=",
        "*",               "programs=p",    "events=TICK_5", "socket=unix:///x",    "%%",
        "99999999999999",  "-1",            "{",             "}",                   "0o7",
        "true",            "stdout_logfile=", "[DEFAULT]\n", "%(here)s",           "\r",
    };
    std::mt19937 random(777);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        for (unsigned i = random() % 40; i > 0; --i) text += kPieces[random() % std::size(kPieces)];
        load_both_ways(text);
    }
}

TEST(HostileInput, ManyEnvironmentPairs) {
    std::string environment;
    for (int i = 0; i < 20000; ++i) environment += "K" + std::to_string(i) + "=v,";
    const Config config = load_ini_text("[supervisord]\nenvironment=" + environment + "LAST=1\n", "/tmp/t.conf");
    EXPECT_EQ(config.supervisord.environment.size(), 20001u);
}

TEST(HostileInput, HugeHereExpansionIsBounded) {
    std::string many;
    for (int i = 0; i < 200000; ++i) many += "%(here)s";
    const std::string message = ini_error(std::string(kMinimal) + "[program:p]\ncommand=" + many +
                                          "\n[include]\nfiles=none\n",
                                          "/" + std::string(200, 'd') + "/t.conf");
    EXPECT_NE(message.find("too long"), std::string::npos) << message.substr(0, 200);
}

TEST(HostileInput, LongCommandTimesManyProcessesIsBounded) {
    const std::string message = ini_error(std::string(kMinimal) + "[program:p]\nnumprocs=200\nprocess_name=%(process_num)d\n"
                                          "command=" + std::string(2u << 20, 'x') + "\n");
    EXPECT_NE(message.find("hold more than 256 MiB"), std::string::npos) << message.substr(0, 200);
}

TEST(HostileInput, BigGlobalEnvironmentTimesManyProcessesIsBounded) {
    const std::string message =
        ini_error("[supervisord]\nenvironment=BIG=" + std::string(1u << 20, 'x') +
                  "\n[program:p]\nnumprocs=300\nprocess_name=%(process_num)d\ncommand=x\n");
    EXPECT_NE(message.find("Invalid value for 'environment' in section 'supervisord'"), std::string::npos)
        << message.substr(0, 200);
}

TEST(HostileInput, LargeNumbersAreErrors) {
    EXPECT_NE(ini_error("[supervisord]\nlogfile_backups=99999999999999999999999\n").find("integer out of range"),
              std::string::npos);
    EXPECT_NE(ini_error("[supervisord]\nlogfile_maxbytes=99999999999999999999999\n").find("logfile_maxbytes"),
              std::string::npos);
}

}  // namespace
}  // namespace sup::config
