#include "plugin_host/plugin_library.hpp"

#include <dlfcn.h>

#include <cstddef>
#include <system_error>

namespace sup::plugin_host {
namespace {

// The size of the v1.0 descriptor: a plugin's may be larger, never smaller.
constexpr std::size_t kDescriptorV1Size = offsetof(sup_plugin_descriptor, fini) + sizeof(void (*)(void*));

const std::string kHostAbi = abi_text(SUP_ABI_MAJOR, SUP_ABI_MINOR);

// "plugin rpc-unix (/x/sup-rpc-unix.so)": how messages name a plugin.
std::string plugin_label(const std::string& name, const std::string& path) {
    return "plugin " + name + " (" + path + ")";
}

}  // namespace

std::string abi_text(unsigned major, unsigned minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

std::variant<LoadedPlugin, std::string> open_plugin(const PluginRequest& request, const std::string& path) {
    const std::string label = plugin_label(request.name, path);
    LoadedPlugin plugin{request, path, {}, nullptr};
    std::error_code ec;
    // rtld_now: an unresolved symbol in the plugin is reported here, not
    // as a crash the first time a callback needs it.
    plugin.library.load(path, ec,
                        boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    if (ec) {
        const char* why = ::dlerror();
        return "cannot load " + label + ": " + (why ? std::string(why) : ec.message());
    }
    if (!plugin.library.has(request.entry_symbol))
        return label + " has no entry symbol '" + request.entry_symbol +
               "': not a supervisor-cpp plugin";
    const auto entry = plugin.library.get<const sup_plugin_descriptor*()>(request.entry_symbol);
    const sup_plugin_descriptor* d = entry();
    if (!d) return label + ": its entry symbol '" + request.entry_symbol + "' returned no descriptor";
    const std::string built_for = abi_text(d->abi_major, d->abi_minor);
    if (d->abi_major != SUP_ABI_MAJOR)
        return label + " was built for plugin ABI " + built_for + "; this supervisord speaks ABI " +
               kHostAbi + " (the major versions differ)";
    if (d->abi_minor > SUP_ABI_MINOR)
        return label + " was built for plugin ABI " + built_for + ", newer than this supervisord's ABI " +
               kHostAbi + "; upgrade supervisord or rebuild the plugin";
    if (d->struct_size < kDescriptorV1Size)
        return label + " (ABI " + built_for + ") has a descriptor of " + std::to_string(d->struct_size) +
               " bytes, smaller than ABI 1.0's " + std::to_string(kDescriptorV1Size);
    if (!d->init) return label + " (ABI " + built_for + ") has no init function";
    plugin.descriptor = d;
    return plugin;
}

}  // namespace sup::plugin_host
