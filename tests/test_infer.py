"""A claim base of plain statements (only ``id`` and ``statement``) catches changed dates, numbers and parties.

The statements are read by the same reader as articles; these tests check what that reading yields
and that the completed claims behave like hand-typed ones: a changed value is contradicted, the
statement itself and unrelated sentences are not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.claimbase import ClaimBase, load_claims
from factcheck.cli import main
from factcheck.entities import EntityRegistry
from factcheck.infer import infer, infer_base
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    EntityKind,
    PlaceValue,
    QuantityValue,
    TargetValue,
)

ARCHIVE = [
    ("port-avel-reopened", "Port Avel reopened to shipping on 7 March 2024."),
    ("lerrin-storm-deaths", "The storm killed 12 people in Lerrin on 2 May 2023."),
    ("velmar-bought-orsa", "Velmar Shipping bought the Orsa Line for $40 million."),
    ("kestrel-sold-dunmore", "Kestrel Group sold its stake in Dunmore Freight to Velmar Shipping."),
    ("varga-opened-barrier", "Mayor Ilse Varga opened the Lerrin flood barrier on 14 June 2022."),
    ("tarsk-ban", "Tarsk banned night flights for 18 months."),
]


@pytest.fixture(scope="module")
def archive() -> ClaimBase:
    return ClaimBase(Claim(id=cid, statement=text) for cid, text in ARCHIVE)


def verdicts(base: ClaimBase, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.verdict.value, f.claim_id, tuple(d.field for d in f.discrepancies))
            for _doc, f in base.check(text).findings()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Port Avel reopened on 9 March 2024.", ("contradicted", "port-avel-reopened", ("date",))),
    ("The storm killed 14 people in Lerrin.", ("contradicted", "lerrin-storm-deaths", ("count",))),
    ("Kestrel Group bought the Orsa Line last year.", ("contradicted", "velmar-bought-orsa", ("actor",))),
    ("The Lerrin flood barrier was opened by Mayor Ilse Varga on 15 June 2022.",
     ("contradicted", "varga-opened-barrier", ("date",))),
    ("Tarsk banned night flights for 24 months.", ("contradicted", "tarsk-ban", ("duration",))),
])
def test_a_changed_value_is_contradicted(archive: ClaimBase, text: str,
                                         expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert verdicts(archive, text) == [expected]


@pytest.mark.parametrize(("text", "claim"), [
    ("Port Avel reopened on 7 March.", "port-avel-reopened"),
    ("Port Avel reopened to shipping on 7 March 2024.", "port-avel-reopened"),
    ("The storm killed 12 people in Lerrin on 2 May 2023.", "lerrin-storm-deaths"),
    ("Velmar Shipping bought the Orsa Line.", "velmar-bought-orsa"),
    ("Tarsk banned night flights for a year and a half.", "tarsk-ban"),
])
def test_the_unchanged_statement_is_supported(archive: ClaimBase, text: str, claim: str) -> None:
    assert verdicts(archive, text) == [("supported", claim, ())]


@pytest.mark.parametrize("text", [
    "The museum reopened on 9 March 2024.",
    "A fire killed 3 people in Tarsk on 2 May 2023.",
    "The council reopened the library on 9 March 2024.",
    "Storms killed 30 people across the region in 2021.",
    "Harbour traffic doubled after the new quay opened.",
])
def test_unrelated_sentences_get_no_verdict(archive: ClaimBase, text: str) -> None:
    assert [v for v in verdicts(archive, text) if v[0] != "uncovered"] == []


def test_every_statement_of_the_archive_supports_itself(archive: ClaimBase) -> None:
    for cid, text in ARCHIVE:
        found = verdicts(archive, text)
        assert ("supported", cid, ()) in found, (text, found)
        assert not [v for v in found if v[0] == "contradicted"], (text, found)


def test_the_statement_is_read_for_event_parties_and_values() -> None:
    base = infer_base([Claim(id=cid, statement=text) for cid, text in ARCHIVE], [])
    names = {e.name: e for e in base.entities}
    assert {"Port Avel", "Velmar Shipping", "Orsa Line", "Lerrin", "Tarsk"} <= set(names)
    assert names["Lerrin"].kind is EntityKind.place
    storm = base.inferences["lerrin-storm-deaths"]
    assert storm.keywords == ("kill",)
    assert CountValue(number=12, noun="people", phrase="12 people") in storm.values
    assert DateValue(year=2023, month=5, day=2, phrase="2 May 2023") in storm.values
    assert any(isinstance(v, PlaceValue) and v.entity == names["Lerrin"].id for v in storm.values)
    bought = base.inferences["velmar-bought-orsa"]
    assert bought.keywords == ("buy",)
    kinds = {type(v) for v in bought.values}
    assert {ActorValue, TargetValue, QuantityValue} <= kinds
    ban = base.inferences["tarsk-ban"]
    assert [v.iso for v in ban.values if isinstance(v, DurationValue)] == ["P18M"]


def test_typed_values_and_keywords_in_the_record_win() -> None:
    registry = EntityRegistry([Entity(id="port-avel", name="Port Avel", kind=EntityKind.place)])
    claim = Claim(id="c", statement="Port Avel reopened to shipping on 7 March 2024.", keywords=("resume",),
                  values=(DateValue(year=2024, month=3, day=8),))
    inference = infer(claim, registry)
    assert inference.keywords == ()  # the record's keywords stand
    assert not any(isinstance(v, DateValue) for v in inference.values)  # the record's date stands
    base = ClaimBase([claim], [Entity(id="port-avel", name="Port Avel")])
    assert verdicts(base, "Port Avel resumed shipping on 8 March 2024.") == [("supported", "c", ())]
    assert verdicts(base, "Port Avel resumed shipping on 7 March 2024.") == [("contradicted", "c", ("date",))]


def test_a_fully_typed_claim_is_left_as_written() -> None:
    claim = Claim(id="c", statement="Port Avel reopened on 7 March 2024.", keywords=("reopen",),
                  values=(DateValue(year=2024, month=3, day=7),))
    base = infer_base([claim], [])
    assert base.claims == (claim,) and base.entities == () and base.inferences == {}


def test_statements_that_hinge_on_a_copula_get_no_event_word() -> None:
    # the verb sits in a relative clause: "summon" is not what the claim states
    claim = Claim(id="c", statement="The envoy Velmar summoned is the Orsa ambassador.")
    assert infer(claim, EntityRegistry([])).keywords == ()


def test_hedged_numbers_are_not_recorded_as_exact() -> None:
    claim = Claim(id="c", statement="The storm killed at least 12 people in Lerrin.")
    values = infer(claim, EntityRegistry([])).values
    assert not any(isinstance(v, CountValue) for v in values)


def test_validate_explain_prints_what_was_inferred(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "archive.json"
    path.write_text(json.dumps({"claims": [{"id": cid, "statement": text} for cid, text in ARCHIVE]}),
                    encoding="utf-8")
    assert main(["validate", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "port-avel-reopened" in out
    assert "keywords: reopen" in out
    assert "date: 2024-03-07" in out
    assert "count: 12 people" in out


def test_a_statement_only_archive_loads_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "archive.json"
    path.write_text(json.dumps({"claims": [{"id": cid, "statement": text} for cid, text in ARCHIVE]}),
                    encoding="utf-8")
    base = load_claims(path)
    assert verdicts(base, "Port Avel reopened on 9 March 2024.") == [
        ("contradicted", "port-avel-reopened", ("date",))]


def _forecast(phrase: str, **shape: object) -> ClaimBase:
    value = QuantityValue(number=5, unit="percent", phrase=phrase, **shape)  # type: ignore[arg-type]
    return ClaimBase([Claim(id="forecast", statement="Lerrin's inflation will fall to around 5%.",
                            keywords=("inflation",), values=(value,))])


@pytest.mark.parametrize(("phrase", "shape", "text", "verdict"), [
    # the record's own words are hedged: the figure is a rounded one, and 4.9% agrees with it
    ("just under 5%", {}, "Lerrin's inflation will fall to 4.9%.", "supported"),
    ("around 5%", {}, "Lerrin's inflation will fall to 5.2%.", "supported"),
    ("around 5%", {}, "Lerrin's inflation will fall to 7%.", "contradicted"),
    # unhedged words, or a record that says how precise it is, keep the figure as recorded
    ("5%", {}, "Lerrin's inflation will fall to 4.9%.", "contradicted"),
    ("about 5%", {"tolerance": 0.05}, "Lerrin's inflation will fall to 4.9%.", "contradicted"),
    ("at least 5%", {}, "Lerrin's inflation will fall to 4.9%.", "contradicted"),
])
def test_a_hedged_source_phrase_makes_the_figure_rounded(phrase: str, shape: dict[str, object], text: str,
                                                        verdict: str) -> None:
    assert [v for v, _c, _f in verdicts(_forecast(phrase, **shape), text)] == [verdict]


def test_validate_explain_prints_what_a_written_claim_is_compared_on(capsys: pytest.CaptureFixture[str]) -> None:
    """A claim with keywords and values of its own has nothing to infer; --explain still shows what the
    checker compares, as the guide says."""
    fixture = Path(__file__).parent / "fixtures" / "claims_ok"
    assert main(["validate", "--explain", str(fixture)]) == 0
    out = capsys.readouterr().out
    block = out.split("northland-reopens-ferry:", 1)[1].split("\n")
    assert block[0].strip() == "compared on what the record states"
    assert "  keywords: reopen, resume" in block
    assert "  actor: Northland (northland)" in block
    assert "  date: 2024-03-04 to 2024-03-05" in block


def test_validate_explain_shows_bounds_ranges_tolerances_and_times(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """What the record says of a value's precision is part of what is compared: --explain shows it."""
    claims = {"claims": [{
        "id": "toll", "statement": "The storm killed at least 80 people on 8 and 9 August 2023.",
        "keywords": ["killed"],
        "values": [{"kind": "count", "number": 80, "noun": "people", "bound": "min"},
                   {"kind": "date", "year": 2023, "month": 8, "day": 8, "end": {"year": 2023, "month": 8, "day": 9}},
                   {"kind": "duration", "iso": "P135M", "tolerance": "P3M"},
                   {"kind": "quantity", "number": 2170, "unit": "acres", "approx": True}],
    }, {
        "id": "landfall", "statement": "The storm made landfall at 23:11 on 8 August 2023.", "keywords": ["landfall"],
        "values": [{"kind": "date", "year": 2023, "month": 8, "day": 8, "hour": 23, "minute": 11}],
    }]}
    (tmp_path / "claims.json").write_text(json.dumps(claims), encoding="utf-8")
    assert main(["validate", "--explain", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  count: at least 80 people" in out
    assert "  date: 2023-08-08 to 2023-08-09" in out
    assert "  duration: P135M (give or take P3M)" in out
    assert "  quantity: about 2170 acres" in out
    assert "  date: 2023-08-08 23:11" in out
