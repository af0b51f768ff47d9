// Malformed values: a ConfigError naming the file, section, key and line,
// with the reference's wording for what is wrong.
#include <gtest/gtest.h>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::ini_error;

// The error for one bad key on line 4 of [program:p].
std::string program_error(std::string_view bad_line, std::string_view other_keys = "command=x\n") {
    return ini_error("[supervisord]\n[program:p]\n" + std::string(other_keys) + std::string(bad_line) + "\n");
}

std::string value_message(std::string_view key, std::string_view section, int line, std::string_view detail) {
    return "Invalid value for '" + std::string(key) + "' in section '" + std::string(section) +
           "' (file: '/tmp/test.conf', line " + std::to_string(line) + "): " + std::string(detail);
}

std::string section_message(std::string_view detail, std::string_view section, int line) {
    return std::string(detail) + " in section '" + std::string(section) + "' (file: '/tmp/test.conf', line " +
           std::to_string(line) + ")";
}

TEST(Errors, ProgramValues) {
    EXPECT_EQ(program_error("startsecs=abc"), value_message("startsecs", "program:p", 4, "not an integer: 'abc'"));
    EXPECT_EQ(program_error("autostart=maybe"),
              value_message("autostart", "program:p", 4, "not a valid boolean value: 'maybe'"));
    EXPECT_EQ(program_error("autorestart=sometimes"),
              value_message("autorestart", "program:p", 4, "invalid 'autorestart' value 'sometimes'"));
    EXPECT_EQ(program_error("stopsignal=FOO"),
              value_message("stopsignal", "program:p", 4, "value 'FOO' is not a valid signal name"));
    EXPECT_EQ(program_error("exitcodes=0,256"),
              value_message("exitcodes", "program:p", 4, "not a valid list of exit codes: '0,256'"));
    EXPECT_EQ(program_error("umask=99"), value_message("umask", "program:p", 4, "99 can not be converted to an octal type"));
    EXPECT_EQ(program_error("stdout_logfile_maxbytes=5XB"),
              value_message("stdout_logfile_maxbytes", "program:p", 4, "not a valid byte size: '5XB'"));
    EXPECT_EQ(program_error("stderr_logfile=/no/such/dir/x.log"),
              value_message("stderr_logfile", "program:p", 4,
                            "The directory named as part of the path /no/such/dir/x.log does not exist"));
    EXPECT_EQ(program_error("user=no_such_user_xyz"),
              value_message("user", "program:p", 4, "Invalid user name no_such_user_xyz"));
    EXPECT_EQ(program_error("user=4000000000"), value_message("user", "program:p", 4, "Invalid user id 4000000000"));
    EXPECT_EQ(program_error("environment=A=1,B"),
              value_message("environment", "program:p", 4, "Unexpected end of key/value pairs in value 'A=1,B'"));
    EXPECT_EQ(program_error("process_name=a b"),
              value_message("process_name", "program:p", 4, "Invalid name: 'a b' because of character: ' '"));
}

TEST(Errors, ContinuationValuesReportTheKeysLine) {
    EXPECT_EQ(program_error("exitcodes=0,\n  1,\n  x"),
              value_message("exitcodes", "program:p", 4, "not a valid list of exit codes: '0,\\n1,\\nx'"));
}

TEST(Errors, ProgramSectionRules) {
    EXPECT_EQ(ini_error("[supervisord]\n[program:p]\n"),
              section_message("program section program:p does not specify a command", "program:p", 2));
    EXPECT_EQ(program_error("numprocs=2"),
              section_message("%(process_num) must be present within process_name when numprocs > 1", "program:p", 2));
    EXPECT_EQ(program_error("stopasgroup=true\nkillasgroup=false"),
              section_message("Cannot set stopasgroup=true and killasgroup=false", "program:p", 2));
    EXPECT_EQ(ini_error("[supervisord]\n[program:a b]\ncommand=x\n"),
              section_message("Invalid name: 'a b' because of character: ' '", "program:a b", 2));
}

TEST(Errors, SupervisordValues) {
    EXPECT_EQ(ini_error("[supervisord]\nminfds=abc\n"), value_message("minfds", "supervisord", 2, "not an integer: 'abc'"));
    EXPECT_EQ(ini_error("[supervisord]\nloglevel=loud\n"),
              value_message("loglevel", "supervisord", 2, "bad logging level name 'loud'"));
    EXPECT_EQ(ini_error("[supervisord]\nlogfile=/no/such/dir/s.log\n"),
              value_message("logfile", "supervisord", 2,
                            "The directory named as part of the path /no/such/dir/s.log does not exist"));
    EXPECT_EQ(ini_error("[supervisord]\npidfile=/no/such/dir/s.pid\n"),
              value_message("pidfile", "supervisord", 2,
                            "The directory named as part of the path /no/such/dir/s.pid does not exist"));
    EXPECT_EQ(ini_error("[supervisord]\nchildlogdir=/no/such/dir\n"),
              value_message("childlogdir", "supervisord", 2, "/no/such/dir is not an existing directory"));
    EXPECT_EQ(ini_error("[supervisord]\ndirectory=/no/such/dir\n"),
              value_message("directory", "supervisord", 2, "/no/such/dir is not an existing directory"));
    EXPECT_EQ(ini_error("[supervisord]\nuser=no_such_user_xyz\n"),
              value_message("user", "supervisord", 2, "Invalid user name no_such_user_xyz"));
    EXPECT_EQ(ini_error("[supervisord]\nnodaemon=sure\n"),
              value_message("nodaemon", "supervisord", 2, "not a valid boolean value: 'sure'"));
}

TEST(Errors, MissingSupervisordSection) {
    EXPECT_EQ(ini_error("[program:p]\ncommand=x\n"), ".ini file does not include supervisord section (file: '/tmp/test.conf')");
}

TEST(Errors, Groups) {
    EXPECT_EQ(ini_error("[supervisord]\n[group:g]\nprograms=a\n"),
              value_message("programs", "group:g", 3, "[group:g] names unknown program or fcgi-program a"));
    EXPECT_EQ(ini_error("[supervisord]\n[program:a]\ncommand=x\n[fcgi-program:a]\ncommand=x\nsocket=tcp://h:1\n"
                        "[group:g]\nprograms=a\n"),
              value_message("programs", "group:g", 8, "[group:g] name a is ambiguous (exists as program and fcgi-program)"));
}

TEST(Errors, EventListeners) {
    const std::string head = "[supervisord]\n[eventlistener:e]\ncommand=x\n";
    EXPECT_EQ(ini_error(head), section_message("[eventlistener:e] section requires an \"events\" line", "eventlistener:e", 2));
    EXPECT_EQ(ini_error(head + "events=TICK_5,BOGUS\n"),
              value_message("events", "eventlistener:e", 4, "Unknown event type BOGUS in [eventlistener:e] events"));
    EXPECT_EQ(ini_error(head + "events=TICK_5\nbuffer_size=0\n"),
              value_message("buffer_size", "eventlistener:e", 5, "[eventlistener:e] section sets invalid buffer_size (0)"));
    EXPECT_EQ(ini_error(head + "events=TICK_5\nredirect_stderr=true\n"),
              value_message("redirect_stderr", "eventlistener:e", 5,
                            "[eventlistener:e] section sets redirect_stderr=true but this is not allowed because it "
                            "will interfere with the eventlistener protocol"));
}

TEST(Errors, FastCgiSockets) {
    const std::string head = "[supervisord]\n[fcgi-program:f]\ncommand=x\n";
    EXPECT_EQ(ini_error(head), section_message("[fcgi-program:f] section requires a \"socket\" line", "fcgi-program:f", 2));
    EXPECT_EQ(ini_error(head + "socket=unix://relative.sock\n"),
              value_message("socket", "fcgi-program:f", 4, "Unix socket path relative.sock is not an absolute path"));
    EXPECT_EQ(ini_error(head + "socket=tcp://host\n"), value_message("socket", "fcgi-program:f", 4, "Bad socket format tcp://host"));
    EXPECT_EQ(ini_error(head + "socket=udp://h:1\n"), value_message("socket", "fcgi-program:f", 4, "Bad socket format udp://h:1"));
    EXPECT_EQ(ini_error(head + "socket=tcp://h:70000\n"),
              value_message("socket", "fcgi-program:f", 4, "70000 is above upper bound (65535)"));
    EXPECT_EQ(ini_error(head + "socket=tcp://h:1\nsocket_mode=0700\n"),
              value_message("socket", "fcgi-program:f", 4,
                            "socket_owner and socket_mode params should only be used with a Unix domain socket"));
    EXPECT_EQ(ini_error(head + "socket=unix:///tmp/s\nsocket_backlog=0\n"),
              value_message("socket_backlog", "fcgi-program:f", 5, "Invalid socket_backlog value 0"));
    EXPECT_EQ(ini_error(head + "socket=unix:///tmp/s\nsocket_backlog=65536\n"),
              value_message("socket_backlog", "fcgi-program:f", 5, "Invalid socket_backlog value 65536"));
    EXPECT_EQ(ini_error(head + "socket=unix:///tmp/s\nsocket_owner=root:no_such_group_xyz\n"),
              value_message("socket_owner", "fcgi-program:f", 5, "Invalid socket_owner value root:no_such_group_xyz"));
    EXPECT_EQ(ini_error(head + "socket=unix:///tmp/s\nsocket_mode=9\n"),
              value_message("socket_mode", "fcgi-program:f", 5, "Invalid socket_mode value 9"));
}

TEST(Errors, Servers) {
    EXPECT_EQ(ini_error("[supervisord]\n[unix_http_server]\n"),
              section_message("section [unix_http_server] has no file value", "unix_http_server", 2));
    EXPECT_EQ(ini_error("[supervisord]\n[unix_http_server]\nfile=/tmp/s\nusername=u\n"),
              section_message("Section [unix_http_server] contains incomplete authentication: If a username or a "
                              "password is specified, both the username and password must be specified",
                              "unix_http_server", 2));
    EXPECT_EQ(ini_error("[supervisord]\n[unix_http_server]\nfile=/tmp/s\nchmod=z\n"),
              value_message("chmod", "unix_http_server", 4, "Invalid chmod value z"));
    EXPECT_EQ(ini_error("[supervisord]\n[unix_http_server]\nfile=/tmp/s\nchown=no_such_user_xyz\n"),
              value_message("chown", "unix_http_server", 4, "Invalid sockchown value no_such_user_xyz"));
    EXPECT_EQ(ini_error("[supervisord]\n[inet_http_server]\n"),
              section_message("section [inet_http_server] has no port value", "inet_http_server", 2));
    EXPECT_EQ(ini_error("[supervisord]\n[inet_http_server]\nport=abc\n"),
              value_message("port", "inet_http_server", 3, "not a valid port number: 'abc'"));
    EXPECT_EQ(ini_error("[supervisord]\n[inet_http_server]\nport=9001\npassword=p\n"),
              section_message("Section [inet_http_server] contains incomplete authentication: If a username or a "
                              "password is specified, both the username and password must be specified",
                              "inet_http_server", 2));
}

TEST(Errors, RpcInterfaceNeedsItsFactory) {
    EXPECT_EQ(ini_error("[supervisord]\n[rpcinterface:x]\na=b\n"),
              section_message("section [rpcinterface:x] does not specify a supervisor.rpcinterface_factory",
                              "rpcinterface:x", 2));
}

TEST(Errors, ValuesFromDefaultSectionNameItsLine) {
    EXPECT_EQ(ini_error("[DEFAULT]\nstartsecs=x\n[supervisord]\n[program:p]\ncommand=x\n"),
              value_message("startsecs", "program:p", 2, "not an integer: 'x'"));
}

TEST(Errors, LoadFileOfAMissingFile) {
    try {
        load_file("/no/such/supervisord.conf");
        FAIL() << "loaded";
    } catch (const ConfigError& error) {
        EXPECT_EQ(std::string(error.what()), "could not find config file /no/such/supervisord.conf");
    }
}

}  // namespace
}  // namespace sup::config
