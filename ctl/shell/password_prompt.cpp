#include "shell/password_prompt.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "control/interrupt.hpp"
#include "shell/stdin_lines.hpp"

namespace sup::ctl {
namespace {

void write_all(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return;
        done += static_cast<std::size_t>(wrote);
    }
}

// One line from the terminal, echo off; restores the terminal even on
// Ctrl-C.
std::optional<std::string> read_from_terminal(int tty, const std::string& prompt) {
    termios saved{};
    const bool has_modes = tcgetattr(tty, &saved) == 0;
    if (has_modes) {
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    write_all(tty, prompt);
    std::string line;
    bool ended = false, interrupted = false;
    while (true) {
        char c;
        const ssize_t got = read(tty, &c, 1);
        if (got < 0 && errno == EINTR) {
            if (!interrupt_pending()) continue;
            interrupted = true;
            break;
        }
        if (got <= 0) {
            ended = true;
            break;
        }
        if (c == '\n') break;
        line += c;
    }
    if (has_modes) tcsetattr(tty, TCSAFLUSH, &saved);
    write_all(tty, "\n");
    if (interrupted) throw_if_interrupted();
    if (ended && line.empty()) return std::nullopt;
    return line;
}

}  // namespace

std::optional<std::string> read_password(const std::string& prompt) {
    const int tty = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty >= 0) {
        try {
            std::optional<std::string> answer = read_from_terminal(tty, prompt);
            close(tty);
            return answer;
        } catch (...) {
            close(tty);
            throw;
        }
    }
    std::fputs("Warning: Password input may be echoed.\n", stderr);
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    return StdinLines::instance().read_line();
}

}  // namespace sup::ctl
