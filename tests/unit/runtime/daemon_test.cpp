// supervisord's own process chores: pidfile, rlimits, privileges, daemonize.
#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "child_process.hpp"
#include "runtime/daemon.hpp"
#include "runtime/main_log.hpp"
#include "test_support.hpp"

namespace sup::runtime {
namespace {

namespace fs = std::filesystem;
using test::in_child;
using test::TempDir;

TEST(Pidfile, WriteAndRemove) {
    TempDir dir;
    std::string path = dir / "supervisord.pid";
    test::write_file(path, "stale contents that are longer\n");
    ASSERT_EQ(write_pidfile(path), "");
    EXPECT_EQ(test::read_file(path), std::to_string(::getpid()) + "\n");
    remove_pidfile(path);
    EXPECT_FALSE(fs::exists(path));
    remove_pidfile(path);  // already gone: no complaint
}

TEST(Pidfile, UnwritableIsReported) {
    EXPECT_EQ(write_pidfile("/nonexistent-dir/s.pid"), "could not write pidfile /nonexistent-dir/s.pid");
}

TEST(Rlimits, NothingToDoWhenSoftLimitSuffices) {
    std::vector<std::string> infos;
    EXPECT_EQ(raise_rlimits(1, 1, infos), "");
    EXPECT_TRUE(infos.empty());
}

TEST(Rlimits, RaisesTheSoftLimit) {
    std::string report = in_child([] {
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < 300) return std::string("skip");
        limit.rlim_cur = 200;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        std::vector<std::string> infos;
        std::string error = raise_rlimits(250, 1, infos);
        ::getrlimit(RLIMIT_NOFILE, &limit);
        return error + "|" + (infos.empty() ? "" : infos[0]) + "|" + std::to_string(limit.rlim_cur);
    });
    if (report == "skip") GTEST_SKIP() << "hard RLIMIT_NOFILE below 300";
    EXPECT_EQ(report, "|Increased RLIMIT_NOFILE limit to 250|250");
}

TEST(Rlimits, HardLimitTooLowForAnUnprivilegedUser) {
    std::string report = in_child([] {
        if (::getuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            if (nobody == nullptr || ::setuid(nobody->pw_uid) != 0) return std::string("skip");
        }
        rlimit limit{100, 100};
        ::setrlimit(RLIMIT_NOFILE, &limit);
        std::vector<std::string> infos;
        return raise_rlimits(150, 1, infos);
    });
    if (report == "skip") GTEST_SKIP() << "cannot become an unprivileged user";
    EXPECT_EQ(report,
              "The minimum number of file descriptors required to run this process is 150 as per "
              "the \"minfds\" command-line argument or config file setting. The current "
              "environment will only allow you to open 100 file descriptors.  Either raise the "
              "number of usable file descriptors in your environment (see README.rst) or lower "
              "the minfds setting in the config file to allow the process to start.");
}

TEST(DropPrivileges, Errors) {
    EXPECT_EQ(drop_privileges(""), "No user specified to setuid to!");
    EXPECT_EQ(drop_privileges("no-such-user-here"), "Can't find username 'no-such-user-here'");
    EXPECT_EQ(drop_privileges("987654"), "Can't find uid 987654");
    if (::getuid() != 0) {
        EXPECT_EQ(drop_privileges("root"), "Can't drop privilege as nonroot user");
    }
}

TEST(DropPrivileges, SameUserIsANoOp) {
    EXPECT_EQ(drop_privileges(std::to_string(::getuid())), "");
    EXPECT_EQ(drop_privileges(::getpwuid(::getuid())->pw_name), "");
}

TEST(DropPrivileges, BecomesTheUserWithItsGroups) {
    if (::getuid() != 0) GTEST_SKIP() << "needs root";
    const passwd* nobody = ::getpwnam("nobody");
    ASSERT_NE(nobody, nullptr);
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    std::string report = in_child([] {
        std::string error = drop_privileges("nobody");
        gid_t groups[64];
        int count = ::getgroups(64, groups);
        std::string text = error + "|" + std::to_string(::getuid()) + "|" +
                           std::to_string(::geteuid()) + "|" + std::to_string(::getgid()) + "|";
        for (int i = 0; i < count; ++i) text += std::to_string(groups[i]) + ",";
        return text;
    });
    // root's supplementary groups (e.g. 0) are gone; only nobody's remain.
    EXPECT_EQ(report.substr(0, report.rfind('|') + 1),
              "|" + std::to_string(uid) + "|" + std::to_string(uid) + "|" + std::to_string(gid) + "|");
    EXPECT_EQ(report.find("|0,"), std::string::npos) << report;
    EXPECT_NE(report.find(std::to_string(gid) + ","), std::string::npos) << report;
}

TEST(ApplyUserSetting, NoUser) {
    std::vector<std::string> criticals, infos;
    EXPECT_EQ(apply_user_setting(std::nullopt, criticals, infos), "");
    EXPECT_TRUE(infos.empty());
    if (::getuid() == 0) {
        ASSERT_EQ(criticals.size(), 1u);
        EXPECT_TRUE(criticals[0].starts_with("Supervisor is running as root.  Privileges were not dropped"));
    } else {
        EXPECT_TRUE(criticals.empty());
    }
}

TEST(ApplyUserSetting, UnknownUser) {
    std::vector<std::string> criticals, infos;
    EXPECT_EQ(apply_user_setting("no-such-user-here", criticals, infos), "Invalid user name no-such-user-here");
    EXPECT_EQ(apply_user_setting("987654", criticals, infos), "Invalid user id 987654");
}

TEST(ApplyUserSetting, SwitchesAndReportsTheUid) {
    if (::getuid() != 0) GTEST_SKIP() << "needs root";
    const uid_t uid = ::getpwnam("nobody")->pw_uid;
    std::string report = in_child([] {
        std::vector<std::string> criticals, infos;
        std::string error = apply_user_setting("nobody", criticals, infos);
        return error + "|" + (infos.empty() ? "" : infos[0]) + "|" + std::to_string(::getuid());
    });
    EXPECT_EQ(report, "|Set uid to user " + std::to_string(uid) + " succeeded|" + std::to_string(uid));
}

// Runs daemonize() in a child; the daemon writes what it sees into `report`.
void daemonize_and_report(const std::optional<std::string>& directory, const std::string& log,
                          const std::string& report) {
    pid_t pid = ::fork();
    if (pid == 0) {
        mainlog::configure(log, mainlog::LogLevel::Blather, false);
        std::string error = daemonize(directory, 027);
        mode_t mask = ::umask(0);
        char cwd[4096] = "";
        ::getcwd(cwd, sizeof cwd);
        std::string text = error + "|" + std::to_string(::getsid(0) == ::getpid()) + "|" + cwd +
                           "|" + std::to_string(mask) + "|";
        for (int fd = 0; fd < 3; ++fd) {
            text += fs::read_symlink("/proc/self/fd/" + std::to_string(fd)).string() + ",";
        }
        test::write_file(report + ".tmp", text);
        fs::rename(report + ".tmp", report);
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);  // the parent side exits at once
    for (int i = 0; i < 500 && !fs::exists(report); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

TEST(Daemonize, DetachesChdirsAndSetsUmask) {
    TempDir dir;
    std::string log = dir / "main.log";
    daemonize_and_report(dir.path().string(), log, dir / "report");
    EXPECT_EQ(test::read_file(dir / "report"),
              "|1|" + dir.path().string() + "|" + std::to_string(027) +
                  "|/dev/null,/dev/null,/dev/null,");
    std::string lines = test::read_file(log);
    EXPECT_NE(lines.find("BLAT supervisord forked; parent exiting\n"), std::string::npos) << lines;
    EXPECT_NE(lines.find("INFO daemonizing the supervisord process\n"), std::string::npos);
    EXPECT_NE(lines.find("INFO set current directory: '" + dir.path().string() + "'\n"), std::string::npos);
}

TEST(Daemonize, StaysInPlaceWithoutDirectoryAndSurvivesBadOne) {
    TempDir dir;
    test::ChangeDirectory cd(dir.path());
    daemonize_and_report(std::nullopt, dir / "a.log", dir / "a.report");
    EXPECT_EQ(test::read_file(dir / "a.report").substr(0, 3 + dir.path().string().size() + 1),
              "|1|" + dir.path().string() + "|");

    daemonize_and_report("/nonexistent-dir", dir / "b.log", dir / "b.report");
    EXPECT_TRUE(test::read_file(dir / "b.report").starts_with("|1|" + dir.path().string() + "|"));
    EXPECT_NE(test::read_file(dir / "b.log")
                  .find("CRIT can't chdir into '/nonexistent-dir': [Errno 2] No such file or "
                        "directory: '/nonexistent-dir'\n"),
              std::string::npos);
}

}  // namespace
}  // namespace sup::runtime
