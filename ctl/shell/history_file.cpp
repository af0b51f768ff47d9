#include "shell/history_file.hpp"

#include <cstdio>

namespace sup::ctl {
namespace {

// A hostile or runaway file is cut here rather than read whole.
constexpr std::size_t kMaxHistoryBytes = 16 * 1024 * 1024;

}  // namespace

std::vector<std::string> load_history(const std::string& path) {
    std::vector<std::string> entries;
    std::FILE* file = std::fopen(path.c_str(), "re");
    if (!file) return entries;
    std::string text;
    char chunk[65536];
    std::size_t got;
    while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0 && text.size() < kMaxHistoryBytes) text.append(chunk, got);
    std::fclose(file);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        entries.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return entries;
}

void save_history(const std::string& path, const std::vector<std::string>& entries) {
    std::FILE* file = std::fopen(path.c_str(), "we");
    if (!file) return;
    for (const std::string& entry : entries) {
        std::fwrite(entry.data(), 1, entry.size(), file);
        std::fputc('\n', file);
    }
    std::fclose(file);
}

}  // namespace sup::ctl
