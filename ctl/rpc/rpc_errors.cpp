#include "rpc/rpc_errors.hpp"

#include <netdb.h>

#include <cerrno>
#include <cstring>

#include "config/python_text.hpp"

namespace sup::ctl {
namespace {

// The OSError subclass Python raises for an errno.
const char* python_class_for_errno(int number) {
    switch (number) {
        case EAGAIN: case EALREADY: case EINPROGRESS: return "BlockingIOError";
        case EPIPE: case ESHUTDOWN: return "BrokenPipeError";
        case ECONNABORTED: return "ConnectionAbortedError";
        case ECONNREFUSED: return "ConnectionRefusedError";
        case ECONNRESET: return "ConnectionResetError";
        case ENOENT: return "FileNotFoundError";
        case EISDIR: return "IsADirectoryError";
        case ENOTDIR: return "NotADirectoryError";
        case EINTR: return "InterruptedError";
        case EACCES: case EPERM: return "PermissionError";
        case ETIMEDOUT: return "TimeoutError";
        default: return "OSError";
    }
}

std::string socket_error_text(int number) {
    const char* reason = number < 0 ? gai_strerror(number) : std::strerror(number);
    return "[Errno " + std::to_string(number) + "] " + reason;
}

}  // namespace

CommandFailure::CommandFailure(std::string python_class, const std::string& text, std::source_location where)
    : std::runtime_error(text), python_class_(std::move(python_class)), where_(where) {}

SocketError::SocketError(int number, std::source_location where)
    : CommandFailure(number < 0 ? "socket.gaierror" : python_class_for_errno(number), socket_error_text(number),
                     where),
      number_(number) {}

Fault::Fault(int code, std::string text)
    : CommandFailure("xmlrpc.client.Fault", "<Fault " + std::to_string(code) + ": " + config::py_repr(text) + ">"),
      code_(code),
      text_(std::move(text)) {}

// The reference's proxy always posts to http://127.0.0.1/RPC2, whatever
// the server URL, so that is what its message names.
ProtocolError::ProtocolError(int status, const std::string& reason)
    : CommandFailure("xmlrpc.client.ProtocolError",
                     "<ProtocolError for 127.0.0.1/RPC2: " + std::to_string(status) + " " + reason + ">"),
      status_(status) {}

}  // namespace sup::ctl
