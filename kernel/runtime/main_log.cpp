#include "runtime/main_log.hpp"

#include <spdlog/logger.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/sinks/syslog_sink.h>
#include <syslog.h>

#include <memory>

namespace sup::mainlog {
namespace {

// spdlog supplies the time stamp (local time, milliseconds truncated as the
// reference does) and the sinks; the level name is ours, because the
// reference has seven levels and spdlog six.
constexpr const char* line_pattern = "%Y-%m-%d %H:%M:%S,%e %v";

std::shared_ptr<spdlog::logger> make_logger(spdlog::sink_ptr sink) {
    auto logger = std::make_shared<spdlog::logger>("supervisord", std::move(sink));
    logger->set_formatter(std::make_unique<spdlog::pattern_formatter>(line_pattern));
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::trace);
    return logger;
}

std::shared_ptr<spdlog::logger> stderr_logger() {
    return make_logger(std::make_shared<spdlog::sinks::stderr_sink_mt>());
}

struct State {
    LogLevel threshold = LogLevel::Info;
    std::string path;
    std::shared_ptr<spdlog::logger> target;  // file, syslog or stderr
    std::shared_ptr<spdlog::logger> echo;    // stdout, or null
};

State& state() {
    static State current{LogLevel::Info, {}, stderr_logger(), {}};
    return current;
}

bool is_syslog(const std::string& path) { return path == "syslog"; }

std::shared_ptr<spdlog::logger> open_target(const std::string& path) {
    if (path.empty()) return nullptr;
    if (is_syslog(path)) {
        return make_logger(std::make_shared<spdlog::sinks::syslog_sink_mt>(
            "supervisord", 0, LOG_USER, true));
    }
    return make_logger(std::make_shared<spdlog::sinks::basic_file_sink_mt>(path, false));
}

void emit(spdlog::logger& logger, const std::string& line) {
    logger.log(spdlog::level::info, spdlog::string_view_t(line));
}

}  // namespace

std::string_view level_name(LogLevel level) {
    switch (level) {
        case LogLevel::Critical: return "CRIT";
        case LogLevel::Error: return "ERRO";
        case LogLevel::Warn: return "WARN";
        case LogLevel::Info: return "INFO";
        case LogLevel::Debug: return "DEBG";
        case LogLevel::Trace: return "TRAC";
        case LogLevel::Blather: return "BLAT";
    }
    return "INFO";
}

std::string configure(const std::string& path, LogLevel level, bool also_stdout) {
    std::shared_ptr<spdlog::logger> target;
    try {
        target = open_target(path);
    } catch (const spdlog::spdlog_ex& e) {
        return e.what();
    }
    State& s = state();
    s.threshold = level;
    s.path = path;
    s.target = std::move(target);
    s.echo = also_stdout ? make_logger(std::make_shared<spdlog::sinks::stdout_sink_mt>()) : nullptr;
    return {};
}

void close() {
    State& s = state();
    s.path.clear();
    s.echo.reset();
    s.target = stderr_logger();
}

std::string reopen() {
    State& s = state();
    if (s.path.empty() || is_syslog(s.path)) return {};
    try {
        s.target = open_target(s.path);  // the old one is closed only once this worked
    } catch (const spdlog::spdlog_ex& e) {
        return e.what();
    }
    return {};
}

bool enabled(LogLevel level) {
    return static_cast<int>(level) >= static_cast<int>(state().threshold);
}

void write(LogLevel level, std::string_view message) {
    if (!enabled(level)) return;
    State& s = state();
    std::string prefix = std::string(level_name(level)) + " ";
    if (s.echo) emit(*s.echo, prefix + std::string(message));
    if (!s.target) return;
    if (!is_syslog(s.path)) {
        emit(*s.target, prefix + std::string(message));
        return;
    }
    // syslog gets one entry per line of the message.
    while (!message.empty() && message.back() == '\n') message.remove_suffix(1);
    while (true) {
        std::size_t newline = message.find('\n');
        emit(*s.target, prefix + std::string(message.substr(0, newline)));
        if (newline == std::string_view::npos) break;
        message.remove_prefix(newline + 1);
    }
}

}  // namespace sup::mainlog
