"""supervisorctl's interactive side: the shell on a terminal (completion,
history, Ctrl-C/Ctrl-D, the login prompt after a 401), fg and tail -f, and
the shell fed from a pipe, which must print what the reference's prints."""

import os
import re
import signal
import subprocess
import time

import pytest

import ctl_harness as c

PROGRAMS = """\
[program:web]
command=/bin/sleep 1000
startsecs=0

[program:echoer]
command=/bin/sh -c 'while read line; do echo "got: $line"; done'
startsecs=0

[program:printer]
command=/bin/sh -c 'echo out-line; echo err-line >&2; exec /bin/sleep 1000'
startsecs=0

[group:grp]
programs=a,b

[program:a]
command=/bin/sleep 1000
startsecs=0

[program:b]
command=/bin/sleep 1000
startsecs=0
"""

PROMPT = rb"supervisor> $"


@pytest.fixture(scope="module", params=c.DAEMONS)
def daemon(request):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        d = pool.start(request.param, PROGRAMS)
        for name in ("web", "echoer", "printer", "grp:a", "grp:b"):
            d.wait_state(name, "RUNNING")
        yield d
    finally:
        pool.cleanup()


@pytest.fixture
def terminal():
    """Opens PtySessions and kills whatever is left of them afterwards."""
    sessions = []

    def open_session(*args, **kw):
        s = c.PtySession([c.OUR_CTL] + list(args), **kw)
        sessions.append(s)
        return s

    try:
        yield open_session
    finally:
        for s in sessions:
            s.close()


def test_shell_starts_with_status_and_ends_on_ctrl_d(daemon, terminal):
    t = terminal("-c", daemon.conf)
    t.wait_prompt(rb"web +RUNNING +pid \d+, uptime [\d:]+\r\n(.*\r\n)*" + PROMPT)
    t.send("\x04")
    assert t.wait() == 0
    assert not t.output.endswith(b"^D\r\n"), t.output


def test_ctrl_c_at_the_prompt_ends_the_shell(daemon, terminal):
    t = terminal("-c", daemon.conf)
    t.wait_prompt()
    t.send("vers")
    time.sleep(0.1)
    t.send("\x03")
    assert t.wait() == 0
    assert t.output.endswith(b"\r\n"), t.output


def test_completes_commands_and_process_names(daemon, terminal):
    # What the editor shows is redrawn with cursor moves; what the shell
    # then runs shows what the line became.
    t = terminal("-c", daemon.conf)
    t.wait_prompt()
    t.mark()
    t.send("stat\t")
    t.send("we\t")
    t.send("\r")
    t.read_until(rb"\r\nweb +RUNNING .*\r\n" + PROMPT)
    # A group's processes, offered as group:name and group:*.
    t.mark()
    t.send("stop grp:\t\t")
    t.read_until(rb"grp:\* +grp:a +grp:b\r\n")
    t.send("\x15")  # Ctrl-U: forget the line
    t.mark()
    t.send("add g\t\r")
    t.read_until(rb"ERROR: process group already active\r\n" + PROMPT)
    t.send("quit\r")
    assert t.wait() == 0


def test_history_is_kept_across_runs(daemon, terminal, tmp_path):
    history = str(tmp_path / "history")
    # The reference's client writes the file (it has history_file= in its
    # config); ours reads it, adds to it, and the next run sees both.
    conf = str(tmp_path / "ctl.conf")
    with open(conf, "w") as f:
        f.write("[supervisorctl]\nserverurl=unix://%s\nhistory_file=%s\n"
                % (daemon.sock, history))
    ref = c.PtySession([c.REFERENCE_CTL, "-c", conf])
    try:
        ref.wait_prompt()
        ref.send("pid\r")
        ref.read_until(rb"\r\n\d+\r\n" + PROMPT)
        ref.send("quit\r")
        assert ref.wait() == 0
    finally:
        ref.close()
    with open(history) as f:
        assert f.read().splitlines()[-2:] == ["pid", "quit"]

    t = terminal("-c", conf)
    t.wait_prompt()
    t.send("version\r")
    t.read_until(rb"version\r\n\S+\r\n" + PROMPT)
    t.send("exit\r")
    assert t.wait() == 0
    with open(history) as f:
        assert f.read().splitlines()[-4:] == ["pid", "quit", "version", "exit"]

    t = terminal("-c", conf)
    t.wait_prompt()
    t.mark()
    t.send("\x1b[A\x1b[A")  # Up, Up: "version"
    t.read_until(rb"version$")
    t.send("\r")
    t.wait_prompt(rb"\r\n\S+\r\n" + PROMPT)
    t.send("\x04")
    assert t.wait() == 0


def test_fg_round_trip(daemon, terminal):
    daemon.require_captured_output("printer", "out-line")
    t = terminal("-c", daemon.conf, "fg", "echoer")
    t.read_until(rb"==> Press Ctrl-C to exit <==\r\n")
    time.sleep(0.3)  # the log streams are connected
    t.send("hello there\r")
    t.read_until(rb"got: hello there\r\n")
    t.send("again\r")
    t.read_until(rb"got: again\r\n")
    t.send("\x03")
    t.read_until(rb"Exiting foreground\r\n")
    assert t.wait() == 0


def test_fg_in_the_shell_returns_to_the_prompt(daemon, terminal):
    daemon.require_captured_output("printer", "out-line")
    t = terminal("-c", daemon.conf)
    t.wait_prompt()
    t.mark()
    t.send("fg echoer\r")
    t.read_until(rb"==> Press Ctrl-C to exit <==\r\n")
    time.sleep(0.3)
    t.send("ping\r")
    t.read_until(rb"got: ping\r\n")
    t.send("\x04")  # Ctrl-D leaves fg too
    t.wait_prompt(rb"Exiting foreground\r\n" + PROMPT)
    t.send("quit\r")
    assert t.wait() == 0


def test_fg_notices_the_process_is_gone(daemon, terminal):
    try:
        t = terminal("-c", daemon.conf, "fg", "echoer")
        t.read_until(rb"==> Press Ctrl-C to exit <==\r\n")
        daemon.rpc().supervisor.stopProcess("echoer")
        t.send("anyone?\r")
        t.read_until(rb"Process got killed\r\nExiting foreground\r\n")
        assert t.wait() == 0
    finally:
        daemon.ensure("echoer", "RUNNING")


@pytest.mark.parametrize("kind", c.DAEMONS)
def test_login_prompt_after_401(terminal, kind):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        port = _free_port()
        pool.start(kind, "[program:web]\ncommand=/bin/sleep 1000\n",
                       extra_sections="[inet_http_server]\nport=127.0.0.1:%d\n"
                       "username=user\npassword=secret\n" % port)
        t = terminal("-s", "http://127.0.0.1:%d" % port)
        t.read_until(rb"Server requires authentication\r\nUsername:")
        t.send("user\r")
        t.read_until(rb"Password:")
        t.send("secret\r")
        t.read_until(rb"\r\nweb +\w+ .*\r\n" + PROMPT)
        assert b"secret" not in t.output  # not echoed
        t.send("quit\r")
        assert t.wait() == 0
    finally:
        pool.cleanup()


def _free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --------------------------------------------------------------------------
# golden: the same as the reference where no terminal is involved

PIPED_SESSIONS = [
    "status web\nnonesuch\n\n   \nstart zz\n",
    "shutdown\nn\nreload\nno\nversion\n",
    "help\n?\nhelp help\nquit\nstatus\n",
    "pid web\nexit\n",
    "shutdown\n",  # the question meets the end of input
    "status grp:*",  # no final newline
]


@pytest.mark.parametrize("session", PIPED_SESSIONS)
def test_piped_shell(daemon, session):
    argv = ["-c", daemon.conf]
    theirs = c.run_ctl(c.REFERENCE_CTL, argv, input=session)
    ours = c.run_ctl(c.OUR_CTL, argv, input=session)
    c.assert_same(ours, theirs, "shell fed %r" % session)


def follow(ctl, argv, until, stderr_until=None):
    """Run a following command (tail -f) until its output shows `until`,
    then Ctrl-C it; return (rc, stdout, stderr)."""
    p = subprocess.Popen([ctl] + argv, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = b""
        deadline = time.monotonic() + 10
        os.set_blocking(p.stdout.fileno(), False)
        while until.encode() not in out and time.monotonic() < deadline:
            chunk = p.stdout.read()
            if chunk:
                out += chunk
            time.sleep(0.02)
        p.send_signal(signal.SIGINT)
        rest, err = p.communicate(timeout=10)
        return p.returncode, (out + (rest or b"")).decode(), err.decode()
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


@pytest.mark.parametrize("command,until", [
    ("tail -f printer", "out-line"),
    ("tail -f printer stderr", "err-line"),
    ("maintail -f", "INFO"),
])
def test_follow_until_ctrl_c(daemon, command, until):
    if command.startswith("tail"):
        daemon.require_captured_output("printer", "out-line")
    argv = ["-c", daemon.conf] + command.split()
    results = [c.Result(*follow(ctl, argv, until))
               for ctl in (c.REFERENCE_CTL, c.OUR_CTL)]
    theirs, ours = results
    assert ours.out.startswith("==> Press Ctrl-C to exit <==\n"), ours
    assert until in ours.out and ours.out.endswith("\n"), ours
    if command.startswith("maintail"):
        # the main log grows between the two runs; compare the frame
        ours.out = theirs.out = ""
    c.assert_same(ours, theirs, command)


def test_tail_f_of_an_unknown_process(daemon):
    argv = ["-c", daemon.conf, "tail", "-f", "nosuch"]
    theirs = c.run_ctl(c.REFERENCE_CTL, argv)
    ours = c.run_ctl(c.OUR_CTL, argv)
    theirs.err = theirs.err.replace(daemon.sock, "SOCK")
    ours.err = ours.err.replace(daemon.sock, "SOCK")
    c.assert_same(ours, theirs, "tail -f nosuch")


def test_interactive_after_a_command(daemon):
    # -i: "start an interactive shell after executing commands", as the
    # reference's help says (the reference itself exits after them).
    r = c.run_ctl(c.OUR_CTL, ["-c", daemon.conf, "-i", "pid", "web"],
                  input="version\n")
    lines = r.out.split("\n")
    assert r.rc == 0, r
    assert re.match(r"^\d+$", lines[0]), r
    assert "supervisor> " in r.out and r.out.endswith("supervisor> \n"), r
