#include "config/section_reader.hpp"

namespace sup::config {

SourceLocation SectionReader::where(std::string_view key) const {
    const ParsedValue* value = document_.get(section_, key);
    return value ? document_.location(*value) : where();
}

std::optional<std::string> SectionReader::text(std::string_view key, const Expansions& names) const {
    const ParsedValue* value = document_.get(section_, key);
    if (!value) return std::nullopt;
    return checked(key, [&] { return expand(value->text, names, name() + "." + std::string(key)); });
}

std::optional<std::string> SectionReader::raw_text(std::string_view key) const {
    const ParsedValue* value = document_.get(section_, key);
    if (!value) return std::nullopt;
    return value->text;
}

}  // namespace sup::config
