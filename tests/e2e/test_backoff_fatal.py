"""STARTING -> BACKOFF -> ... -> FATAL: failing commands and spawn errors."""

import os
import time

import supervisor_harness as h
from supervisor_harness import REACTION_SLACK

GAVE_UP = (r"^gave up: %s entered FATAL state, too many start retries too "
           r"quickly$")


def test_failing_command_backs_off_then_fatal(supervisor):
    # startsecs is well above how long the command lives, so every exit is
    # "too quick" however late the daemon notices it.
    sup = supervisor("""
        [program:fail]
        command=/bin/sh -c 'exit 1'
        startsecs=5
        startretries=2
        """)
    sup.start()
    gave_up = sup.wait_log(GAVE_UP % "fail", timeout=20)[0]
    assert gave_up.level == "INFO"

    lines = sup.log()
    spawns = sup.find(r"^spawned: 'fail' with pid \d+$", lines)
    exits = sup.find(r"^exited: fail \(exit status 1; not expected\)$", lines)
    assert len(spawns) == 3, "expected startretries+1 = 3 spawns"
    assert len(exits) == 3
    assert all(e.level == "WARN" for e in exits)
    # every exit between its spawn and the next spawn
    for i in range(3):
        assert spawns[i].ts <= exits[i].ts
        if i < 2:
            assert exits[i].ts <= spawns[i + 1].ts
    assert exits[2].ts <= gave_up.ts
    # the backoff grows: 1 s after the first failure, 2 s after the second
    for i in range(2):
        gap = spawns[i + 1].ts - exits[i].ts
        want = i + 1
        assert want - 0.1 <= gap <= want + REACTION_SLACK, \
            "backoff #%d was %.3fs, expected ~%ds" % (i + 1, gap, want)
    # the process never reached RUNNING
    assert not sup.find(r"^success: fail ", lines)

    # FATAL is final: no further spawn (bounded negative check)
    time.sleep(1.5)
    assert len(sup.spawned("fail")) == 3


def test_quick_exit_with_expected_code_still_backs_off(supervisor):
    # Exiting before startsecs is a failed start even with an exit code listed
    # in exitcodes: the reference logs it as "not expected".
    sup = supervisor("""
        [program:quick]
        command=/bin/sh -c 'exit 0'
        startsecs=5
        startretries=0
        exitcodes=0
        """)
    sup.start()
    sup.wait_log(GAVE_UP % "quick", timeout=15)
    lines = sup.log()
    assert len(sup.find(r"^spawned: 'quick' with pid \d+$", lines)) == 1
    ex = sup.find(r"^exited: quick \(exit status 0; not expected\)$", lines)
    assert len(ex) == 1 and ex[0].level == "WARN"


def test_missing_command_spawnerr_then_fatal(supervisor):
    sup = supervisor("""
        [program:nope]
        command=/nonexistent/dir/cmd --flag
        startretries=1

        [program:nopath]
        command=no_such_command_suptest_xyz
        startretries=0
        """)
    sup.start()
    sup.wait_log(GAVE_UP % "nope", timeout=15)
    sup.wait_log(GAVE_UP % "nopath", timeout=15)
    lines = sup.log()
    errs = sup.find(r"^spawnerr: can't find command '/nonexistent/dir/cmd'$",
                    lines)
    assert len(errs) == 2, "expected startretries+1 = 2 spawn errors"
    assert all(e.level == "INFO" for e in errs)
    assert errs[1].ts - errs[0].ts >= 0.9   # the 1 s backoff
    errs = sup.find(
        r"^spawnerr: can't find command 'no_such_command_suptest_xyz'$", lines)
    assert len(errs) == 1
    assert not sup.find(r"^spawned: 'nope", lines)
    assert not sup.find(r"^spawned: 'nopath", lines)
    # the daemon carries on
    assert sup.running()


def test_not_executable_and_directory_spawnerr(supervisor, workdir):
    script = os.path.join(workdir, "noexec.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(script, 0o644)
    sup = supervisor("""
        [program:noexec]
        command=%s
        startretries=0

        [program:isdir]
        command=%s
        startretries=0
        """ % (script, workdir))
    sup.start()
    sup.wait_log(GAVE_UP % "noexec", timeout=15)
    sup.wait_log(GAVE_UP % "isdir", timeout=15)
    lines = sup.log()
    assert sup.find(r"^spawnerr: command at '%s' is not executable$"
                    % script, lines)
    assert sup.find(r"^spawnerr: command at '%s' is a directory$"
                    % workdir, lines)
    assert not sup.find(r"^spawned: ", lines)


def test_exec_failure_after_fork_exits_127(supervisor, workdir):
    # Executable bit set but not a valid executable (no '#!', not ELF): the
    # checks before fork pass, execve() fails with ENOEXEC in the child,
    # which exits 127.
    bogus = os.path.join(workdir, "bogus.bin")
    with open(bogus, "wb") as f:
        f.write(b"\x00\x01\x02\x03 not an executable\n")
    os.chmod(bogus, 0o755)
    sup = supervisor("""
        [program:bogus]
        command=%s
        startsecs=5
        startretries=0
        """ % bogus)
    sup.start()
    sup.wait_log(GAVE_UP % "bogus", timeout=15)
    lines = sup.log()
    assert len(sup.find(r"^spawned: 'bogus' with pid \d+$", lines)) == 1
    ex = sup.find(r"^exited: bogus \(exit status 127; not expected\)$", lines)
    assert len(ex) == 1
