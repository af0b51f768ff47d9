// getProcessInfo, getAllProcessInfo and getAllConfigInfo.
#include <pwd.h>

#include <algorithm>
#include <cmath>
#include <ctime>

#include "inventory.hpp"
#include "methods.hpp"
#include "process_description.hpp"
#include "target.hpp"

namespace sup::rpc_supervisor::methods {

namespace {

// Timestamps are XML-RPC ints, saturated as the reference's capped_int.
std::int64_t capped_int(double seconds) {
    constexpr double max_int = 2147483647.0, min_int = -2147483648.0;
    if (std::isnan(seconds)) return 0;
    return static_cast<std::int64_t>(std::clamp(std::trunc(seconds), min_int, max_int));
}

sup_value* process_info_struct(const Call& call, const ProcessView& p) {
    DescribedProcess described;
    described.name = p.name;
    described.state = p.state;
    described.start = capped_int(p.start);
    described.stop = capped_int(p.stop);
    described.now = capped_int(static_cast<double>(std::time(nullptr)));
    described.pid = p.pid;
    described.spawnerr = p.spawnerr;

    sup_value* info = call.structure();
    call.set(info, "name", call.string(p.name));
    call.set(info, "group", call.string(p.group));
    call.set(info, "start", call.integer_value(described.start));
    call.set(info, "stop", call.integer_value(described.stop));
    call.set(info, "now", call.integer_value(described.now));
    call.set(info, "state", call.integer_value(p.state));
    call.set(info, "statename", call.string(process_state_name(p.state)));
    call.set(info, "spawnerr", call.string(p.spawnerr));
    call.set(info, "exitstatus", call.integer_value(p.exitstatus));
    call.set(info, "logfile", call.string(p.stdout_logfile));  // an older name for stdout_logfile
    call.set(info, "stdout_logfile", call.string(p.stdout_logfile));
    call.set(info, "stderr_logfile", call.string(p.stderr_logfile));
    call.set(info, "pid", call.integer_value(p.pid));
    call.set(info, "description", call.string(describe_process(described)));
    return info;
}

// The reference writes None as 'none' in config info.
sup_value* text_or_none(const Call& call, const char* text) {
    return call.string(text && *text ? text : "none");
}

sup_value* uid_of(const Call& call, const char* user) {
    if (!user || !*user) return call.string("none");
    if (const passwd* pw = ::getpwnam(user)) return call.integer_value(pw->pw_uid);
    return call.string(user);
}

sup_value* config_info_struct(const Call& call, const sup_process_config& c) {
    sup_value* info = call.structure();
    const auto flag = [&](const char* key, int v) { call.set(info, key, call.boolean(v != 0)); };
    const auto number = [&](const char* key, std::int64_t v) { call.set(info, key, call.integer_value(v)); };
    flag("autostart", c.autostart);
    call.set(info, "directory", text_or_none(call, c.directory));
    call.set(info, "uid", uid_of(call, c.user));
    call.set(info, "command", call.string(c.command ? c.command : ""));
    sup_value* exitcodes = call.array();
    for (std::size_t i = 0; i < c.exitcodes_count; ++i) call.append(exitcodes, call.integer_value(c.exitcodes[i]));
    call.set(info, "exitcodes", exitcodes);
    call.set(info, "group", call.string(c.group ? c.group : ""));
    number("group_prio", c.group_priority);
    flag("inuse", 1);
    flag("killasgroup", c.killasgroup);
    call.set(info, "name", call.string(c.name ? c.name : ""));
    number("process_prio", c.priority);
    flag("redirect_stderr", c.redirect_stderr);
    number("startretries", c.startretries);
    number("startsecs", c.startsecs);
    static constexpr const char* channel_names[] = {"stdout", "stderr"};
    for (int ch = 0; ch < 2; ++ch) {
        const std::string prefix = channel_names[ch];
        number((prefix + "_capture_maxbytes").c_str(), static_cast<std::int64_t>(c.capture_maxbytes[ch]));
        flag((prefix + "_events_enabled").c_str(), c.events_enabled[ch]);
        call.set(info, (prefix + "_logfile").c_str(), text_or_none(call, c.logfile[ch]));
        number((prefix + "_logfile_backups").c_str(), c.logfile_backups[ch]);
        number((prefix + "_logfile_maxbytes").c_str(), static_cast<std::int64_t>(c.logfile_maxbytes[ch]));
        flag((prefix + "_syslog").c_str(), c.syslog[ch]);
        if (ch == 0) {
            number("stopsignal", c.stopsignal);
            number("stopwaitsecs", c.stopwaitsecs);
        }
    }
    call.set(info, "serverurl", text_or_none(call, c.serverurl));  // unset and AUTO are both None
    return info;
}

}  // namespace

void get_process_info(Call& call) {
    if (!call.arity(1, 1) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const auto process = resolve_process(call, *namespec);
    if (!process) return;
    call.succeed(process_info_struct(call, *process));
}

void get_all_process_info(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    auto processes = all_processes(call.self());
    // Lexical order, by group then name, as the reference lists them.
    std::sort(processes.begin(), processes.end(), [](const ProcessView& a, const ProcessView& b) {
        return a.group != b.group ? a.group < b.group : a.name < b.name;
    });
    sup_value* list = call.array();
    for (const auto& p : processes) call.append(list, process_info_struct(call, p));
    call.succeed(list);
}

void get_all_config_info(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    struct Named {
        std::string name;
        sup_value* info;
    };
    std::vector<Named> infos;
    for (const auto& p : all_processes(call.self())) {
        sup_process_config config{};
        config.struct_size = sizeof config;
        if (call.api().process_config(call.self().ctx, p.id, &config) != SUP_OK) continue;
        infos.push_back({p.name, config_info_struct(call, config)});
    }
    std::stable_sort(infos.begin(), infos.end(), [](const Named& a, const Named& b) { return a.name < b.name; });
    sup_value* list = call.array();
    for (const auto& named : infos) call.append(list, named.info);
    call.succeed(list);
}

}  // namespace sup::rpc_supervisor::methods
