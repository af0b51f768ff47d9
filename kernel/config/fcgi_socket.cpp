#include "config/fcgi_socket.hpp"

#include <unistd.h>

#include "config/accounts.hpp"
#include "config/datatypes.hpp"
#include "config/paths.hpp"
#include "config/python_text.hpp"

namespace sup::config {
namespace {

constexpr std::string_view kUnixScheme = "unix://";
constexpr std::string_view kTcpScheme = "tcp://";

// tcp://HOST:PORT, HOST without whitespace or colons, PORT digits.
bool split_tcp_url(std::string_view url, std::string& host, std::string& port) {
    if (url.substr(0, kTcpScheme.size()) != kTcpScheme) return false;
    url.remove_prefix(kTcpScheme.size());
    const std::size_t colon = url.find(':');
    if (colon == 0 || colon == std::string_view::npos) return false;
    host = url.substr(0, colon);
    port = url.substr(colon + 1);
    if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos) return false;
    return host.find_first_of(" \t\n\r\f\v") == std::string::npos;
}

}  // namespace

SocketConfig read_fcgi_socket(const SectionReader& read, const Expansions& names, const std::string& program_name) {
    const auto as_string = [](const std::string& text) { return text; };
    const std::optional<std::string> user = read.value("user", names, std::optional<std::string>(), as_string);
    std::optional<uid_t> uid;
    if (user) uid = read.checked("user", [&] { return uid_for_user(*user); });

    SocketConfig socket;
    socket.backlog = read.value("socket_backlog", names, std::optional<int>(), to_integer);
    if (socket.backlog && (*socket.backlog < 1 || *socket.backlog > 65535))
        read.fail("socket_backlog", "Invalid socket_backlog value " + std::to_string(*socket.backlog));
    socket.owner = read.value("socket_owner", names, std::optional<std::string>(), as_string);
    if (socket.owner) {
        try {
            check_user_and_group(*socket.owner);
        } catch (const ValueProblem&) {
            read.fail("socket_owner", "Invalid socket_owner value " + *socket.owner);
        }
    }
    if (const auto mode = read.text("socket_mode", names)) {
        try {
            socket.mode = to_octal(*mode);
        } catch (const ValueProblem&) {
            read.fail("socket_mode", "Invalid socket_mode value " + *mode);
        }
    }
    Expansions socket_names = names;
    socket_names["program_name"] = program_name;
    const std::string url = read.text("socket", socket_names).value_or("");
    if (url.empty()) read.fail_section("[" + read.name() + "] section requires a \"socket\" line");

    if (url.substr(0, kUnixScheme.size()) == kUnixScheme) {
        const std::string path = url.substr(kUnixScheme.size());
        if (path.empty() || path[0] != '/') read.fail("socket", "Unix socket path " + path + " is not an absolute path");
        socket.family = SocketConfig::Family::Unix;
        socket.path = normalize_path(path);
        socket.url = std::string(kUnixScheme) + socket.path;
        // Left to the reference's default, a socket belongs to the user the
        // program runs as.
        if (!socket.owner && uid && *uid != getuid())
            socket.owner = std::to_string(*uid) + ":" +
                           std::to_string(read.checked("user", [&] { return primary_gid_of(*uid); }));
        if (!socket.mode) socket.mode = 0700;
        return socket;
    }
    if (socket.owner || socket.mode)
        read.fail("socket", "socket_owner and socket_mode params should only be used with a Unix domain socket");
    std::string host, port;
    if (!split_tcp_url(url, host, port)) read.fail("socket", "Bad socket format " + url);
    socket.family = SocketConfig::Family::Inet;
    socket.host = ascii_lower(host);
    socket.port = read.checked("socket", [&] { return to_port_number(port); });
    socket.url = std::string(kTcpScheme) + socket.host + ":" + std::to_string(socket.port);
    return socket;
}

}  // namespace sup::config
