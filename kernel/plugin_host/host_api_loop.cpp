// The loop: fd watches, timers, and post() -- the one host function any
// thread may call.
#include <boost/asio/post.hpp>

#include "plugin_host/host_api.hpp"
#include "plugin_host/loop_handles.hpp"

namespace sup::plugin_host {
namespace {

sup_watch* watch_fd(sup_plugin_ctx* ctx, int fd, int events, sup_watch_fn fn, void* user_data) {
    if (fd < 0 || !fn) {
        ctx->fail(SUP_ERR_BAD_ARGUMENTS, "watch_fd needs an open fd and a callback");
        return nullptr;
    }
    auto watch = std::make_shared<sup_watch>(host_of(ctx).supervisor().io(), ctx, fd, fn, user_data);
    std::string error;
    if (!watch->attach(error)) {
        ctx->fail(SUP_ERR_FAILED, error);
        return nullptr;
    }
    watch->set_events(events);
    ctx->watches.emplace(watch.get(), watch);
    return watch.get();
}

void watch_update(sup_watch* w, int events) {
    if (w) w->set_events(events);
}

void watch_cancel(sup_watch* w) {
    if (!w) return;
    w->cancel();
    w->owner()->watches.erase(w);  // a callback in progress keeps its own reference
}

sup_timer* timer_start(sup_plugin_ctx* ctx, uint64_t milliseconds, sup_callback_fn fn, void* user_data) {
    if (!fn) {
        ctx->fail(SUP_ERR_BAD_ARGUMENTS, "timer_start needs a callback");
        return nullptr;
    }
    auto timer = std::make_unique<sup_timer>(host_of(ctx).supervisor().io(), ctx, milliseconds, fn, user_data);
    sup_timer* handle = timer.get();
    start_timer(*timer);
    ctx->timers.emplace(handle, std::move(timer));
    return handle;
}

void timer_cancel(sup_timer* t) {
    if (t) t->owner->timers.erase(t);  // destroying the Asio timer cancels its wait
}

void post(sup_plugin_ctx* ctx, sup_callback_fn fn, void* user_data) {
    if (!fn) return;
    boost::asio::post(host_of(ctx).supervisor().io(), [alive = ctx->alive, fn, user_data] {
        if (alive->load()) fn(user_data);
    });
}

}  // namespace

void fill_loop_api(sup_host_api& api) {
    api.watch_fd = watch_fd;
    api.watch_update = watch_update;
    api.watch_cancel = watch_cancel;
    api.timer_start = timer_start;
    api.timer_cancel = timer_cancel;
    api.post = post;
}

}  // namespace sup::plugin_host
