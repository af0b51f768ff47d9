// Opening a stream socket to supervisord.
#pragma once

#include "rpc/server_url.hpp"

namespace sup::ctl {

// A connected, blocking, close-on-exec socket. Throws SocketError
// (ENOENT for a missing unix socket, ECONNREFUSED, a resolver error...),
// CommandFailure for a unix path too long, Interrupted on Ctrl-C.
int connect_to(const Endpoint& endpoint);

}  // namespace sup::ctl
