#include "shell/stdin_lines.hpp"

#include <unistd.h>

#include <cerrno>

#include "control/interrupt.hpp"
#include "rpc/rpc_errors.hpp"

namespace sup::ctl {

StdinLines& StdinLines::instance() {
    static StdinLines lines;
    return lines;
}

std::optional<std::string> StdinLines::take_line() {
    const std::size_t newline = buffer_.find('\n');
    if (newline == std::string::npos) return std::nullopt;
    std::string line = buffer_.substr(0, newline);
    buffer_.erase(0, newline + 1);
    return line;
}

bool StdinLines::read_more() {
    if (ended_) return false;
    char chunk[4096];
    while (true) {
        const ssize_t got = read(STDIN_FILENO, chunk, sizeof chunk);
        if (got > 0) {
            buffer_.append(chunk, static_cast<std::size_t>(got));
            return true;
        }
        if (got == 0 || errno != EINTR) break;  // a read error ends input, as EOF would
        throw_if_interrupted();
    }
    ended_ = true;
    return false;
}

std::optional<std::string> StdinLines::read_line() {
    while (true) {
        if (std::optional<std::string> line = take_line()) return line;
        if (!read_more()) break;
    }
    if (buffer_.empty()) return std::nullopt;
    std::string last;
    last.swap(buffer_);
    return last;
}

}  // namespace sup::ctl
