// `tail -f` over one file, as the reference's logtail handlers do it: start
// `head` bytes before the end, then hand out what is appended; a truncated
// file restarts from 0 after a "==> File truncated <==" line; a file
// replaced under the same name (rotation) is reopened and read from 0.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <memory>
#include <string>

namespace sup::rpc {

class FileFollower {
public:
    static constexpr std::size_t default_head = 1024;

    // nullptr if the file cannot be opened.
    static std::unique_ptr<FileFollower> open(const std::string& path, std::size_t head = default_head);
    ~FileFollower();
    FileFollower(const FileFollower&) = delete;
    FileFollower& operator=(const FileFollower&) = delete;

    // Up to `max` new bytes ("" when nothing new).
    std::string read_more(std::size_t max);

    const std::string& path() const { return path_; }

private:
    FileFollower(std::string path, int fd, ino_t inode, dev_t device);
    void follow_rename();

    std::string path_;
    int fd_;
    ino_t inode_;
    dev_t device_;
    off_t position_ = 0;
};

}  // namespace sup::rpc
