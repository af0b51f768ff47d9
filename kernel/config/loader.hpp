// From the parsed sections to the typed model: the one place that turns
// text into a Config, whichever front end produced the text.
#pragma once

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// Throws ConfigError.
Config build_config(const ParsedDocument& document, LoadContext& context);

}  // namespace sup::config
