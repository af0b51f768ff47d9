// Things accepted with a warning: unknown keys and sections (ours), and the
// reference's own parse warnings.
#include <gtest/gtest.h>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::kMinimal;
using testing::load_ini;

TEST(Warnings, UnknownKeyNamesFileLineSectionAndKey) {
    const Config config = load_ini("[supervisord]\n[program:web]\ncommand=x\n\nautostrat=false\n", "/x.conf");
    EXPECT_EQ(config.warnings,
              (std::vector<std::string>{"Unknown key 'autostrat' in section 'program:web' (file: '/x.conf', line 5)"}));
    EXPECT_TRUE(config.groups.at(0).processes.at(0).autostart);
}

TEST(Warnings, UnknownKeysInEverySectionKind) {
    const Config config = load_ini("[supervisord]\nbogus1=1\n[program:p]\ncommand=x\nbogus2=1\n"
                                   "[eventlistener:e]\ncommand=x\nevents=TICK_5\nsocket=x\n"
                                   "[fcgi-program:f]\ncommand=x\nsocket=tcp://h:1\nbuffer_size=3\n"
                                   "[group:g]\nbogus3=1\n[unix_http_server]\nfile=/tmp/s\nport=1\n"
                                   "[inet_http_server]\nport=1\nfile=x\n[supervisorctl]\nbogus4=1\n"
                                   "[include]\nfiles=nothing-here-xyz\nbogus5=1\n");
    std::vector<std::string> unknown;
    for (const std::string& warning : config.warnings)
        if (warning.rfind("Unknown key", 0) == 0) unknown.push_back(warning.substr(0, warning.find(" (file")));
    EXPECT_EQ(unknown, (std::vector<std::string>{
                           "Unknown key 'bogus1' in section 'supervisord'",
                           "Unknown key 'bogus2' in section 'program:p'",
                           "Unknown key 'socket' in section 'eventlistener:e'",
                           "Unknown key 'buffer_size' in section 'fcgi-program:f'",
                           "Unknown key 'bogus3' in section 'group:g'",
                           "Unknown key 'port' in section 'unix_http_server'",
                           "Unknown key 'file' in section 'inet_http_server'",
                           "Unknown key 'bogus4' in section 'supervisorctl'",
                           "Unknown key 'bogus5' in section 'include'",
                       }));
}

TEST(Warnings, UnknownSectionIsIgnoredWithAWarning) {
    const Config config = load_ini("[supervisord]\n[programs:x]\ncommand=x\n", "/x.conf");
    EXPECT_EQ(config.warnings,
              (std::vector<std::string>{"Unknown section 'programs:x' ignored (file: '/x.conf', line 2)"}));
    EXPECT_TRUE(config.groups.empty());
}

TEST(Warnings, PluginSectionsTakeAnyKey) {
    EXPECT_TRUE(load_ini(std::string(kMinimal) + "[plugin:p]\nanything=1\n[ctlplugin:c]\nx=1\n"
                                                 "[rpcinterface:r]\nsupervisor.rpcinterface_factory=a:b\nk=v\n")
                    .warnings.empty());
}

TEST(Warnings, AutoLogWithoutRolloverOncePerProcessAsTheReference) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=x\nnumprocs=2\n"
                                                           "process_name=p%(process_num)d\nstdout_logfile_maxbytes=0\n");
    const std::string warning = "For [program:p], AUTO logging used for stdout_logfile without rollover, set "
                                "maxbytes > 0 to avoid filling up filesystem unintentionally";
    EXPECT_EQ(config.warnings, (std::vector<std::string>{warning, warning}));
}

TEST(Warnings, NoRolloverWarningForAnExplicitFile) {
    EXPECT_TRUE(load_ini(std::string(kMinimal) + "[program:p]\ncommand=x\nstdout_logfile=/tmp/p.log\n"
                                                 "stdout_logfile_maxbytes=0\n")
                    .warnings.empty());
}

TEST(Warnings, DuplicateGroupNames) {
    const Config config =
        load_ini(std::string(kMinimal) + "[program:x]\ncommand=x\n[eventlistener:x]\ncommand=x\nevents=TICK_5\n", "/x.conf");
    EXPECT_EQ(config.warnings,
              (std::vector<std::string>{"Group name 'x' is defined more than once: (file: '/x.conf', line 4) and "
                                        "(file: '/x.conf', line 2)"}));
}

}  // namespace
}  // namespace sup::config
