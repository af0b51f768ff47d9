// A process group: its config and its processes, in priority order.
#pragma once

#include <memory>
#include <vector>

#include "config/model.hpp"
#include "process/process.hpp"
#include "supervisor/fcgi_socket.hpp"

namespace sup {

struct ProcessGroup {
    config::GroupConfig config;
    std::unique_ptr<FcgiSocket> socket;  // [fcgi-program:x] only
    std::vector<std::unique_ptr<process::Process>> processes;  // ascending priority

    bool all_stopped() const {
        for (const auto& p : processes)
            if (!process::is_stopped_state(p->state())) return false;
        return true;
    }
};

}  // namespace sup
