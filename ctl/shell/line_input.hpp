// Reading the shell's lines as Python's input() does for the reference:
// with libedit's line editing, history and tab completion when stdin and
// stdout are terminals; else the prompt on stdout and a plain line from
// stdin (no editing, nothing added to the history).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

struct editline;
struct history;

namespace sup::ctl {

class LineInput {
public:
    // The words that can complete `word`, the word before the cursor,
    // given the whole line.
    using Completer = std::function<std::vector<std::string>(const std::string& line, const std::string& word)>;

    // Loads the history file, if any.
    LineInput(std::optional<std::string> history_file, Completer completer);
    ~LineInput();
    LineInput(const LineInput&) = delete;
    LineInput& operator=(const LineInput&) = delete;

    // nullopt at end of input (Ctrl-D). Throws Interrupted on Ctrl-C.
    std::optional<std::string> read_line(const std::string& prompt);

    // Writes the history file, if any.
    void save_history();

private:
    void start_editor();
    std::optional<std::string> read_edited_line(const std::string& prompt);
    void remember(const std::string& line);
    // libedit key handlers (Tab, Ctrl-D), and the prompt.
    static unsigned char on_tab(editline* editor, int key);
    static unsigned char on_ctrl_d(editline* editor, int key);
    static char* prompt_of(editline* editor);
    unsigned char complete();

    std::optional<std::string> history_file_;
    Completer completer_;
    std::vector<std::string> history_;
    editline* editor_ = nullptr;  // null without a terminal
    history* editor_history_ = nullptr;
    std::string prompt_;
    std::string last_unfinished_tab_;  // the line when Tab last could not extend it
};

}  // namespace sup::ctl
