// python_getopt: the splitting rules and error texts of Python's getopt.
#include <gtest/gtest.h>

#include "cli/getopt.hpp"

namespace sup::cli {
namespace {

using Options = std::vector<std::pair<std::string, std::string>>;
const std::vector<std::string> longs{"configuration=", "nodaemon", "logfile=", "logfile_maxbytes=",
                                     "loglevel=", "minfds="};

GetoptResult split(std::vector<std::string> args) { return python_getopt(args, "c:nkl:y:e:a:", longs); }

TEST(Getopt, BundledFlagsAndAttachedValue) {
    auto r = split({"-nk", "-cfile.conf", "-nc", "other"});
    EXPECT_EQ(r.error, "");
    EXPECT_EQ(r.options, (Options{{"-n", ""}, {"-k", ""}, {"-c", "file.conf"}, {"-n", ""}, {"-c", "other"}}));
}

TEST(Getopt, DetachedValueMayLookLikeAnOption) {
    auto r = split({"-y", "-3", "--loglevel", "--nodaemon"});
    EXPECT_EQ(r.options, (Options{{"-y", "-3"}, {"--loglevel", "--nodaemon"}}));
}

TEST(Getopt, LongValueWithEqualsMayBeEmpty) {
    auto r = split({"--configuration=", "--logfile=a=b"});
    EXPECT_EQ(r.options, (Options{{"--configuration", ""}, {"--logfile", "a=b"}}));
}

TEST(Getopt, UniquePrefixIsCompleted) {
    auto r = split({"--nod", "--conf", "x", "--min=3"});
    EXPECT_EQ(r.error, "");
    EXPECT_EQ(r.options, (Options{{"--nodaemon", ""}, {"--configuration", "x"}, {"--minfds", "3"}}));
}

TEST(Getopt, ExactNameWinsOverLongerOnes) {
    auto r = split({"--logfile", "x"});
    EXPECT_EQ(r.options, (Options{{"--logfile", "x"}}));
}

TEST(Getopt, AmbiguousPrefix) {
    EXPECT_EQ(split({"--log", "x"}).error, "option --log not a unique prefix");
    EXPECT_EQ(split({"--logf=x"}).error, "option --logf not a unique prefix");
}

TEST(Getopt, Errors) {
    EXPECT_EQ(split({"--bogus"}).error, "option --bogus not recognized");
    EXPECT_EQ(split({"-x"}).error, "option -x not recognized");
    EXPECT_EQ(split({"-n:"}).error, "option -: not recognized");
    EXPECT_EQ(split({"-c"}).error, "option -c requires argument");
    EXPECT_EQ(split({"-nc"}).error, "option -c requires argument");
    EXPECT_EQ(split({"--conf"}).error, "option --configuration requires argument");
    EXPECT_EQ(split({"--nodaemon=1"}).error, "option --nodaemon must not have an argument");
    EXPECT_EQ(split({"--nod=1"}).error, "option --nodaemon must not have an argument");
}

TEST(Getopt, FirstNonOptionEndsOptions) {
    auto r = split({"-n", "foo", "-k"});
    EXPECT_EQ(r.options, (Options{{"-n", ""}}));
    EXPECT_EQ(r.positional, (std::vector<std::string>{"foo", "-k"}));
}

TEST(Getopt, DoubleDashAndLoneDash) {
    auto r = split({"-n", "--", "-k"});
    EXPECT_EQ(r.options, (Options{{"-n", ""}}));
    EXPECT_EQ(r.positional, (std::vector<std::string>{"-k"}));
    r = split({"-", "-k"});
    EXPECT_TRUE(r.options.empty());
    EXPECT_EQ(r.positional, (std::vector<std::string>{"-", "-k"}));
}

}  // namespace
}  // namespace sup::cli
