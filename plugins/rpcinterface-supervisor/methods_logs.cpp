// Reading, tailing and clearing the main log and the processes' logs.
#include <cstdint>
#include <optional>
#include <string>

#include "batch.hpp"
#include "log_files.hpp"
#include "methods.hpp"
#include "target.hpp"

namespace sup::rpc_supervisor::methods {

namespace {

enum class Channel { stdout_log, stderr_log };

const std::string& log_of(const ProcessView& p, Channel channel) {
    return channel == Channel::stdout_log ? p.stdout_logfile : p.stderr_logfile;
}

void answer_read(Call& call, const std::string& path, std::int64_t offset, std::int64_t length) {
    LogRead read = rpc_supervisor::read_log(path, offset, length);
    if (read.fault) call.fail(read.fault);
    else call.succeed(call.string(read.data));
}

// The (name, offset, length) arguments of the per-process log methods; an
// empty optional once the call has been answered with a fault.
struct ProcessLogRequest {
    std::string path;
    std::int64_t offset;
    std::int64_t length;
};

std::optional<ProcessLogRequest> process_log_request(Call& call, Channel channel) {
    if (!call.arity(3, 3) || !call.supervisor_running()) return std::nullopt;
    const auto namespec = call.text(0);
    if (!namespec) return std::nullopt;
    const auto offset = call.integer(1);
    if (!offset) return std::nullopt;
    const auto length = call.integer(2);
    if (!length) return std::nullopt;
    const auto process = resolve_process(call, *namespec);
    if (!process) return std::nullopt;
    return ProcessLogRequest{log_of(*process, channel), *offset, *length};
}

void read_process_log(Call& call, Channel channel) {
    const auto request = process_log_request(call, channel);
    if (!request) return;
    if (request->path.empty()) return call.fail(NO_FILE);  // the reference: a logfile of None
    if (!file_exists(request->path)) return call.fail(NO_FILE, request->path);
    answer_read(call, request->path, request->offset, request->length);
}

void tail_process_log(Call& call, Channel channel) {
    const auto request = process_log_request(call, channel);
    if (!request) return;
    LogTail tail;  // no file yet: nothing, from 0
    if (file_exists(request->path)) tail = tail_log(request->path, request->offset, request->length);
    sup_value* result = call.array();
    call.append(result, call.string(tail.data));
    call.append(result, call.integer_value(tail.offset));
    call.append(result, call.boolean(tail.overflow));
    call.succeed(result);
}

bool clear_process(const ProcessView& p) {
    return rpc_supervisor::clear_log(p.stdout_logfile) && rpc_supervisor::clear_log(p.stderr_logfile);
}

}  // namespace

void read_log(Call& call) {
    if (!call.arity(2, 2) || !call.supervisor_running()) return;
    const auto offset = call.integer(0);
    if (!offset) return;
    const auto length = call.integer(1);
    if (!length) return;
    const char* main = call.api().main_logfile(call.self().ctx);
    const std::string path = main ? main : "";
    if (path.empty()) return call.fail(NO_FILE);
    if (!file_exists(path)) return call.fail(NO_FILE, path);
    answer_read(call, path, *offset, *length);
}

void clear_log(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    const char* main = call.api().main_logfile(call.self().ctx);
    const std::string path = main ? main : "";
    if (!file_exists(path)) return call.fail(NO_FILE);
    if (!rpc_supervisor::clear_log(path)) return call.fail(FAILED);
    call.self().log(SUP_LOG_INFO, "reopening log file");
    call.succeed(call.boolean(true));
}

void read_process_stdout_log(Call& call) { read_process_log(call, Channel::stdout_log); }
void read_process_stderr_log(Call& call) { read_process_log(call, Channel::stderr_log); }
void tail_process_stdout_log(Call& call) { tail_process_log(call, Channel::stdout_log); }
void tail_process_stderr_log(Call& call) { tail_process_log(call, Channel::stderr_log); }

void clear_process_logs(Call& call) {
    if (!call.arity(1, 1) || !call.supervisor_running()) return;
    const auto namespec = call.text(0);
    if (!namespec) return;
    const auto process = resolve_process(call, *namespec);
    if (!process) return;
    if (!clear_process(*process)) return call.fail(FAILED, *namespec);
    call.succeed(call.boolean(true));
}

void clear_all_process_logs(Call& call) {
    if (!call.arity(0, 0) || !call.supervisor_running()) return;
    run_batch(call, all_processes(call.self()), [](const ProcessView& p, Settled settled) {
        if (clear_process(p)) settled(SUCCESS, "OK");
        else settled(FAILED, fault_text(FAILED, p.namespec()));
    });
}

}  // namespace sup::rpc_supervisor::methods
