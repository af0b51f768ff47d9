// The socket of an [fcgi-program:x]: socket=, socket_owner=, socket_mode=,
// socket_backlog=.
#pragma once

#include "config/expansion.hpp"
#include "config/model.hpp"
#include "config/section_reader.hpp"

namespace sup::config {

// `names` are the group-level names (%(here)s and ENV_x); socket= also gets
// %(program_name)s. Throws ConfigError.
SocketConfig read_fcgi_socket(const SectionReader& read, const Expansions& names, const std::string& program_name);

}  // namespace sup::config
