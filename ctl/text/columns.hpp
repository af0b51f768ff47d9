// Laying text out in columns as Python does: widths count characters
// (code points), not bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sup::ctl {

// "%-Ns" % text: text, then spaces up to `width` characters.
void append_padded(std::string& out, std::string_view text, std::size_t width);

// cmd.Cmd.columnize: the words in as few rows as fit in `width`, filled
// column by column, columns two spaces apart; each row ends in "\n".
std::string columnize(const std::vector<std::string_view>& words, std::size_t width);

}  // namespace sup::ctl
