#include "rpc/http_response_parser.hpp"

#include <algorithm>
#include <charconv>
#include <strings.h>

#include "rpc/rpc_errors.hpp"
#include "config/python_text.hpp"

namespace sup::ctl {
namespace {

// Bounds against a hostile server: status line and headers together, and
// any one line (a chunk-size line, say).
constexpr std::size_t kMaxHeadBytes = 64 * 1024;
constexpr std::size_t kMaxLineBytes = 8 * 1024;

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

bool contains_token(std::string_view list, std::string_view token) {
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        if (equals_ignoring_case(trimmed(list.substr(0, comma)), token)) return true;
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return false;
}

[[noreturn]] void bad(const char* python_class, const std::string& text) { throw ResponseError(python_class, text); }

}  // namespace

bool HttpResponseParser::take_line(std::string_view& data, std::string& line) {
    const std::size_t newline = data.find('\n');
    const std::size_t taken = newline == std::string_view::npos ? data.size() : newline + 1;
    pending_.append(data.substr(0, taken));
    data.remove_prefix(taken);
    if (state_ <= State::Headers && (head_bytes_ += taken) > kMaxHeadBytes) bad("http.client.LineTooLong", "header line");
    if (pending_.size() > kMaxLineBytes) bad("http.client.LineTooLong", "header line");
    if (newline == std::string_view::npos) return false;
    line.swap(pending_);
    pending_.clear();
    line.pop_back();
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

void HttpResponseParser::on_status_line(const std::string& line) {
    // "HTTP/1.1 200 OK"
    const std::size_t first_space = line.find(' ');
    if (line.rfind("HTTP/", 0) != 0 || first_space == std::string::npos)
        bad("http.client.BadStatusLine", config::py_repr(line));
    const std::string_view version(line.data(), first_space);
    std::string_view rest = std::string_view(line).substr(first_space + 1);
    const std::size_t second_space = rest.find(' ');
    const std::string_view code = rest.substr(0, second_space);
    int status = 0;
    const auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), status);
    if (code.size() != 3 || error != std::errc() || end != code.data() + code.size())
        bad("http.client.BadStatusLine", config::py_repr(line));
    head_ = {};
    head_.status = status;
    head_.reason = second_space == std::string_view::npos ? "" : std::string(trimmed(rest.substr(second_space + 1)));
    head_.keep_alive = version != "HTTP/1.0";
    state_ = State::Headers;
}

void HttpResponseParser::on_header_line(const std::string& line) {
    if (!line.empty()) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) return;  // tolerated, as Python does
        const std::string_view name = trimmed(std::string_view(line).substr(0, colon));
        const std::string_view value = trimmed(std::string_view(line).substr(colon + 1));
        if (equals_ignoring_case(name, "transfer-encoding")) {
            head_.chunked = contains_token(value, "chunked");
        } else if (equals_ignoring_case(name, "content-length")) {
            std::size_t length = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
            if (error != std::errc() || end != value.data() + value.size())
                bad("http.client.HTTPException", "bad Content-Length " + config::py_repr(value));
            head_.content_length = length;
        } else if (equals_ignoring_case(name, "connection")) {
            if (contains_token(value, "close")) head_.keep_alive = false;
            else if (contains_token(value, "keep-alive")) head_.keep_alive = true;
        }
        return;
    }
    // End of the head. 1xx answers are provisional: another head follows.
    if (head_.status >= 100 && head_.status < 200) {
        state_ = State::StatusLine;
        return;
    }
    if (head_.status == 204 || head_.status == 304) state_ = State::Done;
    else if (head_.chunked) state_ = State::ChunkSize;
    else if (head_.content_length) {
        remaining_ = *head_.content_length;
        state_ = remaining_ == 0 ? State::Done : State::Body;
    } else {
        head_.keep_alive = false;
        state_ = State::UntilClose;
    }
}

void HttpResponseParser::on_chunk_size_line(const std::string& line) {
    std::string_view size_text = trimmed(std::string_view(line).substr(0, line.find(';')));
    std::size_t size = 0;
    const auto [end, error] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (size_text.empty() || error != std::errc() || end != size_text.data() + size_text.size())
        bad("http.client.IncompleteRead", "bad chunk size " + config::py_repr(line));
    remaining_ = size;
    state_ = size == 0 ? State::Trailer : State::ChunkData;
}

void HttpResponseParser::feed(std::string_view data, std::string& body) {
    if (!data.empty()) received_any_ = true;
    std::string line;
    while (!data.empty() && state_ != State::Done) {
        switch (state_) {
            case State::StatusLine:
                if (take_line(data, line)) on_status_line(line);
                break;
            case State::Headers:
                if (take_line(data, line)) on_header_line(line);
                break;
            case State::UntilClose:
                body.append(data);
                data = {};
                break;
            case State::Body:
            case State::ChunkData: {
                const std::size_t taken = std::min(remaining_, data.size());
                body.append(data.substr(0, taken));
                data.remove_prefix(taken);
                remaining_ -= taken;
                if (remaining_ == 0) state_ = state_ == State::Body ? State::Done : State::ChunkDataEnd;
                break;
            }
            case State::ChunkDataEnd:  // the CRLF after a chunk's data
                if (take_line(data, line)) state_ = State::ChunkSize;
                break;
            case State::ChunkSize:
                if (take_line(data, line)) on_chunk_size_line(line);
                break;
            case State::Trailer:
                if (take_line(data, line) && line.empty()) state_ = State::Done;
                break;
            case State::Done:
                break;
        }
    }
}

void HttpResponseParser::finish_at_close() {
    if (state_ == State::UntilClose) {
        state_ = State::Done;
        return;
    }
    if (state_ == State::Done) return;
    if (!received_any_) bad("http.client.RemoteDisconnected", "Remote end closed connection without response");
    bad("http.client.IncompleteRead", "the server closed the connection in the middle of its response");
}

}  // namespace sup::ctl
