#include "config/raw_sections.hpp"

#include "config/section_reader.hpp"

namespace sup::config {

std::vector<RawSection> read_raw_sections(const ParsedDocument& document, const LoadContext& context,
                                          std::string_view prefix, std::string_view required_key) {
    Expansions names = context.environment;
    names["here"] = context.here;
    std::vector<RawSection> raw_sections;
    for (const ParsedSection& section : document.sections()) {
        if (section.name().substr(0, prefix.size()) != prefix) continue;
        const SectionReader read(document, section);
        if (!required_key.empty() && !read.has(required_key))
            read.fail_section("section [" + section.name() + "] does not specify a " + std::string(required_key));
        RawSection raw{section.name(), {}, read.where()};
        for (const auto& [key, value] : document.options_with_defaults(section))
            raw.options.emplace_back(key, *read.text(key, names));
        raw_sections.push_back(std::move(raw));
    }
    return raw_sections;
}

}  // namespace sup::config
