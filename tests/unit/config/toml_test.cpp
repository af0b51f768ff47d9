// The TOML front end: same schema, same model as INI.
#include <gtest/gtest.h>

#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::kDataDir;
using testing::toml_error;

// Everything of a Config that says what to run, not where it was written.
void expect_same_model(const Config& a, const Config& b) {
    EXPECT_EQ(a.here, b.here);
    EXPECT_EQ(a.supervisord, b.supervisord);
    EXPECT_EQ(a.groups, b.groups);
    EXPECT_EQ(a.unix_http_server, b.unix_http_server);
    EXPECT_EQ(a.inet_http_server, b.inet_http_server);
    EXPECT_EQ(a.supervisorctl, b.supervisorctl);
    EXPECT_EQ(a.rpcinterfaces, b.rpcinterfaces);
    EXPECT_EQ(a.plugins, b.plugins);
}

TEST(Toml, RichConfigGivesTheSameModelAsItsIniTwin) {
    const Config ini = load_file(kDataDir + "/rich.conf");
    const Config toml = load_file(kDataDir + "/rich.toml");
    expect_same_model(ini, toml);
    // The comparison has something to compare.
    ASSERT_EQ(toml.groups.size(), 4u);
    EXPECT_EQ(toml.groups[1].processes.at(1).environment.back(), (std::pair<std::string, std::string>{"MODE", "prod, eu"}));
    EXPECT_EQ(toml.supervisord.umask, 027u);
    EXPECT_EQ(toml.unix_http_server->chmod, 0770u);
    EXPECT_TRUE(ini.warnings.empty());
    EXPECT_TRUE(toml.warnings.empty());
}

TEST(Toml, ModelDiffersWhenAValueDiffers) {
    const Config ini = load_ini_text("[supervisord]\n[program:a]\ncommand=x\nstartsecs=2\n", "/t/a.conf");
    const Config toml = load_toml_text("[supervisord]\n[program.a]\ncommand=\"x\"\nstartsecs=3\n", "/t/a.toml");
    EXPECT_NE(ini.groups, toml.groups);
}

TEST(Toml, ScalarTypes) {
    const Config config = load_toml_text("[supervisord]\nnodaemon = true\nminfds = 4096\n"
                                         "[program.p]\ncommand = 'echo \"hi\"'\nautostart = false\nstartsecs = 0\n"
                                         "autorestart = true\n",
                                         "/t/c.toml");
    EXPECT_TRUE(config.supervisord.nodaemon);
    EXPECT_EQ(config.supervisord.minfds, 4096);
    const ProcessConfig& p = config.groups.at(0).processes.at(0);
    EXPECT_EQ(p.command, "echo \"hi\"");
    EXPECT_FALSE(p.autostart);
    EXPECT_EQ(p.startsecs, 0);
    EXPECT_EQ(p.autorestart, AutoRestart::Always);
}

TEST(Toml, ModesMayBeOctalDecimalDigitsOrStrings) {
    for (const char* umask : {"0o022", "22", "\"022\"", "0x12"}) {
        const Config config = load_toml_text(std::string("[supervisord]\numask = ") + umask + "\n", "/t/c.toml");
        EXPECT_EQ(config.supervisord.umask, 022u) << umask;
    }
}

TEST(Toml, EnvironmentTableKeepsQuotesAndCommas) {
    const Config config = load_toml_text("[supervisord]\n[program.p]\ncommand = \"x\"\n"
                                         "environment = { B = 'say \"hi\" now', A = \"it's, fine\", EMPTY = \"\" }\n",
                                         "/t/c.toml");
    EXPECT_EQ(config.groups.at(0).processes.at(0).environment,
              (Environment{{"B", "say \"hi\" now"}, {"A", "it's, fine"}, {"EMPTY", ""}}));
}

TEST(Toml, KeysAreCaseInsensitiveAsInIni) {
    const Config config = load_toml_text("[supervisord]\n[program.p]\nCommand = \"x\"\n", "/t/c.toml");
    EXPECT_EQ(config.groups.at(0).processes.at(0).command, "x");
}

TEST(Toml, RawSectionsFlattenNestedTablesToDottedKeys) {
    const Config config = load_toml_text("[supervisord]\n[rpcinterface.supervisor]\n"
                                         "supervisor.rpcinterface_factory = \"a:b\"\n"
                                         "[plugin.p]\nlimits = { soft = 1, hard = 2 }\n",
                                         "/t/c.toml");
    EXPECT_EQ(config.rpcinterfaces.at(0).options,
              (std::vector<std::pair<std::string, std::string>>{{"supervisor.rpcinterface_factory", "a:b"}}));
    EXPECT_EQ(config.plugins.at(0).options,
              (std::vector<std::pair<std::string, std::string>>{{"limits.soft", "1"}, {"limits.hard", "2"}}));
}

TEST(Toml, SectionsAndKeysKeepFileOrder) {
    const Config config =
        load_toml_text("[supervisord]\n[plugin.zeta]\nz = 1\na = 2\n[plugin.alpha]\n", "/t/c.toml");
    ASSERT_EQ(config.plugins.size(), 2u);
    EXPECT_EQ(config.plugins[0].name, "plugin:zeta");
    EXPECT_EQ(config.plugins[0].options.front().first, "z");
}

TEST(Toml, DefaultTableShowsThroughEverySection) {
    const Config config = load_toml_text("[DEFAULT]\nautostart = false\n[supervisord]\n"
                                         "[program.a]\ncommand = \"a\"\n[program.b]\ncommand = \"b\"\nautostart = true\n",
                                         "/t/c.toml");
    EXPECT_FALSE(config.groups.at(0).processes.at(0).autostart);
    EXPECT_TRUE(config.groups.at(1).processes.at(0).autostart);
}

TEST(Toml, UnknownKeysWarnWithTheirLine) {
    const Config config = load_toml_text("[supervisord]\n[program.web]\ncommand = \"x\"\nautostrat = false\n", "/t/c.toml");
    EXPECT_EQ(config.warnings,
              (std::vector<std::string>{"Unknown key 'autostrat' in section 'program:web' (file: '/t/c.toml', line 4)"}));
}

TEST(Toml, ValueErrorsNameTheLine) {
    EXPECT_EQ(toml_error("[supervisord]\n\n[program.p]\ncommand = \"x\"\nstartsecs = \"soon\"\n"),
              "Invalid value for 'startsecs' in section 'program:p' (file: '/tmp/test.toml', line 5): not an "
              "integer: 'soon'");
    EXPECT_EQ(toml_error("[supervisord]\n[program.p]\n"),
              "program section program:p does not specify a command in section 'program:p' "
              "(file: '/tmp/test.toml', line 2)");
}

TEST(Toml, SyntaxErrorsNameLineAndColumn) {
    const std::string message = toml_error("[supervisord]\nminfds = = 3\n");
    EXPECT_EQ(message.rfind("Invalid TOML at column ", 0), 0u) << message;
    EXPECT_NE(message.find("(file: '/tmp/test.toml', line 2)"), std::string::npos) << message;
}

TEST(Toml, TypeErrorsNameTheLine) {
    EXPECT_EQ(toml_error("[supervisord]\nminfds = 1.5\n"),
              "A floating-point number is not accepted for 'minfds' in section 'supervisord' "
              "(file: '/tmp/test.toml', line 2)");
    EXPECT_EQ(toml_error("[supervisord]\n[program.p]\ncommand = [\"a\"]\n"),
              "An array is not accepted for 'command' in section 'program:p' (only exitcodes, programs, events and "
              "[include] files take one) (file: '/tmp/test.toml', line 3)");
    EXPECT_EQ(toml_error("[supervisord]\n[program.p]\ncommand = { a = 1 }\n"),
              "A table is not accepted for 'command' in section 'program:p' (only environment takes one) "
              "(file: '/tmp/test.toml', line 3)");
    EXPECT_EQ(toml_error("name = \"x\"\n"),
              "Top-level key 'name' must be a table ([name]) (file: '/tmp/test.toml', line 1)");
    EXPECT_EQ(toml_error("[supervisord]\n[program]\ncommand = \"x\"\n"),
              "'program.command' must be a table: write [program.NAME] with the keys of one program under it "
              "(file: '/tmp/test.toml', line 3)");
    EXPECT_EQ(toml_error("[supervisord]\nwhen = 1979-05-27\n"),
              "A date or time is not accepted for 'when' in section 'supervisord' (file: '/tmp/test.toml', line 2)");
    EXPECT_EQ(toml_error("[supervisord]\n[program.p]\nexitcodes = [[0]]\n"),
              "The array for 'exitcodes' may only hold strings and integers (file: '/tmp/test.toml', line 3)");
}

TEST(Toml, EnvironmentValuesThatCannotRoundTripAreRefused) {
    EXPECT_NE(toml_error("[supervisord]\nenvironment = { A = \"both ' and \\\"\" }\n").find("cannot be represented"),
              std::string::npos);
    EXPECT_NE(toml_error("[supervisord]\nenvironment = { A = \"'edge\" }\n").find("cannot be represented"),
              std::string::npos);
    EXPECT_NE(toml_error("[supervisord]\nenvironment = { \"A B\" = \"x\" }\n").find("is not supported"),
              std::string::npos);
}

TEST(Toml, NulCharactersAreRefused) {
    EXPECT_EQ(toml_error("[supervisord]\nidentifier = \"a\\u0000b\"\n"),
              "A NUL character is not accepted in 'identifier' (file: '/tmp/test.toml', line 2)");
}

TEST(Toml, DeepNestingIsAnErrorNotACrash) {
    const std::string deep = "[supervisord]\nx = " + std::string(100000, '[') + std::string(100000, ']') + "\n";
    EXPECT_NE(toml_error(deep).find("Invalid TOML"), std::string::npos);
}

}  // namespace
}  // namespace sup::config
