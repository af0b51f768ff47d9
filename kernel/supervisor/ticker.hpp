// TICK_5 / TICK_60 / TICK_3600 events. A period's timer runs only while
// someone subscribes to that tick (or to TICK or EVENT), so an idle daemon
// with no listeners has no timer at all.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <memory>

#include "events/event_bus.hpp"

namespace sup {

class Ticker {
public:
    Ticker(boost::asio::io_context& io, events::EventBus& bus);
    // Start or stop each period's timer to match the current subscriptions.
    void update();

private:
    struct Period {
        events::EventType type;
        int seconds;
        std::unique_ptr<boost::asio::steady_timer> timer;  // null = not running
    };
    void arm(Period& period);

    boost::asio::io_context& io_;
    events::EventBus& bus_;
    std::array<Period, 3> periods_;
};

}  // namespace sup
