// Events (the kernel's EventBus) and child output.
#include <string>

#include "events/event_type.hpp"
#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

using events::EventType;

// The ABI's numbering is the kernel's: checked here, so neither can drift.
static_assert(int(EventType::EVENT) == SUP_EV_EVENT);
static_assert(int(EventType::PROCESS_STATE_STOPPED) == SUP_EV_PROCESS_STATE_STOPPED);
static_assert(int(EventType::PROCESS_STATE_UNKNOWN) == SUP_EV_PROCESS_STATE_UNKNOWN);
static_assert(int(EventType::PROCESS_COMMUNICATION_STDERR) == SUP_EV_PROCESS_COMMUNICATION_STDERR);
static_assert(int(EventType::PROCESS_LOG_STDERR) == SUP_EV_PROCESS_LOG_STDERR);
static_assert(int(EventType::REMOTE_COMMUNICATION) == SUP_EV_REMOTE_COMMUNICATION);
static_assert(int(EventType::SUPERVISOR_STATE_CHANGE_STOPPING) == SUP_EV_SUPERVISOR_STATE_CHANGE_STOPPING);
static_assert(int(EventType::TICK_3600) == SUP_EV_TICK_3600);
static_assert(int(EventType::PROCESS_GROUP_REMOVED) == SUP_EV_PROCESS_GROUP_REMOVED);
static_assert(int(EventType::EVENT_BUFFER_OVERFLOW) == SUP_EV_EVENT_BUFFER_OVERFLOW);
static_assert(events::kEventTypeCount == SUP_EV_EVENT_BUFFER_OVERFLOW + 1);

bool known_type(int32_t type) { return type >= 0 && type < events::kEventTypeCount; }

uint64_t event_subscribe(sup_plugin_ctx* ctx, int32_t type, sup_event_fn fn, void* user_data) {
    if (!known_type(type) || !fn) {
        ctx->fail(SUP_ERR_BAD_ARGUMENTS, "unknown event type " + std::to_string(type));
        return 0;
    }
    const auto token = host_of(ctx).supervisor().events().subscribe(
        EventType(type), [ctx, fn, user_data](const events::Event& e) {
            if (!ctx->is_alive()) return;
            const std::string_view name = events::event_type_name(e.type);
            const sup_event event{sizeof(sup_event), int32_t(e.type), name.data(),
                                  e.payload.data(), e.payload.size(), e.process};
            fn(user_data, &event);
        });
    ctx->event_subscriptions.push_back(token);
    return token;
}

void event_unsubscribe(sup_plugin_ctx* ctx, uint64_t subscription) {
    if (std::erase(ctx->event_subscriptions, subscription))
        host_of(ctx).supervisor().events().unsubscribe(subscription);
}

int event_publish(sup_plugin_ctx* ctx, int32_t type, const char* payload, size_t len, sup_process_id process) {
    if (!known_type(type) || events::is_abstract(EventType(type)))
        return ctx->fail(SUP_ERR_BAD_ARGUMENTS, "not a concrete event type: " + std::to_string(type));
    host_of(ctx).supervisor().events().publish(
        {EventType(type), std::string(payload ? payload : "", payload ? len : 0), process});
    return SUP_OK;
}

uint64_t output_subscribe(sup_plugin_ctx* ctx, sup_output_fn fn, void* user_data) {
    if (!fn) {
        ctx->fail(SUP_ERR_BAD_ARGUMENTS);
        return 0;
    }
    return host_of(ctx).add_output_subscriber(ctx, fn, user_data);
}

void output_unsubscribe(sup_plugin_ctx* ctx, uint64_t subscription) {
    host_of(ctx).remove_output_subscriber(ctx, subscription);
}

int output_claim_group(sup_plugin_ctx* ctx, const char* group, sup_output_fn fn, void* user_data) {
    if (!group || !fn) return ctx->fail(SUP_ERR_BAD_ARGUMENTS);
    host_of(ctx).claim_output(ctx, group, fn, user_data);
    return SUP_OK;
}

}  // namespace

void fill_event_api(sup_host_api& api) {
    api.event_subscribe = event_subscribe;
    api.event_unsubscribe = event_unsubscribe;
    api.event_publish = event_publish;
    api.output_subscribe = output_subscribe;
    api.output_unsubscribe = output_unsubscribe;
    api.output_claim_group = output_claim_group;
}

}  // namespace sup::plugin_host
