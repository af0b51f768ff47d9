#include "rpc/xmlrpc_value.hpp"

#include "rpc/rpc_errors.hpp"
#include "config/python_text.hpp"

namespace sup::ctl {
namespace {

[[noreturn]] void wrong_type(const char* wanted) {
    throw ResponseError("TypeError", std::string("the server sent another type where ") + wanted + " was expected");
}

}  // namespace

const std::string& Value::text() const {
    if (const auto* s = std::get_if<std::string>(&data)) return *s;
    wrong_type("a string");
}

std::int64_t Value::integer() const {
    if (const auto* i = std::get_if<std::int64_t>(&data)) return *i;
    if (const auto* b = std::get_if<bool>(&data)) return *b ? 1 : 0;
    wrong_type("an integer");
}

bool Value::truth() const {
    if (const auto* b = std::get_if<bool>(&data)) return *b;
    if (const auto* i = std::get_if<std::int64_t>(&data)) return *i != 0;
    if (const auto* s = std::get_if<std::string>(&data)) return !s->empty();
    if (std::holds_alternative<Nil>(data)) return false;
    wrong_type("a boolean");
}

const Array& Value::array() const {
    if (const auto* a = std::get_if<Array>(&data)) return *a;
    wrong_type("an array");
}

const Value& Value::operator[](std::string_view member) const {
    const auto* members = std::get_if<Struct>(&data);
    if (!members) wrong_type("a struct");
    for (const auto& [name, value] : *members)
        if (name == member) return value;
    throw ResponseError("KeyError", config::py_repr(member));
}

const Value& Value::operator[](std::size_t index) const {
    const Array& items = array();
    if (index >= items.size()) throw ResponseError("IndexError", "list index out of range");
    return items[index];
}

}  // namespace sup::ctl
