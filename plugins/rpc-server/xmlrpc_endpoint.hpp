// POST /RPC2: parse the methodCall, invoke the method through the host's
// registry (host->rpc_invoke), answer with its methodResponse or fault --
// at once or, for deferred methods, whenever the host completes the call.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>

#include <supervisor/plugin.h>

namespace sup::rpc {

class Server;
class Connection;
struct Request;

class XmlRpcEndpoint {
public:
    explicit XmlRpcEndpoint(Server& server) : server_(server) {}
    ~XmlRpcEndpoint();
    XmlRpcEndpoint(const XmlRpcEndpoint&) = delete;
    XmlRpcEndpoint& operator=(const XmlRpcEndpoint&) = delete;

    void handle(Connection& connection, const Request& request);

private:
    struct PendingCall {
        XmlRpcEndpoint* endpoint;  // nullptr once the endpoint is gone
        std::uint64_t connection;
        std::string method;
    };

    static void on_result(void* pending, const sup_value* result, int fault_code, const char* fault_string);
    void complete(PendingCall& pending, const sup_value* result, int fault_code, const char* fault_string);

    Server& server_;
    std::unordered_set<PendingCall*> pending_;
    std::uint64_t invoking_for_ = 0;  // the connection whose call is being invoked
};

}  // namespace sup::rpc
