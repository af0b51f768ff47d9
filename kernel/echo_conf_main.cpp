// echo_supervisord_conf: prints a commented sample configuration.
#include <cstdio>

#include "config/sample_conf.hpp"

int main() {
    const std::string_view sample = sup::config::sample_config_text();
    return std::fwrite(sample.data(), 1, sample.size(), stdout) == sample.size() && std::fflush(stdout) == 0 ? 0 : 1;
}
