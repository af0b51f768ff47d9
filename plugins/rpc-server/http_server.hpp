// The HTTP server both RPC transports run: accepts on a listening socket the
// transport opened, owns the connections, routes requests (/RPC2, /logtail,
// /mainlogtail) behind optional Basic Auth. Everything runs on the host's
// loop through fd watches and timers.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "basic_auth.hpp"
#include "file_watch_hub.hpp"
#include "host.hpp"
#include "http_request.hpp"
#include "server_limits.hpp"

namespace sup::rpc {

class Connection;
class XmlRpcEndpoint;
class LogTailEndpoint;

struct ServerOptions {
    std::optional<Credentials> credentials;  // nullopt: no authentication
    ServerLimits limits;
    // How an accepted peer is named in the access log, e.g. "127.0.0.1:4242".
    std::function<std::string(int client_fd)> peer_name;
};

class Server {
public:
    // Takes ownership of `listen_fd` (bound, listening, any blocking mode).
    Server(Host host, int listen_fd, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    const Host& host() const { return host_; }
    const ServerLimits& limits() const { return options_.limits; }
    FileWatchHub& file_watch() { return file_watch_; }

    // nullptr once the connection is gone (a late RPC completion).
    Connection* find(std::uint64_t id);
    // Destroys `connection` if it has finished. Call after every event
    // delivered to a connection, never from inside its own methods.
    void settle(Connection* connection);

    // A complete request from `connection`.
    void dispatch(Connection& connection, Request& request);

private:
    static void on_listen_readable(void* self, int fd, int events);
    static void on_accept_retry(void* self);
    void accept_clients();
    void pause_accepting(bool retry_later);
    void resume_accepting();

    Host host_;
    int listen_fd_;
    ServerOptions options_;
    sup_watch* listen_watch_ = nullptr;
    sup_timer* accept_retry_ = nullptr;
    bool accepting_ = true;
    std::uint64_t next_id_ = 1;
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> connections_;
    FileWatchHub file_watch_;
    std::unique_ptr<XmlRpcEndpoint> xmlrpc_;
    std::unique_ptr<LogTailEndpoint> log_tail_;
};

}  // namespace sup::rpc
