#include "value_bridge.hpp"

namespace sup::rpc {

namespace {

struct ToHost {
    const sup_host_api* api;
    sup_rpc_call* call;

    sup_value* operator()(std::int64_t v) const { return api->value_int(call, v); }
    sup_value* operator()(bool v) const { return api->value_bool(call, v ? 1 : 0); }
    sup_value* operator()(const std::string& v) const { return api->value_string(call, v.data(), v.size()); }
    sup_value* operator()(double v) const { return api->value_double(call, v); }
    sup_value* operator()(const DateTime& v) const { return api->value_datetime(call, v.iso8601.c_str()); }
    sup_value* operator()(const Binary& v) const { return api->value_binary(call, v.bytes.data(), v.bytes.size()); }
    sup_value* operator()(const Array& items) const {
        sup_value* array = api->value_array(call);
        for (const Value& item : items) api->array_append(array, to_host_value(api, call, item));
        return array;
    }
    sup_value* operator()(const Struct& members) const {
        sup_value* strct = api->value_struct(call);
        for (const Member& m : members) api->struct_set(strct, m.name.c_str(), to_host_value(api, call, m.value));
        return strct;
    }
};

std::string string_of(const sup_host_api* api, const sup_value* value) {
    std::size_t len = 0;
    const char* s = api->value_get_string(value, &len);
    return s ? std::string(s, len) : std::string();
}

}  // namespace

sup_value* to_host_value(const sup_host_api* api, sup_rpc_call* call, const Value& value) {
    return std::visit(ToHost{api, call}, value.data);
}

Value from_host_value(const sup_host_api* api, const sup_value* value) {
    if (!value) return Value(std::string());
    switch (api->value_type(value)) {
        case SUP_VALUE_INT: return Value(api->value_get_int(value));
        case SUP_VALUE_BOOL: return Value(api->value_get_int(value) != 0);
        case SUP_VALUE_DOUBLE: return Value(api->value_get_double(value));
        case SUP_VALUE_DATETIME: return Value(DateTime{string_of(api, value)});
        case SUP_VALUE_BINARY: return Value(Binary{string_of(api, value)});
        case SUP_VALUE_ARRAY: {
            Array items;
            const std::size_t n = api->value_count(value);
            items.reserve(n);
            for (std::size_t i = 0; i < n; ++i) items.push_back(from_host_value(api, api->array_get(value, i)));
            return Value(std::move(items));
        }
        case SUP_VALUE_STRUCT: {
            Struct members;
            const std::size_t n = api->value_count(value);
            members.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                const char* key = api->struct_key_at(value, i);
                members.push_back({key ? key : "", from_host_value(api, api->struct_value_at(value, i))});
            }
            return Value(std::move(members));
        }
        default: return Value(string_of(api, value));
    }
}

}  // namespace sup::rpc
