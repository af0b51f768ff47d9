#include "config/loader.hpp"

#include <unordered_map>

#include "config/all_sections.hpp"
#include "config/error_format.hpp"
#include "config/known_keys.hpp"
#include "config/paths.hpp"
#include "config/process_groups.hpp"
#include "config/program_section.hpp"
#include "config/raw_sections.hpp"
#include "config/server_sections.hpp"
#include "config/supervisord_section.hpp"

namespace sup::config {
namespace {

// [supervisord] environment= under the process's own: the process's value
// wins, and keys keep their first position.
Environment merged_environment(const Environment& global, const Environment& own) {
    Environment merged = global;
    std::unordered_map<std::string, std::size_t> position_of;
    for (std::size_t i = 0; i < merged.size(); ++i) position_of.emplace(merged[i].first, i);
    for (const auto& [key, value] : own) {
        const auto [slot, is_new] = position_of.try_emplace(key, merged.size());
        if (is_new) merged.emplace_back(key, value);
        else merged[slot->second].second = value;
    }
    return merged;
}

// Every process gets its own copy of [supervisord] environment=, so a big
// one times many processes must stay within the same bound as the rest.
void check_merged_size(const Config& config, const ParsedDocument& document) {
    std::size_t global = 0, processes = 0;
    for (const auto& [key, value] : config.supervisord.environment) global += key.size() + value.size();
    for (const GroupConfig& group : config.groups) processes += group.processes.size();
    if (global == 0 || processes <= kMaxProcessBytes / global) return;
    const ParsedSection& section = *document.find_section("supervisord");
    throw value_error("supervisord", "environment", document.location(*document.get(section, "environment")),
                      "copied into " + std::to_string(processes) + " processes it would take more than " +
                          std::to_string(kMaxProcessBytes >> 20) + " MiB");
}

}  // namespace

Config build_config(const ParsedDocument& document, LoadContext& context) {
    warn_about_unknown_keys(document, context.warnings);
    Config config;
    config.path = normalize_path(context.file);
    config.here = context.here;
    // In the reference's order, so that the first of several problems is the
    // one reported.
    config.supervisord = read_supervisord_section(document, context);
    config.rpcinterfaces =
        read_raw_sections(document, context, "rpcinterface:", "supervisor.rpcinterface_factory");
    config.groups = read_process_groups(document, context);
    check_merged_size(config, document);
    for (GroupConfig& group : config.groups)
        for (ProcessConfig& process : group.processes)
            process.environment = merged_environment(config.supervisord.environment, process.environment);
    config.inet_http_server = read_inet_http_server(document, context);
    config.unix_http_server = read_unix_http_server(document, context);
    config.supervisorctl = read_supervisorctl(document, context);
    config.plugins = read_raw_sections(document, context, "plugin:", "");
    config.sections = read_all_sections(document, context);
    config.warnings = std::move(context.warnings);
    config.infos = std::move(context.infos);
    return config;
}

}  // namespace sup::config
