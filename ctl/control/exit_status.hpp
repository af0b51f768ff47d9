// supervisorctl's exit statuses: the reference's LSB init-script codes,
// and the two `status` uses differently.
#pragma once

namespace sup::ctl::exit_status {

inline constexpr int kSuccess = 0;
inline constexpr int kGeneric = 1;
inline constexpr int kInvalidArgs = 2;
inline constexpr int kUnimplementedFeature = 3;
inline constexpr int kInsufficientPrivileges = 4;
inline constexpr int kNotInstalled = 5;
inline constexpr int kNotRunning = 7;

// `status` only.
inline constexpr int kStatusNotRunning = 3;
inline constexpr int kStatusUnknown = 4;

}  // namespace sup::ctl::exit_status
