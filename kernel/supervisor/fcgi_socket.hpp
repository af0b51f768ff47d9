// The listening socket of an [fcgi-program:x] group: created by the kernel
// when the group is added and handed to every process of the pool as fd 0.
#pragma once

#include <string>

#include "config/model.hpp"

namespace sup {

class FcgiSocket {
public:
    // Creates, binds and listens. On failure fd() is -1 and error() says
    // why, in the reference's words ("Could not create FastCGI socket ...").
    explicit FcgiSocket(const config::SocketConfig& config);
    ~FcgiSocket();
    FcgiSocket(const FcgiSocket&) = delete;
    FcgiSocket& operator=(const FcgiSocket&) = delete;

    int fd() const { return fd_; }
    const std::string& error() const { return error_; }

private:
    int fd_ = -1;
    std::string error_;
};

}  // namespace sup
