// The supervisor.* namespace's state: the host, and the operations that are
// still waiting for processes to settle (freed at fini at the latest; the
// host stops calling back once fini has started).
#pragma once

#include <supervisor/plugin.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sup::rpc_supervisor {

// Something that completes an RPC call later.
class Pending {
public:
    virtual ~Pending() = default;
};

class SupervisorInterface {
public:
    SupervisorInterface(const sup_host_api* api, sup_plugin_ctx* ctx) : api(api), ctx(ctx) {}

    const sup_host_api* const api;
    sup_plugin_ctx* const ctx;

    template <typename T>
    T* adopt(std::unique_ptr<T> pending) {
        T* raw = pending.get();
        pending_.emplace(raw, std::move(pending));
        return raw;
    }
    void release(Pending* pending) { pending_.erase(pending); }

    void log(int level, std::string_view message) const { api->log(ctx, level, message.data(), message.size()); }
    std::string last_error() const;

private:
    std::unordered_map<Pending*, std::unique_ptr<Pending>> pending_;
};

}  // namespace sup::rpc_supervisor
