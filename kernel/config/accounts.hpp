// User and group lookups the reference performs while reading the config
// (it rejects a `user=` naming nobody). Throw ValueProblem.
#pragma once

#include <string_view>
#include <sys/types.h>

namespace sup::config {

// A user name or numeric uid that must exist: "Invalid user name x" /
// "Invalid user id 12345".
uid_t uid_for_user(std::string_view name_or_id);

// The primary group of an existing user.
gid_t primary_gid_of(uid_t uid);

// "user" or "user:group", both of which must exist: "Invalid user:group
// definition x".
void check_user_and_group(std::string_view spec);

}  // namespace sup::config
