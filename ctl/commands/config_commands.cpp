// avail, reread, update, add and remove: the daemon's configuration.
#include <algorithm>
#include <map>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/namespec.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "text/columns.hpp"
#include "text/value_repr.hpp"

namespace sup::ctl {
namespace {

std::string config_info_line(const Value& info) {
    std::string line;
    append_padded(line, make_namespec(info["group"].text(), info["name"].text()), 32);
    line += ' ';
    append_padded(line, info["inuse"].truth() ? "in use" : "avail", 9);
    line += ' ';
    append_padded(line, info["autostart"].truth() ? "auto" : "manual", 9);
    line += ' ';
    return line + python_str(info["group_prio"]) + ":" + python_str(info["process_prio"]);
}

struct Changes {
    std::vector<std::string> added, changed, removed;
};

// reloadConfig's [[added, changed, removed]].
Changes changes_of(const Value& result) {
    const Value& lists = result[std::size_t{0}];
    Changes changes;
    for (const Value& name : lists[std::size_t{0}].array()) changes.added.push_back(name.text());
    for (const Value& name : lists[std::size_t{1}].array()) changes.changed.push_back(name.text());
    for (const Value& name : lists[std::size_t{2}].array()) changes.removed.push_back(name.text());
    return changes;
}

void print_changes(Controller& ctl, const Changes& changes) {
    std::map<std::string, const char*> what;  // sorted by name; a later list wins
    for (const std::string& name : changes.added) what[name] = "available";
    for (const std::string& name : changes.changed) what[name] = "changed";
    for (const std::string& name : changes.removed) what[name] = "disappeared";
    if (what.empty()) ctl.output("No config updates to processes");
    for (const auto& [name, change] : what) ctl.output(name + ": " + change);
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool avail_command(Controller& ctl, const std::string& arg) {
    if (refuse_arguments(ctl, arg, "avail")) return false;
    try {
        const Value infos = ctl.supervisor("getAllConfigInfo");
        for (const Value& info : infos.array()) ctl.output(config_info_line(info));
    } catch (const Fault& error) {
        ctl.set_exit_status(exit_status::kGeneric);
        if (error.code() != fault::kShutdownState) throw;
        ctl.output("ERROR: supervisor shutting down");
    }
    return false;
}

bool reread_command(Controller& ctl, const std::string& arg) {
    if (refuse_arguments(ctl, arg, "reread")) return false;
    try {
        print_changes(ctl, changes_of(ctl.supervisor("reloadConfig")));
    } catch (const Fault& error) {
        ctl.set_exit_status(exit_status::kGeneric);
        if (error.code() == fault::kShutdownState) ctl.output("ERROR: supervisor shutting down");
        else if (error.code() == fault::kCantReread) ctl.output("ERROR: " + error.text());
        else throw;
    }
    return false;
}

bool update_command(Controller& ctl, const std::string& arg) {
    Changes changes;
    try {
        changes = changes_of(ctl.supervisor("reloadConfig"));
    } catch (const Fault& error) {
        ctl.set_exit_status(exit_status::kGeneric);
        if (error.code() != fault::kShutdownState) throw;
        ctl.output("ERROR: already shutting down");
        return false;
    }
    // The groups named, if any ("all" means every group).
    std::vector<std::string> wanted;
    for (const std::string_view name : config::py_split(arg))
        if (!contains(wanted, std::string(name))) wanted.emplace_back(name);
    if (contains(wanted, "all")) wanted.clear();
    if (!wanted.empty()) {
        std::vector<std::string> known = changes.added;
        const Value infos = ctl.supervisor("getAllProcessInfo");
        for (const Value& info : infos.array()) known.push_back(info["group"].text());
        for (const std::string& name : wanted) {
            if (contains(known, name)) continue;
            ctl.output("ERROR: no such group: " + name);
            ctl.set_exit_status(exit_status::kGeneric);
        }
    }
    const auto skipped = [&](const std::string& group) { return !wanted.empty() && !contains(wanted, group); };

    for (const std::string& group : changes.removed) {
        if (skipped(group)) continue;
        const Value results = ctl.supervisor("stopProcessGroup", {group});
        ctl.output(group + ": stopped");
        const bool failed = std::any_of(results.array().begin(), results.array().end(), [](const Value& result) {
            return result["status"].integer() == fault::kFailed;
        });
        if (failed) {
            ctl.output(group + ": has problems; not removing");
            ctl.set_exit_status(exit_status::kGeneric);
            continue;
        }
        ctl.supervisor("removeProcessGroup", {group});
        ctl.output(group + ": removed process group");
    }
    for (const std::string& group : changes.changed) {
        if (skipped(group)) continue;
        ctl.supervisor("stopProcessGroup", {group});
        ctl.output(group + ": stopped");
        ctl.supervisor("removeProcessGroup", {group});
        ctl.supervisor("addProcessGroup", {group});
        ctl.output(group + ": updated process group");
    }
    for (const std::string& group : changes.added) {
        if (skipped(group)) continue;
        ctl.supervisor("addProcessGroup", {group});
        ctl.output(group + ": added process group");
    }
    return false;
}

bool add_command(Controller& ctl, const std::string& arg) {
    for (const std::string_view view : config::py_split(arg)) {
        const std::string name(view);
        try {
            ctl.supervisor("addProcessGroup", {name});
            ctl.output(name + ": added process group");
        } catch (const Fault& error) {
            if (error.code() == fault::kShutdownState) {
                ctl.output("ERROR: shutting down");
                ctl.set_exit_status(exit_status::kGeneric);
            } else if (error.code() == fault::kAlreadyAdded) {
                ctl.output("ERROR: process group already active");
            } else if (error.code() == fault::kBadName) {
                ctl.output("ERROR: no such process/group: " + name);
                ctl.set_exit_status(exit_status::kGeneric);
            } else {
                ctl.set_exit_status(exit_status::kGeneric);
                throw;
            }
        }
    }
    return false;
}

bool remove_command(Controller& ctl, const std::string& arg) {
    for (const std::string_view view : config::py_split(arg)) {
        const std::string name(view);
        try {
            ctl.supervisor("removeProcessGroup", {name});
            ctl.output(name + ": removed process group");
        } catch (const Fault& error) {
            ctl.set_exit_status(exit_status::kGeneric);
            if (error.code() == fault::kStillRunning) ctl.output("ERROR: process/group still running: " + name);
            else if (error.code() == fault::kBadName) ctl.output("ERROR: no such process/group: " + name);
            else throw;
        }
    }
    return false;
}

}  // namespace sup::ctl
