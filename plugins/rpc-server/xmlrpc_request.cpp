#include "xmlrpc_request.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <pugixml.hpp>

#include "base64.hpp"

namespace sup::rpc {

namespace {

struct Unmarshallable {};

// All character data directly inside `node`, CDATA included.
std::string text_of(const pugi::xml_node& node) {
    std::string text;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
    return text;
}

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::int64_t parse_int(std::string_view raw) {
    std::string_view s = trimmed(raw);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) throw Unmarshallable{};
    return v;
}

double parse_double(std::string_view raw) {
    const std::string s(trimmed(raw));
    if (s.empty()) throw Unmarshallable{};
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) throw Unmarshallable{};
    return v;
}

// The reference accepts exactly strptime("%Y%m%dT%H:%M:%S").
std::string parse_datetime(std::string_view raw) {
    const std::string_view s = trimmed(raw);
    const auto digits = [&](std::size_t from, std::size_t count) {
        if (from + count > s.size()) return false;
        for (std::size_t i = from; i < from + count; ++i)
            if (s[i] < '0' || s[i] > '9') return false;
        return true;
    };
    if (s.size() != 17 || !digits(0, 8) || s[8] != 'T' || !digits(9, 2) || s[11] != ':' ||
        !digits(12, 2) || s[14] != ':' || !digits(15, 2))
        throw Unmarshallable{};
    return std::string(s);
}

Value parse_value(const pugi::xml_node& value, std::size_t depth);

Value parse_typed(const pugi::xml_node& typed, std::size_t depth) {
    const std::string_view tag = typed.name();
    if (tag == "int" || tag == "i4" || tag == "i8") return Value(parse_int(text_of(typed)));
    if (tag == "boolean") return Value(text_of(typed) == "1");
    if (tag == "string") return Value(text_of(typed));
    if (tag == "double") return Value(parse_double(text_of(typed)));
    if (tag == "dateTime.iso8601") return Value(DateTime{parse_datetime(text_of(typed))});
    if (tag == "base64") {
        auto bytes = base64_decode(text_of(typed));
        if (!bytes) throw Unmarshallable{};
        return Value(Binary{std::move(*bytes)});
    }
    if (tag == "array") {
        Array items;
        for (pugi::xml_node v : typed.child("data").children("value")) items.push_back(parse_value(v, depth + 1));
        return Value(std::move(items));
    }
    if (tag == "struct") {
        Struct members;
        for (pugi::xml_node m : typed.children("member")) {
            pugi::xml_node v = m.child("value");
            if (!v) throw Unmarshallable{};
            members.push_back({text_of(m.child("name")), parse_value(v, depth + 1)});
        }
        return Value(std::move(members));
    }
    return Value(text_of(typed));  // unknown type: its text, as the reference
}

Value parse_value(const pugi::xml_node& value, std::size_t depth) {
    if (depth > max_value_depth) throw Unmarshallable{};
    pugi::xml_node typed = value.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; });
    if (!typed) return Value(text_of(value));
    return parse_typed(typed, depth);
}

}  // namespace

ParsedCall parse_method_call(std::string_view body) {
    ParsedCall parsed;
    pugi::xml_document doc;
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
    if (!doc.load_buffer(body.data(), body.size(), options, pugi::encoding_utf8)) {
        parsed.error = CallError::unmarshallable;
        return parsed;
    }
    pugi::xml_node root = doc.document_element();
    if (std::strcmp(root.name(), "methodCall") != 0) {
        parsed.error = CallError::unmarshallable;
        return parsed;
    }
    try {
        for (pugi::xml_node param : root.child("params").children("param")) {
            pugi::xml_node v = param.child("value");
            if (!v) throw Unmarshallable{};
            parsed.call.params.push_back(parse_value(v, 1));
        }
    } catch (const Unmarshallable&) {
        parsed.error = CallError::unmarshallable;
        return parsed;
    }
    parsed.call.method = text_of(root.child("methodName"));
    if (parsed.call.method.empty()) parsed.error = CallError::no_method_name;
    return parsed;
}

}  // namespace sup::rpc
