"""RUNNING -> EXITED: expected vs unexpected exit codes x autorestart."""

import time

import pytest

import supervisor_harness as h

# (autorestart, exit code, expected?, respawned?)   exitcodes=0,2
MATRIX = [
    ("false", 2, True, False),
    ("false", 1, False, False),
    ("true", 2, True, True),
    ("true", 1, False, True),
    ("unexpected", 2, True, False),
    ("unexpected", 1, False, True),
]


def prog_name(autorestart, code):
    return "ar_%s_%d" % (autorestart, code)


def programs():
    out = []
    for autorestart, code, _, _ in MATRIX:
        # startsecs=0: RUNNING at once, so the exit is judged on its code
        out.append("""
[program:%s]
command=/bin/sh -c 'sleep 0.2; exit %d'
startsecs=0
autorestart=%s
exitcodes=0,2
""" % (prog_name(autorestart, code), code, autorestart))
    return "\n".join(out)


@pytest.fixture(scope="module")
def matrix_run():
    """One daemon running the whole matrix; yields it once settled."""
    h.require_supervisord()
    workdir = h.make_workdir()
    sup = h.Supervisor(workdir, programs())
    try:
        sup.start()
        settle(sup)
        yield sup
    finally:
        sup.cleanup()
        h.remove_workdir(workdir)


def settle(sup):
    # every program has exited at least once
    for autorestart, code, _, _ in MATRIX:
        sup.wait_log(r"^exited: %s " % prog_name(autorestart, code))
    t_all_exited = time.monotonic()
    # Positive evidence that the daemon kept handling exits after the
    # non-restarting programs exited: the autorestart=true programs were
    # respawned at least twice more; plus a bounded minimum of 2 s.
    h.wait_until(
        lambda: all(len(sup.spawned(prog_name(a, c))) >= 3
                    for a, c, _, r in MATRIX if a == "true"),
        timeout=15, desc="autorestart=true programs to respawn twice",
        on_fail=sup.dump)
    remaining = 2.0 - (time.monotonic() - t_all_exited)
    if remaining > 0:
        time.sleep(remaining)


@pytest.mark.parametrize("autorestart,code,expected,respawned", MATRIX,
                         ids=["%s-exit%d" % (m[0], m[1]) for m in MATRIX])
def test_exit_policy(matrix_run, autorestart, code, expected, respawned):
    sup = matrix_run
    try:
        check_policy(sup, autorestart, code, expected, respawned)
    except AssertionError:
        print(sup.dump())
        raise


def check_policy(sup, autorestart, code, expected, respawned):
    name = prog_name(autorestart, code)
    lines = sup.log()
    exits = sup.find(r"^exited: %s \(exit status (\d+); (not expected|expected)\)$"
                     % name, lines)
    assert exits, "no exited line for %s" % name
    first = exits[0]
    assert int(first.group(1)) == code
    if expected:
        assert first.group(2) == "expected"
        assert first.level == "INFO"
    else:
        assert first.group(2) == "not expected"
        assert first.level == "WARN"

    spawns = sup.find(r"^spawned: '%s' with pid \d+$" % name, lines)
    if respawned:
        assert len(spawns) >= 2, "%s was not respawned" % name
        # respawn after an EXITED is immediate (no backoff delay)
        assert spawns[1].ts - first.ts <= 1.0 + h.REACTION_SLACK
        # and never through BACKOFF/FATAL
        assert not sup.find(r"^gave up: %s " % name, lines)
    else:
        assert len(spawns) == 1, "%s was respawned: %r" % (name, spawns)
        assert len(exits) == 1
