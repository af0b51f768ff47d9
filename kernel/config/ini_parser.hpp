// The INI front end: the reference's configparser rules (RawConfigParser
// with inline ';'/'#' comments after whitespace, non-strict merging,
// indented continuation lines, lower-cased keys, [DEFAULT]).
#pragma once

#include <string>
#include <string_view>

#include "config/parsed_document.hpp"

namespace sup::config {

// Parses `text` into `document` as reading one more file into the same
// configparser would. `file` names it in locations and messages. Throws
// ConfigError.
// Returns the index the file got in the document.
std::uint32_t parse_ini(std::string_view text, const std::string& file, ParsedDocument& document);

}  // namespace sup::config
