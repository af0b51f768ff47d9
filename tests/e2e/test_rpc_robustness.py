"""Hostile and heavy clients: garbage, truncated requests, a huge body,
deeply nested XML, a client that stalls, 500 clients at once. After each,
the daemon answers correctly and keeps supervising.
"""

import socket
import threading
import time

import pytest

import supervisor_harness as h
import rpc_client as rc

PROGRAMS = """
[program:sleeper]
command=/bin/sleep 1000
startsecs=0
"""

GET_STATE = (b"<?xml version='1.0'?><methodCall><methodName>supervisor.getState</methodName>"
             b"<params></params></methodCall>")


def post(body, extra=b""):
    return (b"POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\n"
            b"Content-Length: %d\r\n%s\r\n" % (len(body), extra)) + body


@pytest.fixture
def daemon(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAMS + rc.unix_server_sections(sock))
    sup.start()
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    rc.wait_state(proxy, "sleeper", "RUNNING")
    return sup, sock


def still_fine(sup, sock):
    """The daemon answers and supervises: a stop and a start work."""
    assert sup.running()
    proxy = rc.unix_proxy(sock)
    assert proxy.supervisor.getState()["statename"] == "RUNNING"
    assert proxy.supervisor.stopProcess("sleeper") is True
    assert proxy.supervisor.startProcess("sleeper") is True
    assert proxy.supervisor.getProcessInfo("sleeper")["statename"] == "RUNNING"


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_garbage_bytes(daemon):
    sup, sock = daemon
    answer = rc.raw_unix(sock, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) * 4)
    if not h.IS_REFERENCE:
        assert rc.status_of(answer) == 400
    answer = rc.raw_unix(sock, b"NOT HTTP AT ALL\r\n\r\n")
    if not h.IS_REFERENCE:  # the reference just closes
        assert rc.status_of(answer) == 400
    still_fine(sup, sock)


def test_truncated_requests(daemon):
    sup, sock = daemon
    for partial in (b"POST /RPC2 HTTP/1.1\r\nContent-Len",
                    post(GET_STATE)[:-20],
                    b"POST /RPC2 HTTP/1.1\r\nContent-Length: 50\r\n\r\n<?xml"):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(sock)
        s.sendall(partial)
        s.close()
    still_fine(sup, sock)


def test_malformed_xml_is_a_400(daemon):
    sup, sock = daemon
    assert rc.status_of(rc.raw_unix(sock, post(b"<methodCall><methodName>x.y</methodName><params>",
                                               b"Connection: close\r\n"))) == 400
    assert rc.status_of(rc.raw_unix(sock, post(b"<methodCall></methodCall>", b"Connection: close\r\n"))) == 400
    sup.wait_log(r"XML-RPC request data .* is invalid: (unmarshallable|no method name)")
    still_fine(sup, sock)


def test_huge_body_is_refused_without_being_buffered(daemon):
    if h.IS_REFERENCE:
        pytest.skip("the reference reads any body whole before looking at it")
    sup, sock = daemon
    before = rss_kib(sup.pid)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(sock)
    s.sendall(b"POST /RPC2 HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (100 * 1024 * 1024))
    chunk = b"x" * (1024 * 1024)
    sent = 0
    try:
        for _ in range(100):
            s.sendall(chunk)
            sent += 1
    except OSError:
        pass  # the server closed on us: fine
    answer = b""
    try:
        while True:
            data = s.recv(65536)
            if not data:
                break
            answer += data
    except OSError:
        pass
    s.close()
    assert rc.status_of(answer) == 413 or sent < 100
    assert rss_kib(sup.pid) - before < 20 * 1024  # far from 100 MB
    still_fine(sup, sock)


def test_deeply_nested_xml(daemon):
    sup, sock = daemon
    depth = 40000  # ~1.7 MB: under the body limit
    body = (b"<?xml version='1.0'?><methodCall><methodName>supervisor.getState</methodName><params><param>"
            + b"<value><array><data>" * depth + b"</data></array></value>" * depth
            + b"</param></params></methodCall>")
    answer = rc.raw_unix(sock, post(body, b"Connection: close\r\n"), timeout=60)
    if not h.IS_REFERENCE:
        assert rc.status_of(answer) == 400
    still_fine(sup, sock)


def test_stalled_client_does_not_block_others(daemon):
    sup, sock = daemon
    stalled = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stalled.connect(sock)
    stalled.sendall(post(GET_STATE)[:40])  # and then nothing
    reader = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    reader.connect(sock)
    # asks for the whole main log many times and never reads the answers
    read_log = (b"<?xml version='1.0'?><methodCall><methodName>supervisor.readLog</methodName><params>"
                b"<param><value><int>0</int></value></param><param><value><int>0</int></value></param>"
                b"</params></methodCall>")
    reader.sendall(post(read_log) * 50)
    t0 = time.monotonic()
    assert rc.unix_proxy(sock).supervisor.getState()["statecode"] == 1
    assert time.monotonic() - t0 < 2.0
    still_fine(sup, sock)
    stalled.close()
    reader.close()


def test_five_hundred_concurrent_clients(daemon):
    sup, sock = daemon
    clients = []
    for _ in range(500):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(30)
        s.connect(sock)
        clients.append(s)
    request = post(GET_STATE)
    for s in clients:
        s.sendall(request)
    good = 0
    for s in clients:
        data = b""
        while b"</methodResponse>" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        if rc.status_of(data) == 200 and b"<name>statename</name>\n<value><string>RUNNING</string>" in data:
            good += 1
        s.close()
    assert good == 500
    still_fine(sup, sock)


def test_many_clients_in_parallel_threads(daemon):
    sup, sock = daemon
    errors = []

    def worker(n):
        try:
            proxy = rc.unix_proxy(sock)
            for _ in range(10):
                assert proxy.supervisor.getProcessInfo("sleeper")["name"] == "sleeper"
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    still_fine(sup, sock)
