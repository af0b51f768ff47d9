// Every event type of the reference, with its place in the type hierarchy.
// Subscribing to an abstract parent (EVENT, PROCESS_STATE, ...) receives
// every concrete type below it, as the reference's isinstance() check does.
#pragma once

#include <optional>
#include <string_view>

namespace sup::events {

enum class EventType : int {
    EVENT,  // abstract root
    PROCESS_STATE,  // abstract
    PROCESS_STATE_STOPPED,
    PROCESS_STATE_EXITED,
    PROCESS_STATE_STARTING,
    PROCESS_STATE_STOPPING,
    PROCESS_STATE_BACKOFF,
    PROCESS_STATE_FATAL,
    PROCESS_STATE_RUNNING,
    PROCESS_STATE_UNKNOWN,
    PROCESS_COMMUNICATION,  // abstract
    PROCESS_COMMUNICATION_STDOUT,
    PROCESS_COMMUNICATION_STDERR,
    PROCESS_LOG,  // abstract
    PROCESS_LOG_STDOUT,
    PROCESS_LOG_STDERR,
    REMOTE_COMMUNICATION,
    SUPERVISOR_STATE_CHANGE,  // abstract
    SUPERVISOR_STATE_CHANGE_RUNNING,
    SUPERVISOR_STATE_CHANGE_STOPPING,
    TICK,  // abstract
    TICK_5,
    TICK_60,
    TICK_3600,
    PROCESS_GROUP,  // abstract
    PROCESS_GROUP_ADDED,
    PROCESS_GROUP_REMOVED,
    // Not raised by the reference 4.2.5 (it only logs an overflow); kept from
    // supervisor 3.x because listeners in the wild still subscribe to it.
    EVENT_BUFFER_OVERFLOW,
    COUNT_
};

constexpr int kEventTypeCount = static_cast<int>(EventType::COUNT_);

std::string_view event_type_name(EventType t);
std::optional<EventType> event_type_from_name(std::string_view name);
EventType parent_of(EventType t);  // EVENT is its own parent
bool is_a(EventType t, EventType ancestor);
bool is_abstract(EventType t);

}  // namespace sup::events
