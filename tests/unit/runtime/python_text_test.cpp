// repr() and int() as Python does them.
#include <gtest/gtest.h>

#include "cli/python_text.hpp"

namespace sup::cli {
namespace {

TEST(PythonRepr, Quoting) {
    EXPECT_EQ(python_repr("abc"), "'abc'");
    EXPECT_EQ(python_repr(""), "''");
    EXPECT_EQ(python_repr("it's"), "\"it's\"");
    EXPECT_EQ(python_repr("a\"b"), "'a\"b'");
    EXPECT_EQ(python_repr("'\""), "'\\'\"'");
    EXPECT_EQ(python_repr("back\\slash"), "'back\\\\slash'");
}

TEST(PythonRepr, Escapes) {
    EXPECT_EQ(python_repr("\t\n\r\x01\x7f"), "'\\t\\n\\r\\x01\\x7f'");
    EXPECT_EQ(python_repr("\xc3\xa9"), "'\xc3\xa9'");            // é stays
    EXPECT_EQ(python_repr("\xc2\xa0"), "'\\xa0'");                // no-break space
    EXPECT_EQ(python_repr("\xe2\x80\xa8"), "'\\u2028'");          // line separator
    EXPECT_EQ(python_repr("\xff\xc3"), "'\\udcff\\udcc3'");       // invalid bytes
    EXPECT_EQ(python_repr("\xf0\x9f\x98\x80"), "'\xf0\x9f\x98\x80'");  // emoji stays
}

TEST(PythonRepr, List) {
    EXPECT_EQ(python_list_repr({"a", "b'c"}), "['a', \"b'c\"]");
    EXPECT_EQ(python_list_repr({}), "[]");
}

TEST(PythonInt, Accepts) {
    EXPECT_EQ(parse_python_int("42", 10), 42);
    EXPECT_EQ(parse_python_int(" \t-42\n", 10), -42);
    EXPECT_EQ(parse_python_int("+1_000", 10), 1000);
    EXPECT_EQ(parse_python_int("0042", 10), 42);
    EXPECT_EQ(parse_python_int("022", 8), 18);
    EXPECT_EQ(parse_python_int("0O22", 8), 18);
    EXPECT_EQ(parse_python_int("0o_2_2", 8), 18);
    EXPECT_EQ(parse_python_int("99999999999999999999999", 10), INT64_MAX);
}

TEST(PythonInt, Refuses) {
    for (const char* bad : {"", " ", "+", "1_", "_1", "1__2", "0x10", "1.5", "1 2", "\x1c" "1"}) {
        EXPECT_EQ(parse_python_int(bad, 10), std::nullopt) << bad;
    }
    for (const char* bad : {"8", "0o", "0o_", "0b1", "0_o1"}) {
        EXPECT_EQ(parse_python_int(bad, 8), std::nullopt) << bad;
    }
}

TEST(PythonInt, ErrorText) {
    EXPECT_EQ(python_int_error("abc"), "invalid literal for int() with base 10: 'abc'");
}

}  // namespace
}  // namespace sup::cli
