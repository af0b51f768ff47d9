// Blocking reads and writes on a connected socket that give up on Ctrl-C.
#pragma once

#include <cstddef>
#include <string_view>

namespace sup::ctl {

// Throws SocketError, or Interrupted on Ctrl-C.
void send_all(int fd, std::string_view bytes);
// Bytes read into buffer, 0 at end of stream. Throws like send_all.
std::size_t receive_some(int fd, char* buffer, std::size_t capacity);

}  // namespace sup::ctl
