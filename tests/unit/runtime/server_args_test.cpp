// parse_server_args: every option, the reference's order of checks, its
// error texts and exit codes.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "cli/server_options.hpp"
#include "test_support.hpp"

namespace sup::cli {
namespace {

using config::LogLevel;
using test::Argv;
using test::TempDir;

const std::string prog = "/opt/sup/bin/supervisord";

ParseOutcome parse(std::vector<std::string> args) {
    args.insert(args.begin(), prog);
    Argv argv(std::move(args));
    return parse_server_args(argv.argc(), argv.argv());
}

ServerOptions parse_ok(std::vector<std::string> args) {
    ParseOutcome outcome = parse(std::move(args));
    EXPECT_EQ(outcome.output, "");
    EXPECT_TRUE(outcome.options.has_value());
    return outcome.options.value_or(ServerOptions{});
}

// The error (first line's text after "Error: ") of a usage failure.
std::string usage_failure(std::vector<std::string> args) {
    ParseOutcome outcome = parse(std::move(args));
    EXPECT_FALSE(outcome.options.has_value());
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_TRUE(outcome.output_to_stderr);
    const std::string tail = "\nFor help, use " + prog + " -h\n";
    EXPECT_TRUE(outcome.output.starts_with("Error: ")) << outcome.output;
    EXPECT_TRUE(outcome.output.ends_with(tail)) << outcome.output;
    if (outcome.output.size() < 7 + tail.size()) return outcome.output;
    return outcome.output.substr(7, outcome.output.size() - 7 - tail.size());
}

TEST(ServerArgs, NoArguments) {
    ServerOptions o = parse_ok({});
    EXPECT_FALSE(o.configfile);
    EXPECT_FALSE(o.nodaemon);
    EXPECT_FALSE(o.loglevel);
    EXPECT_TRUE(o.plugin_dirs.empty());
    EXPECT_FALSE(o.list_plugins);
}

TEST(ServerArgs, EveryShortOption) {
    TempDir dir;
    ServerOptions o = parse_ok({"-c", "x.conf", "-n", "-s", "-u", "nobody", "-m", "027", "-d",
                                dir.path().string(), "-l", dir / "main.log", "-y", "10KB", "-z",
                                "3", "-e", "debug", "-j", dir / "sd.pid", "-i", "box", "-q",
                                dir.path().string(), "-k", "-a", "2048", "-t"});
    EXPECT_EQ(o.configfile, "x.conf");
    EXPECT_EQ(o.nodaemon, true);
    EXPECT_EQ(o.silent, true);
    EXPECT_EQ(o.user, "nobody");
    EXPECT_EQ(o.umask, 027u);
    EXPECT_EQ(o.directory, dir.path().string());
    EXPECT_EQ(o.logfile, dir / "main.log");
    EXPECT_EQ(o.logfile_maxbytes, 10u * 1024);
    EXPECT_EQ(o.logfile_backups, 3);
    EXPECT_EQ(o.loglevel, LogLevel::Debug);
    EXPECT_EQ(o.pidfile, dir / "sd.pid");
    EXPECT_EQ(o.identifier, "box");
    EXPECT_EQ(o.childlogdir, dir.path().string());
    EXPECT_EQ(o.nocleanup, true);
    EXPECT_EQ(o.minfds, 2048);
    EXPECT_EQ(o.strip_ansi, true);
    EXPECT_FALSE(o.minprocs);
}

TEST(ServerArgs, EveryLongOption) {
    TempDir dir;
    ServerOptions o = parse_ok(
        {"--configuration=x.conf", "--nodaemon", "--silent", "--user", "0", "--umask=0o22",
         "--directory", dir.path().string(), "--logfile=" + (dir / "l.log"), "--logfile_maxbytes",
         "1gb", "--logfile_backups=0", "--loglevel", "BLATHER", "--pidfile", dir / "p",
         "--identifier=id", "--childlogdir=" + dir.path().string(), "--nocleanup", "--minfds=9",
         "--minprocs", "77", "--strip_ansi", "--profile_options=cumulative,callers",
         "--plugin-dir", dir.path().string(), "--plugin-dir=/", "--list-plugins"});
    EXPECT_EQ(o.configfile, "x.conf");
    EXPECT_EQ(o.nodaemon, true);
    EXPECT_EQ(o.silent, true);
    EXPECT_EQ(o.user, "0");
    EXPECT_EQ(o.umask, 022u);
    EXPECT_EQ(o.directory, dir.path().string());
    EXPECT_EQ(o.logfile, dir / "l.log");
    EXPECT_EQ(o.logfile_maxbytes, 1024ull * 1024 * 1024);
    EXPECT_EQ(o.logfile_backups, 0);
    EXPECT_EQ(o.loglevel, LogLevel::Blather);
    EXPECT_EQ(o.pidfile, dir / "p");
    EXPECT_EQ(o.identifier, "id");
    EXPECT_EQ(o.childlogdir, dir.path().string());
    EXPECT_EQ(o.nocleanup, true);
    EXPECT_EQ(o.minfds, 9);
    EXPECT_EQ(o.minprocs, 77);
    EXPECT_EQ(o.strip_ansi, true);
    EXPECT_EQ(o.plugin_dirs, (std::vector<std::string>{dir.path().string(), "/"}));
    EXPECT_TRUE(o.list_plugins);
    ASSERT_EQ(o.warnings.size(), 1u);
    EXPECT_NE(o.warnings[0].find("profiling is not supported"), std::string::npos);
}

TEST(ServerArgs, BundledAndAttached) {
    ServerOptions o = parse_ok({"-nkt", "-cmy.conf", "-e", "warn", "-z5"});
    EXPECT_EQ(o.nodaemon, true);
    EXPECT_EQ(o.nocleanup, true);
    EXPECT_EQ(o.strip_ansi, true);
    EXPECT_EQ(o.configfile, "my.conf");
    EXPECT_EQ(o.loglevel, LogLevel::Warn);
    EXPECT_EQ(o.logfile_backups, 5);
}

TEST(ServerArgs, LogLevelNames) {
    const std::pair<const char*, LogLevel> cases[] = {
        {"critical", LogLevel::Critical}, {"ERROR", LogLevel::Error}, {"Warn", LogLevel::Warn},
        {"info", LogLevel::Info},         {"debug", LogLevel::Debug}, {"trace", LogLevel::Trace},
        {"blather", LogLevel::Blather}};
    for (const auto& [name, level] : cases) EXPECT_EQ(parse_ok({"-e", name}).loglevel, level) << name;
}

TEST(ServerArgs, PythonIntegerSyntax) {
    EXPECT_EQ(parse_ok({"-a", " 12 "}).minfds, 12);
    EXPECT_EQ(parse_ok({"-a", "1_000"}).minfds, 1000);
    EXPECT_EQ(parse_ok({"-a", "+7"}).minfds, 7);
    EXPECT_EQ(parse_ok({"-z", "-1"}).logfile_backups, -1);
    EXPECT_EQ(parse_ok({"-z", "007"}).logfile_backups, 7);
    EXPECT_EQ(parse_ok({"-a", "99999999999999999999"}).minfds, 2147483647);
}

TEST(ServerArgs, ByteSizes) {
    EXPECT_EQ(parse_ok({"-y", "0"}).logfile_maxbytes, 0u);
    EXPECT_EQ(parse_ok({"-y", "123"}).logfile_maxbytes, 123u);
    EXPECT_EQ(parse_ok({"-y", "2kb"}).logfile_maxbytes, 2048u);
    EXPECT_EQ(parse_ok({"-y", "3MB"}).logfile_maxbytes, 3u * 1024 * 1024);
    EXPECT_EQ(parse_ok({"-y", "-5"}).logfile_maxbytes, 0u);  // "never rotate", like 0
}

TEST(ServerArgs, Umasks) {
    EXPECT_EQ(parse_ok({"-m", "0"}).umask, 0u);
    EXPECT_EQ(parse_ok({"-m", "777"}).umask, 0777u);
    EXPECT_EQ(parse_ok({"-m", " 0o_2_2 "}).umask, 022u);
}

TEST(ServerArgs, EmptyPathsAreKeptForApplyOverrides) {
    EXPECT_EQ(parse_ok({"-j", ""}).pidfile, "");
    EXPECT_EQ(parse_ok({"-l", "relative.log"}).logfile, "relative.log");
}

TEST(ServerArgs, TildeIsExpanded) {
    test::ScopedEnv home("HOME", "/");
    EXPECT_EQ(parse_ok({"-d", "~"}).directory, "/");
    EXPECT_EQ(parse_ok({"-l", "~/x.log"}).logfile, "/x.log");
}

TEST(ServerArgs, BadValues) {
    EXPECT_EQ(usage_failure({"-z", "abc"}),
              "invalid value for -z 'abc': invalid literal for int() with base 10: 'abc'");
    EXPECT_EQ(usage_failure({"--logfile_b=abc"}),
              "invalid value for --logfile_backups 'abc': invalid literal for int() with base 10: 'abc'");
    EXPECT_EQ(usage_failure({"-zz"}),
              "invalid value for -z 'z': invalid literal for int() with base 10: 'z'");
    EXPECT_EQ(usage_failure({"-z", "3_"}),
              "invalid value for -z '3_': invalid literal for int() with base 10: '3_'");
    EXPECT_EQ(usage_failure({"-a", "0x10"}),
              "invalid value for -a '0x10': invalid literal for int() with base 10: '0x10'");
    EXPECT_EQ(usage_failure({"--minprocs=q"}),
              "invalid value for --minprocs 'q': invalid literal for int() with base 10: 'q'");
    EXPECT_EQ(usage_failure({"-y", "ABC"}),
              "invalid value for -y 'ABC': invalid literal for int() with base 10: 'abc'");
    EXPECT_EQ(usage_failure({"-y", "kb"}),
              "invalid value for -y 'kb': invalid literal for int() with base 10: ''");
    EXPECT_EQ(usage_failure({"-y", ""}),
              "invalid value for -y '': invalid literal for int() with base 10: ''");
    EXPECT_EQ(usage_failure({"-m", "9"}),
              "invalid value for -m '9': 9 can not be converted to an octal type");
    EXPECT_EQ(usage_failure({"-m", ""}),
              "invalid value for -m '':  can not be converted to an octal type");
    EXPECT_EQ(usage_failure({"-m", "0o"}),
              "invalid value for -m '0o': 0o can not be converted to an octal type");
    EXPECT_EQ(usage_failure({"-e", "warning"}),
              "invalid value for -e 'warning': bad logging level name 'warning'");
    EXPECT_EQ(usage_failure({"-e", "it's"}),
              "invalid value for -e \"it's\": bad logging level name \"it's\"");
    EXPECT_EQ(usage_failure({"-e", "a\tb\x01"}),
              "invalid value for -e 'a\\tb\\x01': bad logging level name 'a\\tb\\x01'");
    EXPECT_EQ(usage_failure({"-e", "\xff"}),
              "invalid value for -e '\\udcff': bad logging level name '\\udcff'");
    EXPECT_EQ(usage_failure({"-d", "/nonexistent-dir"}),
              "invalid value for -d '/nonexistent-dir': /nonexistent-dir is not an existing directory");
    EXPECT_EQ(usage_failure({"-q", "/nonexistent-dir"}),
              "invalid value for -q '/nonexistent-dir': /nonexistent-dir is not an existing directory");
    EXPECT_EQ(usage_failure({"-l", "/nonexistent-dir/x.log"}),
              "invalid value for -l '/nonexistent-dir/x.log': The directory named as part of the "
              "path /nonexistent-dir/x.log does not exist");
    EXPECT_EQ(usage_failure({"-j", "/nonexistent-dir/x"}),
              "invalid value for -j '/nonexistent-dir/x': The directory named as part of the "
              "path /nonexistent-dir/x does not exist");
    EXPECT_EQ(usage_failure({"--plugin-dir", "/nonexistent-dir"}),
              "invalid value for --plugin-dir '/nonexistent-dir': /nonexistent-dir is not an "
              "existing directory");
}

TEST(ServerArgs, LongIntegerErrorsQuoteAtMost200Characters) {
    std::string huge(300, 'a');
    EXPECT_EQ(usage_failure({"-a", huge}), "invalid value for -a '" + huge +
                                               "': invalid literal for int() with base 10: '" +
                                               std::string(199, 'a'));
}

TEST(ServerArgs, GetoptErrors) {
    EXPECT_EQ(usage_failure({"--bogus"}), "option --bogus not recognized");
    EXPECT_EQ(usage_failure({"-x"}), "option -x not recognized");
    EXPECT_EQ(usage_failure({"-c"}), "option -c requires argument");
    EXPECT_EQ(usage_failure({"--configuration"}), "option --configuration requires argument");
    EXPECT_EQ(usage_failure({"--nodaemon=1"}), "option --nodaemon must not have an argument");
    EXPECT_EQ(usage_failure({"--log", "x"}), "option --log not a unique prefix");
    EXPECT_EQ(usage_failure({"-v", "--bogus"}), "option --bogus not recognized");  // all split first
}

TEST(ServerArgs, PositionalArguments) {
    EXPECT_EQ(usage_failure({"foo"}), "positional arguments are not supported: ['foo']");
    EXPECT_EQ(usage_failure({"-v", "foo"}), "positional arguments are not supported: ['foo']");
    EXPECT_EQ(usage_failure({"--", "-v"}), "positional arguments are not supported: ['-v']");
    EXPECT_EQ(usage_failure({"-", "-v"}), "positional arguments are not supported: ['-', '-v']");
}

TEST(ServerArgs, ConflictingOptions) {
    EXPECT_EQ(usage_failure({"-n", "-n"}), "conflicting command line option '-n'");
    EXPECT_EQ(usage_failure({"-c", "x", "--conf", "y"}), "conflicting command line option '--configuration'");
    EXPECT_EQ(usage_failure({"--profile_options=x", "--profile_options=y"}),
              "conflicting command line option '--profile_options'");
    // The value is checked before the repetition.
    EXPECT_EQ(usage_failure({"-z", "1", "-z", "x"}),
              "invalid value for -z 'x': invalid literal for int() with base 10: 'x'");
}

TEST(ServerArgs, VersionAndHelpAreActedOnInOrder) {
    ParseOutcome v = parse({"-n", "-v", "-z", "abc"});
    EXPECT_FALSE(v.options);
    EXPECT_EQ(v.exit_code, 0);
    EXPECT_FALSE(v.output_to_stderr);
    EXPECT_EQ(v.output, SUPERVISOR_CPP_VERSION "\n");
    EXPECT_EQ(parse({"--version"}).output, SUPERVISOR_CPP_VERSION "\n");
    EXPECT_EQ(usage_failure({"-z", "abc", "-v"}),
              "invalid value for -z 'abc': invalid literal for int() with base 10: 'abc'");
    EXPECT_EQ(usage_failure({"-n", "-n", "-h"}), "conflicting command line option '-n'");
}

TEST(ServerArgs, HelpListsEveryOption) {
    for (const char* flag : {"-h", "-?", "--help", "--he"}) {
        ParseOutcome h = parse({flag, "-z", "abc"});
        EXPECT_EQ(h.exit_code, 0) << flag;
        EXPECT_FALSE(h.output_to_stderr);
        EXPECT_NE(h.output.find("Usage: " + prog + " [options]"), std::string::npos);
    }
    std::string help = parse({"-h"}).output;
    for (const char* option :
         {"--configuration", "--nodaemon", "--silent", "--help", "--version", "--user", "--umask",
          "--directory", "--logfile", "--logfile_maxbytes", "--logfile_backups", "--loglevel",
          "--pidfile", "--identifier", "--childlogdir", "--nocleanup", "--minfds", "--minprocs",
          "--strip_ansi", "--profile_options", "--plugin-dir", "--list-plugins", "-c,", "-n,",
          "-s,", "-h,", "-?,", "-v,", "-u,", "-m,", "-d,", "-l,", "-y,", "-z,", "-e,", "-j,",
          "-i,", "-q,", "-k,", "-a,", "-t,"}) {
        EXPECT_NE(help.find(option), std::string::npos) << option;
    }
}

TEST(ServerArgs, ProgramNameFromPath) {
    TempDir dir;
    std::string exe = dir / "supervisord";
    test::write_file(exe, "");
    ::chmod(exe.c_str(), 0755);
    test::ScopedEnv path("PATH", "/nonexistent-dir:" + dir.path().string());
    EXPECT_EQ(program_path("supervisord"), exe);
    EXPECT_EQ(program_path("./supervisord"), "./supervisord");
    EXPECT_EQ(program_path("not-there-at-all"), "not-there-at-all");
    Argv argv{"supervisord", "--bogus"};
    EXPECT_EQ(parse_server_args(argv.argc(), argv.argv()).output,
              "Error: option --bogus not recognized\nFor help, use " + exe + " -h\n");
}

}  // namespace
}  // namespace sup::cli
