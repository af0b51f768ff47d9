// All process groups: [group:x] (heterogeneous), then each [program:x] not in
// a group, each [eventlistener:x] pool, each [fcgi-program:x] not in a group;
// finally sorted by (priority, name) as the reference sorts them.
#pragma once

#include <vector>

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

std::vector<GroupConfig> read_process_groups(const ParsedDocument& document, LoadContext& context);

}  // namespace sup::config
