#include "log_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "faults.hpp"

namespace sup::rpc_supervisor {

namespace {

// Closes on scope exit.
struct OpenFile {
    int fd;
    explicit OpenFile(const std::string& path) : fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~OpenFile() {
        if (fd >= 0) ::close(fd);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
};

bool size_of(int fd, std::int64_t& size) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return false;
    size = st.st_size;
    return true;
}

// Up to `count` bytes at `at`; false on an I/O error.
bool read_at(int fd, std::int64_t at, std::int64_t count, std::string& out) {
    out.assign(static_cast<std::size_t>(count), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::pread(fd, out.data() + got, out.size() - got, static_cast<off_t>(at) + got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    return true;
}

// Far beyond any file size, and small enough that sums cannot overflow.
std::int64_t clamped(std::int64_t v) {
    constexpr std::int64_t limit = std::int64_t{1} << 60;
    return v > limit ? limit : v < -limit ? -limit : v;
}

}  // namespace

LogRead read_log(const std::string& path, std::int64_t offset, std::int64_t length) {
    offset = clamped(offset);
    length = clamped(length);
    LogRead result;
    if ((offset < 0 && length != 0) || (offset >= 0 && length < 0)) {
        result.fault = BAD_ARGUMENTS;
        return result;
    }
    OpenFile file(path);
    std::int64_t size = 0;
    if (file.fd < 0 || !size_of(file.fd, size)) {
        result.fault = FAILED;
        return result;
    }
    std::int64_t from = offset, count = length;
    if (offset < 0) {
        from = size + offset < 0 ? 0 : size + offset;
        count = -offset;
    } else if (length == 0) {
        count = size - offset;
    }
    if (from >= size || count <= 0) return result;
    if (count > size - from) count = size - from;
    if (!read_at(file.fd, from, count, result.data)) result.fault = FAILED;
    return result;
}

LogTail tail_log(const std::string& path, std::int64_t offset, std::int64_t length) {
    LogTail tail;
    tail.offset = offset;
    offset = clamped(offset);
    length = clamped(length);
    OpenFile file(path);
    std::int64_t size = 0;
    if (file.fd < 0 || !size_of(file.fd, size)) return tail;
    if (size > offset + length) {
        tail.overflow = true;
        offset = size - 1;
    }
    if (offset + length > size) {
        if (offset > size - 1) length = 0;
        offset = size - length;
    }
    if (offset < 0) offset = 0;
    if (length < 0) length = 0;
    if (length > size - offset) length = size - offset;  // only what exists is read
    if (length > 0 && !read_at(file.fd, offset, length, tail.data)) tail.data.clear();
    tail.offset = size;
    return tail;
}

bool file_exists(const std::string& path) {
    struct stat st {};
    return !path.empty() && ::stat(path.c_str(), &st) == 0;
}

bool clear_log(const std::string& path) {
    if (path.empty()) return true;
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return errno == ENOENT;
    ::close(fd);
    return true;
}

}  // namespace sup::rpc_supervisor
