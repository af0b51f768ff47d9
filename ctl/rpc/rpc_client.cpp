#include "rpc/rpc_client.hpp"

#include <unistd.h>

#include <algorithm>

#include "rpc/http_response_parser.hpp"
#include "rpc/rpc_errors.hpp"
#include "rpc/socket_connect.hpp"
#include "rpc/socket_io.hpp"
#include "rpc/xmlrpc_codec.hpp"

namespace sup::ctl {
namespace {

// Content-Length is the server's word; memory is reserved up to this much.
constexpr std::size_t kMaxReserve = 64u << 20;
// A response beyond this is refused rather than read into memory.
constexpr std::size_t kMaxBody = 1u << 30;

}  // namespace

Value RpcClient::call(std::string_view method, const Array& params) {
    std::string body = post(method_call(method, params));
    return read_method_response(body);
}

void RpcClient::disconnect() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    connected_url_.clear();
}

std::string RpcClient::post(const std::string& body) {
    const std::string request = "POST /RPC2 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n"
                                "User-Agent: supervisorctl (supervisor-cpp)\r\nContent-Type: text/xml\r\n"
                                "Accept: text/xml\r\n" +
                                rpc_authorization_header(access_) +
                                "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    if (fd_ >= 0 && connected_url_ != access_.serverurl) disconnect();
    // A kept-alive connection the server has closed since is noticed only
    // when we use it: then, and only if nothing at all came back, try once
    // more on a new connection.
    const bool reusing = fd_ >= 0;
    bool nothing_received = false;
    try {
        return exchange_on_open_connection(request, nothing_received);
    } catch (const CommandFailure&) {
        disconnect();
        if (!reusing || !nothing_received) throw;
    } catch (...) {
        disconnect();  // a request cut short leaves the connection unusable
        throw;
    }
    try {
        return exchange_on_open_connection(request, nothing_received);
    } catch (...) {
        disconnect();
        throw;
    }
}

std::string RpcClient::exchange_on_open_connection(const std::string& request, bool& nothing_received) {
    if (fd_ < 0) {
        fd_ = connect_to(endpoint_for(access_.serverurl));
        connected_url_ = access_.serverurl;
    }
    nothing_received = true;
    send_all(fd_, request);
    HttpResponseParser response;
    std::string body;
    bool reserved = false;
    char buffer[64 * 1024];
    while (!response.complete()) {
        const std::size_t got = receive_some(fd_, buffer, sizeof buffer);
        if (got == 0) {
            response.finish_at_close();
            break;
        }
        nothing_received = false;
        response.feed(std::string_view(buffer, got), body);
        if (!reserved && response.head_done()) {
            reserved = true;
            if (response.head().content_length)
                body.reserve(std::min<std::size_t>(*response.head().content_length, kMaxReserve));
        }
        if (body.size() > kMaxBody) throw ResponseError("http.client.HTTPException", "response larger than 1 GiB");
        if (response.head_done() && response.head().status != 200) {
            disconnect();
            throw ProtocolError(response.head().status, response.head().reason);
        }
    }
    if (!response.head().keep_alive) disconnect();
    return body;
}

}  // namespace sup::ctl
