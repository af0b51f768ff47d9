// What can go wrong talking to supervisord. Every error carries the name of
// the Python exception the reference would raise in the same situation,
// because an error no command handles is printed the reference's way:
//   error: <class 'NAME'>, TEXT: file: FILE line: LINE
// (FILE and LINE are where we raised it.)
#pragma once

#include <source_location>
#include <stdexcept>
#include <string>

namespace sup::ctl {

class CommandFailure : public std::runtime_error {
public:
    CommandFailure(std::string python_class, const std::string& text,
                   std::source_location where = std::source_location::current());
    const std::string& python_class() const { return python_class_; }
    const std::source_location& where() const { return where_; }

private:
    std::string python_class_;
    std::source_location where_;
};

// connect/send/recv failed; number is errno, or a getaddrinfo code (< 0)
// for a host name that does not resolve.
class SocketError : public CommandFailure {
public:
    explicit SocketError(int number, std::source_location where = std::source_location::current());
    int number() const { return number_; }

private:
    int number_;
};

// The server answered with an XML-RPC fault.
class Fault : public CommandFailure {
public:
    Fault(int code, std::string text);
    int code() const { return code_; }
    const std::string& text() const { return text_; }

private:
    int code_;
    std::string text_;
};

// The server answered with an HTTP status other than 200.
class ProtocolError : public CommandFailure {
public:
    ProtocolError(int status, const std::string& reason);
    int status() const { return status_; }

private:
    int status_;
};

// The answer was not the HTTP or XML-RPC the client expects, or a value did
// not have the shape a command relies on.
class ResponseError : public CommandFailure {
public:
    using CommandFailure::CommandFailure;
};

// Ctrl-C arrived while waiting (SIGINT, see control/interrupt.hpp); the
// reference's KeyboardInterrupt.
class Interrupted : public std::exception {
public:
    const char* what() const noexcept override { return "interrupted"; }
};

}  // namespace sup::ctl
