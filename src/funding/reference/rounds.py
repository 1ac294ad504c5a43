"""Facts about funding rounds (``data/fund.toml``) and figures a source states
outside its text extract (``data/stated_facts.csv``)."""

from __future__ import annotations

from functools import lru_cache

from funding.core.packagedata import data_csv, data_toml


@lru_cache(maxsize=1)
def fund_config() -> dict:
    return data_toml("fund.toml")


def round_config(round_name: str) -> dict:
    return fund_config()["rounds"].get(round_name, {})


@lru_cache(maxsize=1)
def stated_facts() -> dict[tuple[str, str], dict[str, str]]:
    """(source_id, fact) → {value, basis}."""
    return {(r["source_id"], r["fact"]): r for r in data_csv("stated_facts.csv", ("source_id", "fact"))}


def featured_round() -> str:
    """The round the figures, findings and report feature (``featured_round`` in fund.toml)."""
    return fund_config()["featured_round"]
