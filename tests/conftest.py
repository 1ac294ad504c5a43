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


# --- Tests that need the published texts (issue 14) -------------------------------------
# Marked `sources` (or `integration`): without the texts they are skipped, saying how to get
# them; under FUNDING_REQUIRE_SOURCES=1 (CI, which has the mirror) any skip is a failure.
REQUIRE_SOURCES = os.environ.get("FUNDING_REQUIRE_SOURCES", "") not in ("", "0")
NO_SOURCES_REASON = (
    "needs the source mirror (published texts, ONS files): set FUNDING_SOURCES_DIR and FUNDING_DATA_DIR, "
    "or put the mirror at ../shared beside the project; see README, 'Run it'"
)


def pytest_configure(config):
    config.addinivalue_line("markers", "sources: needs the published texts (skipped without them, failed under FUNDING_REQUIRE_SOURCES=1)")


def pytest_collection_modifyitems(config, items):
    needing = [i for i in items if i.get_closest_marker("sources") or i.get_closest_marker("integration")]
    if needing and not REQUIRE_SOURCES:
        from funding.pipeline import sources_available

        if not sources_available():
            for item in needing:
                item.add_marker(pytest.mark.skip(reason=NO_SOURCES_REASON))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if REQUIRE_SOURCES and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under FUNDING_REQUIRE_SOURCES=1, where nothing may be skipped: {reason}"
    return report
