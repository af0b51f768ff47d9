#include <gtest/gtest.h>

#include "base64.hpp"
#include "basic_auth.hpp"

using namespace sup::rpc;

namespace {

std::string basic(const std::string& user_colon_password) { return "Basic " + base64_encode(user_colon_password); }

// "{SHA}" + sha1("test")
const Credentials sha_user{"u", "{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"};
const Credentials plain_user{"user", "s3cret"};

}  // namespace

TEST(Base64, RoundTripsAndSkipsLineBreaks) {
    EXPECT_EQ(base64_encode("hi"), "aGk=");
    EXPECT_EQ(base64_decode("aGk="), std::optional<std::string>("hi"));
    EXPECT_EQ(base64_decode("aG\nk=\n"), std::optional<std::string>("hi"));
    EXPECT_EQ(base64_decode(""), std::optional<std::string>(""));
    EXPECT_EQ(base64_decode("YWJj"), std::optional<std::string>("abc"));
    EXPECT_FALSE(base64_decode("aGk"));
    EXPECT_FALSE(base64_decode("a=Gk"));
    EXPECT_EQ(base64_encode_lines(""), "");
}

TEST(BasicAuth, PlainPassword) {
    EXPECT_EQ(check_basic_auth(basic("user:s3cret"), plain_user), AuthOutcome::granted);
    EXPECT_EQ(check_basic_auth(basic("user:wrong"), plain_user), AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth(basic("other:s3cret"), plain_user), AuthOutcome::denied);
}

TEST(BasicAuth, ShaPassword) {
    EXPECT_EQ(check_basic_auth(basic("u:test"), sha_user), AuthOutcome::granted);
    EXPECT_EQ(check_basic_auth(basic("u:{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"), sha_user),
              AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth(basic("u:tesT"), sha_user), AuthOutcome::denied);
}

TEST(BasicAuth, PasswordWithColonKeepsTheRest) {
    EXPECT_EQ(check_basic_auth(basic("user:a:b"), Credentials{"user", "a:b"}), AuthOutcome::granted);
}

TEST(BasicAuth, MissingOrOddHeaders) {
    EXPECT_EQ(check_basic_auth(std::nullopt, plain_user), AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth("Digest abc", plain_user), AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth("Basic", plain_user), AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth("basic " + base64_encode("user:s3cret"), plain_user), AuthOutcome::granted);
    EXPECT_EQ(check_basic_auth("Basic " + base64_encode("nocolon"), plain_user), AuthOutcome::denied);
    EXPECT_EQ(check_basic_auth("Basic abc", plain_user), AuthOutcome::malformed);  // bad padding
    EXPECT_EQ(check_basic_auth("Basic !!!", plain_user), AuthOutcome::denied);     // nothing left: no user
}
