// supervisord's main log: "YYYY-MM-DD HH:MM:SS,mmm LEVEL message" lines, with
// the reference's seven levels (CRIT ERRO WARN INFO DEBG TRAC BLAT).
// Before configure() is called, lines go to stderr.
// Every line is flushed as it is written. Call from the loop thread only.
#pragma once

#include <string>
#include <string_view>

#include "config/model.hpp"

namespace sup::mainlog {

using config::LogLevel;

// path "" = no file; "syslog" = the system log (LOG_USER, LOG_INFO, one
// entry per line of a message), as in the reference. also_stdout: the
// reference echoes to stdout when nodaemon and not silent.
// Returns why the file could not be opened ("" = ok); the previous setup
// stays in place then.
std::string configure(const std::string& path, LogLevel level, bool also_stdout);
void close();  // back to stderr
// SIGUSR2: reopen the file at the same path (e.g. after logrotate moved it).
// Returns why it could not be opened ("" = ok); the old file is kept then.
std::string reopen();
bool enabled(LogLevel level);
void write(LogLevel level, std::string_view message);

// "CRIT", "ERRO", "WARN", "INFO", "DEBG", "TRAC", "BLAT".
std::string_view level_name(LogLevel level);

inline void critical(std::string_view m) { write(LogLevel::Critical, m); }
inline void error(std::string_view m) { write(LogLevel::Error, m); }
inline void warn(std::string_view m) { write(LogLevel::Warn, m); }
inline void info(std::string_view m) { write(LogLevel::Info, m); }
inline void debug(std::string_view m) { write(LogLevel::Debug, m); }
inline void trace(std::string_view m) { write(LogLevel::Trace, m); }
inline void blather(std::string_view m) { write(LogLevel::Blather, m); }

}  // namespace sup::mainlog
