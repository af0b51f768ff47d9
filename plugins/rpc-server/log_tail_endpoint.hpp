// GET /logtail/<namespec>[/stdout|/stderr] and GET /mainlogtail: the last
// KiB of a log file, then everything appended to it, for as long as the
// client stays (supervisorctl's `tail -f` and `maintail -f`).
#pragma once

#include <string>

namespace sup::rpc {

class Server;
class Connection;
struct Request;

class LogTailEndpoint {
public:
    explicit LogTailEndpoint(Server& server) : server_(server) {}

    void handle_process_log(Connection& connection, const Request& request);
    void handle_main_log(Connection& connection, const Request& request);

private:
    void start_tail(Connection& connection, const std::string& path, bool for_process);
    std::string process_log_path(const std::string& target) const;

    Server& server_;
};

// "%2F" -> "/", as the reference unquotes request paths ('+' stays).
std::string percent_decode(const std::string& text);

}  // namespace sup::rpc
