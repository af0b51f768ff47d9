#include "cli/path_text.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <vector>

namespace sup::cli {
namespace {

std::string current_directory() {
    std::vector<char> buffer(4096);
    while (getcwd(buffer.data(), buffer.size()) == nullptr) {
        if (errno != ERANGE) return "";
        buffer.resize(buffer.size() * 2);
    }
    return buffer.data();
}

}  // namespace

std::string path_dirname(const std::string& path) {
    std::string head = path.substr(0, path.rfind('/') + 1);
    // Trailing slashes go, unless the head is nothing but slashes.
    if (head.find_first_not_of('/') != std::string::npos) {
        head.erase(head.find_last_not_of('/') + 1);
    }
    return head;
}

std::string path_join(const std::string& base, const std::string& name) {
    if (!name.empty() && name.front() == '/') return name;
    if (base.empty() || base.back() == '/') return base + name;
    return base + "/" + name;
}

std::string path_normalize(const std::string& path) {
    if (path.empty()) return ".";
    // POSIX lets exactly two leading slashes mean something else; keep them.
    std::size_t leading = path.find_first_not_of('/');
    if (leading == std::string::npos) leading = path.size();
    std::string prefix = leading == 2 ? "//" : leading > 0 ? "/" : "";

    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        start = end + 1;
        if (part.empty() || part == ".") continue;
        if (part == ".." && ((prefix.empty() && parts.empty()) ||
                             (!parts.empty() && parts.back() == ".."))) {
            parts.push_back(part);  // a relative path may climb above its start
        } else if (part == "..") {
            if (!parts.empty()) parts.pop_back();  // "/.." stays "/"
        } else {
            parts.push_back(part);
        }
    }
    std::string result = prefix;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) result += '/';
        result += parts[i];
    }
    return result.empty() ? "." : result;
}

std::string path_expand_user(const std::string& path) {
    if (path.empty() || path.front() != '~') return path;
    std::size_t slash = path.find('/');
    if (slash == std::string::npos) slash = path.size();
    std::string home;
    if (slash == 1) {
        if (const char* env = std::getenv("HOME")) {
            home = env;
        } else if (const passwd* pw = getpwuid(getuid())) {
            home = pw->pw_dir;
        } else {
            return path;
        }
    } else {
        const passwd* pw = getpwnam(path.substr(1, slash - 1).c_str());
        if (pw == nullptr) return path;
        home = pw->pw_dir;
    }
    home.erase(home.find_last_not_of('/') + 1);
    std::string result = home + path.substr(slash);
    return result.empty() ? "/" : result;
}

std::string path_absolute(const std::string& path) {
    std::string expanded = path_expand_user(path);
    if (expanded.empty() || expanded.front() != '/') {
        expanded = path_join(current_directory(), expanded);
    }
    return path_normalize(expanded);
}

bool path_exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0;
}

bool path_is_directory(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace sup::cli
