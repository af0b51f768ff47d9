#include "config/server_sections.hpp"

#include <tuple>

#include "config/accounts.hpp"
#include "config/datatypes.hpp"
#include "config/paths.hpp"
#include "config/python_text.hpp"
#include "config/section_reader.hpp"

namespace sup::config {
namespace {

Expansions names_for(const LoadContext& context) {
    Expansions names = context.environment;
    names["here"] = context.here;
    return names;
}

// username= and password= come together or not at all.
void read_credentials(const SectionReader& read, const Expansions& names, std::optional<std::string>& username,
                      std::optional<std::string>& password) {
    username = read.text("username", names);
    password = read.text("password", names);
    if (username.has_value() != password.has_value())
        read.fail_section("Section [" + read.name() +
                          "] contains incomplete authentication: If a username or a password is specified, both "
                          "the username and password must be specified");
}

}  // namespace

std::optional<UnixHttpServerConfig> read_unix_http_server(const ParsedDocument& document, const LoadContext& context) {
    const ParsedSection* section = document.find_section("unix_http_server");
    if (!section) return std::nullopt;
    const SectionReader read(document, *section);
    const Expansions names = names_for(context);
    UnixHttpServerConfig config;
    const std::optional<std::string> file = read.text("file", names);
    if (!file) read.fail_section("section [" + read.name() + "] has no file value");
    config.file = normalize_path(py_strip(*file));
    read_credentials(read, names, config.username, config.password);
    config.chown = read.text("chown", names);
    if (config.chown) {
        try {
            check_user_and_group(*config.chown);
        } catch (const ValueProblem&) {
            read.fail("chown", "Invalid sockchown value " + *config.chown);
        }
    }
    if (const auto chmod = read.text("chmod", names)) {
        try {
            config.chmod = to_octal(*chmod);
        } catch (const ValueProblem&) {
            read.fail("chmod", "Invalid chmod value " + *chmod);
        }
    }
    return config;
}

std::optional<InetHttpServerConfig> read_inet_http_server(const ParsedDocument& document, const LoadContext& context) {
    const ParsedSection* section = document.find_section("inet_http_server");
    if (!section) return std::nullopt;
    const SectionReader read(document, *section);
    const Expansions names = names_for(context);
    InetHttpServerConfig config;
    read_credentials(read, names, config.username, config.password);
    const std::optional<std::string> port = read.text("port", names);
    if (!port) read.fail_section("section [" + read.name() + "] has no port value");
    std::tie(config.host, config.port) = read.checked("port", [&] { return to_inet_address(*port); });
    config.port_as_written = *port;
    return config;
}

std::optional<CtlConfig> read_supervisorctl(const ParsedDocument& document, const LoadContext& context) {
    const ParsedSection* section = document.find_section("supervisorctl");
    if (!section) return std::nullopt;
    const SectionReader read(document, *section);
    const Expansions names = names_for(context);
    CtlConfig config;
    config.serverurl = read.text("serverurl", names).value_or(config.serverurl);
    static constexpr std::string_view kUnixScheme = "unix://";
    if (config.serverurl.rfind(kUnixScheme, 0) == 0)
        config.serverurl = std::string(kUnixScheme) + normalize_path(config.serverurl.substr(kUnixScheme.size()));
    config.prompt = read.text("prompt", names).value_or(config.prompt);
    config.username = read.text("username", names);
    config.password = read.text("password", names);
    const std::string history_file = read.text("history_file", names).value_or("");
    if (!history_file.empty()) config.history_file = normalize_path(history_file);
    return config;
}

}  // namespace sup::config
