#include "rpc_call.hpp"

#include <charconv>
#include <cmath>

namespace sup::rpc_supervisor {

namespace {

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n\f\v") - first + 1);
}

}  // namespace

std::size_t Call::count() const { return params_ ? api().value_count(params_) : 0; }

const sup_value* Call::arg(std::size_t index) const {
    return index < count() ? api().array_get(params_, index) : nullptr;
}

bool Call::arity(std::size_t min, std::size_t max) {
    const std::size_t n = count();
    if (n >= min && n <= max) return true;
    fail(INCORRECT_PARAMETERS);
    return false;
}

bool Call::supervisor_running() {
    if (api().supervisor_state(self_->ctx) >= SUP_SUPERVISOR_RUNNING) return true;
    fail(SHUTDOWN_STATE);
    return false;
}

std::optional<std::string> Call::text(std::size_t index) {
    const sup_value* v = arg(index);
    const int type = v ? api().value_type(v) : 0;
    if (type == SUP_VALUE_STRING || type == SUP_VALUE_BINARY) {
        std::size_t len = 0;
        const char* s = api().value_get_string(v, &len);
        return std::string(s ? s : "", s ? len : 0);
    }
    fail(INCORRECT_PARAMETERS);
    return std::nullopt;
}

std::optional<std::int64_t> Call::integer(std::size_t index) {
    const sup_value* v = arg(index);
    switch (v ? api().value_type(v) : 0) {
        case SUP_VALUE_INT:
        case SUP_VALUE_BOOL: return api().value_get_int(v);
        case SUP_VALUE_DOUBLE: {
            const double d = api().value_get_double(v);
            if (std::isfinite(d) && std::fabs(d) < 9.2e18) return static_cast<std::int64_t>(d);
            break;
        }
        case SUP_VALUE_STRING: {
            std::size_t len = 0;
            const char* s = api().value_get_string(v, &len);
            std::string_view digits = trimmed(std::string_view(s ? s : "", s ? len : 0));
            if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
            std::int64_t n = 0;
            auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
            if (!digits.empty() && ec == std::errc() && end == digits.data() + digits.size()) return n;
            break;
        }
        default: break;
    }
    fail(INCORRECT_PARAMETERS);
    return std::nullopt;
}

bool Call::truth(std::size_t index, bool absent) const {
    const sup_value* v = arg(index);
    if (!v) return absent;
    switch (api().value_type(v)) {
        case SUP_VALUE_INT:
        case SUP_VALUE_BOOL: return api().value_get_int(v) != 0;
        case SUP_VALUE_DOUBLE: return api().value_get_double(v) != 0.0;
        case SUP_VALUE_STRING:
        case SUP_VALUE_BINARY: {
            std::size_t len = 0;
            api().value_get_string(v, &len);
            return len != 0;
        }
        case SUP_VALUE_ARRAY:
        case SUP_VALUE_STRUCT: return api().value_count(v) != 0;
        default: return true;  // a dateTime
    }
}

sup_value* Call::string(std::string_view s) const { return api().value_string(call_, s.data(), s.size()); }
sup_value* Call::integer_value(std::int64_t v) const { return api().value_int(call_, v); }
sup_value* Call::boolean(bool v) const { return api().value_bool(call_, v ? 1 : 0); }
sup_value* Call::array() const { return api().value_array(call_); }
sup_value* Call::structure() const { return api().value_struct(call_); }
void Call::append(sup_value* array, sup_value* item) const { api().array_append(array, item); }
void Call::set(sup_value* strct, const char* key, sup_value* item) const { api().struct_set(strct, key, item); }

void Call::succeed(sup_value* result) {
    if (completed_) return;
    completed_ = true;
    api().rpc_return(call_, result);
}

void Call::fail(int code, const std::optional<std::string>& detail) { fail_with_text(code, fault_text(code, detail)); }

void Call::fail_with_text(int code, const std::string& text) {
    if (completed_) return;
    completed_ = true;
    api().rpc_fault(call_, code, text.c_str());
}

}  // namespace sup::rpc_supervisor
