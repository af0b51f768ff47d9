// %(name)s expansion: the formatter itself, and which names each key gets.
#include <gtest/gtest.h>
#include <sys/utsname.h>

#include "config/expansion.hpp"
#include "config/value_problem.hpp"
#include "config_test_support.hpp"

namespace sup::config {
namespace {

using testing::ini_error;
using testing::kMinimal;
using testing::load_ini;
using testing::load_program;
using testing::ScopedEnv;

const Expansions kNames = {{"name", std::string("web")}, {"num", 7LL}, {"neg", -3LL}};

std::string expanded(std::string_view format) { return expand(format, kNames, "program:x.command"); }

std::string expand_problem(std::string_view format) {
    try {
        expanded(format);
    } catch (const ValueProblem& problem) {
        return problem.what();
    }
    return "";
}

std::string host_name() {
    utsname names{};
    uname(&names);
    return names.nodename;
}

TEST(Expand, StringsAndIntegers) {
    EXPECT_EQ(expanded("run %(name)s #%(num)d"), "run web #7");
    EXPECT_EQ(expanded("%(num)s"), "7");
    EXPECT_EQ(expanded("no names at all"), "no names at all");
}

TEST(Expand, DoubledPercentIsALiteral) { EXPECT_EQ(expanded("100%% of %(name)s"), "100% of web"); }

TEST(Expand, PythonFormatSpecs) {
    EXPECT_EQ(expanded("%(num)02d"), "07");
    EXPECT_EQ(expanded("%(num)03i"), "007");
    EXPECT_EQ(expanded("[%(num)-3d]"), "[7  ]");
    EXPECT_EQ(expanded("%(num)+d %(neg)d %(neg)05d"), "+7 -3 -0003");
    EXPECT_EQ(expanded("%(num) d"), " 7");
    EXPECT_EQ(expanded("%(num).3d"), "007");
    EXPECT_EQ(expanded("%(num)x %(num)#o %(num)#X"), "7 0o7 0X7");
    EXPECT_EQ(expanded("[%(name)5s][%(name)-5s][%(name).1s]"), "[  web][web  ][w]");
    EXPECT_EQ(expanded("%(name)r"), "'web'");
    EXPECT_EQ(expanded("%(num)ld"), "7");
    EXPECT_EQ(expanded("%(num)e"), "7.000000e+00");
}

TEST(Expand, UnknownNameListsTheAvailableOnes) {
    EXPECT_EQ(expand_problem("%(nope)s"),
              "Format string '%(nope)s' for 'program:x.command' contains names ('nope') which cannot be "
              "expanded. Available names: name, neg, num");
}

TEST(Expand, BadlyFormattedStrings) {
    const std::string prefix = "Format string ";
    EXPECT_EQ(expand_problem("%(name"), prefix + "'%(name' for 'program:x.command' is badly formatted: incomplete format key");
    EXPECT_EQ(expand_problem("x %(name)"), prefix + "'x %(name)' for 'program:x.command' is badly formatted: incomplete format");
    EXPECT_EQ(expand_problem("%(name)q"),
              prefix + "'%(name)q' for 'program:x.command' is badly formatted: unsupported format character 'q' "
                       "(0x71) at index 7");
    EXPECT_EQ(expand_problem("%(name)d"),
              prefix + "'%(name)d' for 'program:x.command' is badly formatted: %d format: a real number is "
                       "required, not str");
    EXPECT_NE(expand_problem("50%").find("is badly formatted"), std::string::npos);
    EXPECT_NE(expand_problem("%s").find("is badly formatted"), std::string::npos);
}

TEST(Expand, HugeWidthIsRefused) { EXPECT_NE(expand_problem("%(name)99999999s").find("width too big"), std::string::npos); }

TEST(Expansions, HereIsTheConfigFilesDirectory) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=%(here)s/run\n", "/srv/app/sup.conf");
    EXPECT_EQ(config.groups.at(0).processes.at(0).command, "/srv/app/run");
    EXPECT_EQ(config.here, "/srv/app");
}

TEST(Expansions, EnvironmentOfSupervisord) {
    ScopedEnv env("SUPCFG_TEST_VAR", "from-env");
    EXPECT_EQ(load_program("command=run %(ENV_SUPCFG_TEST_VAR)s\n").command, "run from-env");
}

TEST(Expansions, SupervisordEnvironmentEntriesBecomeNames) {
    const Config config = load_ini("[supervisord]\nenvironment=ROOTDIR=/opt/x\n[program:p]\ncommand=%(ENV_ROOTDIR)s/bin\n");
    EXPECT_EQ(config.groups.at(0).processes.at(0).command, "/opt/x/bin");
}

TEST(Expansions, ProgramEnvironmentEntriesAreNamesForThatProgram) {
    const auto process = load_program("environment=PORT=80%(process_num)02d\ncommand=serve --port %(ENV_PORT)s\n"
                                      "directory=/srv/%(ENV_PORT)s\n");
    EXPECT_EQ(process.command, "serve --port 8000");
    EXPECT_EQ(process.directory, "/srv/8000");
}

TEST(Expansions, ProgramNamesInProgramSections) {
    const auto process = load_program("command=%(program_name)s %(group_name)s %(host_node_name)s "
                                      "%(process_num)d %(numprocs)d\n");
    EXPECT_EQ(process.command, "p p " + host_name() + " 0 1");
}

TEST(Expansions, GroupNameIsTheHeterogeneousGroup) {
    const Config config = load_ini(std::string(kMinimal) + "[program:p]\ncommand=%(group_name)s\n[group:g]\nprograms=p\n");
    EXPECT_EQ(config.groups.at(0).processes.at(0).command, "g");
}

TEST(Expansions, ProcessNumInNamesCommandsAndLogFiles) {
    const Config config = load_ini(std::string(kMinimal) +
                                   "[program:w]\nnumprocs=3\nnumprocs_start=8\n"
                                   "process_name=%(program_name)s_%(process_num)02d\n"
                                   "command=worker --id %(process_num)d\nstdout_logfile=/tmp/w-%(process_num)d.log\n");
    const auto& processes = config.groups.at(0).processes;
    ASSERT_EQ(processes.size(), 3u);
    EXPECT_EQ(processes[0].name, "w_08");
    EXPECT_EQ(processes[2].name, "w_10");
    EXPECT_EQ(processes[1].command, "worker --id 9");
    EXPECT_EQ(processes[2].stdout_channel.logfile.path, "/tmp/w-10.log");
    EXPECT_EQ(processes[2].process_num, 10);
}

TEST(Expansions, EnvironmentIsExpandedPerProcess) {
    const Config config =
        load_ini(std::string(kMinimal) + "[program:w]\nnumprocs=2\nprocess_name=w%(process_num)d\n"
                                         "command=x\nenvironment=SLOT=\"%(process_num)d of %(numprocs)d\"\n");
    EXPECT_EQ(config.groups[0].processes[0].environment, (Environment{{"SLOT", "0 of 2"}}));
    EXPECT_EQ(config.groups[0].processes[1].environment, (Environment{{"SLOT", "1 of 2"}}));
}

TEST(Expansions, ProcessNumIsNotAvailableBeforeTheProcessLoop) {
    // As in the reference: priority is read once per section.
    EXPECT_NE(ini_error(std::string(kMinimal) + "[program:p]\ncommand=x\npriority=%(process_num)d\n")
                  .find("contains names ('process_num')"),
              std::string::npos);
}

TEST(Expansions, IncludeFilesGetHereAndHostName) {
    testing::TempDir dir;
    dir.write(host_name() + ".ini", "[program:p]\ncommand=x\n");
    const std::string main = dir.write("main.conf", "[supervisord]\n[include]\nfiles=%(host_node_name)s.ini\n");
    EXPECT_EQ(load_file(main).groups.size(), 1u);
}

TEST(Expansions, ServerSectionsGetHere) {
    const Config config = load_ini(std::string(kMinimal) + "[unix_http_server]\nfile=%(here)s/sup.sock\n"
                                                           "[supervisorctl]\nserverurl=unix://%(here)s/sup.sock\n",
                                   "/run/app/sup.conf");
    EXPECT_EQ(config.unix_http_server->file, "/run/app/sup.sock");
    EXPECT_EQ(config.supervisorctl->serverurl, "unix:///run/app/sup.sock");
}

TEST(Expansions, RawSectionValuesAreExpanded) {
    ScopedEnv env("SUPCFG_TEST_VAR", "v");
    const Config config =
        load_ini(std::string(kMinimal) + "[plugin:p]\npath=%(here)s/p.so\nopt=%(ENV_SUPCFG_TEST_VAR)s%%\n", "/x/s.conf");
    ASSERT_EQ(config.plugins.size(), 1u);
    EXPECT_EQ(config.plugins[0].options,
              (std::vector<std::pair<std::string, std::string>>{{"path", "/x/p.so"}, {"opt", "v%"}}));
}

TEST(Expansions, SupervisordEnvironmentIsExpandedTwiceAsInTheReference) {
    const Config config = load_ini("[supervisord]\nenvironment=HOST=%%(host_node_name)s\n");
    EXPECT_EQ(config.supervisord.environment, (Environment{{"HOST", host_name()}}));
}

TEST(Expansions, ErrorsNameTheKeyAndLine) {
    const std::string message = ini_error("[supervisord]\n[program:p]\n\ncommand=%(bogus)s\n");
    EXPECT_EQ(message.rfind("Invalid value for 'command' in section 'program:p' (file: '/tmp/test.conf', line 4): "
                            "Format string '%(bogus)s' for 'program:p.command' contains names ('bogus')",
                            0),
              0u)
        << message;
}

}  // namespace
}  // namespace sup::config
