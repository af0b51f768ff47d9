"""pytest fixtures for the supervisord end-to-end tests.

Usage in a test:

    def test_x(supervisor):
        sup = supervisor('''
            [program:web]
            command=/bin/sleep 1000
            ''')
        sup.start()
        ...

Every Supervisor created through the fixture lives in its own temp dir and is
torn down afterwards, pass or fail: SIGTERM, then SIGKILL of its session and
of every process carrying its SUPTEST_TAG, then the temp dir is removed
(kept if SUPTEST_KEEP=1).
"""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import supervisor_harness as h  # noqa: E402


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, "rep_" + rep.when, rep)


@pytest.fixture
def workdir():
    h.require_supervisord()
    d = h.make_workdir()
    try:
        yield d
    finally:
        if os.environ.get("SUPTEST_KEEP") == "1":
            print("SUPTEST_KEEP=1: leaving %s" % d)
        else:
            h.remove_workdir(d)


@pytest.fixture
def supervisor(request, workdir):
    """Factory: supervisor(programs, **kw) -> harness.Supervisor (not started)."""
    created = []

    def factory(programs="", **kw):
        sub = os.path.join(workdir, "sup%d" % len(created))
        os.makedirs(sub)
        sup = h.Supervisor(sub, programs, **kw)
        created.append(sup)
        return sup

    try:
        yield factory
    finally:
        failed = getattr(request.node, "rep_call", None)
        failed = failed is not None and failed.failed
        for sup in created:
            if failed:
                print(sup.dump())
            sup.cleanup()
