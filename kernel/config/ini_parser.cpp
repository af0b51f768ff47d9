#include "config/ini_parser.hpp"

#include <vector>

#include "config/error_format.hpp"
#include "config/python_text.hpp"
#include "config/text_checks.hpp"

namespace sup::config {
namespace {

constexpr std::size_t kMaxListedBadLines = 20;

struct Line {
    std::string_view text;  // without its line break
    bool terminated;        // had a line break (Python keeps it in the line)
};

// Python text files use universal newlines: \n, \r\n and \r all end a line.
std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) {
            lines.push_back({text.substr(pos), false});
            break;
        }
        lines.push_back({text.substr(pos, end - pos), true});
        pos = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    }
    return lines;
}

std::string line_repr(const Line& line) {
    return py_repr(std::string(line.text) + (line.terminated ? "\n" : ""));
}

// Where a comment starts, as configparser finds it: it looks at the first
// occurrence of each prefix, then the second of each, and so on, and stops
// at the first round where one of them sits at the start of the line or
// after whitespace. (So "a;b ;c #d" keeps "a;b ;c".)
std::size_t comment_start(std::string_view line) {
    static constexpr char kPrefixes[] = {';', '#'};
    std::size_t next_from[2] = {0, 0};
    bool active[2] = {true, true};
    std::size_t start = std::string_view::npos;
    while (start == std::string_view::npos && (active[0] || active[1])) {
        for (int i = 0; i < 2; ++i) {
            if (!active[i]) continue;
            const std::size_t at = line.find(kPrefixes[i], next_from[i]);
            if (at == std::string_view::npos) {
                active[i] = false;
                continue;
            }
            next_from[i] = at + 1;
            if (at == 0 || space_before(line, at)) start = std::min(start, at);
        }
    }
    const std::string_view stripped = py_strip(line);
    if (!stripped.empty() && (stripped[0] == '#' || stripped[0] == ';')) start = 0;
    return start;
}

// Indentation in code points, as configparser measures it.
std::size_t indentation(std::string_view line) {
    std::size_t pos = 0, width = 0;
    while (std::size_t n = space_length_at(line, pos)) {
        pos += n;
        ++width;
    }
    return width;
}

class IniReader {
public:
    IniReader(const std::string& file, ParsedDocument& document)
        : document_(document), file_(document.add_file(file)), file_name_(file) {}

    void read(std::string_view text) {
        const std::vector<Line> lines = split_lines(text);
        for (std::size_t i = 0; i < lines.size(); ++i) read_line(lines[i], static_cast<int>(i + 1));
        finish_option();
        if (!bad_lines_.empty()) throw ConfigError(parsing_errors());
    }

    std::uint32_t file() const { return file_; }

private:
    void read_line(const Line& line, int number) {
        const std::size_t comment = comment_start(line.text);
        const std::string_view value = py_strip(line.text.substr(0, comment));
        if (value.empty()) {
            // A blank line inside a value is kept; a comment-only line is not.
            if (comment == std::string_view::npos && section_ && option_active_) value_lines_.emplace_back();
            return;
        }
        const std::size_t indent = indentation(line.text);
        if (section_ && option_active_ && indent > indent_level_) {
            value_lines_.emplace_back(value);
            return;
        }
        indent_level_ = indent;
        const std::size_t close = value.rfind(']');
        if (value[0] == '[' && close != std::string_view::npos && close >= 2) {
            finish_option();
            section_ = &document_.open_section(std::string(value.substr(1, close - 1)), file_, number);
            return;
        }
        if (!section_) {
            throw ConfigError("File contains no section headers.\nfile: " + py_repr(file_name_) +
                              ", line: " + std::to_string(number) + "\n" + line_repr(line));
        }
        const std::size_t delimiter = value.find_first_of("=:");
        if (delimiter == std::string_view::npos) {
            bad_lines_.emplace_back(number, line_repr(line));
            return;
        }
        finish_option();
        const std::string_view name = py_rstrip(value.substr(0, delimiter));
        if (name.empty()) {
            bad_lines_.emplace_back(number, line_repr(line));
            return;
        }
        option_ = ascii_lower(name);
        option_line_ = number;
        option_active_ = true;
        value_lines_.assign(1, std::string(py_strip(value.substr(delimiter + 1))));
    }

    void finish_option() {
        if (!option_active_) return;
        option_active_ = false;
        std::string joined;
        for (std::size_t i = 0; i < value_lines_.size(); ++i) {
            if (i > 0) joined += '\n';
            joined += value_lines_[i];
        }
        const std::size_t kept = py_rstrip(joined).size();
        joined.resize(kept);
        document_.set(*section_, option_, ParsedValue{std::move(joined), file_, option_line_});
    }

    std::string parsing_errors() const {
        std::string message = "Source contains parsing errors: " + py_repr(file_name_);
        for (std::size_t i = 0; i < bad_lines_.size() && i < kMaxListedBadLines; ++i) {
            const auto& [number, text] = bad_lines_[i];
            const std::string padded = number < 10 ? " " + std::to_string(number) : std::to_string(number);
            message += "\n\t[line " + padded + "]: " + text;
        }
        if (bad_lines_.size() > kMaxListedBadLines)
            message += "\n\t... and " + std::to_string(bad_lines_.size() - kMaxListedBadLines) + " more";
        return message;
    }

    ParsedDocument& document_;
    std::uint32_t file_;
    std::string file_name_;
    ParsedSection* section_ = nullptr;
    std::string option_;
    int option_line_ = 0;
    bool option_active_ = false;
    std::vector<std::string> value_lines_;
    std::size_t indent_level_ = 0;
    std::vector<std::pair<int, std::string>> bad_lines_;
};

}  // namespace

std::uint32_t parse_ini(std::string_view text, const std::string& file, ParsedDocument& document) {
    check_config_text(text, file);
    IniReader reader(file, document);
    reader.read(strip_byte_order_mark(text));
    return reader.file();
}

}  // namespace sup::config
