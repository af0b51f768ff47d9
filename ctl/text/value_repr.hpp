// Python's repr() of XML-RPC values, as Python's xmlrpc.client returns
// them: what the `call` command prints. (repr of plain text is the
// config library's py_repr, shared with supervisord's messages.)
#pragma once

#include <string>

namespace sup::ctl {

struct Value;

// None, 12, True, 1.5, 'text', [..], {'key': ..}, b'bytes', <DateTime '...'>
std::string python_repr(const Value& value);

// str(): the text itself for a string, repr() for anything else.
std::string python_str(const Value& value);

// repr(float): the shortest text that reads back the same, "1.0", "1e+16".
std::string python_float_repr(double number);

}  // namespace sup::ctl
