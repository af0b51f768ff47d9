// The RPC value tree behind the ABI's opaque sup_value, and the arena a
// call's values live in: everything is freed with the call, nothing is ever
// freed by a plugin.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "supervisor/plugin.h"

namespace sup::plugin_host {
class ValueArena;
}

struct sup_value {
    sup_value(int32_t type, sup::plugin_host::ValueArena* arena) : type(type), arena(arena) {}

    int32_t type;  // sup_value_type
    sup::plugin_host::ValueArena* arena;
    int64_t integer = 0;  // INT, BOOL
    double real = 0;      // DOUBLE
    std::string text;     // STRING, DATETIME, BINARY
    std::vector<sup_value*> items;  // ARRAY items; STRUCT values
    std::vector<std::string> keys;  // STRUCT keys, parallel to items
};

namespace sup::plugin_host {

class ValueArena {
public:
    sup_value* make(sup_value_type type) { return &values_.emplace_back(type, this); }
    sup_value* make_int(int64_t v);
    sup_value* make_bool(bool v);
    sup_value* make_double(double v);
    sup_value* make_text(sup_value_type type, std::string_view text);  // STRING, DATETIME, BINARY
    // A copy of `v` (from another arena) in this one.
    sup_value* copy(const sup_value& v);

private:
    std::deque<sup_value> values_;  // deque: pointers stay valid as it grows
};

// Containers: a struct key set twice keeps its first position, as a Python
// dict does. An item from another arena is copied in.
void append_item(sup_value& array, sup_value* item);
void set_member(sup_value& strct, std::string_view key, sup_value* item);
const sup_value* find_member(const sup_value& strct, std::string_view key);

}  // namespace sup::plugin_host
