#include "log_tail_endpoint.hpp"

#include <sys/stat.h>

#include "file_follower.hpp"
#include "http_connection.hpp"
#include "http_server.hpp"

namespace sup::rpc {

namespace {

constexpr std::size_t read_piece = 64 * 1024;

// Pumps a followed file into a streamed response.
class LogTailStream final : public StreamSource {
public:
    LogTailStream(Server& server, std::uint64_t connection, std::unique_ptr<FileFollower> follower)
        : server_(server), connection_(connection), follower_(std::move(follower)) {
        server_.file_watch().add(connection_, follower_->path());
    }
    ~LogTailStream() override { server_.file_watch().remove(connection_); }

    void pump(Connection& connection) override {
        while (connection.wants_stream_data()) {
            const std::string data = follower_->read_more(read_piece);
            if (data.empty()) return;
            connection.stream(data);
        }
    }

private:
    Server& server_;
    std::uint64_t connection_;
    std::unique_ptr<FileFollower> follower_;
};

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string without_query(const std::string& target) { return target.substr(0, target.find_first_of("?#")); }

}  // namespace

std::string percent_decode(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int hi = hex_digit(text[i + 1]), lo = hex_digit(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// "/logtail/<namespec>[/<channel>]" -> the file, "" if there is none.
std::string LogTailEndpoint::process_log_path(const std::string& target) const {
    std::string path = percent_decode(without_query(target));
    path.erase(0, path.find_first_not_of('/'));
    const auto slash = path.find('/');
    if (slash == std::string::npos) return "";  // "/logtail" alone
    std::string rest = path.substr(slash + 1);
    std::string namespec = rest, channel = "stdout";
    if (const auto sep = rest.find('/'); sep != std::string::npos) {
        namespec = rest.substr(0, sep);
        channel = rest.substr(sep + 1);
    }
    if (channel != "stdout" && channel != "stderr") return "";
    const Host& host = server_.host();
    const sup_process_id id = host.api->process_find(host.ctx, namespec.c_str());
    if (id == 0) return "";
    sup_process_info info{};
    info.struct_size = sizeof info;
    if (host.api->process_info(host.ctx, id, &info) != SUP_OK) return "";
    const char* file = channel == "stdout" ? info.stdout_logfile : info.stderr_logfile;
    return file ? file : "";
}

void LogTailEndpoint::handle_process_log(Connection& connection, const Request& request) {
    if (request.method != "GET") {
        connection.reply_error(400);
        return;
    }
    start_tail(connection, process_log_path(request.target), true);
}

void LogTailEndpoint::handle_main_log(Connection& connection, const Request& request) {
    if (request.method != "GET") {
        connection.reply_error(400);
        return;
    }
    const Host& host = server_.host();
    const char* file = host.api->main_logfile(host.ctx);
    start_tail(connection, file ? file : "", false);
}

void LogTailEndpoint::start_tail(Connection& connection, const std::string& path, bool for_process) {
    struct stat st {};
    // No file (yet) is a temporary condition: 404, as the reference.
    std::unique_ptr<FileFollower> follower;
    if (!path.empty() && ::stat(path.c_str(), &st) == 0) follower = FileFollower::open(path);
    if (!follower) {
        connection.reply_error(404);
        return;
    }
    HeaderList headers{{"Last-Modified", http_date(st.st_mtime)}, {"Content-Type", "text/plain;charset=utf-8"}};
    // Tells a reverse proxy (nginx) not to buffer the stream.
    if (for_process) headers.emplace_back("X-Accel-Buffering", "no");
    connection.begin_stream(std::move(headers),
                            std::make_unique<LogTailStream>(server_, connection.id(), std::move(follower)));
}

}  // namespace sup::rpc
