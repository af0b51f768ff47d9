// rpc-unix: the [unix_http_server] transport -- XML-RPC over HTTP on an
// AF_UNIX socket file.
#include <supervisor/plugin.h>

#include <exception>
#include <memory>
#include <string>

#include "http_server.hpp"
#include "transport_config.hpp"
#include "unix_settings.hpp"
#include "unix_socket.hpp"

namespace {

using sup::rpc::Host;

constexpr const char* default_section = "unix_http_server";

struct Instance {
    std::string path;
    sup::rpc_unix::OpenedSocket socket;
    std::unique_ptr<sup::rpc::Server> server;
};

int init(const sup_host_api* api, sup_plugin_ctx* ctx, void** instance, char* error, size_t error_size) try {
    const Host host{api, ctx};
    std::string section = api->config_own_section(ctx);
    if (section.empty()) section = default_section;
    const auto lookup = [&](const char* key) { return api->config_get(ctx, section.c_str(), key); };

    const auto settings = sup::rpc_unix::read_unix_settings(section, lookup);
    if (!settings.error.empty()) return sup::rpc::init_failure(settings.error, error, error_size);
    const auto credentials = sup::rpc::read_credentials(host, section);
    if (!credentials.error.empty()) return sup::rpc::init_failure(credentials.error, error, error_size);

    auto opened = sup::rpc_unix::open_unix_socket(settings.socket);
    if (opened.fd < 0) return sup::rpc::init_failure(opened.error, error, error_size);

    auto state = std::make_unique<Instance>();
    state->path = settings.socket.path;
    state->socket = opened;
    sup::rpc::ServerOptions options;
    options.credentials = credentials.credentials;
    state->server = std::make_unique<sup::rpc::Server>(host, opened.fd, std::move(options));
    sup::rpc::warn_if_unauthenticated(host, section, credentials);
    *instance = state.release();
    return SUP_OK;
} catch (const std::exception& e) {
    return sup::rpc::init_failure(std::string("rpc-unix: ") + e.what(), error, error_size);
}

void fini(void* instance) {
    std::unique_ptr<Instance> state(static_cast<Instance*>(instance));
    state->server.reset();  // flushes pending answers, closes the socket
    sup::rpc_unix::remove_socket_file(state->path, state->socket);
}

const sup_plugin_descriptor descriptor = {
    sizeof(sup_plugin_descriptor),
    SUP_ABI_MAJOR,
    SUP_ABI_MINOR,
    "rpc-unix",
    "1.0.0",
    SUP_KIND_TRANSPORT,
    init,
    nullptr,
    fini,
};

}  // namespace

extern "C" const sup_plugin_descriptor* supervisor_plugin_entry(void) { return &descriptor; }
