// [unix_http_server], [inet_http_server] and [supervisorctl].
#pragma once

#include <optional>

#include "config/load_context.hpp"
#include "config/model.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

// Each is nullopt when its section is absent. Throw ConfigError.
std::optional<UnixHttpServerConfig> read_unix_http_server(const ParsedDocument& document, const LoadContext& context);
std::optional<InetHttpServerConfig> read_inet_http_server(const ParsedDocument& document, const LoadContext& context);
std::optional<CtlConfig> read_supervisorctl(const ParsedDocument& document, const LoadContext& context);

}  // namespace sup::config
