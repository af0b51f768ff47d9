// Every key of every section, set to a non-default value, lands in the model.
#include <gtest/gtest.h>

#include <pwd.h>
#include <unistd.h>

#include <csignal>

#include "config/paths.hpp"
#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::kMinimal;
using testing::load_ini;
using testing::TempDir;

TEST(Settings, Supervisord) {
    TempDir dir;
    const Config config = load_ini("[supervisord]\n"
                                   "logfile=" + dir.file("main.log") + "\n"
                                   "logfile_maxbytes=1KB\nlogfile_backups=2\nloglevel=debug\n"
                                   "pidfile=" + dir.file("sup.pid") + "\n"
                                   "identifier=box\nnodaemon=true\nsilent=yes\nminfds=10\nminprocs=20\n"
                                   "umask=077\nuser=root\ndirectory=" + dir.path() + "\n"
                                   "childlogdir=" + dir.path() + "\nnocleanup=on\nstrip_ansi=1\n"
                                   "environment=A=1,B=\"two words\"\n");
    const SupervisordConfig& s = config.supervisord;
    EXPECT_EQ(s.logfile, dir.file("main.log"));
    EXPECT_EQ(s.logfile_maxbytes, 1024u);
    EXPECT_EQ(s.logfile_backups, 2);
    EXPECT_EQ(s.loglevel, LogLevel::Debug);
    EXPECT_EQ(s.pidfile, dir.file("sup.pid"));
    EXPECT_EQ(s.identifier, "box");
    EXPECT_TRUE(s.nodaemon);
    EXPECT_TRUE(s.silent);
    EXPECT_EQ(s.minfds, 10);
    EXPECT_EQ(s.minprocs, 20);
    EXPECT_EQ(s.umask, 077u);
    EXPECT_EQ(s.user, "root");
    EXPECT_EQ(s.directory, dir.path());
    EXPECT_EQ(s.childlogdir, dir.path());
    EXPECT_TRUE(s.nocleanup);
    EXPECT_TRUE(s.strip_ansi);
    EXPECT_EQ(s.environment, (Environment{{"A", "1"}, {"B", "two words"}}));
}

TEST(Settings, RelativeLogAndPidFilesAreMadeAbsoluteAgainstTheWorkingDirectory) {
    const Config config = load_ini("[supervisord]\nlogfile=./main.log\npidfile=run.pid\n");
    EXPECT_EQ(config.supervisord.logfile, current_directory() + "/main.log");
    EXPECT_EQ(config.supervisord.pidfile, current_directory() + "/run.pid");
}

TEST(Settings, SyslogAsMainLogIsKeptAsIs) {
    EXPECT_EQ(load_ini("[supervisord]\nlogfile=syslog\n").supervisord.logfile, "syslog");
}

TEST(Settings, Program) {
    TempDir dir;
    const ProcessConfig p = testing::load_program(
        "command=/bin/cat -n\nprocess_name=cat\ndirectory=/tmp\numask=002\npriority=5\nautostart=false\n"
        "autorestart=true\nstartsecs=0\nstartretries=9\nexitcodes=0,2\nstopsignal=INT\nstopwaitsecs=3\n"
        "stopasgroup=true\nkillasgroup=true\nuser=root\nenvironment=K=v\nserverurl=http://h:1\n"
        "stdout_logfile=" + dir.file("out.log") + "\nstdout_logfile_maxbytes=1MB\nstdout_logfile_backups=1\n"
        "stdout_capture_maxbytes=2KB\nstdout_events_enabled=true\nstdout_syslog=true\n"
        "stderr_logfile=NONE\nstderr_logfile_maxbytes=2MB\nstderr_logfile_backups=2\n"
        "stderr_capture_maxbytes=3KB\nstderr_events_enabled=true\nstderr_syslog=true\n");
    EXPECT_EQ(p.name, "cat");
    EXPECT_EQ(p.command, "/bin/cat -n");
    EXPECT_EQ(p.directory, "/tmp");
    EXPECT_EQ(p.umask, 002u);
    EXPECT_EQ(p.priority, 5);
    EXPECT_FALSE(p.autostart);
    EXPECT_EQ(p.autorestart, AutoRestart::Always);
    EXPECT_EQ(p.startsecs, 0);
    EXPECT_EQ(p.startretries, 9);
    EXPECT_EQ(p.exitcodes, (std::vector<int>{0, 2}));
    EXPECT_EQ(p.stopsignal, SIGINT);
    EXPECT_EQ(p.stopwaitsecs, 3);
    EXPECT_TRUE(p.stopasgroup);
    EXPECT_TRUE(p.killasgroup);
    EXPECT_EQ(p.user, "root");
    EXPECT_EQ(p.environment, (Environment{{"K", "v"}}));
    EXPECT_EQ(p.serverurl, "http://h:1");
    EXPECT_EQ(p.stdout_channel.logfile, (LogTarget{LogTarget::Kind::Path, dir.file("out.log")}));
    EXPECT_EQ(p.stdout_channel.logfile_maxbytes, 1u << 20);
    EXPECT_EQ(p.stdout_channel.logfile_backups, 1);
    EXPECT_EQ(p.stdout_channel.capture_maxbytes, 2048u);
    EXPECT_TRUE(p.stdout_channel.events_enabled);
    EXPECT_TRUE(p.stdout_channel.syslog);
    EXPECT_EQ(p.stderr_channel.logfile.kind, LogTarget::Kind::None);
    EXPECT_EQ(p.stderr_channel.logfile_maxbytes, 2u << 20);
    EXPECT_EQ(p.stderr_channel.logfile_backups, 2);
    EXPECT_EQ(p.stderr_channel.capture_maxbytes, 3072u);
    EXPECT_TRUE(p.stderr_channel.events_enabled);
    EXPECT_TRUE(p.stderr_channel.syslog);
}

TEST(Settings, ServerUrlAutoMeansUnset) {
    EXPECT_EQ(testing::load_program("command=x\nserverurl= auto \n").serverurl, std::nullopt);
}

TEST(Settings, UserMayBeANumericUid) { EXPECT_EQ(testing::load_program("command=x\nuser=0\n").user, "0"); }

TEST(Settings, RedirectStderrDropsTheStderrLog) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=x\nredirect_stderr=true\n"
                                                           "stderr_logfile=/tmp/err.log\n");
    const ProcessConfig& p = config.groups.at(0).processes.at(0);
    EXPECT_TRUE(p.redirect_stderr);
    EXPECT_EQ(p.stderr_channel.logfile.kind, LogTarget::Kind::None);
    EXPECT_EQ(config.warnings, (std::vector<std::string>{
                                   "For [program:p], redirect_stderr=true but stderr_logfile has also been set to "
                                   "a filename, the filename has been ignored"}));
}

TEST(Settings, SyslogLogfileIsRewrittenWithADeprecationWarning) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=x\nstdout_logfile=syslog\n");
    const ProcessConfig& p = config.groups.at(0).processes.at(0);
    EXPECT_EQ(p.stdout_channel.logfile.kind, LogTarget::Kind::None);
    EXPECT_TRUE(p.stdout_channel.syslog);
    EXPECT_EQ(config.warnings, (std::vector<std::string>{
                                   "For [program:p], stdout_logfile=syslog but this is deprecated and will be "
                                   "removed.  Use stdout_syslog=true to enable syslog instead."}));
}

TEST(Settings, EventListener) {
    const Config config = load_ini(std::string(kMinimal) +
                                   "[eventlistener:e]\ncommand=x\nevents=process_state, TICK_60,PROCESS_STATE\n"
                                   "buffer_size=50\nresult_handler=mod:fn\npriority=3\n");
    const GroupConfig& group = config.groups.at(0);
    EXPECT_EQ(group.priority, 3);
    EXPECT_EQ(group.listener->buffer_size, 50);
    EXPECT_EQ(group.listener->result_handler, "mod:fn");
    EXPECT_EQ(group.listener->events, (std::vector<std::string>{"PROCESS_STATE", "TICK_60"}));
}

TEST(Settings, FastCgiTcpSocket) {
    const Config config = load_ini(std::string(kMinimal) +
                                   "[fcgi-program:f]\ncommand=x\nsocket=tcp://LocalHost:9000\nsocket_backlog=64\n");
    const SocketConfig& socket = *config.groups.at(0).socket;
    EXPECT_EQ(socket.family, SocketConfig::Family::Inet);
    EXPECT_EQ(socket.host, "localhost");
    EXPECT_EQ(socket.port, 9000);
    EXPECT_EQ(socket.url, "tcp://localhost:9000");
    EXPECT_EQ(socket.backlog, 64);
    EXPECT_EQ(socket.mode, std::nullopt);
}

TEST(Settings, FastCgiUnixSocketOwnerAndMode) {
    const Config config = load_ini(std::string(kMinimal) + "[fcgi-program:f]\ncommand=x\n"
                                                           "socket=unix:///tmp//a/../f.sock\nsocket_owner=root:root\n"
                                                           "socket_mode=0660\n");
    const SocketConfig& socket = *config.groups.at(0).socket;
    EXPECT_EQ(socket.path, "/tmp/f.sock");
    EXPECT_EQ(socket.owner, "root:root");
    EXPECT_EQ(socket.mode, 0660u);
}

TEST(Settings, FastCgiSocketBelongsToTheProgramsUserByDefault) {
    // A user other than the one running the test, as "uid:primary gid".
    const char* other = getuid() == 0 ? "nobody" : "root";
    const passwd* account = getpwnam(other);
    if (!account) GTEST_SKIP() << "no user " << other;
    const Config config = load_ini(std::string(kMinimal) + "[fcgi-program:f]\ncommand=x\nuser=" + other +
                                   "\nsocket=unix:///tmp/f.sock\n");
    EXPECT_EQ(config.groups.at(0).socket->owner,
              std::to_string(account->pw_uid) + ":" + std::to_string(account->pw_gid));
}

TEST(Settings, UnixHttpServer) {
    const Config config = load_ini(std::string(kMinimal) + "[unix_http_server]\nfile = /tmp/x/../s.sock \n"
                                                           "chmod=0770\nchown=root:root\nusername=u\npassword=p\n");
    const UnixHttpServerConfig& server = *config.unix_http_server;
    EXPECT_EQ(server.file, "/tmp/s.sock");
    EXPECT_EQ(server.chmod, 0770u);
    EXPECT_EQ(server.chown, "root:root");
    EXPECT_EQ(server.username, "u");
    EXPECT_EQ(server.password, "p");
}

TEST(Settings, InetHttpServer) {
    const Config config =
        load_ini(std::string(kMinimal) + "[inet_http_server]\nport=127.0.0.1:9001\nusername=u\npassword={SHA}ab\n");
    const InetHttpServerConfig& server = *config.inet_http_server;
    EXPECT_EQ(server.host, "127.0.0.1");
    EXPECT_EQ(server.port, 9001);
    EXPECT_EQ(server.port_as_written, "127.0.0.1:9001");
    EXPECT_EQ(server.username, "u");
    EXPECT_EQ(server.password, "{SHA}ab");
}

TEST(Settings, Supervisorctl) {
    const Config config = load_ini(std::string(kMinimal) + "[supervisorctl]\nserverurl=unix://rel/s.sock\n"
                                                           "username=u\npassword=p\nprompt=box\nhistory_file=h\n");
    const CtlConfig& ctl = *config.supervisorctl;
    EXPECT_EQ(ctl.serverurl, "unix://" + current_directory() + "/rel/s.sock");
    EXPECT_EQ(ctl.username, "u");
    EXPECT_EQ(ctl.password, "p");
    EXPECT_EQ(ctl.prompt, "box");
    EXPECT_EQ(ctl.history_file, current_directory() + "/h");
}

TEST(Settings, RpcInterfacesAndPluginsAreKeptRawInFileOrder) {
    const Config config = load_ini(std::string(kMinimal) +
                                   "[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = a.b:make\nretries=3\n"
                                   "[plugin:zz]\npath=/z.so\n[plugin:aa]\n[rpcinterface:second]\n"
                                   "supervisor.rpcinterface_factory = c:d\n[ctlplugin:ignored]\nx=1\n");
    ASSERT_EQ(config.rpcinterfaces.size(), 2u);
    EXPECT_EQ(config.rpcinterfaces[0].name, "rpcinterface:supervisor");
    EXPECT_EQ(config.rpcinterfaces[0].options,
              (std::vector<std::pair<std::string, std::string>>{{"supervisor.rpcinterface_factory", "a.b:make"},
                                                                {"retries", "3"}}));
    EXPECT_EQ(config.rpcinterfaces[1].name, "rpcinterface:second");
    ASSERT_EQ(config.plugins.size(), 2u);
    EXPECT_EQ(config.plugins[0].name, "plugin:zz");
    EXPECT_EQ(config.plugins[1].name, "plugin:aa");
    EXPECT_TRUE(config.plugins[1].options.empty());
    EXPECT_TRUE(config.warnings.empty());
}

TEST(Settings, RawSectionsIncludeDefaultKeysAsTheReferencePassesThem) {
    const Config config = load_ini("[DEFAULT]\nshared=1\n[supervisord]\n[plugin:p]\nown=2\n");
    EXPECT_EQ(config.plugins.at(0).options,
              (std::vector<std::pair<std::string, std::string>>{{"own", "2"}, {"shared", "1"}}));
}

TEST(Settings, PathsOfTheConfig) {
    const Config config = load_ini(kMinimal, "/etc/supervisor/../supervisord.conf");
    EXPECT_EQ(config.path, "/etc/supervisord.conf");
    EXPECT_EQ(config.here, "/etc");
}

}  // namespace
}  // namespace sup::config
