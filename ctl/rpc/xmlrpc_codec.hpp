// XML-RPC documents on the client side: the methodCall we send and the
// methodResponse we read back.
#pragma once

#include <string>
#include <string_view>

#include "rpc/xmlrpc_value.hpp"

namespace sup::ctl {

std::string method_call(std::string_view method, const Array& params);

// The response's single value. Throws Fault for a <fault> response and
// ResponseError for anything that is not a well-formed methodResponse.
// Parses `body` in place (it is overwritten).
Value read_method_response(std::string& body);

}  // namespace sup::ctl
