// call METHOD [ARG ...]: any XML-RPC method, e.g. one a plugin provides.
// A supervisor-cpp addition; the reference has no such command.
#include <charconv>

#include "commands/commands.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "rpc/rpc_errors.hpp"
#include "text/value_repr.hpp"

namespace sup::ctl {
namespace {

struct Word {
    std::string text;
    bool quoted = false;
};

// Words split at blanks; '...' or "..." groups a word (blanks included)
// and marks it as a string.
std::vector<Word> split_words(const std::string& text) {
    std::vector<Word> words;
    std::optional<Word> current;
    char quote = 0;
    for (const char c : text) {
        if (quote) {
            if (c == quote) quote = 0;
            else current->text += c;
        } else if (c == '\'' || c == '"') {
            if (!current) current.emplace();
            current->quoted = true;
            quote = c;
        } else if (c == ' ' || c == '\t') {
            if (current) words.push_back(std::move(*current));
            current.reset();
        } else {
            if (!current) current.emplace();
            current->text += c;
        }
    }
    if (current) words.push_back(std::move(*current));
    return words;
}

// 12 and -3 are integers, true and false booleans, the rest strings.
Value argument_of(const Word& word) {
    if (word.quoted) return Value(word.text);
    if (word.text == "true" || word.text == "True") return Value(true);
    if (word.text == "false" || word.text == "False") return Value(false);
    std::int64_t number = 0;
    const char* begin = word.text.data();
    const char* end = begin + word.text.size();
    const auto [stop, error] = std::from_chars(begin, end, number);
    if (!word.text.empty() && error == std::errc() && stop == end) return Value(number);
    return Value(word.text);
}

}  // namespace

bool call_command(Controller& ctl, const std::string& arg) {
    const std::vector<Word> words = split_words(arg);
    if (words.empty()) {
        ctl.output("Error: call requires a method name");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "call");
        return false;
    }
    Array params;
    for (std::size_t i = 1; i < words.size(); ++i) params.push_back(argument_of(words[i]));
    ctl.flush();
    try {
        // As Python's print() shows it: text as is, anything else as repr().
        ctl.output(python_str(ctl.rpc().call(words.front().text, params)));
    } catch (const Fault& error) {
        ctl.output("ERROR: " + std::string(error.what()));
        ctl.set_exit_status(exit_status::kGeneric);
    }
    return false;
}

}  // namespace sup::ctl
