#include <new>

#include "config/includes.hpp"
#include "config/ini_parser.hpp"
#include "config/load.hpp"
#include "config/load_context.hpp"
#include "config/server_sections.hpp"
#include "config/source_files.hpp"
#include "config/toml_front.hpp"

namespace sup::config {

CtlConfig load_ctl_file(const std::string& path) {
    try {
        const std::string text = read_config_file(path);
        const LoadContext context(path);
        ParsedDocument document;
        if (syntax_for(path) == Syntax::Toml) parse_toml(text, path, document);
        else parse_ini(text, path, document);
        std::optional<CtlConfig> ctl = read_supervisorctl(document, context);
        if (!ctl) throw ConfigError(".ini file does not include supervisorctl section");
        return std::move(*ctl);
    } catch (const ConfigError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw ConfigError("Out of memory while reading config file " + path);
    } catch (const std::exception& error) {
        throw ConfigError("Unexpected error while reading config file " + path + ": " + error.what());
    }
}

}  // namespace sup::config
