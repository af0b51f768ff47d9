#include "config/includes.hpp"

#include "config/error_format.hpp"
#include "config/expansion.hpp"
#include "config/ini_parser.hpp"
#include "config/paths.hpp"
#include "config/python_text.hpp"
#include "config/source_files.hpp"
#include "config/toml_front.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

// Bounds for hostile includes (each file is also bounded in size).
constexpr std::size_t kMaxIncludedFiles = 10000;
constexpr std::size_t kMaxIncludedBytes = 64u << 20;

std::uint32_t parse(Syntax syntax, std::string_view text, const std::string& file, ParsedDocument& document) {
    return syntax == Syntax::Toml ? parse_toml(text, file, document) : parse_ini(text, file, document);
}

bool sets_include_keys(const ParsedDocument& document, std::uint32_t file) {
    const ParsedSection* include = document.find_section("include");
    if (!include) return false;
    for (const auto& [key, value] : include->options())
        if (value.file == file) return true;
    return false;
}

}  // namespace

Syntax syntax_for(const std::string& path) {
    static constexpr std::string_view kToml = ".toml";
    return path.size() >= kToml.size() && path.compare(path.size() - kToml.size(), kToml.size(), kToml) == 0
               ? Syntax::Toml
               : Syntax::Ini;
}

ParsedDocument read_with_includes(std::string_view main_text, Syntax syntax, LoadContext& context) {
    ParsedDocument document;
    parse(syntax, main_text, context.file, document);
    const ParsedSection* include = document.find_section("include");
    if (!include) return document;

    document.substitute_here(context.here);
    const ParsedValue* files = document.get(*include, "files");
    if (!files)
        throw section_error("include", document.location(*include),
                            ".ini file has [include] section, but no files setting");
    const SourceLocation files_where = document.location(*files);  // `files` may move as files are read
    Expansions names = context.environment;
    names["here"] = context.here;
    names["host_node_name"] = context.host_node_name;
    std::string patterns;
    try {
        patterns = expand(files->text, names, "include.files");
    } catch (const ValueProblem& problem) {
        throw value_error("include", "files", files_where, problem.what());
    }

    std::size_t file_count = 0, byte_count = 0;
    for (std::string_view pattern : py_split(patterns)) {
        const std::string full_pattern = join_path(context.here, pattern);
        const std::vector<std::string> matches = sorted_glob(full_pattern);
        if (matches.empty()) {
            context.warnings.push_back("No file matches via include \"" + full_pattern + "\"");
            continue;
        }
        for (const std::string& path : matches) {
            context.infos.push_back("Included extra file \"" + path + "\" during parsing");
            if (++file_count > kMaxIncludedFiles)
                throw value_error("include", "files", files_where,
                                  "more than " + std::to_string(kMaxIncludedFiles) + " files included");
            // The reference silently skips what it cannot read (a directory
            // matched by conf.d/*, say); we say so.
            std::string why;
            const std::optional<std::string> text = try_read_config_file(path, why);
            if (!text) {
                context.warnings.push_back("Could not read included file \"" + path + "\" (" + why + "), skipped");
                continue;
            }
            byte_count += text->size();
            if (byte_count > kMaxIncludedBytes)
                throw value_error("include", "files", files_where,
                                  "the included files are larger than " + std::to_string(kMaxIncludedBytes >> 20) +
                                      " MiB in total");
            const std::uint32_t file = parse(syntax_for(path), *text, path, document);
            document.substitute_here(parent_directory(normalize_path(path)));
            if (sets_include_keys(document, file))
                context.warnings.push_back("The [include] section in included file \"" + path +
                                           "\" is ignored: only the main file's [include] is followed");
        }
    }
    return document;
}

}  // namespace sup::config
