// Every event type of the reference, with its place in the type hierarchy.
// The plugin ABI owns the numbers.
// Subscribing to an abstract parent (EVENT, PROCESS_STATE, ...) receives
// every concrete type below it, as the reference's isinstance() check does.
#pragma once

#include <optional>
#include <string_view>

#include "supervisor/plugin.h"

namespace sup::events {

enum class EventType : int {
    EVENT = SUP_EV_EVENT,  // abstract root
    PROCESS_STATE = SUP_EV_PROCESS_STATE,  // abstract
    PROCESS_STATE_STOPPED = SUP_EV_PROCESS_STATE_STOPPED,
    PROCESS_STATE_EXITED = SUP_EV_PROCESS_STATE_EXITED,
    PROCESS_STATE_STARTING = SUP_EV_PROCESS_STATE_STARTING,
    PROCESS_STATE_STOPPING = SUP_EV_PROCESS_STATE_STOPPING,
    PROCESS_STATE_BACKOFF = SUP_EV_PROCESS_STATE_BACKOFF,
    PROCESS_STATE_FATAL = SUP_EV_PROCESS_STATE_FATAL,
    PROCESS_STATE_RUNNING = SUP_EV_PROCESS_STATE_RUNNING,
    PROCESS_STATE_UNKNOWN = SUP_EV_PROCESS_STATE_UNKNOWN,
    PROCESS_COMMUNICATION = SUP_EV_PROCESS_COMMUNICATION,  // abstract
    PROCESS_COMMUNICATION_STDOUT = SUP_EV_PROCESS_COMMUNICATION_STDOUT,
    PROCESS_COMMUNICATION_STDERR = SUP_EV_PROCESS_COMMUNICATION_STDERR,
    PROCESS_LOG = SUP_EV_PROCESS_LOG,  // abstract
    PROCESS_LOG_STDOUT = SUP_EV_PROCESS_LOG_STDOUT,
    PROCESS_LOG_STDERR = SUP_EV_PROCESS_LOG_STDERR,
    REMOTE_COMMUNICATION = SUP_EV_REMOTE_COMMUNICATION,
    SUPERVISOR_STATE_CHANGE = SUP_EV_SUPERVISOR_STATE_CHANGE,  // abstract
    SUPERVISOR_STATE_CHANGE_RUNNING = SUP_EV_SUPERVISOR_STATE_CHANGE_RUNNING,
    SUPERVISOR_STATE_CHANGE_STOPPING = SUP_EV_SUPERVISOR_STATE_CHANGE_STOPPING,
    TICK = SUP_EV_TICK,  // abstract
    TICK_5 = SUP_EV_TICK_5,
    TICK_60 = SUP_EV_TICK_60,
    TICK_3600 = SUP_EV_TICK_3600,
    PROCESS_GROUP = SUP_EV_PROCESS_GROUP,  // abstract
    PROCESS_GROUP_ADDED = SUP_EV_PROCESS_GROUP_ADDED,
    PROCESS_GROUP_REMOVED = SUP_EV_PROCESS_GROUP_REMOVED,
    // Not raised by the reference 4.2.5 (it only logs an overflow); kept from
    // supervisor 3.x because listeners in the wild still subscribe to it.
    EVENT_BUFFER_OVERFLOW = SUP_EV_EVENT_BUFFER_OVERFLOW,
    COUNT_
};

constexpr int kEventTypeCount = static_cast<int>(EventType::COUNT_);

std::string_view event_type_name(EventType t);
std::optional<EventType> event_type_from_name(std::string_view name);
EventType parent_of(EventType t);  // EVENT is its own parent
bool is_a(EventType t, EventType ancestor);
bool is_abstract(EventType t);

}  // namespace sup::events
