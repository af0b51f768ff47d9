#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <limits>

#include "cli/option_values.hpp"
#include "config/python_text.hpp"
#include "runtime/daemon.hpp"

namespace sup::runtime {

std::string drop_privileges(const std::string& user) {
    if (user.empty()) return "No user specified to setuid to!";
    const passwd* entry = nullptr;
    if (auto number = config::parse_python_int(user, 10)) {
        bool valid = *number >= 0 && *number <= std::numeric_limits<uid_t>::max();
        if (valid) entry = ::getpwuid(static_cast<uid_t>(*number));
        if (entry == nullptr) return "Can't find uid " + std::to_string(*number);
    } else {
        entry = ::getpwnam(user.c_str());
        if (entry == nullptr) return "Can't find username " + config::py_repr(user);
    }
    const uid_t uid = entry->pw_uid;
    const gid_t gid = entry->pw_gid;
    const std::string name = entry->pw_name;

    if (::getuid() == uid) return {};
    if (::getuid() != 0) return "Can't drop privilege as nonroot user";
    // The primary group plus every group that lists the user.
    if (::initgroups(name.c_str(), gid) != 0) return "Could not set groups of effective user";
    if (::setgid(gid) != 0) return "Could not set group id of effective user";
    if (::setuid(uid) != 0) return "Could not set user id of effective user";
    return {};
}

std::string apply_user_setting(const std::optional<std::string>& user,
                               std::vector<std::string>& criticals,
                               std::vector<std::string>& infos) {
    if (!user) {
        if (::getuid() == 0) {
            criticals.emplace_back(
                "Supervisor is running as root.  Privileges were not dropped because no user is "
                "specified in the config file.  If you intend to run as root, you can set "
                "user=root in the config file to avoid this message.");
        }
        return {};
    }
    cli::Converted<uid_t> uid = cli::to_uid(*user);
    if (!uid.value) return uid.error;
    std::string uid_text = std::to_string(*uid.value);
    if (std::string error = drop_privileges(uid_text); !error.empty()) return error;
    infos.push_back("Set uid to user " + uid_text + " succeeded");
    return {};
}

}  // namespace sup::runtime
