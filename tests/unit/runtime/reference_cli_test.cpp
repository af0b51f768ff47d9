// Our command-line errors next to the reference's: the same arguments given
// to /usr/bin/supervisord (Python Supervisor 4.2.5) and to
// parse_server_args must produce the same stderr text and exit code.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cctype>

#include "cli/server_options.hpp"
#include "test_support.hpp"

namespace sup::cli {
namespace {

const std::string reference = "/usr/bin/supervisord";

struct ReferenceRun {
    int exit_code = -1;
    std::string stderr_text;
};

ReferenceRun run_reference(const std::vector<std::string>& args) {
    test::TempDir dir;
    std::string err_path = dir / "stderr";
    pid_t pid = ::fork();
    if (pid == 0) {
        int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(err, 2);
        std::vector<char*> argv;
        std::vector<std::string> words{reference};
        words.insert(words.end(), args.begin(), args.end());
        for (std::string& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        ::execv(reference.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, test::read_file(err_path)};
}

class ReferenceCli : public ::testing::TestWithParam<std::vector<std::string>> {
protected:
    void SetUp() override {
        if (::access(reference.c_str(), X_OK) != 0) GTEST_SKIP() << "reference not installed";
    }
};

TEST_P(ReferenceCli, SameErrorAndExitCode) {
    std::vector<std::string> words{reference};
    words.insert(words.end(), GetParam().begin(), GetParam().end());
    test::Argv argv(words);
    ParseOutcome ours = parse_server_args(argv.argc(), argv.argv());
    ReferenceRun theirs = run_reference(GetParam());
    EXPECT_EQ(ours.exit_code, theirs.exit_code);
    EXPECT_TRUE(ours.output_to_stderr);
    EXPECT_EQ(ours.output, theirs.stderr_text);
}

INSTANTIATE_TEST_SUITE_P(
    BadOptions, ReferenceCli,
    ::testing::Values(
        std::vector<std::string>{"--bogus"}, std::vector<std::string>{"-x"},
        std::vector<std::string>{"-c"}, std::vector<std::string>{"--nodaemon=1"},
        std::vector<std::string>{"--log", "x"}, std::vector<std::string>{"-z", "abc"},
        std::vector<std::string>{"--logfile_b=abc"}, std::vector<std::string>{"-y", "10XB"},
        std::vector<std::string>{"-y", "kb"}, std::vector<std::string>{"-m", "9"},
        std::vector<std::string>{"-m", ""}, std::vector<std::string>{"-e", "it's"},
        std::vector<std::string>{"-e", "a\tb\x01\xc3\xa9\xff"},
        std::vector<std::string>{"-d", "/nonexistent-dir"},
        std::vector<std::string>{"-l", "/nonexistent-dir/x.log"},
        std::vector<std::string>{"-a", std::string(250, '9') + "x"},
        std::vector<std::string>{"-n", "-n"}, std::vector<std::string>{"-c", "a", "--conf", "b"},
        std::vector<std::string>{"-z", "1", "-z", "x", "-v"},
        std::vector<std::string>{"-", "foo"}, std::vector<std::string>{"-v", "foo"}),
    [](const ::testing::TestParamInfo<std::vector<std::string>>& info) {
        // e.g. "3_c": the index, then the arguments' letters and digits.
        std::string name = std::to_string(info.index) + "_";
        for (const std::string& word : info.param) {
            for (char c : word.substr(0, 20)) {
                if (std::isalnum(static_cast<unsigned char>(c))) name += c;
            }
        }
        return name;
    });

}  // namespace
}  // namespace sup::cli
