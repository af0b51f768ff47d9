// The XML-RPC value model the transports speak on the wire: what a
// methodCall's params parse into and what a methodResponse is written from.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace sup::rpc {

struct Value;

struct DateTime {
    std::string iso8601;  // as on the wire, e.g. "20261124T08:25:01"
    bool operator==(const DateTime&) const = default;
};

struct Binary {
    std::string bytes;  // decoded
    bool operator==(const Binary&) const = default;
};

struct Member;
using Array = std::vector<Value>;
using Struct = std::vector<Member>;  // insertion order is kept on the wire

struct Value {
    std::variant<std::int64_t, bool, std::string, double, DateTime, Binary, Array, Struct> data;

    Value() : data(std::string()) {}
    Value(std::int64_t v) : data(v) {}
    Value(int v) : data(std::int64_t{v}) {}
    Value(bool v) : data(v) {}
    Value(std::string v) : data(std::move(v)) {}
    Value(const char* s) : data(std::string(s)) {}
    Value(double v) : data(v) {}
    Value(DateTime v) : data(std::move(v)) {}
    Value(Binary v) : data(std::move(v)) {}
    Value(Array v) : data(std::move(v)) {}
    Value(Struct v) : data(std::move(v)) {}

    bool operator==(const Value&) const;
};

struct Member {
    std::string name;
    Value value;
    bool operator==(const Member&) const = default;
};

inline bool Value::operator==(const Value& other) const { return data == other.data; }

}  // namespace sup::rpc
