"""supervisorctl, command for command: our client prints what the reference's
prints and exits the same, on the same daemon (the reference's, and ours when
it serves XML-RPC), for success and for error paths."""

import pytest

import ctl_harness as c

PROGRAMS = """\
[program:web]
command=/bin/sleep 1000
startsecs=0

[program:cat]
command=/bin/cat
autostart=false
startsecs=0

[program:fail]
command=/bin/false
autostart=false
startsecs=1
startretries=0

[program:printer]
command=/bin/sh -c 'echo out-line; echo err-line >&2; exec /bin/sleep 1000'
startsecs=0

[program:a_program_with_a_rather_long_name_indeed]
command=/bin/sleep 1000
startsecs=0

[group:grp]
programs=a,b

[program:a]
command=/bin/sleep 1000
startsecs=0

[program:b]
command=/bin/sleep 1000
numprocs=2
process_name=%(program_name)s_%(process_num)s
startsecs=0
"""

EXTRA_PROGRAM = """
[program:extra]
command=/bin/sleep 1000
startsecs=0
"""

AUTOSTARTED = ["web", "printer", "a_program_with_a_rather_long_name_indeed",
               "grp:a", "grp:b_0", "grp:b_1"]


@pytest.fixture(scope="module", params=c.DAEMONS)
def daemon(request):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        d = pool.start(request.param, PROGRAMS)
        for name in AUTOSTARTED:
            d.wait_state(name, "RUNNING")
        yield d
    finally:
        pool.cleanup()


def compare(daemon, command, setup=None, unordered=False):
    """Run the command with both clients, the same setup before each.

    unordered: the command prints one line per process in the order the
    daemon answers, which the reference's daemon does not keep from one
    call to the next; compare the lines as sets.
    """
    argv = ["-c", daemon.conf] + command.split()
    results = []
    for ctl in (c.REFERENCE_CTL, c.OUR_CTL):
        if setup:
            setup()
        result = c.run_ctl(ctl, argv, cwd=daemon.dir)
        if unordered:
            result.out = "".join(sorted(result.out.splitlines(True)))
        results.append(result)
    theirs, ours = results
    c.assert_same(ours, theirs, "supervisorctl %s" % command)
    return ours


HELP_TOPICS = ["", "help", "EOF", "nonesuch", "quit", "exit", "tail", "maintail",
               "open", "fg", "version", "update", "add", "remove", "reload",
               "shutdown", "avail", "reread", "clear", "signal", "restart",
               "pid", "start", "stop", "status", "?", "status stop"]


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_help(daemon, topic):
    compare(daemon, ("help " + topic).strip())


READ_ONLY = [
    # syntax
    "nonesuch", "?", "!ls", "EOF", "quit", "exit", "status:x", "9lives",
    # status
    "status", "status all", "status web", "status web grp:a", "status grp:*",
    "status grp:", "status grp", "status grp:zz", "status zz:*", "status zz",
    "status cat", "status web zz cat",
    # start / stop / restart / signal: usage and bad names
    "start", "stop", "restart", "signal", "signal HUP", "start web",
    "start zz", "start zz:*", "start grp:zz", "stop zz", "stop zz:*",
    "stop cat", "signal HUP zz", "signal HUP zz:*", "signal BAD web",
    "signal HUP cat", "restart zz",
    # pid
    "pid", "pid web", "pid cat", "pid zz", "pid web zz", "pid all",
    # logs
    "tail", "tail a b c d", "tail printer", "tail printer stderr",
    "tail printer STDOUT", "tail -5 printer", "tail -100 printer stdout",
    "tail zz", "tail printer bad", "tail -x printer", "tail -f",
    "tail web cat stderr", "maintail -100", "maintail x", "maintail -x",
    "maintail a b", "clear", "clear zz", "clear grp:*", "clear web",
    # config
    "avail", "avail x", "reread", "reread x", "update zz", "add zz",
    "remove zz", "remove web", "add web",
    # daemon
    "version", "version x", "shutdown x", "reload x", "open", "open foo",
    "open ftp://host",
    # fg without a terminal: only its error paths
    "fg", "fg zz", "fg cat", "fg a b",
]


@pytest.mark.parametrize("command", READ_ONLY)
def test_read_only_command(daemon, command):
    compare(daemon, command)


def test_open_another_server(daemon):
    compare(daemon, "open unix://%s" % daemon.sock)
    compare(daemon, "open unix://%s/nosuch.sock" % daemon.dir)


# --------------------------------------------------------------------------
# commands that change state: the same state is set up before each client

def stopped(daemon, *names):
    return lambda: [daemon.ensure(n, "STOPPED") for n in names]


def running(daemon, *names):
    return lambda: [daemon.ensure(n, "RUNNING") for n in names]


def test_start_stop_restart(daemon):
    compare(daemon, "start cat", setup=stopped(daemon, "cat"))
    compare(daemon, "stop cat", setup=running(daemon, "cat"))
    compare(daemon, "restart cat", setup=running(daemon, "cat"))
    compare(daemon, "start cat web zz", setup=stopped(daemon, "cat"))
    compare(daemon, "stop cat web", setup=running(daemon, "cat", "web"))
    daemon.ensure("web", "RUNNING")
    compare(daemon, "status", setup=stopped(daemon, "cat"))


def test_groups(daemon):
    group = ("grp:a", "grp:b_0", "grp:b_1")
    compare(daemon, "stop grp:*", unordered=True, setup=running(daemon, *group))
    compare(daemon, "start grp:*", unordered=True, setup=stopped(daemon, *group))
    compare(daemon, "restart grp:*", unordered=True, setup=running(daemon, *group))
    compare(daemon, "status grp:*")


def test_start_failure(daemon):
    compare(daemon, "start fail", setup=stopped(daemon, "fail"))
    compare(daemon, "status fail")
    compare(daemon, "pid fail")


def test_signal(daemon):
    compare(daemon, "signal HUP cat", setup=running(daemon, "cat"))
    compare(daemon, "signal USR1 grp:*", unordered=True,
            setup=running(daemon, "grp:a", "grp:b_0", "grp:b_1"))
    compare(daemon, "signal 0 web", setup=running(daemon, "web"))


def test_clear_all(daemon):
    compare(daemon, "clear all", unordered=True)


def test_update_adds_and_removes(daemon):
    rpc = daemon.rpc().supervisor

    def extra_absent():
        if any(i["group"] == "extra" for i in rpc.getAllProcessInfo()):
            rpc.stopProcessGroup("extra")
            rpc.removeProcessGroup("extra")

    def extra_present():
        if not any(i["group"] == "extra" for i in rpc.getAllProcessInfo()):
            rpc.addProcessGroup("extra")

    try:
        daemon.set_programs(PROGRAMS + EXTRA_PROGRAM)
        compare(daemon, "reread", setup=extra_absent)
        compare(daemon, "update zz")
        compare(daemon, "update", setup=extra_absent)
        compare(daemon, "update extra", setup=extra_absent)
        compare(daemon, "update all", setup=extra_absent)
        compare(daemon, "add extra", setup=extra_absent)
        compare(daemon, "add extra", setup=extra_present)
        compare(daemon, "remove extra",
                setup=lambda: (extra_present(), rpc.stopProcessGroup("extra")))
        compare(daemon, "avail", setup=extra_present)

        def extra_running_but_gone_from_file():
            daemon.set_programs(PROGRAMS + EXTRA_PROGRAM)
            rpc.reloadConfig()
            extra_present()
            daemon.set_programs(PROGRAMS)

        compare(daemon, "reread", setup=extra_running_but_gone_from_file)
        compare(daemon, "update", setup=extra_running_but_gone_from_file)
    finally:
        daemon.set_programs(PROGRAMS)
        rpc.reloadConfig()
        extra_absent()


def apply_changed_groups(daemon):
    """What `update` does for changed groups, done over XML-RPC."""
    rpc = daemon.rpc().supervisor
    added, changed, removed = rpc.reloadConfig()[0]
    for group in changed:
        rpc.stopProcessGroup(group)
        rpc.removeProcessGroup(group)
        rpc.addProcessGroup(group)


def test_update_changed_group(daemon):
    changed = PROGRAMS.replace("command=/bin/cat", "command=/bin/cat -u")

    def cat_as_before():
        # The daemon runs the old [program:cat] again; the file says new.
        daemon.set_programs(PROGRAMS)
        apply_changed_groups(daemon)
        daemon.set_programs(changed)

    try:
        compare(daemon, "reread", setup=cat_as_before)
        compare(daemon, "update cat", setup=cat_as_before)
        compare(daemon, "update", setup=cat_as_before)
    finally:
        daemon.set_programs(PROGRAMS)
        apply_changed_groups(daemon)


def test_all_processes(daemon):
    try:
        compare(daemon, "stop all", unordered=True, setup=running(daemon, *AUTOSTARTED))
        compare(daemon, "status", setup=lambda: None)
        compare(daemon, "start all", unordered=True, setup=lambda: daemon.rpc().supervisor
                .stopAllProcesses())
        compare(daemon, "pid all")
    finally:
        daemon.ensure("cat", "STOPPED")
        for name in AUTOSTARTED:
            daemon.ensure(name, "RUNNING")


# --------------------------------------------------------------------------
# shutdown and reload end the daemon: each client gets its own

@pytest.mark.parametrize("kind", c.DAEMONS)
def test_shutdown(kind):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        results = []
        for ctl in (c.REFERENCE_CTL, c.OUR_CTL):
            d = pool.start(kind, PROGRAMS)
            results.append((
                c.run_ctl(ctl, ["-c", d.conf, "shutdown"]),
                (d.wait_exit(), c.run_ctl(ctl, ["-c", d.conf, "shutdown"]))[1],
                c.run_ctl(ctl, ["-c", d.conf, "status"]),
                c.run_ctl(ctl, ["-c", d.conf, "avail"]),
            ))
        # The second daemon's socket has another path: compare per client
        # with its own daemon's paths normalized.
        for theirs, ours, what in zip(results[0], results[1],
                                      ["shutdown", "shutdown again", "status",
                                       "avail"]):
            theirs.out = theirs.out.replace(pool.daemons[0].dir, "DIR")
            ours.out = ours.out.replace(pool.daemons[1].dir, "DIR")
            c.assert_same(ours, theirs, what)
    finally:
        pool.cleanup()


@pytest.mark.parametrize("kind", c.DAEMONS)
def test_reload(kind):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        d = pool.start(kind, PROGRAMS)
        for ctl in (c.REFERENCE_CTL, c.OUR_CTL):
            result = c.run_ctl(ctl, ["-c", d.conf, "reload"])
            assert (result.out, result.rc) == ("Restarted supervisord\n", 0), \
                (ctl, result)
            d.wait_log(r"supervisord started with pid", count=2 if
                       ctl == c.REFERENCE_CTL else 3)
            assert d.answers_rpc()
    finally:
        pool.cleanup()
