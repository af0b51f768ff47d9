#include "batch.hpp"

#include <algorithm>
#include <memory>
#include <string>

namespace sup::rpc_supervisor {

namespace {

// The reference collects outcomes in rounds 50 ms apart and lists those of
// one round in process order (what settled at once comes first). Grouping
// ours the same way makes its supervisorctl print the same order, even where
// our processes settle a few milliseconds later than its would.
constexpr std::uint64_t settle_round_ms = 50;

// One element of the answer array.
sup_value* status_struct(const Call& call, const ProcessView& process, int code, const std::string& description) {
    sup_value* s = call.structure();
    call.set(s, "name", call.string(process.name));
    call.set(s, "group", call.string(process.group));
    call.set(s, "status", call.integer_value(code));
    call.set(s, "description", call.string(description));
    return s;
}

class Batch final : public Pending {
public:
    explicit Batch(Call call) : call_(call), results_(call.array()) {}

    ~Batch() override {
        if (round_timer_) call_.api().timer_cancel(round_timer_);
    }

    void launch(const std::vector<ProcessView>& processes, const BatchAction& action) {
        outstanding_ = processes.size();
        for (std::size_t i = 0; i < processes.size(); ++i) {
            const ProcessView& process = processes[i];
            action(process, [this, process, i](int code, const std::string& text) {
                settle({i, process, code, text});
            });
        }
        launching_ = false;
        if (outstanding_ == 0) end_round();  // nothing to wait for
        else if (!round_.empty()) start_round_timer();
    }

private:
    struct Outcome {
        std::size_t order;
        ProcessView process;
        int code;
        std::string text;
    };

    void settle(Outcome outcome) {
        --outstanding_;
        round_.push_back(std::move(outcome));
        if (!launching_) start_round_timer();
    }

    void start_round_timer() {
        if (!round_timer_)
            round_timer_ = call_.api().timer_start(call_.self().ctx, settle_round_ms, &Batch::on_round_timer, this);
    }

    static void on_round_timer(void* self) {
        auto* batch = static_cast<Batch*>(self);
        batch->round_timer_ = nullptr;  // fired: no longer ours to cancel
        batch->end_round();
    }

    void end_round() {
        std::sort(round_.begin(), round_.end(), [](const Outcome& a, const Outcome& b) { return a.order < b.order; });
        for (const Outcome& outcome : round_) add(outcome);
        round_.clear();
        finish_if_done();
    }

    void add(const Outcome& outcome) {
        call_.append(results_, status_struct(call_, outcome.process, outcome.code, outcome.text));
    }

    void finish_if_done() {
        if (launching_ || outstanding_ > 0 || !round_.empty()) return;
        call_.succeed(results_);
        call_.self().release(this);  // deletes this
    }

    Call call_;
    sup_value* results_;
    std::size_t outstanding_ = 0;
    bool launching_ = true;
    std::vector<Outcome> round_;
    sup_timer* round_timer_ = nullptr;
};

}  // namespace

void run_batch(Call call, const std::vector<ProcessView>& processes, const BatchAction& action) {
    SupervisorInterface& self = call.self();
    self.adopt(std::make_unique<Batch>(call))->launch(processes, action);
}

}  // namespace sup::rpc_supervisor
