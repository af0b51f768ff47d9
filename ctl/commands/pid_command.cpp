// pid [name ...|all]: supervisord's pid, or its children's.
#include <algorithm>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "text/value_repr.hpp"

namespace sup::ctl {

bool pid_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> names = config::py_split(arg);
    if (names.empty()) {
        ctl.output(python_str(ctl.supervisor("getPID")));
        return false;
    }
    if (std::find(names.begin(), names.end(), "all") != names.end()) {
        const Value infos = ctl.supervisor("getAllProcessInfo");
        for (const Value& info : infos.array()) ctl.output(python_str(info["pid"]));
        return false;
    }
    for (const std::string_view name : names) {
        try {
            const Value info = ctl.supervisor("getProcessInfo", {std::string(name)});
            ctl.output(python_str(info["pid"]));
            if (info["pid"].integer() == 0) ctl.set_exit_status(exit_status::kNotRunning);
        } catch (const Fault& error) {
            ctl.set_exit_status(exit_status::kGeneric);
            if (error.code() != fault::kBadName) throw;
            ctl.output("No such process " + std::string(name));
        }
    }
    return false;
}

}  // namespace sup::ctl
