#include "config/program_section.hpp"

#include <limits>

#include "config/accounts.hpp"
#include "config/datatypes.hpp"
#include "config/key_value_pairs.hpp"
#include "config/python_text.hpp"
#include "config/section_reader.hpp"
#include "config/signal_names.hpp"

namespace sup::config {
namespace {

// The parts of a section that are the same for each of its processes.
struct ProgramSettings {
    std::string program_name;
    int priority, startsecs, startretries, stopsignal, stopwaitsecs, numprocs, numprocs_start;
    bool autostart, stopasgroup, killasgroup, redirect_stderr;
    AutoRestart autorestart;
    std::vector<int> exitcodes;
    std::string environment_template, process_name_template;
    std::uint64_t stdout_capture_maxbytes, stderr_capture_maxbytes;
    bool stdout_events_enabled, stderr_events_enabled;
    std::optional<std::string> serverurl, user;
    std::optional<unsigned> umask;
};

std::string program_name_of(const SectionReader& read) {
    const std::string& section = read.name();
    try {
        return to_process_or_group_name(section.substr(section.find(':') + 1));
    } catch (const ValueProblem& problem) {
        read.fail_section(problem.what());
    }
}

ProgramSettings read_settings(const SectionReader& read, const Expansions& names) {
    const auto as_string = [](const std::string& text) { return text; };
    ProgramSettings s;
    s.program_name = program_name_of(read);
    s.priority = read.value("priority", names, 999, to_integer);
    s.autostart = read.value("autostart", names, true, to_boolean);
    s.autorestart = read.value("autorestart", names, AutoRestart::Unexpected, to_auto_restart);
    s.startsecs = read.value("startsecs", names, 1, to_integer);
    s.startretries = read.value("startretries", names, 3, to_integer);
    s.stopsignal = read.value("stopsignal", names, 15, to_signal_number);
    s.stopwaitsecs = read.value("stopwaitsecs", names, 10, to_integer);
    s.stopasgroup = read.value("stopasgroup", names, false, to_boolean);
    s.killasgroup = read.value("killasgroup", names, s.stopasgroup, to_boolean);
    s.exitcodes = read.value("exitcodes", names, std::vector<int>{0}, to_exit_codes);
    s.redirect_stderr = read.value("redirect_stderr", names, false, to_boolean);
    s.numprocs = read.value("numprocs", names, 1, to_integer);
    s.numprocs_start = read.value("numprocs_start", names, 0, to_integer);
    // Expanded per process, with that process's names.
    s.environment_template = read.raw_text("environment").value_or("");
    s.stdout_capture_maxbytes = read.value("stdout_capture_maxbytes", names, std::uint64_t{0}, to_byte_size);
    s.stdout_events_enabled = read.value("stdout_events_enabled", names, false, to_boolean);
    s.stderr_capture_maxbytes = read.value("stderr_capture_maxbytes", names, std::uint64_t{0}, to_byte_size);
    s.stderr_events_enabled = read.value("stderr_events_enabled", names, false, to_boolean);
    s.serverurl = read.value("serverurl", names, std::optional<std::string>(), as_string);
    if (s.serverurl && ascii_upper(py_strip(*s.serverurl)) == "AUTO") s.serverurl.reset();
    s.user = read.value("user", names, std::optional<std::string>(), as_string);
    if (s.user) read.checked("user", [&] { return uid_for_user(*s.user); });
    s.umask = read.value("umask", names, std::optional<unsigned>(), to_octal);
    s.process_name_template = read.checked("process_name", [&] {
        return to_process_or_group_name(read.raw_text("process_name").value_or("%(program_name)s"));
    });
    if (s.numprocs > 1 && s.process_name_template.find("%(process_num)") == std::string::npos)
        read.fail_section("%(process_num) must be present within process_name when numprocs > 1");
    if (s.stopasgroup && !s.killasgroup) read.fail_section("Cannot set stopasgroup=true and killasgroup=false");
    return s;
}

ChannelConfig read_channel(const SectionReader& read, const Expansions& names, const std::string& channel,
                           LoadContext& context) {
    const std::string logfile_key = channel + "_logfile";
    ChannelConfig config;
    LogfileValue logfile{LogfileValue::Kind::Auto, {}};
    if (const auto text = read.text(logfile_key, names)) {
        // Expanded a second time, as the reference does for log file names.
        logfile = read.checked(logfile_key, [&] { return to_logfile(expand(*text, names, logfile_key)); });
    }
    config.logfile_backups = read.value(channel + "_logfile_backups", names, 10, to_integer);
    config.logfile_maxbytes = read.value(channel + "_logfile_maxbytes", names, config.logfile_maxbytes, to_byte_size);
    config.syslog = read.value(channel + "_syslog", names, false, to_boolean);
    if (logfile.kind == LogfileValue::Kind::Syslog) {
        context.warnings.push_back("For [" + read.name() + "], " + logfile_key +
                                   "=syslog but this is deprecated and will be removed.  Use " + channel +
                                   "_syslog=true to enable syslog instead.");
        logfile.kind = LogfileValue::Kind::None;
        config.syslog = true;
    }
    if (logfile.kind == LogfileValue::Kind::Auto && config.logfile_maxbytes == 0)
        context.warnings.push_back("For [" + read.name() + "], AUTO logging used for " + logfile_key +
                                   " without rollover, set maxbytes > 0 to avoid filling up filesystem "
                                   "unintentionally");
    switch (logfile.kind) {
        case LogfileValue::Kind::Auto: config.logfile = {LogTarget::Kind::Auto, {}}; break;
        case LogfileValue::Kind::Path: config.logfile = {LogTarget::Kind::Path, logfile.path}; break;
        default: config.logfile = {LogTarget::Kind::None, {}}; break;
    }
    return config;
}

std::size_t text_size_of(const ProcessConfig& process) {
    std::size_t size = process.name.size() + process.command.size() + process.directory.value_or("").size() +
                       process.stdout_channel.logfile.path.size() + process.stderr_channel.logfile.path.size();
    for (const auto& [key, value] : process.environment) size += key.size() + value.size();
    return size;
}

}  // namespace

std::vector<ProcessConfig> read_program_section(const ParsedDocument& document, const ParsedSection& section,
                                                const std::string& group_name, LoadContext& context,
                                                ProcessBudget& budget) {
    const SectionReader read(document, section);
    // One set of names, grown as the reference grows its: process_num and
    // each process's environment= entries are added as we go.
    Expansions names = context.environment;
    names["here"] = context.here;
    names["program_name"] = program_name_of(read);
    names["host_node_name"] = context.host_node_name;
    names["group_name"] = group_name;
    const ProgramSettings settings = read_settings(read, names);

    if (settings.numprocs > 0 && static_cast<std::size_t>(settings.numprocs) > budget.remaining)
        read.fail("numprocs", "more than " + std::to_string(kMaxProcesses) + " processes in the whole config");
    const long long first = settings.numprocs_start;
    if (first + settings.numprocs - 1 > std::numeric_limits<int>::max())
        read.fail("numprocs_start", "process numbers would go beyond " +
                                        std::to_string(std::numeric_limits<int>::max()));
    std::vector<ProcessConfig> processes;
    for (long long number = first; number < first + settings.numprocs; ++number) {
        --budget.remaining;
        names["process_num"] = number;
        names["numprocs"] = static_cast<long long>(settings.numprocs);
        for (const auto& [name, value] : context.environment) names[name] = value;

        ProcessConfig process;
        process.environment = read.checked("environment", [&] {
            return to_key_value_pairs(expand(settings.environment_template, names, "environment"));
        });
        for (const auto& [key, value] : process.environment) names["ENV_" + key] = value;
        process.directory = read.text("directory", names);
        process.stdout_channel = read_channel(read, names, "stdout", context);
        process.stderr_channel = read_channel(read, names, "stderr", context);
        process.stdout_channel.capture_maxbytes = settings.stdout_capture_maxbytes;
        process.stdout_channel.events_enabled = settings.stdout_events_enabled;
        process.stderr_channel.capture_maxbytes = settings.stderr_capture_maxbytes;
        process.stderr_channel.events_enabled = settings.stderr_events_enabled;
        if (settings.redirect_stderr) {
            if (process.stderr_channel.logfile.kind == LogTarget::Kind::Path)
                context.warnings.push_back("For [" + read.name() +
                                           "], redirect_stderr=true but stderr_logfile has also been set to a "
                                           "filename, the filename has been ignored");
            process.stderr_channel.logfile = {LogTarget::Kind::None, {}};
        }
        const std::optional<std::string> command = read.text("command", names);
        if (!command) read.fail_section("program section " + read.name() + " does not specify a command");
        process.command = *command;
        process.name = read.checked("process_name", [&] {
            return expand(settings.process_name_template, names, "process_name");
        });
        process.program_name = settings.program_name;
        process.umask = settings.umask;
        process.priority = settings.priority;
        process.autostart = settings.autostart;
        process.autorestart = settings.autorestart;
        process.startsecs = settings.startsecs;
        process.startretries = settings.startretries;
        process.stopsignal = settings.stopsignal;
        process.stopwaitsecs = settings.stopwaitsecs;
        process.stopasgroup = settings.stopasgroup;
        process.killasgroup = settings.killasgroup;
        process.exitcodes = settings.exitcodes;
        process.redirect_stderr = settings.redirect_stderr;
        process.user = settings.user;
        process.serverurl = settings.serverurl;
        process.process_num = static_cast<int>(number);
        process.where = read.where();
        const std::size_t bytes = text_size_of(process);
        if (bytes > budget.bytes_remaining)
            read.fail_section("the processes of this config hold more than " + std::to_string(kMaxProcessBytes >> 20) +
                              " MiB of settings");
        budget.bytes_remaining -= bytes;
        processes.push_back(std::move(process));
    }
    sort_by_priority(processes);
    return processes;
}

}  // namespace sup::config
