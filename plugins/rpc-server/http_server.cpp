#include "http_server.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include "http_connection.hpp"
#include "log_tail_endpoint.hpp"
#include "xmlrpc_endpoint.hpp"

namespace sup::rpc {

namespace {

constexpr int accepts_per_wakeup = 64;
constexpr std::uint64_t accept_retry_ms = 100;  // after running out of descriptors

}  // namespace

Server::Server(Host host, int listen_fd, ServerOptions options)
    : host_(host),
      listen_fd_(listen_fd),
      options_(std::move(options)),
      file_watch_(host, [this](std::uint64_t id) {
          if (Connection* c = find(id)) {
              c->on_source_ready();
              settle(c);
          }
      }),
      xmlrpc_(std::make_unique<XmlRpcEndpoint>(*this)),
      log_tail_(std::make_unique<LogTailEndpoint>(*this)) {
    ::fcntl(listen_fd_, F_SETFL, ::fcntl(listen_fd_, F_GETFL) | O_NONBLOCK);
    listen_watch_ = host_.api->watch_fd(host_.ctx, listen_fd_, SUP_READABLE, &Server::on_listen_readable, this);
}

Server::~Server() {
    // The loop has stopped: answers still queued get one shared moment.
    const auto deadline = Connection::Clock::now() + std::chrono::seconds(2);
    for (auto& [id, connection] : connections_) connection->flush_before_exit(deadline);
    connections_.clear();  // before the file watch hub they unsubscribe from
    if (accept_retry_) host_.api->timer_cancel(accept_retry_);
    if (listen_watch_) host_.api->watch_cancel(listen_watch_);
    ::close(listen_fd_);
}

Connection* Server::find(std::uint64_t id) {
    auto it = connections_.find(id);
    return it == connections_.end() ? nullptr : it->second.get();
}

void Server::settle(Connection* connection) {
    if (!connection->finished()) return;
    connections_.erase(connection->id());
    if (!accepting_ && !accept_retry_) resume_accepting();
}

void Server::on_listen_readable(void* self, int, int) { static_cast<Server*>(self)->accept_clients(); }

void Server::accept_clients() {
    for (int i = 0; i < accepts_per_wakeup; ++i) {
        if (connections_.size() >= options_.limits.max_connections) {
            pause_accepting(false);
            return;
        }
        const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO) continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                host_.log(SUP_LOG_WARN, "cannot accept an HTTP client: out of file descriptors or memory");
                pause_accepting(true);
            }
            return;
        }
        const std::uint64_t id = next_id_++;
        std::string peer = options_.peer_name ? options_.peer_name(fd) : "localhost:0";
        auto connection = std::make_unique<Connection>(*this, id, fd, std::move(peer));
        Connection* raw = connection.get();
        connections_.emplace(id, std::move(connection));
        settle(raw);  // one the loop could not watch is gone already
    }
}

void Server::pause_accepting(bool retry_later) {
    if (accepting_) {
        accepting_ = false;
        host_.api->watch_update(listen_watch_, 0);
    }
    if (retry_later && !accept_retry_)
        accept_retry_ = host_.api->timer_start(host_.ctx, accept_retry_ms, &Server::on_accept_retry, this);
}

void Server::on_accept_retry(void* self) {
    auto* server = static_cast<Server*>(self);
    server->accept_retry_ = nullptr;
    server->resume_accepting();
}

void Server::resume_accepting() {
    if (accepting_) return;
    accepting_ = true;
    host_.api->watch_update(listen_watch_, SUP_READABLE);
}

void Server::dispatch(Connection& connection, Request& request) {
    if (options_.credentials) {
        switch (check_basic_auth(request.authorization, *options_.credentials)) {
            case AuthOutcome::granted: break;
            case AuthOutcome::denied:
                connection.reply_error(401, true, {{"WWW-Authenticate", "Basic realm=\"default\""}});
                return;
            case AuthOutcome::malformed: connection.reply_error(400); return;
        }
    }
    const std::string& target = request.target;
    if (target.starts_with("/RPC2")) xmlrpc_->handle(connection, request);
    else if (target.starts_with("/logtail")) log_tail_->handle_process_log(connection, request);
    else if (target.starts_with("/mainlogtail")) log_tail_->handle_main_log(connection, request);
    else connection.reply_error(404);
}

}  // namespace sup::rpc
