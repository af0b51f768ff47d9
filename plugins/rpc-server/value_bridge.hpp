// Converting between the wire values (Value) and the host's value tree
// (sup_value) on either side of host->rpc_invoke.
#pragma once

#include "host.hpp"
#include "xmlrpc_value.hpp"

namespace sup::rpc {

// Built in `call`'s arena; lives as long as the call.
sup_value* to_host_value(const sup_host_api* api, sup_rpc_call* call, const Value& value);

Value from_host_value(const sup_host_api* api, const sup_value* value);

}  // namespace sup::rpc
