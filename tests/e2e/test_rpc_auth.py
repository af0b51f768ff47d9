"""Who may talk to the RPC servers: Basic Auth on [inet_http_server] and
[unix_http_server], the socket file's mode and ownership, a port or socket
already taken, a stale socket file.
"""

import grp
import http.client
import os
import pwd
import socket
import stat
import xmlrpc.client

import pytest

import rpc_client as rc

PROGRAM = """
[program:sleeper]
command=/bin/sleep 1000
startsecs=0
"""

SHA_OF_TEST = "{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"  # sha1("test")

AUTH_FAILURES = [
    ("no credentials", None, None),
    ("wrong user", "nobody", "secret"),
    ("wrong password", "user", "wrong"),
]


def start_inet(supervisor, password):
    sup = supervisor("")
    port = rc.free_port()
    sup.write_config(PROGRAM + rc.inet_server_sections(port, "username=user\npassword=%s" % password))
    sup.start()
    return sup, port


def status_of_call(proxy):
    try:
        proxy.supervisor.getState()
    except xmlrpc.client.ProtocolError as e:
        return e.errcode, e.headers
    return 200, None


@pytest.mark.parametrize("what,user,password", AUTH_FAILURES)
def test_inet_refuses_bad_credentials(supervisor, what, user, password):
    sup, port = start_inet(supervisor, "secret")
    code, headers = status_of_call(rc.http_proxy(port, user, password))
    assert code == 401, what
    assert headers["WWW-Authenticate"] == 'Basic realm="default"'


def test_inet_plain_password(supervisor):
    sup, port = start_inet(supervisor, "secret")
    proxy = rc.http_proxy(port, "user", "secret")
    assert proxy.supervisor.getState()["statename"] == "RUNNING"
    assert not sup.find(r"running without any HTTP authentication checking")


def test_inet_sha_password(supervisor):
    sup, port = start_inet(supervisor, SHA_OF_TEST)
    assert rc.http_proxy(port, "user", "test").supervisor.getAPIVersion() == "3.0"
    assert status_of_call(rc.http_proxy(port, "user", SHA_OF_TEST))[0] == 401


def test_inet_auth_covers_every_path(supervisor):
    sup, port = start_inet(supervisor, "secret")
    for path in ("/RPC2", "/logtail/sleeper", "/mainlogtail", "/", "/anything"):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read()
        assert resp.status == 401, path
        assert b"Error code 401" in body
        conn.close()


def test_inet_without_auth_is_warned_about(supervisor):
    sup = supervisor("")
    port = rc.free_port()
    sup.write_config(PROGRAM + rc.inet_server_sections(port))
    sup.start()
    sup.wait_log(r"^Server 'inet_http_server' running without any HTTP authentication checking$")
    assert rc.http_proxy(port).supervisor.getState()["statecode"] == 1


def test_unix_socket_with_auth(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAM + rc.unix_server_sections(sock, "username=user\npassword=" + SHA_OF_TEST))
    sup.start()
    anonymous = rc.unix_proxy(sock)
    with pytest.raises(xmlrpc.client.ProtocolError) as e:
        anonymous.supervisor.getState()
    assert e.value.errcode == 401
    good = xmlrpc.client.ServerProxy("http://user:test@localhost/RPC2", transport=rc.UnixStreamTransport(sock))
    assert good.supervisor.getState()["statename"] == "RUNNING"
    bad = xmlrpc.client.ServerProxy("http://user:nope@localhost/RPC2", transport=rc.UnixStreamTransport(sock))
    with pytest.raises(xmlrpc.client.ProtocolError):
        bad.supervisor.getState()
    assert not sup.find(r"running without any HTTP authentication checking")


@pytest.mark.parametrize("chmod,expected", [(None, 0o700), ("0766", 0o766), ("0600", 0o600)])
def test_unix_socket_mode(supervisor, chmod, expected):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAM + rc.unix_server_sections(sock, "chmod=%s" % chmod if chmod else ""))
    sup.start()
    mode = os.stat(sock).st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == expected
    sup.wait_log(r"^Server 'unix_http_server' running without any HTTP authentication checking$")


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_unix_socket_chown(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAM + rc.unix_server_sections(sock, "chown=nobody:nogroup"))
    sup.start()
    st = os.stat(sock)
    assert st.st_uid == pwd.getpwnam("nobody").pw_uid
    assert st.st_gid == grp.getgrnam("nogroup").gr_gid


def test_socket_file_is_removed_at_exit(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAM + rc.unix_server_sections(sock))
    sup.start()
    assert os.path.exists(sock)
    assert sup.stop() == 0
    assert not os.path.exists(sock)


def test_stale_socket_file_is_replaced(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(sock)
    dead.close()  # a socket file nobody listens on
    sup.write_config(PROGRAM + rc.unix_server_sections(sock))
    sup.start()
    assert rc.unix_proxy(sock).supervisor.getState()["statename"] == "RUNNING"


ADDRESS_IN_USE = ("Another program is already listening on a port that one of our HTTP servers is "
                  "configured to use.  Shut this program down first before starting supervisord.")


def test_live_socket_is_not_taken_over(supervisor):
    first = supervisor("")
    sock = first.path("rpc.sock")
    first.write_config(PROGRAM + rc.unix_server_sections(sock))
    first.start()
    second = supervisor("")
    second.write_config(PROGRAM + rc.unix_server_sections(sock))
    second.start(wait_started=False)
    assert second.wait_exit() != 0
    assert ADDRESS_IN_USE in second.read_stderr() + second.read_stdout()
    assert rc.unix_proxy(sock).supervisor.getPID() == first.pid  # the first one still answers


def test_port_in_use(supervisor):
    taken = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        sup = supervisor("")
        sup.write_config(PROGRAM + rc.inet_server_sections(taken.getsockname()[1]))
        sup.start(wait_started=False)
        assert sup.wait_exit() != 0
        assert ADDRESS_IN_USE in sup.read_stderr() + sup.read_stdout()
    finally:
        taken.close()


@pytest.mark.skipif(not rc.reference_available(), reason="the reference supervisor is not installed")
def test_reference_ctl_over_inet_with_auth(supervisor):
    sup = supervisor("")
    port = rc.free_port()
    sup.write_config(PROGRAM + rc.inet_server_sections(port, "username=user\npassword=" + SHA_OF_TEST)
                     + "\n[supervisorctl]\nserverurl=http://127.0.0.1:%d\nusername=user\npassword=test\n" % port)
    sup.start()
    rc.wait_rpc_ready(rc.http_proxy(port, "user", "test"))
    rc.wait_state(rc.http_proxy(port, "user", "test"), "sleeper", "RUNNING")
    code, out = rc.ctl(sup.conf, "status")
    assert code == 0
    assert out.startswith("sleeper                          RUNNING   pid ")
    code, out = rc.ctl(sup.conf, "-u", "user", "-p", "wrong", "status")
    assert "Server requires authentication" in out
