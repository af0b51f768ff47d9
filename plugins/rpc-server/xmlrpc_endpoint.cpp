#include "xmlrpc_endpoint.hpp"

#include "http_connection.hpp"
#include "http_server.hpp"
#include "value_bridge.hpp"
#include "xmlrpc_request.hpp"
#include "xmlrpc_response.hpp"

namespace sup::rpc {

namespace {

constexpr std::size_t logged_body_prefix = 256;

// The start of a request body quoted for the log, Python repr() style:
// one printable line whatever the bytes.
std::string quoted_prefix(const std::string& body) {
    std::string out = "'";
    for (unsigned char c : body.substr(0, logged_body_prefix)) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\'': out += "\\'"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c >= 0x20 && c < 0x7f) {
                    out += static_cast<char>(c);
                } else {
                    static constexpr char hex[] = "0123456789abcdef";
                    out += "\\x";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                }
        }
    }
    if (body.size() > logged_body_prefix) out += "...";
    return out + "'";
}

}  // namespace

XmlRpcEndpoint::~XmlRpcEndpoint() {
    // Calls still running in the host complete into nothing.
    for (PendingCall* pending : pending_) pending->endpoint = nullptr;
}

void XmlRpcEndpoint::handle(Connection& connection, const Request& request) {
    const Host& host = server_.host();
    if (request.method != "POST") {
        connection.reply_error(400);
        return;
    }
    if (!request.has_body_length) {
        connection.reply_error(411);
        return;
    }
    ParsedCall parsed = parse_method_call(request.body);
    if (parsed.error != CallError::none) {
        const char* why = parsed.error == CallError::no_method_name ? "no method name" : "unmarshallable";
        host.log(SUP_LOG_ERROR, "XML-RPC request data " + quoted_prefix(request.body) + " is invalid: " + why);
        connection.reply_error(400);
        return;
    }
    const std::string& method = parsed.call.method;
    host.log(SUP_LOG_TRACE, "XML-RPC method called: " + method + "()");

    sup_rpc_call* call = host.api->rpc_call_new(host.ctx);
    sup_value* params = to_host_value(host.api, call, Value(std::move(parsed.call.params)));
    auto* pending = new PendingCall{this, connection.id(), method};
    pending_.insert(pending);
    // The host may complete the call before rpc_invoke returns; the
    // connection is then settled by whoever called us, not by complete().
    invoking_for_ = connection.id();
    host.api->rpc_invoke(call, method.c_str(), params, &XmlRpcEndpoint::on_result, pending);
    invoking_for_ = 0;
}

void XmlRpcEndpoint::on_result(void* ud, const sup_value* result, int fault_code, const char* fault_string) {
    auto* pending = static_cast<PendingCall*>(ud);
    if (pending->endpoint) {
        pending->endpoint->pending_.erase(pending);
        pending->endpoint->complete(*pending, result, fault_code, fault_string);
    }
    delete pending;
}

void XmlRpcEndpoint::complete(PendingCall& pending, const sup_value* result, int fault_code,
                              const char* fault_string) {
    const Host& host = server_.host();
    std::string body;
    if (fault_code == 0) {
        host.log(SUP_LOG_TRACE, "XML-RPC method " + pending.method + "() returned successfully");
        body = method_response(from_host_value(host.api, result));
    } else {
        const std::string text = fault_string ? fault_string : "";
        host.log(SUP_LOG_TRACE, "XML-RPC method " + pending.method + "() returned fault: [" +
                                    std::to_string(fault_code) + "] " + text);
        body = fault_response(fault_code, text);
    }
    Connection* connection = server_.find(pending.connection);
    if (!connection) return;  // the client left meanwhile
    connection->reply(200, {{"Content-Type", "text/xml"}}, std::move(body));
    if (pending.connection != invoking_for_) server_.settle(connection);
}

}  // namespace sup::rpc
