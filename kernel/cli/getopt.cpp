#include "cli/getopt.hpp"

#include <algorithm>
#include <optional>

namespace sup::cli {
namespace {

class Splitter {
public:
    Splitter(const std::vector<std::string>& args, std::string_view short_spec,
             const std::vector<std::string>& long_spec)
        : args_(args), short_spec_(short_spec), long_spec_(long_spec) {}

    GetoptResult run() {
        while (next_ < args_.size()) {
            const std::string& word = args_[next_];
            if (word.size() < 2 || word[0] != '-') break;  // includes "-"
            ++next_;
            if (word == "--") break;
            bool ok = word[1] == '-' ? take_long(word.substr(2)) : take_shorts(word.substr(1));
            if (!ok) return std::move(result_);
        }
        result_.positional.assign(args_.begin() + static_cast<long>(next_), args_.end());
        return std::move(result_);
    }

private:
    bool fail(std::string message) {
        result_.error = std::move(message);
        return false;
    }

    std::optional<std::string> next_word() {
        if (next_ >= args_.size()) return std::nullopt;
        return args_[next_++];
    }

    bool take_shorts(std::string letters) {
        while (!letters.empty()) {
            char letter = letters.front();
            letters.erase(0, 1);
            std::size_t at = letter == ':' ? std::string_view::npos : short_spec_.find(letter);
            if (at == std::string_view::npos) {
                return fail(std::string("option -") + letter + " not recognized");
            }
            std::string value;
            if (at + 1 < short_spec_.size() && short_spec_[at + 1] == ':') {
                if (letters.empty()) {
                    auto word = next_word();
                    if (!word) return fail(std::string("option -") + letter + " requires argument");
                    letters = *word;
                }
                value = std::move(letters);
                letters.clear();
            }
            result_.options.emplace_back(std::string("-") + letter, std::move(value));
        }
        return true;
    }

    bool take_long(const std::string& text) {
        std::string name = text;
        std::optional<std::string> value;
        if (auto eq = text.find('='); eq != std::string::npos) {
            name = text.substr(0, eq);
            value = text.substr(eq + 1);
        }
        std::vector<std::string> candidates;
        for (const std::string& spec : long_spec_) {
            if (spec.compare(0, name.size(), name) == 0) candidates.push_back(spec);
        }
        if (candidates.empty()) return fail("option --" + name + " not recognized");
        bool takes_value = false;
        std::string full;
        auto exact = [&](const std::string& spec) {
            return std::ranges::find(candidates, spec) != candidates.end();
        };
        if (exact(name)) {
            full = name;
        } else if (exact(name + "=")) {
            full = name;
            takes_value = true;
        } else if (candidates.size() > 1) {
            return fail("option --" + name + " not a unique prefix");
        } else {
            full = candidates.front();
            takes_value = full.back() == '=';
            if (takes_value) full.pop_back();
        }
        if (takes_value && !value) {
            value = next_word();
            if (!value) return fail("option --" + full + " requires argument");
        } else if (!takes_value && value) {
            return fail("option --" + full + " must not have an argument");
        }
        result_.options.emplace_back("--" + full, value.value_or(""));
        return true;
    }

    const std::vector<std::string>& args_;
    std::string_view short_spec_;
    const std::vector<std::string>& long_spec_;
    std::size_t next_ = 0;
    GetoptResult result_;
};

}  // namespace

GetoptResult python_getopt(const std::vector<std::string>& args, std::string_view short_spec,
                           const std::vector<std::string>& long_spec) {
    return Splitter(args, short_spec, long_spec).run();
}

}  // namespace sup::cli
