#include "plugin_host/plugin_host.hpp"

#include <boost/asio/post.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

#include "plugin_host/host_api.hpp"
#include "plugin_host/loop_handles.hpp"
#include "runtime/main_log.hpp"

namespace sup::plugin_host {

PluginHost::PluginHost(Supervisor& supervisor, const config::Config& config)
    : supervisor_(supervisor), config_(config) {
    own_.host = this;
    own_.name = "supervisord";
    own_.alive->store(true);
    std::weak_ptr<char> alive = alive_;
    supervisor_.add_output_observer([this, alive](process::Process& p, process::Channel channel, std::string_view data) {
        if (alive.expired()) return;
        for (std::size_t i = 0; i < output_subscribers_.size(); ++i)  // by index: a callback may subscribe
            deliver_output(p, channel, data, output_subscribers_[i]);
    });
    supervisor_.add_reopen_hook([this, alive] {
        if (!alive.expired()) reopen_logs();
    });
    group_watch_ = supervisor_.events().subscribe(events::EventType::PROCESS_GROUP, [this](const events::Event& e) {
        inventory_stale_ = true;
        if (e.type == events::EventType::PROCESS_GROUP_REMOVED) forget_removed_processes();
    });
}

PluginHost::~PluginHost() {
    fini_all();
    supervisor_.events().unsubscribe(group_watch_);
}

const sup_host_api& PluginHost::api() const { return host_api_table(); }

void PluginHost::adopt(std::vector<LoadedPlugin> plugins) {
    for (auto& plugin : plugins) {
        auto ctx = std::make_unique<sup_plugin_ctx>();
        ctx->host = this;
        ctx->name = plugin.request.name;
        ctx->path = plugin.path;
        ctx->own_section = plugin.request.own_section;
        ctx->descriptor = plugin.descriptor;
        contexts_.push_back(std::move(ctx));
        libraries_.push_back(std::move(plugin));
    }
}

std::string PluginHost::init_all() {
    for (auto& ctx : contexts_) {
        const sup_plugin_descriptor& d = *ctx->descriptor;
        std::array<char, 512> reason{};
        int rc;
        ctx->alive->store(true);  // init may already subscribe, post, register
        try {
            rc = d.init(&api(), ctx.get(), &ctx->instance, reason.data(), reason.size());
        } catch (...) {
            rc = SUP_ERR_FAILED;
            std::snprintf(reason.data(), reason.size(), "init threw a C++ exception across the C ABI");
        }
        reason.back() = '\0';
        if (rc != SUP_OK) {
            std::string why(reason.data());
            if (why.empty()) why = "init returned " + std::to_string(rc) + " (" + fault_name(-rc) + ")";
            why.erase(std::remove(why.begin(), why.end(), '\n'), why.end());  // one line
            finalise(*ctx);  // it may have registered things before failing
            fini_all();
            return "plugin " + ctx->name + " (" + ctx->path + ", ABI " + abi_text(d.abi_major, d.abi_minor) +
                   ") failed to initialise: " + why;
        }
        ctx->initialised = true;
        mainlog::debug("plugin " + ctx->name + " " + (d.version ? d.version : "") + " initialised from " +
                       ctx->path);
    }
    return "";
}

void PluginHost::fini_all() {
    for (auto it = contexts_.rbegin(); it != contexts_.rend(); ++it) {
        sup_plugin_ctx& ctx = **it;
        if (!ctx.initialised) continue;
        ctx.initialised = false;
        ctx.alive->store(false);  // nothing calls it any more...
        if (ctx.descriptor->fini) {
            try {
                ctx.descriptor->fini(ctx.instance);
            } catch (...) {
                mainlog::error("plugin " + ctx.name + ": fini threw a C++ exception across the C ABI");
            }
        }
        finalise(ctx);  // ...and what it left behind goes
    }
}

// Drops everything `ctx` registered (fini has run or init failed).
void PluginHost::finalise(sup_plugin_ctx& ctx) {
    ctx.alive->store(false);
    for (auto token : ctx.event_subscriptions) supervisor_.events().unsubscribe(token);
    ctx.event_subscriptions.clear();
    std::erase_if(output_subscribers_, [&](const OutputSubscriber& s) { return s.ctx == &ctx; });
    ctx.output_subscriptions.clear();
    for (auto& [handle, watch] : ctx.watches) watch->cancel();
    ctx.watches.clear();
    ctx.timers.clear();  // destroying a timer cancels it
    rpc_.drop_owner(&ctx);
}

void PluginHost::reopen_logs() {
    for (auto& ctx : contexts_) {
        if (!ctx->initialised || !ctx->descriptor->reopen_logs) continue;
        try {
            ctx->descriptor->reopen_logs(ctx->instance);
        } catch (...) {
            mainlog::error("plugin " + ctx->name + ": reopen_logs threw a C++ exception across the C ABI");
        }
    }
}

void PluginHost::defer(std::function<void()> work) {
    boost::asio::post(supervisor_.io(), [alive = std::weak_ptr<char>(alive_), work = std::move(work)] {
        if (!alive.expired()) work();
    });
}

// ---- inventory ----------------------------------------------------------------

const std::vector<PluginHost::Entry>& PluginHost::inventory() {
    if (inventory_stale_) {
        inventory_.clear();
        inventory_index_.clear();
        for (const auto& group : supervisor_.groups())
            for (const auto& p : group->processes) {
                inventory_index_[p->id()] = inventory_.size();
                inventory_.push_back({p.get(), group.get()});
            }
        inventory_stale_ = false;
    }
    return inventory_;
}

const PluginHost::Entry* PluginHost::entry(sup_process_id id) {
    const auto& entries = inventory();
    auto it = inventory_index_.find(id);
    return it == inventory_index_.end() ? nullptr : &entries[it->second];
}

void PluginHost::forget_removed_processes() {
    std::erase_if(config_views_, [&](const auto& view) { return !supervisor_.find_process(view.first); });
}

const sup_process_config& PluginHost::config_view(const Entry& e) {
    auto& slot = config_views_[e.process->id()];
    if (!slot) slot = make_config_view(*e.process, *e.group);
    return slot->view;
}

// ---- output -----------------------------------------------------------------------

std::uint64_t PluginHost::add_output_subscriber(sup_plugin_ctx* ctx, sup_output_fn fn, void* user_data) {
    const std::uint64_t token = next_output_token_++;
    output_subscribers_.push_back({token, ctx, fn, user_data});
    ctx->output_subscriptions.push_back(token);
    return token;
}

void PluginHost::remove_output_subscriber(sup_plugin_ctx* ctx, std::uint64_t token) {
    std::erase_if(output_subscribers_, [&](const OutputSubscriber& s) { return s.token == token && s.ctx == ctx; });
    std::erase(ctx->output_subscriptions, token);
}

void PluginHost::claim_output(sup_plugin_ctx* ctx, const std::string& group, sup_output_fn fn, void* user_data) {
    OutputSubscriber claimer{0, ctx, fn, user_data};
    supervisor_.claim_group_output(group, [this, claimer, alive = std::weak_ptr<char>(alive_)](
                                              process::Process& p, process::Channel channel, std::string_view data) {
        if (!alive.expired()) deliver_output(p, channel, data, claimer);
    });
}

void PluginHost::deliver_output(process::Process& p, process::Channel channel, std::string_view data,
                                const OutputSubscriber& to) {
    if (!to.ctx->is_alive()) return;
    const sup_output chunk{sizeof(sup_output), p.id(), p.name().c_str(), p.group_name().c_str(), p.pid(),
                           channel == process::Channel::Stdout ? SUP_STDOUT : SUP_STDERR, data.data(), data.size()};
    to.fn(to.user_data, &chunk);
}

}  // namespace sup::plugin_host
