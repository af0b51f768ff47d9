// Response heads and the reference's error pages.
#pragma once

#include <ctime>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sup::rpc {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

std::string_view reason_phrase(int status);

// RFC 1123 date, "Tue, 24 Nov 2026 09:06:10 GMT".
std::string http_date(std::time_t when);

// The small HTML page the reference answers errors with.
std::string error_page(int status);

// "HTTP/<version> <status> <reason>\r\n" + Server, Date, `headers`, "\r\n".
// `version` is the request's ("1.0" or "1.1").
std::string response_head(std::string_view version, int status, const HeaderList& headers);

}  // namespace sup::rpc
