#include "http_connection.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <optional>

#include "http_server.hpp"

namespace sup::rpc {

namespace http = boost::beast::http;

namespace {

constexpr std::size_t read_chunk = 64 * 1024;
constexpr int reads_per_wakeup = 16;  // then let other clients have the loop
constexpr int pumps_per_wakeup = 16;
constexpr std::size_t compact_after = 1024 * 1024;

std::string version_text(int version) { return version == 10 ? "1.0" : "1.1"; }

std::string hex(std::size_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%zx", n);
    return buf;
}

std::string access_log_date() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%d/%b/%Y:%H:%M:%S +0000", &tm);
    return buf;
}

}  // namespace

struct Connection::Parser {
    std::optional<http::request_parser<http::string_body>> beast;
};

Connection::Connection(Server& server, std::uint64_t id, int fd, std::string peer)
    : server_(server), id_(id), fd_(fd), peer_(std::move(peer)), parser_(std::make_unique<Parser>()) {
    last_read_ = last_write_ = Clock::now();
    start_request();
    const Host& host = server_.host();
    watched_events_ = SUP_READABLE;
    watch_ = host.api->watch_fd(host.ctx, fd_, watched_events_, &Connection::watch_callback, this);
    if (!watch_) {
        phase_ = Phase::finished;
        return;
    }
    rearm_timer();
}

Connection::~Connection() {
    source_.reset();  // a tail stream unsubscribes here
    const Host& host = server_.host();
    if (timer_) host.api->timer_cancel(timer_);
    if (watch_) host.api->watch_cancel(watch_);
    ::close(fd_);
}

void Connection::watch_callback(void* self, int, int events) {
    auto* connection = static_cast<Connection*>(self);
    Server& server = connection->server_;
    connection->on_io(events);
    server.settle(connection);
}

void Connection::timer_callback(void* self) {
    auto* connection = static_cast<Connection*>(self);
    connection->timer_ = nullptr;
    Server& server = connection->server_;
    connection->on_timer();
    server.settle(connection);
}

// ---- input -----------------------------------------------------------------

void Connection::start_request() {
    auto& beast = parser_->beast;
    beast.emplace();
    beast->header_limit(static_cast<std::uint32_t>(server_.limits().max_header_bytes));
    beast->body_limit(server_.limits().max_body_bytes);
    beast->eager(true);
    continue_sent_ = false;
    request_version_ = 11;
    request_keep_alive_ = false;
    request_line_.clear();
}

void Connection::on_io(int events) {
    if (phase_ == Phase::finished) return;
    if (events & SUP_WRITABLE) {
        flush();
        if (stream_more_) pump_stream();
    }
    if ((events & SUP_READABLE) && phase_ != Phase::finished) read_input();
    if (phase_ != Phase::finished) {
        update_watch();
        rearm_timer();
    }
}

void Connection::read_input() {
    char buffer[read_chunk];
    for (int i = 0; i < reads_per_wakeup; ++i) {
        const bool buffering = phase_ == Phase::handling || phase_ == Phase::streaming;
        if (buffering && input_.size() >= server_.limits().max_pending_input) break;
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n > 0) {
            last_read_ = Clock::now();
            const bool discarding = phase_ == Phase::closing || phase_ == Phase::lingering;
            if (!discarding) input_.append(buffer, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (n == 0 && phase_ != Phase::closing && phase_ != Phase::lingering) {
            // The client has sent all it will (a half-close, as `nc -N`
            // does): what it sent is still answered, then we close.
            peer_closed_ = true;
            break;
        }
        finish();  // the socket failed, or our final answer is out
        return;
    }
    process_input();
    if (peer_closed_ && phase_ == Phase::reading) {
        if (output_sent_ < output_.size()) phase_ = Phase::closing;
        else finish();
    }
}

void Connection::process_input() {
    if (in_input_loop_) return;
    in_input_loop_ = true;
    auto& beast = parser_->beast;
    while (phase_ == Phase::reading && !input_.empty()) {
        // Answers the client is not reading yet hold back further requests.
        if (output_.size() - output_sent_ >= server_.limits().output_high_water && !send_pending()) break;
        boost::beast::error_code ec;
        const std::size_t used = beast->put(boost::asio::buffer(input_.data(), input_.size()), ec);
        input_.erase(0, used);
        if (beast->is_header_done() && request_line_.empty()) {
            const auto& head = beast->get();
            request_version_ = head.version();
            request_keep_alive_ = head.keep_alive();
            request_line_ = std::string(head.method_string()) + " " + std::string(head.target()) + " HTTP/" +
                            version_text(request_version_);
        }
        if (ec == http::error::need_more) {
            // curl and friends wait for this before sending a body.
            if (beast->is_header_done() && !continue_sent_ && request_version_ == 11 &&
                beast->get()[http::field::expect] == "100-continue") {
                continue_sent_ = true;
                queue("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        }
        if (ec) {
            answer_parse_error(ec == http::error::body_limit);
            break;
        }
        if (beast->is_done()) dispatch_request();
        else if (used == 0) break;
    }
    in_input_loop_ = false;
    flush();
}

void Connection::dispatch_request() {
    auto message = parser_->beast->release();
    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    request.version = request_version_;
    request.keep_alive = request_keep_alive_;
    request.has_body_length = message.has_content_length() || message.chunked();
    if (auto it = message.find(http::field::authorization); it != message.end())
        request.authorization = std::string(it->value());
    request.body = std::move(message.body());
    phase_ = Phase::handling;
    server_.dispatch(*this, request);
}

void Connection::answer_parse_error(bool too_large) {
    if (request_line_.empty()) request_line_ = "-";
    reply_error(too_large ? 413 : 400, true);
    input_.clear();
}

// ---- output ----------------------------------------------------------------

void Connection::reply(int status, HeaderList headers, std::string body, bool close) {
    if (phase_ == Phase::finished || phase_ == Phase::closing || phase_ == Phase::lingering) return;
    // After the client's EOF, requests it sent before are still answered:
    // only the answer with nothing buffered behind it closes.
    close = close || !request_keep_alive_ || (peer_closed_ && input_.empty());
    headers.emplace_back("Content-Length", std::to_string(body.size()));
    if (close) headers.emplace_back("Connection", "close");
    else if (request_version_ == 10) headers.emplace_back("Connection", "Keep-Alive");
    const std::string head = response_head(version_text(request_version_), status, headers);
    log_access(status, head.size() + body.size());
    queue(head);
    queue(body);
    if (close) {
        phase_ = Phase::closing;
    } else {
        phase_ = Phase::reading;
        start_request();
    }
    flush();
    if (phase_ != Phase::finished) {
        update_watch();
        rearm_timer();
    }
}

void Connection::reply_error(int status, bool close, HeaderList headers) {
    headers.emplace_back("Content-Type", "text/html");
    reply(status, std::move(headers), error_page(status), close);
}

void Connection::begin_stream(HeaderList headers, std::unique_ptr<StreamSource> source) {
    chunked_ = request_keep_alive_ && request_version_ == 11;
    if (chunked_) headers.emplace_back("Transfer-Encoding", "chunked");
    else headers.emplace_back("Connection", "close");
    const std::string head = response_head(version_text(request_version_), 200, headers);
    stream_bytes_ = head.size();
    log_access(200, head.size());
    queue(head);
    phase_ = Phase::streaming;
    source_ = std::move(source);
    flush();  // sends the head, then pumps the source
    if (phase_ != Phase::finished) {
        update_watch();
        rearm_timer();
    }
}

void Connection::stream(std::string_view data) {
    if (phase_ != Phase::streaming || data.empty()) return;
    if (chunked_) {
        queue(hex(data.size()) + "\r\n");
        queue(data);
        queue("\r\n");
    } else {
        queue(data);
    }
    stream_bytes_ += data.size();
}

bool Connection::wants_stream_data() const {
    return phase_ == Phase::streaming && output_.size() - output_sent_ < server_.limits().output_high_water;
}

void Connection::queue(std::string_view bytes) {
    if (output_sent_ > compact_after) {
        output_.erase(0, output_sent_);
        output_sent_ = 0;
    }
    output_.append(bytes);
}

bool Connection::send_pending() {
    while (output_sent_ < output_.size()) {
        const ssize_t n =
            ::send(fd_, output_.data() + output_sent_, output_.size() - output_sent_, MSG_NOSIGNAL);
        if (n > 0) {
            output_sent_ += static_cast<std::size_t>(n);
            last_write_ = Clock::now();
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return false;
        finish();
        return false;
    }
    output_.clear();
    output_sent_ = 0;
    return true;
}

void Connection::flush() {
    if (phase_ == Phase::finished || output_sent_ >= output_.size()) return;
    if (!send_pending()) return;
    switch (phase_) {
        case Phase::closing:
            if (peer_closed_) {
                finish();
                break;
            }
            // Stop sending, but read (and drop) what the client still sends
            // for a moment, so our answer is not lost to a reset.
            ::shutdown(fd_, SHUT_WR);
            phase_ = Phase::lingering;
            linger_until_ = Clock::now() + server_.limits().linger_timeout;
            break;
        case Phase::streaming: pump_stream(); break;
        case Phase::reading:
            if (!in_input_loop_) process_input();
            break;
        default: break;
    }
}

void Connection::pump_stream() {
    if (phase_ != Phase::streaming || !source_ || pumping_) return;
    pumping_ = true;
    stream_more_ = false;
    for (int round = 0; round < pumps_per_wakeup; ++round) {
        const std::size_t before = output_.size() - output_sent_;
        source_->pump(*this);
        if (phase_ != Phase::streaming || output_.size() - output_sent_ == before) break;
        if (!send_pending()) break;  // the socket is full: WRITABLE resumes us
        // Still more to come after this many rounds: yield, resume on WRITABLE.
        if (round + 1 == pumps_per_wakeup) stream_more_ = true;
    }
    pumping_ = false;
}

void Connection::on_source_ready() {
    if (phase_ != Phase::streaming) return;
    pump_stream();
    if (phase_ != Phase::finished) {
        update_watch();
        rearm_timer();
    }
}

void Connection::flush_before_exit(Clock::time_point deadline) {
    if (phase_ == Phase::finished) return;
    while (!send_pending()) {
        if (phase_ == Phase::finished) return;  // the socket failed
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return;
        pollfd writable{fd_, POLLOUT, 0};
        if (::poll(&writable, 1, static_cast<int>(left)) <= 0) return;
    }
}

void Connection::finish() {
    phase_ = Phase::finished;
    source_.reset();
}

// ---- loop bookkeeping --------------------------------------------------------

void Connection::update_watch() {
    int wanted = 0;
    switch (phase_) {
        case Phase::reading:
        case Phase::lingering: wanted = SUP_READABLE; break;
        case Phase::handling:
        case Phase::streaming:
            if (input_.size() < server_.limits().max_pending_input) wanted = SUP_READABLE;
            break;
        default: break;
    }
    if (peer_closed_) wanted = 0;  // nothing more to read, and EOF would wake us forever
    if (output_sent_ < output_.size() || stream_more_) wanted |= SUP_WRITABLE;
    if (wanted != watched_events_) {
        watched_events_ = wanted;
        server_.host().api->watch_update(watch_, wanted);
    }
}

Connection::Clock::time_point Connection::deadline() const {
    const ServerLimits& limits = server_.limits();
    const bool output_pending = output_sent_ < output_.size();
    switch (phase_) {
        case Phase::reading:
            if (output_pending) return last_write_ + limits.write_timeout;
            if (!input_.empty() || parser_->beast->got_some()) return last_read_ + limits.request_timeout;
            return std::max(last_read_, last_write_) + limits.idle_timeout;
        case Phase::handling:
        case Phase::streaming:
        case Phase::closing:
            return output_pending ? last_write_ + limits.write_timeout : Clock::time_point::max();
        case Phase::lingering: return linger_until_;
        case Phase::finished: break;
    }
    return Clock::time_point::max();
}

void Connection::rearm_timer() {
    const auto due = deadline();
    if (due == Clock::time_point::max()) return;  // nothing to time; a pending timer rechecks
    if (timer_ && timer_due_ <= due) return;      // fires earlier and rechecks then
    const Host& host = server_.host();
    if (timer_) host.api->timer_cancel(timer_);
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(due - Clock::now()).count();
    timer_due_ = due;
    timer_ = host.api->timer_start(host.ctx, static_cast<std::uint64_t>(std::max<long long>(wait, 0) + 1),
                                   &Connection::timer_callback, this);
}

void Connection::on_timer() {
    if (phase_ == Phase::finished) return;
    if (Clock::now() >= deadline()) {
        finish();
        return;
    }
    rearm_timer();
}

void Connection::log_access(int status, std::size_t bytes) const {
    if (!server_.host().log_enabled(SUP_LOG_TRACE)) return;
    const std::string line =
        peer_ + " - - [" + access_log_date() + "] \"" + request_line_ + "\" " + std::to_string(status) + " " +
        std::to_string(bytes);
    server_.host().log(SUP_LOG_TRACE, line);
}

}  // namespace sup::rpc
