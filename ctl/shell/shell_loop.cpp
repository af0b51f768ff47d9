#include "shell/shell_loop.hpp"

#include "control/controller.hpp"
#include "rpc/rpc_errors.hpp"
#include "shell/line_input.hpp"

namespace sup::ctl {

void run_shell(Controller& ctl, LineInput& input) {
    const std::string prompt = ctl.settings().prompt + "> ";
    try {
        bool leave = ctl.run_line("status");
        while (!leave) {
            ctl.rpc().disconnect();  // an idle shell holds no connection
            const std::optional<std::string> line = input.read_line(prompt);
            leave = ctl.run_line(line.value_or("EOF"));
        }
    } catch (const Interrupted&) {
        ctl.output("");
    }
    ctl.flush();
    input.save_history();
}

}  // namespace sup::ctl
