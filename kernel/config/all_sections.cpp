#include "config/all_sections.hpp"

#include "config/value_problem.hpp"

namespace sup::config {

std::vector<RawSection> read_all_sections(const ParsedDocument& document, const LoadContext& context) {
    Expansions names = context.environment;
    names["here"] = context.here;
    std::vector<RawSection> sections;
    sections.reserve(document.sections().size());
    for (const ParsedSection& section : document.sections()) {
        RawSection raw{section.name(), {}, document.location(section)};
        for (const auto& [key, value] : document.options_with_defaults(section)) {
            std::string text;
            try {
                text = expand(value->text, names, section.name() + "." + key);
            } catch (const ValueProblem&) {
                text = value->text;
            }
            raw.options.emplace_back(key, std::move(text));
        }
        sections.push_back(std::move(raw));
    }
    return sections;
}

}  // namespace sup::config
