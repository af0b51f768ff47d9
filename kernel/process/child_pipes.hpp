// The pipes between supervisord and one child: stdin (ours to write),
// stdout and stderr (ours to read; stderr absent with redirect_stderr).
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sup::process {

enum class Channel { Stdout, Stderr };

// One readable pipe end. Waits for readiness (no per-pipe buffer: reads go
// into one loop-wide buffer), reads one chunk per wake-up so a flooding
// child cannot starve anything else on the loop, and re-arms.
class OutputPipe {
public:
    using Sink = std::function<void(std::string_view)>;
    OutputPipe(boost::asio::io_context& io, int fd, std::span<char> buffer, Sink sink);
    ~OutputPipe();
    OutputPipe(const OutputPipe&) = delete;
    OutputPipe& operator=(const OutputPipe&) = delete;

    // Read whatever the pipe holds right now (after the child died), then close.
    void drain_and_close();

private:
    void arm();
    bool read_once();  // false on EOF/error (pipe closed)

    boost::asio::posix::stream_descriptor pipe_;
    std::span<char> buffer_;
    Sink sink_;
};

// Writes to the child's stdin without blocking the loop; queues what the
// pipe cannot take yet.
class InputPipe {
public:
    InputPipe(boost::asio::io_context& io, int fd);
    // Returns false (with errno-style text) when the pipe is closed.
    bool write(std::string_view data, std::string& error);
    void close();

private:
    void flush();
    boost::asio::posix::stream_descriptor pipe_;
    std::string pending_;
    bool waiting_ = false;
    bool broken_ = false;
};

// Both ends of the three pipes, created together before a spawn.
struct PipeSet {
    int child_stdin = -1, parent_stdin = -1;
    int parent_stdout = -1, child_stdout = -1;
    int parent_stderr = -1, child_stderr = -1;  // -1 with redirect_stderr

    // Returns an errno value on failure (everything created is closed).
    // Without `with_stdin` the stdin ends stay -1 (a FastCGI child reads
    // its socket instead).
    int create(bool redirect_stderr, bool with_stdin);
    void close_child_ends();
    void close_all();
};

}  // namespace sup::process
