"""STOPPING: SIGKILL after stopwaitsecs, stopasgroup / killasgroup, stopsignal."""

import os
import signal
import time

import supervisor_harness as h
from supervisor_harness import REACTION_SLACK


def test_sigkill_escalation_for_child_ignoring_sigterm(supervisor):
    # SIGTERM stays ignored across exec, so the sleep itself ignores it
    sup = supervisor("""
        [program:stubborn]
        command=/bin/sh -c 'trap "" TERM; exec /bin/sleep 1000'
        startsecs=0
        stopwaitsecs=1
        """)
    sup.start()
    pid = sup.wait_spawned("stubborn")[0]
    h.wait_exec(pid, ["/bin/sleep", "1000"])
    sup.wait_log(r"^success: stubborn entered RUNNING state")

    sup.send(signal.SIGTERM)
    killing = sup.wait_log(
        r"^killing 'stubborn' \(%d\) with SIGKILL$" % pid, timeout=10)[0]
    assert killing.level == "WARN"
    stopped = sup.wait_log(
        r"^stopped: stubborn \(terminated by SIGKILL\)$", timeout=10)[0]
    assert stopped.level == "WARN"
    rc = sup.wait_exit(timeout=10)
    assert rc == 0

    lines = sup.log()
    got = sup.find(r"^received SIGTERM indicating exit request$", lines)[0]
    assert got.level == "WARN"
    assert sup.find(r"^waiting for (.*, )?stubborn(, .*)? to die$", lines)
    # SIGKILL comes stopwaitsecs (1 s) after the SIGTERM, not before
    gap = killing.ts - got.ts
    assert 0.9 <= gap <= 1.0 + REACTION_SLACK, "SIGKILL after %.3fs" % gap
    assert stopped.ts >= killing.ts
    assert not sup.find(r"^stopped: stubborn \(terminated by SIGTERM\)", lines)
    assert not h.pid_alive(pid)
    assert sup.tagged_pids() == []


def _group_program(name, pidfile, extra):
    # sh forks a grandchild sleep (same process group), records its pid and
    # waits; the child's own pid is in the 'spawned:' line
    return """
[program:%s]
command=/bin/sh -c '/bin/sleep 1000 & echo $! > %s; wait'
startsecs=0
stopwaitsecs=5
%s
""" % (name, pidfile, extra)


def _wait_grandchild(sup, name, pidfile):
    child = sup.wait_spawned(name)[0]
    gc = h.wait_until(lambda: h.read_pid_file(pidfile), timeout=10,
                      desc="grandchild pid file %s" % pidfile,
                      on_fail=sup.dump)
    st = h.proc_stat(gc)
    assert st is not None, "grandchild %d not found" % gc
    assert st[1] == child, "grandchild's parent should be the child"
    assert st[2] == child, "grandchild should be in the child's group"
    return child, gc


def test_stopasgroup_kills_grandchildren(supervisor, workdir):
    gcfile = os.path.join(workdir, "gc_grp.pid")
    sup = supervisor(_group_program("grp", gcfile, "stopasgroup=true"))
    sup.start()
    child, gc = _wait_grandchild(sup, "grp", gcfile)
    sup.wait_log(r"^success: grp entered RUNNING state")

    t0 = time.monotonic()
    rc = sup.stop(signal.SIGTERM, timeout=10)
    assert rc == 0
    # the whole group got SIGTERM: prompt, no SIGKILL needed
    assert time.monotonic() - t0 < 1.0 + 2 * REACTION_SLACK
    lines = sup.log()
    assert sup.find(r"^stopped: grp \(terminated by SIGTERM\)$", lines)
    assert not sup.find(r"^killing 'grp'", lines)
    h.wait_until(lambda: not h.pid_alive(child) and not h.pid_alive(gc),
                 timeout=5, desc="child and grandchild to be gone")
    assert sup.tagged_pids() == []


def test_without_stopasgroup_grandchild_survives(supervisor, workdir):
    # Reference behaviour: only the child's pid is signalled; its grandchild
    # is orphaned and keeps running (the fixture's cleanup kills it).
    gcfile = os.path.join(workdir, "gc_nogrp.pid")
    sup = supervisor(_group_program("nogrp", gcfile, ""))
    sup.start()
    child, gc = _wait_grandchild(sup, "nogrp", gcfile)
    sup.wait_log(r"^success: nogrp entered RUNNING state")

    rc = sup.stop(signal.SIGTERM, timeout=10)
    assert rc == 0
    assert sup.find(r"^stopped: nogrp \(terminated by SIGTERM\)$")
    assert not h.pid_alive(child)
    assert h.pid_alive(gc), "grandchild should survive without stopasgroup"
    assert gc in sup.tagged_pids()


def test_killasgroup_sigkills_grandchildren(supervisor, workdir):
    # child and grandchild both ignore SIGTERM; stopasgroup=false so the
    # SIGTERM goes to the child only, then killasgroup=true sends SIGKILL to
    # the whole process group.
    gcfile = os.path.join(workdir, "gc_kill.pid")
    sup = supervisor("""
        [program:kgrp]
        command=/bin/sh -c 'trap "" TERM; /bin/sleep 1000 & echo $! > %s; wait'
        startsecs=0
        stopwaitsecs=1
        killasgroup=true
        """ % gcfile)
    sup.start()
    child, gc = _wait_grandchild(sup, "kgrp", gcfile)
    sup.wait_log(r"^success: kgrp entered RUNNING state")

    rc = sup.stop(signal.SIGTERM, timeout=10)
    assert rc == 0
    lines = sup.log()
    assert sup.find(r"^killing 'kgrp' \(%d\) with SIGKILL$" % child, lines)
    assert sup.find(r"^stopped: kgrp \(terminated by SIGKILL\)$", lines)
    h.wait_until(lambda: not h.pid_alive(child) and not h.pid_alive(gc),
                 timeout=5, desc="child and grandchild to be gone")
    assert sup.tagged_pids() == []


def test_stopsignal(supervisor):
    sup = supervisor("""
        [program:intme]
        command=/bin/sleep 1000
        startsecs=0
        stopsignal=INT
        stopwaitsecs=10

        [program:hupme]
        command=/bin/sleep 1001
        startsecs=0
        stopsignal=HUP
        stopwaitsecs=10
        """)
    sup.start()
    p1 = sup.wait_spawned("intme")[0]
    p2 = sup.wait_spawned("hupme")[0]
    h.wait_exec(p1, ["/bin/sleep", "1000"])
    h.wait_exec(p2, ["/bin/sleep", "1001"])
    t0 = time.monotonic()
    rc = sup.stop(signal.SIGTERM, timeout=15)
    assert rc == 0
    assert time.monotonic() - t0 < 5, "stop should not wait for stopwaitsecs"
    lines = sup.log()
    assert sup.find(r"^stopped: intme \(terminated by SIGINT\)$", lines)
    assert sup.find(r"^stopped: hupme \(terminated by SIGHUP\)$", lines)
    assert not sup.find(r"SIGKILL", lines)
