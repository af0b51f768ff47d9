"""Helpers for the end-to-end tests: run a real supervisord on a temp config.

Standard library only.  The binary under test comes from the environment
variable SUPERVISORD (ctest sets it to our build; set it to
/usr/bin/supervisord to validate the tests against the Python reference).

Observation is limited to what every implementation offers without RPC:
the main log file, the pidfile, the daemon's stdout/stderr and /proc.
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import textwrap
import time
import uuid

# --------------------------------------------------------------------------
# which binary, which implementation

SUPERVISORD = os.environ.get("SUPERVISORD", "")


def _detect_reference(path):
    """True when `path` is the Python reference (a '#!' script)."""
    impl = os.environ.get("SUP_IMPL", "").strip().lower()
    if impl in ("reference", "ref", "python"):
        return True
    if impl in ("cpp", "c++", "ours"):
        return False
    if not path:
        return False
    if "/usr/bin/supervisord" in path:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(64)
        return head.startswith(b"#!") and b"python" in head
    except OSError:
        return False


IS_REFERENCE = _detect_reference(SUPERVISORD)

# The reference only wakes up on fd activity or its 1 s poll timeout (a
# SIGCHLD does not interrupt its poll), so many of its reactions lag by up to
# ~1 s.  Upper bounds on latencies use this slack.
REACTION_SLACK = 1.5 if IS_REFERENCE else 0.5

# --------------------------------------------------------------------------
# main log parsing

LOG_LINE_RE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) "
    r"(CRIT|ERRO|WARN|INFO|DEBG|TRAC|BLAT) (.*)$")

SPAWNED_RE = r"spawned: '(?P<name>[^']+)' with pid (?P<pid>\d+)$"
STARTED_RE = r"supervisord started with pid (?P<pid>\d+)$"


class LogLine(object):
    __slots__ = ("ts", "level", "msg", "raw")

    def __init__(self, ts, level, msg, raw):
        self.ts = ts          # float seconds (local time, ms resolution)
        self.level = level    # CRIT/ERRO/WARN/INFO/DEBG/TRAC/BLAT
        self.msg = msg        # text after the level
        self.raw = raw

    def __repr__(self):
        return "LogLine(%r)" % self.raw


def parse_log_text(text):
    """Parse complete log lines; an unterminated last line is ignored.

    Continuation lines (a multi-line message) are appended to the previous
    entry's msg.
    """
    lines = []
    if not text:
        return lines
    complete = text.split("\n")
    complete.pop()  # text after the last '\n': incomplete or empty
    for raw in complete:
        m = LOG_LINE_RE.match(raw)
        if m:
            ts = time.mktime(time.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"))
            ts += int(m.group(2)) / 1000.0
            lines.append(LogLine(ts, m.group(3), m.group(4), raw))
        elif lines:
            lines[-1].msg += "\n" + raw
            lines[-1].raw += "\n" + raw
    return lines


# --------------------------------------------------------------------------
# /proc helpers

def proc_stat(pid):
    """(state, ppid, pgrp, session) of pid, or None if it does not exist."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            data = f.read().decode("utf-8", "replace")
    except (OSError, IOError):
        return None
    # comm may contain spaces and parentheses: split after the last ')'
    rest = data[data.rfind(")") + 2:].split()
    return rest[0], int(rest[1]), int(rest[2]), int(rest[3])


def pid_alive(pid):
    """True if pid exists and is not a zombie."""
    st = proc_stat(pid)
    return st is not None and st[0] not in ("Z", "X")


def pid_exists(pid):
    """True if pid exists at all (zombies included)."""
    return proc_stat(pid) is not None


def all_pids():
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            out.append(int(name))
    return out


def cmdline(pid):
    """argv of pid as a list of str ([] for zombies / kernel threads)."""
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            data = f.read()
    except (OSError, IOError):
        return None
    return [a.decode("utf-8", "replace") for a in data.split(b"\0")[:-1]]


def wait_exec(pid, argv, timeout=10.0):
    """Wait until pid has exec'd `argv` (a list): after fork and before
    exec, /proc/PID shows the parent's image and environment."""
    return wait_until(lambda: cmdline(pid) == list(argv), timeout=timeout,
                      desc="pid %d to exec %r" % (pid, argv),
                      on_fail=lambda: "cmdline now: %r" % (cmdline(pid),))


def child_pids(ppid):
    """Pids of ppid's children, via /proc/PID/task/*/children (cheap), or a
    full /proc scan if that file is unavailable."""
    try:
        tids = os.listdir("/proc/%d/task" % ppid)
    except OSError:
        return []
    out = set()
    try:
        for tid in tids:
            with open("/proc/%d/task/%s/children" % (ppid, tid)) as f:
                out.update(int(x) for x in f.read().split())
    except FileNotFoundError:
        return [pid for pid, _ in children_of(ppid)]
    except OSError:
        pass
    return sorted(out)


def children_of(ppid):
    """[(pid, state)] of processes whose parent is ppid (full /proc scan)."""
    out = []
    for pid in all_pids():
        st = proc_stat(pid)
        if st is not None and st[1] == ppid:
            out.append((pid, st[0]))
    return out


def zombie_children_of(ppid):
    out = []
    for pid in child_pids(ppid):
        st = proc_stat(pid)
        if st is not None and st[0] == "Z" and st[1] == ppid:
            out.append(pid)
    return out


def read_pid_file(path):
    """Integer in a file written by a child (e.g. a grandchild's $!), or
    None while it is missing or incomplete."""
    try:
        with open(path) as f:
            data = f.read()
    except (OSError, IOError):
        return None
    if not data.endswith("\n"):
        return None
    try:
        return int(data.strip())
    except ValueError:
        return None


def pids_with_env_tag(tag):
    """Pids (other than ourselves) whose environment holds SUPTEST_TAG=tag."""
    needle = ("SUPTEST_TAG=%s" % tag).encode()
    me = os.getpid()
    out = []
    for pid in all_pids():
        if pid == me:
            continue
        try:
            with open("/proc/%d/environ" % pid, "rb") as f:
                env = f.read()
        except (OSError, IOError):
            continue
        if needle in env.split(b"\0"):
            out.append(pid)
    return out


def pids_in_session(sid):
    out = []
    me = os.getpid()
    for pid in all_pids():
        if pid == me:
            continue
        st = proc_stat(pid)
        if st is not None and st[3] == sid:
            out.append(pid)
    return out


# --------------------------------------------------------------------------
# waiting

POLL_INTERVAL = 0.015
DEFAULT_TIMEOUT = 15.0


class WaitTimeout(AssertionError):
    pass


def wait_until(predicate, timeout=DEFAULT_TIMEOUT, interval=POLL_INTERVAL,
               desc=None, on_fail=None):
    """Poll predicate() until it returns a truthy value; return that value.

    Raises WaitTimeout (an AssertionError) after `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            msg = "timed out after %.1fs waiting for %s" % (
                timeout, desc or getattr(predicate, "__name__", "condition"))
            if on_fail is not None:
                msg += "\n" + on_fail()
            raise WaitTimeout(msg)
        time.sleep(interval)


# --------------------------------------------------------------------------
# the daemon under test

def require_supervisord():
    """Skip (pytest) with a clear message if SUPERVISORD is unset; fail if
    it is set but does not name an executable."""
    import pytest
    if not SUPERVISORD:
        pytest.skip("env SUPERVISORD is not set: point it at the supervisord "
                    "binary under test (e.g. /usr/bin/supervisord for the "
                    "reference, build/kernel/supervisord for ours)")
    if not (os.path.isfile(SUPERVISORD) and os.access(SUPERVISORD, os.X_OK)):
        pytest.fail("SUPERVISORD=%s is not an executable file" % SUPERVISORD,
                    pytrace=False)


class Found(object):
    """A regex match on one log line."""
    __slots__ = ("match", "line")

    def __init__(self, match, line):
        self.match = match
        self.line = line

    def group(self, *args):
        return self.match.group(*args)

    def groups(self):
        return self.match.groups()

    @property
    def ts(self):
        return self.line.ts

    @property
    def level(self):
        return self.line.level

    @property
    def msg(self):
        return self.line.msg

    def __repr__(self):
        return "Found(%r)" % self.line.raw


class Supervisor(object):
    """One supervisord instance in its own temp dir and session."""

    def __init__(self, workdir, programs="", supervisord_extra="",
                 loglevel="info", conf_name="supervisord.conf",
                 nodaemon=True):
        self.dir = workdir
        self.tag = uuid.uuid4().hex
        self.conf = os.path.join(self.dir, conf_name)
        self.logfile = os.path.join(self.dir, "supervisord.log")
        self.pidfile = os.path.join(self.dir, "supervisord.pid")
        self.childlogdir = os.path.join(self.dir, "childlogs")
        self.stdout_path = os.path.join(self.dir, "daemon.stdout")
        self.stderr_path = os.path.join(self.dir, "daemon.stderr")
        os.makedirs(self.childlogdir, exist_ok=True)
        self.loglevel = loglevel
        self.nodaemon = nodaemon
        self.supervisord_extra = supervisord_extra
        self.proc = None
        self.returncode = None
        self._stdout = None
        self._stderr = None
        self.write_config(programs)

    # ---- config ---------------------------------------------------------

    def config_text(self, programs):
        head = textwrap.dedent("""\
            [supervisord]
            logfile={logfile}
            pidfile={pidfile}
            childlogdir={childlogdir}
            nodaemon={nodaemon}
            loglevel={loglevel}
            """).format(logfile=self.logfile, pidfile=self.pidfile,
                        childlogdir=self.childlogdir, loglevel=self.loglevel,
                        nodaemon="true" if self.nodaemon else "false")
        if self.supervisord_extra:
            head += textwrap.dedent(self.supervisord_extra).strip() + "\n"
        return head + "\n" + textwrap.dedent(programs).strip() + "\n"

    def write_config(self, programs):
        self.programs = programs
        with open(self.conf, "w") as f:
            f.write(self.config_text(programs))

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    # ---- process control ------------------------------------------------

    def env(self):
        env = dict(os.environ)
        env["SUPTEST_TAG"] = self.tag
        # keep the children's environment small and predictable
        env.pop("PYTEST_CURRENT_TEST", None)
        return env

    def start(self, args=None, wait_started=True):
        """Start `SUPERVISORD -c conf [args]` in a new session."""
        cmd = [SUPERVISORD, "-c", self.conf] + list(args or [])
        self._stdout = open(self.stdout_path, "wb")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            cmd, cwd=self.dir, env=self.env(), stdin=subprocess.DEVNULL,
            stdout=self._stdout, stderr=self._stderr,
            start_new_session=True, close_fds=True)
        if wait_started:
            self.wait_started()
        return self

    @property
    def pid(self):
        return self.proc.pid

    def wait_started(self, timeout=DEFAULT_TIMEOUT):
        """Wait for `supervisord started with pid N`; return N."""
        m = self.wait_log(STARTED_RE, timeout=timeout)
        return int(m[-1].group("pid"))

    def poll(self):
        if self.proc is None:
            return None
        if self.returncode is None:
            rc = self.proc.poll()
            if rc is not None:
                self.returncode = rc
        return self.returncode

    def running(self):
        return self.proc is not None and self.poll() is None

    def send(self, sig):
        os.kill(self.proc.pid, sig)

    def wait_exit(self, timeout=DEFAULT_TIMEOUT):
        """Wait for the daemon to exit; return its exit code."""
        wait_until(lambda: self.poll() is not None, timeout=timeout,
                   desc="supervisord (pid %d) to exit" % self.proc.pid,
                   on_fail=self.dump)
        return self.returncode

    def stop(self, sig=signal.SIGTERM, timeout=DEFAULT_TIMEOUT):
        """Signal the daemon and wait for it to exit; return exit code."""
        if self.running():
            self.send(sig)
        return self.wait_exit(timeout)

    # ---- observation ----------------------------------------------------

    def log_text(self):
        try:
            with open(self.logfile, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except (OSError, IOError):
            return ""

    def log(self):
        """Complete, parsed main-log lines so far."""
        return parse_log_text(self.log_text())

    def find(self, pattern, lines=None):
        """All re.search matches of pattern over log messages (in order).

        Each result is a Found: .group()/.groups() like a match object,
        plus .line (the LogLine), .ts, .level, .msg.
        """
        rx = re.compile(pattern)
        out = []
        for line in (self.log() if lines is None else lines):
            m = rx.search(line.msg)
            if m:
                out.append(Found(m, line))
        return out

    def find_lines(self, pattern, lines=None):
        return [m.line for m in self.find(pattern, lines)]

    def wait_log(self, pattern, count=1, timeout=DEFAULT_TIMEOUT):
        """Wait until pattern matched `count` log messages; return matches."""
        def cond():
            found = self.find(pattern)
            return found if len(found) >= count else None
        return wait_until(
            cond, timeout=timeout,
            desc="%d log line(s) matching %r" % (count, pattern),
            on_fail=self.dump)

    def spawned(self, name=None):
        """[(name, pid)] of `spawned:` lines, optionally for one name."""
        out = []
        for m in self.find(SPAWNED_RE):
            if name is None or m.group("name") == name:
                out.append((m.group("name"), int(m.group("pid"))))
        return out

    def wait_spawned(self, name, count=1, timeout=DEFAULT_TIMEOUT):
        """Wait for `count` spawns of name; return the list of their pids."""
        ms = self.wait_log(r"spawned: '%s' with pid (\d+)$" % re.escape(name),
                           count=count, timeout=timeout)
        return [int(m.group(1)) for m in ms]

    def read_stdout(self):
        try:
            with open(self.stdout_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except (OSError, IOError):
            return ""

    def read_stderr(self):
        try:
            with open(self.stderr_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except (OSError, IOError):
            return ""

    def tagged_pids(self, alive_only=True):
        """Processes started (directly or not) by this daemon that still
        carry our environment tag, plus anything left in its session."""
        pids = set(pids_with_env_tag(self.tag))
        if self.proc is not None:
            pids.update(pids_in_session(self.proc.pid))
        if alive_only:
            pids = set(p for p in pids if pid_alive(p))
        return sorted(pids)

    def dump(self):
        """Diagnostic text for failure messages."""
        parts = ["---- supervisord (%s) pid=%s rc=%s, config %s:" % (
            SUPERVISORD, self.proc.pid if self.proc else None, self.poll(),
            self.conf)]
        try:
            with open(self.conf) as f:
                parts.append(f.read())
        except OSError:
            pass
        parts.append("---- main log:")
        parts.append(self.log_text()[-6000:])
        parts.append("---- daemon stderr:")
        parts.append(self.read_stderr()[-3000:])
        return "\n".join(parts)

    # ---- cleanup --------------------------------------------------------

    def cleanup(self):
        """Leave nothing behind, whatever state the test left things in."""
        try:
            if self.proc is not None and self.poll() is None:
                try:
                    self.proc.send_signal(signal.SIGTERM)
                except OSError:
                    pass
                deadline = time.monotonic() + 5.0
                while self.poll() is None and time.monotonic() < deadline:
                    time.sleep(POLL_INTERVAL)
            if self.proc is not None:
                # the whole session / process group of the daemon
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except OSError:
                    pass
                if self.poll() is None:
                    try:
                        self.proc.kill()
                    except OSError:
                        pass
                    try:
                        self.proc.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        pass
                    self.poll()
            # every process still carrying our tag or in our session
            for _ in range(50):
                left = self.tagged_pids(alive_only=True)
                if not left:
                    break
                for pid in left:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                time.sleep(0.02)
        finally:
            for f in (self._stdout, self._stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass


def make_workdir(prefix="suptest-"):
    return tempfile.mkdtemp(prefix=prefix)


def remove_workdir(path):
    shutil.rmtree(path, ignore_errors=True)
