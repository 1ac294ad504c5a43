"""Facts about funding rounds (``data/fund.toml``) and figures a source states
outside its text extract (``data/stated_facts.csv``)."""

from __future__ import annotations

import csv
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def fund_config() -> dict:
    text = resources.files("funding").joinpath("data").joinpath("fund.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def round_config(round_name: str) -> dict:
    return fund_config()["rounds"].get(round_name, {})


@lru_cache(maxsize=1)
def stated_facts() -> dict[tuple[str, str], dict[str, str]]:
    """(source_id, fact) → {value, basis}."""
    text = resources.files("funding").joinpath("data").joinpath("stated_facts.csv").read_text(encoding="utf-8")
    return {(r["source_id"], r["fact"]): r for r in csv.DictReader(text.splitlines())}
