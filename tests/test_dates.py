"""Publication dates: read to a year and month, impossible ones refused (core.dates)."""

from __future__ import annotations

import pytest

import forked_cli
from funding.core.dates import check_publication_date, publication_month
from funding.errors import SourceError


@pytest.mark.parametrize("text, expected", [
    ("2022-06-01", (2022, 6)),
    ("2022-06", (2022, 6)),
    ("2023-1-9", (2023, 1)),
    ("1 June 2022", (2022, 6)),
    ("21st February 2024", (2024, 2)),
    ("March 2025", (2025, 3)),
    ("2020 (autumn; programme to open in December 2020)", (2020, 10)),
    ("2020 (autumn)", (2020, 10)),
    ("2020", None),
    ("2021 (spring)", None),
    ("sometime", None),
])
def test_a_written_date_reads_to_its_year_and_month(text, expected):
    assert publication_month(text) == expected


@pytest.mark.parametrize("text", ["2022-13-45", "2022-02-30", "2022-00", "31 April 2023", "2023-11-31"])
def test_an_impossible_date_is_refused_naming_where_it_came_from(text):
    with pytest.raises(SourceError) as err:
        publication_month(text, "user_sources.csv")
    assert (err.value.source, err.value.found) == ("user_sources.csv", text)
    assert "does not exist" in err.value.message


def test_a_year_alone_is_a_date_only_where_one_is_enough():
    assert check_publication_date("2030", year_alone=True) == "2030"
    with pytest.raises(SourceError) as err:
        check_publication_date("2030")
    assert err.value.found == "2030" and "month and year" in err.value.message
    with pytest.raises(SourceError):
        check_publication_date("soon", year_alone=True)


def _cli(*args):
    """The command in a process forked from this one (tests/forked_cli.py): its exit status and two streams."""
    return forked_cli.run(*args, timeout=120)


def test_read_release_refuses_an_impossible_published_date(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text("Kent's commissioner has been awarded £123,456 by the Home Office.\n", encoding="utf-8")
    for bad in ("2022-13-45", "2022-02-30"):
        out = _cli("read-release", str(f), "--published", bad)
        assert out.returncode == 2, out.stdout
        assert out.stderr.startswith(f"funding: error: --published: found '{bad}'; expected a date")
        assert out.stderr.count("\n") == 1 and not out.stdout
    assert _cli("read-release", str(f), "--published", "2022-02-28").returncode == 0


def test_add_source_refuses_an_impossible_date_before_copying_anything(tmp_path, monkeypatch):
    from funding.sources.fetch import add_source

    f = tmp_path / "news.txt"
    f.write_text("Kent's commissioner has been awarded £123,456 by the Home Office.\n", encoding="utf-8")
    out_dir = tmp_path / "raw"
    with pytest.raises(SourceError) as err:
        add_source(str(f), kind="local-release", publisher="P", published="2022-13-45", out_dir=out_dir)
    assert err.value.found == "2022-13-45"
    assert not out_dir.exists()


def test_the_release_reader_refuses_an_impossible_publication_date():
    from funding.parse.releases import extract_release, financial_year

    assert financial_year("2022-02-28") == "2021-22" and financial_year("2022-04") == "2022-23"
    assert financial_year("2020 (autumn; programme to open in December 2020)") == "2020-21"
    assert financial_year("2021") == ""
    text = "Kent news\n\nKent's commissioner has put £20,000 of her own budget into the course.\n"
    with pytest.raises(SourceError) as err:
        extract_release(text, "kent.txt", published="2022-13-45")
    assert err.value.found == "2022-13-45"
