// methodCall documents, read as the reference's server reads them: untyped
// <value>s are strings, <boolean> is true only for "1", unknown type tags
// yield their text, a missing <params> means no parameters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "xmlrpc_value.hpp"

namespace sup::rpc {

// Values nest at most this deep (arrays in structs in arrays ...).
inline constexpr std::size_t max_value_depth = 64;

struct MethodCall {
    std::string method;
    Array params;
};

enum class CallError {
    none,
    unmarshallable,  // not XML, not a methodCall, a value that does not parse, too deep
    no_method_name,
};

struct ParsedCall {
    CallError error = CallError::none;
    MethodCall call;
};

ParsedCall parse_method_call(std::string_view body);

}  // namespace sup::rpc
