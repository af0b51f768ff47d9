// supervisorctl: control the programs a supervisord runs, one command from
// the command line or many in an interactive shell.
#include <clocale>
#include <cstdio>
#include <optional>

#include "cli/ctl_settings.hpp"
#include "control/controller.hpp"
#include "control/interrupt.hpp"
#include "rpc/rpc_errors.hpp"
#include "shell/completion.hpp"
#include "shell/line_input.hpp"
#include "shell/shell_loop.hpp"

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string line;
    for (const std::string& word : words) line += (line.empty() ? "" : " ") + word;
    return line;
}

int run(sup::ctl::Settings& settings) {
    using namespace sup::ctl;
    Controller ctl(settings);
    std::optional<LineInput> input;
    if (settings.interactive) {
        std::setlocale(LC_CTYPE, "");  // libedit edits UTF-8 text as characters
        input.emplace(settings.history_file, [&ctl](const std::string& line, const std::string& word) {
            return completions(ctl, line, word);
        });
        ctl.set_line_input(&*input);
    }
    try {
        if (!settings.command.empty()) {
            // The words make one command line, as the reference joins them.
            ctl.run_line(joined(settings.command));
            if (!input) {
                ctl.flush();
                return ctl.exit_status();
            }
        }
        // The reference documents -i as "start an interactive shell after
        // executing commands" but exits after them; we do what it says.
        run_shell(ctl, *input);
        return 0;  // the shell always ends well, as the reference's does
    } catch (const Interrupted&) {
        ctl.flush();
        die_of_interrupt();  // Ctrl-C in a one-shot command ends it
        return 130;
    }
}

}  // namespace

int main(int argc, char** argv) {
    sup::ctl::SettingsOutcome outcome = sup::ctl::read_settings(argc, argv);
    if (!outcome.settings) {
        std::fputs(outcome.output.c_str(), outcome.output_to_stderr ? stderr : stdout);
        return outcome.exit_code;
    }
    sup::ctl::catch_interrupts();
    try {
        return run(*outcome.settings);
    } catch (const std::exception& error) {
        std::fflush(stdout);
        std::fprintf(stderr, "supervisorctl: %s\n", error.what());
        return 1;
    }
}
