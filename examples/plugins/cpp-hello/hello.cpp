// cpp-hello: a C++ plugin written with plugin.hpp. It serves two RPC
// methods and runs a periodic timer:
//   hello.greet(name)  -> "Hello, <name>!"
//   hello.ticks()      -> how many times the timer has fired
// [plugin:cpp-hello] interval_ms = 1000   (the timer's period; optional)
//
// Standalone build: c++ -std=c++17 -shared -fPIC -I plugin-api -o sup-cpp-hello.so hello.cpp
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "supervisor/plugin.hpp"

namespace {

class Hello {
public:
    explicit Hello(supervisor::Host& host) : host_(host), interval_(read_interval(host)) {
        add("hello.greet", "string,string", "Greet someone.\n\n@param string name\n@return string greeting",
            [](supervisor::Call call, supervisor::Value params) {
                if (params.size() != 1 || !params[0].is(SUP_VALUE_STRING))
                    return call.fault(SUP_ERR_INCORRECT_PARAMETERS);
                call.reply(call.string("Hello, " + std::string(params[0].as_string()) + "!"));
            });
        add("hello.ticks", "int", "How often the timer has fired.\n\n@return int count",
            [this](supervisor::Call call, supervisor::Value) { call.reply(call.integer(ticks_)); });
        schedule();
    }

    void reopen_logs() { host_.info("cpp-hello: nothing to reopen"); }

private:
    static std::chrono::milliseconds read_interval(supervisor::Host& host) {
        const auto text = host.own("interval_ms");
        if (!text) return std::chrono::milliseconds(1000);
        const long ms = std::stol(std::string(*text));  // throws: init fails with the reason
        if (ms <= 0) throw std::invalid_argument("interval_ms must be positive");
        return std::chrono::milliseconds(ms);
    }

    void add(const char* name, const char* signature, const char* help,
             std::function<void(supervisor::Call, supervisor::Value)> fn) {
        if (host_.add_method(name, signature, help, std::move(fn)) != SUP_OK)
            throw std::runtime_error("cannot register " + std::string(name) + ": " +
                                     std::string(host_.last_error()));
    }

    void schedule() {
        timer_ = host_.after(interval_, [this] {
            ++ticks_;
            schedule();
        });
    }

    supervisor::Host& host_;
    std::chrono::milliseconds interval_;
    int64_t ticks_ = 0;
    supervisor::Timer timer_;  // cancelled when the plugin is destroyed
};

}  // namespace

SUPERVISOR_PLUGIN(Hello, "cpp-hello", "1.0", SUP_KIND_RPC_INTERFACE)
