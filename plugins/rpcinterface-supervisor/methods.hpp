// The supervisor.* methods. Each gets the call with its arguments and
// completes it (now, or later through a pending operation).
#pragma once

#include "rpc_call.hpp"

namespace sup::rpc_supervisor::methods {

// supervisord itself (methods_state.cpp)
void get_api_version(Call& call);
void get_supervisor_version(Call& call);
void get_identification(Call& call);
void get_state(Call& call);
void get_pid(Call& call);
void shutdown(Call& call);
void restart(Call& call);
void reload_config(Call& call);
void add_process_group(Call& call);
void remove_process_group(Call& call);

// process information (methods_info.cpp)
void get_process_info(Call& call);
void get_all_process_info(Call& call);
void get_all_config_info(Call& call);

// logs (methods_logs.cpp)
void read_log(Call& call);
void clear_log(Call& call);
void read_process_stdout_log(Call& call);
void read_process_stderr_log(Call& call);
void tail_process_stdout_log(Call& call);
void tail_process_stderr_log(Call& call);
void clear_process_logs(Call& call);
void clear_all_process_logs(Call& call);

// starting and stopping (methods_control.cpp)
void start_process(Call& call);
void start_process_group(Call& call);
void start_all_processes(Call& call);
void stop_process(Call& call);
void stop_process_group(Call& call);
void stop_all_processes(Call& call);

// signals, stdin, events (methods_signal.cpp)
void signal_process(Call& call);
void signal_process_group(Call& call);
void signal_all_processes(Call& call);
void send_process_stdin(Call& call);
void send_remote_comm_event(Call& call);

}  // namespace sup::rpc_supervisor::methods
