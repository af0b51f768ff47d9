// The in-process event bus. Subscribers name a type; an abstract parent
// (EVENT, PROCESS_STATE, ...) receives every concrete type below it.
// Delivery is synchronous, on the loop thread, in subscription order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "events/event_type.hpp"

namespace sup::events {

struct Event {
    EventType type;
    std::string payload;  // the reference's serialization, byte for byte
    std::uint64_t process = 0;  // PROCESS_* events: the process's id; else 0
};

class EventBus {
public:
    using Handler = std::function<void(const Event&)>;
    using Token = std::uint64_t;

    Token subscribe(EventType type, Handler handler);
    void unsubscribe(Token token);
    void publish(const Event& event);

    // True if publishing a `type` event would reach anyone: lets producers
    // skip building payloads (and TICK timers stay off) when nobody listens.
    bool wanted(EventType type) const;

    // Called after every subscribe/unsubscribe (the TICK scheduler uses it).
    void set_subscriptions_changed(std::function<void()> observer);

private:
    struct Subscription {
        Token token;
        EventType type;
        Handler handler;  // empty once unsubscribed during a publish
    };
    void compact();

    std::vector<Subscription> subscriptions_;
    int direct_count_[kEventTypeCount] = {};
    Token next_token_ = 1;
    int publishing_depth_ = 0;
    std::function<void()> subscriptions_changed_;
};

}  // namespace sup::events
