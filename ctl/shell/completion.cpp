#include "shell/completion.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "config/python_text.hpp"
#include "control/command_table.hpp"
#include "control/controller.hpp"

namespace sup::ctl {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

void add_unique(std::vector<std::string>& matches, std::string candidate) {
    if (std::find(matches.begin(), matches.end(), candidate) == matches.end()) matches.push_back(std::move(candidate));
}

std::vector<std::string> command_names(const std::string& word) {
    std::vector<std::string> matches;
    for (const Command& command : all_commands())
        if (command.name != "EOF" && starts_with(command.name, word)) add_unique(matches, std::string(command.name));
    return matches;
}

std::vector<std::string> group_names(Controller& ctl, const std::string& word) {
    std::vector<std::string> matches;
    for (const Value& info : ctl.process_infos_for_completion())
        if (starts_with(info["group"].text(), word)) add_unique(matches, info["group"].text());
    return matches;
}

// "name" for a process alone in its group, "group:name" and "group:*"
// otherwise, or for all once the word has a ':'.
std::vector<std::string> process_names(Controller& ctl, const std::string& word) {
    std::vector<std::string> matches;
    const bool qualified = word.find(':') != std::string::npos;
    for (const Value& info : ctl.process_infos_for_completion()) {
        const std::string& group = info["group"].text();
        const std::string& name = info["name"].text();
        std::vector<std::string> candidates;
        if (qualified || name != group) candidates = {group + ":" + name, group + ":*"};
        else candidates = {name};
        for (std::string& candidate : candidates)
            if (starts_with(candidate, word)) add_unique(matches, std::move(candidate));
    }
    return matches;
}

std::vector<std::string> method_names(Controller& ctl, const std::string& word) {
    std::vector<std::string> matches;
    const Value methods = ctl.rpc().call("system.listMethods");
    for (const Value& method : methods.array())
        if (starts_with(method.text(), word)) add_unique(matches, method.text());
    return matches;
}

template <std::size_t N>
bool is_one_of(std::string_view action, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), action) != names.end();
}

constexpr std::array<std::string_view, 3> kGroupCommands = {"add", "remove", "update"};
constexpr std::array<std::string_view, 9> kProcessCommands = {"clear",  "fg",    "pid",    "restart", "signal",
                                                              "start", "status", "stop", "tail"};

}  // namespace

std::vector<std::string> completions(Controller& ctl, const std::string& line, const std::string& word) {
    const std::vector<std::string_view> words = config::py_split(line);
    if (words.empty()) return command_names(word);
    const std::string_view action = words.front();
    if (words.size() == 1 && !line.empty() && line.back() != ' ') return command_names(word);
    // The reference tests `action in ('help')`, a substring test: "he" counts.
    if (std::string_view("help").find(action) != std::string_view::npos) return command_names(word);
    if (is_one_of(action, kGroupCommands)) return group_names(ctl, word);
    if (is_one_of(action, kProcessCommands)) return process_names(ctl, word);
    if (action == "call") return method_names(ctl, word);
    return {};
}

}  // namespace sup::ctl
