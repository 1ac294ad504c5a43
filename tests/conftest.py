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
