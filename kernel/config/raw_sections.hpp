// Sections kept for plugins, uninterpreted: [rpcinterface:x] and [plugin:x].
#pragma once

#include <string_view>
#include <vector>

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// Every section whose name starts with `prefix`, in file order, with its
// values expanded (%(here)s, ENV_x) and [DEFAULT] keys included as the
// reference passes them. When `required_key` is not empty each section
// must set it. Throws ConfigError.
std::vector<RawSection> read_raw_sections(const ParsedDocument& document, const LoadContext& context,
                                          std::string_view prefix, std::string_view required_key);

}  // namespace sup::config
