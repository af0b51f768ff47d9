// What both front ends produce and the loader consumes: named sections of
// key -> text, each value remembering the file and line it came from. It
// behaves as the reference's configparser state does: reading another file
// into it merges same-named sections, a later key replaces an earlier one in
// place, and [DEFAULT] keys show through in every section.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "config/model.hpp"

namespace sup::config {

// Hostile-input bounds for one document (main file plus includes).
inline constexpr std::size_t kMaxSections = 1u << 16;
inline constexpr std::size_t kMaxOptions = 1u << 18;
inline constexpr std::size_t kMaxValueSize = 16u << 20;
inline constexpr std::size_t kMaxSubstitutedBytes = 64u << 20;  // all %(here)s substitutions together

struct ParsedValue {
    std::string text;
    std::uint32_t file = 0;  // index into ParsedDocument::files()
    int line = 0;
    bool from_defaults = false;  // a [DEFAULT] value copied in by here-substitution
};

class ParsedSection {
public:
    using Option = std::pair<std::string, ParsedValue>;

    ParsedSection(std::string name, std::uint32_t file, int line)
        : name_(std::move(name)), file_(file), line_(line) {}

    const std::string& name() const { return name_; }
    std::uint32_t file() const { return file_; }  // where it first appeared
    int line() const { return line_; }

    const ParsedValue* find(std::string_view key) const;
    const std::vector<Option>& options() const { return options_; }

private:
    friend class ParsedDocument;
    std::string name_;
    std::uint32_t file_;
    int line_;
    std::vector<Option> options_;  // in the order first set
    std::unordered_map<std::string, std::size_t> index_;
};

class ParsedDocument {
public:
    static constexpr std::string_view kDefaultSection = "DEFAULT";

    // Registers a file name for locations; returns its index.
    std::uint32_t add_file(std::string name);
    const std::string& file_name(std::uint32_t file) const { return files_.at(file); }
    SourceLocation location(std::uint32_t file, int line) const { return {files_.at(file), line}; }
    SourceLocation location(const ParsedSection& section) const { return location(section.file(), section.line()); }
    SourceLocation location(const ParsedValue& value) const { return location(value.file, value.line); }

    // The named section, created at the end if new ("DEFAULT" is the
    // defaults section, never listed in sections()). Throws ConfigError
    // beyond kMaxSections.
    ParsedSection& open_section(const std::string& name, std::uint32_t file, int line);
    // Sets a key; throws ConfigError beyond kMaxOptions.
    void set(ParsedSection& section, const std::string& key, ParsedValue value);

    const std::deque<ParsedSection>& sections() const { return sections_; }
    const ParsedSection* find_section(std::string_view name) const;

    // The section's value, else [DEFAULT]'s, else null.
    const ParsedValue* get(const ParsedSection& section, std::string_view key) const;
    // The section's keys, then the [DEFAULT] keys it does not set itself.
    std::vector<std::pair<std::string, const ParsedValue*>> options_with_defaults(const ParsedSection& section) const;

    // The reference's expand_here: replace the text "%(here)s" with `here`
    // in every value visible in every section, [DEFAULT] ones included
    // (which copies them into the section).
    void substitute_here(const std::string& here);

private:
    std::vector<std::string> files_;
    std::deque<ParsedSection> sections_;  // deque: references stay valid
    std::unordered_map<std::string, std::size_t> section_index_;
    ParsedSection defaults_{std::string(kDefaultSection), 0, 0};
    std::size_t option_count_ = 0;
    std::size_t substituted_bytes_ = 0;
};

}  // namespace sup::config
