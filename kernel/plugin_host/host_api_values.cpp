// Building and reading RPC values. Every value lives in its call's arena;
// a NULL or mistyped argument gives NULL / 0 instead of a crash.
#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

ValueArena* arena_of(sup_rpc_call* call) { return call ? call->arena.get() : nullptr; }

sup_value* value_int(sup_rpc_call* call, int64_t v) { return call ? arena_of(call)->make_int(v) : nullptr; }
sup_value* value_bool(sup_rpc_call* call, int v) { return call ? arena_of(call)->make_bool(v != 0) : nullptr; }
sup_value* value_double(sup_rpc_call* call, double v) { return call ? arena_of(call)->make_double(v) : nullptr; }

sup_value* value_string(sup_rpc_call* call, const char* s, size_t len) {
    return call ? arena_of(call)->make_text(SUP_VALUE_STRING, std::string_view(s ? s : "", s ? len : 0)) : nullptr;
}

sup_value* value_datetime(sup_rpc_call* call, const char* iso8601) {
    return call ? arena_of(call)->make_text(SUP_VALUE_DATETIME, iso8601 ? iso8601 : "") : nullptr;
}

sup_value* value_binary(sup_rpc_call* call, const char* data, size_t len) {
    return call ? arena_of(call)->make_text(SUP_VALUE_BINARY, std::string_view(data ? data : "", data ? len : 0))
                : nullptr;
}

sup_value* value_array(sup_rpc_call* call) { return call ? arena_of(call)->make(SUP_VALUE_ARRAY) : nullptr; }
sup_value* value_struct(sup_rpc_call* call) { return call ? arena_of(call)->make(SUP_VALUE_STRUCT) : nullptr; }

void array_append(sup_value* array, sup_value* item) {
    if (array) append_item(*array, item);
}

void struct_set(sup_value* strct, const char* key, sup_value* item) {
    if (strct && key) set_member(*strct, key, item);
}

int32_t value_type(const sup_value* v) { return v ? v->type : 0; }

int64_t value_get_int(const sup_value* v) {
    return v && (v->type == SUP_VALUE_INT || v->type == SUP_VALUE_BOOL) ? v->integer : 0;
}

double value_get_double(const sup_value* v) { return v && v->type == SUP_VALUE_DOUBLE ? v->real : 0.0; }

const char* value_get_string(const sup_value* v, size_t* len) {
    const bool text = v && (v->type == SUP_VALUE_STRING || v->type == SUP_VALUE_DATETIME ||
                            v->type == SUP_VALUE_BINARY);
    if (len) *len = text ? v->text.size() : 0;
    return text ? v->text.c_str() : nullptr;
}

size_t value_count(const sup_value* v) {
    return v && (v->type == SUP_VALUE_ARRAY || v->type == SUP_VALUE_STRUCT) ? v->items.size() : 0;
}

const sup_value* array_get(const sup_value* v, size_t index) {
    return v && v->type == SUP_VALUE_ARRAY && index < v->items.size() ? v->items[index] : nullptr;
}

const char* struct_key_at(const sup_value* v, size_t index) {
    return v && v->type == SUP_VALUE_STRUCT && index < v->keys.size() ? v->keys[index].c_str() : nullptr;
}

const sup_value* struct_value_at(const sup_value* v, size_t index) {
    return v && v->type == SUP_VALUE_STRUCT && index < v->items.size() ? v->items[index] : nullptr;
}

const sup_value* struct_get(const sup_value* v, const char* key) {
    return v && key ? find_member(*v, key) : nullptr;
}

}  // namespace

void fill_value_api(sup_host_api& api) {
    api.value_int = value_int;
    api.value_bool = value_bool;
    api.value_double = value_double;
    api.value_string = value_string;
    api.value_datetime = value_datetime;
    api.value_binary = value_binary;
    api.value_array = value_array;
    api.value_struct = value_struct;
    api.array_append = array_append;
    api.struct_set = struct_set;
    api.value_type = value_type;
    api.value_get_int = value_get_int;
    api.value_get_double = value_get_double;
    api.value_get_string = value_get_string;
    api.value_count = value_count;
    api.array_get = array_get;
    api.struct_key_at = struct_key_at;
    api.struct_value_at = struct_value_at;
    api.struct_get = struct_get;
}

}  // namespace sup::plugin_host
