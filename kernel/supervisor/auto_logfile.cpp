#include "supervisor/auto_logfile.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "runtime/main_log.hpp"

namespace sup {

std::string resolve_logfile(const config::LogTarget& target, const std::string& process_name,
                            const char* channel, const config::SupervisordConfig& sd) {
    using Kind = config::LogTarget::Kind;
    if (target.kind == Kind::Path) return target.path;
    if (target.kind == Kind::None) return "";
    std::string pattern = sd.childlogdir + "/" + process_name + "-" + channel + "---" +
                          sd.identifier + "-XXXXXX.log";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemps(buf.data(), 4);  // 4 = strlen(".log")
    if (fd < 0) {
        mainlog::warn("could not create AUTO log file " + pattern + ": " + std::strerror(errno));
        return "";
    }
    ::close(fd);
    return buf.data();
}

}  // namespace sup
