"""Daemon start-up, pidfile, STARTING -> RUNNING after startsecs, main log."""

import os
import signal

import supervisor_harness as h
from supervisor_harness import REACTION_SLACK


def test_running_after_startsecs(supervisor):
    sup = supervisor("""
        [program:web]
        command=/bin/sleep 1000
        startsecs=1
        """)
    sup.start()
    pid = sup.wait_spawned("web")[0]
    spawn = sup.find(r"spawned: 'web' with pid %d$" % pid)[0]
    assert spawn.level == "INFO"

    # the child really runs, is ours, and leads its own process group
    st = h.proc_stat(pid)
    assert st is not None and st[0] != "Z", st
    assert st[1] == sup.pid, "parent of child is %d, daemon is %d" % (
        st[1], sup.pid)
    assert st[2] == pid, "child should lead its own process group"

    ok = sup.wait_log(
        r"^success: web entered RUNNING state, process has stayed up for "
        r"> than 1 seconds \(startsecs\)$")[0]
    assert ok.level == "INFO"
    waited = ok.ts - spawn.ts
    # not before startsecs (log timestamps have ms resolution and 'spawned'
    # is logged a little after the start time is taken), not much later
    assert waited >= 0.9, "RUNNING only %.3fs after spawn" % waited
    assert waited <= 1.0 + REACTION_SLACK, "RUNNING %.3fs after spawn" % waited
    assert len(sup.spawned("web")) == 1
    assert h.pid_alive(pid)


def test_startsecs_zero_is_running_immediately(supervisor):
    sup = supervisor("""
        [program:fast]
        command=/bin/sleep 1000
        startsecs=0
        """)
    sup.start()
    sup.wait_spawned("fast")
    spawn = sup.find(r"spawned: 'fast' with pid \d+$")[0]
    ok = sup.wait_log(
        r"^success: fast entered RUNNING state, process has stayed up for "
        r"> than 0 seconds \(startsecs\)$")[0]
    assert ok.level == "INFO"
    assert ok.ts - spawn.ts <= REACTION_SLACK


def test_longer_startsecs_is_honoured(supervisor):
    sup = supervisor("""
        [program:slow]
        command=/bin/sleep 1000
        startsecs=2
        """)
    sup.start()
    sup.wait_spawned("slow")
    spawn = sup.find(r"spawned: 'slow' with pid \d+$")[0]
    ok = sup.wait_log(r"^success: slow entered RUNNING state, process has "
                      r"stayed up for > than 2 seconds \(startsecs\)$")[0]
    assert 1.9 <= ok.ts - spawn.ts <= 2.0 + REACTION_SLACK


def test_daemon_pid_line_and_pidfile(supervisor):
    sup = supervisor("""
        [program:web]
        command=/bin/sleep 1000
        startsecs=0
        """)
    sup.start()
    logged = sup.wait_started()
    assert logged == sup.pid
    line = sup.find(h.STARTED_RE)[0]
    assert line.level == "INFO"

    # pidfile holds the daemon pid followed by a newline
    h.wait_until(lambda: os.path.exists(sup.pidfile), timeout=5,
                 desc="pidfile")
    with open(sup.pidfile) as f:
        content = f.read()
    assert content == "%d\n" % sup.pid

    sup.wait_spawned("web")
    sup.send(signal.SIGTERM)
    rc = sup.wait_exit(timeout=10)
    assert rc == 0
    assert not os.path.exists(sup.pidfile), "pidfile not removed on exit"


def test_main_log_lines_are_well_formed(supervisor):
    sup = supervisor("""
        [program:a]
        command=/bin/sleep 1000
        startsecs=0
        [program:b]
        command=/bin/sh -c 'exit 3'
        startsecs=0
        autorestart=false
        """)
    sup.start()
    sup.wait_log(r"^success: a entered RUNNING state")
    sup.wait_log(r"^exited: b \(exit status 3; not expected\)$")
    sup.stop()
    text = sup.log_text()
    assert text.endswith("\n")
    for raw in text.splitlines():
        assert h.LOG_LINE_RE.match(raw), "malformed main log line: %r" % raw
    lines = sup.log()
    # timestamps never go backwards
    for a, b in zip(lines, lines[1:]):
        assert b.ts >= a.ts - 0.001, (a, b)
    if os.geteuid() == 0:
        crit = [l for l in lines if l.level == "CRIT"
                and "Supervisor is running as root" in l.msg]
        assert crit, "no CRIT line about running as root"
        assert crit[0].msg == (
            "Supervisor is running as root.  Privileges were not dropped "
            "because no user is specified in the config file.  If you intend "
            "to run as root, you can set user=root in the config file to "
            "avoid this message.")
    # with user=root that CRIT line is not logged (checked in its own test)


def test_user_root_silences_root_warning(supervisor):
    if os.geteuid() != 0:
        import pytest
        pytest.skip("needs root")
    sup = supervisor("""
        [program:a]
        command=/bin/sleep 1000
        startsecs=0
        """, supervisord_extra="user=root")
    sup.start()
    sup.wait_spawned("a")
    assert not sup.find(r"Supervisor is running as root")


def test_nodaemon_also_logs_to_stdout(supervisor):
    sup = supervisor("""
        [program:a]
        command=/bin/sleep 1000
        startsecs=0
        """)
    sup.start()
    sup.wait_spawned("a")
    h.wait_until(lambda: "supervisord started with pid %d" % sup.pid
                 in sup.read_stdout(), timeout=5,
                 desc="startup line on the daemon's stdout",
                 on_fail=sup.dump)


def test_silent_suppresses_stdout(supervisor):
    sup = supervisor("""
        [program:a]
        command=/bin/sleep 1000
        startsecs=0
        """, supervisord_extra="silent=true")
    sup.start()
    sup.wait_log(r"^success: a entered RUNNING state")
    sup.stop()
    assert "supervisord started" not in sup.read_stdout()
    assert "spawned:" not in sup.read_stdout()


def test_child_environment_and_directory(supervisor):
    sup = supervisor("""
        [program:envy]
        command=/bin/sleep 1000
        startsecs=0
        directory=/tmp
        environment=FOO="bar baz",SUPTEST_EXTRA=1
        """)
    sup.start()
    pid = sup.wait_spawned("envy")[0]
    h.wait_exec(pid, ["/bin/sleep", "1000"])
    with open("/proc/%d/environ" % pid, "rb") as f:
        env = dict(kv.split(b"=", 1) for kv in f.read().split(b"\0") if kv)
    assert env.get(b"FOO") == b"bar baz"
    assert env.get(b"SUPTEST_EXTRA") == b"1"
    assert env.get(b"SUPTEST_TAG") == sup.tag.encode(), \
        "the daemon's environment is not passed on to the child"
    assert env.get(b"SUPERVISOR_ENABLED") == b"1"
    assert env.get(b"SUPERVISOR_PROCESS_NAME") == b"envy"
    assert env.get(b"SUPERVISOR_GROUP_NAME") == b"envy"
    assert os.readlink("/proc/%d/cwd" % pid) == "/tmp"


def test_autostart_false_is_not_started(supervisor):
    sup = supervisor("""
        [program:on]
        command=/bin/sleep 1000
        startsecs=1

        [program:off]
        command=/bin/sleep 1001
        autostart=false
        """)
    sup.start()
    sup.wait_spawned("on")
    # positive evidence that time passed: 'on' stayed up for startsecs
    sup.wait_log(r"^success: on entered RUNNING state")
    assert sup.spawned("off") == []
    assert not sup.find(r"'off'|: off ")
