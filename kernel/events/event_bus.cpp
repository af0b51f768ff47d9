#include "events/event_bus.hpp"

#include <algorithm>

namespace sup::events {

EventBus::Token EventBus::subscribe(EventType type, Handler handler) {
    Token token = next_token_++;
    subscriptions_.push_back({token, type, std::move(handler)});
    ++direct_count_[static_cast<int>(type)];
    if (subscriptions_changed_) subscriptions_changed_();
    return token;
}

void EventBus::unsubscribe(Token token) {
    for (auto& s : subscriptions_) {
        if (s.token != token || !s.handler) continue;
        s.handler = nullptr;  // removed for good by compact(), never mid-publish
        --direct_count_[static_cast<int>(s.type)];
        break;
    }
    if (publishing_depth_ == 0) compact();
    if (subscriptions_changed_) subscriptions_changed_();
}

void EventBus::publish(const Event& event) {
    ++publishing_depth_;
    // By index: a handler may subscribe (appending) while we iterate.
    for (size_t i = 0; i < subscriptions_.size(); ++i) {
        if (!subscriptions_[i].handler || !is_a(event.type, subscriptions_[i].type)) continue;
        Handler handler = subscriptions_[i].handler;  // survives its own unsubscribe
        handler(event);
    }
    if (--publishing_depth_ == 0) compact();
}

bool EventBus::wanted(EventType type) const {
    for (;;) {
        if (direct_count_[static_cast<int>(type)] > 0) return true;
        if (type == EventType::EVENT) return false;
        type = parent_of(type);
    }
}

void EventBus::set_subscriptions_changed(std::function<void()> observer) {
    subscriptions_changed_ = std::move(observer);
}

void EventBus::compact() {
    std::erase_if(subscriptions_, [](const Subscription& s) { return !s.handler; });
}

}  // namespace sup::events
