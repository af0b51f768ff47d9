// Lines from stdin, read with read(2) into one buffer that everything
// reading plain lines shares (the shell without a terminal, the answers to
// its questions, fg), so nothing read ahead is lost between them.
#pragma once

#include <optional>
#include <string>

namespace sup::ctl {

class StdinLines {
public:
    static StdinLines& instance();

    // A complete buffered line, without its "\n".
    std::optional<std::string> take_line();
    // One read(2) into the buffer; false at end of input. Throws
    // Interrupted on Ctrl-C.
    bool read_more();
    // The next line, waiting for it; at end of input an unterminated last
    // line, then nullopt (Python's input() raises EOFError there).
    std::optional<std::string> read_line();

private:
    StdinLines() = default;
    std::string buffer_;
    bool ended_ = false;
};

}  // namespace sup::ctl
