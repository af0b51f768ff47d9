"""Bad configuration: exit code 2, a clear message on stderr, nothing spawned."""

import os
import re

import pytest

import supervisor_harness as h


def run_bad(sup):
    sup.start(wait_started=False)
    rc = sup.wait_exit(timeout=15)
    err = sup.read_stderr()
    return rc, err


def line_of(path, text):
    """1-based number of the first line of file `path` containing `text`."""
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if text in line:
                return n
    raise AssertionError("%r not in %s" % (text, path))


def assert_common(sup, rc, err):
    assert rc == 2, "exit code %r, stderr: %r" % (rc, err)
    assert err.startswith("Error: "), err
    assert err.endswith("For help, use %s -h\n" % h.SUPERVISORD), err
    # nothing was started
    assert not sup.find(r"^spawned: ")
    assert not sup.find(r"^supervisord started with pid")
    assert sup.tagged_pids() == []


def assert_names_line(sup, err, key_text):
    """Our implementation also reports file:line (a deliberate improvement
    over the reference, which names only file and section)."""
    if h.IS_REFERENCE:
        return
    n = line_of(sup.conf, key_text)
    # accept "path:N" or "... line N" (any spelling naming that line)
    ok = ("%s:%d" % (sup.conf, n) in err
          or "%s:%d" % (os.path.basename(sup.conf), n) in err
          or re.search(r"\bline %d\b" % n, err))
    assert sup.conf in err or os.path.basename(sup.conf) in err, err
    assert ok, "stderr should name line %d of %s: %r" % (n, sup.conf, err)


def test_bad_integer_value(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        startsecs=abc
        """)
    rc, err = run_bad(sup)
    assert_common(sup, rc, err)
    assert "'abc'" in err
    assert "in section 'program:x'" in err
    assert sup.conf in err
    if h.IS_REFERENCE:
        assert err == (
            "Error: invalid literal for int() with base 10: 'abc' in section "
            "'program:x' (file: '%s')\nFor help, use %s -h\n"
            % (sup.conf, h.SUPERVISORD))
    else:
        assert "startsecs" in err, "stderr should name the key: %r" % err
    assert_names_line(sup, err, "startsecs=abc")


@pytest.mark.parametrize("key,value,message", [
    ("autorestart", "maybe", "invalid 'autorestart' value 'maybe'"),
    ("stopsignal", "FOO", "value 'FOO' is not a valid signal name"),
    ("exitcodes", "a,b", "not a valid list of exit codes: 'a,b'"),
])
def test_bad_program_values(supervisor, key, value, message):
    sup = supervisor("""
        [program:ok]
        command=/bin/sleep 1000

        [program:x]
        command=/bin/sleep 1000
        %s=%s
        """ % (key, value))
    rc, err = run_bad(sup)
    assert_common(sup, rc, err)
    assert message in err
    assert "in section 'program:x'" in err
    assert_names_line(sup, err, "%s=%s" % (key, value))


def test_program_without_command(supervisor):
    sup = supervisor("""
        [program:x]
        startsecs=1
        """)
    rc, err = run_bad(sup)
    assert_common(sup, rc, err)
    assert "program section program:x does not specify a command" in err
    assert "in section 'program:x'" in err


def test_numprocs_without_process_num(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        numprocs=2
        """)
    rc, err = run_bad(sup)
    assert_common(sup, rc, err)
    assert ("%(process_num) must be present within process_name when "
            "numprocs > 1") in err
    assert "in section 'program:x'" in err


def test_bad_loglevel(supervisor):
    sup = supervisor("""
        [program:x]
        command=/bin/sleep 1000
        """, loglevel="bogus")
    rc, err = run_bad(sup)
    assert_common(sup, rc, err)
    assert "bad logging level name 'bogus'" in err
    assert_names_line(sup, err, "loglevel=bogus")


def test_nonexistent_config_file(workdir):
    h.require_supervisord()
    missing = os.path.join(workdir, "does", "not", "exist.conf")
    import subprocess
    p = subprocess.run([h.SUPERVISORD, "-c", missing], cwd=workdir,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=15,
                       start_new_session=True)
    assert p.returncode == 2
    assert p.stdout == b""
    assert p.stderr.decode() == (
        "Error: could not find config file %s\nFor help, use %s -h\n"
        % (missing, h.SUPERVISORD))
    assert os.listdir(workdir) == []
