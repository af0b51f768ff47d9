// methodResponse documents, laid out byte for byte as the reference's
// (Python xmlrpc.client.dumps) so clients that compare bodies see no change.
#pragma once

#include <string>
#include <string_view>

#include "xmlrpc_value.hpp"

namespace sup::rpc {

std::string method_response(const Value& result);
std::string fault_response(int code, std::string_view text);

// Text made safe for XML 1.0 character data: & < > escaped, '\r' kept as a
// character reference (a parser would turn a raw one into '\n'), and bytes
// XML cannot carry (control characters, invalid UTF-8) replaced by U+FFFD.
// The reference emits those raw, which its own client then fails to parse.
void append_xml_text(std::string& out, std::string_view text);

}  // namespace sup::rpc
