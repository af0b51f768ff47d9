// Helpers for the plugin host tests: compiling C plugins with the system
// `cc` from plugin-api/ alone, and running a whole Supervisor (with its
// PluginHost) on a private loop while a test script drives it.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "config/load.hpp"
#include "plugin_host/plugin_host.hpp"
#include "plugin_host/plugin_startup.hpp"
#include "supervisor/supervisor.hpp"

namespace plugin_test {

inline const std::string kSourceDir = SUP_SOURCE_DIR;
inline const std::string kPluginApi = kSourceDir + "/plugin-api";

// A temp directory removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "sup-plugin-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// cc -std=c99 -shared -fPIC -I plugin-api <flags> -o out source: the whole
// proof that a plugin needs nothing but plugin-api/.
inline void compile_c_plugin(const std::string& source, const std::string& out, const std::string& flags = "") {
    const std::string cmd = "cc -std=c99 -Wall -Wextra -Werror -shared -fPIC -I " + kPluginApi + " " + flags +
                            " -o " + out + " " + source;
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

// One supervisord run in-process: config -> Supervisor -> PluginHost.
class SupervisorRun {
public:
    explicit SupervisorRun(const std::string& config_text, const std::string& config_path = "/tmp/plugin-test.conf")
        : config(sup::config::load_ini_text("[supervisord]\n" + config_text, config_path)),
          signals(io, SIGTERM, SIGINT, SIGQUIT),
          supervisor(std::make_unique<sup::Supervisor>(io, signals, config, std::vector<std::string>{
                                                                                "PATH=/usr/bin:/bin"})),
          host(std::make_unique<sup::plugin_host::PluginHost>(*supervisor, config)) {
        signals.add(SIGHUP);
        signals.add(SIGUSR2);
        signals.add(SIGCHLD);
    }
    ~SupervisorRun() {
        host.reset();
        supervisor.reset();
    }

    std::string start_plugins(const std::vector<std::string>& dirs = {}) {
        return sup::plugin_host::start_plugins(*host, config, dirs);
    }

    // Runs the supervisor; `step` is called on the loop every few ms until
    // it returns true, then supervisord shuts down. False if `limit` passed.
    bool run(const std::function<bool()>& step, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        bool finished = false;
        boost::asio::steady_timer timer(io);
        std::function<void()> tick = [&] {
            timer.expires_after(std::chrono::milliseconds(5));
            timer.async_wait([&](const boost::system::error_code& ec) {
                if (ec) return;
                if (step()) finished = true;
                if (finished || std::chrono::steady_clock::now() > deadline) {
                    supervisor->request_stop(sup::SupervisorState::SHUTDOWN);
                    return;
                }
                tick();
            });
        };
        tick();
        supervisor->run();
        host->fini_all();
        return finished;
    }

    // The API as a plugin sees it, through the host's own context.
    const sup_host_api& api() const { return host->api(); }
    sup_plugin_ctx* ctx() { return host->own_context(); }

    sup::config::Config config;
    boost::asio::io_context io;
    boost::asio::signal_set signals;
    std::unique_ptr<sup::Supervisor> supervisor;
    std::unique_ptr<sup::plugin_host::PluginHost> host;
};

// The outcome of one rpc_invoke, kept as text so it outlives the call.
struct RpcOutcome {
    const sup_host_api* api = nullptr;
    bool done = false;
    int fault_code = 0;
    std::string fault_string;
    std::string result;  // rendered, e.g. {a: 1, b: [x, y]}
};

inline std::string render(const sup_host_api& api, const sup_value* v) {
    switch (api.value_type(v)) {
        case SUP_VALUE_INT: return std::to_string(api.value_get_int(v));
        case SUP_VALUE_BOOL: return api.value_get_int(v) ? "true" : "false";
        case SUP_VALUE_DOUBLE: return std::to_string(api.value_get_double(v));
        case SUP_VALUE_STRING:
        case SUP_VALUE_DATETIME:
        case SUP_VALUE_BINARY: {
            size_t len = 0;
            const char* s = api.value_get_string(v, &len);
            return std::string(s, len);
        }
        case SUP_VALUE_ARRAY: {
            std::string out = "[";
            for (size_t i = 0; i < api.value_count(v); ++i)
                out += (i ? ", " : "") + render(api, api.array_get(v, i));
            return out + "]";
        }
        case SUP_VALUE_STRUCT: {
            std::string out = "{";
            for (size_t i = 0; i < api.value_count(v); ++i)
                out += (i ? ", " : "") + std::string(api.struct_key_at(v, i)) + ": " +
                       render(api, api.struct_value_at(v, i));
            return out + "}";
        }
    }
    return "?";
}

// Invokes `method` as a transport would; `build` adds the parameters. The
// outcome may arrive later (a deferred method): check out.done.
inline void invoke(const sup_host_api& api, sup_plugin_ctx* ctx, const char* method, RpcOutcome& out,
                   const std::function<void(sup_rpc_call*, sup_value* params)>& build = nullptr) {
    sup_rpc_call* call = api.rpc_call_new(ctx);
    sup_value* params = api.value_array(call);
    if (build) build(call, params);
    out = RpcOutcome{};
    out.api = &api;
    api.rpc_invoke(call, method, params,
                   [](void* ud, const sup_value* result, int code, const char* text) {
                       auto* o = static_cast<RpcOutcome*>(ud);
                       o->done = true;
                       o->fault_code = code;
                       if (code) o->fault_string = text;
                       else o->result = render(*o->api, result);
                   },
                   &out);
}

}  // namespace plugin_test
