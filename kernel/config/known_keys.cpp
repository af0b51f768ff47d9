#include "config/known_keys.hpp"

#include <algorithm>
#include <span>
#include <string_view>

#include "config/error_format.hpp"
#include "config/python_text.hpp"

namespace sup::config {
namespace {

using KeyList = std::span<const std::string_view>;

constexpr std::string_view kSupervisordKeys[] = {
    "logfile",     "logfile_maxbytes", "logfile_backups", "loglevel", "pidfile",   "umask",
    "nodaemon",    "silent",           "minfds",          "minprocs", "nocleanup", "childlogdir",
    "user",        "directory",        "strip_ansi",      "environment", "identifier",
    "plugin_dirs"};
constexpr std::string_view kProgramKeys[] = {
    "command",          "process_name",        "numprocs",        "numprocs_start",
    "priority",         "autostart",           "startsecs",       "startretries",
    "autorestart",      "exitcodes",           "stopsignal",      "stopwaitsecs",
    "stopasgroup",      "killasgroup",         "user",            "redirect_stderr",
    "stdout_logfile",   "stdout_logfile_maxbytes", "stdout_logfile_backups", "stdout_capture_maxbytes",
    "stdout_events_enabled", "stdout_syslog",   "stderr_logfile",  "stderr_logfile_maxbytes",
    "stderr_logfile_backups", "stderr_capture_maxbytes", "stderr_events_enabled", "stderr_syslog",
    "environment",      "directory",           "umask",           "serverurl"};
constexpr std::string_view kListenerKeys[] = {"buffer_size", "events", "result_handler"};
constexpr std::string_view kFastCgiKeys[] = {"socket", "socket_backlog", "socket_owner", "socket_mode"};
constexpr std::string_view kGroupKeys[] = {"programs", "priority"};
constexpr std::string_view kIncludeKeys[] = {"files"};
constexpr std::string_view kUnixServerKeys[] = {"file", "chmod", "chown", "username", "password"};
constexpr std::string_view kInetServerKeys[] = {"port", "username", "password"};
constexpr std::string_view kCtlKeys[] = {"serverurl", "username", "password", "prompt", "history_file"};

struct SectionKind {
    std::string_view name;  // exact name, or a prefix when it ends in ':'
    bool any_key;           // raw sections: every key is the plugin's business
    KeyList keys, more_keys = {};
};

constexpr SectionKind kSectionKinds[] = {
    {"supervisord", false, kSupervisordKeys},
    {"program:", false, kProgramKeys},
    {"eventlistener:", false, kProgramKeys, kListenerKeys},
    {"fcgi-program:", false, kProgramKeys, kFastCgiKeys},
    {"group:", false, kGroupKeys},
    {"include", false, kIncludeKeys},
    {"unix_http_server", false, kUnixServerKeys},
    {"inet_http_server", false, kInetServerKeys},
    {"supervisorctl", false, kCtlKeys},
    {"rpcinterface:", true, {}, {}},
    {"plugin:", true, {}, {}},
    {"ctlplugin:", true, {}, {}},
};

const SectionKind* kind_of(std::string_view section) {
    for (const SectionKind& kind : kSectionKinds) {
        const bool prefix = kind.name.back() == ':';
        if (prefix ? section.substr(0, kind.name.size()) == kind.name : section == kind.name) return &kind;
    }
    return nullptr;
}

bool knows(const SectionKind& kind, std::string_view key) {
    const auto in = [&](KeyList keys) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    return kind.any_key || in(kind.keys) || in(kind.more_keys);
}

}  // namespace

void warn_about_unknown_keys(const ParsedDocument& document, std::vector<std::string>& warnings) {
    for (const ParsedSection& section : document.sections()) {
        const SectionKind* kind = kind_of(section.name());
        if (!kind) {
            warnings.push_back("Unknown section " + py_repr(section.name()) + " ignored " +
                               describe_location(document.location(section)));
            continue;
        }
        for (const auto& [key, value] : section.options()) {
            if (value.from_defaults || knows(*kind, key)) continue;
            warnings.push_back("Unknown key " + py_repr(key) + " in section " + py_repr(section.name()) + " " +
                               describe_location(document.location(value)));
        }
    }
}

}  // namespace sup::config
