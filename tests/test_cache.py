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
    payload = pickle.dumps(_Evil(str(marker)))
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
