#include "config/process_groups.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "config/datatypes.hpp"
#include "config/fcgi_socket.hpp"
#include "config/program_section.hpp"
#include "config/python_text.hpp"
#include "config/section_reader.hpp"

namespace sup::config {
namespace {

// The event type names a listener may subscribe to: the reference's, plus
// EVENT_BUFFER_OVERFLOW, which the kernel's event table keeps from 3.x.
constexpr std::string_view kEventTypeNames[] = {
    "EVENT",
    "PROCESS_STATE",
    "PROCESS_STATE_STOPPED",
    "PROCESS_STATE_EXITED",
    "PROCESS_STATE_STARTING",
    "PROCESS_STATE_STOPPING",
    "PROCESS_STATE_BACKOFF",
    "PROCESS_STATE_FATAL",
    "PROCESS_STATE_RUNNING",
    "PROCESS_STATE_UNKNOWN",
    "PROCESS_COMMUNICATION",
    "PROCESS_COMMUNICATION_STDOUT",
    "PROCESS_COMMUNICATION_STDERR",
    "PROCESS_LOG",
    "PROCESS_LOG_STDOUT",
    "PROCESS_LOG_STDERR",
    "REMOTE_COMMUNICATION",
    "SUPERVISOR_STATE_CHANGE",
    "SUPERVISOR_STATE_CHANGE_RUNNING",
    "SUPERVISOR_STATE_CHANGE_STOPPING",
    "TICK",
    "TICK_5",
    "TICK_60",
    "TICK_3600",
    "PROCESS_GROUP",
    "PROCESS_GROUP_ADDED",
    "PROCESS_GROUP_REMOVED",
    "EVENT_BUFFER_OVERFLOW",
};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string section_suffix(const std::string& section) { return section.substr(section.find(':') + 1); }

std::string checked_name(const SectionReader& read) {
    try {
        return to_process_or_group_name(section_suffix(read.name()));
    } catch (const ValueProblem& problem) {
        read.fail_section(problem.what());
    }
}

class GroupsReader {
public:
    GroupsReader(const ParsedDocument& document, LoadContext& context) : document_(document), context_(context) {
        names_ = context.environment;
        names_["here"] = context.here;
    }

    std::vector<GroupConfig> read() {
        for_each_section("group:", [&](const SectionReader& read) { read_heterogeneous(read); });
        for_each_section("program:", [&](const SectionReader& read) {
            if (!grouped_.count(read.name())) read_homogeneous(read, GroupConfig::Kind::Program);
        });
        for_each_section("eventlistener:", [&](const SectionReader& read) { read_listener_pool(read); });
        for_each_section("fcgi-program:", [&](const SectionReader& read) {
            if (!grouped_.count(read.name())) read_homogeneous(read, GroupConfig::Kind::FastCgi);
        });
        sort_by_priority(groups_);
        warn_about_duplicate_names();
        return std::move(groups_);
    }

private:
    template <class Visit>
    void for_each_section(std::string_view prefix, Visit visit) {
        for (const ParsedSection& section : document_.sections())
            if (starts_with(section.name(), prefix)) visit(SectionReader(document_, section));
    }

    GroupConfig start_group(const SectionReader& read, GroupConfig::Kind kind, std::string name, int priority) {
        GroupConfig group;
        group.kind = kind;
        group.name = std::move(name);
        group.priority = priority;
        group.where = read.where();
        return group;
    }

    void read_heterogeneous(const SectionReader& read) {
        const std::string name = checked_name(read);
        const auto programs = read.value("programs", names_, std::vector<std::string>{}, to_list_of_strings);
        GroupConfig group = start_group(read, GroupConfig::Kind::Heterogeneous, name,
                                        read.value("priority", names_, 999, to_integer));
        for (const std::string& program : programs) {
            const ParsedSection* plain = document_.find_section("program:" + program);
            const ParsedSection* fcgi = document_.find_section("fcgi-program:" + program);
            if (!plain && !fcgi)
                read.fail("programs", "[" + read.name() + "] names unknown program or fcgi-program " + program);
            if (plain && fcgi)
                read.fail("programs", "[" + read.name() + "] name " + program +
                                          " is ambiguous (exists as program and fcgi-program)");
            const ParsedSection& member = plain ? *plain : *fcgi;
            grouped_.insert(member.name());
            auto processes = read_program_section(document_, member, name, context_, budget_);
            std::move(processes.begin(), processes.end(), std::back_inserter(group.processes));
        }
        sort_by_priority(group.processes);
        groups_.push_back(std::move(group));
    }

    void read_homogeneous(const SectionReader& read, GroupConfig::Kind kind) {
        const std::string name = checked_name(read);
        GroupConfig group = start_group(read, kind, name, read.value("priority", names_, 999, to_integer));
        if (kind == GroupConfig::Kind::FastCgi) group.socket = read_fcgi_socket(read, names_, name);
        group.processes = read_program_section(document_, read.section(), name, context_, budget_);
        groups_.push_back(std::move(group));
    }

    void read_listener_pool(const SectionReader& read) {
        const std::string name = checked_name(read);
        // Listeners start first and stop last unless told otherwise.
        GroupConfig group = start_group(read, GroupConfig::Kind::EventListenerPool, name,
                                        read.value("priority", names_, -1, to_integer));
        EventListenerConfig listener;
        listener.buffer_size = read.value("buffer_size", names_, listener.buffer_size, to_integer);
        if (listener.buffer_size < 1)
            read.fail("buffer_size", "[" + read.name() + "] section sets invalid buffer_size (" +
                                         std::to_string(listener.buffer_size) + ")");
        listener.result_handler = read.text("result_handler", names_).value_or(listener.result_handler);
        for (const std::string& event : read.value("events", names_, std::vector<std::string>{}, to_list_of_strings)) {
            std::string type = ascii_upper(event);
            if (std::find(std::begin(kEventTypeNames), std::end(kEventTypeNames), type) == std::end(kEventTypeNames))
                read.fail("events", "Unknown event type " + type + " in [" + read.name() + "] events");
            if (std::find(listener.events.begin(), listener.events.end(), type) == listener.events.end())
                listener.events.push_back(std::move(type));
        }
        if (listener.events.empty()) read.fail_section("[" + read.name() + "] section requires an \"events\" line");
        if (read.value("redirect_stderr", names_, false, to_boolean))
            read.fail("redirect_stderr", "[" + read.name() +
                                             "] section sets redirect_stderr=true but this is not allowed because "
                                             "it will interfere with the eventlistener protocol");
        group.listener = std::move(listener);
        group.processes = read_program_section(document_, read.section(), name, context_, budget_);
        groups_.push_back(std::move(group));
    }

    void warn_about_duplicate_names() {
        std::map<std::string_view, const GroupConfig*> first_by_name;
        for (const GroupConfig& group : groups_) {
            const auto [first, is_new] = first_by_name.emplace(group.name, &group);
            if (!is_new)
                context_.warnings.push_back("Group name " + py_repr(group.name) + " is defined more than once: " +
                                            describe_location(first->second->where) + " and " +
                                            describe_location(group.where));
        }
    }

    const ParsedDocument& document_;
    LoadContext& context_;
    Expansions names_;  // what group-level keys can use: %(here)s and ENV_x
    ProcessBudget budget_;
    std::set<std::string> grouped_;  // program sections a [group:x] took
    std::vector<GroupConfig> groups_;
};

}  // namespace

std::vector<GroupConfig> read_process_groups(const ParsedDocument& document, LoadContext& context) {
    return GroupsReader(document, context).read();
}

}  // namespace sup::config
