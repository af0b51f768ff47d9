// [supervisord]: the daemon's own settings.
#pragma once

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// Throws ConfigError (also when the section is missing). Adds the
// section's environment= to context.environment as ENV_x names, which
// every later section can then use.
SupervisordConfig read_supervisord_section(const ParsedDocument& document, LoadContext& context);

}  // namespace sup::config
