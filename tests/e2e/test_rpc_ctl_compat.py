"""The reference's own supervisorctl against our daemon and against the
reference daemon, on the same config: every command prints the same (pids,
times and directories normalised) and exits with the same code.
"""

import os

import pytest

import supervisor_harness as h
import rpc_client as rc

PROGRAMS = """
[program:sleeper]
command=/bin/sleep 1000
startsecs=0

[program:manual]
command=/bin/sleep 1000
autostart=false
startsecs=0

[program:missing]
command=/nonexistent/command
autostart=false

[program:talker]
command=/bin/sh -c "echo first-line; echo err-line >&2; exec /bin/sleep 1000"
startsecs=0
stdout_logfile=%(here)s/talker.out
stderr_logfile=%(here)s/talker.err

[group:grp]
programs=ga,gb

[program:ga]
command=/bin/sleep 1000
startsecs=0

[program:gb]
command=/bin/sleep 1000
startsecs=0
"""

# After `reread`: manual disappears, extra appears, sleeper changes.
CHANGED = (PROGRAMS.replace("[program:manual]", "[program:extra]")
           .replace("command=/bin/sleep 1000\nstartsecs=0\n\n[program:extra]",
                    "command=/bin/sleep 999\nstartsecs=0\n\n[program:extra]", 1))

SCENARIO = [
    ["status"],
    ["version"],
    ["pid"],
    ["avail"],
    ["stop", "sleeper"],
    ["status", "sleeper"],
    ["start", "sleeper"],
    ["start", "sleeper"],
    ["start", "missing"],
    ["start", "nosuch"],
    ["stop", "manual"],
    ["restart", "sleeper"],
    ["signal", "HUP", "manual"],
    ["signal", "CONT", "sleeper"],
    ["signal", "BOGUS", "sleeper"],
    ["signal", "CONT", "grp:*"],
    ["stop", "grp:*"],
    ["start", "grp:*"],
    ["status", "grp:*"],
    ["pid", "sleeper"],
    ["tail", "talker"],
    ["tail", "talker", "stderr"],
    ["tail", "-5", "talker"],
    ["clear", "talker"],
    ["tail", "talker"],
    ["clear", "nosuch"],
    ["status", "nosuch"],
    ["stop", "all"],
    ["status"],
    ["start", "all"],
    "REWRITE",
    ["reread"],
    ["update"],
    ["status"],
    ["remove", "extra"],
    ["stop", "extra"],
    ["remove", "extra"],
    ["add", "extra"],
    ["add", "extra"],
    ["add", "nosuch"],
    ["status"],
]


def run_scenario(sup, sock):
    proxy = rc.unix_proxy(sock)
    rc.wait_rpc_ready(proxy)
    for name in ("sleeper", "talker", "grp:ga", "grp:gb"):
        rc.wait_state(proxy, name, "RUNNING")
    rc.ensure_child_log(sup.path("talker.out"), "first-line\n")
    rc.ensure_child_log(sup.path("talker.err"), "err-line\n")
    transcript = []
    for step in SCENARIO:
        if step == "REWRITE":
            sup.write_config(CHANGED + rc.unix_server_sections(sock))
            continue
        code, out = rc.ctl(sup.conf, *step)
        out = rc.normalize(out, sup.dir)
        if any(arg == "all" or arg.endswith(":*") for arg in step):
            # several processes settle in the order they happen to be
            # reaped, run to run, in the reference too
            out = "".join(sorted(out.splitlines(True)))
        transcript.append((" ".join(step), code, out))
    main_code, main_out = rc.ctl(sup.conf, "maintail")
    shutdown = rc.ctl(sup.conf, "shutdown")
    exit_code = sup.wait_exit(timeout=30)
    return transcript, (main_code, main_out), shutdown, exit_code


@pytest.mark.skipif(not rc.reference_available(), reason="the reference supervisor is not installed")
def test_reference_ctl_sees_the_same_daemon(supervisor, workdir):
    ours = supervisor("")
    ours.write_config(PROGRAMS + rc.unix_server_sections(ours.path("rpc.sock")))
    ours.start()

    ref_dir = os.path.join(workdir, "reference")
    os.makedirs(ref_dir)
    ref = rc.ReferenceSupervisor(ref_dir, "")
    try:
        ref.write_config(PROGRAMS + rc.unix_server_sections(ref.path("rpc.sock")))
        ref.start()
        ref_run = run_scenario(ref, ref.path("rpc.sock"))
    finally:
        ref.cleanup()
    our_run = run_scenario(ours, ours.path("rpc.sock"))

    for (step, ref_code, ref_out), (_, our_code, our_out) in zip(ref_run[0], our_run[0]):
        assert (step, our_code, our_out) == (step, ref_code, ref_out)
    # maintail: both print their log (the lines themselves differ)
    assert our_run[1][0] == ref_run[1][0] == 0
    last_lines = our_run[1][1].strip().splitlines()[-3:]
    assert last_lines and all(line in ours.log_text() for line in last_lines)
    assert our_run[2] == ref_run[2] == (0, "Shut down\n")
    assert our_run[3] == ref_run[3] == 0


@pytest.mark.xfail(not h.IS_REFERENCE, strict=True,
                   reason="plugin ABI gap: no view of the re-read config's processes, so "
                          "getAllConfigInfo lists the active ones only (no 'avail' entries)")
def test_avail_after_reread_lists_the_new_config(supervisor):
    sup = supervisor("")
    sock = sup.path("rpc.sock")
    sup.write_config(PROGRAMS + rc.unix_server_sections(sock))
    sup.start()
    rc.wait_rpc_ready(rc.unix_proxy(sock))
    sup.write_config(CHANGED + rc.unix_server_sections(sock))
    assert rc.ctl(sup.conf, "reread")[0] == 0
    code, out = rc.ctl(sup.conf, "avail")
    assert code == 0
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines()}
    assert lines["extra"] == "avail"
    assert "manual" not in lines
