#include "target.hpp"

#include "namespec.hpp"

namespace sup::rpc_supervisor {

std::optional<Target> resolve(Call& call, const std::string& namespec) {
    const Namespec spec = split_namespec(namespec);
    if (group_exists(call.self(), spec.group)) {
        if (!spec.process) return Target{spec.group, std::nullopt};
        for (auto& view : group_processes(call.self(), spec.group))
            if (view.name == *spec.process) return Target{spec.group, std::move(view)};
    }
    call.fail(BAD_NAME, namespec);
    return std::nullopt;
}

std::optional<ProcessView> resolve_process(Call& call, const std::string& namespec) {
    auto target = resolve(call, namespec);
    if (!target) return std::nullopt;
    if (!target->process) {
        call.fail(BAD_NAME, namespec);
        return std::nullopt;
    }
    return std::move(target->process);
}

}  // namespace sup::rpc_supervisor
