// Which supervisord to talk to and as whom. Commands can change it while
// the client runs (`open`, the shell's login prompt after a 401), so the
// connections read it at each use.
#pragma once

#include <optional>
#include <string>

namespace sup::ctl {

struct ServerAccess {
    std::string serverurl;
    std::optional<std::string> username;
    std::optional<std::string> password;
};

// The "Authorization: Basic ..." header line (with CRLF) the XML-RPC
// transport sends: only when both a username and a password are set, as
// the reference's transport decides.
std::string rpc_authorization_header(const ServerAccess& access);

// The same for the log streams (tail -f, fg): sent whenever there is a
// non-empty password, as the reference's streaming client decides.
std::string stream_authorization_header(const ServerAccess& access);

}  // namespace sup::ctl
