#include "config/accounts.hpp"

#include <grp.h>
#include <pwd.h>

#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "config/python_text.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

constexpr std::size_t kLookupBuffer = 1u << 16;

// int(text) for an id: optional surrounding whitespace and sign, digits.
std::optional<long long> parse_id(std::string_view text) {
    text = py_strip(text);
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<uid_t> lookup_user(std::string_view name_or_id, bool& numeric) {
    std::vector<char> buffer(kLookupBuffer);
    passwd record{};
    passwd* found = nullptr;
    const auto id = parse_id(name_or_id);
    numeric = id.has_value();
    if (id) {
        if (*id < 0 || *id > static_cast<long long>(static_cast<uid_t>(-1) - 1)) return std::nullopt;
        getpwuid_r(static_cast<uid_t>(*id), &record, buffer.data(), buffer.size(), &found);
    } else {
        getpwnam_r(std::string(name_or_id).c_str(), &record, buffer.data(), buffer.size(), &found);
    }
    if (!found) return std::nullopt;
    return found->pw_uid;
}

bool group_exists(std::string_view name_or_id) {
    std::vector<char> buffer(kLookupBuffer);
    group record{};
    group* found = nullptr;
    if (const auto id = parse_id(name_or_id)) {
        if (*id < 0 || *id > static_cast<long long>(static_cast<gid_t>(-1) - 1)) return false;
        getgrgid_r(static_cast<gid_t>(*id), &record, buffer.data(), buffer.size(), &found);
    } else {
        getgrnam_r(std::string(name_or_id).c_str(), &record, buffer.data(), buffer.size(), &found);
    }
    return found != nullptr;
}

}  // namespace

uid_t uid_for_user(std::string_view name_or_id) {
    bool numeric = false;
    if (const auto uid = lookup_user(name_or_id, numeric)) return *uid;
    throw ValueProblem((numeric ? "Invalid user id " : "Invalid user name ") + std::string(name_or_id));
}

gid_t primary_gid_of(uid_t uid) {
    std::vector<char> buffer(kLookupBuffer);
    passwd record{};
    passwd* found = nullptr;
    getpwuid_r(uid, &record, buffer.data(), buffer.size(), &found);
    if (!found) throw ValueProblem("Invalid user id " + std::to_string(uid));
    return found->pw_gid;
}

void check_user_and_group(std::string_view spec) {
    const std::size_t colon = spec.find(':');
    bool numeric = false;
    const bool ok = lookup_user(spec.substr(0, colon), numeric).has_value() &&
                    (colon == std::string_view::npos || group_exists(spec.substr(colon + 1)));
    if (!ok) throw ValueProblem("Invalid user:group definition " + std::string(spec));
}

}  // namespace sup::config
