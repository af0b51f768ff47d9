// echo_supervisord_conf's sample loads cleanly and mentions every key.
#include <gtest/gtest.h>

#include "config/sample_conf.hpp"
#include "config_test_support.hpp"

namespace sup::config {
namespace {

TEST(SampleConf, LoadsWithoutWarnings) {
    const Config config = load_ini_text(sample_config_text(), "/etc/supervisord.conf");
    EXPECT_TRUE(config.warnings.empty());
    ASSERT_TRUE(config.unix_http_server);
    EXPECT_EQ(config.unix_http_server->file, "/tmp/supervisor.sock");
    ASSERT_TRUE(config.supervisorctl);
    EXPECT_EQ(config.supervisorctl->serverurl, "unix:///tmp/supervisor.sock");
    ASSERT_EQ(config.rpcinterfaces.size(), 1u);
    EXPECT_EQ(config.supervisord.logfile, "/tmp/supervisord.log");
}

TEST(SampleConf, UncommentedEverythingStillLoads) {
    // Every commented-out setting, enabled at once, is a valid config too
    // (with the example names the sample uses replaced by real ones).
    std::string text;
    std::string_view rest = sample_config_text();
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        std::string line(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        const bool commented_setting = line.size() > 1 && line[0] == ';' && line[1] != ' ' && line[1] != ';';
        if (commented_setting) line.erase(0, 1);
        text += line + "\n";
    }
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"chrism", "root"}, {"nobody:nogroup", "root"}, {"=nobody", "=root"},
             {"progname1,progname2", "theprogramname"}}) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    }
    testing::TempDir dir;
    const std::string path = dir.write("sample.conf", text);
    dir.write("relative/directory/none.ini", "");
    const Config config = load_file(path);
    EXPECT_TRUE(config.warnings.empty()) << config.warnings.front();
    EXPECT_EQ(config.groups.size(), 3u);
    EXPECT_TRUE(config.inet_http_server);
    EXPECT_EQ(config.plugins.size(), 1u);
}

TEST(SampleConf, MentionsEveryKnownKey) {
    const std::string_view sample = sample_config_text();
    for (const char* key :
         {"file=",          "chmod=",          "chown=",          "username=",       "password=",
          "port=",          "logfile=",        "logfile_maxbytes=", "logfile_backups=", "loglevel=",
          "pidfile=",       "nodaemon=",       "silent=",         "minfds=",         "minprocs=",
          "umask=",         "user=",           "identifier=",     "directory=",      "nocleanup=",
          "childlogdir=",   "strip_ansi=",     "environment=",    "serverurl=",      "prompt=",
          "history_file=",  "command=",        "process_name=",   "numprocs=",       "numprocs_start=",
          "priority=",      "autostart=",      "startsecs=",      "startretries=",   "autorestart=",
          "exitcodes=",     "stopsignal=",     "stopwaitsecs=",   "stopasgroup=",    "killasgroup=",
          "redirect_stderr=", "stdout_logfile=", "stdout_logfile_maxbytes=", "stdout_logfile_backups=",
          "stdout_capture_maxbytes=", "stdout_events_enabled=", "stdout_syslog=", "stderr_logfile=",
          "stderr_logfile_maxbytes=", "stderr_logfile_backups=", "stderr_capture_maxbytes=",
          "stderr_events_enabled=", "stderr_syslog=", "events=", "buffer_size=", "result_handler=",
          "socket=", "socket_owner=", "socket_mode=", "socket_backlog=", "programs=", "files=",
          "plugin_dirs=", "supervisor.rpcinterface_factory", "[plugin:"}) {
        EXPECT_NE(sample.find(key), std::string_view::npos) << key;
    }
}

}  // namespace
}  // namespace sup::config
