// Reading one section's values the way the reference's saneget does:
// a missing key gives the default (used as is), a present one is expanded
// with the names given, then converted. Every failure becomes a ConfigError
// naming the key, the section, the file and the line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "config/error_format.hpp"
#include "config/expansion.hpp"
#include "config/parsed_document.hpp"
#include "config/value_problem.hpp"

namespace sup::config {

class SectionReader {
public:
    SectionReader(const ParsedDocument& document, const ParsedSection& section)
        : document_(document), section_(section) {}

    const ParsedSection& section() const { return section_; }
    const std::string& name() const { return section_.name(); }
    SourceLocation where() const { return document_.location(section_); }
    // The key's own location, or the section header when it is not set.
    SourceLocation where(std::string_view key) const;
    bool has(std::string_view key) const { return document_.get(section_, key) != nullptr; }

    // The key's expanded text, or nullopt when it is not set.
    std::optional<std::string> text(std::string_view key, const Expansions& names) const;
    // The key's text as written (no expansion), or nullopt.
    std::optional<std::string> raw_text(std::string_view key) const;

    // `fallback` when the key is not set, else convert(expanded text).
    template <class T, class Convert>
    T value(std::string_view key, const Expansions& names, T fallback, Convert convert) const {
        const std::optional<std::string> found = text(key, names);
        if (!found) return fallback;
        return checked(key, [&] { return T(convert(*found)); });
    }

    // Runs `work`, turning a ValueProblem into a ConfigError about `key`.
    template <class Work>
    auto checked(std::string_view key, Work&& work) const -> decltype(work()) {
        try {
            return work();
        } catch (const ValueProblem& problem) {
            fail(key, problem.what());
        }
    }

    [[noreturn]] void fail(std::string_view key, std::string_view detail) const {
        throw value_error(name(), key, where(key), detail);
    }
    [[noreturn]] void fail_section(std::string_view detail) const { throw section_error(name(), where(), detail); }

private:
    const ParsedDocument& document_;
    const ParsedSection& section_;
};

}  // namespace sup::config
