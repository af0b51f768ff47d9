// One client connection: non-blocking reads fed to an HTTP/1.x parser,
// responses queued in a per-connection output buffer and written as the
// socket accepts them, keep-alive as the reference decides it, and
// deadlines for clients that stall. Requests are answered one at a time, in
// order; bytes that arrive meanwhile wait (bounded) in the input buffer.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "http_request.hpp"
#include "http_response.hpp"

struct sup_watch;
struct sup_timer;

namespace sup::rpc {

class Server;
class Connection;

// Feeds a streamed response (tail -f); asked for more when the output
// buffer has room.
class StreamSource {
public:
    virtual ~StreamSource() = default;
    virtual void pump(Connection& connection) = 0;
};

class Connection {
public:
    using Clock = std::chrono::steady_clock;

    Connection(Server& server, std::uint64_t id, int fd, std::string peer);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    std::uint64_t id() const { return id_; }
    bool finished() const { return phase_ == Phase::finished; }

    // A complete answer with a Content-Length. `close` forces the
    // connection shut afterwards.
    void reply(int status, HeaderList headers, std::string body, bool close = false);
    // The reference's HTML error page for `status`.
    void reply_error(int status, bool close = false, HeaderList headers = {});

    // A response without a length: chunked on a keep-alive HTTP/1.1
    // connection, otherwise ended by closing. `source` is pumped for data.
    void begin_stream(HeaderList headers, std::unique_ptr<StreamSource> source);
    void stream(std::string_view data);
    bool wants_stream_data() const;
    // The source has new data (its file changed).
    void on_source_ready();

    // Called by the server when the loop reports activity.
    void on_io(int events);
    void on_timer();
    // The loop is stopping (plugin fini): push out what is queued, waiting
    // at most until `deadline`, so e.g. the answer to supervisor.shutdown
    // is not lost.
    void flush_before_exit(Clock::time_point deadline);

private:
    enum class Phase { reading, handling, streaming, closing, lingering, finished };
    struct Parser;

    static void watch_callback(void* self, int fd, int events);
    static void timer_callback(void* self);

    void read_input();
    void process_input();
    void start_request();
    void dispatch_request();
    void answer_parse_error(bool too_large);
    void queue(std::string_view bytes);
    bool send_pending();  // true once everything queued is sent
    void flush();         // sends, then moves on to what the phase does next
    void pump_stream();
    void finish();
    void update_watch();
    void rearm_timer();
    Clock::time_point deadline() const;
    void log_access(int status, std::size_t bytes) const;

    Server& server_;
    const std::uint64_t id_;
    const int fd_;
    const std::string peer_;
    Phase phase_ = Phase::reading;
    std::unique_ptr<Parser> parser_;
    std::string input_;
    std::string output_;
    std::size_t output_sent_ = 0;
    std::unique_ptr<StreamSource> source_;
    bool chunked_ = false;
    bool in_input_loop_ = false;
    bool pumping_ = false;
    bool stream_more_ = false;
    bool peer_closed_ = false;  // the client half-closed: answer, then close
    bool continue_sent_ = false;
    int request_version_ = 11;
    bool request_keep_alive_ = true;
    std::string request_line_;
    std::size_t stream_bytes_ = 0;
    sup_watch* watch_ = nullptr;
    int watched_events_ = 0;
    sup_timer* timer_ = nullptr;
    Clock::time_point timer_due_{};
    Clock::time_point last_read_;
    Clock::time_point last_write_;
    Clock::time_point linger_until_{};
};

}  // namespace sup::rpc
