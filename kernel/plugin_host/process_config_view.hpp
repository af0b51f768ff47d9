// A process's config as the ABI shows it (sup_process_config), with the
// storage its pointers refer to. Built once per process and kept while the
// process exists.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "process/process.hpp"
#include "supervisor/plugin.h"
#include "supervisor/process_group.hpp"

namespace sup::plugin_host {

struct ProcessConfigView {
    std::vector<int32_t> exitcodes;
    std::vector<std::string> environment;  // "KEY=value"
    std::vector<const char*> environment_pointers;
    std::string events;  // space-separated
    sup_process_config view{};
};

std::unique_ptr<ProcessConfigView> make_config_view(const process::Process& p, const ProcessGroup& group);

}  // namespace sup::plugin_host
