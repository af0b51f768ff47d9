// Reading, tailing and clearing log files with the reference's offset
// rules, whoever writes the files (the host's main log, a log-sink plugin).
#pragma once

#include <cstdint>
#include <string>

namespace sup::rpc_supervisor {

struct LogRead {
    std::string data;
    int fault = 0;  // 0, BAD_ARGUMENTS or FAILED
};

// offset >= 0: `length` bytes from `offset` (0 = to the end);
// offset < 0: the last -offset bytes (length must then be 0).
LogRead read_log(const std::string& path, std::int64_t offset, std::int64_t length);

struct LogTail {
    std::string data;
    std::int64_t offset = 0;  // where the next tail should start: the file size
    bool overflow = false;    // more than `length` bytes were new; only the last are here
};

LogTail tail_log(const std::string& path, std::int64_t offset, std::int64_t length);

bool file_exists(const std::string& path);

// Empties the file in place, so a writer holding it open (O_APPEND) goes on
// at the start. A missing file is fine. False on failure.
bool clear_log(const std::string& path);

}  // namespace sup::rpc_supervisor
