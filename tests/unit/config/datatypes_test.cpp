// Every datatype converter, good and bad values, with the reference's
// wording for what is wrong.
#include <gtest/gtest.h>

#include <csignal>

#include "config/datatypes.hpp"
#include "config/key_value_pairs.hpp"
#include "config/signal_names.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

template <class Convert>
std::string problem_of(Convert convert, std::string_view text) {
    try {
        convert(text);
    } catch (const ValueProblem& problem) {
        return problem.what();
    }
    return "";
}

TEST(Integer, PythonIntSyntax) {
    EXPECT_EQ(to_integer("42"), 42);
    EXPECT_EQ(to_integer(" -7 "), -7);
    EXPECT_EQ(to_integer("+3"), 3);
    EXPECT_EQ(to_integer("1_000"), 1000);
    EXPECT_EQ(to_integer("010"), 10);
}

TEST(Integer, BadValues) {
    EXPECT_EQ(problem_of(to_integer, "abc"), "not an integer: 'abc'");
    EXPECT_EQ(problem_of(to_integer, "1.5"), "not an integer: '1.5'");
    EXPECT_EQ(problem_of(to_integer, ""), "not an integer: ''");
    EXPECT_EQ(problem_of(to_integer, "1__0"), "not an integer: '1__0'");
    EXPECT_EQ(problem_of(to_integer, "_1"), "not an integer: '_1'");
    EXPECT_EQ(problem_of(to_integer, "99999999999"), "integer out of range: '99999999999'");
}

TEST(Boolean, AllSpellingsCaseInsensitive) {
    for (const char* yes : {"true", "TRUE", "Yes", "on", "1"}) EXPECT_TRUE(to_boolean(yes)) << yes;
    for (const char* no : {"false", "False", "NO", "off", "0"}) EXPECT_FALSE(to_boolean(no)) << no;
    EXPECT_EQ(problem_of(to_boolean, "maybe"), "not a valid boolean value: 'maybe'");
    EXPECT_EQ(problem_of(to_boolean, "2"), "not a valid boolean value: '2'");
}

TEST(ByteSize, SuffixesAndPlainBytes) {
    EXPECT_EQ(to_byte_size("0"), 0u);
    EXPECT_EQ(to_byte_size("1234"), 1234u);
    EXPECT_EQ(to_byte_size("1KB"), 1024u);
    EXPECT_EQ(to_byte_size("50MB"), 50u * 1024 * 1024);
    EXPECT_EQ(to_byte_size("50mb"), 50u * 1024 * 1024);
    EXPECT_EQ(to_byte_size("2GB"), 2ull * 1024 * 1024 * 1024);
    EXPECT_EQ(to_byte_size("10 kb"), 10u * 1024);
}

TEST(ByteSize, BadValues) {
    EXPECT_EQ(problem_of(to_byte_size, "5XB"), "not a valid byte size: '5XB'");
    EXPECT_EQ(problem_of(to_byte_size, "50M"), "not a valid byte size: '50M'");
    EXPECT_EQ(problem_of(to_byte_size, "1.5MB"), "not a valid byte size: '1.5MB'");
    EXPECT_EQ(problem_of(to_byte_size, "MB"), "not a valid byte size: 'MB'");
    EXPECT_EQ(problem_of(to_byte_size, "-1MB"), "a byte size cannot be negative: '-1MB'");
    EXPECT_EQ(problem_of(to_byte_size, "99999999999GB"), "byte size out of range: '99999999999GB'");
}

TEST(Octal, Modes) {
    EXPECT_EQ(to_octal("022"), 022u);
    EXPECT_EQ(to_octal("22"), 022u);
    EXPECT_EQ(to_octal("0o777"), 0777u);
    EXPECT_EQ(to_octal("0"), 0u);
    EXPECT_EQ(problem_of(to_octal, "99"), "99 can not be converted to an octal type");
    EXPECT_EQ(problem_of(to_octal, "abc"), "abc can not be converted to an octal type");
    EXPECT_EQ(problem_of(to_octal, "-1"), "-1 can not be converted to an octal type");
    EXPECT_EQ(problem_of(to_octal, "17777"), "17777 is not a file mode (at most 7777)");
}

TEST(AutoRestart, Values) {
    EXPECT_EQ(to_auto_restart("true"), AutoRestart::Always);
    EXPECT_EQ(to_auto_restart("ON"), AutoRestart::Always);
    EXPECT_EQ(to_auto_restart("false"), AutoRestart::Never);
    EXPECT_EQ(to_auto_restart("0"), AutoRestart::Never);
    EXPECT_EQ(to_auto_restart("Unexpected"), AutoRestart::Unexpected);
    EXPECT_EQ(problem_of(to_auto_restart, "Sometimes"), "invalid 'autorestart' value 'sometimes'");
}

TEST(LogLevel, Names) {
    EXPECT_EQ(to_log_level("critical"), LogLevel::Critical);
    EXPECT_EQ(to_log_level("error"), LogLevel::Error);
    EXPECT_EQ(to_log_level("WARN"), LogLevel::Warn);
    EXPECT_EQ(to_log_level("info"), LogLevel::Info);
    EXPECT_EQ(to_log_level("debug"), LogLevel::Debug);
    EXPECT_EQ(to_log_level("trace"), LogLevel::Trace);
    EXPECT_EQ(to_log_level("blather"), LogLevel::Blather);
    EXPECT_EQ(problem_of(to_log_level, "warning"), "bad logging level name 'warning'");
}

TEST(SignalNumber, NamesWithOrWithoutSig) {
    EXPECT_EQ(to_signal_number("TERM"), SIGTERM);
    EXPECT_EQ(to_signal_number("SIGTERM"), SIGTERM);
    EXPECT_EQ(to_signal_number("term"), SIGTERM);
    EXPECT_EQ(to_signal_number("HUP"), SIGHUP);
    EXPECT_EQ(to_signal_number("INT"), SIGINT);
    EXPECT_EQ(to_signal_number("QUIT"), SIGQUIT);
    EXPECT_EQ(to_signal_number("KILL"), SIGKILL);
    EXPECT_EQ(to_signal_number("USR1"), SIGUSR1);
    EXPECT_EQ(to_signal_number("sigusr2"), SIGUSR2);
    EXPECT_EQ(to_signal_number("CLD"), SIGCHLD);
    EXPECT_EQ(to_signal_number("RTMIN"), SIGRTMIN);
}

TEST(SignalNumber, Numbers) {
    EXPECT_EQ(to_signal_number("9"), 9);
    EXPECT_EQ(to_signal_number("15"), 15);
    EXPECT_EQ(to_signal_number(std::to_string(SIGRTMAX)), SIGRTMAX);
    EXPECT_EQ(problem_of(to_signal_number, "999"), "value '999' is not a valid signal number");
    EXPECT_EQ(problem_of(to_signal_number, "40"), "value '40' is not a valid signal number");
}

TEST(SignalNumber, BadNames) {
    EXPECT_EQ(problem_of(to_signal_number, "FOO"), "value 'FOO' is not a valid signal name");
    EXPECT_EQ(problem_of(to_signal_number, ""), "value '' is not a valid signal name");
    EXPECT_EQ(problem_of(to_signal_number, "_DFL"), "value '_DFL' is not a valid signal name");
}

TEST(ExitCodes, Lists) {
    EXPECT_EQ(to_exit_codes("0"), (std::vector<int>{0}));
    EXPECT_EQ(to_exit_codes("0, 2,255"), (std::vector<int>{0, 2, 255}));
    EXPECT_EQ(to_exit_codes(""), (std::vector<int>{}));
    EXPECT_EQ(problem_of(to_exit_codes, "0,256"), "not a valid list of exit codes: '0,256'");
    EXPECT_EQ(problem_of(to_exit_codes, "-1"), "not a valid list of exit codes: '-1'");
    EXPECT_EQ(problem_of(to_exit_codes, "0,,1"), "not a valid list of exit codes: '0,,1'");
    EXPECT_EQ(problem_of(to_exit_codes, "a"), "not a valid list of exit codes: 'a'");
}

TEST(ListOfStrings, SplitsOnCommasAndStrips) {
    EXPECT_EQ(to_list_of_strings("a, b ,c"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(to_list_of_strings(""), (std::vector<std::string>{}));
    EXPECT_EQ(to_list_of_strings("a,,b"), (std::vector<std::string>{"a", "", "b"}));
}

TEST(Logfile, SpecialValuesAndPaths) {
    EXPECT_EQ(to_logfile("AUTO").kind, LogfileValue::Kind::Auto);
    EXPECT_EQ(to_logfile("auto").kind, LogfileValue::Kind::Auto);
    EXPECT_EQ(to_logfile("NONE").kind, LogfileValue::Kind::None);
    EXPECT_EQ(to_logfile("off").kind, LogfileValue::Kind::None);
    EXPECT_EQ(to_logfile("Syslog").kind, LogfileValue::Kind::Syslog);
    const LogfileValue path = to_logfile("/tmp/x.log");
    EXPECT_EQ(path.kind, LogfileValue::Kind::Path);
    EXPECT_EQ(path.path, "/tmp/x.log");
    EXPECT_EQ(to_logfile("relative.log").path, "relative.log");
    EXPECT_EQ(problem_of(to_logfile, "/no/such/dir/x.log"),
              "The directory named as part of the path /no/such/dir/x.log does not exist");
}

TEST(InetAddress, AllForms) {
    EXPECT_EQ(to_inet_address("127.0.0.1:9001"), (std::pair<std::string, int>{"127.0.0.1", 9001}));
    EXPECT_EQ(to_inet_address("*:9001"), (std::pair<std::string, int>{"", 9001}));
    EXPECT_EQ(to_inet_address(":9001"), (std::pair<std::string, int>{"", 9001}));
    EXPECT_EQ(to_inet_address("9001"), (std::pair<std::string, int>{"", 9001}));
    EXPECT_EQ(to_inet_address("LocalHost:80"), (std::pair<std::string, int>{"localhost", 80}));
}

TEST(InetAddress, BadForms) {
    EXPECT_EQ(problem_of(to_inet_address, "abc"), "not a valid port number: 'abc'");
    EXPECT_EQ(problem_of(to_inet_address, "host:"), "no port number specified in ''");
    EXPECT_EQ(problem_of(to_inet_address, "host:abc"), "not an integer: 'abc'");
    EXPECT_EQ(problem_of(to_inet_address, "host:70000"), "70000 is above upper bound (65535)");
    EXPECT_EQ(problem_of(to_inet_address, "host:0"), "0 is below lower bound (1)");
}

TEST(ProcessOrGroupName, Checks) {
    EXPECT_EQ(to_process_or_group_name(" web "), "web");
    EXPECT_EQ(problem_of(to_process_or_group_name, "a b"), "Invalid name: 'a b' because of character: ' '");
    EXPECT_EQ(problem_of(to_process_or_group_name, "a:b"), "Invalid name: 'a:b' because of character: ':'");
    EXPECT_EQ(problem_of(to_process_or_group_name, "a/b"), "Invalid name: 'a/b' because of character: '/'");
    EXPECT_EQ(problem_of(to_process_or_group_name, ""), "Invalid name: '' because it is empty");
}

TEST(KeyValuePairs, QuotesAndCommas) {
    EXPECT_EQ(to_key_value_pairs("A=1,B=\"x, y\",C='z'"), (Environment{{"A", "1"}, {"B", "x, y"}, {"C", "z"}}));
    EXPECT_EQ(to_key_value_pairs(""), Environment{});
    EXPECT_EQ(to_key_value_pairs("PATH=/usr/bin:/bin,HOME=/home/u"),
              (Environment{{"PATH", "/usr/bin:/bin"}, {"HOME", "/home/u"}}));
    EXPECT_EQ(to_key_value_pairs("A=1,\nB=2"), (Environment{{"A", "1"}, {"B", "2"}}));
}

TEST(KeyValuePairs, LaterDuplicateReplacesInPlace) {
    EXPECT_EQ(to_key_value_pairs("A=1,B=2,A=3"), (Environment{{"A", "3"}, {"B", "2"}}));
}

TEST(KeyValuePairs, ShlexQuirksOfTheReference) {
    // '#' starts a comment that runs to the end of the line, even inside a word.
    EXPECT_EQ(to_key_value_pairs("A=x#y\nB=z=1"), (Environment{{"A", "xB"}, {"z", "1"}}));
    EXPECT_EQ(to_key_value_pairs("A=x#comment"), (Environment{{"A", "x"}}));
    // Any single token separates pairs, not only a comma.
    EXPECT_EQ(to_key_value_pairs("A=1;B=2"), (Environment{{"A", "1"}, {"B", "2"}}));
    // Quote characters around a value are stripped, all of them.
    EXPECT_EQ(to_key_value_pairs("A=\"'x'\""), (Environment{{"A", "x"}}));
}

TEST(KeyValuePairs, BadValues) {
    EXPECT_EQ(problem_of(to_key_value_pairs, "A=1,B"), "Unexpected end of key/value pairs in value 'A=1,B'");
    EXPECT_EQ(problem_of(to_key_value_pairs, "A=1 B=2"), "Unexpected end of key/value pairs in value 'A=1 B=2'");
    EXPECT_EQ(problem_of(to_key_value_pairs, "A=\"open"), "No closing quotation");
}

}  // namespace
}  // namespace sup::config
