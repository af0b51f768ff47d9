// find_config_file: the reference's search order, and its message when
// nothing is found.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/server_options.hpp"
#include "test_support.hpp"

namespace sup::cli {
namespace {

namespace fs = std::filesystem;
using test::ChangeDirectory;
using test::TempDir;

TEST(ConfigSearch, PathsFollowTheProgramsLocation) {
    EXPECT_EQ(config_search_paths("/usr/bin/supervisord"),
              (std::vector<std::string>{"/usr/etc/supervisord.conf", "/usr/supervisord.conf",
                                        "supervisord.conf", "etc/supervisord.conf",
                                        "/etc/supervisord.conf", "/etc/supervisor/supervisord.conf"}));
    EXPECT_EQ(config_search_paths("build/kernel/supervisord")[0], "build/etc/supervisord.conf");
    EXPECT_EQ(config_search_paths("build/kernel/supervisord")[1], "build/supervisord.conf");
    EXPECT_EQ(config_search_paths("./supervisord")[0], "etc/supervisord.conf");
    EXPECT_EQ(config_search_paths("./supervisord")[1], "supervisord.conf");
    EXPECT_EQ(config_search_paths("/supervisord")[0], "/etc/supervisord.conf");
}

TEST(ConfigSearch, NoConfigMessage) {
    EXPECT_EQ(no_config_file_message("/usr/bin/supervisord"),
              "No config file found at default paths (/usr/etc/supervisord.conf, "
              "/usr/supervisord.conf, supervisord.conf, etc/supervisord.conf, "
              "/etc/supervisord.conf, /etc/supervisor/supervisord.conf); use the -c option to "
              "specify a config file at a different path");
}

TEST(ConfigSearch, UsageErrorText) {
    EXPECT_EQ(usage_error("/x/supervisord", "boom"), "Error: boom\nFor help, use /x/supervisord -h\n");
}

TEST(ConfigSearch, FirstExistingPathWinsInOrder) {
    // <root>/bin/supervisord, run from <root>/work.
    TempDir root;
    fs::create_directories(root.path() / "bin");
    fs::create_directories(root.path() / "work" / "etc");
    fs::create_directories(root.path() / "etc");
    const std::string program = root / "bin/supervisord";
    ChangeDirectory cd(root.path() / "work");

    bool system_config = fs::exists("/etc/supervisord.conf") ||
                         fs::exists("/etc/supervisor/supervisord.conf");
    if (!system_config) {
        EXPECT_EQ(find_config_file(program), std::nullopt);
    }

    test::write_file("etc/supervisord.conf", "");
    EXPECT_EQ(find_config_file(program), "etc/supervisord.conf");
    test::write_file("supervisord.conf", "");
    EXPECT_EQ(find_config_file(program), "supervisord.conf");
    test::write_file(root / "supervisord.conf", "");
    EXPECT_EQ(find_config_file(program), root / "supervisord.conf");
    test::write_file(root / "etc/supervisord.conf", "");
    EXPECT_EQ(find_config_file(program), root / "etc/supervisord.conf");
}

TEST(ConfigSearch, DirectoryCountsAsExisting) {
    // The reference only asks os.path.exists, so a directory is "found"
    // (and then fails to load).
    TempDir root;
    ChangeDirectory cd(root.path());
    fs::create_directories("supervisord.conf");
    EXPECT_EQ(find_config_file("/nonexistent-dir/bin/supervisord"), "supervisord.conf");
}

TEST(ConfigSearch, RootWarningText) {
    EXPECT_TRUE(root_config_search_warning.starts_with("Supervisord is running as root and it is "
                                                       "searching for its configuration file"));
    EXPECT_TRUE(root_config_search_warning.ends_with("for improved security."));
}

}  // namespace
}  // namespace sup::cli
