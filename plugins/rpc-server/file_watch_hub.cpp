#include "file_watch_hub.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <set>
#include <vector>

namespace sup::rpc {

namespace {

constexpr std::uint32_t watched_events =
    IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;
constexpr std::uint64_t fallback_period_ms = 500;

std::pair<std::string, std::string> split_path(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

}  // namespace

FileWatchHub::FileWatchHub(Host host, Notify notify) : host_(host), notify_(std::move(notify)) {
    inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (inotify_fd_ >= 0) {
        watch_ = host_.api->watch_fd(host_.ctx, inotify_fd_, SUP_READABLE, &FileWatchHub::on_readable, this);
    } else {
        host_.log(SUP_LOG_WARN, "inotify is unavailable: log tails are checked every 0.5 s");
    }
}

FileWatchHub::~FileWatchHub() {
    if (fallback_) host_.api->timer_cancel(fallback_);
    if (watch_) host_.api->watch_cancel(watch_);
    if (inotify_fd_ >= 0) ::close(inotify_fd_);
}

void FileWatchHub::add(std::uint64_t subscriber, const std::string& path) {
    auto [directory, name] = split_path(path);
    if (inotify_fd_ >= 0) {
        auto it = directories_.find(directory);
        if (it == directories_.end()) {
            const int wd = ::inotify_add_watch(inotify_fd_, directory.c_str(), watched_events);
            if (wd < 0) host_.log(SUP_LOG_WARN, "cannot watch " + directory + " for log tails");
            it = directories_.emplace(directory, Directory{wd, 0}).first;
        }
        ++it->second.users;
    }
    subscriptions_[subscriber] = Subscription{std::move(directory), std::move(name)};
    arm_fallback();
}

void FileWatchHub::remove(std::uint64_t subscriber) {
    auto sub = subscriptions_.find(subscriber);
    if (sub == subscriptions_.end()) return;
    auto dir = directories_.find(sub->second.directory);
    if (dir != directories_.end() && --dir->second.users == 0) {
        if (dir->second.descriptor >= 0) ::inotify_rm_watch(inotify_fd_, dir->second.descriptor);
        directories_.erase(dir);
    }
    subscriptions_.erase(sub);
}

void FileWatchHub::on_readable(void* self, int, int) { static_cast<FileWatchHub*>(self)->read_events(); }

void FileWatchHub::read_events() {
    alignas(inotify_event) char buffer[16384];
    const ssize_t n = ::read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return;
    // Collect first: notifying may add or remove subscriptions.
    std::set<std::pair<std::string, std::string>> changed;
    bool overflow = false;
    for (ssize_t at = 0; at < n;) {
        const auto* ev = reinterpret_cast<const inotify_event*>(buffer + at);
        at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
        if (ev->mask & IN_Q_OVERFLOW) overflow = true;
        if (ev->len == 0) continue;
        for (const auto& [path, dir] : directories_)
            if (dir.descriptor == ev->wd) changed.emplace(path, ev->name);
    }
    if (overflow) {
        notify_matching(nullptr, nullptr);
        return;
    }
    for (const auto& [directory, name] : changed) notify_matching(&directory, &name);
}

void FileWatchHub::notify_matching(const std::string* directory, const std::string* name) {
    std::vector<std::uint64_t> targets;
    for (const auto& [id, sub] : subscriptions_)
        if (!directory || (sub.directory == *directory && sub.name == *name)) targets.push_back(id);
    for (std::uint64_t id : targets)
        if (subscriptions_.count(id)) notify_(id);
}

void FileWatchHub::arm_fallback() {
    if (inotify_fd_ >= 0 || fallback_ || subscriptions_.empty()) return;
    fallback_ = host_.api->timer_start(host_.ctx, fallback_period_ms, &FileWatchHub::on_fallback_timer, this);
}

void FileWatchHub::on_fallback_timer(void* self) {
    auto* hub = static_cast<FileWatchHub*>(self);
    hub->fallback_ = nullptr;
    hub->notify_matching(nullptr, nullptr);
    hub->arm_fallback();
}

}  // namespace sup::rpc
