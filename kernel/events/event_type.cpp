#include "events/event_type.hpp"

#include <array>

namespace sup::events {
namespace {

struct TypeInfo {
    std::string_view name;
    EventType parent;
    bool abstract;
};

using E = EventType;
constexpr std::array<TypeInfo, kEventTypeCount> kTypes{{
    {"EVENT", E::EVENT, true},
    {"PROCESS_STATE", E::EVENT, true},
    {"PROCESS_STATE_STOPPED", E::PROCESS_STATE, false},
    {"PROCESS_STATE_EXITED", E::PROCESS_STATE, false},
    {"PROCESS_STATE_STARTING", E::PROCESS_STATE, false},
    {"PROCESS_STATE_STOPPING", E::PROCESS_STATE, false},
    {"PROCESS_STATE_BACKOFF", E::PROCESS_STATE, false},
    {"PROCESS_STATE_FATAL", E::PROCESS_STATE, false},
    {"PROCESS_STATE_RUNNING", E::PROCESS_STATE, false},
    {"PROCESS_STATE_UNKNOWN", E::PROCESS_STATE, false},
    {"PROCESS_COMMUNICATION", E::EVENT, true},
    {"PROCESS_COMMUNICATION_STDOUT", E::PROCESS_COMMUNICATION, false},
    {"PROCESS_COMMUNICATION_STDERR", E::PROCESS_COMMUNICATION, false},
    {"PROCESS_LOG", E::EVENT, true},
    {"PROCESS_LOG_STDOUT", E::PROCESS_LOG, false},
    {"PROCESS_LOG_STDERR", E::PROCESS_LOG, false},
    {"REMOTE_COMMUNICATION", E::EVENT, false},
    {"SUPERVISOR_STATE_CHANGE", E::EVENT, true},
    {"SUPERVISOR_STATE_CHANGE_RUNNING", E::SUPERVISOR_STATE_CHANGE, false},
    {"SUPERVISOR_STATE_CHANGE_STOPPING", E::SUPERVISOR_STATE_CHANGE, false},
    {"TICK", E::EVENT, true},
    {"TICK_5", E::TICK, false},
    {"TICK_60", E::TICK, false},
    {"TICK_3600", E::TICK, false},
    {"PROCESS_GROUP", E::EVENT, true},
    {"PROCESS_GROUP_ADDED", E::PROCESS_GROUP, false},
    {"PROCESS_GROUP_REMOVED", E::PROCESS_GROUP, false},
    {"EVENT_BUFFER_OVERFLOW", E::EVENT, false},
}};

const TypeInfo& info(EventType t) { return kTypes[static_cast<int>(t)]; }

}  // namespace

std::string_view event_type_name(EventType t) { return info(t).name; }

std::optional<EventType> event_type_from_name(std::string_view name) {
    for (int i = 0; i < kEventTypeCount; ++i)
        if (kTypes[i].name == name) return static_cast<EventType>(i);
    return std::nullopt;
}

EventType parent_of(EventType t) { return info(t).parent; }

bool is_abstract(EventType t) { return info(t).abstract; }

bool is_a(EventType t, EventType ancestor) {
    for (;;) {
        if (t == ancestor) return true;
        if (t == EventType::EVENT) return false;
        t = parent_of(t);
    }
}

}  // namespace sup::events
