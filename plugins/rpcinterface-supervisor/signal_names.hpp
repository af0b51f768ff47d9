// Signals as signalProcess accepts them: a number ("1", 1) or a name with
// or without "SIG", any case ("hup", "SIGHUP").
#pragma once

#include <optional>
#include <string>

namespace sup::rpc_supervisor {

std::optional<int> parse_signal(const std::string& text);
std::optional<int> valid_signal_number(long long number);

}  // namespace sup::rpc_supervisor
