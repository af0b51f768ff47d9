// Every command the client knows: its name, what runs it, and the text
// `help NAME` prints (the reference's, byte for byte).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sup::ctl {

class Controller;

// Runs the command with the rest of the line; true asks the shell to end.
using CommandHandler = bool (*)(Controller& ctl, const std::string& arg);

enum class CommandListing {
    Reference,  // listed by `help` as "default commands", as the reference lists them
    Addition,   // listed by `help` under our own heading
    Unlisted,   // `help` and `EOF`, which the reference does not list
};

struct Command {
    std::string_view name;
    CommandHandler run;
    std::string_view help;  // "" when `help NAME` has nothing to say
    CommandListing listing;
};

std::span<const Command> all_commands();
const Command* find_command(std::string_view name);

}  // namespace sup::ctl
