"""The supervisor.* and system.* XML-RPC methods over the unix socket:
each method's answer and each fault it can give, as the reference gives them.
"""

import os
import threading
import time

import pytest

import supervisor_harness as h
import rpc_client as rc

PROGRAMS = """
[program:sleeper]
command=/bin/sleep 1000
startsecs=0

[program:manual]
command=/bin/sleep 1000
autostart=false
startsecs=0

[program:noexec]
command=%(here)s/not-executable
autostart=false

[program:missing]
command=/nonexistent/command
autostart=false

[program:quick]
command=/bin/false
autostart=false
startsecs=1
startretries=0

[program:slow]
command=/bin/sleep 1000
autostart=false
startsecs=2

[program:writer]
command=/bin/sh -c "printf 0123456789abcdefghij; exec /bin/sleep 1000"
startsecs=0
stdout_logfile=%(here)s/writer.out
stderr_logfile=%(here)s/writer.err

[group:grp]
programs=ga,gb

[program:ga]
command=/bin/sleep 1000
startsecs=0

[program:gb]
command=/bin/sleep 1000
startsecs=0
"""

SUPERVISOR_METHODS = sorted("""
addProcessGroup clearAllProcessLogs clearLog clearProcessLog clearProcessLogs
getAPIVersion getAllConfigInfo getAllProcessInfo getIdentification getPID
getProcessInfo getState getSupervisorVersion getVersion readLog readMainLog
readProcessLog readProcessStderrLog readProcessStdoutLog reloadConfig
removeProcessGroup restart sendProcessStdin sendRemoteCommEvent shutdown
signalAllProcesses signalProcess signalProcessGroup startAllProcesses
startProcess startProcessGroup stopAllProcesses stopProcess stopProcessGroup
tailProcessLog tailProcessStderrLog tailProcessStdoutLog""".split())


@pytest.fixture
def daemon(supervisor):
    """(Supervisor, proxy) with PROGRAMS running under an RPC server."""
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAMS + rc.unix_server_sections(sock))
    with open(sup.path("not-executable"), "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(sup.path("not-executable"), 0o644)
    sup.start()
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    for name in ("sleeper", "writer", "grp:ga", "grp:gb"):
        rc.wait_state(proxy, name, "RUNNING")
    return sup, proxy


def test_identity_and_state(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    assert s.getAPIVersion() == "3.0"
    assert s.getVersion() == "3.0"
    assert s.getSupervisorVersion() == "4.2.5"
    assert s.getIdentification() == "supervisor"
    assert s.getState() == {"statecode": 1, "statename": "RUNNING"}
    assert s.getPID() == sup.pid
    assert rc.fault_of(s.getPID, 1) == (2, "INCORRECT_PARAMETERS")
    assert rc.fault_of(s.getState, "x", "y") == (2, "INCORRECT_PARAMETERS")


def test_system_namespace_describes_every_method(daemon):
    _, proxy = daemon
    names = proxy.system.listMethods()
    assert names == sorted(names)
    for m in SUPERVISOR_METHODS:
        assert "supervisor." + m in names
    for m in ("system.listMethods", "system.methodHelp", "system.methodSignature", "system.multicall"):
        assert m in names
    assert proxy.system.methodSignature("supervisor.startProcess") == ["boolean", "string", "boolean"]
    assert proxy.system.methodSignature("supervisor.getState") == ["struct"]
    assert proxy.system.methodSignature("supervisor.readProcessStdoutLog") == ["string", "string", "int", "int"]
    assert proxy.system.methodHelp("supervisor.startProcess")
    assert rc.fault_of(proxy.system.methodHelp, "supervisor.nope")[0] == 4
    assert rc.fault_of(proxy.supervisor.nope) == (1, "UNKNOWN_METHOD")
    assert rc.fault_of(proxy.supervisor._update, "x") == (1, "UNKNOWN_METHOD")
    results = proxy.system.multicall([
        {"methodName": "supervisor.getAPIVersion", "params": []},
        {"methodName": "supervisor.getProcessInfo", "params": ["nosuch"]},
    ])
    assert results[0] == "3.0"  # not wrapped in a list, whatever the docstring says
    assert results[1] == {"faultCode": 10, "faultString": "BAD_NAME: nosuch"}


def test_process_info(daemon):
    _, proxy = daemon
    s = proxy.supervisor
    info = s.getProcessInfo("sleeper")
    assert list(info) == ["name", "group", "start", "stop", "now", "state", "statename", "spawnerr",
                          "exitstatus", "logfile", "stdout_logfile", "stderr_logfile", "pid",
                          "description"]
    assert info["name"] == "sleeper" and info["group"] == "sleeper"
    assert info["state"] == 20 and info["statename"] == "RUNNING"
    assert h.pid_alive(info["pid"])
    assert info["description"].startswith("pid %d, uptime 0:00:" % info["pid"])
    assert abs(info["now"] - time.time()) < 5 and info["start"] <= info["now"]
    assert info["spawnerr"] == "" and info["exitstatus"] == 0

    manual = s.getProcessInfo("manual")
    assert manual["statename"] == "STOPPED" and manual["description"] == "Not started"
    assert manual["pid"] == 0 and manual["start"] == 0

    grouped = s.getProcessInfo("grp:ga")
    assert (grouped["name"], grouped["group"]) == ("ga", "grp")
    assert rc.fault_of(s.getProcessInfo, "nosuch") == (10, "BAD_NAME: nosuch")
    assert rc.fault_of(s.getProcessInfo, "grp:*") == (10, "BAD_NAME: grp:*")
    assert rc.fault_of(s.getProcessInfo, "grp:zz") == (10, "BAD_NAME: grp:zz")
    assert rc.fault_of(s.getProcessInfo) == (2, "INCORRECT_PARAMETERS")

    listed = [(p["group"], p["name"]) for p in s.getAllProcessInfo()]
    assert listed == sorted(listed)  # lexical, group then name
    assert ("grp", "ga") in listed and ("sleeper", "sleeper") in listed


def test_start_and_stop_one(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    assert s.stopProcess("sleeper") is True
    assert s.getProcessInfo("sleeper")["statename"] == "STOPPED"
    assert rc.fault_of(s.stopProcess, "sleeper") == (70, "NOT_RUNNING: sleeper")
    assert s.startProcess("sleeper") is True
    assert s.getProcessInfo("sleeper")["statename"] == "RUNNING"
    assert rc.fault_of(s.startProcess, "sleeper") == (60, "ALREADY_STARTED: sleeper")
    assert rc.fault_of(s.startProcess, "nosuch") == (10, "BAD_NAME: nosuch")
    assert rc.fault_of(s.stopProcess, "nosuch") == (10, "BAD_NAME: nosuch")
    assert rc.fault_of(s.startProcess, "missing") == (
        20, "NO_FILE: can't find command '/nonexistent/command'")
    assert rc.fault_of(s.startProcess, "noexec") == (
        21, "NOT_EXECUTABLE: command at '%s' is not executable" % sup.path("not-executable"))
    assert rc.fault_of(s.startProcess, "quick") == (50, "SPAWN_ERROR: quick")
    assert rc.fault_of(s.startProcess, "sleeper", True, "extra") == (2, "INCORRECT_PARAMETERS")


def test_start_without_waiting_and_slow_start(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    assert s.startProcess("slow", False) is True
    assert s.getProcessInfo("slow")["statename"] == "STARTING"
    assert s.stopProcess("slow") is True

    # wait=True answers once RUNNING (startsecs=2), without blocking others
    sock = sup.path("rpc.sock")
    answered = {}

    def start_slow():
        answered["result"] = rc.unix_proxy(sock).supervisor.startProcess("slow")
        answered["at"] = time.monotonic()

    t0 = time.monotonic()
    t = threading.Thread(target=start_slow)
    t.start()
    time.sleep(0.3)
    assert rc.unix_proxy(sock).supervisor.getProcessInfo("slow")["statename"] == "STARTING"
    quick_answer = time.monotonic() - t0
    t.join(15)
    assert answered["result"] is True
    assert answered["at"] - t0 >= 1.9
    assert quick_answer < 1.5
    assert s.getProcessInfo("slow")["statename"] == "RUNNING"


def test_group_operations(daemon):
    _, proxy = daemon
    s = proxy.supervisor
    stopped = s.stopProcessGroup("grp")
    assert sorted(stopped, key=lambda r: r["name"]) == [
        {"name": "ga", "group": "grp", "status": 80, "description": "OK"},
        {"name": "gb", "group": "grp", "status": 80, "description": "OK"}]
    assert s.stopProcessGroup("grp") == []
    started = s.startProcessGroup("grp")
    assert sorted(r["name"] for r in started) == ["ga", "gb"]
    assert all(r["status"] == 80 for r in started)
    assert s.startProcessGroup("grp") == []
    assert rc.fault_of(s.startProcessGroup, "nosuch") == (10, "BAD_NAME: nosuch")
    assert rc.fault_of(s.stopProcessGroup, "nosuch") == (10, "BAD_NAME: nosuch")
    # "group:*" through startProcess / stopProcess
    assert len(s.stopProcess("grp:*")) == 2
    assert len(s.startProcess("grp:*")) == 2


def test_all_processes(daemon):
    _, proxy = daemon
    s = proxy.supervisor
    stopped = s.stopAllProcesses()
    assert sorted(r["name"] for r in stopped) == ["ga", "gb", "sleeper", "writer"]
    assert all(r["status"] == 80 and r["description"] == "OK" for r in stopped)
    started = {r["name"]: r for r in s.startAllProcesses()}
    assert started["missing"] == {"name": "missing", "group": "missing", "status": 20,
                                  "description": "NO_FILE: can't find command '/nonexistent/command'"}
    assert started["quick"]["status"] == 50
    assert started["quick"]["description"] == "SPAWN_ERROR: quick"
    assert started["sleeper"]["status"] == 80
    assert started["noexec"]["status"] == 21


def test_signals(daemon):
    _, proxy = daemon
    s = proxy.supervisor
    assert s.signalProcess("sleeper", "CONT") is True
    assert s.getProcessInfo("manual")["statename"] == "STOPPED"
    assert rc.fault_of(s.signalProcess, "manual", "HUP") == (70, "NOT_RUNNING: manual")
    assert rc.fault_of(s.signalProcess, "sleeper", "BOGUS") == (11, "BAD_SIGNAL: BOGUS")
    assert rc.fault_of(s.signalProcess, "nosuch", "HUP") == (10, "BAD_NAME: nosuch")
    assert sorted(r["name"] for r in s.signalProcessGroup("grp", "CONT")) == ["ga", "gb"]
    assert rc.fault_of(s.signalProcessGroup, "nosuch", "HUP") == (10, "BAD_NAME: nosuch")
    bad = s.signalProcessGroup("grp", "BOGUS")
    assert [r["description"] for r in bad] == ["BAD_SIGNAL: BOGUS"] * 2
    assert all(r["status"] == 11 for r in bad)
    everyone = s.signalAllProcesses("CONT")
    assert sorted(r["name"] for r in everyone) == ["ga", "gb", "sleeper", "writer"]
    # a signal that kills: the process exits, supervision goes on
    pid = s.getProcessInfo("sleeper")["pid"]
    assert s.signalProcess("sleeper", "KILL") is True
    h.wait_until(lambda: not h.pid_alive(pid), desc="sleeper to die")


def test_signal_zero_is_a_liveness_probe(daemon):
    _, proxy = daemon
    assert proxy.supervisor.signalProcess("writer", "0") is True


def test_main_log(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    whole = s.readLog(0, 0)
    assert "supervisord started with pid %d" % sup.pid in whole
    assert s.readMainLog(0, 0).startswith(whole[:100])
    assert len(s.readLog(-10, 0)) == 10
    assert s.readLog(0, 5) == whole[:5]
    assert rc.fault_of(s.readLog, -1, 5) == (3, "BAD_ARGUMENTS")
    assert rc.fault_of(s.readLog, 0, -5) == (3, "BAD_ARGUMENTS")
    assert s.clearLog() is True
    assert "supervisord started" not in s.readLog(0, 0)


def test_process_logs(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    info = s.getProcessInfo("writer")
    assert info["stdout_logfile"] == sup.path("writer.out")
    assert info["logfile"] == info["stdout_logfile"]
    assert info["stderr_logfile"] == sup.path("writer.err")
    rc.ensure_child_log(sup.path("writer.out"), "0123456789abcdefghij")
    assert s.readProcessStdoutLog("writer", 0, 0) == "0123456789abcdefghij"
    assert s.readProcessLog("writer", 5, 3) == "567"
    assert s.readProcessStdoutLog("writer", -4, 0) == "ghij"
    assert rc.fault_of(s.readProcessStdoutLog, "writer", -4, 3) == (3, "BAD_ARGUMENTS")
    assert s.tailProcessStdoutLog("writer", 0, 5) == ["fghij", 20, True]
    assert s.tailProcessLog("writer", 15, 10) == ["abcdefghij", 20, False]
    assert s.tailProcessStdoutLog("writer", 20, 5) == ["", 20, False]
    assert rc.fault_of(s.readProcessStdoutLog, "nosuch", 0, 0) == (10, "BAD_NAME: nosuch")
    # no stderr file yet (nothing written to it)
    if not os.path.exists(sup.path("writer.err")):
        assert rc.fault_of(s.readProcessStderrLog, "writer", 0, 0) == (
            20, "NO_FILE: %s" % sup.path("writer.err"))
        assert s.tailProcessStderrLog("writer", 0, 10) == ["", 0, False]
    assert s.clearProcessLogs("writer") is True
    assert os.path.getsize(sup.path("writer.out")) == 0
    assert s.clearProcessLog("writer") is True
    assert rc.fault_of(s.clearProcessLogs, "nosuch") == (10, "BAD_NAME: nosuch")
    results = s.clearAllProcessLogs()
    assert sorted(r["name"] for r in results) == sorted(
        ["sleeper", "manual", "noexec", "missing", "quick", "slow", "writer", "ga", "gb"])
    assert all(r["status"] == 80 and r["description"] == "OK" for r in results)


def test_stdin_and_remote_events(daemon):
    _, proxy = daemon
    s = proxy.supervisor
    assert s.sendProcessStdin("sleeper", "hello\n") is True
    assert rc.fault_of(s.sendProcessStdin, "manual", "x") == (70, "NOT_RUNNING: manual")
    assert rc.fault_of(s.sendProcessStdin, "nosuch", "x") == (10, "BAD_NAME: nosuch")
    assert s.sendRemoteCommEvent("mytype", "some data") is True


def test_config_reload_and_groups(daemon):
    sup, proxy = daemon
    s = proxy.supervisor
    assert s.reloadConfig() == [[[], [], []]]
    sup.write_config(PROGRAMS.replace("[program:manual]", "[program:manual2]")
                     + "\n[program:extra]\ncommand=/bin/sleep 1000\nstartsecs=0\n"
                     + rc.unix_server_sections(sup.path("rpc.sock")))
    added, changed, removed = s.reloadConfig()[0]
    assert sorted(added) == ["extra", "manual2"]
    assert changed == []
    assert removed == ["manual"]
    assert rc.fault_of(s.addProcessGroup, "nosuch") == (10, "BAD_NAME: nosuch")
    assert s.addProcessGroup("extra") is True
    assert rc.fault_of(s.addProcessGroup, "extra") == (90, "ALREADY_ADDED: extra")
    rc.wait_state(proxy, "extra", "RUNNING")
    assert rc.fault_of(s.removeProcessGroup, "extra") == (91, "STILL_RUNNING: extra")
    s.stopProcess("extra")
    assert s.removeProcessGroup("extra") is True
    assert rc.fault_of(s.removeProcessGroup, "extra") == (10, "BAD_NAME: extra")
    assert s.removeProcessGroup("manual") is True

    sup.write_config("[unix_http_server]\nfile=\n" + "[bogus")
    code, text = rc.fault_of(s.reloadConfig)
    assert code == 92 and text.startswith("CANT_REREAD: ")


def test_config_info(daemon):
    _, proxy = daemon
    infos = proxy.supervisor.getAllConfigInfo()
    names = [i["name"] for i in infos]
    assert names == sorted(names)
    sleeper = [i for i in infos if i["name"] == "sleeper"][0]
    assert set(sleeper) == {
        "autostart", "directory", "uid", "command", "exitcodes", "group", "group_prio", "inuse",
        "killasgroup", "name", "process_prio", "redirect_stderr", "startretries", "startsecs",
        "stdout_capture_maxbytes", "stdout_events_enabled", "stdout_logfile",
        "stdout_logfile_backups", "stdout_logfile_maxbytes", "stdout_syslog", "stopsignal",
        "stopwaitsecs", "stderr_capture_maxbytes", "stderr_events_enabled", "stderr_logfile",
        "stderr_logfile_backups", "stderr_logfile_maxbytes", "stderr_syslog", "serverurl"}
    assert sleeper["command"] == "/bin/sleep 1000"
    assert sleeper["autostart"] is True and sleeper["inuse"] is True
    assert sleeper["exitcodes"] == [0]
    assert sleeper["stopsignal"] == 15 and sleeper["stopwaitsecs"] == 10
    assert sleeper["directory"] == "none" and sleeper["uid"] == "none"
    assert sleeper["serverurl"] == "none"
    assert sleeper["group"] == "sleeper" and sleeper["group_prio"] == 999
    writer = [i for i in infos if i["name"] == "writer"][0]
    assert writer["stdout_logfile"].endswith("writer.out")


def test_shutdown(daemon):
    sup, proxy = daemon
    assert proxy.supervisor.shutdown() is True
    assert sup.wait_exit(timeout=20) == 0


def test_restart(daemon):
    sup, proxy = daemon
    assert proxy.supervisor.restart() is True
    sup.wait_log(h.STARTED_RE, count=2, timeout=20)
    sock = sup.path("rpc.sock")
    fresh = rc.unix_proxy(sock)
    rc.wait_rpc_ready(fresh)
    assert fresh.supervisor.getPID() == sup.pid


def test_calls_while_shutting_down(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config("""
[program:stubborn]
command=/bin/sh -c "trap '' TERM; exec /bin/sleep 1000"
startsecs=0
stopwaitsecs=10
""" + rc.unix_server_sections(sock))
    sup.start()
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    rc.wait_state(proxy, "stubborn", "RUNNING")
    # SIGTERM is ignored only once the trap ran (it survives the exec)
    h.wait_exec(proxy.supervisor.getProcessInfo("stubborn")["pid"], ["/bin/sleep", "1000"])
    assert proxy.supervisor.shutdown() is True
    later = rc.unix_proxy(sock)
    h.wait_until(lambda: rc.fault_of(later.supervisor.getState) == (6, "SHUTDOWN_STATE"), timeout=3,
                 desc="getState to fault SHUTDOWN_STATE")
    assert rc.fault_of(later.supervisor.startProcess, "stubborn") == (6, "SHUTDOWN_STATE")
    assert later.supervisor.sendRemoteCommEvent("t", "d") is True  # not guarded, as in the reference
    assert sup.wait_exit(timeout=20) == 0


def test_signal_a_stopping_process(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config("""
[program:stubborn]
command=/bin/sh -c "trap '' TERM; exec /bin/sleep 1000"
startsecs=0
stopwaitsecs=30
""" + rc.unix_server_sections(sock))
    sup.start()
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    rc.wait_state(proxy, "stubborn", "RUNNING")
    # SIGTERM is ignored only once the trap ran (it survives the exec)
    h.wait_exec(proxy.supervisor.getProcessInfo("stubborn")["pid"], ["/bin/sleep", "1000"])
    assert proxy.supervisor.stopProcess("stubborn", False) is True
    assert proxy.supervisor.getProcessInfo("stubborn")["statename"] == "STOPPING"
    assert proxy.supervisor.signalProcess("stubborn", "KILL") is True
    rc.wait_state(proxy, "stubborn", "STOPPED", timeout=10)


def test_multicall_stop_then_start(daemon):
    _, proxy = daemon
    results = proxy.system.multicall([
        {"methodName": "supervisor.stopProcess", "params": ["sleeper"]},
        {"methodName": "supervisor.startProcess", "params": ["sleeper"]},
    ])
    assert results == [True, True]
    info = proxy.supervisor.getProcessInfo("sleeper")
    assert info["statename"] == "RUNNING"
    assert info["pid"] != 0 and h.pid_alive(info["pid"])
    assert proxy.supervisor.stopProcess("sleeper") is True
    assert not h.pid_alive(info["pid"])
