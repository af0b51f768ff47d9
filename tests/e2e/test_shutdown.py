"""Daemon shutdown on SIGTERM / SIGINT / SIGQUIT: order, promptness, no leftovers."""

import os
import signal
import time

import pytest

import supervisor_harness as h

PROGRAMS = """
    [program:p10]
    command=/bin/sleep 1010
    startsecs=0
    priority=10
    stopwaitsecs=10

    [program:p20]
    command=/bin/sleep 1020
    startsecs=0
    priority=20
    stopwaitsecs=10

    [program:p30]
    command=/bin/sleep 1030
    startsecs=0
    priority=30
    stopwaitsecs=10

    [program:multi]
    command=/bin/sleep 1040
    process_name=%(program_name)s_%(process_num)d
    numprocs=2
    startsecs=0
    priority=25
    stopwaitsecs=10
    """

NAMES = ["p10", "p20", "multi_0", "multi_1", "p30"]


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT", "SIGQUIT"])
def test_exit_signal_stops_everything_in_reverse_priority(supervisor, signame):
    sig = getattr(signal, signame)
    sup = supervisor(PROGRAMS)
    sup.start()
    pids = {}
    for name in NAMES:
        pids[name] = sup.wait_spawned(name)[0]
    for name in NAMES:
        sup.wait_log(r"^success: %s entered RUNNING state" % name)
    for name, pid in pids.items():
        assert h.pid_alive(pid)

    t0 = time.monotonic()
    sup.send(sig)
    rc = sup.wait_exit(timeout=20)
    elapsed = time.monotonic() - t0
    assert rc == 0
    # children obey SIGTERM: far less than any stopwaitsecs (10 s)
    assert elapsed < 1.0 + 2 * h.REACTION_SLACK, "shutdown took %.2fs" % elapsed

    lines = sup.log()
    got = sup.find(r"^received %s indicating exit request$" % signame, lines)
    assert len(got) == 1 and got[0].level == "WARN"
    stopped = sup.find(r"^stopped: (\S+) \(terminated by SIGTERM\)$", lines)
    order = [m.group(1) for m in stopped]
    assert sorted(order) == sorted(NAMES), order
    assert all(m.level == "WARN" for m in stopped)
    assert all(m.ts >= got[0].ts for m in stopped)
    # highest priority number first; both multi processes between 30 and 20
    assert order[0] == "p30"
    assert sorted(order[1:3]) == ["multi_0", "multi_1"]
    assert order[3:] == ["p20", "p10"]

    for name, pid in pids.items():
        assert not h.pid_alive(pid), "%s (%d) survived" % (name, pid)
    assert sup.tagged_pids() == []
    assert not os.path.exists(sup.pidfile)
    # nothing was spawned again after the exit request
    assert len(sup.spawned()) == len(NAMES)


def test_child_exiting_cleanly_on_sigterm(supervisor):
    # The shell only runs its trap after the current 'sleep 0.1' returns.
    sup = supervisor("""
        [program:polite]
        command=/bin/sh -c 'trap "exit 0" TERM; while :; do /bin/sleep 0.1; done'
        startsecs=0
        stopwaitsecs=10
        """)
    sup.start()
    sup.wait_spawned("polite")
    sup.wait_log(r"^success: polite entered RUNNING state")
    time.sleep(0.2)   # let the shell install its trap
    rc = sup.stop(signal.SIGTERM, timeout=15)
    assert rc == 0
    st = sup.find(r"^stopped: polite \(exit status 0\)$")
    assert len(st) == 1
    assert st[0].level == "INFO"    # exit status 0 is in exitcodes
    h.wait_until(lambda: sup.tagged_pids() == [], timeout=5,
                 desc="no process left")


def test_shutdown_with_programs_in_backoff_and_fatal(supervisor):
    sup = supervisor("""
        [program:ok]
        command=/bin/sleep 1000
        startsecs=0

        [program:fails]
        command=/bin/sh -c 'exit 1'
        startsecs=5
        startretries=100

        [program:missing]
        command=/nonexistent/suptest/cmd
        startretries=0
        """)
    sup.start()
    sup.wait_spawned("ok")
    sup.wait_log(r"^gave up: missing entered FATAL state")
    sup.wait_log(r"^exited: fails \(exit status 1; not expected\)$")
    t0 = time.monotonic()
    rc = sup.stop(signal.SIGTERM, timeout=15)
    assert rc == 0
    assert time.monotonic() - t0 < 1.0 + 2 * h.REACTION_SLACK
    assert sup.find(r"^stopped: ok \(terminated by SIGTERM\)$")
    assert sup.tagged_pids() == []
