// An HTTP/1.1 response read incrementally from whatever bytes arrive: the
// XML-RPC client feeds it until the response is complete, the log streams
// (tail -f, fg) feed it forever and print the body as it comes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sup::ctl {

struct HttpResponseHead {
    int status = 0;
    std::string reason;
    bool chunked = false;
    std::optional<std::size_t> content_length;
    bool keep_alive = true;  // the connection may carry another request
};

class HttpResponseParser {
public:
    // Consumes `data`; body bytes (de-chunked) are appended to `body`.
    // Throws ResponseError on a malformed or oversized head or chunk line.
    void feed(std::string_view data, std::string& body);
    // The peer closed the connection: completes a body delimited by the
    // close; throws ResponseError if the response was cut short.
    void finish_at_close();

    bool head_done() const { return state_ > State::Headers; }
    const HttpResponseHead& head() const { return head_; }
    bool complete() const { return state_ == State::Done; }

private:
    enum class State { StatusLine, Headers, Body, UntilClose, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Done };

    bool take_line(std::string_view& data, std::string& line);
    void on_status_line(const std::string& line);
    void on_header_line(const std::string& line);
    void on_chunk_size_line(const std::string& line);

    State state_ = State::StatusLine;
    HttpResponseHead head_;
    std::string pending_;  // a line not yet complete
    std::size_t head_bytes_ = 0;
    std::size_t remaining_ = 0;  // of the body or the current chunk
    bool received_any_ = false;
};

}  // namespace sup::ctl
