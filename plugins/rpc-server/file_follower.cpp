#include "file_follower.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sup::rpc {

namespace {

int open_read_only(const std::string& path) { return ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK); }

}  // namespace

std::unique_ptr<FileFollower> FileFollower::open(const std::string& path, std::size_t head) {
    const int fd = open_read_only(path);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<FileFollower> follower(new FileFollower(path, fd, st.st_ino, st.st_dev));
    const auto size = static_cast<std::size_t>(st.st_size);
    follower->position_ = static_cast<off_t>(size >= head ? size - head : 0);
    return follower;
}

FileFollower::FileFollower(std::string path, int fd, ino_t inode, dev_t device)
    : path_(std::move(path)), fd_(fd), inode_(inode), device_(device) {}

FileFollower::~FileFollower() { ::close(fd_); }

void FileFollower::follow_rename() {
    struct stat st {};
    if (::stat(path_.c_str(), &st) != 0) return;  // gone: keep the old file
    if (st.st_ino == inode_ && st.st_dev == device_) return;
    const int fd = open_read_only(path_);
    if (fd < 0) return;
    ::close(fd_);
    fd_ = fd;
    inode_ = st.st_ino;
    device_ = st.st_dev;
    position_ = 0;
}

std::string FileFollower::read_more(std::size_t max) {
    follow_rename();
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return {};
    if (st.st_size < position_) {
        position_ = 0;
        return "==> File truncated <==\n";
    }
    const auto available = static_cast<std::size_t>(st.st_size - position_);
    std::string data(available < max ? available : max, '\0');
    const ssize_t n = ::pread(fd_, data.data(), data.size(), position_);
    if (n <= 0) return {};
    data.resize(static_cast<std::size_t>(n));
    position_ += n;
    return data;
}

}  // namespace sup::rpc
