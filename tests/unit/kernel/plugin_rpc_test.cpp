// The host's RPC side: the method registry, faults as the reference words
// them, the system.* namespace, multicall, deferred completion, and what
// happens to calls when a plugin goes away.
#include <gtest/gtest.h>

#include "plugin_host/loop_handles.hpp"
#include "plugin_host/plugin_context.hpp"
#include "plugin_host/rpc_registry.hpp"
#include "plugin_test_support.hpp"

namespace {

using plugin_test::invoke;
using plugin_test::RpcOutcome;

// Methods of a pretend plugin, registered through the host's own context.
void echo(void* ud, sup_rpc_call* call, const sup_value* params) {
    const auto& api = *static_cast<const sup_host_api*>(ud);
    if (api.value_count(params) != 1) return api.rpc_fault(call, SUP_ERR_INCORRECT_PARAMETERS, nullptr);
    api.rpc_return(call, api.array_get(params, 0));
}

void bad_name(void* ud, sup_rpc_call* call, const sup_value*) {
    static_cast<const sup_host_api*>(ud)->rpc_fault(call, SUP_ERR_BAD_NAME, "BAD_NAME: nosuch");
}

struct Deferred {
    const sup_host_api* api;
    std::vector<sup_rpc_call*> pending;
    static void method(void* ud, sup_rpc_call* call, const sup_value*) {
        static_cast<Deferred*>(ud)->pending.push_back(call);
    }
    void answer_all(const char* text) {
        for (sup_rpc_call* call : pending) api->rpc_return(call, api->value_string(call, text, std::strlen(text)));
        pending.clear();
    }
};

class PluginRpc : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(api.rpc_register(ctx, "test.echo", echo, (void*)&api, "string,string", "Echo it.\n"), SUP_OK);
        ASSERT_EQ(api.rpc_register(ctx, "test.badName", bad_name, (void*)&api, nullptr, nullptr), SUP_OK);
        ASSERT_EQ(api.rpc_register(ctx, "test.later", Deferred::method, &deferred, "string", "Later."), SUP_OK);
    }

    plugin_test::SupervisorRun run{""};
    const sup_host_api& api = run.api();
    sup_plugin_ctx* ctx = run.ctx();
    Deferred deferred{&api, {}};
};

TEST_F(PluginRpc, UnknownMethodsFaultAsTheReferenceDoes) {
    for (const char* name : {"nope.x", "test.nope", "system.nope", "test", "test.echo.x", "test._echo", ""}) {
        RpcOutcome out;
        invoke(api, ctx, name, out);
        ASSERT_TRUE(out.done) << name;
        EXPECT_EQ(out.fault_code, 1) << name;
        EXPECT_EQ(out.fault_string, "UNKNOWN_METHOD") << name;
    }
}

TEST_F(PluginRpc, MethodNamesMustBeNamespaceDotMethodOutsideSystem) {
    for (const char* name : {"nodot", "a.b.c", ".x", "x.", "x._hidden", "system.mine"})
        EXPECT_EQ(api.rpc_register(ctx, name, echo, nullptr, nullptr, nullptr), SUP_ERR_BAD_ARGUMENTS) << name;
    EXPECT_EQ(api.rpc_register(ctx, "test.echo", echo, nullptr, nullptr, nullptr), SUP_ERR_ALREADY_ADDED);
    EXPECT_EQ(std::string(api.last_error(ctx)), "the method test.echo is already registered");
}

TEST_F(PluginRpc, ResultsAndFaultsReachTheInvoker) {
    RpcOutcome out;
    invoke(api, ctx, "test.echo", out,
           [&](sup_rpc_call* call, sup_value* params) { api.array_append(params, api.value_string(call, "hi", 2)); });
    EXPECT_EQ(out.fault_code, 0);
    EXPECT_EQ(out.result, "hi");
    invoke(api, ctx, "test.echo", out);
    EXPECT_EQ(out.fault_code, 2);
    EXPECT_EQ(out.fault_string, "INCORRECT_PARAMETERS");
    invoke(api, ctx, "test.badName", out);
    EXPECT_EQ(out.fault_code, 10);
    EXPECT_EQ(out.fault_string, "BAD_NAME: nosuch");
}

TEST_F(PluginRpc, ADeferredCallCompletesLater) {
    RpcOutcome out;
    invoke(api, ctx, "test.later", out);
    EXPECT_FALSE(out.done);
    ASSERT_EQ(deferred.pending.size(), 1u);
    deferred.answer_all("done");
    EXPECT_TRUE(out.done);
    EXPECT_EQ(out.result, "done");
}

TEST_F(PluginRpc, ListMethodsIsSortedAndIncludesSystem) {
    RpcOutcome out;
    invoke(api, ctx, "system.listMethods", out);
    EXPECT_EQ(out.result,
              "[system.listMethods, system.methodHelp, system.methodSignature, system.multicall, test.badName, "
              "test.echo, test.later]");
}

TEST_F(PluginRpc, MethodHelpAndSignature) {
    auto with_name = [&](const char* name) {
        return [&, name](sup_rpc_call* call, sup_value* params) {
            api.array_append(params, api.value_string(call, name, std::strlen(name)));
        };
    };
    RpcOutcome out;
    invoke(api, ctx, "system.methodHelp", out, with_name("test.echo"));
    EXPECT_EQ(out.result, "Echo it.\n");
    invoke(api, ctx, "system.methodSignature", out, with_name("test.echo"));
    EXPECT_EQ(out.result, "[string, string]");
    invoke(api, ctx, "system.methodSignature", out, with_name("system.multicall"));
    EXPECT_EQ(out.result, "[array, array]");
    invoke(api, ctx, "system.methodSignature", out, with_name("test.badName"));  // registered without one
    EXPECT_EQ(out.fault_code, 4);
    EXPECT_EQ(out.fault_string, "SIGNATURE_UNSUPPORTED");
    invoke(api, ctx, "system.methodHelp", out, with_name("no.such"));
    EXPECT_EQ(out.fault_string, "SIGNATURE_UNSUPPORTED");
    invoke(api, ctx, "system.methodHelp", out);
    EXPECT_EQ(out.fault_string, "INCORRECT_PARAMETERS");
}

TEST_F(PluginRpc, MulticallRunsInOrderWithFaultsInPlaceAndWaitsForDeferredCalls) {
    RpcOutcome out;
    invoke(api, ctx, "system.multicall", out, [&](sup_rpc_call* call, sup_value* params) {
        sup_value* calls = api.value_array(call);
        auto add = [&](const char* method, sup_value* call_params) {
            sup_value* spec = api.value_struct(call);
            if (method) api.struct_set(spec, "methodName", api.value_string(call, method, std::strlen(method)));
            if (call_params) api.struct_set(spec, "params", call_params);
            api.array_append(calls, spec);
        };
        sup_value* one = api.value_array(call);
        api.array_append(one, api.value_int(call, 1));
        add("test.echo", one);
        add("nope.nope", nullptr);
        add(nullptr, nullptr);
        add("system.multicall", api.value_array(call));
        add("test.later", nullptr);
        add("test.badName", nullptr);
        api.array_append(params, calls);
    });
    EXPECT_FALSE(out.done);  // held back by test.later, and test.badName not run yet
    deferred.answer_all("late");
    ASSERT_TRUE(out.done);
    EXPECT_EQ(out.fault_code, 0);
    EXPECT_EQ(out.result,
              "[1, {faultCode: 1, faultString: UNKNOWN_METHOD}, "
              "{faultCode: 2, faultString: INCORRECT_PARAMETERS: No methodName}, "
              "{faultCode: 2, faultString: INCORRECT_PARAMETERS: Recursive system.multicall forbidden}, "
              "late, {faultCode: 10, faultString: BAD_NAME: nosuch}]");
}

TEST_F(PluginRpc, StructKeysKeepTheirFirstPosition) {
    sup_rpc_call* call = api.rpc_call_new(ctx);
    sup_value* s = api.value_struct(call);
    api.struct_set(s, "a", api.value_int(call, 1));
    api.struct_set(s, "b", api.value_int(call, 2));
    api.struct_set(s, "a", api.value_int(call, 3));
    EXPECT_EQ(plugin_test::render(api, s), "{a: 3, b: 2}");
    EXPECT_EQ(api.value_get_int(api.struct_get(s, "b")), 2);
    EXPECT_EQ(api.struct_get(s, "c"), nullptr);
    EXPECT_EQ(api.value_type(api.array_get(s, 0)), 0);  // not an array: nothing, not a crash
    api.rpc_call_discard(call);
}

TEST(PluginRpcRegistry, CallsOfAnUnloadedPluginFailAndItsOwnCallsAreFreed) {
    sup::plugin_host::RpcRegistry registry;
    sup_plugin_ctx owner{}, transport{};
    owner.name = "stats";
    Deferred deferred{nullptr, {}};
    ASSERT_EQ(registry.add(&owner, "stats.get", Deferred::method, &deferred, nullptr, nullptr), SUP_OK);
    int code = 0;
    std::string text;
    sup_rpc_call* call = registry.new_call(&transport);
    registry.invoke(call, "stats.get", nullptr, [&](const sup_value*, int c, const char* t) {
        code = c;
        text = t;
    });
    registry.new_call(&owner);  // built, never invoked
    registry.drop_owner(&owner);
    EXPECT_EQ(code, 30);
    EXPECT_EQ(text, "FAILED: plugin stats was unloaded before it answered");
    EXPECT_EQ(registry.find("stats.get"), nullptr);
}

}  // namespace
