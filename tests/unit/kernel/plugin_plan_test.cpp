// Which plugins a config asks for, why, and where they are looked for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "config/load.hpp"
#include "plugin_host/plugin_dirs.hpp"
#include "plugin_host/plugin_plan.hpp"
#include "plugin_host/plugin_set.hpp"
#include "plugin_test_support.hpp"

namespace {

using sup::plugin_host::PluginRequest;
using sup::plugin_host::plan_plugins;

sup::config::Config load(const std::string& text) {
    return sup::config::load_ini_text("[supervisord]\n" + text, "/etc/sup/supervisord.conf");
}

const PluginRequest* find(const std::vector<PluginRequest>& plan, const std::string& name) {
    for (const auto& r : plan)
        if (r.name == name) return &r;
    return nullptr;
}

TEST(PluginPlan, NoSectionThatNeedsAPluginAsksForNone) {
    EXPECT_TRUE(plan_plugins(load("[program:a]\ncommand=/bin/true\nstdout_logfile=NONE\nstderr_logfile=NONE\n"))
                    .empty());
}

TEST(PluginPlan, SectionsImplyTheirPluginsInFileOrder) {
    const auto plan = plan_plugins(load(
        "[inet_http_server]\nport=127.0.0.1:9001\n"
        "[unix_http_server]\nfile=/tmp/x.sock\n"
        "[eventlistener:a]\ncommand=/bin/cat\nevents=PROCESS_STATE\nstdout_logfile=NONE\nstderr_logfile=NONE\n"
        "[eventlistener:b]\ncommand=/bin/cat\nevents=TICK_5\nstdout_logfile=NONE\nstderr_logfile=NONE\n"
        "[program:quiet]\ncommand=/bin/true\nstdout_logfile=NONE\nstderr_logfile=NONE\n"
        "[program:talker]\ncommand=/bin/true\n"));
    ASSERT_EQ(plan.size(), 4u);
    EXPECT_EQ(plan[0].name, "rpc-http");
    EXPECT_EQ(plan[1].name, "rpc-unix");
    EXPECT_EQ(plan[2].name, "eventlisteners");
    EXPECT_EQ(plan[3].name, "logrotate");
    EXPECT_EQ(plan[1].own_section, "unix_http_server");
    EXPECT_EQ(plan[2].own_section, "");
    EXPECT_EQ(sup::plugin_host::describe_reasons(plan[2]), "implied by [eventlistener:a], [eventlistener:b]");
    EXPECT_EQ(sup::plugin_host::describe_reasons(plan[3]), "implied by [program:talker]");
    for (const auto& r : plan) {
        EXPECT_FALSE(r.required) << r.name;
        EXPECT_TRUE(r.path.empty()) << r.name;
        EXPECT_EQ(r.entry_symbol, SUP_PLUGIN_ENTRY_SYMBOL);
    }
}

TEST(PluginPlan, RedirectedStderrAloneDoesNotImplyLogrotate) {
    EXPECT_TRUE(plan_plugins(load("[program:a]\ncommand=/bin/true\nstdout_logfile=NONE\nredirect_stderr=true\n"))
                    .empty());
}

TEST(PluginPlan, TheReferenceFactorySelectsTheBuiltInSupervisorInterface) {
    const auto plan = plan_plugins(
        load("[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = "
             "supervisor.rpcinterface:make_main_rpcinterface\n"));
    ASSERT_EQ(plan.size(), 1u);
    EXPECT_EQ(plan[0].name, "rpcinterface-supervisor");
    EXPECT_TRUE(plan[0].required);
    EXPECT_EQ(plan[0].own_section, "rpcinterface:supervisor");
    EXPECT_EQ(sup::plugin_host::describe_reasons(plan[0]), "[rpcinterface:supervisor]");
}

TEST(PluginPlan, AFactoryNamingASharedObjectLoadsItWithAnOptionalEntrySymbol) {
    const auto plan = plan_plugins(load(
        "[rpcinterface:stats]\nsupervisor.rpcinterface_factory = /opt/x/stats.so\n"
        "[rpcinterface:other]\nsupervisor.rpcinterface_factory = lib/other.so:make_other\n"));
    ASSERT_EQ(plan.size(), 2u);
    EXPECT_EQ(plan[0].name, "stats");
    EXPECT_EQ(plan[0].path, "/opt/x/stats.so");
    EXPECT_EQ(plan[0].entry_symbol, SUP_PLUGIN_ENTRY_SYMBOL);
    EXPECT_EQ(plan[1].path, "/etc/sup/lib/other.so");  // relative to the config file
    EXPECT_EQ(plan[1].entry_symbol, "make_other");
    EXPECT_TRUE(plan[1].required);
}

TEST(PluginPlan, AnyOtherFactoryIsAConfigError) {
    try {
        plan_plugins(load("[rpcinterface:x]\nsupervisor.rpcinterface_factory = my.module:make_it\n"));
        FAIL() << "no error";
    } catch (const sup::config::ConfigError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("'my.module:make_it'"), std::string::npos) << what;
        EXPECT_NE(what.find("[rpcinterface:x]"), std::string::npos) << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
}

TEST(PluginPlan, PluginSectionsAreExplicitAndWinTheOwnSection) {
    const auto plan = plan_plugins(load(
        "[program:talker]\ncommand=/bin/true\n"
        "[plugin:stats]\npath=/opt/stats.so\nwindow=60\n"
        "[plugin:logrotate]\ncompress=true\n"));
    ASSERT_EQ(plan.size(), 2u);
    const PluginRequest* stats = find(plan, "stats");
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->path, "/opt/stats.so");
    EXPECT_TRUE(stats->required);
    EXPECT_EQ(stats->own_section, "plugin:stats");
    const PluginRequest* logrotate = find(plan, "logrotate");
    ASSERT_TRUE(logrotate);
    EXPECT_TRUE(logrotate->path.empty());
    EXPECT_TRUE(logrotate->required);
    EXPECT_EQ(logrotate->own_section, "plugin:logrotate");
    EXPECT_EQ(sup::plugin_host::describe_reasons(*logrotate), "[plugin:logrotate]; implied by [program:talker]");
}

TEST(PluginConfig, EverySectionIsKeptRawInFileOrder) {
    const auto cfg = load(
        "[program:a]\ncommand=/bin/echo %(program_name)s\n"
        "[plugin:stats]\nwhere=%(here)s/stats\nwindow=60\n");
    std::vector<std::string> names;
    for (const auto& s : cfg.sections) names.push_back(s.name);
    EXPECT_EQ(names, (std::vector<std::string>{"supervisord", "program:a", "plugin:stats"}));
    // Expanded where the names any section knows suffice, as written otherwise.
    EXPECT_EQ(cfg.sections[1].options.at(0).second, "/bin/echo %(program_name)s");
    EXPECT_EQ(cfg.sections[2].options.at(0), (std::pair<std::string, std::string>{"where", "/etc/sup/stats"}));
}

TEST(PluginConfig, PluginDirsAreReadRelativeToTheConfigFile) {
    const auto cfg = sup::config::load_ini_text("[supervisord]\nplugin_dirs = /opt/p  extra\n",
                                                "/etc/sup/supervisord.conf");
    EXPECT_EQ(cfg.supervisord.plugin_dirs, (std::vector<std::string>{"/opt/p", "/etc/sup/extra"}));
    EXPECT_TRUE(cfg.warnings.empty());  // a known key
}

TEST(PluginDirs, FileNamesAndTheDefaultSearchPath) {
    EXPECT_EQ(sup::plugin_host::plugin_file_name("rpc-unix"), "sup-rpc-unix.so");
    plugin_test::TempDir tree;
    const std::string exe_dir = tree.file("bin");
    std::filesystem::create_directories(exe_dir);
    std::filesystem::create_directories(tree.file("plugins/rpc-unix"));
    std::filesystem::create_directories(tree.file("plugins/logrotate"));
    EXPECT_EQ(sup::plugin_host::default_plugin_dirs(exe_dir),
              (std::vector<std::string>{exe_dir, tree.file("lib/supervisor-cpp/plugins"), tree.file("plugins/logrotate"),
                                        tree.file("plugins/rpc-unix")}));
    // Command line first, then the config, then the defaults; no repeats.
    const auto path = sup::plugin_host::plugin_search_path({"/cli"}, {"/conf", exe_dir}, exe_dir);
    EXPECT_EQ(path.at(0), "/cli");
    EXPECT_EQ(path.at(1), "/conf");
    EXPECT_EQ(path.at(2), exe_dir);
    EXPECT_EQ(std::count(path.begin(), path.end(), exe_dir), 1);
}

TEST(PluginDirs, TheFirstDirectoryWithTheFileWins) {
    plugin_test::TempDir a, b;
    std::ofstream(b.file("sup-x.so")) << "";
    std::ofstream(a.file("sup-x.so")) << "";
    EXPECT_EQ(sup::plugin_host::find_plugin_file("x", {b.path(), a.path()}), b.file("sup-x.so"));
    EXPECT_EQ(sup::plugin_host::find_plugin_file("y", {b.path(), a.path()}), std::nullopt);
}

TEST(PluginSet, AnImpliedPluginThatIsNotInstalledIsOnlyAWarning) {
    const auto plan = plan_plugins(load("[unix_http_server]\nfile=/tmp/x.sock\n"));
    const auto set = sup::plugin_host::load_plugin_set(plan, {"/nonexistent/a", "/nonexistent/b"});
    EXPECT_TRUE(set.error.empty());
    EXPECT_TRUE(set.plugins.empty());
    ASSERT_EQ(set.warnings.size(), 1u);
    EXPECT_EQ(set.warnings[0],
              "plugin rpc-unix (implied by [unix_http_server]) not found in /nonexistent/a, /nonexistent/b; "
              "[unix_http_server] is ignored");
}

TEST(PluginSet, AnExplicitPluginThatIsNotInstalledIsFatal) {
    const auto by_name = sup::plugin_host::load_plugin_set(plan_plugins(load("[plugin:stats]\n")), {"/nowhere"});
    EXPECT_EQ(by_name.error, "plugin stats ([plugin:stats]) not found: no sup-stats.so in /nowhere");
    const auto by_path =
        sup::plugin_host::load_plugin_set(plan_plugins(load("[plugin:stats]\npath=/nowhere/stats.so\n")), {});
    EXPECT_EQ(by_path.error, "plugin stats ([plugin:stats]): no such file /nowhere/stats.so");
}

}  // namespace
