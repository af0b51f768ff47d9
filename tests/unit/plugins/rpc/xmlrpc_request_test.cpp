// methodCall parsing, with the reference server's rules for odd input.
#include <gtest/gtest.h>

#include "xmlrpc_request.hpp"

using namespace sup::rpc;

namespace {

std::string call_with(const std::string& params) {
    return "<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.x</methodName>\n<params>\n" + params +
           "</params>\n</methodCall>\n";
}

std::string param(const std::string& value) { return "<param>\n<value>" + value + "</value>\n</param>\n"; }

}  // namespace

TEST(XmlRpcRequest, TypedValues) {
    const auto parsed = parse_method_call(call_with(
        param("<int>42</int>") + param("<i4>-7</i4>") + param("<i8>9000000000</i8>") +
        param("<boolean>1</boolean>") + param("<string>a&amp;b</string>") + param("<double>1.5</double>") +
        param("<dateTime.iso8601>20260101T10:11:12</dateTime.iso8601>") + param("<base64>aGk=</base64>")));
    ASSERT_EQ(parsed.error, CallError::none);
    EXPECT_EQ(parsed.call.method, "supervisor.x");
    const Array expected{Value(std::int64_t{42}), Value(std::int64_t{-7}), Value(std::int64_t{9000000000}),
                         Value(true), Value("a&b"), Value(1.5), Value(DateTime{"20260101T10:11:12"}),
                         Value(Binary{"hi"})};
    EXPECT_EQ(parsed.call.params, expected);
}

TEST(XmlRpcRequest, UntypedValueIsAString) {
    const auto parsed = parse_method_call(call_with(param("web") + param("") + param("  ")));
    ASSERT_EQ(parsed.error, CallError::none);
    EXPECT_EQ(parsed.call.params, (Array{Value("web"), Value(""), Value("  ")}));
}

TEST(XmlRpcRequest, BooleanIsTrueOnlyForOne) {
    const auto parsed = parse_method_call(call_with(param("<boolean>true</boolean>") + param("<boolean>0</boolean>")));
    ASSERT_EQ(parsed.error, CallError::none);
    EXPECT_EQ(parsed.call.params, (Array{Value(false), Value(false)}));
}

TEST(XmlRpcRequest, ArraysAndStructsNest) {
    const auto parsed = parse_method_call(call_with(param(
        "<array><data><value><int>1</int></value><value><struct><member><name>k</name>"
        "<value><string>v</string></value></member></struct></value></data></array>")));
    ASSERT_EQ(parsed.error, CallError::none);
    EXPECT_EQ(parsed.call.params, (Array{Value(Array{Value(1), Value(Struct{{"k", Value("v")}})})}));
}

TEST(XmlRpcRequest, MissingParamsMeansNone) {
    const auto parsed = parse_method_call("<methodCall><methodName>system.listMethods</methodName></methodCall>");
    ASSERT_EQ(parsed.error, CallError::none);
    EXPECT_TRUE(parsed.call.params.empty());
}

TEST(XmlRpcRequest, NoMethodName) {
    EXPECT_EQ(parse_method_call("<methodCall><params/></methodCall>").error, CallError::no_method_name);
    EXPECT_EQ(parse_method_call("<methodCall><methodName></methodName></methodCall>").error,
              CallError::no_method_name);
}

TEST(XmlRpcRequest, GarbageIsUnmarshallable) {
    EXPECT_EQ(parse_method_call("").error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call("<garbage").error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call("\x01\x02\xff").error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call("<other/>").error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call(call_with(param("<int>12x</int>"))).error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call(call_with(param("<double>nope</double>"))).error, CallError::unmarshallable);
    EXPECT_EQ(parse_method_call(call_with(param("<dateTime.iso8601>2026</dateTime.iso8601>"))).error,
              CallError::unmarshallable);
    EXPECT_EQ(parse_method_call(call_with(param("<base64>a</base64>"))).error, CallError::unmarshallable);
}

TEST(XmlRpcRequest, NestingIsBounded) {
    std::string deep;
    for (std::size_t i = 0; i < max_value_depth + 1; ++i) deep += "<value><array><data>";
    std::string value = deep;
    for (std::size_t i = 0; i < max_value_depth + 1; ++i) value += "</data></array></value>";
    EXPECT_EQ(parse_method_call("<methodCall><methodName>a.b</methodName><params><param>" + value +
                                "</param></params></methodCall>")
                  .error,
              CallError::unmarshallable);
}

TEST(XmlRpcRequest, VeryDeepElementNestingDoesNotCrash) {
    // 2 MiB of nested elements: the parser must not recurse per level.
    std::string body = "<methodCall><methodName>a.b</methodName><params><param><value>";
    const std::size_t levels = 300'000;
    body.reserve(levels * 7 + 200);
    for (std::size_t i = 0; i < levels; ++i) body += "<a>";
    EXPECT_EQ(parse_method_call(body).error, CallError::unmarshallable);  // never closed
    for (std::size_t i = 0; i < levels; ++i) body += "</a>";
    body += "</value></param></params></methodCall>";
    EXPECT_EQ(parse_method_call(body).error, CallError::none);  // an unknown type: its (empty) text
}

TEST(XmlRpcRequest, EntitiesAreNotExpandedFromADoctype) {
    const std::string bomb =
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
        "<methodCall><methodName>a.b</methodName><params><param><value>&b;</value></param></params></methodCall>";
    const auto parsed = parse_method_call(bomb);
    if (parsed.error == CallError::none) {
        ASSERT_EQ(parsed.call.params.size(), 1u);
        EXPECT_LE(std::get<std::string>(parsed.call.params[0].data).size(), 3u);
    }
}
