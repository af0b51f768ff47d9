#include <unistd.h>

#include <cstdio>

#include "runtime/daemon.hpp"

namespace sup::runtime {

std::string write_pidfile(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "w");
    bool written = file != nullptr && std::fprintf(file, "%d\n", static_cast<int>(::getpid())) > 0;
    if (file != nullptr && std::fclose(file) != 0) written = false;
    return written ? std::string() : "could not write pidfile " + path;
}

void remove_pidfile(const std::string& path) { ::unlink(path.c_str()); }

}  // namespace sup::runtime
