"""supervisorctl's error paths, against the reference's client: no server,
bad options and config files, HTTP authentication; and our additions
(-v, `call`), which the reference lacks."""

import os
import textwrap

import pytest

import ctl_harness as c

COMMANDS = ["status", "status web", "start web", "stop web", "restart web",
            "signal HUP web", "pid", "pid web", "avail", "reread", "update",
            "add web", "remove web", "version", "tail web", "tail -f web",
            "maintail", "maintail -f", "clear web", "shutdown", "reload",
            "fg web", "open unix:///nonexistent/x.sock", "help", "quit"]


def compare(argv, cwd=None, what=None):
    theirs = c.run_ctl(c.REFERENCE_CTL, argv, cwd=cwd)
    ours = c.run_ctl(c.OUR_CTL, argv, cwd=cwd)
    c.assert_same(ours, theirs, what or "supervisorctl %s" % " ".join(argv))
    return ours


@pytest.fixture
def tmp(tmp_path):
    c.require_our_ctl()
    return str(tmp_path)


def closed_tcp_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize("command", COMMANDS)
def test_no_such_socket(tmp, command):
    compare(["-s", "unix://%s/missing.sock" % tmp] + command.split())


@pytest.mark.parametrize("command", COMMANDS)
def test_connection_refused(tmp, command):
    compare(["-s", "http://127.0.0.1:%d" % closed_tcp_port()] + command.split())


def test_unresolvable_host_and_bad_scheme(tmp):
    compare(["-s", "http://nosuchhost.invalid:9001", "avail"])
    compare(["-s", "ftp://example.com", "status"])
    compare(["-s", "localhost:9001", "status"])


OPTION_CASES = [
    ["-h"], ["--help"], ["-?"], ["-z"], ["--bogus"], ["-c"], ["-s"],
    ["-s", "foo", "status"], ["-s", "foo", "-h"], ["-h", "-s", "foo"],
    ["-i", "-i", "status"], ["--interactive=3"], ["-u", "a", "-u", "b"],
    ["-c", "/nonexistent/supervisord.conf", "status"],
]


@pytest.mark.parametrize("argv", OPTION_CASES, ids=" ".join)
def test_options(tmp, argv):
    compare(argv, cwd=tmp)


def write(path, text):
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))
    return path


def test_config_files(tmp):
    sock = "unix://%s/missing.sock" % tmp
    no_section = write(os.path.join(tmp, "a.conf"), "[supervisord]\n")
    compare(["-c", no_section, "status"])
    # Only [supervisorctl] matters to the client: a broken program
    # section or a missing include does not stop it.
    relative = write(os.path.join(tmp, "b.conf"), """\
        [supervisorctl]
        serverurl=unix://%(here)s/missing.sock
        [program:broken]
        command=
        [include]
        files=nothing/*.conf
        """)
    compare(["-c", relative, "status"])
    prompt = write(os.path.join(tmp, "c.conf"), """\
        [supervisorctl]
        serverurl=%s
        prompt=%%(ENV_HOME)s
        """ % sock)
    compare(["-c", prompt], what="shell with an expanded prompt")
    # The command line wins over the file.
    compare(["-c", prompt, "-s", "unix:///nonexistent/other.sock", "pid"])


def test_config_discovery(tmp):
    # ./supervisord.conf is on the reference's search path.
    write(os.path.join(tmp, "supervisord.conf"), """\
        [supervisorctl]
        serverurl=unix://%s/found.sock
        """ % tmp)
    compare(["status"], cwd=tmp)


# --------------------------------------------------------------------------
# HTTP Basic authentication

AUTH = """\
[inet_http_server]
port=127.0.0.1:{port}
username=user
password=secret
"""


@pytest.fixture(params=c.DAEMONS)
def auth_daemon(request):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        port = closed_tcp_port()
        d = pool.start(request.param, """\
            [program:web]
            command=/bin/sleep 1000
            startsecs=0
            """, extra_sections=AUTH.format(port=port))
        d.url = "http://127.0.0.1:%d" % port
        yield d
    finally:
        pool.cleanup()


@pytest.mark.parametrize("credentials", [
    [], ["-u", "user"], ["-p", "secret"], ["-u", "user", "-p", "wrong"],
    ["-u", "user", "-p", "secret"]], ids=" ".join)
@pytest.mark.parametrize("command", ["status", "avail", "version", "shutdown x",
                                     "tail -5 web"])
def test_authentication(auth_daemon, credentials, command):
    compare(["-s", auth_daemon.url] + credentials + command.split())


# --------------------------------------------------------------------------
# our additions

def test_version_option(tmp):
    for option in ("-v", "--version"):
        ours = c.run_ctl(c.OUR_CTL, [option])
        assert ours.rc == 0 and ours.err == "", ours
        assert ours.out.strip() and ours.out.endswith("\n"), ours


@pytest.fixture(params=c.DAEMONS)
def plain_daemon(request):
    c.require_our_ctl()
    pool = c.DaemonPool()
    try:
        yield pool.start(request.param, """\
            [program:web]
            command=/bin/sleep 1000
            startsecs=0
            """)
    finally:
        pool.cleanup()


def test_call(plain_daemon):
    def call(*args):
        return c.run_ctl(c.OUR_CTL, ["-c", plain_daemon.conf, "call"] +
                         list(args))

    r = call("system.listMethods")
    assert r.rc == 0 and "'supervisor.getState'" in r.out, r
    r = call("supervisor.getState")
    assert (r.out, r.rc) == ("{'statecode': 1, 'statename': 'RUNNING'}\n", 0)
    r = call("supervisor.getAPIVersion")
    assert (r.out, r.rc) == ("3.0\n", 0)
    r = call("supervisor.readLog", "-30", "0")
    assert r.rc == 0 and len(r.out) == 31, r
    r = call("supervisor.getProcessInfo", "'web'")
    assert r.rc == 0 and "'statename': 'RUNNING'" in r.out, r
    r = call("supervisor.getProcessInfo", "nosuch")
    assert (r.out, r.rc) == ("ERROR: <Fault 10: 'BAD_NAME: nosuch'>\n", 1)
    r = call()
    assert r.rc == 1 and r.out.startswith("Error: call requires a method name\n"
                                          "call <method> [arg ...]"), r
    r = c.run_ctl(c.OUR_CTL, ["-c", plain_daemon.conf, "help"])
    assert "supervisor-cpp commands (type help <topic>):\n" in r.out, r
    assert "\ncall\n" in r.out, r
