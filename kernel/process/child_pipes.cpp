#include "process/child_pipes.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace sup::process {

OutputPipe::OutputPipe(boost::asio::io_context& io, int fd, std::span<char> buffer, Sink sink)
    : pipe_(io, fd), buffer_(buffer), sink_(std::move(sink)) {
    arm();
}

OutputPipe::~OutputPipe() {
    boost::system::error_code ignored;
    pipe_.close(ignored);
}

void OutputPipe::arm() {
    pipe_.async_wait(boost::asio::posix::stream_descriptor::wait_read,
                     [this](const boost::system::error_code& ec) {
                         if (ec) return;  // cancelled: we are being closed
                         if (read_once()) arm();
                         else {
                             boost::system::error_code ignored;
                             pipe_.close(ignored);
                         }
                     });
}

bool OutputPipe::read_once() {
    for (;;) {
        ssize_t n = ::read(pipe_.native_handle(), buffer_.data(), buffer_.size());
        if (n > 0) {
            sink_(std::string_view(buffer_.data(), static_cast<size_t>(n)));
            return true;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return true;
        return false;  // EOF or a real error
    }
}

void OutputPipe::drain_and_close() {
    if (!pipe_.is_open()) return;
    for (;;) {
        ssize_t n = ::read(pipe_.native_handle(), buffer_.data(), buffer_.size());
        if (n > 0) {
            sink_(std::string_view(buffer_.data(), static_cast<size_t>(n)));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    boost::system::error_code ignored;
    pipe_.close(ignored);
}

InputPipe::InputPipe(boost::asio::io_context& io, int fd) : pipe_(io, fd) {}

bool InputPipe::write(std::string_view data, std::string& error) {
    if (broken_ || !pipe_.is_open()) {
        error = "Process' stdin channel is closed";
        return false;
    }
    pending_.append(data);
    flush();
    if (broken_) {
        error = "Process' stdin channel is closed";
        return false;
    }
    return true;
}

void InputPipe::flush() {
    while (!pending_.empty()) {
        ssize_t n = ::write(pipe_.native_handle(), pending_.data(), pending_.size());
        if (n > 0) {
            pending_.erase(0, static_cast<size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) {
            if (!waiting_) {
                waiting_ = true;
                pipe_.async_wait(boost::asio::posix::stream_descriptor::wait_write,
                                 [this](const boost::system::error_code& ec) {
                                     if (ec) return;  // closed: `this` may be gone
                                     waiting_ = false;
                                     flush();
                                 });
            }
            return;
        }
        broken_ = true;  // EPIPE: the child closed its stdin
        pending_.clear();
        return;
    }
}

void InputPipe::close() {
    boost::system::error_code ignored;
    pipe_.close(ignored);
}

namespace {
void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}
}  // namespace

int PipeSet::create(bool redirect_stderr, bool with_stdin) {
    auto make = [this](int& read_end, int& write_end) {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC) < 0) return false;
        read_end = ends[0];
        write_end = ends[1];
        return true;
    };
    if ((with_stdin && !make(child_stdin, parent_stdin)) || !make(parent_stdout, child_stdout) ||
        (!redirect_stderr && !make(parent_stderr, child_stderr))) {
        int err = errno;
        close_all();
        return err;
    }
    for (int fd : {parent_stdin, parent_stdout, parent_stderr})
        if (fd >= 0) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return 0;
}

void PipeSet::close_child_ends() {
    close_fd(child_stdin);
    close_fd(child_stdout);
    close_fd(child_stderr);
}

void PipeSet::close_all() {
    close_child_ends();
    close_fd(parent_stdin);
    close_fd(parent_stdout);
    close_fd(parent_stderr);
}

}  // namespace sup::process
