// The TOML front end: maps a TOML document onto the same sections of
// key -> text the INI front end produces, so one loader types both. The
// mapping rules are in docs/config-toml.md.
#pragma once

#include <string>
#include <string_view>

#include "config/parsed_document.hpp"

namespace sup::config {

// Adds `text`'s sections to `document`; throws ConfigError naming the file
// and line.
// Returns the index the file got in the document.
std::uint32_t parse_toml(std::string_view text, const std::string& file, ParsedDocument& document);

}  // namespace sup::config
