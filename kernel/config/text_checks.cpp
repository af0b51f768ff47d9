#include "config/text_checks.hpp"

#include "config/error_format.hpp"
#include "config/python_text.hpp"

namespace sup::config {
namespace {

int line_of(std::string_view text, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    }
    return line;
}

}  // namespace

void check_config_text(std::string_view text, const std::string& file) {
    if (text.size() > kMaxConfigFileSize)
        throw file_error({file, 0}, "Config file is larger than " + std::to_string(kMaxConfigFileSize >> 20) + " MiB");
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        throw file_error({file, line_of(text, nul)}, "Config file contains a NUL byte");
    if (const std::size_t bad = invalid_utf8_offset(text); bad != std::string_view::npos)
        throw file_error({file, line_of(text, bad)}, "Config file is not valid UTF-8");
}

std::string_view strip_byte_order_mark(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

}  // namespace sup::config
