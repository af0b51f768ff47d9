"""Helpers for the RPC end-to-end tests (test_rpc_*.py).

Standard library only: XML-RPC clients over the unix socket and over TCP,
raw HTTP, config sections for the RPC servers, the reference's
supervisorctl, and a reference daemon run side by side with ours.
"""

import http.client
import os
import re
import socket
import subprocess
import xmlrpc.client

import supervisor_harness as h

REFERENCE_SUPERVISORD = "/usr/bin/supervisord"
REFERENCE_SUPERVISORCTL = "/usr/bin/supervisorctl"
SYSTEM_PYTHON = "/usr/bin/python3"


# --------------------------------------------------------------------------
# transports

class UnixStreamHTTPConnection(http.client.HTTPConnection):
    """An HTTPConnection to a unix socket file."""

    def __init__(self, socket_path, timeout=30):
        http.client.HTTPConnection.__init__(self, "localhost", timeout=timeout)
        self.socket_path = socket_path

    def connect(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self.socket_path)
        self.sock = sock


class UnixStreamTransport(xmlrpc.client.Transport):
    """xmlrpc.client transport over a unix socket (keep-alive)."""

    def __init__(self, socket_path, timeout=30):
        xmlrpc.client.Transport.__init__(self)
        self.socket_path = socket_path
        self.timeout = timeout

    def make_connection(self, host):
        if self._connection and self._connection[0] == host:
            return self._connection[1]
        # "user:password@host" in the URL becomes an Authorization header
        _, self._extra_headers, _ = self.get_host_info(host)
        conn = UnixStreamHTTPConnection(self.socket_path, self.timeout)
        self._connection = host, conn
        return conn


def unix_proxy(socket_path, timeout=30):
    return xmlrpc.client.ServerProxy(
        "http://localhost/RPC2",
        transport=UnixStreamTransport(socket_path, timeout))


def http_proxy(port, username=None, password=None, host="127.0.0.1"):
    auth = ""
    if username is not None:
        auth = "%s:%s@" % (username, password)
    return xmlrpc.client.ServerProxy("http://%s%s:%d/RPC2" % (auth, host, port))


def raw_unix(socket_path, data, timeout=10.0, read=True):
    """Send raw bytes on a fresh unix connection; return all bytes read
    until the server closes (or the timeout passes)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.connect(socket_path)
    try:
        if data:
            sock.sendall(data)
        if not read:
            return b""
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        sock.close()


def status_of(raw_response):
    """The status code of a raw HTTP response (0 if there is none)."""
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", raw_response)
    return int(m.group(1)) if m else 0


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --------------------------------------------------------------------------
# configuration

def unix_server_sections(socket_path, extra="", ctl_extra=""):
    """[unix_http_server], [rpcinterface:supervisor] and [supervisorctl]."""
    return """
[unix_http_server]
file=%s
%s

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://%s
%s
""" % (socket_path, extra, socket_path, ctl_extra)


def inet_server_sections(port, extra=""):
    return """
[inet_http_server]
port=127.0.0.1:%d
%s

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
""" % (port, extra)


def wait_rpc_ready(proxy, timeout=15.0):
    """Wait until the daemon answers getState with RUNNING."""
    def ready():
        try:
            return proxy.supervisor.getState()["statename"] == "RUNNING"
        except (OSError, xmlrpc.client.Error):
            return False
    h.wait_until(ready, timeout=timeout, desc="the RPC server to answer")


def wait_state(proxy, name, statename, timeout=15.0):
    def reached():
        try:
            return proxy.supervisor.getProcessInfo(name)["statename"] == statename
        except (OSError, xmlrpc.client.Error):
            return False
    h.wait_until(reached, timeout=timeout,
                 desc="%s to be %s" % (name, statename),
                 on_fail=lambda: repr(proxy.supervisor.getProcessInfo(name)))


def fault_of(callable_, *args):
    """(faultCode, faultString) of a call expected to fault."""
    try:
        callable_(*args)
    except xmlrpc.client.Fault as f:
        return f.faultCode, f.faultString
    raise AssertionError("expected a fault from %r%r" % (callable_, args))


def ensure_child_log(path, text, timeout=None):
    """Wait for the daemon to write `text` into a child log file. Child log
    files are written by the logrotate plugin, which is not there yet for
    ours: then the test writes the line itself, so the log *reading* side
    is what is tested."""
    if timeout is None:
        timeout = 5.0 if h.IS_REFERENCE else 1.0
    def has_text():
        try:
            with open(path) as f:
                return text in f.read()
        except OSError:
            return False
    try:
        h.wait_until(has_text, timeout=timeout, desc="%s to contain %r" % (path, text))
    except h.WaitTimeout:
        if h.IS_REFERENCE:
            raise
        with open(path, "a") as f:
            f.write(text)


# --------------------------------------------------------------------------
# the reference's supervisorctl

def ctl(conf, *args, timeout=60):
    """Run the reference's supervisorctl; return (exit code, output)."""
    proc = subprocess.run(
        [SYSTEM_PYTHON, REFERENCE_SUPERVISORCTL, "-c", conf] + list(args),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
        stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


_NORMALIZE = [
    (re.compile(r"pid \d+, uptime \d+(?: days?, )?\d+:\d\d:\d\d"), "pid N, uptime T"),
    (re.compile(r"[A-Z][a-z]{2} \d\d \d\d:\d\d [AP]M"), "DATE"),
    (re.compile(r"\b\d{2,7}\b"), "N"),
]


def normalize(text, workdir):
    """Output made comparable between two daemons: pids, times, dirs."""
    text = text.replace(workdir, "<DIR>")
    for rx, repl in _NORMALIZE:
        text = rx.sub(repl, text)
    return text


class ReferenceSupervisor(h.Supervisor):
    """The harness's Supervisor, but always the Python reference daemon."""

    def start(self, args=None, wait_started=True):
        cmd = [SYSTEM_PYTHON, REFERENCE_SUPERVISORD, "-c", self.conf] + list(args or [])
        self._stdout = open(self.stdout_path, "wb")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            cmd, cwd=self.dir, env=self.env(), stdin=subprocess.DEVNULL,
            stdout=self._stdout, stderr=self._stderr,
            start_new_session=True, close_fds=True)
        if wait_started:
            self.wait_started()
        return self


def reference_available():
    return os.path.exists(REFERENCE_SUPERVISORD) and os.path.exists(REFERENCE_SUPERVISORCTL)
