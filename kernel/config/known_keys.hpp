// The keys each kind of section knows. The reference ignores anything else
// silently; we accept it too but warn, since it is usually a typo.
#pragma once

#include <string>
#include <vector>

#include "config/parsed_document.hpp"

namespace sup::config {

// Adds "Unknown key 'k' in section 's' (file: 'f', line n)" for each key a
// known section does not know, and "Unknown section 's' ignored (...)" for
// each section no one reads. Keys shown through from [DEFAULT] are not
// checked: they apply to every section by design.
void warn_about_unknown_keys(const ParsedDocument& document, std::vector<std::string>& warnings);

}  // namespace sup::config
