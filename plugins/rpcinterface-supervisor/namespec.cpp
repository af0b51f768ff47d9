#include "namespec.hpp"

namespace sup::rpc_supervisor {

Namespec split_namespec(const std::string& namespec) {
    const auto colon = namespec.find(':');
    if (colon == std::string::npos) return {namespec, namespec};
    Namespec spec{namespec.substr(0, colon), namespec.substr(colon + 1)};
    if (spec.process->empty() || *spec.process == "*") spec.process.reset();
    return spec;
}

std::string make_namespec(const std::string& group, const std::string& process) {
    return group == process ? process : group + ":" + process;
}

}  // namespace sup::rpc_supervisor
