// Groups and processes: numprocs, ordering by priority, heterogeneous
// groups, environment merging.
#include <gtest/gtest.h>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::ini_error;
using testing::kMinimal;
using testing::load_ini;

std::vector<std::string> names_of(const std::vector<ProcessConfig>& processes) {
    std::vector<std::string> names;
    for (const auto& process : processes) names.push_back(process.name);
    return names;
}

TEST(Processes, NumprocsExpandsProcessNames) {
    const Config config = load_ini(std::string(kMinimal) + "[program:w]\ncommand=x\nnumprocs=3\n"
                                                           "process_name=%(program_name)s-%(process_num)d\n");
    EXPECT_EQ(names_of(config.groups.at(0).processes), (std::vector<std::string>{"w-0", "w-1", "w-2"}));
    EXPECT_EQ(config.groups.at(0).processes[2].process_num, 2);
}

TEST(Processes, NumprocsZeroGivesAnEmptyGroup) {
    EXPECT_TRUE(load_ini(std::string(kMinimal) + "[program:w]\ncommand=x\nnumprocs=0\n").groups.at(0).processes.empty());
}

TEST(Processes, HostileNumprocsIsRefused) {
    EXPECT_NE(ini_error(std::string(kMinimal) + "[program:w]\ncommand=x\nnumprocs=2000000000\n"
                                                "process_name=%(process_num)d\n")
                  .find("Invalid value for 'numprocs'"),
              std::string::npos);
    EXPECT_NE(ini_error(std::string(kMinimal) + "[program:w]\ncommand=x\nnumprocs=2\nnumprocs_start=2147483647\n"
                                                "process_name=%(process_num)d\n")
                  .find("Invalid value for 'numprocs_start'"),
              std::string::npos);
}

TEST(Processes, ProcessesSortByPriorityThenName) {
    const Config config = load_ini(std::string(kMinimal) + "[program:c]\ncommand=x\npriority=1\n"
                                                           "[program:b]\ncommand=x\npriority=2\n"
                                                           "[program:a]\ncommand=x\npriority=2\n"
                                                           "[group:g]\nprograms=b,a,c\n");
    EXPECT_EQ(names_of(config.groups.at(0).processes), (std::vector<std::string>{"c", "a", "b"}));
}

TEST(Groups, SortByPriorityThenName) {
    const Config config = load_ini(std::string(kMinimal) + "[program:z]\ncommand=x\npriority=1\n"
                                                           "[program:b]\ncommand=x\n"
                                                           "[program:a]\ncommand=x\n"
                                                           "[eventlistener:l]\ncommand=x\nevents=TICK_5\n");
    std::vector<std::string> names;
    for (const auto& group : config.groups) names.push_back(group.name);
    EXPECT_EQ(names, (std::vector<std::string>{"l", "z", "a", "b"}));
}

TEST(Groups, ProgramsInAGroupAreNotAlsoTheirOwnGroup) {
    const Config config = load_ini(std::string(kMinimal) + "[program:a]\ncommand=x\n[program:b]\ncommand=x\n"
                                                           "[program:c]\ncommand=x\n[group:g]\nprograms=a, b\npriority=5\n");
    ASSERT_EQ(config.groups.size(), 2u);
    EXPECT_EQ(config.groups[0].name, "g");
    EXPECT_EQ(config.groups[0].priority, 5);
    EXPECT_EQ(config.groups[0].kind, GroupConfig::Kind::Heterogeneous);
    EXPECT_EQ(names_of(config.groups[0].processes), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(config.groups[1].name, "c");
}

TEST(Groups, FastCgiProgramInAGroupIsAPlainMember) {
    const Config config = load_ini(std::string(kMinimal) + "[fcgi-program:f]\ncommand=x\nsocket=tcp://h:1\n"
                                                           "[group:g]\nprograms=f\n");
    ASSERT_EQ(config.groups.size(), 1u);
    EXPECT_EQ(config.groups[0].kind, GroupConfig::Kind::Heterogeneous);
    EXPECT_FALSE(config.groups[0].socket);
    EXPECT_EQ(names_of(config.groups[0].processes), (std::vector<std::string>{"f"}));
}

TEST(Groups, ListenerPoolProcessNames) {
    const Config config =
        load_ini(std::string(kMinimal) + "[eventlistener:pool]\ncommand=x\nevents=PROCESS_STATE\nnumprocs=2\n"
                                         "process_name=%(group_name)s_%(process_num)02d\n");
    EXPECT_EQ(names_of(config.groups.at(0).processes), (std::vector<std::string>{"pool_00", "pool_01"}));
}

TEST(Environment, SupervisordEnvironmentIsMergedUnderEachProcess) {
    const Config config = load_ini("[supervisord]\nenvironment=A=global,B=global\n"
                                   "[program:p]\ncommand=x\nenvironment=B=own,C=own\n[program:q]\ncommand=x\n");
    EXPECT_EQ(config.groups.at(0).processes.at(0).environment,
              (Environment{{"A", "global"}, {"B", "own"}, {"C", "own"}}));
    EXPECT_EQ(config.groups.at(1).processes.at(0).environment, (Environment{{"A", "global"}, {"B", "global"}}));
    EXPECT_EQ(config.supervisord.environment, (Environment{{"A", "global"}, {"B", "global"}}));
}

}  // namespace
}  // namespace sup::config
