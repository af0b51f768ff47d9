#include "config/supervisord_section.hpp"

#include <sstream>

#include "config/accounts.hpp"
#include "config/datatypes.hpp"
#include "config/key_value_pairs.hpp"
#include "config/paths.hpp"
#include "config/section_reader.hpp"

namespace sup::config {

SupervisordConfig read_supervisord_section(const ParsedDocument& document, LoadContext& context) {
    const ParsedSection* section = document.find_section("supervisord");
    if (!section) throw file_error({context.file, 0}, ".ini file does not include supervisord section");
    const SectionReader read(document, *section);
    Expansions names = context.environment;
    names["here"] = context.here;

    SupervisordConfig config;
    const auto as_string = [](const std::string& text) { return text; };
    config.minfds = read.value("minfds", names, config.minfds, to_integer);
    config.minprocs = read.value("minprocs", names, config.minprocs, to_integer);
    config.directory = read.value("directory", names, std::optional<std::string>(), existing_directory);
    config.user = read.value("user", names, std::optional<std::string>(), as_string);
    if (config.user) read.checked("user", [&] { return uid_for_user(*config.user); });
    config.umask = read.value("umask", names, config.umask, to_octal);
    // The log file "syslog" means the syslog service, not a file in cwd.
    config.logfile = read.checked("logfile", [&] {
        const std::string path = existing_dirpath(read.text("logfile", names).value_or(config.logfile));
        return path == "syslog" ? path : normalize_path(path);
    });
    config.logfile_maxbytes = read.value("logfile_maxbytes", names, config.logfile_maxbytes, to_byte_size);
    config.logfile_backups = read.value("logfile_backups", names, config.logfile_backups, to_integer);
    config.loglevel = read.value("loglevel", names, config.loglevel, to_log_level);
    config.pidfile = read.checked("pidfile", [&] {
        return normalize_path(existing_dirpath(read.text("pidfile", names).value_or(config.pidfile)));
    });
    config.identifier = read.value("identifier", names, config.identifier, as_string);
    config.nodaemon = read.value("nodaemon", names, config.nodaemon, to_boolean);
    config.silent = read.value("silent", names, config.silent, to_boolean);
    config.childlogdir = read.checked("childlogdir", [&] {
        return existing_directory(read.text("childlogdir", names).value_or(system_temp_directory()));
    });
    config.nocleanup = read.value("nocleanup", names, config.nocleanup, to_boolean);
    config.strip_ansi = read.value("strip_ansi", names, config.strip_ansi, to_boolean);
    config.plugin_dirs = read.value("plugin_dirs", names, config.plugin_dirs, [&](const std::string& text) {
        std::vector<std::string> dirs;
        std::istringstream words(text);
        for (std::string word; words >> word;) dirs.push_back(join_path(context.here, expand_user(word)));
        return dirs;
    });

    // The reference expands environment= twice: once as every value, then
    // again with %(host_node_name)s available too.
    Expansions environment_names = context.environment;
    environment_names["here"] = context.here;
    environment_names["host_node_name"] = context.host_node_name;
    config.environment = read.checked("environment", [&] {
        return to_key_value_pairs(expand(read.text("environment", names).value_or(""), environment_names,
                                         "environment"));
    });
    for (const auto& [key, value] : config.environment) context.environment["ENV_" + key] = value;
    return config;
}

}  // namespace sup::config
