// status [name|group:*|all ...]
#include <algorithm>
#include <vector>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/namespec.hpp"
#include "control/rpc_constants.hpp"
#include "text/columns.hpp"

namespace sup::ctl {
namespace {

// The reference's columns: the name padded to 3 past the longest name (at
// least 30), the state padded to 10, then the description.
void show_statuses(Controller& ctl, const std::vector<const Value*>& infos) {
    if (infos.empty()) return;
    std::vector<std::string> names;
    std::size_t longest = 30;
    for (const Value* info : infos) {
        names.push_back(make_namespec((*info)["group"].text(), (*info)["name"].text()));
        longest = std::max(longest, config::code_point_count(names.back()));
    }
    std::string lines;
    for (std::size_t i = 0; i < infos.size(); ++i) {
        append_padded(lines, names[i], longest + 3);
        append_padded(lines, (*infos[i])["statename"].text(), 10);
        lines += (*infos[i])["description"].text();
        lines += '\n';
    }
    lines.pop_back();  // output() ends the last line
    ctl.output(lines);
}

}  // namespace

bool status_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) {
        ctl.set_exit_status(exit_status::kStatusUnknown);  // whatever upcheck said
        return false;
    }
    const Value all = ctl.supervisor("getAllProcessInfo");
    const std::vector<std::string_view> names = config::py_split(arg);
    std::vector<const Value*> matching;
    const bool everything = names.empty() || std::find(names.begin(), names.end(), "all") != names.end();
    for (const std::string_view name : names) {
        if (everything) break;
        const Namespec spec = split_namespec(name);
        bool found = false;
        for (const Value& info : all.array()) {
            if (info["group"].text() != spec.group) continue;
            if (spec.process && info["name"].text() != *spec.process) continue;
            matching.push_back(&info);
            found = true;
        }
        if (!found) {
            ctl.output(spec.process ? std::string(name) + ": ERROR (no such process)"
                                    : spec.group + ": ERROR (no such group)");
            ctl.set_exit_status(exit_status::kStatusUnknown);
        }
    }
    if (everything)
        for (const Value& info : all.array()) matching.push_back(&info);
    show_statuses(ctl, matching);
    for (const Value* info : matching)
        if (process_state::is_stopped((*info)["state"].integer())) ctl.set_exit_status(exit_status::kStatusNotRunning);
    return false;
}

}  // namespace sup::ctl
