// The values an XML-RPC response can carry, as the client sees them
// (Python's xmlrpc.client types: None, int, bool, float, str, DateTime,
// bytes, list, dict).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sup::ctl {

struct Value;

struct Nil {
    bool operator==(const Nil&) const = default;
};
struct DateTime {
    std::string iso8601;  // as on the wire, e.g. "20261124T08:25:01"
    bool operator==(const DateTime&) const = default;
};
struct Binary {
    std::string bytes;
    bool operator==(const Binary&) const = default;
};
using Array = std::vector<Value>;
using Struct = std::vector<std::pair<std::string, Value>>;  // wire order, names unique

struct Value {
    std::variant<Nil, std::int64_t, bool, double, std::string, DateTime, Binary, Array, Struct> data;

    Value() = default;
    Value(std::int64_t v) : data(v) {}
    Value(int v) : data(std::int64_t{v}) {}
    Value(bool v) : data(v) {}
    Value(double v) : data(v) {}
    Value(std::string v) : data(std::move(v)) {}
    Value(const char* v) : data(std::string(v)) {}
    Value(DateTime v) : data(std::move(v)) {}
    Value(Binary v) : data(std::move(v)) {}
    Value(Array v) : data(std::move(v)) {}
    Value(Struct v) : data(std::move(v)) {}

    bool operator==(const Value&) const = default;

    // Typed access for code that knows what the server returns; a value of
    // another shape throws ResponseShapeError (rpc_errors.hpp), as Python
    // would fail with a TypeError or KeyError.
    const std::string& text() const;
    std::int64_t integer() const;  // int, or bool as 0/1 (Python's bool is an int)
    bool truth() const;            // Python truthiness of an int, bool or str
    const Array& array() const;
    const Value& operator[](std::string_view member) const;
    const Value& operator[](std::size_t index) const;
};

}  // namespace sup::ctl
