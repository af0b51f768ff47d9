#include "control/namespec.hpp"

namespace sup::ctl {

Namespec split_namespec(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) return {std::string(text), std::string(text)};
    const std::string_view process = text.substr(colon + 1);
    Namespec spec{std::string(text.substr(0, colon)), std::nullopt};
    if (!process.empty() && process != "*") spec.process = std::string(process);
    return spec;
}

std::string make_namespec(std::string_view group, std::string_view process) {
    if (group == process) return std::string(process);
    return std::string(group) + ":" + std::string(process);
}

}  // namespace sup::ctl
