#include "http_response.hpp"

#include <cstdio>

namespace sup::rpc {

std::string_view reason_phrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Time-out";
        case 411: return "Length Required";
        case 413: return "Request Entity Too Large";
        case 414: return "Request-URI Too Large";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        case 505: return "HTTP Version not supported";
        default: return "Unknown";
    }
}

std::string http_date(std::time_t when) {
    std::tm tm{};
    gmtime_r(&when, &tm);
    static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday], tm.tm_mday,
                  months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

std::string error_page(int status) {
    return "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n<h1>Error response</h1>\r\n"
           "<p>Error code " +
           std::to_string(status) + ".\r\n<p>Message: " + std::string(reason_phrase(status)) +
           ".\r\n</body>\r\n";
}

std::string response_head(std::string_view version, int status, const HeaderList& headers) {
    std::string head = "HTTP/" + std::string(version) + " " + std::to_string(status) + " " +
                       std::string(reason_phrase(status)) + "\r\n";
    head += "Server: supervisor-cpp\r\n";
    head += "Date: " + http_date(std::time(nullptr)) + "\r\n";
    for (const auto& [name, value] : headers) head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

}  // namespace sup::rpc
