// Helpers shared by the config tests: temporary directories with files in
// them, and short ways to load a config or get its error message.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "config/load.hpp"

namespace sup::config::testing {

inline const std::string kDataDir = std::string(TEST_DATA_DIR) + "/config";

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "supcfg-XXXXXX").string();
        path_ = mkdtemp(pattern.data()) ? pattern : "";
        EXPECT_FALSE(path_.empty());
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }
    std::string file(std::string_view relative) const { return path_ + "/" + std::string(relative); }

    // Writes `text` to `relative`, creating directories on the way.
    std::string write(std::string_view relative, std::string_view text) const {
        const std::string target = file(relative);
        std::filesystem::create_directories(std::filesystem::path(target).parent_path());
        std::ofstream(target, std::ios::binary) << text;
        return target;
    }

private:
    std::string path_;
};

// The smallest valid config, to prepend to a test's sections.
inline constexpr std::string_view kMinimal = "[supervisord]\n";

inline Config load_ini(std::string_view text, const std::string& path = "/tmp/test.conf") {
    return load_ini_text(text, path);
}

// The ConfigError message of loading `text`, or "" when it loads.
inline std::string ini_error(std::string_view text, const std::string& path = "/tmp/test.conf") {
    try {
        load_ini_text(text, path);
    } catch (const ConfigError& error) {
        return error.what();
    }
    return "";
}

inline std::string toml_error(std::string_view text, const std::string& path = "/tmp/test.toml") {
    try {
        load_toml_text(text, path);
    } catch (const ConfigError& error) {
        return error.what();
    }
    return "";
}

// The only process of a one-program config.
inline ProcessConfig only_process(const Config& config) {
    EXPECT_EQ(config.groups.size(), 1u);
    if (config.groups.empty()) return {};
    EXPECT_EQ(config.groups[0].processes.size(), 1u);
    if (config.groups[0].processes.empty()) return {};
    return config.groups[0].processes[0];
}

inline ProcessConfig load_program(std::string_view program_keys) {
    return only_process(load_ini(std::string(kMinimal) + "[program:p]\n" + std::string(program_keys)));
}

// Scoped environment variable for supervisord's own environment.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = getenv(name)) old_ = old;
        setenv(name, value, 1);
    }
    ~ScopedEnv() {
        if (old_) setenv(name_.c_str(), old_->c_str(), 1);
        else unsetenv(name_.c_str());
    }

private:
    std::string name_;
    std::optional<std::string> old_;
};

}  // namespace sup::config::testing
