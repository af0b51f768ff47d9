#include "config/parsed_document.hpp"

#include "config/error_format.hpp"

namespace sup::config {

const ParsedValue* ParsedSection::find(std::string_view key) const {
    const auto found = index_.find(std::string(key));
    return found == index_.end() ? nullptr : &options_[found->second].second;
}

std::uint32_t ParsedDocument::add_file(std::string name) {
    files_.push_back(std::move(name));
    return static_cast<std::uint32_t>(files_.size() - 1);
}

ParsedSection& ParsedDocument::open_section(const std::string& name, std::uint32_t file, int line) {
    if (name == kDefaultSection) return defaults_;
    if (const auto found = section_index_.find(name); found != section_index_.end())
        return sections_[found->second];
    if (sections_.size() >= kMaxSections)
        throw file_error(location(file, line), "Too many sections (at most " + std::to_string(kMaxSections) + ")");
    section_index_.emplace(name, sections_.size());
    return sections_.emplace_back(name, file, line);
}

void ParsedDocument::set(ParsedSection& section, const std::string& key, ParsedValue value) {
    if (const auto found = section.index_.find(key); found != section.index_.end()) {
        section.options_[found->second].second = std::move(value);
        return;
    }
    if (++option_count_ > kMaxOptions)
        throw file_error(location(value), "Too many keys (at most " + std::to_string(kMaxOptions) + ")");
    section.index_.emplace(key, section.options_.size());
    section.options_.emplace_back(key, std::move(value));
}

const ParsedSection* ParsedDocument::find_section(std::string_view name) const {
    const auto found = section_index_.find(std::string(name));
    return found == section_index_.end() ? nullptr : &sections_[found->second];
}

const ParsedValue* ParsedDocument::get(const ParsedSection& section, std::string_view key) const {
    if (const ParsedValue* own = section.find(key)) return own;
    return defaults_.find(key);
}

std::vector<std::pair<std::string, const ParsedValue*>> ParsedDocument::options_with_defaults(
    const ParsedSection& section) const {
    std::vector<std::pair<std::string, const ParsedValue*>> out;
    for (const auto& [key, value] : section.options()) out.emplace_back(key, &value);
    for (const auto& [key, value] : defaults_.options())
        if (!section.find(key)) out.emplace_back(key, &value);
    return out;
}

void ParsedDocument::substitute_here(const std::string& here) {
    static constexpr std::string_view kHere = "%(here)s";
    const auto replaced = [&](const ParsedValue& value) {
        std::string out;
        std::size_t pos = 0;
        for (std::size_t at = value.text.find(kHere); at != std::string::npos; at = value.text.find(kHere, pos)) {
            out.append(value.text, pos, at - pos).append(here);
            pos = at + kHere.size();
            substituted_bytes_ += here.size();
            if (out.size() > kMaxValueSize || substituted_bytes_ > kMaxSubstitutedBytes)
                throw file_error(location(value), "Value too long after %(here)s substitution");
        }
        return out.append(value.text, pos);
    };
    for (ParsedSection& section : sections_) {
        for (auto& [key, value] : section.options_)
            if (value.text.find(kHere) != std::string::npos) value.text = replaced(value);
        for (const auto& [key, value] : defaults_.options()) {
            if (section.find(key) || value.text.find(kHere) == std::string::npos) continue;
            ParsedValue copy = value;
            copy.text = replaced(value);
            copy.from_defaults = true;
            set(section, key, std::move(copy));
        }
    }
}

}  // namespace sup::config
