// XML-RPC calls to supervisord over HTTP/1.1 on a unix or TCP socket. One
// connection is kept open across calls (the shell drops it after each
// command), and re-opened when the server URL changes.
#pragma once

#include <string>
#include <string_view>

#include "rpc/server_access.hpp"
#include "rpc/xmlrpc_value.hpp"

namespace sup::ctl {

class RpcClient {
public:
    explicit RpcClient(const ServerAccess& access) : access_(access) {}
    ~RpcClient() { disconnect(); }
    RpcClient(const RpcClient&) = delete;
    RpcClient& operator=(const RpcClient&) = delete;

    // "supervisor.getState", {...}. Throws Fault, ProtocolError (HTTP
    // status not 200), SocketError, ResponseError, Interrupted.
    Value call(std::string_view method, const Array& params = {});

    void disconnect();

private:
    std::string post(const std::string& body);
    std::string exchange_on_open_connection(const std::string& request, bool& nothing_received);

    const ServerAccess& access_;
    int fd_ = -1;
    std::string connected_url_;
};

}  // namespace sup::ctl
