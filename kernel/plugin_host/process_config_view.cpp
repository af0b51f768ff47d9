#include "plugin_host/process_config_view.hpp"

#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {

std::unique_ptr<ProcessConfigView> make_config_view(const process::Process& p, const ProcessGroup& group) {
    auto out = std::make_unique<ProcessConfigView>();
    ProcessConfigView& cv = *out;
    const config::ProcessConfig& c = p.config();
    const config::GroupConfig& g = group.config;
    cv.exitcodes.assign(c.exitcodes.begin(), c.exitcodes.end());
    for (const auto& [key, value] : c.environment) cv.environment.push_back(key + "=" + value);
    for (const auto& kv : cv.environment) cv.environment_pointers.push_back(kv.c_str());
    if (g.listener)
        for (const auto& name : g.listener->events) cv.events += (cv.events.empty() ? "" : " ") + name;

    sup_process_config& v = cv.view;
    v.struct_size = sizeof v;
    v.name = c.name.c_str();
    v.group = g.name.c_str();
    v.command = c.command.c_str();
    v.directory = c.directory ? c.directory->c_str() : nullptr;
    v.umask = c.umask ? static_cast<int32_t>(*c.umask) : -1;
    v.priority = c.priority;
    v.autostart = c.autostart;
    v.autorestart = static_cast<int32_t>(c.autorestart);  // Never, Unexpected, Always = 0, 1, 2
    v.startsecs = c.startsecs;
    v.startretries = c.startretries;
    v.stopsignal = c.stopsignal;
    v.stopwaitsecs = c.stopwaitsecs;
    v.stopasgroup = c.stopasgroup;
    v.killasgroup = c.killasgroup;
    v.exitcodes = cv.exitcodes.data();
    v.exitcodes_count = cv.exitcodes.size();
    v.redirect_stderr = c.redirect_stderr;
    v.user = c.user ? c.user->c_str() : nullptr;
    v.serverurl = c.serverurl ? c.serverurl->c_str() : nullptr;
    const config::ChannelConfig* channels[2] = {&c.stdout_channel, &c.stderr_channel};
    v.logfile[0] = p.stdout_logfile().c_str();
    v.logfile[1] = p.stderr_logfile().c_str();
    for (int i = 0; i < 2; ++i) {
        v.logfile_maxbytes[i] = channels[i]->logfile_maxbytes;
        v.logfile_backups[i] = channels[i]->logfile_backups;
        v.capture_maxbytes[i] = channels[i]->capture_maxbytes;
        v.events_enabled[i] = channels[i]->events_enabled;
        v.syslog[i] = channels[i]->syslog;
    }
    v.environment = cv.environment_pointers.data();
    v.environment_count = cv.environment_pointers.size();
    v.process_num = c.process_num;
    v.group_priority = g.priority;
    v.group_kind = group_kind(g.kind);
    if (g.listener) {
        v.buffer_size = g.listener->buffer_size;
        v.events = cv.events.c_str();
        v.result_handler = g.listener->result_handler.c_str();
    }
    return out;
}

}  // namespace sup::plugin_host
