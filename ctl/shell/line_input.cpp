#include "shell/line_input.hpp"

#include <histedit.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>

#include "control/interrupt.hpp"
#include "rpc/rpc_errors.hpp"
#include "shell/history_file.hpp"
#include "shell/stdin_lines.hpp"
#include "text/columns.hpp"

namespace sup::ctl {
namespace {

// The reference's word delimiters for completion: readline's defaults
// without ':', '*' and '-', so "group:*" and "my-program" are one word.
constexpr std::string_view kWordBreaks = " \t\n`~!@#$%^&()=+[{]}\\|;'\",<>/?";

LineInput& owner_of(EditLine* editor) {
    void* data = nullptr;
    el_get(editor, EL_CLIENTDATA, &data);
    return *static_cast<LineInput*>(data);
}

std::size_t terminal_width() {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

std::string common_prefix(const std::vector<std::string>& words) {
    std::string prefix = words.front();
    for (const std::string& word : words) {
        std::size_t same = 0;
        while (same < prefix.size() && same < word.size() && prefix[same] == word[same]) ++same;
        prefix.resize(same);
    }
    return prefix;
}

}  // namespace

LineInput::LineInput(std::optional<std::string> history_file, Completer completer)
    : history_file_(std::move(history_file)), completer_(std::move(completer)) {
    if (history_file_) history_ = load_history(*history_file_);
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) start_editor();
}

LineInput::~LineInput() {
    if (editor_) el_end(editor_);
    if (editor_history_) history_end(editor_history_);
}

void LineInput::start_editor() {
    editor_ = el_init("supervisorctl", stdin, stdout, stderr);
    if (!editor_) return;
    editor_history_ = history_init();
    HistEvent event;
    history(editor_history_, &event, H_SETSIZE, INT_MAX);
    for (const std::string& entry : history_) history(editor_history_, &event, H_ENTER, entry.c_str());
    el_set(editor_, EL_CLIENTDATA, this);
    el_set(editor_, EL_EDITOR, "emacs");
    el_set(editor_, EL_HIST, history, editor_history_);
    el_set(editor_, EL_PROMPT, prompt_of);
    // Ctrl-C is ours (control/interrupt.hpp), so libedit handles no signal.
    el_set(editor_, EL_SIGNAL, 0);
    // Wide names: libedit keeps these pointers (the narrow call copies
    // them and never frees the copies).
    el_wset(editor_, EL_ADDFN, L"sup-complete", L"complete a command or process name", on_tab);
    el_set(editor_, EL_BIND, "^I", "sup-complete", nullptr);
    el_wset(editor_, EL_ADDFN, L"sup-eof", L"end of input on an empty line, else delete", on_ctrl_d);
    el_set(editor_, EL_BIND, "^D", "sup-eof", nullptr);
    el_source(editor_, nullptr);  // the user's ~/.editrc, if any
}

std::optional<std::string> LineInput::read_line(const std::string& prompt) {
    if (editor_) return read_edited_line(prompt);
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
    std::fflush(stdout);
    return StdinLines::instance().read_line();
}

std::optional<std::string> LineInput::read_edited_line(const std::string& prompt) {
    std::fflush(stdout);
    throw_if_interrupted();
    prompt_ = prompt;
    last_unfinished_tab_.clear();
    int count = 0;
    const char* raw = el_gets(editor_, &count);
    // Ctrl-C makes libedit's read fail just as the end of input does.
    throw_if_interrupted();
    if (!raw || count <= 0) return std::nullopt;
    std::string line(raw, static_cast<std::size_t>(count));
    if (!line.empty() && line.back() == '\n') line.pop_back();
    remember(line);
    return line;
}

// As Python's input() does with readline: every non-empty line that is
// not the same as the one before.
void LineInput::remember(const std::string& line) {
    if (line.empty() || (!history_.empty() && history_.back() == line)) return;
    history_.push_back(line);
    HistEvent event;
    history(editor_history_, &event, H_ENTER, line.c_str());
}

void LineInput::save_history() {
    if (history_file_) ctl::save_history(*history_file_, history_);
}

char* LineInput::prompt_of(EditLine* editor) { return owner_of(editor).prompt_.data(); }

unsigned char LineInput::on_tab(EditLine* editor, int) { return owner_of(editor).complete(); }

// Readline's way: Ctrl-D ends input on an empty line and deletes the
// character under the cursor otherwise (libedit's own echoes "^D").
unsigned char LineInput::on_ctrl_d(EditLine* editor, int) {
    const LineInfo* line = el_line(editor);
    if (line->buffer == line->lastchar) return CC_EOF;
    if (line->cursor == line->lastchar) return CC_ERROR;
    el_cursor(editor, 1);
    el_deletestr(editor, 1);
    return CC_REFRESH;
}

// Extends the word before the cursor as far as all candidates agree, a
// unique one with a space after it; a second Tab that cannot extend it
// lists the candidates, as readline does.
unsigned char LineInput::complete() {
    const LineInfo* info = el_line(editor_);
    const std::string line(info->buffer, info->lastchar);
    const std::string before(info->buffer, info->cursor);
    const std::size_t word_start = before.find_last_of(kWordBreaks);
    const std::string word = word_start == std::string::npos ? before : before.substr(word_start + 1);
    std::vector<std::string> matches;
    try {
        matches = completer_(line, word);
    } catch (...) {
        matches.clear();  // no server, no completions; the line stays as typed
    }
    if (matches.empty()) return CC_ERROR;
    const std::string extension = matches.size() == 1 ? matches.front() + " " : common_prefix(matches);
    if (extension.size() > word.size()) {
        el_insertstr(editor_, extension.substr(word.size()).c_str());
        last_unfinished_tab_.clear();
        return CC_REFRESH;
    }
    if (last_unfinished_tab_ != before) {
        last_unfinished_tab_ = before;
        return CC_ERROR;
    }
    std::vector<std::string_view> words(matches.begin(), matches.end());
    std::sort(words.begin(), words.end());
    const std::string listing = "\n" + columnize(words, terminal_width() - 1);
    std::fwrite(listing.data(), 1, listing.size(), stdout);
    std::fflush(stdout);
    return CC_REDISPLAY;
}

}  // namespace sup::ctl
