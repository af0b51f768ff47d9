// Naming of AUTO child logs, as the reference: a new empty file
// "<name>-<channel>---<identifier>-XXXXXX.log" in childlogdir, created at
// group add so every plugin (writer, RPC reader) agrees on the path.
#pragma once

#include <string>

#include "config/model.hpp"

namespace sup {

// The path for one channel's log: the configured path, "" for NONE, or a
// fresh AUTO file. An AUTO file that cannot be created logs a warning and
// gives "" (the output then goes nowhere, the process still runs).
std::string resolve_logfile(const config::LogTarget& target, const std::string& process_name,
                            const char* channel, const config::SupervisordConfig& sd);

}  // namespace sup
