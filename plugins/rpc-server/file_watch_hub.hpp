// Wakes log-tail streams when their file changes: one inotify instance per
// server watching the files' directories (so a file that is truncated,
// rotated or recreated is still seen). Without inotify it falls back to
// checking every subscriber twice a second, and only while there are any.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

#include "host.hpp"

namespace sup::rpc {

class FileWatchHub {
public:
    using Notify = std::function<void(std::uint64_t subscriber)>;

    FileWatchHub(Host host, Notify notify);
    ~FileWatchHub();
    FileWatchHub(const FileWatchHub&) = delete;
    FileWatchHub& operator=(const FileWatchHub&) = delete;

    void add(std::uint64_t subscriber, const std::string& path);
    void remove(std::uint64_t subscriber);

private:
    struct Directory {
        int descriptor;
        std::size_t users;
    };
    struct Subscription {
        std::string directory;
        std::string name;
    };

    static void on_readable(void* self, int fd, int events);
    static void on_fallback_timer(void* self);
    void read_events();
    void notify_matching(const std::string* directory, const std::string* name);
    void arm_fallback();

    Host host_;
    Notify notify_;
    int inotify_fd_ = -1;
    sup_watch* watch_ = nullptr;
    sup_timer* fallback_ = nullptr;
    std::map<std::string, Directory> directories_;
    std::unordered_map<std::uint64_t, Subscription> subscriptions_;
};

}  // namespace sup::rpc
