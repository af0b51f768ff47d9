#include "control/interrupt.hpp"

#include <signal.h>

#include <csignal>

#include "rpc/rpc_errors.hpp"

namespace sup::ctl {
namespace {

volatile std::sig_atomic_t interrupted = 0;

void on_sigint(int) { interrupted = 1; }

}  // namespace

void catch_interrupts() {
    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: blocking calls must see EINTR
    sigaction(SIGINT, &action, nullptr);
}

void die_of_interrupt() {
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
}

bool interrupt_pending() { return interrupted != 0; }

void throw_if_interrupted() {
    if (!interrupted) return;
    interrupted = 0;
    throw Interrupted();
}

}  // namespace sup::ctl
