#include "text/columns.hpp"

#include <algorithm>

#include "config/python_text.hpp"

namespace sup::ctl {

void append_padded(std::string& out, std::string_view text, std::size_t width) {
    out.append(text);
    const std::size_t length = config::code_point_count(text);
    if (length < width) out.append(width - length, ' ');
}

std::string columnize(const std::vector<std::string_view>& words, std::size_t width) {
    if (words.empty()) return "<empty>\n";
    if (words.size() == 1) return std::string(words[0]) + "\n";
    const std::size_t size = words.size();
    // Fewest rows whose columns fit; one column if none do.
    std::size_t rows = size;
    std::vector<std::size_t> column_widths{0};
    for (std::size_t try_rows = 1; try_rows < size; ++try_rows) {
        const std::size_t columns = (size + try_rows - 1) / try_rows;
        std::vector<std::size_t> widths;
        std::size_t total = 0;
        for (std::size_t column = 0; column < columns; ++column) {
            std::size_t widest = 0;
            for (std::size_t row = 0; row < try_rows; ++row) {
                const std::size_t i = row + try_rows * column;
                if (i >= size) break;
                widest = std::max(widest, config::code_point_count(words[i]));
            }
            widths.push_back(widest);
            total += widest + 2;
        }
        if (total - 2 <= width) {
            rows = try_rows;
            column_widths = std::move(widths);
            break;
        }
    }
    std::string out;
    for (std::size_t row = 0; row < rows; ++row) {
        std::vector<std::string_view> texts;
        for (std::size_t column = 0; column < column_widths.size(); ++column) {
            const std::size_t i = row + rows * column;
            texts.push_back(i < size ? words[i] : std::string_view());
        }
        while (!texts.empty() && texts.back().empty()) texts.pop_back();
        for (std::size_t column = 0; column < texts.size(); ++column) {
            if (column) out += "  ";
            append_padded(out, texts[column], column_widths[column]);
        }
        out += '\n';
    }
    return out;
}

}  // namespace sup::ctl
