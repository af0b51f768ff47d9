#include "unix_settings.hpp"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <vector>

namespace sup::rpc_unix {

namespace {

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::optional<long> parse_number(std::string text, int base) {
    text = trim(std::move(text));
    if (!text.empty() && text[0] == '+') text.erase(0, 1);
    if (base == 8 && text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O')) text.erase(0, 2);
    long v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, base);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

std::optional<uid_t> user_id(const std::string& name) {
    if (auto n = parse_number(name, 10)) return static_cast<uid_t>(*n);
    const passwd* pw = ::getpwnam(name.c_str());
    if (!pw) return std::nullopt;
    return pw->pw_uid;
}

std::optional<gid_t> group_id(const std::string& name) {
    if (auto n = parse_number(name, 10)) return static_cast<gid_t>(*n);
    const group* gr = ::getgrnam(name.c_str());
    if (!gr) return std::nullopt;
    return gr->gr_gid;
}

std::string expand_user(const std::string& path) {
    if (path.empty() || path[0] != '~') return path;
    const auto slash = path.find('/');
    const std::string user = path.substr(1, slash == std::string::npos ? std::string::npos : slash - 1);
    std::string home;
    if (user.empty()) {
        const char* env = std::getenv("HOME");
        const passwd* pw = env ? nullptr : ::getpwuid(::getuid());
        home = env ? env : pw ? pw->pw_dir : "";
    } else {
        const passwd* pw = ::getpwnam(user.c_str());
        if (!pw) return path;
        home = pw->pw_dir;
    }
    return home + (slash == std::string::npos ? "" : path.substr(slash));
}

}  // namespace

std::string normalize_path(const std::string& raw) {
    std::string path = expand_user(raw);
    if (path.empty() || path[0] != '/') {
        char cwd[4096];
        if (::getcwd(cwd, sizeof cwd)) path = std::string(cwd) + "/" + path;
    }
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (at <= path.size()) {
        const auto next = path.find('/', at);
        const std::string part = path.substr(at, next == std::string::npos ? std::string::npos : next - at);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (next == std::string::npos) break;
        at = next + 1;
    }
    std::string out;
    for (const auto& part : parts) out += "/" + part;
    return out.empty() ? "/" : out;
}

UnixSettings read_unix_settings(const std::string& section, const SettingLookup& lookup) {
    UnixSettings settings;
    const char* file = lookup("file");
    if (!file) {
        settings.error = "section [" + section + "] has no file value";
        return settings;
    }
    settings.socket.path = normalize_path(trim(file));

    if (const char* chmod = lookup("chmod")) {
        const auto mode = parse_number(chmod, 8);
        if (!mode || *mode < 0) {
            settings.error = "Invalid chmod value " + std::string(chmod);
            return settings;
        }
        settings.socket.mode = static_cast<mode_t>(*mode);
    }

    if (const char* chown = lookup("chown")) {
        const std::string spec = chown;
        const auto colon = spec.find(':');
        const auto uid = user_id(spec.substr(0, colon));
        std::optional<gid_t> gid = static_cast<gid_t>(-1);
        if (colon != std::string::npos) gid = group_id(spec.substr(colon + 1));
        if (!uid || !gid) {
            settings.error = "Invalid sockchown value " + spec;
            return settings;
        }
        settings.socket.owner = *uid;
        settings.socket.group = *gid;
    }
    return settings;
}

}  // namespace sup::rpc_unix
