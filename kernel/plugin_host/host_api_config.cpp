// config_*: the raw sections of the config file, as written (expanded).
#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

const config::RawSection* find_section(sup_plugin_ctx* ctx, const char* name) {
    if (!name) return nullptr;
    for (const auto& section : host_of(ctx).config().sections)
        if (section.name == name) return &section;
    return nullptr;
}

const char* config_get(sup_plugin_ctx* ctx, const char* section, const char* key) {
    const config::RawSection* s = find_section(ctx, section);
    if (!s || !key) return nullptr;
    for (const auto& [k, v] : s->options)
        if (k == key) return v.c_str();
    return nullptr;
}

const char* config_own_section(sup_plugin_ctx* ctx) { return ctx->own_section.c_str(); }

const char* config_key_at(sup_plugin_ctx* ctx, const char* section, size_t index) {
    const config::RawSection* s = find_section(ctx, section);
    return s && index < s->options.size() ? s->options[index].first.c_str() : nullptr;
}

const char* config_section_at(sup_plugin_ctx* ctx, size_t index) {
    const auto& sections = host_of(ctx).config().sections;
    return index < sections.size() ? sections[index].name.c_str() : nullptr;
}

const char* config_path(sup_plugin_ctx* ctx) { return host_of(ctx).config().path.c_str(); }

}  // namespace

void fill_config_api(sup_host_api& api) {
    api.config_get = config_get;
    api.config_own_section = config_own_section;
    api.config_key_at = config_key_at;
    api.config_section_at = config_section_at;
    api.config_path = config_path;
}

}  // namespace sup::plugin_host
