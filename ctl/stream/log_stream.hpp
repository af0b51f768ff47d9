// One GET of a supervisord log-tail URL (/logtail/NAME/CHANNEL or
// /mainlogtail), its body copied to stdout as it arrives: what `tail -f`,
// `maintail -f` and `fg` show. Problems go to stderr in the reference's
// words ("URL Cannot read, status code 404") and end the stream.
#pragma once

#include <string>

#include "rpc/http_response_parser.hpp"
#include "rpc/server_access.hpp"

namespace sup::ctl {

class LogStream {
public:
    LogStream(const ServerAccess& access, const std::string& path);
    ~LogStream() { end(); }
    LogStream(const LogStream&) = delete;
    LogStream& operator=(const LogStream&) = delete;

    // Connects and sends the request. Throws Interrupted on Ctrl-C.
    void open();
    bool active() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    // Handles what has arrived (call when fd() is readable).
    void read_available();
    void end();

private:
    void fail(const std::string& message);

    ServerAccess access_;
    std::string path_;
    std::string url_;  // server URL + path, as messages name it
    int fd_ = -1;
    HttpResponseParser response_;
};

// Serves the streams until `also` (a file descriptor, or -1 for none) is
// readable (returns true) or every stream has ended (returns false).
// Throws Interrupted on Ctrl-C.
bool pump_streams(LogStream* const* streams, std::size_t count, int also);

}  // namespace sup::ctl
