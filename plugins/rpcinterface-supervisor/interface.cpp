#include "interface.hpp"

namespace sup::rpc_supervisor {

std::string SupervisorInterface::last_error() const {
    const char* why = api->last_error ? api->last_error(ctx) : nullptr;
    return why ? why : "";
}

}  // namespace sup::rpc_supervisor
