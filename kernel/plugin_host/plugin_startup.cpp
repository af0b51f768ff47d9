#include "plugin_host/plugin_startup.hpp"

#include <algorithm>

#include "config/load.hpp"
#include "runtime/main_log.hpp"

namespace sup::plugin_host {

std::string start_plugins(PluginHost& host, const config::Config& config, const std::vector<std::string>& dirs) {
    std::vector<PluginRequest> plan;
    try {
        plan = plan_plugins(config);
    } catch (const config::ConfigError& e) {
        return e.what();
    }
    PluginSet set = load_plugin_set(plan, dirs);
    for (const auto& warning : set.warnings) mainlog::warn(warning);
    if (!set.error.empty()) return set.error;
    host.adopt(std::move(set.plugins));
    return host.init_all();
}

namespace {

struct Row {
    std::string name, version, abi, path, why;
};

void print_rows(const std::vector<Row>& rows, std::FILE* out) {
    std::size_t widths[4] = {};
    for (const Row& r : rows) {
        const std::string* cells[4] = {&r.name, &r.version, &r.abi, &r.path};
        for (int i = 0; i < 4; ++i) widths[i] = std::max(widths[i], cells[i]->size());
    }
    for (const Row& r : rows)
        std::fprintf(out, "%-*s  %-*s  %-*s  %-*s  %s\n", int(widths[0]), r.name.c_str(), int(widths[1]),
                     r.version.c_str(), int(widths[2]), r.abi.c_str(), int(widths[3]), r.path.c_str(),
                     r.why.c_str());
}

}  // namespace

int list_plugins(const config::Config& config, const std::vector<std::string>& dirs, std::FILE* out) {
    std::string search;
    for (const auto& d : dirs) search += " " + d;
    std::fprintf(out, "plugin search path:%s\n", search.c_str());
    const std::vector<PluginRequest> plan = plan_plugins(config);
    if (plan.empty()) {
        std::fprintf(out, "no plugins: nothing in this config asks for one\n");
        return 0;
    }
    std::vector<Row> rows{{"NAME", "VERSION", "ABI", "PATH", "WHY"}};
    std::vector<std::string> problems;
    int exit_code = 0;
    for (const auto& request : plan) {
        Row row{request.name, "-", "-", "-", describe_reasons(request)};
        if (const auto path = resolve_plugin_path(request, dirs); !path) {
            row.path = "(not found)";
            problems.push_back((request.required ? "error: " : "warning: ") + not_found_message(request, dirs));
            if (request.required) exit_code = 1;
        } else if (auto opened = open_plugin(request, *path); auto* error = std::get_if<std::string>(&opened)) {
            row.path = *path;
            problems.push_back("error: " + *error);
            exit_code = 1;
        } else {
            const sup_plugin_descriptor& d = *std::get<LoadedPlugin>(opened).descriptor;
            row.path = *path;
            row.version = d.version ? d.version : "-";
            row.abi = abi_text(d.abi_major, d.abi_minor);
        }
        rows.push_back(std::move(row));
    }
    print_rows(rows, out);
    for (const auto& problem : problems) std::fprintf(out, "%s\n", problem.c_str());
    return exit_code;
}

}  // namespace sup::plugin_host
