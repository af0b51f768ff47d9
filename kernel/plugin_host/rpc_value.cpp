#include "plugin_host/rpc_value.hpp"

namespace sup::plugin_host {
namespace {

sup_value* owned_by(ValueArena& arena, sup_value* item) {
    return item->arena == &arena ? item : arena.copy(*item);
}

}  // namespace

sup_value* ValueArena::make_int(int64_t v) {
    sup_value* value = make(SUP_VALUE_INT);
    value->integer = v;
    return value;
}

sup_value* ValueArena::make_bool(bool v) {
    sup_value* value = make(SUP_VALUE_BOOL);
    value->integer = v ? 1 : 0;
    return value;
}

sup_value* ValueArena::make_double(double v) {
    sup_value* value = make(SUP_VALUE_DOUBLE);
    value->real = v;
    return value;
}

sup_value* ValueArena::make_text(sup_value_type type, std::string_view text) {
    sup_value* value = make(type);
    value->text.assign(text);
    return value;
}

sup_value* ValueArena::copy(const sup_value& v) {
    sup_value* out = make(static_cast<sup_value_type>(v.type));
    out->integer = v.integer;
    out->real = v.real;
    out->text = v.text;
    out->keys = v.keys;
    out->items.reserve(v.items.size());
    for (const sup_value* item : v.items) out->items.push_back(copy(*item));
    return out;
}

void append_item(sup_value& array, sup_value* item) {
    if (array.type != SUP_VALUE_ARRAY || !item) return;
    array.items.push_back(owned_by(*array.arena, item));
}

void set_member(sup_value& strct, std::string_view key, sup_value* item) {
    if (strct.type != SUP_VALUE_STRUCT || !item) return;
    item = owned_by(*strct.arena, item);
    for (std::size_t i = 0; i < strct.keys.size(); ++i) {
        if (strct.keys[i] == key) {
            strct.items[i] = item;
            return;
        }
    }
    strct.keys.emplace_back(key);
    strct.items.push_back(item);
}

const sup_value* find_member(const sup_value& strct, std::string_view key) {
    if (strct.type != SUP_VALUE_STRUCT) return nullptr;
    for (std::size_t i = 0; i < strct.keys.size(); ++i)
        if (strct.keys[i] == key) return strct.items[i];
    return nullptr;
}

}  // namespace sup::plugin_host
