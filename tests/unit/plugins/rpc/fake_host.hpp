// A stand-in for supervisord's plugin host, enough to run the RPC server
// library in a unit test: a poll(2) loop with level-triggered fd watches,
// one-shot timers and posts; an RPC value arena; a method table; a log.
#pragma once

#include <supervisor/plugin.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sup::test {

class FakeHost {
public:
    using Method = std::function<void(sup_rpc_call* call, const sup_value* params)>;

    FakeHost();
    ~FakeHost();

    const sup_host_api* api() const { return &api_; }
    sup_plugin_ctx* ctx() const { return reinterpret_cast<sup_plugin_ctx*>(const_cast<FakeHost*>(this)); }

    void add_method(const std::string& name, Method method) { methods_[name] = std::move(method); }
    void set_config(const std::string& section, const std::string& key, const std::string& value) {
        config_[section][key] = value;
    }
    std::vector<std::string> log_lines() const { return log_; }
    void set_main_logfile(const std::string& path) { main_logfile_ = path; }

    // Runs the loop until `done()` is true or `timeout` passes; returns done().
    bool run_until(const std::function<bool()>& done,
                   std::chrono::milliseconds timeout = std::chrono::milliseconds(10'000));
    void run_for(std::chrono::milliseconds duration);

    // The implementation's state; public for the C callbacks in fake_host.cpp.
    struct Watch {
        int fd;
        int events;
        sup_watch_fn fn;
        void* ud;
        bool cancelled = false;
    };
    struct Timer {
        std::chrono::steady_clock::time_point due;
        sup_callback_fn fn;
        void* ud;
        bool cancelled = false;
    };
    std::vector<std::shared_ptr<Watch>> watches;
    std::vector<std::shared_ptr<Timer>> timers;
    std::vector<std::pair<sup_callback_fn, void*>> posts;
    std::map<std::string, Method> methods_;
    std::map<std::string, std::map<std::string, std::string>> config_;
    std::vector<std::string> log_;
    std::string main_logfile_;

private:
    void turn(std::chrono::milliseconds max_wait);
    sup_host_api api_{};
};

}  // namespace sup::test
