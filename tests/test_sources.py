"""Finding the sources, checking their hashes, and fetching them."""

import io

import pytest

from funding import sources
from funding.sources import manifests as manifest_module, mirror
from funding.errors import SourceError
from funding.core.text import decode

AWARD_FILE = "home-office-2021-08-11-perpetrator-fund-awards.txt"


def test_manifest_lists_the_five_sources_with_licence_and_hash():
    entries = [e for e in sources.manifest().values() if e.shelf == "sources"]
    assert len(entries) == 5
    assert {e.kind for e in entries} == {"award-list", "local-release"}
    assert all(len(e.sha256) == 64 and e.publisher and e.licence for e in entries)
    award = sources.entry("ho-2021-08-11-awards")
    assert (award.file, award.round, award.published) == (AWARD_FILE, "2021-22", "2021-08-11")


def test_env_mirror_comes_first_and_a_changed_file_is_named(tmp_path, monkeypatch):
    (tmp_path / AWARD_FILE).write_text("Kent (1) £1 • tampered\n", encoding="utf-8")
    monkeypatch.setenv("FUNDING_SOURCES_DIR", str(tmp_path))
    assert sources.locate("ho-2021-08-11-awards") == tmp_path / AWARD_FILE
    with pytest.raises(SourceError) as info:
        sources.read_text("ho-2021-08-11-awards")
    assert str(tmp_path / AWARD_FILE) in str(info.value)
    assert "sha256" in info.value.expected


def test_missing_file_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setenv("FUNDING_SOURCES_DIR", str(tmp_path))
    monkeypatch.setattr(mirror, "PROJECT_ROOT", tmp_path / "project")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SourceError) as info:
        sources.locate("ho-2021-08-11-awards")
    assert info.value.found == "no such file" and "funding fetch" in info.value.hint


def test_unknown_source_id():
    with pytest.raises(SourceError, match="a source id from the manifest"):
        sources.entry("no-such-source")


@pytest.mark.sources
def test_fetch_writes_verified_files_and_holds_back_changed_ones(tmp_path):
    good = {e.url: e for e in sources.manifest().values() if e.url and e.shelf == "sources"}
    real = {}
    for url, e in good.items():
        real[url] = sources.read_bytes(e.source_id)[1]
    changed_url = next(iter(good))

    def opener(url, timeout):
        if url not in real:
            raise OSError("no network in tests")
        return io.BytesIO(real[url] if url != changed_url else b"a changed page")

    results = {r.source_id: r for r in sources.fetch(tmp_path, opener=opener)}
    changed = good[changed_url]
    assert results[changed.source_id].status == "differs"
    assert (tmp_path / (changed.file + ".download")).read_bytes() == b"a changed page"
    assert not (tmp_path / changed.file).exists()
    for url, e in good.items():
        if url != changed_url:
            assert results[e.source_id].status == "verified"
            assert (tmp_path / e.file).read_bytes() == real[url]
    assert results["coalville-nub-2020-leics"].status == "no url"
    assert {r.status for r in results.values()} <= {"verified", "differs", "no url", "failed"}


def test_decode_reports_line_of_undecodable_byte():
    with pytest.raises(SourceError) as info:
        decode("line one\nline two £\n".encode("cp1252"), "f.txt")
    assert info.value.line == 2 and "UTF-8" in info.value.expected and "windows-1252" in info.value.hint


def test_decode_strips_bom():
    assert decode(b"\xef\xbb\xbfKent", "f.txt") == "Kent"


def test_sources_without_url_are_named_with_the_reason():
    missing = {e.source_id: e.notes for e in sources.unfetchable() if e.shelf == "sources"}
    assert set(missing) == {"coalville-nub-2020-leics", "notts-pcc-2022-06-01-your-choice"}
    assert all(note for note in missing.values())
