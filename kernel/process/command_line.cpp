#include "process/command_line.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

#include "config/python_text.hpp"

namespace sup::process {

std::vector<std::string> split_command(const std::string& command) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (size_t i = 0; i < command.size(); ++i) {
        char c = command[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) words.push_back(std::move(word));
            word.clear();
            in_word = false;
        } else if (c == '\\') {
            if (i + 1 >= command.size()) throw std::invalid_argument("No escaped character");
            word += command[++i];
            in_word = true;
        } else if (c == '\'') {
            size_t close = command.find('\'', i + 1);
            if (close == std::string::npos) throw std::invalid_argument("No closing quotation");
            word.append(command, i + 1, close - i - 1);
            i = close;
            in_word = true;
        } else if (c == '"') {
            // Inside double quotes a backslash escapes only '"' and '\'.
            size_t j = i + 1;
            for (;; ++j) {
                if (j >= command.size()) throw std::invalid_argument("No closing quotation");
                if (command[j] == '"') break;
                if (command[j] == '\\' && j + 1 < command.size() &&
                    (command[j + 1] == '"' || command[j + 1] == '\\'))
                    ++j;
                word += command[j];
            }
            i = j;
            in_word = true;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word) words.push_back(std::move(word));
    return words;
}

std::variant<ResolvedCommand, CommandError> resolve_command(const std::string& command,
                                                            const std::string& path_value) {
    ResolvedCommand rc;
    try {
        rc.argv = split_command(command);
    } catch (const std::invalid_argument& e) {
        return CommandError{false, "can't parse command " + config::py_repr(command) + ": " + e.what()};
    }
    if (rc.argv.empty()) return CommandError{false, "command is empty"};

    const std::string& program = rc.argv[0];
    struct stat st {};
    bool found = false;
    if (program.find('/') != std::string::npos) {
        rc.filename = program;
        found = ::stat(program.c_str(), &st) == 0;
    } else {
        rc.filename = program;
        size_t start = 0;
        while (start <= path_value.size()) {
            size_t end = path_value.find(':', start);
            if (end == std::string::npos) end = path_value.size();
            std::string dir = path_value.substr(start, end - start);
            std::string candidate = dir.empty() ? program : dir + "/" + program;
            if (::stat(candidate.c_str(), &st) == 0) {
                rc.filename = candidate;
                found = true;
                break;
            }
            start = end + 1;
        }
    }
    const std::string quoted = config::py_repr(rc.filename);
    if (!found) return CommandError{true, "can't find command " + quoted};
    if (S_ISDIR(st.st_mode)) return CommandError{false, "command at " + quoted + " is a directory"};
    if (!(st.st_mode & 0111)) return CommandError{false, "command at " + quoted + " is not executable"};
    if (::access(rc.filename.c_str(), X_OK) != 0)
        return CommandError{false, "no permission to run command " + quoted};
    return rc;
}

}  // namespace sup::process
