"""The claim-base cache: a hit gives the base a fresh build gives, and no cache problem ever fails a run."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from factcheck import cache
from factcheck.claimbase import ClaimBase, load_base
from factcheck.cli import main
from factcheck.document import read_text
from factcheck.errors import ClaimsError
from factcheck.index import BM25Index

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "desk-draft.md"


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    shutil.copytree(ROOT / "claims", folder)
    return folder


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def _findings(base: ClaimBase) -> list[tuple[int, str, str | None, tuple[str, ...]]]:
    report = base.check_document(read_text(ARTICLE.read_text(encoding="utf-8"), ARTICLE.name), uncovered=True)
    return [(f.start.line, f.verdict.value, f.claim_id, tuple(d.found for d in f.discrepancies))
            for f in report.findings]


def _entries(store: Path) -> list[Path]:
    return sorted(store.glob("base-*.pickle")) if store.is_dir() else []


def _deferred(entry: Path) -> Path:
    """The file beside ``entry`` holding what only the API reads: the validated records, the search index."""
    return entry.with_suffix(".deferred")


def test_a_second_load_reads_the_stored_base_and_checks_the_same(claims: Path, store: Path) -> None:
    fresh, problems = load_base([claims], cache=True)
    assert fresh is not None and not problems
    assert len(_entries(store)) == 1
    again, _ = load_base([claims], cache=True)
    assert isinstance(again, ClaimBase) and again is not fresh
    assert _findings(again) == _findings(fresh)
    assert [c.id for c in again.claims] == [c.id for c in fresh.claims]
    assert again.search("France expelled two Azerbaijani diplomats", 3) == fresh.search(
        "France expelled two Azerbaijani diplomats", 3)


def test_records_stored_one_by_one_are_rebuilt_on_use_and_check_the_same(
        claims: Path, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed base is too small to be stored lazily: make every container lazy and compare."""
    monkeypatch.setattr(cache, "_LAZY_MIN", 1)
    fresh, _ = load_base([claims], cache=True)
    again, _ = load_base([claims], cache=True)
    assert fresh is not None and again is not None
    assert isinstance(again.claims, cache.LazyClaims)
    assert _findings(again) == _findings(fresh)
    claim = fresh.claims[3]
    assert again.get(claim.id) == claim and claim.id in again
    assert list(again.claims) == list(fresh.claims)


def test_a_column_is_stored_packed_and_rebuilt_item_by_item(store: Path) -> None:
    values = cache.Column(frozenset({f"word{i}", f"other{i % 7}"}) for i in range(1_000))
    assert cache.save("k", {"column": values, "plain": (1, 2)}, store)
    read = cache.load("k", store)
    assert isinstance(read, dict) and read["plain"] == (1, 2)
    column = read["column"]
    assert isinstance(column, cache.LazyClaims) and len(column) == 1_000
    assert column[500] == values[500] and column[-1] == values[-1] and column[:3] == values[:3]
    assert sum(item is not None for item in column._items) == 5, "only the items read are rebuilt"
    assert list(column) == list(values)
    assert pickle.loads(pickle.dumps(column)) == values  # as a worker started by spawn receives it


def test_a_cached_check_rebuilds_only_the_claims_it_reaches(claims: Path, store: Path) -> None:
    """The matcher's per-claim values come back packed: a check unpacks those of the claims it weighs."""
    fresh, _ = load_base([claims], cache=True)
    cached, _ = load_base([claims], cache=True)
    assert fresh is not None and cached is not None
    text = "Azerbaijan gave the two French diplomats 48 hours to leave."
    assert cached.check(text) == fresh.check(text)
    matcher = cached._matcher
    reached = [i for i, item in enumerate(matcher._vocabulary._items) if item is not None]
    assert 0 < len(reached) < len(fresh.claims) / 2
    for name in ("_claims", "_wordings", "_keyword_words", "_entities", "_vocabulary", "_periods", "_years"):
        column = getattr(matcher, name)
        assert isinstance(column, cache.LazyClaims), name
        assert list(column) == list(getattr(fresh._matcher, name)), name
    assert _findings(cached) == _findings(fresh)


def test_a_changed_claims_file_is_a_miss(claims: Path, store: Path) -> None:
    load_base([claims], cache=True)
    path = claims / "france-azerbaijan-expulsions.json"
    path.write_text(path.read_text(encoding="utf-8").replace("48 hours", "72 hours", 1), encoding="utf-8")
    changed, _ = load_base([claims], cache=True)
    assert changed is not None
    assert len(_entries(store)) == 2
    fresh, _ = load_base([claims], cache=False)
    assert fresh is not None and _findings(changed) == _findings(fresh)


def test_invalid_claims_are_reported_and_never_stored(claims: Path, store: Path) -> None:
    path = claims / "france-azerbaijan-expulsions.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"kind": "count"', '"kind": "cuont"', 1),
                    encoding="utf-8")
    base, problems = load_base([claims], cache=True)
    assert base is None
    assert any("cuont" in p.message for p in problems)
    assert _entries(store) == []


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "empty"])
def test_a_damaged_entry_is_a_miss(claims: Path, store: Path, damage: str) -> None:
    load_base([claims], cache=True)
    [entry] = _entries(store)
    data = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
    elif damage == "foreign":
        entry.write_bytes(pickle.dumps({"not": "a base"}))
    else:
        entry.write_bytes(b"")
    base, problems = load_base([claims], cache=True)
    assert base is not None and not problems
    fresh, _ = load_base([claims], cache=False)
    assert fresh is not None and _findings(base) == _findings(fresh)


def test_an_entry_naming_other_code_is_refused(claims: Path, store: Path) -> None:
    """Even with a valid digest, a pickle that names a function outside factcheck is never run."""
    load_base([claims], cache=True)
    [entry] = _entries(store)
    marker = store / "ran"
    side = _deferred(entry).stat().st_size - len(cache._SIDE_MAGIC)  # so the entry passes every check but one
    payload = side.to_bytes(cache._SIZE, "big") + pickle.dumps(_Evil(str(marker)))
    header = cache._MAGIC + cache._digest(payload)
    entry.write_bytes(header + payload)
    base, _ = load_base([claims], cache=True)
    assert isinstance(base, ClaimBase)
    assert not marker.exists()


class _Evil:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        return os.mkdir, (self.path,)


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "missing":
        path.unlink()
    elif how == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif how == "longer":
        path.write_bytes(data + b"\0")
    else:  # altered in place: same size, one byte flipped in the first part (the records) or the last
        at = len(cache._SIDE_MAGIC) + 50 if how == "flip-first" else len(data) - 1
        path.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:])


@pytest.mark.parametrize("damage", ["missing", "truncate", "longer"])
def test_a_deferred_file_missing_or_of_another_size_makes_the_entry_a_miss(
        claims: Path, store: Path, damage: str) -> None:
    fresh, _ = load_base([claims], cache=True)
    assert fresh is not None
    [entry] = _entries(store)
    _damage(_deferred(entry), damage)
    assert cache.load(entry.name[len("base-"):-len(".pickle")], store) is None
    again, problems = load_base([claims], cache=True)
    assert again is not None and not problems
    assert again.claims == fresh.claims and _findings(again) == _findings(fresh)
    # the rebuild stored a whole entry again, which the next run reads, records and all
    third, _ = load_base([claims], cache=True)
    assert third is not None and isinstance(third.__dict__["_records"], cache.Deferred)
    assert third.claims == fresh.claims


@pytest.mark.parametrize(("damage", "part"), [("flip-first", "_records"), ("flip-last", "_search")])
def test_a_deferred_part_altered_in_place_is_rebuilt_when_first_asked_for(
        claims: Path, store: Path, damage: str, part: str) -> None:
    """A flipped byte keeps the size, so the entry is a hit; the part's digest catches it when it is read."""
    fresh, _ = load_base([claims], cache=True)
    assert fresh is not None
    [entry] = _entries(store)
    _damage(_deferred(entry), damage)
    damaged, _ = load_base([claims], cache=True)
    assert damaged is not None and isinstance(damaged.__dict__[part], cache.Deferred)
    with pytest.raises(cache.DamagedEntry):
        damaged.__dict__[part].value()
    assert _findings(damaged) == _findings(fresh)  # a check never reads the part
    assert damaged.claims == fresh.claims and damaged.sources == fresh.sources
    assert damaged.inferred == fresh.inferred
    query = "France expelled two Azerbaijani diplomats"
    assert damaged.search(query, 3) == fresh.search(query, 3)
    # the rebuild replaced the damaged entry: the next run reads its records without building anything
    again, _ = load_base([claims], cache=True)
    assert again is not None
    assert again.__dict__["_records"].value().claims == fresh.claims


def test_a_damaged_part_is_not_rebuilt_from_claims_files_changed_since(claims: Path, store: Path) -> None:
    """Records built from other bytes would not be the ones the cached indexes were built over."""
    load_base([claims], cache=True)
    [entry] = _entries(store)
    _damage(_deferred(entry), "flip-first")
    damaged, _ = load_base([claims], cache=True)
    assert damaged is not None
    path = claims / "france-azerbaijan-expulsions.json"
    path.write_text(path.read_text(encoding="utf-8").replace("48 hours", "72 hours", 1), encoding="utf-8")
    with pytest.raises(ClaimsError, match="changed after this claim base was read"):
        _ = damaged.claims


def test_the_search_index_is_deferred_with_the_records(claims: Path, store: Path) -> None:
    fresh, _ = load_base([claims], cache=True)
    again, _ = load_base([claims], cache=True)
    assert fresh is not None and again is not None
    assert isinstance(again.__dict__["_search"], cache.Deferred)
    query = "Azerbaijan expelled French diplomats within 48 hours"
    assert again.search(query, 5) == fresh.search(query, 5)
    assert isinstance(again.__dict__["_search"], BM25Index)


def test_a_warm_check_never_reads_the_deferred_file(
        claims: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Garbage of the right size in the deferred file passes the size check: a check that read it would
    fail its digest and rebuild the entry; one that does not leaves both files as they are."""
    assert main(["check", str(ARTICLE), "--claims", str(claims), "--format", "json"]) == 1
    first = capsys.readouterr().out
    [entry] = _entries(store)
    side = _deferred(entry)
    side.write_bytes(b"\0" * side.stat().st_size)
    before = (entry.stat().st_mtime_ns, side.stat().st_mtime_ns)
    assert main(["check", str(ARTICLE), "--claims", str(claims), "--format", "json"]) == 1
    assert capsys.readouterr().out == first
    assert (entry.stat().st_mtime_ns, side.stat().st_mtime_ns) == before
    assert side.read_bytes().count(0) == side.stat().st_size


def test_a_cached_base_pickled_whole_keeps_its_records(claims: Path, store: Path) -> None:
    """A worker started by spawn receives the base pickled: its deferred parts still name the entry's file."""
    fresh, _ = load_base([claims], cache=True)
    cached, _ = load_base([claims], cache=True)
    assert fresh is not None and cached is not None
    copy = pickle.loads(pickle.dumps(cached))
    assert _findings(copy) == _findings(fresh)
    assert copy.claims == fresh.claims and copy.get(fresh.claims[0].id) == fresh.claims[0]


def test_a_stale_entry_is_removed_whole(claims: Path, store: Path) -> None:
    load_base([claims], cache=True)
    [old] = _entries(store)
    for path in (old, _deferred(old)):
        os.utime(path, (0, 0))
    path = claims / "france-azerbaijan-expulsions.json"
    path.write_text(path.read_text(encoding="utf-8").replace("48 hours", "72 hours", 1), encoding="utf-8")
    load_base([claims], cache=True)
    [new] = _entries(store)
    assert new != old
    assert sorted(store.glob("base-*")) == [_deferred(new), new]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_costs_only_the_rebuild(claims: Path, store: Path) -> None:
    store.mkdir()
    store.chmod(0o500)
    try:
        base, problems = load_base([claims], cache=True)
        assert base is not None and not problems
        assert _entries(store) == []
    finally:
        store.chmod(0o700)


def test_an_unwritable_cache_location_costs_only_the_rebuild(
        claims: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))  # cannot be created under a file
    base, problems = load_base([claims], cache=True)
    assert base is not None and not problems
    again, _ = load_base([claims], cache=True)
    assert again is not None and _findings(again) == _findings(base)


def test_cli_no_cache_stores_nothing_and_the_default_stores_the_base(
        claims: Path, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(ARTICLE), "--claims", str(claims), "--no-cache", "--format", "json"])
    without = capsys.readouterr().out
    assert code in (0, 1)
    assert _entries(store) == []
    assert main(["check", str(ARTICLE), "--claims", str(claims), "--format", "json"]) == code
    assert len(_entries(store)) == 1
    first = capsys.readouterr().out
    assert main(["check", str(ARTICLE), "--claims", str(claims), "--format", "json"]) == code
    assert capsys.readouterr().out == first == without


def test_the_cache_folder_follows_the_platform_conventions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setattr(cache.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "factcheck"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert cache.cache_dir() == Path.home() / ".cache" / "factcheck"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"


def test_the_key_changes_with_the_bytes_the_names_and_the_settings() -> None:
    key = cache.cache_key([("a.json", b"{}")], min_score=0.8)
    assert key == cache.cache_key([("a.json", b"{}")], min_score=0.8)
    assert key != cache.cache_key([("a.json", b"{ }")], min_score=0.8)
    assert key != cache.cache_key([("b.json", b"{}")], min_score=0.8)
    assert key != cache.cache_key([("a.json", b"{}")], min_score=0.7)
    assert key != cache.cache_key([("a.json", b"{}"), ("b.json", b"")], min_score=0.8)
