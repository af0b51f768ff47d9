#include "rpc/xmlrpc_codec.hpp"

#include <charconv>
#include <cstdlib>
#include <pugixml.hpp>

#include "rpc/base64.hpp"
#include "rpc/rpc_errors.hpp"
#include "config/python_text.hpp"
#include "text/value_repr.hpp"

namespace sup::ctl {
namespace {

// A hostile server cannot make us recurse without bound.
constexpr int kMaxDepth = 64;

void append_escaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += c;
        }
    }
}

void append_value(std::string& out, const Value& value) {
    struct Writer {
        std::string& out;
        void operator()(const Nil&) const { out += "<value><nil/></value>"; }
        void operator()(std::int64_t v) const { out += "<value><int>" + std::to_string(v) + "</int></value>"; }
        void operator()(bool v) const { out += v ? "<value><boolean>1</boolean></value>" : "<value><boolean>0</boolean></value>"; }
        void operator()(double v) const { out += "<value><double>" + python_float_repr(v) + "</double></value>"; }
        void operator()(const std::string& v) const {
            out += "<value><string>";
            append_escaped(out, v);
            out += "</string></value>";
        }
        void operator()(const DateTime& v) const {
            out += "<value><dateTime.iso8601>" + v.iso8601 + "</dateTime.iso8601></value>";
        }
        void operator()(const Binary& v) const { out += "<value><base64>\n" + base64_encode(v.bytes) + "\n</base64></value>"; }
        void operator()(const Array& items) const {
            out += "<value><array><data>\n";
            for (const Value& item : items) append_value(out, item), out += '\n';
            out += "</data></array></value>";
        }
        void operator()(const Struct& members) const {
            out += "<value><struct>\n";
            for (const auto& [name, member] : members) {
                out += "<member>\n<name>";
                append_escaped(out, name);
                out += "</name>\n";
                append_value(out, member);
                out += "\n</member>\n";
            }
            out += "</struct></value>";
        }
    };
    std::visit(Writer{out}, value.data);
}

[[noreturn]] void malformed(const std::string& why) { throw ResponseError("xml.parsers.expat.ExpatError", why); }

std::string text_of(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xml_node child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
    return text;
}

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::int64_t read_int(const std::string& raw) {
    std::string_view s = trimmed(raw);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    std::int64_t v = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || error != std::errc() || end != s.data() + s.size())
        throw ResponseError("ValueError", "invalid literal for int() with base 10: " + config::py_repr(raw));
    return v;
}

double read_double(const std::string& raw) {
    const std::string s(trimmed(raw));
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size())
        throw ResponseError("ValueError", "could not convert string to float: " + config::py_repr(raw));
    return v;
}

Value read_value(const pugi::xml_node& value, int depth);

Value read_typed(const pugi::xml_node& typed, int depth) {
    const std::string_view tag = typed.name();
    if (tag == "string") return Value(text_of(typed));
    if (tag == "int" || tag == "i4" || tag == "i8" || tag == "i1" || tag == "i2" || tag == "biginteger")
        return Value(read_int(text_of(typed)));
    if (tag == "boolean") {
        const std::string text = text_of(typed);
        if (text == "0" || text == "1") return Value(text == "1");
        throw ResponseError("TypeError", "bad boolean value");
    }
    if (tag == "double" || tag == "float") return Value(read_double(text_of(typed)));
    if (tag == "nil") return Value();
    if (tag == "dateTime.iso8601") return Value(DateTime{std::string(trimmed(text_of(typed)))});
    if (tag == "base64") {
        std::optional<std::string> bytes = base64_decode(text_of(typed));
        if (!bytes) throw ResponseError("binascii.Error", "Incorrect padding");
        return Value(Binary{std::move(*bytes)});
    }
    if (tag == "array") {
        Array items;
        for (const pugi::xml_node item : typed.child("data").children("value")) items.push_back(read_value(item, depth + 1));
        return Value(std::move(items));
    }
    if (tag == "struct") {
        Struct members;
        for (const pugi::xml_node member : typed.children("member")) {
            std::string name = text_of(member.child("name"));
            Value v = read_value(member.child("value"), depth + 1);
            bool replaced = false;  // a repeated name replaces, as in a dict
            for (auto& [existing, old] : members)
                if (existing == name) old = std::move(v), replaced = true;
            if (!replaced) members.emplace_back(std::move(name), std::move(v));
        }
        return Value(std::move(members));
    }
    throw ResponseError("TypeError", "unknown tag " + config::py_repr(tag));
}

Value read_value(const pugi::xml_node& value, int depth) {
    if (!value) malformed("missing <value>");
    if (depth > kMaxDepth) malformed("values nested too deep");
    const pugi::xml_node typed = value.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; });
    if (!typed) return Value(text_of(value));  // untyped means string
    return read_typed(typed, depth);
}

}  // namespace

std::string method_call(std::string_view method, const Array& params) {
    std::string out = "<?xml version='1.0'?>\n<methodCall>\n<methodName>";
    append_escaped(out, method);
    out += "</methodName>\n<params>\n";
    for (const Value& param : params) {
        out += "<param>\n";
        append_value(out, param);
        out += "\n</param>\n";
    }
    out += "</params>\n</methodCall>\n";
    return out;
}

Value read_method_response(std::string& body) {
    pugi::xml_document document;
    // Whitespace-only text is kept only where it is all an element holds,
    // e.g. <string> </string>; the indentation between elements is not.
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        body.data(), body.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
    if (!parsed) malformed(std::string(parsed.description()) + " at offset " + std::to_string(parsed.offset));
    const pugi::xml_node response = document.child("methodResponse");
    if (!response) malformed("not a methodResponse");
    if (const pugi::xml_node fault = response.child("fault")) {
        const Value detail = read_value(fault.child("value"), 0);
        throw Fault(static_cast<int>(detail["faultCode"].integer()), detail["faultString"].text());
    }
    return read_value(response.child("params").child("param").child("value"), 0);
}

}  // namespace sup::ctl
