// One [program:x] (or [eventlistener:x], [fcgi-program:x]) section into its
// processes: numprocs of them, each with its process_num expanded.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// How many processes one config may define, and how much text they may
// hold together (a long command times a large numprocs).
inline constexpr std::size_t kMaxProcesses = 100000;
inline constexpr std::size_t kMaxProcessBytes = 256u << 20;
struct ProcessBudget {
    std::size_t remaining = kMaxProcesses;
    std::size_t bytes_remaining = kMaxProcessBytes;
};

// The processes sorted by (priority, name). Throws ConfigError; adds the
// reference's per-process warnings to `context`.
std::vector<ProcessConfig> read_program_section(const ParsedDocument& document, const ParsedSection& section,
                                                const std::string& group_name, LoadContext& context,
                                                ProcessBudget& budget);

// Sorts processes or groups as the reference does: by priority, then name,
// keeping the order of equals.
template <class Configs>
void sort_by_priority(Configs& configs);

}  // namespace sup::config

#include <algorithm>

template <class Configs>
void sup::config::sort_by_priority(Configs& configs) {
    std::stable_sort(configs.begin(), configs.end(), [](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
    });
}
