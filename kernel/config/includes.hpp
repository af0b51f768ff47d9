// Reading the main file and the files its [include] section names into one
// ParsedDocument, as the reference does: only the main file's [include] is
// followed (an included file's own [include] is not), matches are read in
// sorted order, and %(here)s in each file means that file's directory.
#pragma once

#include <string>
#include <string_view>

#include "config/load_context.hpp"
#include "config/parsed_document.hpp"

namespace sup::config {

enum class Syntax { Ini, Toml };

// TOML for a path ending in ".toml", else INI.
Syntax syntax_for(const std::string& path);

// Throws ConfigError; adds the reference's include infos and warnings to
// `context`.
ParsedDocument read_with_includes(std::string_view main_text, Syntax syntax, LoadContext& context);

}  // namespace sup::config
