// repr() and int() as Python does them.
#include <gtest/gtest.h>

#include "config/python_text.hpp"

namespace sup {
namespace {

TEST(PythonRepr, Quoting) {
    EXPECT_EQ(config::py_repr("abc"), "'abc'");
    EXPECT_EQ(config::py_repr(""), "''");
    EXPECT_EQ(config::py_repr("it's"), "\"it's\"");
    EXPECT_EQ(config::py_repr("a\"b"), "'a\"b'");
    EXPECT_EQ(config::py_repr("'\""), "'\\'\"'");
    EXPECT_EQ(config::py_repr("back\\slash"), "'back\\\\slash'");
}

TEST(PythonRepr, Escapes) {
    EXPECT_EQ(config::py_repr("\t\n\r\x01\x7f"), "'\\t\\n\\r\\x01\\x7f'");
    EXPECT_EQ(config::py_repr("\xc3\xa9"), "'\xc3\xa9'");            // é stays
    EXPECT_EQ(config::py_repr("\xc2\xa0"), "'\\xa0'");                // no-break space
    EXPECT_EQ(config::py_repr("\xe2\x80\xa8"), "'\\u2028'");          // line separator
    EXPECT_EQ(config::py_repr("\xff\xc3"), "'\\udcff\\udcc3'");       // invalid bytes
    EXPECT_EQ(config::py_repr("\xf0\x9f\x98\x80"), "'\xf0\x9f\x98\x80'");  // emoji stays
}

TEST(PythonRepr, List) {
    EXPECT_EQ(config::py_list_repr({"a", "b'c"}), "['a', \"b'c\"]");
    EXPECT_EQ(config::py_list_repr({}), "[]");
}

TEST(PythonInt, Accepts) {
    EXPECT_EQ(config::parse_python_int("42", 10), 42);
    EXPECT_EQ(config::parse_python_int(" \t-42\n", 10), -42);
    EXPECT_EQ(config::parse_python_int("+1_000", 10), 1000);
    EXPECT_EQ(config::parse_python_int("0042", 10), 42);
    EXPECT_EQ(config::parse_python_int("022", 8), 18);
    EXPECT_EQ(config::parse_python_int("0O22", 8), 18);
    EXPECT_EQ(config::parse_python_int("0o_2_2", 8), 18);
    EXPECT_EQ(config::parse_python_int("99999999999999999999999", 10), INT64_MAX);
}

TEST(PythonInt, Refuses) {
    for (const char* bad : {"", " ", "+", "1_", "_1", "1__2", "0x10", "1.5", "1 2", "\x1c" "1"}) {
        EXPECT_EQ(config::parse_python_int(bad, 10), std::nullopt) << bad;
    }
    for (const char* bad : {"8", "0o", "0o_", "0b1", "0_o1"}) {
        EXPECT_EQ(config::parse_python_int(bad, 8), std::nullopt) << bad;
    }
}

TEST(PythonInt, ErrorText) {
    EXPECT_EQ(config::python_int_error("abc"), "invalid literal for int() with base 10: 'abc'");
}

}  // namespace
}  // namespace sup
