// Command-line splitting with the semantics (and error texts) of Python's
// getopt.getopt, which the reference uses: bundled short options ("-nk"),
// attached values ("-cfile", "--logfile=x"), detached values ("-c file",
// "--logfile x"), unique prefixes of long options ("--nod"), "--" ending
// the options, and the first non-option word ending them too.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sup::cli {

struct GetoptResult {
    // ("-c", "file") or ("--configuration", "file"); long names completed;
    // flags carry "".
    std::vector<std::pair<std::string, std::string>> options;
    std::vector<std::string> positional;
    std::string error;  // e.g. "option --bogus not recognized"; "" = ok
};

// short_spec: "c:nh" (':' = takes a value); long_spec: {"configuration=",
// "nodaemon"} ('=' = takes a value).
GetoptResult python_getopt(const std::vector<std::string>& args, std::string_view short_spec,
                           const std::vector<std::string>& long_spec);

}  // namespace sup::cli
