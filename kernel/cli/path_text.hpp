// Path arithmetic on strings, with the exact results of Python's posixpath
// (dirname, join, normpath, abspath, expanduser): the reference builds its
// config search paths and its log/pid file names this way, and messages
// quote them.
#pragma once

#include <string>

namespace sup::cli {

std::string path_dirname(const std::string& path);
std::string path_join(const std::string& base, const std::string& name);
std::string path_normalize(const std::string& path);  // lexical, like normpath
std::string path_expand_user(const std::string& path);  // "~" and "~user"
// expanduser, then made absolute against the current directory, normalized.
std::string path_absolute(const std::string& path);

bool path_exists(const std::string& path);  // follows symlinks
bool path_is_directory(const std::string& path);

}  // namespace sup::cli
