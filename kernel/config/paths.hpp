// Path handling as the reference does it (os.path semantics), plus the
// existence checks its datatypes perform.
#pragma once

#include <string>
#include <string_view>

namespace sup::config {

std::string expand_user(std::string_view path);          // os.path.expanduser
std::string normalize_path(std::string_view path);       // normpath(abspath(expanduser(p)))
std::string parent_directory(std::string_view path);     // os.path.dirname
std::string join_path(std::string_view base, std::string_view path);  // os.path.join
std::string current_directory();
bool is_directory(const std::string& path);

// The reference's existing_directory / existing_dirpath: expand ~, check
// the directory exists, throw ValueProblem otherwise. Return the ~-expanded
// path, not made absolute.
std::string existing_directory(std::string_view path);
std::string existing_dirpath(std::string_view path);

// Python's tempfile.gettempdir(): $TMPDIR, $TEMP, $TMP, then the usual
// system directories; the first one that is a writable directory.
std::string system_temp_directory();

}  // namespace sup::config
