#include <gtest/gtest.h>

#include "http_response.hpp"
#include "log_tail_endpoint.hpp"

using namespace sup::rpc;

TEST(HttpResponse, ErrorPageIsTheReferences) {
    // 134 bytes, as the reference's 404 page.
    EXPECT_EQ(error_page(404),
              "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n<h1>Error response</h1>\r\n"
              "<p>Error code 404.\r\n<p>Message: Not Found.\r\n</body>\r\n");
    EXPECT_EQ(error_page(404).size(), 134u);
    EXPECT_EQ(error_page(401).size(), 137u);
    EXPECT_NE(error_page(413).find("Request Entity Too Large"), std::string::npos);
}

TEST(HttpResponse, DateIsRfc1123) { EXPECT_EQ(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT"); }

TEST(HttpResponse, HeadCarriesStatusAndHeaders) {
    const std::string head = response_head("1.0", 200, {{"Content-Type", "text/xml"}, {"Content-Length", "5"}});
    EXPECT_TRUE(head.starts_with("HTTP/1.0 200 OK\r\n"));
    EXPECT_NE(head.find("\r\nContent-Type: text/xml\r\nContent-Length: 5\r\n\r\n"), std::string::npos);
}

TEST(LogTailPath, PercentDecoding) {
    EXPECT_EQ(percent_decode("/logtail/grp%3Aweb/stderr"), "/logtail/grp:web/stderr");
    EXPECT_EQ(percent_decode("a%2"), "a%2");
    EXPECT_EQ(percent_decode("a%zz+b"), "a%zz+b");
}
