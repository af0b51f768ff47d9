#include "supervisor/ticker.hpp"

#include <chrono>

#include "events/payloads.hpp"

namespace sup {

using events::EventType;

Ticker::Ticker(boost::asio::io_context& io, events::EventBus& bus)
    : io_(io),
      bus_(bus),
      periods_{{{EventType::TICK_5, 5, nullptr},
                {EventType::TICK_60, 60, nullptr},
                {EventType::TICK_3600, 3600, nullptr}}} {}

void Ticker::update() {
    for (auto& period : periods_) {
        bool wanted = bus_.wanted(period.type);
        if (wanted && !period.timer) {
            period.timer = std::make_unique<boost::asio::steady_timer>(io_);
            arm(period);
        } else if (!wanted && period.timer) {
            period.timer.reset();  // cancels; the handler sees operation_aborted
        }
    }
}

// Fire at the next wall-clock multiple of the period, with the slice's start
// as `when`, as the reference's timeslice() does.
void Ticker::arm(Period& period) {
    using namespace std::chrono;
    auto now = system_clock::now();
    long long now_s = duration_cast<seconds>(now.time_since_epoch()).count();
    long long next_slice = now_s - (now_s % period.seconds) + period.seconds;
    auto wait = system_clock::time_point(seconds(next_slice)) - now;
    period.timer->expires_after(duration_cast<steady_clock::duration>(wait));
    period.timer->async_wait([this, &period, next_slice](const boost::system::error_code& ec) {
        if (ec) return;
        arm(period);  // first, so a handler that unsubscribes can cancel it
        bus_.publish({period.type, events::tick_payload(next_slice)});
    });
}

}  // namespace sup
