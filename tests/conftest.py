"""Shared test configuration: kept minimal and generic.

Hypothesis runs derandomized (the same examples on every run and machine) and
writes no example database, so CI is repeatable and leaves no files behind.
``HYPOTHESIS_PROFILE=explore`` runs many more, random examples for a local hunt.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=40,  # the whole suite should stay near 90 s
    # A hang guard, not a speed test (speed is benchmarks/run.py's job): an example that
    # takes 10 s, thousands of times a parser call's milliseconds, is a runaway loop; the
    # global pytest-timeout (pyproject) fails a test that never returns at all.
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def built_tables():
    """Every table, built once per session from the sources in the mirror."""
    from funding.pipeline import build_tables

    return build_tables()


def _release_reader_hangs_on_zero() -> bool:
    """Whether parse.releases loops forever on '£0' (a bug fixed by the release-reading issue).

    Probed once, under a 5-second alarm, before any test (and pytest-timeout) runs.
    """
    import signal
    import warnings

    if not hasattr(signal, "setitimer"):
        return False
    from funding.parse.releases import extract_release

    class Hung(Exception):
        pass

    def alarm(*_):
        raise Hung

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract_release("It received £0.", "probe.txt")
        return False
    except Hung:
        return True
    except Exception:
        return False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def pytest_collection_modifyitems(config, items):
    # Fuzzers that can reach the release reader would hang there, and hypothesis treats a
    # timeout as a failure to shrink (re-running the loop): while the loop exists they are
    # reported as expected failures, not run.  Once it is fixed this marks nothing.
    fuzzers = ("test_properties.py", "test_edges.py")
    reaching = [i for i in items if i.path.name in fuzzers and ("local_release" in i.name or "release_stating" in i.name)]
    if reaching and _release_reader_hangs_on_zero():
        mark = pytest.mark.xfail(run=False, strict=False, reason="parse.releases loops forever on '£0' (fixed by the release-reading issue)")
        for item in reaching:
            item.add_marker(mark)
