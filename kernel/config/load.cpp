#include "config/load.hpp"

#include <new>

#include "config/includes.hpp"
#include "config/load_context.hpp"
#include "config/loader.hpp"
#include "config/source_files.hpp"

namespace sup::config {
namespace {

Config load_text(std::string_view text, const std::string& path, Syntax syntax) {
    // The promise to callers is ConfigError and nothing else, whatever the
    // input does to us.
    try {
        LoadContext context(path);
        const ParsedDocument document = read_with_includes(text, syntax, context);
        return build_config(document, context);
    } catch (const ConfigError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw ConfigError("Out of memory while reading config file " + path);
    } catch (const std::exception& error) {
        throw ConfigError("Unexpected error while reading config file " + path + ": " + error.what());
    }
}

}  // namespace

Config load_file(const std::string& path) { return load_text(read_config_file(path), path, syntax_for(path)); }

Config load_ini_text(std::string_view text, const std::string& path) { return load_text(text, path, Syntax::Ini); }

Config load_toml_text(std::string_view text, const std::string& path) { return load_text(text, path, Syntax::Toml); }

}  // namespace sup::config
