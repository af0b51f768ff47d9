// Refusals: every way a plugin can be wrong gives one line naming the
// plugin, its path and (where they matter) both ABI versions -- never a crash.
#include <gtest/gtest.h>

#include <filesystem>

#include "plugin_host/plugin_library.hpp"
#include "plugin_test_support.hpp"

namespace {

using plugin_test::TempDir;
using sup::plugin_host::open_plugin;
using sup::plugin_host::PluginRequest;

const std::string kBadSource = plugin_test::kSourceDir + "/tests/data/plugins/bad_plugin.c";
const std::string kHostAbi = std::to_string(SUP_ABI_MAJOR) + "." + std::to_string(SUP_ABI_MINOR);

class PluginLoading : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        for (const auto& [name, flag] : std::vector<std::pair<std::string, std::string>>{
                 {"good", ""},
                 {"wrong-major", "-DWRONG_MAJOR"},
                 {"future-minor", "-DFUTURE_MINOR"},
                 {"no-entry", "-DNO_ENTRY"},
                 {"init-fails", "-DINIT_FAILS"}})
            plugin_test::compile_c_plugin(kBadSource, dir_->file("sup-" + name + ".so"), flag);
    }
    static void TearDownTestSuite() { delete dir_; }

    static std::string path(const std::string& name) { return dir_->file("sup-" + name + ".so"); }
    static std::string open_error(const std::string& name) {
        PluginRequest request{name, path(name), SUP_PLUGIN_ENTRY_SYMBOL, "", true, {"[plugin:" + name + "]"}, {}};
        auto opened = open_plugin(request, path(name));
        auto* error = std::get_if<std::string>(&opened);
        return error ? *error : "";
    }

    static TempDir* dir_;
};
TempDir* PluginLoading::dir_ = nullptr;

TEST_F(PluginLoading, AWellFormedPluginOpens) {
    EXPECT_EQ(open_error("good"), "");
}

TEST_F(PluginLoading, AnotherAbiMajorIsRefused) {
    EXPECT_EQ(open_error("wrong-major"), "plugin wrong-major (" + path("wrong-major") +
                                             ") was built for plugin ABI 2.0; this supervisord speaks ABI " +
                                             kHostAbi + " (the major versions differ)");
}

TEST_F(PluginLoading, ANewerAbiMinorIsRefused) {
    EXPECT_EQ(open_error("future-minor"),
              "plugin future-minor (" + path("future-minor") + ") was built for plugin ABI 1." +
                  std::to_string(SUP_ABI_MINOR + 1) + ", newer than this supervisord's ABI " + kHostAbi +
                  "; upgrade supervisord or rebuild the plugin");
}

TEST_F(PluginLoading, AMissingEntrySymbolIsRefused) {
    EXPECT_EQ(open_error("no-entry"), "plugin no-entry (" + path("no-entry") +
                                          ") has no entry symbol 'supervisor_plugin_entry': not a supervisor-cpp plugin");
}

TEST_F(PluginLoading, AFileThatIsNoSharedObjectIsRefused) {
    TempDir d;
    std::filesystem::copy_file(kBadSource, d.file("sup-text.so"));
    PluginRequest request{"text", d.file("sup-text.so"), SUP_PLUGIN_ENTRY_SYMBOL, "", true, {}, {}};
    auto opened = open_plugin(request, request.path);
    ASSERT_TRUE(std::holds_alternative<std::string>(opened));
    EXPECT_EQ(std::get<std::string>(opened).rfind("cannot load plugin text (" + request.path + "): ", 0), 0u)
        << std::get<std::string>(opened);
}

TEST_F(PluginLoading, AnInitFailureStopsStartupAndNamesTheReason) {
    plugin_test::SupervisorRun run("[plugin:init-fails]\npath=" + path("init-fails") +
                         "\n[plugin:good]\npath=" + path("good") + "\n");
    EXPECT_EQ(run.start_plugins(), "plugin init-fails (" + path("init-fails") + ", ABI " + kHostAbi +
                                       ") failed to initialise: the answer is not 42 today");
}

TEST_F(PluginLoading, APluginIsFoundByNameInThePluginDirs) {
    plugin_test::SupervisorRun run("[plugin:good]\n");
    EXPECT_EQ(run.start_plugins({"/nonexistent", dir_->path()}), "");
}

TEST_F(PluginLoading, ASecondEntrySymbolCanBeNamedByTheFactory) {
    TempDir d;
    // The same plugin, its entry renamed by the preprocessor.
    plugin_test::compile_c_plugin(kBadSource, d.file("renamed.so"), "-Dsupervisor_plugin_entry=make_it");
    plugin_test::SupervisorRun wrong("[rpcinterface:r]\nsupervisor.rpcinterface_factory = " + d.file("renamed.so") + "\n");
    EXPECT_NE(wrong.start_plugins().find("has no entry symbol 'supervisor_plugin_entry'"), std::string::npos);
    plugin_test::SupervisorRun right("[rpcinterface:r]\nsupervisor.rpcinterface_factory = " + d.file("renamed.so") +
                           ":make_it\n");
    EXPECT_EQ(right.start_plugins(), "");
}

}  // namespace
