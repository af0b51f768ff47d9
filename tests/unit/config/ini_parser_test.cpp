// The INI front end follows the reference's configparser rules.
#include <gtest/gtest.h>

#include "config/ini_parser.hpp"
#include "config/load.hpp"

namespace sup::config {
namespace {

ParsedDocument parse(std::string_view text) {
    ParsedDocument document;
    parse_ini(text, "/etc/test.conf", document);
    return document;
}

std::string value_of(const ParsedDocument& document, std::string_view section, std::string_view key) {
    const ParsedSection* found = document.find_section(section);
    if (!found) return "<no section>";
    const ParsedValue* value = document.get(*found, key);
    return value ? value->text : "<no key>";
}

std::string parse_error(std::string_view text) {
    try {
        parse(text);
    } catch (const ConfigError& error) {
        return error.what();
    }
    return "";
}

TEST(IniParser, KeyValueWithEqualsOrColonAndStrippedWhitespace) {
    const auto document = parse("[s]\na = 1\nb:2\n  \nc   =   three word value   \nd=\n");
    EXPECT_EQ(value_of(document, "s", "a"), "1");
    EXPECT_EQ(value_of(document, "s", "b"), "2");
    EXPECT_EQ(value_of(document, "s", "c"), "three word value");
    EXPECT_EQ(value_of(document, "s", "d"), "");
}

TEST(IniParser, TheFirstDelimiterSplitsKeyFromValue) {
    const auto document = parse("[s]\nurl = http://host:9001\nk : = v\n");
    EXPECT_EQ(value_of(document, "s", "url"), "http://host:9001");
    EXPECT_EQ(value_of(document, "s", "k"), "= v");
}

TEST(IniParser, KeysAreLowerCasedSectionNamesAreNot) {
    const auto document = parse("[Program:Web]\nCoMmAnD = x\n");
    EXPECT_EQ(value_of(document, "Program:Web", "command"), "x");
    EXPECT_EQ(document.find_section("program:web"), nullptr);
}

TEST(IniParser, SectionHeaderQuirks) {
    // Text after the closing bracket is ignored; the name is not stripped;
    // the last ']' closes it.
    const auto document = parse("[a] trailing\nk=1\n[ b ]\nk=2\n[c]d]\nk=3\n");
    EXPECT_EQ(value_of(document, "a", "k"), "1");
    EXPECT_EQ(value_of(document, " b ", "k"), "2");
    EXPECT_EQ(value_of(document, "c]d", "k"), "3");
}

TEST(IniParser, FullLineComments) {
    const auto document = parse("; comment\n[s]\n# another\n   ; indented comment\nk=v\n");
    EXPECT_EQ(value_of(document, "s", "k"), "v");
    EXPECT_EQ(document.find_section("s")->options().size(), 1u);
}

TEST(IniParser, InlineCommentsNeedWhitespaceBefore) {
    const auto document = parse("[s]\na=x ; comment\nb=x;not a comment\nc=x # comment\nd=x#not\ne=x\t;tab\n");
    EXPECT_EQ(value_of(document, "s", "a"), "x");
    EXPECT_EQ(value_of(document, "s", "b"), "x;not a comment");
    EXPECT_EQ(value_of(document, "s", "c"), "x");
    EXPECT_EQ(value_of(document, "s", "d"), "x#not");
    EXPECT_EQ(value_of(document, "s", "e"), "x");
}

TEST(IniParser, InlineCommentSearchGoesRoundByRoundAsConfigparserDoes) {
    // First ';' is not after whitespace, first '#' is: that round ends the
    // search, although the second ';' comes earlier.
    EXPECT_EQ(value_of(parse("[s]\nk=x;y ;z #w\n"), "s", "k"), "x;y ;z");
}

TEST(IniParser, IndentedLinesContinueTheValue) {
    const auto document = parse("[s]\nenvironment=A=1,\n  B=2,\n\tC=3\nnext=1\n");
    EXPECT_EQ(value_of(document, "s", "environment"), "A=1,\nB=2,\nC=3");
    EXPECT_EQ(value_of(document, "s", "next"), "1");
}

TEST(IniParser, BlankLinesInsideAValueAreKeptTrailingOnesDropped) {
    const auto document = parse("[s]\nk = a\n  b\n\n  c\n\n\nother=1\n");
    EXPECT_EQ(value_of(document, "s", "k"), "a\nb\n\nc");
}

TEST(IniParser, CommentLinesInsideAValueAreSkipped) {
    EXPECT_EQ(value_of(parse("[s]\nk=1\n  ; note\n  2\n"), "s", "k"), "1\n2");
}

TEST(IniParser, EmptyFirstLineKeepsTheLeadingNewline) {
    EXPECT_EQ(value_of(parse("[s]\nk =\n  value\n"), "s", "k"), "\nvalue");
}

TEST(IniParser, ALineIndentedLessThanTheKeyStartsANewKey) {
    const auto document = parse("[s]\n  a=1\n b=2\n");
    EXPECT_EQ(value_of(document, "s", "a"), "1");
    EXPECT_EQ(value_of(document, "s", "b"), "2");
}

TEST(IniParser, IndentedLineAfterAHeaderIsAKey) {
    EXPECT_EQ(value_of(parse("[s]\n    k=1\n"), "s", "k"), "1");
}

TEST(IniParser, DuplicateSectionsMergeAndLaterKeysWin) {
    const auto document = parse("[s]\na=1\nb=2\n[t]\n[s]\na=3\nc=4\n");
    EXPECT_EQ(value_of(document, "s", "a"), "3");
    EXPECT_EQ(value_of(document, "s", "c"), "4");
    const auto& options = document.find_section("s")->options();
    ASSERT_EQ(options.size(), 3u);
    EXPECT_EQ(options[0].first, "a");  // a replaced in place
    EXPECT_EQ(document.sections().size(), 2u);
    EXPECT_EQ(options[0].second.line, 6);
}

TEST(IniParser, DefaultSectionShowsThroughEverySection) {
    const auto document = parse("[DEFAULT]\nautostart=false\n[a]\nk=1\n[b]\nautostart=true\n");
    EXPECT_EQ(value_of(document, "a", "autostart"), "false");
    EXPECT_EQ(value_of(document, "b", "autostart"), "true");
    EXPECT_EQ(document.find_section("DEFAULT"), nullptr);
    EXPECT_EQ(document.sections().size(), 2u);
}

TEST(IniParser, UniversalNewlines) {
    const auto document = parse("[s]\r\na=1\rb=2\r\n  more\nc=3");
    EXPECT_EQ(value_of(document, "s", "a"), "1");
    EXPECT_EQ(value_of(document, "s", "b"), "2\nmore");
    EXPECT_EQ(value_of(document, "s", "c"), "3");
    EXPECT_EQ(document.find_section("s")->find("c")->line, 5);
}

TEST(IniParser, ByteOrderMarkIsSkipped) { EXPECT_EQ(value_of(parse("\xEF\xBB\xBF[s]\nk=1\n"), "s", "k"), "1"); }

TEST(IniParser, UnicodeWhitespaceIsStrippedAsPythonDoes) {
    // U+00A0 (no-break space) around a value.
    EXPECT_EQ(value_of(parse("[s]\nk=\xC2\xA0v\xC2\xA0\n"), "s", "k"), "v");
}

TEST(IniParser, ValuesRememberFileAndLine) {
    const auto document = parse("\n[s]\n\nk=1\n");
    const ParsedValue* value = document.find_section("s")->find("k");
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(document.file_name(value->file), "/etc/test.conf");
    EXPECT_EQ(value->line, 4);
    EXPECT_EQ(document.find_section("s")->line(), 2);
}

TEST(IniParser, MissingSectionHeaderNamesFileAndLine) {
    EXPECT_EQ(parse_error("\n; c\nkey=value\n[s]\n"),
              "File contains no section headers.\nfile: '/etc/test.conf', line: 3\n'key=value\\n'");
}

TEST(IniParser, BadLinesAreAllReportedWithTheirNumbers) {
    EXPECT_EQ(parse_error("[s]\nnot a key\nok=1\n=novalue\n"),
              "Source contains parsing errors: '/etc/test.conf'\n\t[line  2]: 'not a key\\n'\n"
              "\t[line  4]: '=novalue\\n'");
}

TEST(IniParser, EmptyBracketsAreNotAHeader) {
    EXPECT_NE(parse_error("[s]\n[]\n").find("[line  2]: '[]\\n'"), std::string::npos);
}

TEST(IniParser, BadLinesListIsBounded) {
    std::string text = "[s]\n";
    for (int i = 0; i < 100; ++i) text += "junk\n";
    const std::string message = parse_error(text);
    EXPECT_NE(message.find("[line 21]"), std::string::npos);
    EXPECT_EQ(message.find("[line 22]"), std::string::npos);
    EXPECT_NE(message.find("and 80 more"), std::string::npos);
}

TEST(IniParser, RejectsNulBytesAndInvalidUtf8WithTheLine) {
    EXPECT_EQ(parse_error(std::string_view("[s]\nk=a\0b\n", 10)),
              "Config file contains a NUL byte (file: '/etc/test.conf', line 2)");
    EXPECT_EQ(parse_error("[s]\n\nk=\xFF\n"), "Config file is not valid UTF-8 (file: '/etc/test.conf', line 3)");
}

TEST(IniParser, RejectsTextOver16MiB) {
    const std::string huge(16u * 1024 * 1024 + 1, ' ');
    EXPECT_EQ(parse_error(huge), "Config file is larger than 16 MiB (file: '/etc/test.conf')");
}

TEST(IniParser, BoundsTheNumberOfSections) {
    std::string text;
    for (std::size_t i = 0; i <= kMaxSections; ++i) text += "[s" + std::to_string(i) + "]\n";
    EXPECT_NE(parse_error(text).find("Too many sections"), std::string::npos);
}

}  // namespace
}  // namespace sup::config
