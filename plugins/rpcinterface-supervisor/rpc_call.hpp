// One call into a supervisor.* method: its arguments, coerced the way the
// reference's Python would take them, the values of its answer (built in
// the call's arena), and its completion. Copyable, so an operation that
// finishes later keeps one; the arguments are only valid during the method.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "faults.hpp"
#include "interface.hpp"

namespace sup::rpc_supervisor {

class Call {
public:
    Call(SupervisorInterface& self, sup_rpc_call* call, const sup_value* params)
        : self_(&self), call_(call), params_(params) {}

    SupervisorInterface& self() const { return *self_; }
    const sup_host_api& api() const { return *self_->api; }

    // -- arguments (each faults the call and returns false/nullopt when wrong)
    // Between min and max arguments, else INCORRECT_PARAMETERS (Python's
    // TypeError for a wrong argument count).
    bool arity(std::size_t min, std::size_t max);
    // supervisord still running (not shutting down or restarting), else SHUTDOWN_STATE.
    bool supervisor_running();
    std::size_t count() const;
    const sup_value* arg(std::size_t index) const;
    std::optional<std::string> text(std::size_t index);       // string or base64
    std::optional<std::int64_t> integer(std::size_t index);   // int(), as Python's
    bool truth(std::size_t index, bool absent) const;         // Python truthiness

    // -- the answer
    sup_value* string(std::string_view s) const;
    sup_value* integer_value(std::int64_t v) const;
    sup_value* boolean(bool v) const;
    sup_value* array() const;
    sup_value* structure() const;
    void append(sup_value* array, sup_value* item) const;
    void set(sup_value* strct, const char* key, sup_value* item) const;

    void succeed(sup_value* result);
    void fail(int code, const std::optional<std::string>& detail = std::nullopt);
    void fail_with_text(int code, const std::string& text);

private:
    SupervisorInterface* self_;
    sup_rpc_call* call_;
    const sup_value* params_;
    bool completed_ = false;
};

}  // namespace sup::rpc_supervisor
