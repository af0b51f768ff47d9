/*
 * supervisor-cpp plugin ABI: a header-only C++ layer over plugin.h.
 *
 * Nothing here crosses the boundary but what plugin.h defines: this file
 * only wraps the C calls in RAII handles and std::function callbacks, and
 * turns C++ exceptions into error codes and faults before they could reach
 * the host. C++17 or later.
 *
 *   class Hello {
 *   public:
 *       explicit Hello(supervisor::Host& host) : host_(host) {
 *           host.add_method("hello.greet", "string,string", "Greets.",
 *               [](supervisor::Call call, supervisor::Value params) {
 *                   call.reply(call.string("hello " + std::string(params[0].as_string())));
 *               });
 *       }
 *   private:
 *       supervisor::Host& host_;
 *   };
 *   SUPERVISOR_PLUGIN(Hello, "hello", "1.0", SUP_KIND_RPC_INTERFACE)
 *
 * The plugin class is constructed in init (throw to refuse to start: the
 * exception's text becomes the one-line reason) and destroyed in fini. An
 * optional `void reopen_logs()` member is called on SIGUSR2. Handles
 * (Subscription, Timer, Watch) cancel what they stand for when destroyed,
 * so members of the plugin class clean up by themselves.
 */
#ifndef SUPERVISOR_PLUGIN_HPP
#define SUPERVISOR_PLUGIN_HPP

#include <chrono>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "supervisor/plugin.h"

namespace supervisor {

/* A read-only view of an RPC value (parameters, results). Reading a value
 * as the wrong type gives 0 / "" / an empty view, never a crash. */
class Value {
public:
    Value(const sup_host_api* api, const sup_value* value) : api_(api), value_(value) {}

    explicit operator bool() const { return value_ != nullptr; }
    int type() const { return api_->value_type(value_); }
    bool is(sup_value_type t) const { return type() == t; }
    int64_t as_int() const { return api_->value_get_int(value_); }
    bool as_bool() const { return api_->value_get_int(value_) != 0; }
    double as_double() const { return api_->value_get_double(value_); }
    std::string_view as_string() const {
        size_t len = 0;
        const char* s = api_->value_get_string(value_, &len);
        return s ? std::string_view(s, len) : std::string_view();
    }
    size_t size() const { return api_->value_count(value_); }  // array items, struct members
    Value operator[](size_t index) const { return {api_, api_->array_get(value_, index)}; }
    Value get(const char* key) const { return {api_, api_->struct_get(value_, key)}; }
    std::string_view key_at(size_t index) const {
        const char* k = api_->struct_key_at(value_, index);
        return k ? k : std::string_view();
    }
    Value value_at(size_t index) const { return {api_, api_->struct_value_at(value_, index)}; }
    const sup_value* raw() const { return value_; }

private:
    const sup_host_api* api_;
    const sup_value* value_;
};

/* One RPC call to answer: build the result in the call's arena, then
 * reply or fault exactly once -- now, or later from another callback
 * (copy the Call; it is a handle). */
class Call {
public:
    Call(const sup_host_api* api, sup_rpc_call* call) : api_(api), call_(call) {}

    sup_value* integer(int64_t v) const { return api_->value_int(call_, v); }
    sup_value* boolean(bool v) const { return api_->value_bool(call_, v ? 1 : 0); }
    sup_value* real(double v) const { return api_->value_double(call_, v); }
    sup_value* string(std::string_view s) const { return api_->value_string(call_, s.data(), s.size()); }
    sup_value* datetime(const char* iso8601) const { return api_->value_datetime(call_, iso8601); }
    sup_value* binary(std::string_view bytes) const { return api_->value_binary(call_, bytes.data(), bytes.size()); }
    sup_value* array() const { return api_->value_array(call_); }
    sup_value* structure() const { return api_->value_struct(call_); }
    void append(sup_value* array, sup_value* item) const { api_->array_append(array, item); }
    void set(sup_value* strct, const char* key, sup_value* item) const { api_->struct_set(strct, key, item); }

    void reply(const sup_value* result) const { api_->rpc_return(call_, result); }
    /* code: the fault code (10) or SUP_ERR_* (-10); message: the whole
     * faultString, empty for the code's bare name. */
    void fault(int code, const std::string& message = std::string()) const {
        api_->rpc_fault(call_, code, message.empty() ? nullptr : message.c_str());
    }
    sup_rpc_call* raw() const { return call_; }

private:
    const sup_host_api* api_;
    sup_rpc_call* call_;
};

/* Owns one registration (subscription, timer, watch) and cancels it when
 * destroyed or reset. Move-only. */
class Handle {
public:
    Handle() = default;
    Handle(Handle&&) noexcept = default;
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            state_ = std::move(other.state_);
        }
        return *this;
    }
    ~Handle() { reset(); }

    void reset() {
        if (state_) state_->cancel();
        state_.reset();
    }
    explicit operator bool() const { return state_ && state_->active(); }

protected:
    struct State {
        virtual ~State() = default;
        virtual void cancel() = 0;
        virtual bool active() const { return true; }
    };
    explicit Handle(std::unique_ptr<State> state) : state_(std::move(state)) {}
    std::unique_ptr<State> state_;

    friend class Host;
};

using Subscription = Handle;
using Timer = Handle;

class Watch : public Handle {
public:
    Watch() = default;
    void update(int events);  // SUP_READABLE | SUP_WRITABLE; 0 pauses

private:
    using Handle::Handle;
    friend class Host;
};

/* The host as a plugin sees it: every call goes through the C table. */
class Host {
public:
    Host(const sup_host_api* api, sup_plugin_ctx* ctx) : api_(api), ctx_(ctx) {}
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    const sup_host_api* api() const { return api_; }
    sup_plugin_ctx* ctx() const { return ctx_; }

    /* True if this host's table has `member` (hosts of an older minor
     * version lack what was appended later). */
    template <class M>
    bool provides(M sup_host_api::*member) const {
        const auto offset = reinterpret_cast<const char*>(&(api_->*member)) - reinterpret_cast<const char*>(api_);
        return static_cast<size_t>(offset) + sizeof(M) <= api_->struct_size;
    }

    void log(int level, std::string_view message) const { api_->log(ctx_, level, message.data(), message.size()); }
    void debug(std::string_view m) const { log(SUP_LOG_DEBUG, m); }
    void info(std::string_view m) const { log(SUP_LOG_INFO, m); }
    void warn(std::string_view m) const { log(SUP_LOG_WARN, m); }
    void error(std::string_view m) const { log(SUP_LOG_ERROR, m); }
    std::string_view last_error() const {
        return provides(&sup_host_api::last_error) ? api_->last_error(ctx_) : std::string_view();
    }

    /* Raw config values ("as written", %(...)s expanded). */
    std::optional<std::string_view> config(const char* section, const char* key) const {
        const char* v = api_->config_get(ctx_, section, key);
        return v ? std::optional<std::string_view>(v) : std::nullopt;
    }
    std::string_view own_section() const { return api_->config_own_section(ctx_); }
    /* A key of this plugin's own section ([plugin:NAME] and the like). */
    std::optional<std::string_view> own(const char* key) const { return config(api_->config_own_section(ctx_), key); }

    /* Events: `type` is a sup_event_type; an abstract one gets its subtypes. */
    Subscription on_event(int32_t type, std::function<void(const sup_event&)> fn) {
        struct S : Handle::State {
            const sup_host_api* api;
            sup_plugin_ctx* ctx;
            uint64_t token = 0;
            std::function<void(const sup_event&)> fn;
            void cancel() override { api->event_unsubscribe(ctx, token); }
            static void call(void* self, const sup_event* e) {
                guarded(static_cast<S*>(self)->api, static_cast<S*>(self)->ctx, [&] { static_cast<S*>(self)->fn(*e); });
            }
        };
        auto s = std::make_unique<S>();
        s->api = api_;
        s->ctx = ctx_;
        s->fn = std::move(fn);
        s->token = api_->event_subscribe(ctx_, type, &S::call, s.get());
        if (!s->token) return Subscription();
        return Subscription(std::move(s));
    }

    /* Every chunk of child output (except claimed groups' stdout). */
    Subscription on_output(std::function<void(const sup_output&)> fn) {
        struct S : Handle::State {
            const sup_host_api* api;
            sup_plugin_ctx* ctx;
            uint64_t token = 0;
            std::function<void(const sup_output&)> fn;
            void cancel() override { api->output_unsubscribe(ctx, token); }
            static void call(void* self, const sup_output* o) {
                guarded(static_cast<S*>(self)->api, static_cast<S*>(self)->ctx, [&] { static_cast<S*>(self)->fn(*o); });
            }
        };
        auto s = std::make_unique<S>();
        s->api = api_;
        s->ctx = ctx_;
        s->fn = std::move(fn);
        s->token = api_->output_subscribe(ctx_, &S::call, s.get());
        if (!s->token) return Subscription();
        return Subscription(std::move(s));
    }

    /* A one-shot timer; destroying the handle before it fires cancels it. */
    Timer after(std::chrono::milliseconds delay, std::function<void()> fn) {
        struct S : Handle::State {
            const sup_host_api* api;
            sup_plugin_ctx* ctx;
            sup_timer* timer = nullptr;
            bool fired = false;
            std::function<void()> fn;
            void cancel() override {
                if (!fired) api->timer_cancel(timer);
            }
            bool active() const override { return !fired; }
            static void call(void* self) {
                S* s = static_cast<S*>(self);
                s->fired = true;  // before the call: it may destroy its own handle
                guarded(s->api, s->ctx, [&] { s->fn(); });
            }
        };
        auto s = std::make_unique<S>();
        s->api = api_;
        s->ctx = ctx_;
        s->fn = std::move(fn);
        s->timer = api_->timer_start(ctx_, static_cast<uint64_t>(delay.count() < 0 ? 0 : delay.count()), &S::call,
                                     s.get());
        if (!s->timer) return Timer();
        return Timer(std::move(s));
    }

    /* Level-triggered fd watch; fn gets the ready SUP_READABLE/SUP_WRITABLE
     * bits. One watch per fd; cancel (destroy) it before closing the fd. */
    Watch watch(int fd, int events, std::function<void(int ready)> fn) {
        auto s = std::make_unique<WatchState>();
        s->api = api_;
        s->ctx = ctx_;
        s->fn = std::move(fn);
        s->watch = api_->watch_fd(ctx_, fd, events, &WatchState::call, s.get());
        if (!s->watch) return Watch();
        return Watch(std::move(s));
    }

    /* Thread-safe: run fn on the loop thread soon. Dropped (and leaked) if
     * the plugin is being finalised by then: join your threads in fini. */
    void post(std::function<void()> fn) const {
        auto* heap = new std::function<void()>(std::move(fn));
        api_->post(ctx_, &Host::run_posted, heap);
    }

    /* Register "ns.method"; the handler answers through its Call, now or
     * later. A handler that throws faults the call with FAILED. */
    int add_method(const char* name, const char* signature, const char* help,
                   std::function<void(Call, Value params)> fn) {
        methods_.push_back(Method{api_, ctx_, std::move(fn)});
        const int rc = api_->rpc_register(ctx_, name, &Method::call, &methods_.back(), signature, help);
        if (rc != SUP_OK) methods_.pop_back();
        return rc;
    }

private:
    struct WatchState : Handle::State {
        const sup_host_api* api;
        sup_plugin_ctx* ctx;
        sup_watch* watch = nullptr;
        std::function<void(int)> fn;
        void cancel() override { api->watch_cancel(watch); }
        static void call(void* self, int, int ready) {
            WatchState* s = static_cast<WatchState*>(self);
            guarded(s->api, s->ctx, [&] { s->fn(ready); });
        }
    };
    friend class Watch;

    struct Method {
        const sup_host_api* api;
        sup_plugin_ctx* ctx;
        std::function<void(Call, Value)> fn;
        static void call(void* self, sup_rpc_call* call, const sup_value* params) {
            Method* m = static_cast<Method*>(self);
            try {
                m->fn(Call(m->api, call), Value(m->api, params));
            } catch (const std::exception& e) {
                m->api->rpc_fault(call, SUP_ERR_FAILED, (std::string("FAILED: ") + e.what()).c_str());
            } catch (...) {
                m->api->rpc_fault(call, SUP_ERR_FAILED, nullptr);
            }
        }
    };

    static void run_posted(void* heap) {
        std::unique_ptr<std::function<void()>> fn(static_cast<std::function<void()>*>(heap));
        try {
            (*fn)();
        } catch (...) {
        }
    }

    /* No exception may unwind into the host: log it instead. */
    template <class F>
    static void guarded(const sup_host_api* api, sup_plugin_ctx* ctx, F&& f) {
        try {
            f();
        } catch (const std::exception& e) {
            const std::string m = std::string("plugin callback threw: ") + e.what();
            api->log(ctx, SUP_LOG_ERROR, m.data(), m.size());
        } catch (...) {
            static const char m[] = "plugin callback threw a non-standard exception";
            api->log(ctx, SUP_LOG_ERROR, m, sizeof m - 1);
        }
    }

    const sup_host_api* api_;
    sup_plugin_ctx* ctx_;
    std::list<Method> methods_;  // a list: addresses stay valid for the host
};

inline void Watch::update(int events) {
    if (state_) {
        auto* s = static_cast<Host::WatchState*>(state_.get());
        s->api->watch_update(s->watch, events);
    }
}

namespace detail {

template <class P, class = void>
struct has_reopen_logs : std::false_type {};
template <class P>
struct has_reopen_logs<P, std::void_t<decltype(std::declval<P&>().reopen_logs())>> : std::true_type {};

/* Host before plugin: the plugin (and its handles) go first in fini. */
template <class P>
struct Instance {
    Host host;
    P plugin;
    Instance(const sup_host_api* api, sup_plugin_ctx* ctx) : host(api, ctx), plugin(host) {}
};

inline void copy_reason(char* error, size_t size, const char* text) {
    if (!error || size == 0) return;
    std::strncpy(error, text, size - 1);
    error[size - 1] = '\0';
}

template <class P>
int init(const sup_host_api* api, sup_plugin_ctx* ctx, void** instance, char* error, size_t error_size) {
    try {
        *instance = new Instance<P>(api, ctx);
        return SUP_OK;
    } catch (const std::exception& e) {
        copy_reason(error, error_size, e.what());
    } catch (...) {
        copy_reason(error, error_size, "the plugin's constructor threw a non-standard exception");
    }
    return SUP_ERR_FAILED;
}

template <class P>
void reopen_logs(void* instance) {
    if constexpr (has_reopen_logs<P>::value) {
        try {
            static_cast<Instance<P>*>(instance)->plugin.reopen_logs();
        } catch (...) {
        }
    }
}

template <class P>
void fini(void* instance) {
    try {
        delete static_cast<Instance<P>*>(instance);
    } catch (...) {
    }
}

template <class P>
const sup_plugin_descriptor* descriptor(const char* name, const char* version, uint32_t kinds) {
    static const sup_plugin_descriptor d = {sizeof(sup_plugin_descriptor),
                                            SUP_ABI_MAJOR,
                                            SUP_ABI_MINOR,
                                            name,
                                            version,
                                            kinds,
                                            &init<P>,
                                            has_reopen_logs<P>::value ? &reopen_logs<P> : nullptr,
                                            &fini<P>};
    return &d;
}

}  // namespace detail
}  // namespace supervisor

/* Defines the plugin's entry symbol for class `Class` (constructed from a
 * supervisor::Host&). Use once, at namespace scope, in one source file. */
#define SUPERVISOR_PLUGIN(Class, name, version, kinds)                       \
    extern "C" SUP_PLUGIN_EXPORT const sup_plugin_descriptor* supervisor_plugin_entry(void) { \
        return ::supervisor::detail::descriptor<Class>(name, version, kinds); \
    }

#endif /* SUPERVISOR_PLUGIN_HPP */
