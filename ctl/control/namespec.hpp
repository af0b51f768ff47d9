// Process names as users write them: "name", "group:name", "group:*".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sup::ctl {

struct Namespec {
    std::string group;
    std::optional<std::string> process;  // nullopt: the whole group ("g:" or "g:*")
};

// "web" is group web, process web, as the reference reads it.
Namespec split_namespec(std::string_view text);

// "web" when group and process share the name, else "group:process".
std::string make_namespec(std::string_view group, std::string_view process);

}  // namespace sup::ctl
