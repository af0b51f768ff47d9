// methodResponse bytes must equal what the reference (Python's
// xmlrpc.client.dumps) writes; the expected texts were produced by it.
#include <gtest/gtest.h>

#include "python_float.hpp"
#include "xmlrpc_response.hpp"

using namespace sup::rpc;

TEST(XmlRpcResponse, StructArrayAndScalarsMatchPythonLayout) {
    Value v(Struct{{"a", Value(1)},
                   {"b", Value(Array{Value(true), Value("s<&>"), Value(1.5), Value(Binary{"hi"}),
                                     Value(DateTime{"20200101T01:02:03"})})},
                   {"c", Value(Struct{})},
                   {"d", Value(Array{})}});
    EXPECT_EQ(method_response(v),
              "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n<member>\n"
              "<name>a</name>\n<value><int>1</int></value>\n</member>\n<member>\n<name>b</name>\n"
              "<value><array><data>\n<value><boolean>1</boolean></value>\n"
              "<value><string>s&lt;&amp;&gt;</string></value>\n<value><double>1.5</double></value>\n"
              "<value><base64>\naGk=\n</base64></value>\n"
              "<value><dateTime.iso8601>20200101T01:02:03</dateTime.iso8601></value>\n</data></array></value>\n"
              "</member>\n<member>\n<name>c</name>\n<value><struct>\n</struct></value>\n</member>\n<member>\n"
              "<name>d</name>\n<value><array><data>\n</data></array></value>\n</member>\n</struct></value>\n"
              "</param>\n</params>\n</methodResponse>\n");
}

TEST(XmlRpcResponse, FaultMatchesPythonLayout) {
    EXPECT_EQ(fault_response(10, "BAD_NAME: foo"),
              "<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n"
              "<name>faultCode</name>\n<value><int>10</int></value>\n</member>\n<member>\n"
              "<name>faultString</name>\n<value><string>BAD_NAME: foo</string></value>\n</member>\n"
              "</struct></value>\n</fault>\n</methodResponse>\n");
}

TEST(XmlRpcResponse, LongBinaryIsWrappedAt76Columns) {
    EXPECT_EQ(method_response(Value(Binary{std::string(60, 'a')})),
              "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><base64>\n"
              "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh\nYWFh\n"
              "</base64></value>\n</param>\n</params>\n</methodResponse>\n");
}

TEST(XmlRpcResponse, TextThatXmlCannotCarryIsReplaced) {
    std::string out;
    append_xml_text(out, std::string("a\x1b" "b\r\n\t\xff\xc3\xa9", 9));
    EXPECT_EQ(out, "a\xEF\xBF\xBD" "b&#13;\n\t\xEF\xBF\xBD\xc3\xa9");
}

TEST(XmlRpcResponse, TruncatedUtf8SequenceIsReplaced) {
    std::string out;
    append_xml_text(out, "\xe2\x82");  // the first two bytes of a 3-byte character
    EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(PythonFloat, ReprOfCommonValues) {
    EXPECT_EQ(python_float_repr(0.1), "0.1");
    EXPECT_EQ(python_float_repr(100.0), "100.0");
    EXPECT_EQ(python_float_repr(1e16), "1e+16");
    EXPECT_EQ(python_float_repr(1.5e-5), "1.5e-05");
    EXPECT_EQ(python_float_repr(0.0001), "0.0001");
    EXPECT_EQ(python_float_repr(123456789012345.6), "123456789012345.6");
    EXPECT_EQ(python_float_repr(-0.0), "-0.0");
    EXPECT_EQ(python_float_repr(2.5e300), "2.5e+300");
    EXPECT_EQ(python_float_repr(1e20), "1e+20");
    EXPECT_EQ(python_float_repr(1e-7), "1e-07");
}
