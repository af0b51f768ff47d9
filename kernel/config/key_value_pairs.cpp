#include "config/key_value_pairs.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "config/value_problem.hpp"

namespace sup::config {
namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("_/.+-():").find(c) != std::string_view::npos;
}
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_quote(char c) { return c == '\'' || c == '"'; }

// shlex.shlex(text) with the reference's extra word characters, iterated.
std::vector<std::string> shlex_tokens(std::string_view text) {
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    const auto skip_comment = [&] {  // '#' runs to the end of the line
        const std::size_t newline = text.find('\n', pos);
        pos = newline == std::string_view::npos ? text.size() : newline + 1;
    };
    while (pos < text.size()) {
        const char c = text[pos++];
        if (is_blank(c)) continue;
        if (c == '#') {
            skip_comment();
        } else if (is_quote(c)) {
            const std::size_t close = text.find(c, pos);
            if (close == std::string_view::npos) throw ValueProblem("No closing quotation");
            tokens.emplace_back(text.substr(pos - 1, close - pos + 2));
            pos = close + 1;
        } else if (is_word_char(c)) {
            // A word goes on through word characters and quotes; a comment
            // inside it is skipped without ending it.
            std::string word(1, c);
            while (pos < text.size()) {
                const char next = text[pos];
                if (next == '#') {
                    ++pos;
                    skip_comment();
                } else if (is_word_char(next) || is_quote(next)) {
                    word += next;
                    ++pos;
                } else {
                    break;
                }
            }
            tokens.push_back(std::move(word));
        } else {
            tokens.emplace_back(1, c);  // any other character is a token alone
        }
    }
    return tokens;
}

std::string strip_quotes(const std::string& value) {
    const std::size_t begin = value.find_first_not_of("'\"");
    if (begin == std::string::npos) return {};
    return value.substr(begin, value.find_last_not_of("'\"") - begin + 1);
}

}  // namespace

Environment to_key_value_pairs(std::string_view text) {
    const std::vector<std::string> tokens = shlex_tokens(text);
    Environment pairs;
    std::unordered_map<std::string, std::size_t> position_of;
    // Tokens come as KEY '=' VALUE, then one separator token (whatever it is).
    for (std::size_t i = 0; i < tokens.size(); i += 4) {
        if (i + 2 >= tokens.size() || tokens[i + 1] != "=")
            throw ValueProblem("Unexpected end of key/value pairs in value '" + std::string(text) + "'");
        std::string value = strip_quotes(tokens[i + 2]);
        const auto [slot, is_new] = position_of.try_emplace(tokens[i], pairs.size());
        if (is_new) pairs.emplace_back(tokens[i], std::move(value));
        else pairs[slot->second].second = std::move(value);
    }
    return pairs;
}

}  // namespace sup::config
