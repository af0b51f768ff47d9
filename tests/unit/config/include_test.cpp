// [include]: globs relative to the main file, sorted, %(here)s per file,
// the reference's infos and warnings.
#include <gtest/gtest.h>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::TempDir;

std::vector<std::string> group_names(const Config& config) {
    std::vector<std::string> names;
    for (const auto& group : config.groups) names.push_back(group.name);
    return names;
}

TEST(Include, GlobsAreRelativeToTheMainFileAndReadInSortedOrder) {
    TempDir dir;
    dir.write("conf.d/b.ini", "[program:b]\ncommand=b\npriority=1\n");
    dir.write("conf.d/a.ini", "[program:a]\ncommand=a\npriority=1\n");
    dir.write("conf.d/skip.txt", "[program:skip]\ncommand=x\n");
    dir.write("extra/c.conf", "[program:c]\ncommand=c\npriority=1\n");
    const std::string main = dir.write("etc/main.conf", "[supervisord]\n[include]\nfiles = ../conf.d/*.ini\n  ../extra/c.conf\n");
    const Config config = load_file(main);
    EXPECT_EQ(group_names(config), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(config.infos, (std::vector<std::string>{
                                "Included extra file \"" + dir.file("etc/../conf.d/a.ini") + "\" during parsing",
                                "Included extra file \"" + dir.file("etc/../conf.d/b.ini") + "\" during parsing",
                                "Included extra file \"" + dir.file("etc/../extra/c.conf") + "\" during parsing"}));
}

TEST(Include, AbsolutePatternsAreUsedAsGiven) {
    TempDir dir;
    dir.write("x/p.ini", "[program:p]\ncommand=p\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=" + dir.file("x/*.ini") + "\n");
    EXPECT_EQ(group_names(load_file(main)), (std::vector<std::string>{"p"}));
}

TEST(Include, HereIsTheDirectoryOfEachIncludedFile) {
    TempDir dir;
    dir.write("conf.d/app.ini", "[program:app]\ncommand=%(here)s/run\ndirectory=%(here)s\n");
    const std::string main =
        dir.write("main.conf", "[supervisord]\n[include]\nfiles=conf.d/*.ini\n[program:top]\ncommand=%(here)s/top\n");
    const Config config = load_file(main);
    ASSERT_EQ(config.groups.size(), 2u);
    EXPECT_EQ(config.groups[0].processes[0].command, dir.file("conf.d/run"));
    EXPECT_EQ(config.groups[0].processes[0].directory, dir.file("conf.d"));
    EXPECT_EQ(config.groups[1].processes[0].command, dir.file("top"));
}

TEST(Include, IncludedSectionsMergeWithTheMainFile) {
    TempDir dir;
    dir.write("override.ini", "[program:p]\nautostart=false\n");
    const std::string main =
        dir.write("main.conf", "[supervisord]\n[program:p]\ncommand=p\n[include]\nfiles=override.ini\n");
    EXPECT_FALSE(load_file(main).groups.at(0).processes.at(0).autostart);
}

TEST(Include, NoMatchIsAWarningNotAnError) {
    TempDir dir;
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=none/*.conf\n");
    const Config config = load_file(main);
    EXPECT_EQ(config.warnings, (std::vector<std::string>{"No file matches via include \"" + dir.file("none/*.conf") + "\""}));
    EXPECT_TRUE(config.infos.empty());
}

TEST(Include, IncludeWithoutFilesIsAnError) {
    TempDir dir;
    const std::string main = dir.write("main.conf", "[supervisord]\n\n[include]\n");
    try {
        load_file(main);
        FAIL() << "loaded";
    } catch (const ConfigError& error) {
        EXPECT_EQ(std::string(error.what()), ".ini file has [include] section, but no files setting in section "
                                             "'include' (file: '" + main + "', line 3)");
    }
}

TEST(Include, ErrorsInIncludedFilesNameThatFileAndLine) {
    TempDir dir;
    const std::string included = dir.write("conf.d/bad.ini", "[program:bad]\ncommand=x\n\nstartsecs=soon\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=conf.d/*.ini\n");
    try {
        load_file(main);
        FAIL() << "loaded";
    } catch (const ConfigError& error) {
        EXPECT_EQ(std::string(error.what()), "Invalid value for 'startsecs' in section 'program:bad' (file: '" +
                                                 included + "', line 4): not an integer: 'soon'");
    }
}

TEST(Include, NestedIncludesAreNotFollowedAsInTheReference) {
    TempDir dir;
    dir.write("deeper.ini", "[program:deeper]\ncommand=x\n");
    const std::string inner = dir.write("inner.ini", "[program:inner]\ncommand=x\n[include]\nfiles=deeper.ini\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=inner.ini\n");
    const Config config = load_file(main);
    EXPECT_EQ(group_names(config), (std::vector<std::string>{"inner"}));
    ASSERT_EQ(config.warnings.size(), 1u);
    EXPECT_NE(config.warnings[0].find("[include] section in included file \"" + inner + "\" is ignored"),
              std::string::npos);
}

TEST(Include, SelfIncludeDoesNotLoop) {
    TempDir dir;
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=*.conf\n[program:p]\ncommand=x\n");
    EXPECT_EQ(group_names(load_file(main)), (std::vector<std::string>{"p"}));
}

TEST(Include, UnreadableMatchIsSkippedWithAWarning) {
    TempDir dir;
    dir.write("conf.d/sub.ini/inner", "");  // a directory whose name matches the glob
    dir.write("conf.d/ok.ini", "[program:ok]\ncommand=x\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=conf.d/*.ini\n");
    const Config config = load_file(main);
    EXPECT_EQ(group_names(config), (std::vector<std::string>{"ok"}));
    ASSERT_EQ(config.warnings.size(), 1u);
    EXPECT_EQ(config.warnings[0].rfind("Could not read included file \"" + dir.file("conf.d/sub.ini") + "\"", 0), 0u);
}

TEST(Include, TomlFilesMayBeIncludedFromIniAndBack) {
    TempDir dir;
    dir.write("conf.d/a.toml", "[program.a]\ncommand = \"%(here)s/a\"\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=conf.d/*.toml\n");
    const Config config = load_file(main);
    EXPECT_EQ(config.groups.at(0).processes.at(0).command, dir.file("conf.d/a"));

    dir.write("more/b.ini", "[program:b]\ncommand=b\n");
    const std::string toml_main = dir.write("main.toml", "[supervisord]\n[include]\nfiles = [\"more/*.ini\"]\n");
    EXPECT_EQ(group_names(load_file(toml_main)), (std::vector<std::string>{"b"}));
}

TEST(Include, SupervisordSectionMayComeFromAnInclude) {
    TempDir dir;
    dir.write("base.ini", "[supervisord]\nidentifier=from-include\n");
    const std::string main = dir.write("main.conf", "[include]\nfiles=base.ini\n");
    EXPECT_EQ(load_file(main).supervisord.identifier, "from-include");
}

}  // namespace
}  // namespace sup::config
