// rpc-http: the [inet_http_server] transport -- XML-RPC over HTTP on TCP,
// behind Basic Auth when a username is configured.
#include <supervisor/plugin.h>

#include <exception>
#include <memory>
#include <string>

#include "http_server.hpp"
#include "inet_address.hpp"
#include "inet_socket.hpp"
#include "transport_config.hpp"

namespace {

using sup::rpc::Host;

constexpr const char* default_section = "inet_http_server";

struct Instance {
    std::unique_ptr<sup::rpc::Server> server;
};

int init(const sup_host_api* api, sup_plugin_ctx* ctx, void** instance, char* error, size_t error_size) try {
    const Host host{api, ctx};
    std::string section = api->config_own_section(ctx);
    if (section.empty()) section = default_section;

    const char* port = api->config_get(ctx, section.c_str(), "port");
    if (!port) return sup::rpc::init_failure("section [" + section + "] has no port value", error, error_size);
    const auto address = sup::rpc_http::parse_inet_address(port);
    if (!address.error.empty()) return sup::rpc::init_failure(address.error, error, error_size);
    const auto credentials = sup::rpc::read_credentials(host, section);
    if (!credentials.error.empty()) return sup::rpc::init_failure(credentials.error, error, error_size);

    const auto opened = sup::rpc_http::open_inet_socket(address);
    if (opened.fd < 0) return sup::rpc::init_failure(opened.error, error, error_size);

    auto state = std::make_unique<Instance>();
    sup::rpc::ServerOptions options;
    options.credentials = credentials.credentials;
    options.peer_name = sup::rpc_http::peer_name;
    state->server = std::make_unique<sup::rpc::Server>(host, opened.fd, std::move(options));
    sup::rpc::warn_if_unauthenticated(host, section, credentials);
    *instance = state.release();
    return SUP_OK;
} catch (const std::exception& e) {
    return sup::rpc::init_failure(std::string("rpc-http: ") + e.what(), error, error_size);
}

void fini(void* instance) { delete static_cast<Instance*>(instance); }

const sup_plugin_descriptor descriptor = {
    sizeof(sup_plugin_descriptor),
    SUP_ABI_MAJOR,
    SUP_ABI_MINOR,
    "rpc-http",
    "1.0.0",
    SUP_KIND_TRANSPORT,
    init,
    nullptr,
    fini,
};

}  // namespace

extern "C" const sup_plugin_descriptor* supervisor_plugin_entry(void) { return &descriptor; }
