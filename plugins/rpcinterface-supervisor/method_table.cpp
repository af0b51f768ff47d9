#include "method_table.hpp"

#include "methods.hpp"

namespace sup::rpc_supervisor {

namespace m = methods;

namespace {

const MethodEntry entries[] = {
    {"supervisor.getAPIVersion", m::get_api_version, "string",
     "The version of this RPC interface (\"3.0\").\n@return string version"},
    {"supervisor.getVersion", m::get_api_version, "string",
     "Old name of getAPIVersion.\n@return string version"},
    {"supervisor.getSupervisorVersion", m::get_supervisor_version, "string",
     "The Supervisor release this daemon is compatible with.\n@return string version"},
    {"supervisor.getIdentification", m::get_identification, "string",
     "The identifier configured in [supervisord].\n@return string identifier"},
    {"supervisor.getState", m::get_state, "struct",
     "supervisord's own state.\n@return struct {statecode: int, statename: string}"},
    {"supervisor.getPID", m::get_pid, "int", "supervisord's process id.\n@return int pid"},
    {"supervisor.readLog", m::read_log, "string,int,int",
     "Read the main log: length bytes from offset, or the last -offset bytes when offset is negative "
     "(length 0).\n@param int offset\n@param int length\n@return string bytes"},
    {"supervisor.readMainLog", m::read_log, "string,int,int",
     "Old name of readLog.\n@param int offset\n@param int length\n@return string bytes"},
    {"supervisor.clearLog", m::clear_log, "boolean", "Empty the main log.\n@return boolean true"},
    {"supervisor.shutdown", m::shutdown, "boolean",
     "Stop every process, then supervisord itself.\n@return boolean true"},
    {"supervisor.restart", m::restart, "boolean",
     "Stop every process, re-read the configuration and start again.\n@return boolean true"},
    {"supervisor.reloadConfig", m::reload_config, "array",
     "Re-read the configuration and report the process groups it adds, changes and removes, "
     "without applying anything.\n@return array [[added, changed, removed]]"},
    {"supervisor.addProcessGroup", m::add_process_group, "boolean,string",
     "Activate a process group the re-read configuration added.\n@param string name\n@return boolean true"},
    {"supervisor.removeProcessGroup", m::remove_process_group, "boolean,string",
     "Drop a stopped process group.\n@param string name\n@return boolean true"},
    {"supervisor.startProcess", m::start_process, "boolean,string,boolean",
     "Start a process (\"name\", \"group:name\"; \"group:*\" starts the group). With wait, answer once "
     "it is RUNNING.\n@param string name\n@param boolean wait\n@return boolean true"},
    {"supervisor.startProcessGroup", m::start_process_group, "array,string,boolean",
     "Start every process of a group that is not running.\n@param string name\n@param boolean wait\n"
     "@return array of {name, group, status, description}"},
    {"supervisor.startAllProcesses", m::start_all_processes, "array,boolean",
     "Start every process that is not running.\n@param boolean wait\n"
     "@return array of {name, group, status, description}"},
    {"supervisor.stopProcess", m::stop_process, "boolean,string,boolean",
     "Stop a process (\"group:*\" stops the group). With wait, answer once it has stopped.\n"
     "@param string name\n@param boolean wait\n@return boolean true"},
    {"supervisor.stopProcessGroup", m::stop_process_group, "array,string,boolean",
     "Stop every running process of a group.\n@param string name\n@param boolean wait\n"
     "@return array of {name, group, status, description}"},
    {"supervisor.stopAllProcesses", m::stop_all_processes, "array,boolean",
     "Stop every running process.\n@param boolean wait\n@return array of {name, group, status, description}"},
    {"supervisor.signalProcess", m::signal_process, "boolean,string,string",
     "Send a signal, by name (\"HUP\") or number (\"1\"), to a process (\"group:*\": the group).\n"
     "@param string name\n@param string signal\n@return boolean true"},
    {"supervisor.signalProcessGroup", m::signal_process_group, "array,string,string",
     "Send a signal to every process of a group that can take one.\n@param string name\n@param string signal\n"
     "@return array of {name, group, status, description}"},
    {"supervisor.signalAllProcesses", m::signal_all_processes, "array,string",
     "Send a signal to every process that can take one.\n@param string signal\n"
     "@return array of {name, group, status, description}"},
    {"supervisor.getAllConfigInfo", m::get_all_config_info, "array",
     "The configuration of every process, one struct each.\n@return array of structs"},
    {"supervisor.getProcessInfo", m::get_process_info, "struct,string",
     "State, times, pid, log files and a readable description of one process.\n@param string name\n"
     "@return struct"},
    {"supervisor.getAllProcessInfo", m::get_all_process_info, "array",
     "getProcessInfo for every process, by group then name.\n@return array of structs"},
    {"supervisor.readProcessStdoutLog", m::read_process_stdout_log, "string,string,int,int",
     "Read a process's stdout log, as readLog reads the main log.\n@param string name\n@param int offset\n"
     "@param int length\n@return string bytes"},
    {"supervisor.readProcessLog", m::read_process_stdout_log, "string,string,int,int",
     "Old name of readProcessStdoutLog.\n@param string name\n@param int offset\n@param int length\n"
     "@return string bytes"},
    {"supervisor.readProcessStderrLog", m::read_process_stderr_log, "string,string,int,int",
     "Read a process's stderr log, as readLog reads the main log.\n@param string name\n@param int offset\n"
     "@param int length\n@return string bytes"},
    {"supervisor.tailProcessStdoutLog", m::tail_process_stdout_log, "array,string,int,int",
     "Up to length bytes of a process's stdout log from offset; when more is new, the overflow flag is set "
     "and only the last bytes come. The returned offset is where to continue.\n@param string name\n"
     "@param int offset\n@param int length\n@return array [string bytes, int offset, boolean overflow]"},
    {"supervisor.tailProcessLog", m::tail_process_stdout_log, "array,string,int,int",
     "Old name of tailProcessStdoutLog.\n@param string name\n@param int offset\n@param int length\n"
     "@return array [string bytes, int offset, boolean overflow]"},
    {"supervisor.tailProcessStderrLog", m::tail_process_stderr_log, "array,string,int,int",
     "tailProcessStdoutLog for the stderr log.\n@param string name\n@param int offset\n@param int length\n"
     "@return array [string bytes, int offset, boolean overflow]"},
    {"supervisor.clearProcessLogs", m::clear_process_logs, "boolean,string",
     "Empty a process's stdout and stderr logs.\n@param string name\n@return boolean true"},
    {"supervisor.clearProcessLog", m::clear_process_logs, "boolean,string",
     "Old name of clearProcessLogs.\n@param string name\n@return boolean true"},
    {"supervisor.clearAllProcessLogs", m::clear_all_process_logs, "array",
     "Empty every process's logs.\n@return array of {name, group, status, description}"},
    {"supervisor.sendProcessStdin", m::send_process_stdin, "boolean,string,string",
     "Write to a running process's stdin.\n@param string name\n@param string chars\n@return boolean true"},
    {"supervisor.sendRemoteCommEvent", m::send_remote_comm_event, "boolean,string,string",
     "Publish a REMOTE_COMMUNICATION event to event listeners.\n@param string type\n@param string data\n"
     "@return boolean true"},
};

}  // namespace

std::span<const MethodEntry> method_table() { return entries; }

}  // namespace sup::rpc_supervisor
