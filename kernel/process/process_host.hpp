// What a Process needs from the supervisor that owns it. Keeping this an
// interface lets the state machine be tested without a whole supervisor.
#pragma once

#include <sys/types.h>

#include <boost/asio/io_context.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "process/child_pipes.hpp"
#include "process/process_state.hpp"

namespace sup::process {

class Process;

class ProcessHost {
public:
    virtual boost::asio::io_context& io() = 0;
    // False while supervisord shuts down or restarts: no new spawns then.
    virtual bool accepting_starts() const = 0;
    // supervisord's own environment and SUPERVISOR_SERVER_URL fallback.
    virtual const std::vector<std::string>& base_environment() const = 0;
    virtual const std::string& default_serverurl() const = 0;
    // One buffer shared by every output pipe on the loop.
    virtual std::span<char> read_buffer() = 0;

    virtual void child_started(Process& p, pid_t pid) = 0;
    virtual void state_changed(Process& p, ProcessState from, bool expected) = 0;
    virtual void output(Process& p, Channel channel, std::string_view data) = 0;

protected:
    ~ProcessHost() = default;
};

}  // namespace sup::process
