#include "xmlrpc_response.hpp"

#include "base64.hpp"
#include "python_float.hpp"

namespace sup::rpc {

namespace {

void append_value(std::string& out, const Value& value);

struct ValueWriter {
    std::string& out;

    void operator()(std::int64_t v) const { out += "<value><int>" + std::to_string(v) + "</int></value>\n"; }
    void operator()(bool v) const { out += v ? "<value><boolean>1</boolean></value>\n" : "<value><boolean>0</boolean></value>\n"; }
    void operator()(const std::string& v) const {
        out += "<value><string>";
        append_xml_text(out, v);
        out += "</string></value>\n";
    }
    void operator()(double v) const { out += "<value><double>" + python_float_repr(v) + "</double></value>\n"; }
    void operator()(const DateTime& v) const {
        out += "<value><dateTime.iso8601>";
        append_xml_text(out, v.iso8601);
        out += "</dateTime.iso8601></value>\n";
    }
    void operator()(const Binary& v) const {
        out += "<value><base64>\n" + base64_encode_lines(v.bytes) + "</base64></value>\n";
    }
    void operator()(const Array& items) const {
        out += "<value><array><data>\n";
        for (const Value& item : items) append_value(out, item);
        out += "</data></array></value>\n";
    }
    void operator()(const Struct& members) const {
        out += "<value><struct>\n";
        for (const Member& m : members) {
            out += "<member>\n<name>";
            append_xml_text(out, m.name);
            out += "</name>\n";
            append_value(out, m.value);
            out += "</member>\n";
        }
        out += "</struct></value>\n";
    }
};

void append_value(std::string& out, const Value& value) { std::visit(ValueWriter{out}, value.data); }

constexpr std::string_view prolog = "<?xml version='1.0'?>\n<methodResponse>\n";

}  // namespace

std::string method_response(const Value& result) {
    std::string out(prolog);
    out += "<params>\n<param>\n";
    append_value(out, result);
    out += "</param>\n</params>\n</methodResponse>\n";
    return out;
}

std::string fault_response(int code, std::string_view text) {
    std::string out(prolog);
    out += "<fault>\n";
    append_value(out, Struct{{"faultCode", Value(code)}, {"faultString", Value(std::string(text))}});
    out += "</fault>\n</methodResponse>\n";
    return out;
}

}  // namespace sup::rpc
