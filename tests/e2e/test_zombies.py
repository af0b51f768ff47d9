"""Reaping: no zombie accumulates over 100+ crash/respawn cycles."""

import signal
import time

import supervisor_harness as h

NUMPROCS = 20
CYCLES = 100
# How long one child may stay a zombie before the daemon reaps it.  The
# reference only wakes on fd activity or its 1 s poll timeout (SIGCHLD does
# not interrupt its poll), so a zombie can legitimately live ~1 s there; an
# event-driven daemon reaps on SIGCHLD at once.
ZOMBIE_GRACE = 2.0 if h.IS_REFERENCE else 0.5


def test_no_zombie_after_many_respawns(supervisor):
    sup = supervisor("""
        [program:crashy]
        command=/bin/sleep 0.05
        process_name=%%(program_name)s_%%(process_num)02d
        numprocs=%d
        startsecs=0
        autorestart=true
        """ % NUMPROCS)
    sup.start()
    daemon = sup.pid

    first_seen = {}     # zombie pid -> monotonic time first seen as zombie
    worst = [0.0, None]
    max_live = [0]

    def watch():
        now = time.monotonic()
        zombies = set(h.zombie_children_of(daemon))
        for pid in list(first_seen):
            if pid not in zombies:
                del first_seen[pid]
        for pid in zombies:
            first_seen.setdefault(pid, now)
        for pid, t in first_seen.items():
            age = now - t
            if age > worst[0]:
                worst[0], worst[1] = age, pid
            assert age <= ZOMBIE_GRACE, (
                "child %d of supervisord has been a zombie for %.2fs"
                % (pid, age))
        live = len(h.child_pids(daemon)) - len(zombies)
        max_live[0] = max(max_live[0], live)

    def enough_exits():
        watch()
        return len(sup.find(r"^exited: crashy_\d\d \(exit status 0; "
                            r"expected\)$")) >= CYCLES

    h.wait_until(enough_exits, timeout=40, interval=0.02,
                 desc="%d exits" % CYCLES, on_fail=lambda: sup.dump()[-2000:])

    # keep watching a little longer after the 100th exit
    end = time.monotonic() + ZOMBIE_GRACE + 0.5
    while time.monotonic() < end:
        watch()
        time.sleep(0.02)

    assert sup.running(), "supervisord died"
    # never more live children than configured processes
    assert max_live[0] <= NUMPROCS, max_live[0]
    lines = sup.log()
    spawns = sup.find(r"^spawned: 'crashy_\d\d' with pid \d+$", lines)
    exits = sup.find(r"^exited: crashy_\d\d ", lines)
    assert len(spawns) >= CYCLES
    assert len(spawns) >= len(exits)
    # every exit was expected and respawned, never a backoff / FATAL
    assert not sup.find(r"not expected|^gave up:|^spawnerr:", lines)
    assert not sup.find(r"reaped unknown pid", lines)
    print("longest-lived zombie: %.3fs (pid %s); max live children %d; "
          "%d spawns, %d exits" % (worst[0], worst[1], max_live[0],
                                   len(spawns), len(exits)))

    rc = sup.stop(signal.SIGTERM, timeout=15)
    assert rc == 0
    h.wait_until(lambda: sup.tagged_pids() == [], timeout=5,
                 desc="no process left after shutdown")
