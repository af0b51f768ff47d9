// The interactive shell: `status` first, then a prompt ("supervisor> ")
// until quit, exit, Ctrl-D or Ctrl-C; the history file is written at the end.
#pragma once

namespace sup::ctl {

class Controller;
class LineInput;

void run_shell(Controller& ctl, LineInput& input);

}  // namespace sup::ctl
