#include "stream/log_stream.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <vector>

#include "control/interrupt.hpp"
#include "rpc/rpc_errors.hpp"
#include "rpc/socket_connect.hpp"
#include "rpc/socket_io.hpp"

namespace sup::ctl {

LogStream::LogStream(const ServerAccess& access, const std::string& path)
    : access_(access), path_(path), url_(access.serverurl + path) {}

void LogStream::open() {
    try {
        fd_ = connect_to(endpoint_for(access_.serverurl));
        send_all(fd_, "GET " + path_ + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                      "User-Agent: supervisorctl (supervisor-cpp)\r\n" +
                          stream_authorization_header(access_) + "\r\n");
    } catch (const CommandFailure& failure) {
        fail("Cannot connect, error: <class '" + failure.python_class() + "'> (" + failure.what() + ")");
    } catch (...) {
        end();
        throw;
    }
}

void LogStream::read_available() {
    char buffer[64 * 1024];
    std::string body;
    try {
        const std::size_t got = receive_some(fd_, buffer, sizeof buffer);
        if (got == 0) {
            end();  // the server is done (or gone): the stream just stops
            return;
        }
        response_.feed(std::string_view(buffer, got), body);
    } catch (const CommandFailure& failure) {
        fail("Cannot connect, error: <class '" + failure.python_class() + "'> (" + failure.what() + ")");
        return;
    }
    if (response_.head_done() && response_.head().status != 200) {
        fail("Cannot read, status code " + std::to_string(response_.head().status));
        return;
    }
    if (!body.empty()) {
        std::fwrite(body.data(), 1, body.size(), stdout);
        std::fflush(stdout);
    }
    if (response_.complete()) end();
}

void LogStream::end() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
}

void LogStream::fail(const std::string& message) {
    end();
    std::fflush(stdout);
    const std::string line = url_ + " " + message + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

bool pump_streams(LogStream* const* streams, std::size_t count, int also) {
    while (true) {
        std::vector<pollfd> watched;
        std::vector<LogStream*> owners;
        for (std::size_t i = 0; i < count; ++i) {
            if (!streams[i]->active()) continue;
            watched.push_back({streams[i]->fd(), POLLIN, 0});
            owners.push_back(streams[i]);
        }
        if (owners.empty() && also < 0) return false;
        if (also >= 0) watched.push_back({also, POLLIN, 0});
        throw_if_interrupted();
        if (poll(watched.data(), watched.size(), -1) < 0) {
            if (errno != EINTR) throw SocketError(errno);
            continue;
        }
        for (std::size_t i = 0; i < owners.size(); ++i)
            if (watched[i].revents != 0) owners[i]->read_available();
        if (also >= 0 && watched.back().revents != 0) return true;
    }
}

}  // namespace sup::ctl
