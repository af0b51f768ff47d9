// Plugin fd watches and timers on the kernel's Asio loop: the ABI's opaque
// sup_watch and sup_timer.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdint>
#include <memory>

#include "supervisor/plugin.h"

// Level-triggered on top of Asio's edge-triggered waits: every (re)arm
// also polls the fd once, so readiness that came before the wait is seen.
struct sup_watch : std::enable_shared_from_this<sup_watch> {
    sup_watch(boost::asio::io_context& io, sup_plugin_ctx* owner, int fd, sup_watch_fn fn, void* user_data);
    ~sup_watch();  // leaves the fd open: it is the plugin's

    // Binds the fd to the loop; false (with `error`) if epoll refuses it.
    bool attach(std::string& error);
    void set_events(int events);  // 0 pauses
    void cancel();
    sup_plugin_ctx* owner() const { return owner_; }

private:
    void arm();
    void fire(unsigned generation, int ready);

    boost::asio::io_context& io_;
    sup_plugin_ctx* owner_;
    int fd_;
    sup_watch_fn fn_;
    void* user_data_;
    boost::asio::posix::stream_descriptor descriptor_;
    int events_ = 0;
    bool cancelled_ = false;
    unsigned generation_ = 0;  // outdates waits armed before the last change
};

// One shot. Owned by its plugin's context until it fires or is cancelled.
struct sup_timer {
    sup_timer(boost::asio::io_context& io, sup_plugin_ctx* owner, uint64_t milliseconds, sup_callback_fn fn,
              void* user_data);

    sup_plugin_ctx* owner;
    uint64_t id;  // unique: tells a late handler from a reused address
    boost::asio::steady_timer timer;
    sup_callback_fn fn;
    void* user_data;
};

namespace sup::plugin_host {

// Starts `timer` (owned by owner->timers): it removes itself, then calls back.
void start_timer(sup_timer& timer);

}  // namespace sup::plugin_host
