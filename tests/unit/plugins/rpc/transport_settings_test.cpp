// [unix_http_server] and [inet_http_server] settings and sockets.
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <map>

#include "inet_address.hpp"
#include "unix_settings.hpp"
#include "unix_socket.hpp"

using namespace sup::rpc_unix;
using sup::rpc_http::parse_inet_address;
namespace fs = std::filesystem;

namespace {

UnixSettings settings(const std::map<std::string, std::string>& values) {
    return read_unix_settings("unix_http_server", [&](const char* key) -> const char* {
        auto it = values.find(key);
        return it == values.end() ? nullptr : it->second.c_str();
    });
}

class SocketDir : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("sock-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        path_ = (dir_ / "s.sock").string();
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
    std::string path_;
};

}  // namespace

TEST(UnixSettings, Defaults) {
    const auto s = settings({{"file", "/tmp/x/../s.sock"}});
    ASSERT_EQ(s.error, "");
    EXPECT_EQ(s.socket.path, "/tmp/s.sock");
    EXPECT_EQ(s.socket.mode, 0700u);
    EXPECT_EQ(s.socket.owner, static_cast<uid_t>(-1));
}

TEST(UnixSettings, ChmodAndChown) {
    const auto s = settings({{"file", "/tmp/s.sock"}, {"chmod", "0766"}, {"chown", "root:root"}});
    ASSERT_EQ(s.error, "");
    EXPECT_EQ(s.socket.mode, 0766u);
    EXPECT_EQ(s.socket.owner, 0u);
    EXPECT_EQ(s.socket.group, 0u);
    EXPECT_EQ(settings({{"file", "/s"}, {"chmod", "0o777"}}).socket.mode, 0777u);
}

TEST(UnixSettings, Errors) {
    EXPECT_EQ(settings({}).error, "section [unix_http_server] has no file value");
    EXPECT_EQ(settings({{"file", "/s"}, {"chmod", "abc"}}).error, "Invalid chmod value abc");
    EXPECT_EQ(settings({{"file", "/s"}, {"chmod", "999"}}).error, "Invalid chmod value 999");
    EXPECT_EQ(settings({{"file", "/s"}, {"chown", "no-such-user-xyz"}}).error,
              "Invalid sockchown value no-such-user-xyz");
}

TEST(UnixSettings, NormalizePath) {
    EXPECT_EQ(normalize_path("/a/./b//c/../d"), "/a/b/d");
    EXPECT_EQ(normalize_path("rel"), fs::current_path().string() + "/rel");
}

TEST_F(SocketDir, CreatesWithTheModeAndRemovesOnlyItsOwn) {
    UnixSocketSpec spec{path_, 0760};
    const auto opened = open_unix_socket(spec);
    ASSERT_GE(opened.fd, 0) << opened.error;
    struct stat st {};
    ASSERT_EQ(::stat(path_.c_str(), &st), 0);
    EXPECT_TRUE(S_ISSOCK(st.st_mode));
    EXPECT_EQ(st.st_mode & 0777, 0760u);
    EXPECT_TRUE(socket_in_use(path_));
    EXPECT_FALSE(fs::exists(path_ + "." + std::to_string(::getpid())));

    const auto second = open_unix_socket(spec);
    EXPECT_EQ(second.fd, -1);
    EXPECT_EQ(second.error,
              "Another program is already listening on a port that one of our HTTP servers is configured to use.  "
              "Shut this program down first before starting supervisord.");

    remove_socket_file(path_, opened);
    EXPECT_FALSE(fs::exists(path_));
    ::close(opened.fd);
}

TEST_F(SocketDir, ReplacesAStaleSocket) {
    {
        const auto first = open_unix_socket({path_});
        ASSERT_GE(first.fd, 0);
        ::close(first.fd);  // dead server, file left behind
    }
    ASSERT_TRUE(fs::exists(path_));
    EXPECT_FALSE(socket_in_use(path_));
    const auto opened = open_unix_socket({path_});
    ASSERT_GE(opened.fd, 0) << opened.error;
    EXPECT_TRUE(socket_in_use(path_));
    ::close(opened.fd);
}

TEST(InetAddress, Forms) {
    auto a = parse_inet_address("127.0.0.1:9001");
    EXPECT_EQ(a.error, "");
    EXPECT_EQ(a.host, "127.0.0.1");
    EXPECT_EQ(a.port, 9001);
    EXPECT_EQ(parse_inet_address("*:9001").host, "");
    EXPECT_EQ(parse_inet_address(":9001").host, "");
    EXPECT_EQ(parse_inet_address("9001").port, 9001);
    EXPECT_EQ(parse_inet_address("LocalHost:80").host, "localhost");
}

TEST(InetAddress, Errors) {
    EXPECT_EQ(parse_inet_address("host:").error, "no port number specified in ''");
    EXPECT_EQ(parse_inet_address("0").error, "0 is below lower bound (1)");
    EXPECT_EQ(parse_inet_address("h:70000").error, "70000 is above upper bound (65535)");
    EXPECT_EQ(parse_inet_address("abc").error, "not a valid port number: 'abc' ");
}
