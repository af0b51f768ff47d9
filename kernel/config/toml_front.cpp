#include "config/toml_front.hpp"

#include <algorithm>
#include <toml++/toml.h>
#include <vector>

#include "config/error_format.hpp"
#include "config/python_text.hpp"
#include "config/text_checks.hpp"

namespace sup::config {
namespace {

// Tables whose children are one section each: [program.web] is the INI
// section [program:web].
constexpr std::string_view kNamedSectionKinds[] = {"program",      "group",  "eventlistener", "fcgi-program",
                                                   "rpcinterface", "plugin", "ctlplugin"};
// Kinds whose keys are not ours to interpret: kept as written, nested tables
// flattened to dotted keys ("supervisor.rpcinterface_factory").
constexpr std::string_view kRawSectionKinds[] = {"rpcinterface", "plugin", "ctlplugin"};
// Keys whose integers are file modes: `umask = 0o022` and `umask = 22` both
// mean 022, as `umask=022` and `umask=22` do in INI.
constexpr std::string_view kOctalKeys[] = {"umask", "chmod", "socket_mode"};

template <std::size_t N>
bool contains(const std::string_view (&names)[N], std::string_view name) {
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

struct Entry {
    std::string key;
    const toml::node* node;
    int line;
};

// A table's entries in file order (toml++ keeps them sorted by name).
std::vector<Entry> entries_in_file_order(const toml::table& table) {
    std::vector<std::pair<toml::source_position, Entry>> sorted;
    for (const auto& [key, node] : table) {
        const toml::source_position at = key.source().begin ? key.source().begin : node.source().begin;
        sorted.push_back({at, Entry{std::string(key.str()), &node, static_cast<int>(at.line)}});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Entry> entries;
    for (auto& [at, entry] : sorted) entries.push_back(std::move(entry));
    return entries;
}

class TomlReader {
public:
    TomlReader(const std::string& file, ParsedDocument& document)
        : document_(document), file_(document.add_file(file)) {}

    void read(const toml::table& root) {
        for (const Entry& top : entries_in_file_order(root)) {
            const toml::table* table = top.node->as_table();
            if (!table) fail(top.line, "Top-level key " + py_repr(top.key) + " must be a table ([" + top.key + "])");
            if (!contains(kNamedSectionKinds, top.key)) {
                read_section(top.key, top.line, *table, false);
                continue;
            }
            const bool raw = contains(kRawSectionKinds, top.key);
            for (const Entry& child : entries_in_file_order(*table)) {
                const toml::table* section = child.node->as_table();
                if (!section)
                    fail(child.line, "'" + top.key + "." + child.key + "' must be a table: write [" + top.key +
                                         ".NAME] with the keys of one " + top.key + " under it");
                read_section(top.key + ":" + child.key, child.line, *section, raw);
            }
        }
    }

    std::uint32_t file() const { return file_; }

private:
    [[noreturn]] void fail(int line, const std::string& detail) const {
        throw file_error(document_.location(file_, line), detail);
    }

    void read_section(const std::string& name, int line, const toml::table& table, bool raw) {
        ParsedSection& section = document_.open_section(name, file_, line);
        for (const Entry& entry : entries_in_file_order(table)) read_key(section, ascii_lower(entry.key), entry, raw);
    }

    void read_key(ParsedSection& section, const std::string& key, const Entry& entry, bool raw) {
        std::string text;
        if (const toml::table* table = entry.node->as_table()) {
            if (raw) {
                for (const Entry& nested : entries_in_file_order(*table))
                    read_key(section, key + "." + ascii_lower(nested.key), nested, raw);
                return;
            }
            if (key != "environment")
                fail(entry.line, "A table is not accepted for " + py_repr(key) + " in section " +
                                     py_repr(section.name()) + " (only environment takes one)");
            text = environment_text(section, *table);
        } else if (const toml::array* array = entry.node->as_array()) {
            text = list_text(section, key, entry.line, *array);
        } else {
            text = scalar_text(section, key, entry.line, *entry.node, !raw && contains(kOctalKeys, key));
        }
        if (text.find('\0') != std::string::npos)
            fail(entry.line, "A NUL character is not accepted in " + py_repr(key));
        document_.set(section, key, ParsedValue{std::move(text), file_, entry.line});
    }

    std::string scalar_text(const ParsedSection& section, const std::string& key, int line, const toml::node& node,
                            bool octal) const {
        if (const auto* string = node.as_string()) return string->get();
        if (const auto* boolean = node.as_boolean()) return boolean->get() ? "true" : "false";
        if (const auto* integer = node.as_integer()) {
            const std::int64_t value = integer->get();
            const bool written_decimal = (static_cast<unsigned>(integer->flags()) & 3u) == 0;
            if (!octal || written_decimal || value < 0) return std::to_string(value);
            std::string digits;
            for (auto rest = static_cast<std::uint64_t>(value); digits.empty() || rest != 0; rest /= 8)
                digits.insert(digits.begin(), static_cast<char>('0' + rest % 8));
            return digits;
        }
        const char* what = node.is_floating_point() ? "A floating-point number" : "A date or time";
        fail(line, std::string(what) + " is not accepted for " + py_repr(key) + " in section " +
                       py_repr(section.name()));
    }

    // exitcodes, programs, events: comma-separated; [include] files:
    // whitespace-separated, as in INI.
    std::string list_text(const ParsedSection& section, const std::string& key, int line,
                          const toml::array& array) const {
        const bool file_list = section.name() == "include" && key == "files";
        if (!file_list && key != "exitcodes" && key != "programs" && key != "events")
            fail(line, "An array is not accepted for " + py_repr(key) + " in section " + py_repr(section.name()) +
                           " (only exitcodes, programs, events and [include] files take one)");
        std::string text;
        for (const toml::node& element : array) {
            if (!element.is_string() && !element.is_integer())
                fail(line, "The array for " + py_repr(key) + " may only hold strings and integers");
            std::string item = scalar_text(section, key, line, element, false);
            if (file_list && py_split(item).size() != 1)
                fail(line, "An [include] file pattern must be one word without whitespace: " + py_repr(item));
            if (!text.empty()) text += file_list ? " " : ",";
            text += item;
        }
        return text;
    }

    // { A = "1", B = "x,y" } -> A="1",B="x,y": the text the INI parser's
    // environment reader turns back into exactly these pairs.
    std::string environment_text(const ParsedSection& section, const toml::table& table) const {
        std::string text;
        for (const Entry& entry : entries_in_file_order(table)) {
            // Only names the environment reader reads back as one word.
            const bool word = !entry.key.empty() && std::all_of(entry.key.begin(), entry.key.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view("_/.+-():").find(c) != std::string_view::npos;
            });
            if (!word) fail(entry.line, "Environment variable name " + py_repr(entry.key) + " is not supported");
            if (entry.node->is_table() || entry.node->is_array())
                fail(entry.line, "Environment variable " + py_repr(entry.key) + " must be a string");
            const std::string value = scalar_text(section, entry.key, entry.line, *entry.node, false);
            const bool has_double = value.find('"') != std::string::npos;
            const bool has_single = value.find('\'') != std::string::npos;
            const bool quote_at_edge = !value.empty() && (value.front() == '"' || value.front() == '\'' ||
                                                          value.back() == '"' || value.back() == '\'');
            if ((has_double && has_single) || quote_at_edge)
                fail(entry.line, "The value of environment variable " + py_repr(entry.key) +
                                     " cannot be represented (it mixes both quote characters or starts or ends "
                                     "with one)");
            const char quote = has_double ? '\'' : '"';
            if (!text.empty()) text += ',';
            text += entry.key + "=" + quote + value + quote;
        }
        return text;
    }

    ParsedDocument& document_;
    std::uint32_t file_;
};

}  // namespace

std::uint32_t parse_toml(std::string_view text, const std::string& file, ParsedDocument& document) {
    check_config_text(text, file);
    toml::table root;
    try {
        root = toml::parse(strip_byte_order_mark(text), std::string_view(file));
    } catch (const toml::parse_error& error) {
        throw file_error({file, static_cast<int>(error.source().begin.line)},
                         "Invalid TOML at column " + std::to_string(error.source().begin.column) + ": " +
                             std::string(error.description()));
    }
    TomlReader reader(file, document);
    reader.read(root);
    return reader.file();
}

}  // namespace sup::config
