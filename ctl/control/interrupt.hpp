// Ctrl-C, as the reference sees it (a KeyboardInterrupt). The handler only
// records the signal; it is installed without SA_RESTART, so a blocking
// call returns EINTR and the code waiting there decides what Ctrl-C means:
// leave `tail -f` or `fg`, end the shell, or end a one-shot command.
#pragma once

namespace sup::ctl {

void catch_interrupts();
// Back to the default action (the process dies of SIGINT), for a one-shot
// command ended by Ctrl-C, as Python ends on an uncaught KeyboardInterrupt.
void die_of_interrupt();

bool interrupt_pending();
// Throws Interrupted (and clears the flag) when Ctrl-C arrived.
void throw_if_interrupted();

}  // namespace sup::ctl
