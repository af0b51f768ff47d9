// Every section of the document, as plugins read it (host config_get).
#pragma once

#include <vector>

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// All sections in file order with their keys ([DEFAULT] ones included, as
// the reference shows them). A value is %(...)s-expanded with the names any
// section may use (here, ENV_x); one that needs more (a program's
// %(process_num)s, say) is kept as written. Never throws for a value.
std::vector<RawSection> read_all_sections(const ParsedDocument& document, const LoadContext& context);

}  // namespace sup::config
