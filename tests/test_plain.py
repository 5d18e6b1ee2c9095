"""Plain records mirror the pydantic ones field for field, and a cached base checks with them alone.

The matcher, the kinds and the entity registry read :mod:`factcheck.plain`; if a record gained a field the
plain copy lacked, the copy would silently drop it. These tests hold the two forms in step.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import FrozenInstanceError
from datetime import date
from enum import Enum
from pathlib import Path

import pytest
from pydantic import BaseModel

from factcheck import plain, records
from factcheck.cache import Deferred
from factcheck.claimbase import ClaimBase, load_base
from factcheck.document import read_text
from factcheck.loader import load_files

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    (plain.Entity, records.Entity), (plain.Source, records.Source), (plain.Provenance, records.Provenance),
    (plain.DatePoint, records.DatePoint), (plain.Claim, records.Claim),
    (plain.CountValue, records.CountValue), (plain.QuantityValue, records.QuantityValue),
    (plain.DurationValue, records.DurationValue), (plain.DateValue, records.DateValue),
    (plain.PlaceValue, records.PlaceValue), (plain.ActorValue, records.ActorValue),
    (plain.TargetValue, records.TargetValue),
]


def _claim_folders() -> list[Path]:
    stories = sorted(p.parent for p in (ROOT / "tests" / "articles").glob("*/story.json"))
    return [ROOT / "claims", *(s / c for s in stories
                               for c in json.loads((s / "story.json").read_text(encoding="utf-8"))["claims"])]


@pytest.mark.parametrize(("mirror", "record"), PAIRS, ids=lambda c: c.__name__)
def test_each_plain_class_has_its_records_fields(mirror: type, record: type[BaseModel]) -> None:
    own = set(plain.field_names(mirror))
    if "kind" in record.model_fields and hasattr(mirror, "kind") and "kind" not in own:
        own.add("kind")  # a value's kind is a class constant of its plain class
        assert mirror.kind == record.model_fields["kind"].default
    assert own == set(record.model_fields)


def test_the_enumerations_are_shared() -> None:
    assert records.Status is plain.Status and records.EntityKind is plain.EntityKind


def _same(copy: object, record: object) -> None:
    """``copy`` holds what ``record`` holds, field by field, all the way down."""
    if isinstance(record, BaseModel):
        assert type(copy).__module__ == "factcheck.plain" and type(copy).__name__ == type(record).__name__
        for name in type(record).model_fields:
            _same(getattr(copy, name), getattr(record, name))
    elif isinstance(record, tuple):
        assert isinstance(copy, tuple) and len(copy) == len(record)
        for a, b in zip(copy, record, strict=True):
            _same(a, b)
    else:
        assert isinstance(record, str | int | float | bool | date | Enum | None)
        assert copy == record and type(copy) is type(record)


@pytest.mark.parametrize("folder", _claim_folders(), ids=lambda p: p.parent.name if p.name == "claims" else p.name)
def test_every_record_of_the_corpus_copies_whole(folder: Path) -> None:
    files, problems = load_files([folder])
    assert not problems
    for f in files:
        for claim in f.record.claims:
            _same(plain.claim(claim), claim)
        for entity in f.record.entities:
            _same(plain.entity(entity), entity)
        if f.record.source is not None:
            _same(plain.source(f.record.source), f.record.source)


def test_a_plain_copy_is_its_own_copy() -> None:
    claim = plain.claim(records.Claim(id="x", statement="y", values=[{"kind": "count", "number": 2, "noun": "z"}]))
    assert plain.claim(claim) is claim and plain.value(claim.values[0]) is claim.values[0]
    assert claim.values[0].field == "count"


def test_plain_records_behave_as_frozen_dataclasses() -> None:
    """Built without :mod:`dataclasses`, they keep its contract: keyword fields, defaults, equality, hashing,
    immutability, no instance dictionary, and a pickle that round-trips."""
    count = plain.CountValue(number=2.0, noun="diplomats", slot="expelled")
    assert count == plain.CountValue(slot="expelled", noun="diplomats", number=2.0) != plain.CountValue(
        number=3.0, noun="diplomats", slot="expelled")
    assert hash(count) == hash(plain.CountValue(number=2.0, noun="diplomats", slot="expelled"))
    assert (count.to, count.approx, count.noun_aliases, count.field, count.kind) == (None, False, (), "expelled",
                                                                                    "count")
    assert plain.field_names(plain.CountValue) == ("slot", "phrase", "number", "to", "bound", "tolerance",
                                                   "approx", "noun", "noun_aliases", "tally")
    assert repr(plain.DatePoint(year=2023)) == "DatePoint(year=2023, month=None, day=None)"
    with pytest.raises(FrozenInstanceError):
        count.number = 3.0  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing keyword argument 'noun'"):
        plain.CountValue(number=2.0)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword arguments"):
        plain.DatePoint(year=2023, week=3)  # type: ignore[call-arg]
    assert not hasattr(count, "__dict__")
    claim = plain.Claim(id="x", statement="y", values=(count,), provenance=plain.Provenance(source="s"))
    assert pickle.loads(pickle.dumps(claim, pickle.HIGHEST_PROTOCOL)) == claim
    assert plain.Claim(id="x", statement="y") != plain.Provenance(source="x")


def test_a_cached_base_checks_without_reading_its_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    fresh, _ = load_base([ROOT / "claims"], cache=True)
    cached, _ = load_base([ROOT / "claims"], cache=True)
    assert isinstance(fresh, ClaimBase) and isinstance(cached, ClaimBase) and cached is not fresh
    article = ROOT / "examples" / "desk-draft.md"
    document = read_text(article.read_text(encoding="utf-8"), article.name)
    report = cached.check_document(document, uncovered=True)
    assert isinstance(cached.__dict__["_records"], Deferred), "a check reads no record"
    assert report == fresh.check_document(document, uncovered=True)
    # the records are there when asked for, as a fresh build has them
    assert cached.claims == fresh.claims and cached.sources == fresh.sources
    assert cached.get(fresh.claims[0].id) == fresh.claims[0] and fresh.claims[0].id in cached
    assert cached.inferred == fresh.inferred
