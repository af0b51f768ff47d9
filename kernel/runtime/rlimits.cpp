#include <sys/resource.h>

#include <array>

#include "runtime/daemon.hpp"

namespace sup::runtime {
namespace {

struct Requirement {
    int resource;
    const char* name;
    int minimum;
    // The reference's message, around the minimum and the hard limit.
    const char* before_minimum;
    const char* before_hard;
    const char* after_hard;
};

std::string raise_one(const Requirement& r, std::vector<std::string>& infos) {
    rlimit limit{};
    if (::getrlimit(r.resource, &limit) != 0) return {};
    const auto minimum = static_cast<rlim_t>(r.minimum);
    if (r.minimum < 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= minimum) return {};
    rlimit wanted{minimum, limit.rlim_max};
    // Only root may raise the hard limit; for anyone else this fails below.
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < minimum) wanted.rlim_max = minimum;
    if (::setrlimit(r.resource, &wanted) == 0) {
        infos.push_back(std::string("Increased ") + r.name + " limit to " + std::to_string(r.minimum));
        return {};
    }
    // The reference prints the minimum here in place of the hard limit (it
    // has overwritten its copy); we print the real hard limit.
    std::string hard = limit.rlim_max == RLIM_INFINITY ? "unlimited" : std::to_string(limit.rlim_max);
    return r.before_minimum + std::to_string(r.minimum) + r.before_hard + hard + r.after_hard;
}

}  // namespace

std::string raise_rlimits(int minfds, int minprocs, std::vector<std::string>& infos) {
    const std::array<Requirement, 2> requirements{{
        {RLIMIT_NOFILE, "RLIMIT_NOFILE", minfds,
         "The minimum number of file descriptors required to run this process is ",
         " as per the \"minfds\" command-line argument or config file setting. The current "
         "environment will only allow you to open ",
         " file descriptors.  Either raise the number of usable file descriptors in your "
         "environment (see README.rst) or lower the minfds setting in the config file to "
         "allow the process to start."},
        {RLIMIT_NPROC, "RLIMIT_NPROC", minprocs,
         "The minimum number of available processes required to run this program is ",
         " as per the \"minprocs\" command-line argument or config file setting. The current "
         "environment will only allow you to open ",
         " processes.  Either raise the number of usable processes in your environment (see "
         "README.rst) or lower the minprocs setting in the config file to allow the program "
         "to start."},
    }};
    for (const Requirement& r : requirements) {
        if (std::string error = raise_one(r, infos); !error.empty()) return error;
    }
    return {};
}

}  // namespace sup::runtime
