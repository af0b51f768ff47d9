// Reading a config file into the typed model.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "config/model.hpp"

namespace sup::config {

// A config problem, already worded for the user: names the file, the line,
// the section and the key where it knows them. supervisord prints it as
// "Error: <what()>" and exits 2, as the reference does.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads `path` (INI, or TOML when it ends in ".toml"), follows [include],
// expands %(...)s, checks every value. Throws ConfigError.
Config load_file(const std::string& path);

// What supervisorctl reads, the way the reference's client reads it: the
// main file only ([include] is not followed) and only its [supervisorctl]
// section, so a problem in another section does not stop the client.
// Throws ConfigError; ".ini file does not include supervisorctl section"
// when the section is absent.
CtlConfig load_ctl_file(const std::string& path);

// The same from text already in memory; `path` is used for %(here)s,
// relative includes and messages. For tests.
Config load_ini_text(std::string_view text, const std::string& path);
Config load_toml_text(std::string_view text, const std::string& path);

}  // namespace sup::config
