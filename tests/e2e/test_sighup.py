"""SIGHUP: stop all children, re-read the config, start again in-process."""

import signal

import supervisor_harness as h

BEFORE = """
    [program:keep]
    command=/bin/sleep 1000
    startsecs=0

    [program:gone]
    command=/bin/sleep 1001
    startsecs=0
    """

AFTER = """
    [program:keep]
    command=/bin/sleep 1000
    startsecs=0

    [program:added]
    command=/bin/sleep 1002
    startsecs=0
    """


def test_sighup_restarts_with_new_config(supervisor):
    sup = supervisor(BEFORE)
    sup.start()
    keep1 = sup.wait_spawned("keep")[0]
    gone1 = sup.wait_spawned("gone")[0]
    sup.wait_log(r"^success: keep entered RUNNING state")
    sup.wait_log(r"^success: gone entered RUNNING state")
    with open(sup.pidfile) as f:
        assert f.read() == "%d\n" % sup.pid

    sup.write_config(AFTER)
    sup.send(signal.SIGHUP)

    hup = sup.wait_log(r"^received SIGHUP indicating restart request$")[0]
    assert hup.level == "WARN"
    added = sup.wait_spawned("added")[0]
    keep2 = sup.wait_spawned("keep", count=2)[1]
    sup.wait_log(r"^success: added entered RUNNING state")

    lines = sup.log()
    # old children were stopped (by SIGTERM) before anything new started
    st_keep = sup.find(r"^stopped: keep \(terminated by SIGTERM\)$", lines)
    st_gone = sup.find(r"^stopped: gone \(terminated by SIGTERM\)$", lines)
    assert len(st_keep) == 1 and len(st_gone) == 1
    new_spawns = [m for m in sup.find(h.SPAWNED_RE, lines) if m.ts >= hup.ts]
    assert {m.group("name") for m in new_spawns} == {"keep", "added"}
    first_new = new_spawns[0]
    assert st_keep[0].ts <= first_new.ts and st_gone[0].ts <= first_new.ts
    assert lines.index(st_keep[0].line) < lines.index(first_new.line)
    assert lines.index(st_gone[0].line) < lines.index(first_new.line)
    assert not h.pid_alive(keep1)
    assert not h.pid_alive(gone1)
    # the removed program is not started again
    assert len(sup.spawned("gone")) == 1

    # same daemon process: pid unchanged, still running, announced again
    assert sup.running()
    started = sup.find(h.STARTED_RE, lines)
    assert len(started) == 2
    assert all(int(m.group("pid")) == sup.pid for m in started)
    assert started[1].ts >= hup.ts
    with open(sup.pidfile) as f:
        assert f.read() == "%d\n" % sup.pid

    # the new children are children of the same daemon
    for pid in (keep2, added):
        st = h.proc_stat(pid)
        assert st is not None and st[1] == sup.pid

    assert sup.stop() == 0
    assert sup.tagged_pids() == []
