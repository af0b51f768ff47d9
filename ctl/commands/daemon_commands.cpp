// shutdown, reload, version and open: supervisord itself.
#include <cerrno>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "rpc/server_url.hpp"

namespace sup::ctl {
namespace {

// In the shell the reference asks first; a one-shot command just acts.
bool confirmed(Controller& ctl, const std::string& question) {
    if (!ctl.settings().interactive) return true;
    return config::ascii_lower(ctl.ask(question)).substr(0, 1) == "y";
}

}  // namespace

bool shutdown_command(Controller& ctl, const std::string& arg) {
    if (refuse_arguments(ctl, arg, "shutdown")) return false;
    if (!confirmed(ctl, "Really shut the remote supervisord process down y/N? ")) return false;
    try {
        ctl.supervisor("shutdown");
        ctl.output("Shut down");
    } catch (const Fault& error) {
        if (error.code() != fault::kShutdownState) {
            ctl.set_exit_status(exit_status::kGeneric);
            throw;
        }
        ctl.output("ERROR: already shutting down");
    } catch (const SocketError& error) {
        ctl.set_exit_status(exit_status::kGeneric);
        const std::string& url = ctl.settings().access.serverurl;
        if (error.number() == ECONNREFUSED) ctl.output("ERROR: " + url + " refused connection (already shut down?)");
        else if (error.number() == ENOENT) ctl.output("ERROR: " + url + " no such file (already shut down?)");
        else throw;
    }
    return false;
}

bool reload_command(Controller& ctl, const std::string& arg) {
    if (refuse_arguments(ctl, arg, "reload")) return false;
    if (!confirmed(ctl, "Really restart the remote supervisord process y/N? ")) return false;
    try {
        ctl.supervisor("restart");
        ctl.output("Restarted supervisord");
    } catch (const Fault& error) {
        ctl.set_exit_status(exit_status::kGeneric);
        if (error.code() != fault::kShutdownState) throw;
        ctl.output("ERROR: already shutting down");
    }
    return false;
}

bool version_command(Controller& ctl, const std::string& arg) {
    if (refuse_arguments(ctl, arg, "version")) return false;
    if (!ctl.upcheck()) return false;
    ctl.output(ctl.supervisor("getSupervisorVersion").text());
    return false;
}

bool open_command(Controller& ctl, const std::string& arg) {
    const std::string scheme = url_scheme(arg);
    if (scheme != "unix" && scheme != "http") {
        ctl.output("ERROR: url must be http:// or unix://");
        ctl.set_exit_status(exit_status::kGeneric);
        return false;
    }
    ctl.settings().access.serverurl = arg;
    // Shows the new server's processes; that is not a failure of `open`.
    const int before = ctl.exit_status();
    status_command(ctl, "");
    ctl.set_exit_status(before);
    return false;
}

}  // namespace sup::ctl
