#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "file_follower.hpp"

using namespace sup::rpc;
namespace fs = std::filesystem;

namespace {

class FileFollowerTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("follower-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        path_ = (dir_ / "log").string();
    }
    void TearDown() override { fs::remove_all(dir_); }
    void write(const std::string& text, std::ios::openmode mode = std::ios::app) {
        std::ofstream(path_, mode | std::ios::binary) << text;
    }
    fs::path dir_;
    std::string path_;
};

}  // namespace

TEST_F(FileFollowerTest, StartsWithTheLastKibibyte) {
    write(std::string(1000, 'a') + std::string(1024, 'b'));
    auto follower = FileFollower::open(path_);
    ASSERT_TRUE(follower);
    EXPECT_EQ(follower->read_more(1 << 20), std::string(1024, 'b'));
    EXPECT_EQ(follower->read_more(1 << 20), "");
}

TEST_F(FileFollowerTest, SmallFileFromTheStartThenAppends) {
    write("hello\n");
    auto follower = FileFollower::open(path_);
    EXPECT_EQ(follower->read_more(1 << 20), "hello\n");
    write("more\n");
    EXPECT_EQ(follower->read_more(2), "mo");
    EXPECT_EQ(follower->read_more(100), "re\n");
}

TEST_F(FileFollowerTest, TruncationIsAnnounced) {
    write("0123456789\n");
    auto follower = FileFollower::open(path_);
    follower->read_more(100);
    write("x\n", std::ios::trunc);
    EXPECT_EQ(follower->read_more(100), "==> File truncated <==\n");
    EXPECT_EQ(follower->read_more(100), "x\n");
}

TEST_F(FileFollowerTest, RotationIsFollowed) {
    write("old\n");
    auto follower = FileFollower::open(path_);
    follower->read_more(100);
    fs::rename(path_, path_ + ".1");
    write("new file\n");
    EXPECT_EQ(follower->read_more(100), "new file\n");
}

TEST_F(FileFollowerTest, MissingFile) { EXPECT_FALSE(FileFollower::open(path_ + ".none")); }
