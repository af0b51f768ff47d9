"""Plugins with the real supervisord: loading from the config, refusals,
--list-plugins, plugin directories, SIGUSR2 and SIGHUP.

supervisor-cpp only (the reference has no plugin host): skipped when
SUPERVISORD is the reference. Needs SUP_SOURCE_DIR (the source tree, for
plugin-api/ and the example and test plugin sources, compiled here with the
system `cc`) and CPP_HELLO_PLUGIN (the built C++ example); ctest sets both.
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import xmlrpc.client

import pytest

import supervisor_harness as h

SOURCE_DIR = os.environ.get("SUP_SOURCE_DIR", "")
CPP_HELLO = os.environ.get("CPP_HELLO_PLUGIN", "")
BUILD_DIR = os.environ.get("SUP_BUILD_DIR", "")

pytestmark = [
    pytest.mark.skipif(h.IS_REFERENCE, reason="the reference has no plugin host"),
    pytest.mark.skipif(not SOURCE_DIR, reason="SUP_SOURCE_DIR is not set"),
]

STATE_COUNTER_C = os.path.join(SOURCE_DIR, "examples/plugins/state-counter/state_counter.c")
BAD_PLUGIN_C = os.path.join(SOURCE_DIR, "tests/data/plugins/bad_plugin.c")


def compile_plugin(source, out, *flags):
    """cc -std=c99 -shared -fPIC -I plugin-api: nothing else."""
    cmd = ["cc", "-std=c99", "-shared", "-fPIC", "-I", os.path.join(SOURCE_DIR, "plugin-api")]
    cmd += list(flags) + ["-o", out, source]
    subprocess.run(cmd, check=True)
    return out


def built_plugin(name):
    """The in-tree plugin's .so in the build tree, or None if not built."""
    path = os.path.join(BUILD_DIR, "plugins", name, "sup-%s.so" % name)
    return path if BUILD_DIR and os.path.exists(path) else None


class UnixStreamConnection(http.client.HTTPConnection):
    def __init__(self, path):
        http.client.HTTPConnection.__init__(self, "localhost", timeout=10)
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(self.socket_path)


class UnixTransport(xmlrpc.client.Transport):
    def __init__(self, path):
        xmlrpc.client.Transport.__init__(self)
        self.socket_path = path

    def make_connection(self, host):
        return UnixStreamConnection(self.socket_path)


def rpc_over_unix_socket(path):
    return xmlrpc.client.ServerProxy("http://localhost/RPC2", transport=UnixTransport(path))


# --------------------------------------------------------------------------
# loading


def test_the_c_example_loads_from_a_path_and_answers(supervisor, workdir):
    so = compile_plugin(STATE_COUNTER_C, os.path.join(workdir, "sup-state-counter.so"))
    sock = os.path.join(workdir, "s.sock")
    with_rpc = built_plugin("rpc-unix") is not None
    sup = supervisor("""
        [plugin:state-counter]
        path=%s

        [program:sleeper]
        command=/bin/sleep 1000
        startsecs=0
        %s
        """ % (so, "[unix_http_server]\n        file=%s" % sock if with_rpc else ""))
    sup.start()
    sup.wait_log(r"success: sleeper entered RUNNING state")
    assert sup.running()
    assert not sup.find(r"^plugin state-counter")
    if not with_rpc:
        pytest.skip("plugins/rpc-unix is not built: loaded, but not called over XML-RPC")
    proxy = rpc_over_unix_socket(sock)
    assert "statecounter.getCounts" in proxy.system.listMethods()
    assert proxy.statecounter.getCounts() == {
        "PROCESS_STATE_STARTING": 1, "PROCESS_STATE_RUNNING": 1}
    with pytest.raises(xmlrpc.client.Fault) as fault:
        proxy.statecounter.getCounts(1)
    assert (fault.value.faultCode, fault.value.faultString) == (2, "INCORRECT_PARAMETERS")


def test_plugins_are_found_by_name_in_plugin_dirs(supervisor, workdir):
    plugins = os.path.join(workdir, "plugins")
    os.makedirs(plugins)
    compile_plugin(STATE_COUNTER_C, os.path.join(plugins, "sup-state-counter.so"))
    program = """
        [plugin:state-counter]

        [program:sleeper]
        command=/bin/sleep 1000
        """
    by_option = supervisor(program)
    by_option.start(args=["--plugin-dir", plugins])
    by_option.wait_spawned("sleeper")

    by_config = supervisor(program, supervisord_extra="plugin_dirs=%s" % plugins)
    by_config.start()
    by_config.wait_spawned("sleeper")

    nowhere = supervisor(program)
    nowhere.start(wait_started=False)
    assert nowhere.wait_exit() == 1
    assert re.search(r"^Error: plugin state-counter \(\[plugin:state-counter\]\) not found: "
                     r"no sup-state-counter\.so in ", nowhere.read_stderr())


def test_an_implied_plugin_that_is_not_installed_is_only_a_warning(supervisor, workdir):
    candidates = [
        ("logrotate", "[program:talker]", ""),
        ("eventlisteners", "[eventlistener:listener]",
         "[eventlistener:listener]\ncommand=/bin/cat\nevents=TICK_60\n"),
        ("rpc-http", "[inet_http_server]", "[inet_http_server]\nport=127.0.0.1:0\n"),
    ]
    missing = [c for c in candidates if built_plugin(c[0]) is None]
    if not missing:
        pytest.skip("every implied plugin is built")
    name, section, extra = missing[0]
    sup = supervisor("""
        [program:talker]
        command=/bin/sleep 1000
        """ + extra)
    sup.start()
    sup.wait_spawned("talker")
    warning = sup.wait_log(r"^plugin %s \(implied by .*\) not found in " % re.escape(name))[0]
    assert warning.level == "WARN"
    assert re.escape(section) in re.escape(warning.msg)
    assert sup.running()


# --------------------------------------------------------------------------
# refusals: one line on stderr and in the main log, exit 1, nothing spawned

REFUSALS = {
    "wrong-major": ("-DWRONG_MAJOR",
                    r"was built for plugin ABI 2\.0; this supervisord speaks ABI 1\.\d+ "
                    r"\(the major versions differ\)$"),
    "future-minor": ("-DFUTURE_MINOR",
                     r"was built for plugin ABI 1\.\d+, newer than this supervisord's ABI 1\.\d+; "
                     r"upgrade supervisord or rebuild the plugin$"),
    "no-entry": ("-DNO_ENTRY",
                 r"has no entry symbol 'supervisor_plugin_entry': not a supervisor-cpp plugin$"),
    "init-fails": ("-DINIT_FAILS",
                   r", ABI 1\.\d+\) failed to initialise: the answer is not 42 today$"),
    "missing-file": (None, r"\(\[plugin:bad\]\): no such file "),
}


@pytest.mark.parametrize("defect", sorted(REFUSALS))
def test_a_bad_plugin_stops_supervisord_before_anything_is_spawned(supervisor, workdir, defect):
    flag, expected = REFUSALS[defect]
    so = os.path.join(workdir, "sup-bad.so")
    if flag is not None:
        compile_plugin(BAD_PLUGIN_C, so, flag)
    marker = os.path.join(workdir, "spawned")
    sup = supervisor("""
        [program:marker]
        command=/bin/touch %s
        startsecs=0
        autorestart=false

        [plugin:bad]
        path=%s
        """ % (marker, so))
    sup.start(wait_started=False)
    assert sup.wait_exit() == 1
    stderr = sup.read_stderr().splitlines()
    assert len(stderr) == 1, stderr
    assert stderr[0].startswith("Error: plugin bad (")
    assert so in stderr[0]
    assert re.search(expected, stderr[0]), stderr[0]
    crit = sup.find(re.escape(stderr[0][len("Error: "):]))
    assert crit and crit[0].level == "CRIT"
    assert not sup.find(h.STARTED_RE)
    assert not os.path.exists(marker)


def test_an_unknown_rpcinterface_factory_is_a_config_error(supervisor, workdir):
    marker = os.path.join(workdir, "spawned")
    sup = supervisor("""
        [rpcinterface:mine]
        supervisor.rpcinterface_factory = my.module:make_interface

        [program:marker]
        command=/bin/touch %s
        """ % marker)
    sup.start(wait_started=False)
    assert sup.wait_exit() == 2
    stderr = sup.read_stderr()
    assert stderr.startswith(
        "Error: supervisor.rpcinterface_factory 'my.module:make_interface' in section "
        "[rpcinterface:mine] cannot be resolved")
    assert not os.path.exists(marker)


# --------------------------------------------------------------------------
# --list-plugins


def test_list_plugins_says_what_would_load_from_where_and_why(supervisor, workdir):
    so = compile_plugin(STATE_COUNTER_C, os.path.join(workdir, "sup-state-counter.so"))
    sup = supervisor("""
        [plugin:state-counter]
        path=%s
        """ % so)
    out = subprocess.run([h.SUPERVISORD, "-c", sup.conf, "--list-plugins"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    row = [l for l in out.stdout.splitlines() if l.startswith("state-counter ")]
    assert len(row) == 1, out.stdout
    assert re.match(r"state-counter\s+1\.0\s+1\.\d+\s+%s\s+\[plugin:state-counter\]$" % re.escape(so),
                    row[0]), row[0]
    assert not os.path.exists(sup.logfile)  # nothing started


def test_list_plugins_fails_when_a_required_plugin_would_not_load(supervisor, workdir):
    sup = supervisor("""
        [plugin:bad]
        path=%s
        """ % os.path.join(workdir, "nothing.so"))
    out = subprocess.run([h.SUPERVISORD, "-c", sup.conf, "--list-plugins"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 1
    assert re.search(r"^bad\s+-\s+-\s+\(not found\)\s+\[plugin:bad\]$", out.stdout, re.M), out.stdout
    assert "error: plugin bad ([plugin:bad]): no such file " in out.stdout


# --------------------------------------------------------------------------
# signals


@pytest.mark.skipif(not CPP_HELLO, reason="CPP_HELLO_PLUGIN is not set")
def test_sigusr2_reopens_plugin_logs_and_sighup_reloads_plugins(supervisor, workdir):
    sup = supervisor("""
        [plugin:cpp-hello]
        path=%s

        [program:sleeper]
        command=/bin/sleep 1000
        """ % CPP_HELLO)
    sup.start()
    sup.send(signal.SIGUSR2)
    sup.wait_log(r"^cpp-hello: nothing to reopen$")
    sup.send(signal.SIGHUP)
    sup.wait_log(h.STARTED_RE, count=2)
    sup.send(signal.SIGUSR2)
    sup.wait_log(r"^cpp-hello: nothing to reopen$", count=2)
    assert sup.running()
    assert sup.stop() == 0
