#include "plugin_host/plugin_plan.hpp"

#include <algorithm>
#include <set>

#include "config/load.hpp"
#include "supervisor/plugin.h"

namespace sup::plugin_host {
namespace {

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const std::string* option(const config::RawSection& section, std::string_view key) {
    for (const auto& [k, v] : section.options)
        if (k == key) return &v;
    return nullptr;
}

// Program-like sections whose processes write a child log file: what the
// logrotate plugin is for. AUTO counts; NONE (and a redirected stderr) not.
std::set<std::string> sections_with_child_logs(const config::Config& config) {
    using Kind = config::LogTarget::Kind;
    std::set<std::string> sections;
    for (const auto& group : config.groups) {
        const char* prefix = group.kind == config::GroupConfig::Kind::EventListenerPool ? "eventlistener:"
                             : group.kind == config::GroupConfig::Kind::FastCgi         ? "fcgi-program:"
                                                                                        : "program:";
        for (const auto& p : group.processes) {
            const bool logs = p.stdout_channel.logfile.kind != Kind::None ||
                              (!p.redirect_stderr && p.stderr_channel.logfile.kind != Kind::None);
            if (logs) sections.insert(prefix + p.program_name);
        }
    }
    return sections;
}

class Planner {
public:
    explicit Planner(std::string here) : here_(std::move(here)) {}
    std::vector<PluginRequest> requests;

    PluginRequest& by_name(const std::string& name) {
        for (auto& r : requests)
            if (r.path.empty() && r.name == name) return r;
        PluginRequest& r = requests.emplace_back();
        r.name = name;
        r.entry_symbol = SUP_PLUGIN_ENTRY_SYMBOL;
        return r;
    }

    void implied(const std::string& name, const std::string& section, std::string loss,
                 bool section_is_own) {
        PluginRequest& r = by_name(name);
        r.reasons.push_back("implied by [" + section + "]");
        r.losses.push_back(std::move(loss));
        if (section_is_own && r.own_section.empty()) r.own_section = section;
    }

    void explicit_plugin(const config::RawSection& section) {
        const std::string name = section.name.substr(std::string_view("plugin:").size());
        const std::string* path = option(section, "path");
        PluginRequest& r = path ? add_by_path(name, *path, SUP_PLUGIN_ENTRY_SYMBOL) : by_name(name);
        r.reasons.push_back("[" + section.name + "]");
        r.own_section = section.name;  // its own keys beat an implying section's
        r.required = true;
    }

    void rpc_interface(const config::RawSection& section) {
        const std::string* factory = option(section, "supervisor.rpcinterface_factory");
        const std::string value = factory ? *factory : "";
        const std::string name = section.name.substr(std::string_view("rpcinterface:").size());
        const auto colon = value.rfind(':');
        PluginRequest* r = nullptr;
        if (value == kMainRpcInterfaceFactory) {
            r = &by_name(kMainRpcInterfacePlugin);
        } else if (ends_with(value, ".so")) {
            r = &add_by_path(name, value, SUP_PLUGIN_ENTRY_SYMBOL);
        } else if (colon != std::string::npos && colon + 1 < value.size() &&
                   ends_with(value.substr(0, colon), ".so")) {
            r = &add_by_path(name, value.substr(0, colon), value.substr(colon + 1));
        } else {
            throw config::ConfigError("supervisor.rpcinterface_factory '" + value + "' in section [" +
                                      section.name + "] cannot be resolved: use " +
                                      kMainRpcInterfaceFactory +
                                      " or the path of a plugin .so (optionally path.so:entry_symbol)");
        }
        r->reasons.push_back("[" + section.name + "]");
        if (r->own_section.empty()) r->own_section = section.name;
        r->required = true;
    }

private:
    PluginRequest& add_by_path(const std::string& name, const std::string& path, const std::string& symbol) {
        PluginRequest& r = requests.emplace_back();
        r.name = name;
        r.path = path.empty() || path[0] == '/' ? path : here_ + "/" + path;  // relative to the config file
        r.entry_symbol = symbol;
        return r;
    }

    std::string here_;
};

}  // namespace

std::vector<PluginRequest> plan_plugins(const config::Config& config) {
    const std::set<std::string> logging = sections_with_child_logs(config);
    Planner plan(config.here);
    for (const auto& section : config.sections) {
        const std::string& s = section.name;
        if (s == "unix_http_server") {
            plan.implied("rpc-unix", s, "[" + s + "] is ignored", true);
        } else if (s == "inet_http_server") {
            plan.implied("rpc-http", s, "[" + s + "] is ignored", true);
        } else if (starts_with(s, "rpcinterface:")) {
            const auto it = std::find_if(config.rpcinterfaces.begin(), config.rpcinterfaces.end(),
                                         [&](const auto& r) { return r.name == s; });
            if (it != config.rpcinterfaces.end()) plan.rpc_interface(*it);
        } else if (starts_with(s, "plugin:")) {
            plan.explicit_plugin(section);
        }
        if (starts_with(s, "eventlistener:"))
            plan.implied("eventlisteners", s, "[" + s + "] gets no events", false);
        if (logging.count(s))
            plan.implied("logrotate", s, "the log files of [" + s + "] are not written", false);
    }
    return std::move(plan.requests);
}

std::string describe_reasons(const PluginRequest& request) {
    std::string implied, text;
    for (const auto& reason : request.reasons) {
        if (starts_with(reason, "implied by ")) {
            implied += (implied.empty() ? "implied by " : ", ") + reason.substr(11);
        } else {
            text += (text.empty() ? "" : "; ") + reason;
        }
    }
    if (!implied.empty()) text = text.empty() ? implied : text + "; " + implied;
    return text;
}

}  // namespace sup::plugin_host
