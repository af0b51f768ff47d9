// The sample configuration echo_supervisord_conf prints: every section and
// every key with its default, most of it commented out. It loads as is.
#pragma once

#include <string_view>

namespace sup::config {

std::string_view sample_config_text();

}  // namespace sup::config
