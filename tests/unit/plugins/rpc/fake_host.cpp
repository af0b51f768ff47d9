#include "fake_host.hpp"

#include <poll.h>

#include <algorithm>
#include <string_view>

// The value tree and calls, as the C ABI sees them.
struct sup_value {
    int32_t type = SUP_VALUE_STRING;
    int64_t integer = 0;
    double real = 0;
    std::string text;
    std::vector<sup_value*> items;
    std::vector<std::string> keys;
};

struct sup_rpc_call {
    sup::test::FakeHost* host;
    std::vector<std::unique_ptr<sup_value>> arena;
    sup_rpc_result_fn done = nullptr;
    void* ud = nullptr;
};

struct sup_watch {};
struct sup_timer {};

namespace sup::test {

namespace {

FakeHost& host_of(sup_plugin_ctx* ctx) { return *reinterpret_cast<FakeHost*>(ctx); }

sup_value* make(sup_rpc_call* call, int32_t type) {
    call->arena.push_back(std::make_unique<sup_value>());
    call->arena.back()->type = type;
    return call->arena.back().get();
}

void finish(sup_rpc_call* call, const sup_value* result, int code, const char* text) {
    if (call->done) call->done(call->ud, result, code, text);
    delete call;
}

void fill(sup_host_api& api) {
    api.struct_size = sizeof api;
    api.abi_major = SUP_ABI_MAJOR;
    api.abi_minor = SUP_ABI_MINOR;
    api.log = [](sup_plugin_ctx* ctx, int, const char* m, size_t n) { host_of(ctx).log_.emplace_back(m, n); };
    api.log_enabled = [](sup_plugin_ctx*, int) { return 1; };
    api.config_get = [](sup_plugin_ctx* ctx, const char* section, const char* key) -> const char* {
        auto& config = host_of(ctx).config_;
        auto s = config.find(section);
        if (s == config.end()) return nullptr;
        auto k = s->second.find(key);
        return k == s->second.end() ? nullptr : k->second.c_str();
    };
    api.config_own_section = [](sup_plugin_ctx*) { return ""; };
    api.main_logfile = [](sup_plugin_ctx* ctx) { return host_of(ctx).main_logfile_.c_str(); };
    api.process_find = [](sup_plugin_ctx*, const char*) -> sup_process_id { return 0; };
    api.rpc_call_new = [](sup_plugin_ctx* ctx) { return new sup_rpc_call{&host_of(ctx), {}}; };
    api.rpc_call_discard = [](sup_rpc_call* call) { delete call; };
    api.rpc_invoke = [](sup_rpc_call* call, const char* method, const sup_value* params, sup_rpc_result_fn done,
                        void* ud) {
        call->done = done;
        call->ud = ud;
        auto& methods = call->host->methods_;
        auto it = methods.find(method);
        if (it == methods.end()) return finish(call, nullptr, 1, "UNKNOWN_METHOD");
        it->second(call, params);
    };
    api.rpc_return = [](sup_rpc_call* call, const sup_value* result) { finish(call, result, 0, nullptr); };
    api.rpc_fault = [](sup_rpc_call* call, int code, const char* message) {
        finish(call, nullptr, code < 0 ? -code : code, message ? message : "FAULT");
    };
    api.value_int = [](sup_rpc_call* c, int64_t v) { auto* x = make(c, SUP_VALUE_INT); x->integer = v; return x; };
    api.value_bool = [](sup_rpc_call* c, int v) { auto* x = make(c, SUP_VALUE_BOOL); x->integer = v != 0; return x; };
    api.value_double = [](sup_rpc_call* c, double v) { auto* x = make(c, SUP_VALUE_DOUBLE); x->real = v; return x; };
    api.value_string = [](sup_rpc_call* c, const char* s, size_t n) {
        auto* x = make(c, SUP_VALUE_STRING); x->text.assign(s, n); return x;
    };
    api.value_datetime = [](sup_rpc_call* c, const char* s) { auto* x = make(c, SUP_VALUE_DATETIME); x->text = s; return x; };
    api.value_binary = [](sup_rpc_call* c, const char* s, size_t n) {
        auto* x = make(c, SUP_VALUE_BINARY); x->text.assign(s, n); return x;
    };
    api.value_array = [](sup_rpc_call* c) { return make(c, SUP_VALUE_ARRAY); };
    api.value_struct = [](sup_rpc_call* c) { return make(c, SUP_VALUE_STRUCT); };
    api.array_append = [](sup_value* a, sup_value* item) { a->items.push_back(item); };
    api.struct_set = [](sup_value* s, const char* key, sup_value* item) {
        s->keys.emplace_back(key);
        s->items.push_back(item);
    };
    api.value_type = [](const sup_value* v) { return v->type; };
    api.value_get_int = [](const sup_value* v) { return v->integer; };
    api.value_get_double = [](const sup_value* v) { return v->real; };
    api.value_get_string = [](const sup_value* v, size_t* len) {
        if (len) *len = v->text.size();
        return v->text.c_str();
    };
    api.value_count = [](const sup_value* v) { return v->items.size(); };
    api.array_get = [](const sup_value* v, size_t i) -> const sup_value* { return v->items.at(i); };
    api.struct_key_at = [](const sup_value* v, size_t i) { return v->keys.at(i).c_str(); };
    api.struct_value_at = [](const sup_value* v, size_t i) -> const sup_value* { return v->items.at(i); };
    api.watch_fd = [](sup_plugin_ctx* ctx, int fd, int events, sup_watch_fn fn, void* ud) {
        auto w = std::make_shared<FakeHost::Watch>(FakeHost::Watch{fd, events, fn, ud});
        host_of(ctx).watches.push_back(w);
        return reinterpret_cast<sup_watch*>(w.get());
    };
    api.watch_update = [](sup_watch* w, int events) { reinterpret_cast<FakeHost::Watch*>(w)->events = events; };
    api.watch_cancel = [](sup_watch* w) { reinterpret_cast<FakeHost::Watch*>(w)->cancelled = true; };
    api.timer_start = [](sup_plugin_ctx* ctx, uint64_t ms, sup_callback_fn fn, void* ud) {
        auto t = std::make_shared<FakeHost::Timer>(
            FakeHost::Timer{std::chrono::steady_clock::now() + std::chrono::milliseconds(ms), fn, ud});
        host_of(ctx).timers.push_back(t);
        return reinterpret_cast<sup_timer*>(t.get());
    };
    api.timer_cancel = [](sup_timer* t) { reinterpret_cast<FakeHost::Timer*>(t)->cancelled = true; };
    api.post = [](sup_plugin_ctx* ctx, sup_callback_fn fn, void* ud) { host_of(ctx).posts.emplace_back(fn, ud); };
    api.last_error = [](sup_plugin_ctx*) { return ""; };
}

}  // namespace

FakeHost::FakeHost() { fill(api_); }
FakeHost::~FakeHost() = default;

void FakeHost::turn(std::chrono::milliseconds max_wait) {
    std::erase_if(watches, [](const auto& w) { return w->cancelled; });
    std::erase_if(timers, [](const auto& t) { return t->cancelled; });
    auto wait = max_wait;
    const auto now = std::chrono::steady_clock::now();
    for (const auto& t : timers)
        wait = std::min(wait, std::max(std::chrono::milliseconds(0),
                                       std::chrono::duration_cast<std::chrono::milliseconds>(t->due - now)));
    if (!posts.empty()) wait = std::chrono::milliseconds(0);

    std::vector<std::shared_ptr<Watch>> polled;
    std::vector<pollfd> fds;
    for (const auto& w : watches) {
        if (w->events == 0) continue;
        polled.push_back(w);
        fds.push_back({w->fd, static_cast<short>(((w->events & SUP_READABLE) ? POLLIN : 0) |
                                                 ((w->events & SUP_WRITABLE) ? POLLOUT : 0)),
                       0});
    }
    ::poll(fds.data(), fds.size(), static_cast<int>(wait.count()));
    for (std::size_t i = 0; i < fds.size(); ++i) {
        auto& w = polled[i];
        if (w->cancelled || fds[i].revents == 0) continue;
        int events = 0;
        if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) && (w->events & SUP_READABLE)) events |= SUP_READABLE;
        if ((fds[i].revents & (POLLOUT | POLLHUP | POLLERR)) && (w->events & SUP_WRITABLE)) events |= SUP_WRITABLE;
        if (events) w->fn(w->ud, w->fd, events);
    }
    const auto fired_at = std::chrono::steady_clock::now();
    auto due = timers;
    for (auto& t : due) {
        if (t->cancelled || t->due > fired_at) continue;
        t->cancelled = true;  // one-shot
        t->fn(t->ud);
    }
    auto ready = std::move(posts);
    posts.clear();
    for (auto& [fn, ud] : ready) fn(ud);
}

bool FakeHost::run_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        turn(std::chrono::milliseconds(20));
    }
    return true;
}

void FakeHost::run_for(std::chrono::milliseconds duration) {
    const auto deadline = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < deadline) turn(std::chrono::milliseconds(10));
}

}  // namespace sup::test
