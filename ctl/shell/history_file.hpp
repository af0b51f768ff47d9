// The shell's history file (-r, history_file=): one entry per line, the
// plain format GNU readline writes, so the reference's supervisorctl and
// ours can share a file.
#pragma once

#include <string>
#include <vector>

namespace sup::ctl {

// The entries, oldest first; none when the file cannot be read.
std::vector<std::string> load_history(const std::string& path);
// Replaces the file; failures are ignored, as the reference ignores them.
void save_history(const std::string& path, const std::vector<std::string>& entries);

}  // namespace sup::ctl
