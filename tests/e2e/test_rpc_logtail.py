"""The streaming log endpoints (GET /logtail/<name>[/stderr], GET
/mainlogtail) that supervisorctl's `tail -f` and `maintail -f` read.
"""

import signal
import socket
import subprocess
import time

import pytest

import supervisor_harness as h
import rpc_client as rc

PROGRAMS = """
[program:talker]
command=/bin/sh -c "echo first-line; echo err-line >&2; exec /bin/sleep 1000"
startsecs=0
stdout_logfile=%(here)s/talker.out
stderr_logfile=%(here)s/talker.err
"""


@pytest.fixture
def daemon(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAMS + rc.unix_server_sections(sock))
    sup.start()
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    rc.wait_state(proxy, "talker", "RUNNING")
    rc.ensure_child_log(sup.path("talker.out"), "first-line\n")
    rc.ensure_child_log(sup.path("talker.err"), "err-line\n")
    return sup, sock


class Stream(object):
    """A raw GET on the unix socket, read as it arrives."""

    def __init__(self, sock_path, path, version="1.1"):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(sock_path)
        self.sock.sendall(("GET %s HTTP/%s\r\nHost: localhost\r\n\r\n" % (path, version)).encode())
        self.data = b""

    def read_until(self, needle, timeout=10.0):
        deadline = time.monotonic() + timeout
        while needle not in self.data:
            if time.monotonic() > deadline:
                raise AssertionError("no %r in %r" % (needle, self.data[-500:]))
            chunk = self.sock.recv(65536)
            if not chunk:
                raise AssertionError("closed before %r; got %r" % (needle, self.data[-500:]))
            self.data += chunk
        return self.data

    def close(self):
        self.sock.close()


def append(path, text):
    with open(path, "a") as f:
        f.write(text)


def test_logtail_streams_stdout(daemon):
    sup, sock = daemon
    s = Stream(sock, "/logtail/talker")
    head = s.read_until(b"first-line\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Transfer-Encoding: chunked\r\n" in head
    assert b"Content-Type: text/plain;charset=utf-8\r\n" in head
    assert b"X-Accel-Buffering: no\r\n" in head
    assert b"Last-Modified: " in head
    append(sup.path("talker.out"), "later-line\n")
    s.read_until(b"later-line\n")
    s.close()


def test_logtail_streams_stderr_and_group_names(daemon):
    sup, sock = daemon
    s = Stream(sock, "/logtail/talker:talker/stderr")
    s.read_until(b"err-line\n")
    append(sup.path("talker.err"), "more-err\n")
    s.read_until(b"more-err\n")
    s.close()


@pytest.mark.skipif(h.IS_REFERENCE, reason="the reference sends nothing to an HTTP/1.0 tail")
def test_logtail_http10_is_ended_by_closing(daemon):
    sup, sock = daemon
    s = Stream(sock, "/logtail/talker", version="1.0")
    head = s.read_until(b"first-line\n")
    assert head.startswith(b"HTTP/1.0 200 OK\r\n")
    assert b"Transfer-Encoding" not in head
    s.close()


@pytest.mark.skipif(h.IS_REFERENCE, reason="the reference drops the connection on a truncated "
                                           "file (its marker is str, not bytes)")
def test_logtail_follows_truncation(daemon):
    sup, sock = daemon
    s = Stream(sock, "/logtail/talker")
    s.read_until(b"first-line\n")
    with open(sup.path("talker.out"), "w") as f:
        f.write("x\n")
    s.read_until(b"==> File truncated <==\n")
    s.close()


def test_logtail_not_found(daemon):
    sup, sock = daemon
    for path in ("/logtail/nosuch", "/logtail/talker/capture", "/logtail/nosuch/stderr"):
        answer = rc.raw_unix(sock, ("GET %s HTTP/1.0\r\n\r\n" % path).encode())
        assert rc.status_of(answer) == 404, path
    answer = rc.raw_unix(sock, b"POST /logtail/talker HTTP/1.0\r\nContent-Length: 0\r\n\r\n")
    assert rc.status_of(answer) == 400


def test_mainlogtail(daemon):
    sup, sock = daemon
    s = Stream(sock, "/mainlogtail")
    head = s.read_until(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"X-Accel-Buffering" not in head
    rc.unix_proxy(sock).supervisor.stopProcess("talker")
    s.read_until(b"stopped: talker")
    s.close()


@pytest.mark.skipif(not rc.reference_available(), reason="the reference supervisor is not installed")
def test_reference_ctl_tail_f(daemon):
    sup, sock = daemon
    proc = subprocess.Popen([rc.SYSTEM_PYTHON, rc.REFERENCE_SUPERVISORCTL, "-c", sup.conf, "tail", "-f", "talker"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        append(sup.path("talker.out"), "followed-line\n")
        time.sleep(1.5)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    text = out.decode("utf-8", "replace")
    assert "==> Press Ctrl-C to exit <==" in text
    assert "first-line" in text
    assert "followed-line" in text


@pytest.mark.skipif(not rc.reference_available(), reason="the reference supervisor is not installed")
def test_reference_ctl_maintail_f(daemon):
    sup, sock = daemon
    proc = subprocess.Popen([rc.SYSTEM_PYTHON, rc.REFERENCE_SUPERVISORCTL, "-c", sup.conf, "maintail", "-f"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        rc.unix_proxy(sock).supervisor.stopProcess("talker")
        time.sleep(1.5)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "stopped: talker" in out.decode("utf-8", "replace")
