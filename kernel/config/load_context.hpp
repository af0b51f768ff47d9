// What loading one config needs besides the text: where the main file is,
// the names %(...)s can use, and the messages collected on the way.
#pragma once

#include <string>
#include <vector>

#include "config/expansion.hpp"

namespace sup::config {

struct LoadContext {
    std::string file;            // the main file, as given
    std::string here;            // its directory, absolute
    std::string host_node_name;  // %(host_node_name)s
    // ENV_x for each variable of supervisord's environment at load time;
    // [supervisord] environment= adds to it, as in the reference.
    Expansions environment;
    std::vector<std::string> warnings;
    std::vector<std::string> infos;

    explicit LoadContext(const std::string& main_file);
};

}  // namespace sup::config
