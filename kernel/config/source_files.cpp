#include "config/source_files.hpp"

#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "config/error_format.hpp"
#include "config/text_checks.hpp"

namespace sup::config {

std::optional<std::string> try_read_config_file(const std::string& path, std::string& why) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why = std::strerror(errno);
        return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    while (true) {
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            why = std::strerror(errno);
            close(fd);
            return std::nullopt;
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > kMaxConfigFileSize) {
            close(fd);
            throw file_error({path, 0}, "Config file is larger than " +
                                            std::to_string(kMaxConfigFileSize >> 20) + " MiB");
        }
    }
    close(fd);
    return text;
}

std::string read_config_file(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 && errno == ENOENT) throw ConfigError("could not find config file " + path);
    std::string why;
    std::optional<std::string> text = try_read_config_file(path, why);
    if (!text) throw ConfigError("could not read config file " + path + " (" + why + ")");
    return std::move(*text);
}

std::vector<std::string> sorted_glob(const std::string& pattern) {
    glob_t matches{};
    std::vector<std::string> paths;
    // Python's glob knows no backslash escapes.
    if (glob(pattern.c_str(), GLOB_NOESCAPE, nullptr, &matches) == 0)
        paths.assign(matches.gl_pathv, matches.gl_pathv + matches.gl_pathc);
    globfree(&matches);
    std::sort(paths.begin(), paths.end());
    return paths;
}

}  // namespace sup::config
