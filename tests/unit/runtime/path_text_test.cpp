// Path helpers against the results Python's posixpath gives.
#include <gtest/gtest.h>

#include "cli/path_text.hpp"
#include "test_support.hpp"

namespace sup::cli {
namespace {

TEST(PathText, Dirname) {
    EXPECT_EQ(path_dirname("/usr/bin/supervisord"), "/usr/bin");
    EXPECT_EQ(path_dirname("/usr/bin"), "/usr");
    EXPECT_EQ(path_dirname("supervisord"), "");
    EXPECT_EQ(path_dirname(""), "");
    EXPECT_EQ(path_dirname("/x"), "/");
    EXPECT_EQ(path_dirname("/"), "/");
    EXPECT_EQ(path_dirname("//x"), "//");
    EXPECT_EQ(path_dirname("a//b"), "a");
    EXPECT_EQ(path_dirname("./x"), ".");
    EXPECT_EQ(path_dirname("."), "");
}

TEST(PathText, Join) {
    EXPECT_EQ(path_join("", "etc"), "etc");
    EXPECT_EQ(path_join("/", "etc"), "/etc");
    EXPECT_EQ(path_join("/usr", "etc"), "/usr/etc");
    EXPECT_EQ(path_join("/usr/", "etc"), "/usr/etc");
    EXPECT_EQ(path_join("/usr", "/etc"), "/etc");
}

TEST(PathText, Normalize) {
    EXPECT_EQ(path_normalize(""), ".");
    EXPECT_EQ(path_normalize("/a/./b/../c/"), "/a/c");
    EXPECT_EQ(path_normalize("/../a"), "/a");
    EXPECT_EQ(path_normalize("../a/../../b"), "../../b");
    EXPECT_EQ(path_normalize("a/.."), ".");
    EXPECT_EQ(path_normalize("//a//b"), "//a/b");
    EXPECT_EQ(path_normalize("///a"), "/a");
}

TEST(PathText, ExpandUser) {
    test::ScopedEnv home("HOME", "/home/someone/");
    EXPECT_EQ(path_expand_user("~"), "/home/someone");
    EXPECT_EQ(path_expand_user("~/x"), "/home/someone/x");
    EXPECT_EQ(path_expand_user("~root/x"), "/root/x");
    EXPECT_EQ(path_expand_user("~no-such-user-here/x"), "~no-such-user-here/x");
    EXPECT_EQ(path_expand_user("a/~"), "a/~");
}

TEST(PathText, Absolute) {
    test::TempDir dir;
    test::ChangeDirectory cd(dir.path());
    EXPECT_EQ(path_absolute("x/../y.log"), dir / "y.log");
    EXPECT_EQ(path_absolute("/a//b/"), "/a/b");
}

}  // namespace
}  // namespace sup::cli
