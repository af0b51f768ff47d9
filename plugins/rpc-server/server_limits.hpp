// Bounds that keep one client from costing the daemon more than its share.
#pragma once

#include <chrono>
#include <cstddef>

namespace sup::rpc {

struct ServerLimits {
    std::size_t max_header_bytes = 16 * 1024;
    std::size_t max_body_bytes = 2 * 1024 * 1024;  // larger bodies get 413
    std::size_t max_connections = 4096;            // beyond this, new clients wait in the backlog
    // Output queued beyond this stops reading further requests (and tail
    // streams stop reading their file) until the client catches up.
    std::size_t output_high_water = 256 * 1024;
    // Input read ahead while a request is being answered.
    std::size_t max_pending_input = 64 * 1024;
    std::chrono::milliseconds request_timeout{30'000};     // a request that stops arriving
    std::chrono::milliseconds idle_timeout{30 * 60'000};   // keep-alive between requests
    std::chrono::milliseconds write_timeout{60'000};       // a client that stops reading
    std::chrono::milliseconds linger_timeout{2'000};       // draining input after a final answer
};

}  // namespace sup::rpc
