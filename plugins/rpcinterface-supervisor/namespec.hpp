// Process names as clients write them: "name" (a program's own group),
// "group:name", or "group:" / "group:*" for the whole group.
#pragma once

#include <optional>
#include <string>

namespace sup::rpc_supervisor {

struct Namespec {
    std::string group;
    std::optional<std::string> process;  // nullopt: the whole group
};

Namespec split_namespec(const std::string& namespec);

// "name" when the process is its group's namesake, else "group:name".
std::string make_namespec(const std::string& group, const std::string& process);

}  // namespace sup::rpc_supervisor
