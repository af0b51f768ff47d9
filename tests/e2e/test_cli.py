"""supervisord's command line: -v, -h, bad options, -n, daemonizing, overrides."""

import os
import re
import signal
import subprocess

import supervisor_harness as h


def run(args, cwd=None, timeout=15):
    h.require_supervisord()
    return subprocess.run([h.SUPERVISORD] + list(args), cwd=cwd,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout,
                          start_new_session=True)


def usage_error(msg):
    return "Error: %s\nFor help, use %s -h\n" % (msg, h.SUPERVISORD)


def test_version():
    for opt in ("-v", "--version"):
        p = run([opt])
        assert p.returncode == 0, p
        out = p.stdout.decode()
        assert re.match(r"^\d+\.\d+(\.\d+)?\S*\n$", out), repr(out)
        if h.IS_REFERENCE:
            assert out == "4.2.5\n"
        assert p.stderr == b""


LONG_OPTIONS = [
    "--configuration", "--nodaemon", "--silent", "--help", "--version",
    "--user", "--umask", "--directory", "--logfile", "--logfile_maxbytes",
    "--logfile_backups", "--loglevel", "--pidfile", "--identifier",
    "--childlogdir", "--nocleanup", "--minfds", "--strip_ansi", "--minprocs",
]
SHORT_OPTIONS = "cnshvumdlyzejiqkat"


def test_help():
    for opt in ("-h", "--help"):
        p = run([opt])
        assert p.returncode == 0, p
        out = p.stdout.decode()
        assert p.stderr == b""
        # usage names the program as invoked, and every reference option
        assert "Usage: %s [options]" % h.SUPERVISORD in out, out[:300]
        for long_opt in LONG_OPTIONS:
            assert re.search(r"%s\b" % re.escape(long_opt), out), \
                "help lacks %s" % long_opt
        for c in SHORT_OPTIONS:
            assert re.search(r"(^|\s)-%s\b" % c, out, re.M), \
                "help lacks -%s" % c
        if h.IS_REFERENCE:
            # the reference's exact wording (ours words it differently)
            assert out.startswith(
                "supervisord -- run a set of applications as daemons.\n\n"
                "Usage: %s [options]\n\nOptions:\n" % h.SUPERVISORD)
            for line in (
                    "-c/--configuration FILENAME -- configuration file path "
                    "(searches if not given)",
                    "-n/--nodaemon -- run in the foreground (same as "
                    "'nodaemon=true' in config file)",
                    "-v/--version -- print supervisord version number and "
                    "exit"):
                assert "\n" + line in out, "help lacks %r" % line


def test_bad_options_exit_2():
    cases = [
        (["--bogus"], "option --bogus not recognized"),
        (["-x"], "option -x not recognized"),
        (["-c"], "option -c requires argument"),
        (["foo"], "positional arguments are not supported: ['foo']"),
    ]
    for args, msg in cases:
        p = run(args)
        assert p.returncode == 2, (args, p)
        assert p.stdout == b"", (args, p.stdout)
        assert p.stderr.decode() == usage_error(msg), args


def test_bad_loglevel_option(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        """)
    p = run(["-c", sup.conf, "-e", "bogus"])
    assert p.returncode == 2
    assert p.stderr.decode() == usage_error(
        "invalid value for -e 'bogus': bad logging level name 'bogus'")


def test_dash_n_overrides_nodaemon_false(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        startsecs=0
        """, nodaemon=False)
    sup.start(args=["-n"])
    assert sup.wait_started() == sup.pid, "-n should keep it in the foreground"
    sup.wait_spawned("x")
    assert sup.running()
    assert not sup.find(r"daemonizing the supervisord process")
    assert sup.stop() == 0


def test_daemonizes_without_nodaemon(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        startsecs=0
        """, nodaemon=False)
    sup.start(wait_started=False)
    # the launching process exits 0 once the daemon is forked off
    assert sup.wait_exit(timeout=15) == 0
    daemon = sup.wait_started()
    assert daemon != sup.pid
    h.wait_until(lambda: h.read_pid_file(sup.pidfile) == daemon, timeout=10,
                 desc="pidfile with the daemon's pid", on_fail=sup.dump)
    st = h.proc_stat(daemon)
    assert st is not None and st[0] != "Z"
    assert st[3] == daemon, "the daemon should lead its own session"
    assert sup.find(r"^daemonizing the supervisord process$")
    child = sup.wait_spawned("x")[0]
    assert h.proc_stat(child)[1] == daemon
    # logs are not echoed to the (inherited) stdout once daemonized
    assert "spawned:" not in sup.read_stdout()

    os.kill(daemon, signal.SIGTERM)
    h.wait_until(lambda: not h.pid_alive(daemon), timeout=15,
                 desc="daemon %d to exit" % daemon, on_fail=sup.dump)
    sup.wait_log(r"^stopped: x \(terminated by SIGTERM\)$", timeout=5)
    assert not h.pid_alive(child)
    h.wait_until(lambda: not os.path.exists(sup.pidfile), timeout=5,
                 desc="pidfile removed")


def test_logfile_pidfile_loglevel_overrides(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        startsecs=0
        """)
    other_log = sup.path("other.log")
    other_pid = sup.path("other.pid")
    sup.logfile = other_log       # observe the overriding log file
    sup.start(args=["-l", other_log, "-j", other_pid, "-e", "debug"])
    assert sup.wait_started() == sup.pid
    sup.wait_spawned("x")
    h.wait_until(lambda: h.read_pid_file(other_pid) == sup.pid, timeout=10,
                 desc="pid in the -j pidfile")
    assert not os.path.exists(os.path.join(sup.dir, "supervisord.log"))
    assert not os.path.exists(os.path.join(sup.dir, "supervisord.pid"))
    assert sup.stop() == 0
    # -e debug: debug-level lines are logged
    assert any(l.level == "DEBG" for l in sup.log()), "no DEBG line"


def test_dash_s_silences_stdout(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        startsecs=0
        """)
    sup.start(args=["-s"])
    sup.wait_log(r"^success: x entered RUNNING state")
    assert sup.stop() == 0
    assert sup.read_stdout() == ""
