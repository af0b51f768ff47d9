"""Helpers for the supervisorctl end-to-end tests (test_ctl_*.py).

Our client (env SUPERVISORCTL, set by ctest) runs next to the reference's
(/usr/bin/supervisorctl) on the same daemon and config, and the two must
print the same and exit the same.  The daemon is the reference's
(/usr/bin/supervisord, always there) or ours (env SUPERVISORD), chosen by the
`daemon` fixture's parameter; ours is skipped, with the reason, when it is
not built or does not answer XML-RPC.

Standard library + pytest only.  Cleanup (supervisor_harness.Supervisor's)
kills every process a daemon started, pass or fail.
"""

import errno
import os
import pty
import re
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import time
import xmlrpc.client

import pytest

import supervisor_harness as h

REFERENCE_CTL = "/usr/bin/supervisorctl"
REFERENCE_DAEMON = "/usr/bin/supervisord"
OUR_CTL = os.environ.get("SUPERVISORCTL", "")
OUR_DAEMON = os.environ.get("SUPERVISORD", "")

RPC_SECTIONS = """\
[unix_http_server]
file={dir}/sock

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://{dir}/sock
"""

# --------------------------------------------------------------------------
# the two clients


def require_our_ctl():
    if not OUR_CTL:
        pytest.skip("env SUPERVISORCTL is not set: point it at our "
                    "supervisorctl (ctest sets it to build/ctl/supervisorctl)")
    if not (os.path.isfile(OUR_CTL) and os.access(OUR_CTL, os.X_OK)):
        pytest.fail("SUPERVISORCTL=%s is not an executable file" % OUR_CTL,
                    pytrace=False)
    if not os.access(REFERENCE_CTL, os.X_OK):
        pytest.skip("the reference %s is not installed" % REFERENCE_CTL)


class Result(object):
    __slots__ = ("rc", "out", "err")

    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err

    def __repr__(self):
        return "Result(rc=%r, out=%r, err=%r)" % (self.rc, self.out, self.err)


def run_ctl(ctl, args, input=None, cwd=None, env=None, timeout=30):
    """Run a client to completion; stdin is `input` (text) or /dev/null."""
    p = subprocess.run([ctl] + list(args), cwd=cwd, env=env,
                       input=input.encode() if input is not None else None,
                       stdin=subprocess.DEVNULL if input is None else None,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout)
    return Result(p.returncode, p.stdout.decode("utf-8", "replace"),
                  p.stderr.decode("utf-8", "replace"))


# Things that differ between two runs or two programs, not between two
# implementations: pids, uptimes, start/stop times, where an unexpected
# error was raised, and the program's own path in usage messages.
_NORMALIZE = [
    (re.compile(r"pid \d+, uptime \d+:\d\d:\d\d"), "pid N, uptime T"),
    (re.compile(r"uptime \d+ days?, \d+:\d\d:\d\d"), "uptime T"),
    (re.compile(r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d [AP]M"), "DATE"),
    (re.compile(r": file: \S+ line: \d+$", re.M), ": file: F line: L"),
    (re.compile(r"^\d+$", re.M), "N"),
]

# What `help` lists beyond the reference: our own commands, under their own
# heading after the reference's list.
_OUR_HELP_BLOCK = re.compile(
    r"\nsupervisor-cpp commands \(type help <topic>\):\n=+\n(?:.*\n)*?\n")


def normalize(text, programs=()):
    for ctl in programs:
        text = text.replace(ctl, "SUPERVISORCTL")
    for rx, repl in _NORMALIZE:
        text = rx.sub(repl, text)
    return _OUR_HELP_BLOCK.sub("", text)


def assert_same(ours, theirs, what):
    """Same normalized stdout and stderr, same exit status."""
    progs = (OUR_CTL, REFERENCE_CTL)
    assert (normalize(ours.out, progs), normalize(ours.err, progs), ours.rc) == \
        (normalize(theirs.out, progs), normalize(theirs.err, progs), theirs.rc), \
        "%s\n  ours:      %r\n  reference: %r" % (what, ours, theirs)


# --------------------------------------------------------------------------
# daemons

class CtlDaemon(h.Supervisor):
    """A supervisord (reference or ours) with an XML-RPC unix socket."""

    def __init__(self, workdir, programs, binary, extra_sections=""):
        self.binary = binary
        sections = RPC_SECTIONS.format(dir=workdir) + "\n" + \
            textwrap.dedent(extra_sections).strip() + "\n"
        self.rpc_sections = sections
        h.Supervisor.__init__(self, workdir, sections + "\n" +
                              textwrap.dedent(programs).strip())
        self.sock = os.path.join(workdir, "sock")

    def start(self, args=None, wait_started=True):
        cmd = [self.binary, "-c", self.conf] + list(args or [])
        self._stdout = open(self.stdout_path, "wb")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            cmd, cwd=self.dir, env=self.env(), stdin=subprocess.DEVNULL,
            stdout=self._stdout, stderr=self._stderr,
            start_new_session=True, close_fds=True)
        if wait_started:
            self.wait_started()
        return self

    def set_programs(self, programs):
        """Rewrite the config with other programs (for reread/update)."""
        self.write_config(self.rpc_sections + "\n" +
                          textwrap.dedent(programs).strip())

    def rpc(self):
        return xmlrpc.client.ServerProxy(
            "http://127.0.0.1", transport=UnixTransport(self.sock))

    def answers_rpc(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                return self.rpc().supervisor.getVersion() is not None
            except (OSError, xmlrpc.client.Error):
                if not self.running():
                    return False
                time.sleep(0.05)
        return False

    def captures_output(self, name, text, timeout=5.0):
        """True once `name`'s stdout log holds `text` (our daemon writes
        no child logs until its log plugin exists)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.rpc().supervisor.readProcessStdoutLog(name, 0, 0):
                return True
            time.sleep(0.05)
        return False

    def require_captured_output(self, name, text):
        if not self.captures_output(name, text):
            pytest.skip("this supervisord (%s) does not write %s's output to "
                        "its log, so there is nothing to follow" %
                        (self.binary, name))

    def state(self, name):
        return self.rpc().supervisor.getProcessInfo(name)["statename"]

    def wait_state(self, name, statename, timeout=h.DEFAULT_TIMEOUT):
        h.wait_until(lambda: self.state(name) == statename, timeout=timeout,
                     desc="%s to be %s" % (name, statename),
                     on_fail=lambda: "now %s" % self.state(name))

    def ensure(self, name, statename):
        """Bring a process to RUNNING or STOPPED (for a test's setup)."""
        proxy = self.rpc().supervisor
        now = self.state(name)
        if statename == "RUNNING" and now != "RUNNING":
            if now in ("STARTING", "BACKOFF"):
                self.wait_state(name, "RUNNING")
            else:
                proxy.startProcess(name)
        elif statename == "STOPPED" and now not in ("STOPPED", "EXITED",
                                                      "FATAL"):
            proxy.stopProcess(name)
        if statename == "RUNNING":
            self.wait_state(name, "RUNNING")


class UnixTransport(xmlrpc.client.Transport):
    def __init__(self, path):
        xmlrpc.client.Transport.__init__(self)
        self.path = path

    def make_connection(self, host):
        import http.client

        path = self.path

        class Connection(http.client.HTTPConnection):
            def connect(self):
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)

        return Connection("localhost")


DAEMONS = ["reference", "ours"]


def daemon_binary(kind):
    if kind == "reference":
        if not os.access(REFERENCE_DAEMON, os.X_OK):
            pytest.skip("the reference %s is not installed" % REFERENCE_DAEMON)
        return REFERENCE_DAEMON
    if not OUR_DAEMON:
        pytest.skip("env SUPERVISORD is not set: our supervisord is not "
                    "built, so only the reference daemon is used")
    return OUR_DAEMON


class DaemonPool(object):
    """Creates daemons in one temp dir and tears them all down."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="supctl-")
        self.daemons = []

    def start(self, kind, programs, extra_sections=""):
        binary = daemon_binary(kind)
        sub = os.path.join(self.root, "d%d" % len(self.daemons))
        os.makedirs(sub)
        d = CtlDaemon(sub, programs, binary, extra_sections)
        self.daemons.append(d)
        d.start()
        if not d.answers_rpc():
            if kind == "ours":
                pytest.skip("our supervisord (%s) does not answer XML-RPC on "
                            "%s yet" % (binary, d.sock))
            pytest.fail("the reference supervisord does not answer XML-RPC:\n"
                        + d.dump())
        return d

    def cleanup(self, failed=False):
        for d in self.daemons:
            if failed:
                print(d.dump())
            d.cleanup()
        if os.environ.get("SUPTEST_KEEP") == "1":
            print("SUPTEST_KEEP=1: leaving %s" % self.root)
        else:
            shutil.rmtree(self.root, ignore_errors=True)


# --------------------------------------------------------------------------
# a client on a terminal

class PtySession(object):
    """A program on its own pseudo-terminal: it is the session leader with
    the pty as controlling terminal, so Ctrl-C (\\x03) is a real SIGINT."""

    def __init__(self, argv, cwd=None, env=None):
        env = dict(env or os.environ)
        env.setdefault("TERM", "xterm")
        env["COLUMNS"], env["LINES"] = "80", "24"
        pid, fd = pty.fork()
        if pid == 0:  # the child: exec, or die without running pytest code
            try:
                if cwd:
                    os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.output = b""
        self.returncode = None

    def read_until(self, pattern, timeout=10.0):
        """Wait until the output since the start matches `pattern` (a
        regex on bytes); return the match."""
        rx = re.compile(pattern if isinstance(pattern, bytes)
                        else pattern.encode())
        deadline = time.monotonic() + timeout
        while True:
            m = rx.search(self.output)
            if m:
                return m
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                raise AssertionError("no %r in the terminal output:\n%r"
                                     % (rx.pattern, self.output))

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], min(timeout, 0.2))
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:  # EIO: the program exited, pty closed
            if e.errno != errno.EIO:
                raise
            return False
        if not data:
            return False
        self.output += data
        return True

    def wait_prompt(self, prompt=rb"supervisor> $", timeout=10.0):
        """Wait for the shell's prompt, then a moment more: keys sent before
        the line editor has the terminal in raw mode are cooked by the
        kernel (echoed as ^[[A, an early ^D lost), for any line editor."""
        m = self.read_until(prompt, timeout)
        time.sleep(0.15)
        return m

    def mark(self):
        """Forget the output so far (later read_until calls start here)."""
        self.output = b""

    def send(self, data):
        os.write(self.fd, data.encode() if isinstance(data, str) else data)

    def wait(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                return self.returncode
        raise AssertionError("pid %d still running; output:\n%r"
                             % (self.pid, self.output))

    def close(self):
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass
