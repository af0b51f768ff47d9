#include "config/signal_names.hpp"

#include <charconv>
#include <csignal>
#include <optional>
#include <string>

#include "config/python_text.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

struct NamedSignal {
    std::string_view name;
    int number;
};

// The names Python's signal module defines on Linux.
const NamedSignal kSignals[] = {
    {"SIGABRT", SIGABRT},     {"SIGALRM", SIGALRM},   {"SIGBUS", SIGBUS},       {"SIGCHLD", SIGCHLD},
    {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},   {"SIGFPE", SIGFPE},       {"SIGHUP", SIGHUP},
    {"SIGILL", SIGILL},       {"SIGINT", SIGINT},     {"SIGIO", SIGIO},         {"SIGIOT", SIGIOT},
    {"SIGKILL", SIGKILL},     {"SIGPIPE", SIGPIPE},   {"SIGPOLL", SIGPOLL},     {"SIGPROF", SIGPROF},
    {"SIGPWR", SIGPWR},       {"SIGQUIT", SIGQUIT},   {"SIGSEGV", SIGSEGV},     {"SIGSTKFLT", SIGSTKFLT},
    {"SIGSTOP", SIGSTOP},     {"SIGSYS", SIGSYS},     {"SIGTERM", SIGTERM},     {"SIGTRAP", SIGTRAP},
    {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},   {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGUSR1", SIGUSR1},     {"SIGUSR2", SIGUSR2},   {"SIGVTALRM", SIGVTALRM}, {"SIGWINCH", SIGWINCH},
    {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},
};

std::optional<int> number_for_name(std::string_view name) {
    for (const auto& signal : kSignals)
        if (signal.name == name) return signal.number;
    if (name == "SIGRTMIN") return SIGRTMIN;
    if (name == "SIGRTMAX") return SIGRTMAX;
    return std::nullopt;
}

// The reference accepts any number its signal module has a name for,
// plus 0..2, the values of its SIG_DFL/SIG_IGN/SIG_SETMASK constants.
bool is_known_number(int number) {
    if (number >= 0 && number <= 2) return true;
    if (number == SIGRTMIN || number == SIGRTMAX) return true;
    for (const auto& signal : kSignals)
        if (signal.number == number) return true;
    return false;
}

}  // namespace

int to_signal_number(std::string_view text) {
    const std::string_view stripped = py_strip(text);
    std::string_view digits = stripped;
    if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
    int number = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    const bool numeric = !digits.empty() && ec == std::errc() && end == digits.data() + digits.size();
    if (!numeric) {
        std::string name = ascii_upper(stripped);
        if (name.rfind("SIG", 0) != 0) name = "SIG" + name;
        const auto found = number_for_name(name);
        if (!found) throw ValueProblem("value " + py_repr(text) + " is not a valid signal name");
        number = *found;
    }
    if (!is_known_number(number)) throw ValueProblem("value " + py_repr(text) + " is not a valid signal number");
    return number;
}

}  // namespace sup::config
