#include "config/paths.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <vector>

#include "config/value_problem.hpp"

namespace sup::config {
namespace {

std::string home_of(const char* user) {  // "" when unknown
    std::vector<char> buffer(16384);
    passwd record{};
    passwd* found = nullptr;
    const int rc = user ? getpwnam_r(user, &record, buffer.data(), buffer.size(), &found)
                        : getpwuid_r(getuid(), &record, buffer.data(), buffer.size(), &found);
    return (rc == 0 && found && found->pw_dir) ? found->pw_dir : "";
}

std::string normalize_lexically(std::string_view path) {  // os.path.normpath
    if (path.empty()) return ".";
    std::size_t leading = 0;
    while (leading < path.size() && path[leading] == '/') ++leading;
    // POSIX keeps exactly two leading slashes; one or three-plus become one.
    const std::string root = leading == 0 ? "" : leading == 2 ? "//" : "/";
    std::vector<std::string_view> parts;
    std::size_t pos = leading;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view part = path.substr(pos, slash - pos);
        if (part.empty() || part == ".") {
        } else if (part != "..") {
            parts.push_back(part);
        } else if (!parts.empty() && parts.back() != "..") {
            parts.pop_back();
        } else if (root.empty()) {
            parts.push_back(part);
        }
        pos = slash + 1;
    }
    std::string out = root;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += '/';
        out += parts[i];
    }
    return out.empty() ? "." : out;
}

bool is_writable_directory(const std::string& path) {
    return is_directory(path) && access(path.c_str(), W_OK | X_OK) == 0;
}

}  // namespace

std::string expand_user(std::string_view path) {
    if (path.empty() || path[0] != '~') return std::string(path);
    std::size_t end = path.find('/', 1);
    if (end == std::string_view::npos) end = path.size();
    std::string home;
    if (end == 1) {
        const char* env_home = std::getenv("HOME");
        home = env_home ? env_home : home_of(nullptr);
    } else {
        home = home_of(std::string(path.substr(1, end - 1)).c_str());
    }
    if (home.empty() && end != 1) return std::string(path);
    while (home.size() > 1 && home.back() == '/') home.pop_back();
    if (home == "/") home.clear();
    std::string out = home + std::string(path.substr(end));
    return out.empty() ? "/" : out;
}

std::string current_directory() {
    std::vector<char> buffer(4096);
    while (getcwd(buffer.data(), buffer.size()) == nullptr) {
        if (errno != ERANGE || buffer.size() > (1u << 20)) return ".";
        buffer.resize(buffer.size() * 2);
    }
    return buffer.data();
}

std::string join_path(std::string_view base, std::string_view path) {
    if (!path.empty() && path[0] == '/') return std::string(path);
    std::string out(base);
    if (!out.empty() && out.back() != '/') out += '/';
    return out + std::string(path);
}

std::string normalize_path(std::string_view path) {
    return normalize_lexically(join_path(current_directory(), expand_user(path)));
}

std::string parent_directory(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return "";
    std::string_view head = path.substr(0, slash + 1);
    if (head.find_first_not_of('/') != std::string_view::npos)
        while (!head.empty() && head.back() == '/') head.remove_suffix(1);
    return std::string(head);
}

bool is_directory(const std::string& path) {
    struct stat info {};
    return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string existing_directory(std::string_view path) {
    std::string expanded = expand_user(path);
    if (is_directory(expanded)) return expanded;
    throw ValueProblem(std::string(path) + " is not an existing directory");
}

std::string existing_dirpath(std::string_view path) {
    std::string expanded = expand_user(path);
    const std::string directory = parent_directory(expanded);
    if (directory.empty() || is_directory(directory)) return expanded;
    throw ValueProblem("The directory named as part of the path " + std::string(path) +
                       " does not exist");
}

std::string system_temp_directory() {
    for (const char* variable : {"TMPDIR", "TEMP", "TMP"}) {
        const char* value = std::getenv(variable);
        if (value && *value && is_writable_directory(value)) return normalize_path(value);
    }
    for (const char* candidate : {"/tmp", "/var/tmp", "/usr/tmp"})
        if (is_writable_directory(candidate)) return candidate;
    return current_directory();
}

}  // namespace sup::config
