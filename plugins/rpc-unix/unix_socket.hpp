// The [unix_http_server] socket file: created with its final mode before it
// appears under its name, a stale file from a dead server replaced, a live
// server's refused.
#pragma once

#include <sys/types.h>

#include <string>

namespace sup::rpc_unix {

struct UnixSocketSpec {
    std::string path;
    mode_t mode = 0700;
    uid_t owner = static_cast<uid_t>(-1);  // -1: leave as is
    gid_t group = static_cast<gid_t>(-1);
};

struct OpenedSocket {
    int fd = -1;        // listening; -1 on failure
    std::string error;  // why, in the reference's words
    ino_t inode = 0;    // the socket file as created, to remove only ours
    dev_t device = 0;
};

OpenedSocket open_unix_socket(const UnixSocketSpec& spec);

// True if a server accepts connections on `path`.
bool socket_in_use(const std::string& path);

// Removes `path` if it is still the file open_unix_socket created.
void remove_socket_file(const std::string& path, const OpenedSocket& socket);

}  // namespace sup::rpc_unix
