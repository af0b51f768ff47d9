// apply_overrides: command-line values replace the [supervisord] ones.
#include <gtest/gtest.h>

#include "cli/server_options.hpp"
#include "test_support.hpp"

namespace sup::cli {
namespace {

using config::LogLevel;

TEST(ApplyOverrides, NothingGivenChangesNothing) {
    config::Config cfg;
    cfg.supervisord.logfile = "/var/log/s.log";
    cfg.supervisord.user = "nobody";
    config::Config before = cfg;
    apply_overrides(cfg, ServerOptions{});
    EXPECT_EQ(cfg.supervisord, before.supervisord);
}

TEST(ApplyOverrides, EveryValue) {
    test::TempDir dir;
    test::ChangeDirectory cd(dir.path());
    config::Config cfg;
    ServerOptions o;
    o.nodaemon = true;
    o.silent = true;
    o.nocleanup = true;
    o.strip_ansi = true;
    o.user = "nobody";
    o.directory = "/srv";
    o.logfile = "logs/../main.log";
    o.pidfile = "run.pid";
    o.identifier = "box";
    o.childlogdir = "/var/tmp";
    o.umask = 077;
    o.logfile_maxbytes = 1234;
    o.logfile_backups = 2;
    o.minfds = 4096;
    o.minprocs = 300;
    o.loglevel = LogLevel::Trace;
    apply_overrides(cfg, o);
    const config::SupervisordConfig& s = cfg.supervisord;
    EXPECT_TRUE(s.nodaemon);
    EXPECT_TRUE(s.silent);
    EXPECT_TRUE(s.nocleanup);
    EXPECT_TRUE(s.strip_ansi);
    EXPECT_EQ(s.user, "nobody");
    EXPECT_EQ(s.directory, "/srv");
    EXPECT_EQ(s.logfile, dir / "main.log");  // absolute against cwd, normalized
    EXPECT_EQ(s.pidfile, dir / "run.pid");
    EXPECT_EQ(s.identifier, "box");
    EXPECT_EQ(s.childlogdir, "/var/tmp");
    EXPECT_EQ(s.umask, 077u);
    EXPECT_EQ(s.logfile_maxbytes, 1234u);
    EXPECT_EQ(s.logfile_backups, 2);
    EXPECT_EQ(s.minfds, 4096);
    EXPECT_EQ(s.minprocs, 300);
    EXPECT_EQ(s.loglevel, LogLevel::Trace);
}

TEST(ApplyOverrides, FalseyValuesStillOverride) {
    config::Config cfg;
    cfg.supervisord.logfile_maxbytes = 99;
    cfg.supervisord.umask = 022;
    ServerOptions o;
    o.logfile_maxbytes = 0;
    o.umask = 0;
    apply_overrides(cfg, o);
    EXPECT_EQ(cfg.supervisord.logfile_maxbytes, 0u);
    EXPECT_EQ(cfg.supervisord.umask, 0u);
}

TEST(ApplyOverrides, EmptyLogAndPidFileKeepTheConfigs) {
    config::Config cfg;
    cfg.supervisord.logfile = "/a.log";
    cfg.supervisord.pidfile = "/a.pid";
    ServerOptions o;
    o.logfile = "";
    o.pidfile = "";
    apply_overrides(cfg, o);
    EXPECT_EQ(cfg.supervisord.logfile, "/a.log");
    EXPECT_EQ(cfg.supervisord.pidfile, "/a.pid");
}

TEST(ApplyOverrides, SyslogIsNotAPath) {
    config::Config cfg;
    ServerOptions o;
    o.logfile = "syslog";
    apply_overrides(cfg, o);
    EXPECT_EQ(cfg.supervisord.logfile, "syslog");
}

}  // namespace
}  // namespace sup::cli
