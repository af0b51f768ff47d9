// The shared HTTP + XML-RPC server on a fake host's loop, with real sockets
// and client threads: keep-alive, limits, auth, deferred answers, slow and
// many clients, log tails.
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "base64.hpp"
#include "fake_host.hpp"
#include "http_server.hpp"
#include "unix_socket.hpp"

using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

struct Response {
    int status = 0;
    std::string head;
    std::string body;
    bool ok = false;  // a complete response was read
};

// A blocking test client on the server's unix socket.
class Client {
public:
    explicit Client(const std::string& path) {
        fd_ = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.c_str(), sizeof addr.sun_path - 1);
        timeval tv{10, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    }
    ~Client() { ::close(fd_); }

    bool connected() const { return connected_; }
    bool send(const std::string& bytes) {
        std::size_t at = 0;
        while (at < bytes.size()) {
            const ssize_t n = ::send(fd_, bytes.data() + at, bytes.size() - at, MSG_NOSIGNAL);
            if (n <= 0) return false;
            at += static_cast<std::size_t>(n);
        }
        return true;
    }
    // Reads one response with a Content-Length body.
    Response read_response() {
        Response r;
        while (buffer_.find("\r\n\r\n") == std::string::npos)
            if (!fill()) return r;
        const auto end = buffer_.find("\r\n\r\n");
        r.head = buffer_.substr(0, end + 4);
        buffer_.erase(0, end + 4);
        r.status = std::atoi(r.head.c_str() + 9);
        const auto cl = r.head.find("Content-Length: ");
        if (cl == std::string::npos) {
            r.ok = true;
            return r;
        }
        const std::size_t length = std::strtoul(r.head.c_str() + cl + 16, nullptr, 10);
        while (buffer_.size() < length)
            if (!fill()) return r;
        r.body = buffer_.substr(0, length);
        buffer_.erase(0, length);
        r.ok = true;
        return r;
    }
    // Reads until `needle` has arrived (streams).
    bool read_until(const std::string& needle) {
        while (buffer_.find(needle) == std::string::npos)
            if (!fill()) return false;
        return true;
    }
    void half_close() { ::shutdown(fd_, SHUT_WR); }
    bool closed_by_peer() {
        char c;
        return ::recv(fd_, &c, 1, 0) == 0;
    }
    const std::string& buffered() const { return buffer_; }

private:
    bool fill() {
        char chunk[65536];
        const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(n));
        return true;
    }
    int fd_;
    bool connected_ = false;
    std::string buffer_;
};

std::string post(const std::string& body, const std::string& extra_headers = "") {
    return "POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n" + extra_headers + "\r\n" + body;
}

std::string call_xml(const std::string& method, const std::string& arg = "") {
    return "<?xml version='1.0'?><methodCall><methodName>" + method + "</methodName><params>" +
           (arg.empty() ? "" : "<param><value><string>" + arg + "</string></value></param>") +
           "</params></methodCall>";
}

std::string string_response(const std::string& s) {
    return "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><string>" + s +
           "</string></value>\n</param>\n</params>\n</methodResponse>\n";
}

class HttpServerTest : public ::testing::Test {
protected:
    static constexpr std::uint64_t later_ms = 500;

    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("httpserver-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        path_ = (dir_ / "rpc.sock").string();
        // echo(x) -> x, immediately
        host_.add_method("test.echo", [this](sup_rpc_call* call, const sup_value* params) {
            const sup_host_api* api = host_.api();
            if (api->value_count(params) != 1) return api->rpc_fault(call, 2, "INCORRECT_PARAMETERS");
            size_t len = 0;
            const char* s = api->value_get_string(api->array_get(params, 0), &len);
            api->rpc_return(call, api->value_string(call, s, len));
        });
        // later(x) -> x after later_ms: a deferred completion
        host_.add_method("test.later", [this](sup_rpc_call* call, const sup_value* params) {
            const sup_host_api* api = host_.api();
            size_t len = 0;
            const char* s = api->value_get_string(api->array_get(params, 0), &len);
            deferred_.push_back({call, std::string(s, len)});
            api->timer_start(host_.ctx(), later_ms, &HttpServerTest::complete_deferred, this);
        });
    }
    void TearDown() override {
        server_.reset();
        fs::remove_all(dir_);
    }

    void start(sup::rpc::ServerOptions options = {}) {
        auto opened = sup::rpc_unix::open_unix_socket({path_, 0700});
        ASSERT_GE(opened.fd, 0) << opened.error;
        server_ = std::make_unique<sup::rpc::Server>(sup::rpc::Host{host_.api(), host_.ctx()}, opened.fd,
                                                     std::move(options));
    }

    // Runs `client` on a thread while the loop turns; true if it finished.
    bool with_client(std::function<void()> client, std::chrono::milliseconds timeout = 20s) {
        std::atomic<bool> done{false};
        std::thread t([&] {
            client();
            done = true;
        });
        const bool finished = host_.run_until([&] { return done.load(); }, timeout);
        t.join();
        return finished;
    }

    static void complete_deferred(void* self) {
        auto* test = static_cast<HttpServerTest*>(self);
        auto [call, text] = test->deferred_.front();
        test->deferred_.erase(test->deferred_.begin());
        test->host_.api()->rpc_return(call, test->host_.api()->value_string(call, text.data(), text.size()));
    }

    sup::test::FakeHost host_;
    std::unique_ptr<sup::rpc::Server> server_;
    fs::path dir_;
    std::string path_;
    std::vector<std::pair<sup_rpc_call*, std::string>> deferred_;
};

}  // namespace

TEST_F(HttpServerTest, KeepAliveServesSeveralCallsOnOneConnection) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        ASSERT_TRUE(c.connected());
        for (const char* word : {"one", "two", "three"}) {
            ASSERT_TRUE(c.send(post(call_xml("test.echo", word))));
            const Response r = c.read_response();
            ASSERT_TRUE(r.ok);
            EXPECT_EQ(r.status, 200);
            EXPECT_NE(r.head.find("Content-Type: text/xml\r\n"), std::string::npos);
            EXPECT_EQ(r.body, string_response(word));
        }
    }));
}

TEST_F(HttpServerTest, PipelinedRequestsAreAnsweredInOrder) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        ASSERT_TRUE(c.send(post(call_xml("test.later", "first")) + post(call_xml("test.echo", "second"))));
        EXPECT_EQ(c.read_response().body, string_response("first"));
        EXPECT_EQ(c.read_response().body, string_response("second"));
    }));
}

TEST_F(HttpServerTest, Http10ClosesUnlessKeepAliveIsAsked) {
    start();
    ASSERT_TRUE(with_client([&] {
        const std::string body = call_xml("test.echo", "x");
        const std::string request = "POST /RPC2 HTTP/1.0\r\nContent-Length: " + std::to_string(body.size()) +
                                    "\r\n\r\n" + body;
        Client c(path_);
        c.send(request);
        const Response r = c.read_response();
        EXPECT_TRUE(r.head.starts_with("HTTP/1.0 200 OK\r\n"));
        EXPECT_NE(r.head.find("Connection: close\r\n"), std::string::npos);
        EXPECT_TRUE(c.closed_by_peer());

        Client k(path_);
        k.send("POST /RPC2 HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\n\r\n" + body);
        const Response kr = k.read_response();
        EXPECT_NE(kr.head.find("Connection: Keep-Alive\r\n"), std::string::npos);
        k.send(post(call_xml("test.echo", "again")));
        EXPECT_EQ(k.read_response().body, string_response("again"));
    }));
}

TEST_F(HttpServerTest, BadRequestsGetTheReferencesStatuses) {
    start();
    ASSERT_TRUE(with_client([&] {
        {
            Client c(path_);
            c.send("\x16\x03\x01 garbage garbage\r\n\r\n");
            EXPECT_EQ(c.read_response().status, 400);
            EXPECT_TRUE(c.closed_by_peer());
        }
        {
            Client c(path_);
            c.send(post("<not xml"));
            EXPECT_EQ(c.read_response().status, 400);
        }
        {
            Client c(path_);
            c.send("GET /RPC2 HTTP/1.1\r\n\r\n");
            EXPECT_EQ(c.read_response().status, 400);
            c.send("GET /elsewhere HTTP/1.1\r\n\r\n");
            const Response r = c.read_response();
            EXPECT_EQ(r.status, 404);
            EXPECT_EQ(r.body.size(), 134u);
            c.send("GET /mainlogtail HTTP/1.1\r\n\r\n");  // no main log configured
            EXPECT_EQ(c.read_response().status, 404);
        }
        {
            Client c(path_);
            c.send(post(call_xml("no.such")));
            const Response r = c.read_response();
            EXPECT_EQ(r.status, 200);
            EXPECT_NE(r.body.find("<name>faultCode</name>\n<value><int>1</int></value>"), std::string::npos);
        }
    }));
}

TEST_F(HttpServerTest, OversizedBodyGets413WithoutBeingRead) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send("POST /RPC2 HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n");
        c.send(std::string(64 * 1024, 'x'));
        const Response r = c.read_response();
        EXPECT_EQ(r.status, 413);
        EXPECT_NE(r.head.find("Connection: close\r\n"), std::string::npos);
        // The server closes after a short linger, whatever we still send.
        const std::string junk(1024 * 1024, 'y');
        for (int i = 0; i < 100 && c.send(junk); ++i) {
        }
    }));
    // and it still serves
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send(post(call_xml("test.echo", "alive")));
        EXPECT_EQ(c.read_response().body, string_response("alive"));
    }));
}

TEST_F(HttpServerTest, AuthenticationGuardsEveryPath) {
    sup::rpc::ServerOptions options;
    options.credentials = sup::rpc::Credentials{"user", "{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"};
    start(std::move(options));
    ASSERT_TRUE(with_client([&] {
        for (const std::string& auth :
             {std::string(), "Authorization: Basic " + sup::rpc::base64_encode("user:nope") + "\r\n",
              "Authorization: Basic " + sup::rpc::base64_encode("who:test") + "\r\n"}) {
            Client c(path_);
            c.send(post(call_xml("test.echo", "x"), auth));
            const Response r = c.read_response();
            EXPECT_EQ(r.status, 401);
            EXPECT_NE(r.head.find("WWW-Authenticate: Basic realm=\"default\"\r\n"), std::string::npos);
        }
        Client c(path_);
        c.send("GET /nothing HTTP/1.1\r\n\r\n");
        EXPECT_EQ(c.read_response().status, 401);
        Client good(path_);
        good.send(post(call_xml("test.echo", "in"),
                       "Authorization: Basic " + sup::rpc::base64_encode("user:test") + "\r\n"));
        EXPECT_EQ(good.read_response().body, string_response("in"));
    }));
}

TEST_F(HttpServerTest, StalledClientsDoNotBlockOthers) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client stalled(path_);
        stalled.send("POST /RPC2 HTTP/1.1\r\nContent-Length: 500\r\n\r\n<?xml");  // and nothing more
        Client waiting(path_);
        waiting.send(post(call_xml("test.later", "slow")));
        Client quick(path_);
        const auto t0 = std::chrono::steady_clock::now();
        quick.send(post(call_xml("test.echo", "fast")));
        EXPECT_EQ(quick.read_response().body, string_response("fast"));
        EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(later_ms));  // not behind it
        EXPECT_EQ(waiting.read_response().body, string_response("slow"));
    }));
}

TEST_F(HttpServerTest, ClientGoneBeforeADeferredAnswer) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send(post(call_xml("test.later", "nobody")));
    }));
    host_.run_for(std::chrono::milliseconds(2 * later_ms));  // the answer completes into nothing
    EXPECT_TRUE(deferred_.empty());
}

TEST_F(HttpServerTest, HalfClosedClientStillGetsItsAnswers) {
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send(post(call_xml("test.echo", "one")) + post(call_xml("test.later", "two")));
        c.half_close();
        EXPECT_EQ(c.read_response().body, string_response("one"));
        const Response last = c.read_response();
        EXPECT_EQ(last.body, string_response("two"));
        EXPECT_NE(last.head.find("Connection: close\r\n"), std::string::npos);
        EXPECT_TRUE(c.closed_by_peer());
    }));
}

TEST_F(HttpServerTest, PartialRequestsTimeOut) {
    sup::rpc::ServerOptions options;
    options.limits.request_timeout = 200ms;
    start(std::move(options));
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send("POST /RPC2 HTTP/1.1\r\nContent-Len");
        EXPECT_TRUE(c.closed_by_peer());
    }));
}

TEST_F(HttpServerTest, FiveHundredConcurrentClients) {
    start();
    constexpr int clients = 500;
    std::atomic<int> good{0};
    ASSERT_TRUE(with_client([&] {
        std::vector<std::unique_ptr<Client>> open;
        for (int i = 0; i < clients; ++i) open.push_back(std::make_unique<Client>(path_));
        for (int i = 0; i < clients; ++i) open[i]->send(post(call_xml("test.echo", "c" + std::to_string(i))));
        for (int i = 0; i < clients; ++i)
            if (open[i]->read_response().body == string_response("c" + std::to_string(i))) ++good;
    }, 60s));
    EXPECT_EQ(good.load(), clients);
}

TEST_F(HttpServerTest, MainLogTailStreamsAppendsAndTruncation) {
    const std::string log = (dir_ / "main.log").string();
    std::ofstream(log) << std::string(2000, 'a') << "END\n";
    host_.set_main_logfile(log);
    start();
    ASSERT_TRUE(with_client([&] {
        Client c(path_);
        c.send("GET /mainlogtail HTTP/1.1\r\nHost: x\r\n\r\n");
        ASSERT_TRUE(c.read_until("END\n"));
        const std::string& got = c.buffered();
        EXPECT_NE(got.find("Transfer-Encoding: chunked\r\n"), std::string::npos);
        EXPECT_NE(got.find("Content-Type: text/plain;charset=utf-8\r\n"), std::string::npos);
        EXPECT_NE(got.find("\r\n400\r\n"), std::string::npos);  // 1024 bytes = 0x400
        std::ofstream(log, std::ios::app) << "appended line\n";
        EXPECT_TRUE(c.read_until("appended line\n"));
        std::ofstream(log, std::ios::trunc) << "fresh\n";
        EXPECT_TRUE(c.read_until("==> File truncated <==\n"));
        EXPECT_TRUE(c.read_until("fresh\n"));
    }));
}
