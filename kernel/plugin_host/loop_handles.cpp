#include "plugin_host/loop_handles.hpp"

#include <poll.h>

#include <boost/asio/post.hpp>

#include "plugin_host/plugin_context.hpp"
#include "runtime/main_log.hpp"

sup_watch::sup_watch(boost::asio::io_context& io, sup_plugin_ctx* owner, int fd, sup_watch_fn fn, void* user_data)
    : io_(io), owner_(owner), fd_(fd), fn_(fn), user_data_(user_data), descriptor_(io) {}

sup_watch::~sup_watch() {
    if (descriptor_.is_open()) descriptor_.release();
}

bool sup_watch::attach(std::string& error) {
    boost::system::error_code ec;
    descriptor_.assign(fd_, ec);
    if (ec) error = "cannot watch fd " + std::to_string(fd_) + ": " + ec.message();
    return !ec;
}

void sup_watch::set_events(int events) {
    events_ = events & (SUP_READABLE | SUP_WRITABLE);
    arm();
}

// Leaves the loop at once, not when the last callback holding it is done:
// the plugin may close the fd and have the number reused right away.
void sup_watch::cancel() {
    cancelled_ = true;
    ++generation_;
    if (descriptor_.is_open()) descriptor_.release();
}

void sup_watch::arm() {
    const unsigned generation = ++generation_;
    boost::system::error_code ignored;
    descriptor_.cancel(ignored);  // the waits armed before complete as outdated
    if (cancelled_ || events_ == 0) return;
    auto waiter = [this, generation](int ready) {
        return [self = shared_from_this(), generation, ready](const boost::system::error_code& ec) {
            if (!ec) self->fire(generation, ready);
        };
    };
    if (events_ & SUP_READABLE)
        descriptor_.async_wait(boost::asio::posix::descriptor_base::wait_read, waiter(SUP_READABLE));
    if (events_ & SUP_WRITABLE)
        descriptor_.async_wait(boost::asio::posix::descriptor_base::wait_write, waiter(SUP_WRITABLE));
    // Asio's epoll registration is edge-triggered: an fd that is ready now
    // (data left unread) would never wake it again. Level-triggered
    // semantics come from this one check.
    pollfd p{fd_, 0, 0};
    if (events_ & SUP_READABLE) p.events |= POLLIN;
    if (events_ & SUP_WRITABLE) p.events |= POLLOUT;
    if (::poll(&p, 1, 0) <= 0) return;
    if (p.revents & POLLNVAL) {
        // Closed behind our back: calling on would spin.
        sup::mainlog::error("plugin " + owner_->name + " closed fd " + std::to_string(fd_) +
                            " while watching it; the watch is paused");
        events_ = 0;
        descriptor_.cancel(ignored);
        return;
    }
    int ready = 0;
    // Hang-ups and errors are reported as readable: the read says what happened.
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) ready |= events_ & SUP_READABLE;
    if (p.revents & (POLLOUT | POLLERR)) ready |= events_ & SUP_WRITABLE;
    boost::asio::post(io_, [self = shared_from_this(), generation, ready = ready ? ready : events_] {
        self->fire(generation, ready);
    });
}

// `ready` comes from the wait that completed or from arm()'s check; a
// spurious wake-up costs the plugin one EAGAIN, never a lost event.
void sup_watch::fire(unsigned generation, int ready) {
    if (generation != generation_ || cancelled_ || !owner_->is_alive()) return;
    ready &= events_;
    if (!ready) return arm();
    ++generation_;  // the other wait (if any) is outdated by this turn
    const unsigned after_call = generation_;
    auto keep = shared_from_this();  // the callback may cancel the watch
    fn_(user_data_, fd_, ready);
    if (generation_ == after_call) arm();  // unless the callback re-armed or cancelled it
}

sup_timer::sup_timer(boost::asio::io_context& io, sup_plugin_ctx* owner, uint64_t milliseconds, sup_callback_fn fn,
                     void* user_data)
    : owner(owner), timer(io, std::chrono::milliseconds(milliseconds)), fn(fn), user_data(user_data) {
    static uint64_t next_id = 1;
    id = next_id++;
}

namespace sup::plugin_host {

void start_timer(sup_timer& timer) {
    sup_plugin_ctx* owner = timer.owner;
    timer.timer.async_wait([owner, handle = &timer, id = timer.id,
                            alive = owner->alive](const boost::system::error_code& ec) {
        // A cancelled timer is gone; one that expired just before it was
        // cancelled still gets here with success, and its address may now
        // belong to a newer timer: the id tells them apart.
        if (ec || !alive->load()) return;
        auto it = owner->timers.find(handle);
        if (it == owner->timers.end() || it->second->id != id) return;
        std::unique_ptr<sup_timer> fired = std::move(it->second);
        owner->timers.erase(it);
        fired->fn(fired->user_data);
    });
}

}  // namespace sup::plugin_host
