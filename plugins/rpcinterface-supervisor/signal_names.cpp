#include "signal_names.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <csignal>
#include <string_view>

namespace sup::rpc_supervisor {

namespace {

struct NamedSignal {
    std::string_view name;
    int number;
};

const NamedSignal signal_table[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},     {"SIGQUIT", SIGQUIT},     {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},   {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},       {"SIGKILL", SIGKILL},   {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},   {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},   {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},   {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},   {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},     {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},     {"SIGRTMIN", 34},         {"SIGRTMAX", 64},
};

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t\r\n\f\v") - first + 1);
}

}  // namespace

std::optional<int> valid_signal_number(long long number) {
    // The numbers Python's signal module names: 0..31, SIGRTMIN, SIGRTMAX.
    if ((number >= 0 && number <= 31) || number == 34 || number == 64) return static_cast<int>(number);
    return std::nullopt;
}

std::optional<int> parse_signal(const std::string& text) {
    std::string name = trimmed(text);
    long long number = 0;
    std::string_view digits = name;
    if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (!digits.empty() && ec == std::errc() && end == digits.data() + digits.size())
        return valid_signal_number(number);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (!name.starts_with("SIG")) name = "SIG" + name;
    for (const auto& s : signal_table)
        if (s.name == name) return s.number;
    return std::nullopt;
}

}  // namespace sup::rpc_supervisor
