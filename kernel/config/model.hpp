// The typed configuration model. Both front ends (INI and TOML) produce
// exactly this; nothing downstream knows which syntax the user wrote.
// Defaults are the reference's (supervisor 4.2.5 options.py).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sup::config {

// A value that came from the config file, with where it came from, so that
// later validation (e.g. "user does not exist") can still name file:line.
struct SourceLocation {
    std::string file;
    int line = 0;  // 0 = unknown
    // Where a setting was written is not part of what it is: a program moved
    // within the file (or rewritten from INI to TOML) is the same program,
    // e.g. for `supervisorctl update`, which compares configs.
    bool operator==(const SourceLocation&) const { return true; }
};

enum class AutoRestart { Never, Unexpected, Always };

// stdout_logfile / stderr_logfile value: AUTO, NONE, or a path.
struct LogTarget {
    enum class Kind { Auto, None, Path } kind = Kind::Auto;
    std::string path;  // for Kind::Path (already expanded)
    bool operator==(const LogTarget&) const = default;
};

struct ChannelConfig {
    LogTarget logfile;                       // default AUTO
    std::uint64_t logfile_maxbytes = 50ull * 1024 * 1024;
    int logfile_backups = 10;
    std::uint64_t capture_maxbytes = 0;
    bool events_enabled = false;
    bool syslog = false;
    bool operator==(const ChannelConfig&) const = default;
};

using Environment = std::vector<std::pair<std::string, std::string>>;  // ordered

// One process (a program with numprocs=3 yields three of these).
struct ProcessConfig {
    std::string name;          // expanded process_name
    std::string program_name;  // the section's name after "program:"
    std::string command;       // expanded command line, split at spawn time
    std::optional<std::string> directory;
    std::optional<unsigned> umask;
    int priority = 999;
    bool autostart = true;
    AutoRestart autorestart = AutoRestart::Unexpected;
    int startsecs = 1;
    int startretries = 3;
    int stopsignal = 15;  // SIGTERM
    int stopwaitsecs = 10;
    bool stopasgroup = false;
    bool killasgroup = false;
    std::vector<int> exitcodes{0};
    bool redirect_stderr = false;
    std::optional<std::string> user;  // name or numeric uid as written
    Environment environment;         // [supervisord] environment merged under it
    std::optional<std::string> serverurl;  // nullopt = AUTO
    ChannelConfig stdout_channel;
    ChannelConfig stderr_channel;
    int process_num = 0;
    SourceLocation where;  // the section header
    bool operator==(const ProcessConfig&) const = default;
};

struct SocketConfig {  // fcgi-program socket
    enum class Family { Inet, Unix } family = Family::Inet;
    std::string host;  // inet
    int port = 0;      // inet
    std::string path;  // unix
    std::optional<std::string> owner;  // "user[:group]", unix only
    std::optional<unsigned> mode;      // unix only, default 0700
    std::optional<int> backlog;        // default SOMAXCONN
    std::string url;                   // as written, e.g. tcp://127.0.0.1:9000
    bool operator==(const SocketConfig&) const = default;
};

struct EventListenerConfig {
    std::vector<std::string> events;  // upper-case type names as written
    int buffer_size = 10;
    std::string result_handler = "supervisor.dispatchers:default_handler";
    bool operator==(const EventListenerConfig&) const = default;
};

struct GroupConfig {
    enum class Kind { Program, Heterogeneous, EventListenerPool, FastCgi };
    Kind kind = Kind::Program;
    std::string name;
    int priority = 999;
    std::vector<ProcessConfig> processes;  // sorted by priority (stable)
    std::optional<EventListenerConfig> listener;  // Kind::EventListenerPool
    std::optional<SocketConfig> socket;           // Kind::FastCgi
    SourceLocation where;
    bool operator==(const GroupConfig&) const = default;
};

struct UnixHttpServerConfig {
    std::string file;
    unsigned chmod = 0700;
    std::optional<std::string> chown;  // "user[:group]"
    std::optional<std::string> username;
    std::optional<std::string> password;
    bool operator==(const UnixHttpServerConfig&) const = default;
};

struct InetHttpServerConfig {
    std::string host;  // "" = all interfaces
    int port = 0;
    std::string port_as_written;
    std::optional<std::string> username;
    std::optional<std::string> password;
    bool operator==(const InetHttpServerConfig&) const = default;
};

struct CtlConfig {
    std::string serverurl = "http://localhost:9001";
    std::optional<std::string> username;
    std::optional<std::string> password;
    std::string prompt = "supervisor";
    std::optional<std::string> history_file;
    bool operator==(const CtlConfig&) const = default;
};

// Any "name:value" section this kernel does not interpret itself
// ([rpcinterface:x], [plugin:x], [ctlplugin:x]): kept raw for plugins.
struct RawSection {
    std::string name;  // full section name, e.g. "rpcinterface:supervisor"
    std::vector<std::pair<std::string, std::string>> options;  // expanded values
    SourceLocation where;
    bool operator==(const RawSection&) const = default;
};

enum class LogLevel : int {  // the reference's numeric levels
    Blather = 3, Trace = 5, Debug = 10, Info = 20, Warn = 30, Error = 40, Critical = 50
};

struct SupervisordConfig {
    std::string logfile = "supervisord.log";  // made absolute against cwd
    std::uint64_t logfile_maxbytes = 50ull * 1024 * 1024;
    int logfile_backups = 10;
    LogLevel loglevel = LogLevel::Info;
    std::string pidfile = "supervisord.pid";
    std::string identifier = "supervisor";
    bool nodaemon = false;
    bool silent = false;
    int minfds = 1024;
    int minprocs = 200;
    unsigned umask = 022;
    std::optional<std::string> user;
    std::optional<std::string> directory;
    std::string childlogdir = "/tmp";
    bool nocleanup = false;
    bool strip_ansi = false;
    Environment environment;
    // supervisor-cpp: plugin_dirs= (absolute; relative ones are taken from
    // the config file's directory), searched before the default plugin dirs.
    std::vector<std::string> plugin_dirs;
    bool operator==(const SupervisordConfig&) const = default;
};

// Everything read from one config file (plus its includes).
struct Config {
    std::string path;  // absolute path of the main file
    std::string here;  // its directory (%(here)s)
    SupervisordConfig supervisord;
    std::vector<GroupConfig> groups;  // sorted by priority (stable)
    std::optional<UnixHttpServerConfig> unix_http_server;
    std::optional<InetHttpServerConfig> inet_http_server;
    std::optional<CtlConfig> supervisorctl;
    std::vector<RawSection> rpcinterfaces;  // [rpcinterface:x], in file order
    std::vector<RawSection> plugins;        // [plugin:x], in file order
    // Every section as written (values expanded where they can be without a
    // process's own names), in file order: what plugins read with config_get.
    std::vector<RawSection> sections;
    // Messages the reference logs once the main log is open.
    std::vector<std::string> warnings;  // e.g. unknown keys, AUTO without maxbytes
    std::vector<std::string> infos;     // e.g. 'Included extra file "x" during parsing'
};

}  // namespace sup::config
