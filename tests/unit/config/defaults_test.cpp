// Every key left out takes the reference's default.
#include <gtest/gtest.h>
#include <unistd.h>

#include "config/paths.hpp"
#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::kMinimal;
using testing::load_ini;

TEST(Defaults, Supervisord) {
    const Config config = load_ini(kMinimal);
    const SupervisordConfig& s = config.supervisord;
    const std::string cwd = current_directory();
    EXPECT_EQ(s.logfile, cwd + "/supervisord.log");
    EXPECT_EQ(s.logfile_maxbytes, 50u * 1024 * 1024);
    EXPECT_EQ(s.logfile_backups, 10);
    EXPECT_EQ(s.loglevel, LogLevel::Info);
    EXPECT_EQ(s.pidfile, cwd + "/supervisord.pid");
    EXPECT_EQ(s.identifier, "supervisor");
    EXPECT_FALSE(s.nodaemon);
    EXPECT_FALSE(s.silent);
    EXPECT_EQ(s.minfds, 1024);
    EXPECT_EQ(s.minprocs, 200);
    EXPECT_EQ(s.umask, 022u);
    EXPECT_EQ(s.user, std::nullopt);
    EXPECT_EQ(s.directory, std::nullopt);
    EXPECT_EQ(s.childlogdir, system_temp_directory());
    EXPECT_FALSE(s.nocleanup);
    EXPECT_FALSE(s.strip_ansi);
    EXPECT_TRUE(s.environment.empty());
    EXPECT_FALSE(config.unix_http_server);
    EXPECT_FALSE(config.inet_http_server);
    EXPECT_FALSE(config.supervisorctl);
    EXPECT_TRUE(config.groups.empty());
    EXPECT_TRUE(config.rpcinterfaces.empty());
    EXPECT_TRUE(config.plugins.empty());
    EXPECT_TRUE(config.warnings.empty());
}

TEST(Defaults, ChildLogDirFollowsTmpdir) {
    testing::TempDir dir;
    testing::ScopedEnv env("TMPDIR", dir.path().c_str());
    EXPECT_EQ(load_ini(kMinimal).supervisord.childlogdir, dir.path());
}

TEST(Defaults, Program) {
    const ProcessConfig p = testing::load_program("command=/bin/cat\n");
    EXPECT_EQ(p.name, "p");
    EXPECT_EQ(p.program_name, "p");
    EXPECT_EQ(p.command, "/bin/cat");
    EXPECT_EQ(p.directory, std::nullopt);
    EXPECT_EQ(p.umask, std::nullopt);
    EXPECT_EQ(p.priority, 999);
    EXPECT_TRUE(p.autostart);
    EXPECT_EQ(p.autorestart, AutoRestart::Unexpected);
    EXPECT_EQ(p.startsecs, 1);
    EXPECT_EQ(p.startretries, 3);
    EXPECT_EQ(p.stopsignal, 15);
    EXPECT_EQ(p.stopwaitsecs, 10);
    EXPECT_FALSE(p.stopasgroup);
    EXPECT_FALSE(p.killasgroup);
    EXPECT_EQ(p.exitcodes, std::vector<int>{0});
    EXPECT_FALSE(p.redirect_stderr);
    EXPECT_EQ(p.user, std::nullopt);
    EXPECT_TRUE(p.environment.empty());
    EXPECT_EQ(p.serverurl, std::nullopt);
    EXPECT_EQ(p.process_num, 0);
    for (const ChannelConfig* channel : {&p.stdout_channel, &p.stderr_channel}) {
        EXPECT_EQ(channel->logfile.kind, LogTarget::Kind::Auto);
        EXPECT_EQ(channel->logfile_maxbytes, 50u * 1024 * 1024);
        EXPECT_EQ(channel->logfile_backups, 10);
        EXPECT_EQ(channel->capture_maxbytes, 0u);
        EXPECT_FALSE(channel->events_enabled);
        EXPECT_FALSE(channel->syslog);
    }
}

TEST(Defaults, ProgramGroup) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=x\n");
    const GroupConfig& group = config.groups.at(0);
    EXPECT_EQ(group.kind, GroupConfig::Kind::Program);
    EXPECT_EQ(group.name, "p");
    EXPECT_EQ(group.priority, 999);
    EXPECT_FALSE(group.listener);
    EXPECT_FALSE(group.socket);
}

TEST(Defaults, KillAsGroupFollowsStopAsGroup) {
    const ProcessConfig p = testing::load_program("command=x\nstopasgroup=true\n");
    EXPECT_TRUE(p.stopasgroup);
    EXPECT_TRUE(p.killasgroup);
}

TEST(Defaults, EventListenerPool) {
    const Config config = load_ini(std::string(kMinimal) + "[eventlistener:e]\ncommand=x\nevents=TICK_5\n");
    const GroupConfig& group = config.groups.at(0);
    EXPECT_EQ(group.kind, GroupConfig::Kind::EventListenerPool);
    EXPECT_EQ(group.priority, -1);
    ASSERT_TRUE(group.listener);
    EXPECT_EQ(group.listener->buffer_size, 10);
    EXPECT_EQ(group.listener->result_handler, "supervisor.dispatchers:default_handler");
    EXPECT_EQ(group.listener->events, std::vector<std::string>{"TICK_5"});
    EXPECT_EQ(group.processes.at(0).priority, 999);
}

TEST(Defaults, FastCgiProgram) {
    const Config config =
        load_ini(std::string(kMinimal) + "[fcgi-program:f]\ncommand=x\nsocket=unix:///tmp/%(program_name)s.sock\n");
    const GroupConfig& group = config.groups.at(0);
    EXPECT_EQ(group.kind, GroupConfig::Kind::FastCgi);
    EXPECT_EQ(group.priority, 999);
    ASSERT_TRUE(group.socket);
    EXPECT_EQ(group.socket->family, SocketConfig::Family::Unix);
    EXPECT_EQ(group.socket->path, "/tmp/f.sock");
    EXPECT_EQ(group.socket->url, "unix:///tmp/f.sock");
    EXPECT_EQ(group.socket->mode, 0700u);
    EXPECT_EQ(group.socket->owner, std::nullopt);
    EXPECT_EQ(group.socket->backlog, std::nullopt);
}

TEST(Defaults, HeterogeneousGroup) {
    const Config config = load_ini(std::string(kMinimal) + "[group:g]\n");
    const GroupConfig& group = config.groups.at(0);
    EXPECT_EQ(group.kind, GroupConfig::Kind::Heterogeneous);
    EXPECT_EQ(group.priority, 999);
    EXPECT_TRUE(group.processes.empty());
}

TEST(Defaults, UnixHttpServer) {
    const Config config = load_ini(std::string(kMinimal) + "[unix_http_server]\nfile=/tmp/s.sock\n");
    ASSERT_TRUE(config.unix_http_server);
    EXPECT_EQ(config.unix_http_server->file, "/tmp/s.sock");
    EXPECT_EQ(config.unix_http_server->chmod, 0700u);
    EXPECT_EQ(config.unix_http_server->chown, std::nullopt);
    EXPECT_EQ(config.unix_http_server->username, std::nullopt);
    EXPECT_EQ(config.unix_http_server->password, std::nullopt);
}

TEST(Defaults, InetHttpServer) {
    const Config config = load_ini(std::string(kMinimal) + "[inet_http_server]\nport=9001\n");
    ASSERT_TRUE(config.inet_http_server);
    EXPECT_EQ(config.inet_http_server->host, "");
    EXPECT_EQ(config.inet_http_server->port, 9001);
    EXPECT_EQ(config.inet_http_server->port_as_written, "9001");
    EXPECT_EQ(config.inet_http_server->username, std::nullopt);
    EXPECT_EQ(config.inet_http_server->password, std::nullopt);
}

TEST(Defaults, Supervisorctl) {
    const Config config = load_ini(std::string(kMinimal) + "[supervisorctl]\n");
    ASSERT_TRUE(config.supervisorctl);
    EXPECT_EQ(config.supervisorctl->serverurl, "http://localhost:9001");
    EXPECT_EQ(config.supervisorctl->prompt, "supervisor");
    EXPECT_EQ(config.supervisorctl->username, std::nullopt);
    EXPECT_EQ(config.supervisorctl->password, std::nullopt);
    EXPECT_EQ(config.supervisorctl->history_file, std::nullopt);
}

TEST(Defaults, DefaultSectionSuppliesMissingKeys) {
    const Config config = load_ini("[DEFAULT]\nautostart=false\nstartsecs=5\n[supervisord]\n"
                                   "[program:a]\ncommand=a\n[program:b]\ncommand=b\nstartsecs=7\n");
    EXPECT_FALSE(config.groups.at(0).processes.at(0).autostart);
    EXPECT_EQ(config.groups.at(0).processes.at(0).startsecs, 5);
    EXPECT_EQ(config.groups.at(1).processes.at(0).startsecs, 7);
    EXPECT_TRUE(config.warnings.empty());
}

}  // namespace
}  // namespace sup::config
