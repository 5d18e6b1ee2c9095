"""``factcheck draft``: a proposed claim base that validates, names parties as the article does, and
never contradicts its own source."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.claimbase import ClaimBase
from factcheck.cli import main
from factcheck.draft import draft, find_entities, to_json
from factcheck.findings import Verdict
from factcheck.loader import load_files
from factcheck.records import CountValue, DateValue, DurationValue

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_63eb337d2ba5c646.txt"
SOURCES = {
    "nepal-earthquake": ROOT / "tests" / "articles" / "nepal-earthquake" / "wire-toll-157.md",
    "bankman-fried-sentence": ROOT / "tests" / "articles" / "bankman-fried-sentence" / "wire-sentenced.md",
    "france-azerbaijan": SEED,
}

ARTICLE = """# Velmar buys Orsa Line

By A. Writer

Velmar Shipping bought the Orsa Line for $40 million on 3 May 2024, the company said.

Chief executive Dana Kestrel Morrow (DKM) signed the deal in Lerrin. Morrow later flew to Tarsk.
"""


def test_entities_carry_the_aliases_the_article_uses() -> None:
    entities = {e.name: e for e in find_entities([
        "Chief executive Dana Kestrel Morrow (DKM) signed the deal in Lerrin.",
        "Morrow later flew to Tarsk.",
    ])}
    assert "Chief" not in " ".join(entities)  # a title is not part of the name
    morrow = entities["Dana Kestrel Morrow"]
    assert set(morrow.aliases) == {"Morrow", "DKM"}
    assert entities["Lerrin"].kind.value == "place"


@pytest.mark.parametrize(("sentences", "names", "not_names"), [
    # a weekday, even possessive, a time zone and a letter stuck to a figure are no names
    (["Rescuers said Wednesday's quake struck at 23:58 GMT, just before 08H00 local time in Velmar."], {"Velmar"},
     {"Wednesday", "GMT", "H"}),
    # a lower-case part after a hyphen that no dictionary knows belongs to the name
    (["President Dana Ing-wen met Tomas Chien-fu in Lerrin."], {"Dana Ing-wen", "Tomas Chien-fu"},
     {"Dana Ing"}),
    # an acronym opening a sentence's name is no ordinary word, and the words after it stay
    (["The US Geological Survey (USGS) measured the quake."], {"US Geological Survey"}, {"Survey"}),
    # a person's title inside a run of capitals starts the person's name; what stands before is another name
    (["Lerrin Justice Anna Velk ruled on Monday."], {"Lerrin", "Anna Velk"}, {"Lerrin Justice Anna Velk"}),
    (["U.S. District Judge Lewis Kaplan ruled."], {"Lewis Kaplan"}, {"U.S"}),
])
def test_entity_names_are_read_as_copy_writes_them(sentences: list[str], names: set[str],
                                                   not_names: set[str]) -> None:
    found = {e.name for e in find_entities(sentences)}
    assert names <= found and not (not_names & found), found


def test_a_name_before_its_verb_is_no_demonym() -> None:
    # "Taiwan was hit" names the place; "Taiwanese officials" is its demonym
    entities = {e.name: e for e in find_entities(["Rescuers said Velkan was hit hard.", "Velkanese officials agreed."])}
    assert "Velkan" in entities and "Velkan" not in entities["Velkan"].demonyms


def test_a_draft_has_typed_values_and_provenance() -> None:
    record = draft(ARTICLE, "velmar.md")
    assert record.source is not None and record.source.title == "Velmar buys Orsa Line"
    claim = next(c for c in record.claims if "buy" in c.keywords)
    kinds = {v.kind for v in claim.values}
    assert {"actor", "target", "date", "quantity"} <= kinds
    assert claim.provenance is not None and claim.provenance.paragraph == 3
    anchor = claim.provenance.anchor
    assert anchor is not None and anchor in ARTICLE and anchor.strip(".") != claim.statement.strip(".")
    assert "the company said" not in claim.statement  # the closing attribution is cut from the clause


def test_the_written_draft_validates_and_is_never_overwritten(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "velmar.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "claims.json"
    assert main(["draft", str(source), "-o", str(out)]) == 0
    files, problems = load_files([out])
    assert problems == [] and files[0].record.claims
    before = out.read_text(encoding="utf-8")
    assert main(["draft", str(source), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == before
    assert main(["validate", str(out)]) == 0


def test_without_output_the_draft_goes_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "velmar.md"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["draft", str(source)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["claims"] and all(v["kind"] for c in data["claims"] for v in c.get("values", []))


@pytest.mark.parametrize("story", sorted(SOURCES))
def test_a_drafted_base_supports_its_own_source_without_contradiction(story: str, tmp_path: Path) -> None:
    path = SOURCES[story]
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    text = path.read_text(encoding="utf-8-sig")
    record = draft(text, path.name)
    assert record.claims
    written = tmp_path / "draft.json"
    written.write_text(to_json(record), encoding="utf-8")
    assert load_files([written])[1] == []
    base = ClaimBase(record.claims, record.entities, (record.source,) if record.source else ())
    findings = [f for _d, f in base.check(text, path.name).findings()]
    assert not [f for f in findings if f.verdict is Verdict.contradicted]
    assert any(f.verdict is Verdict.supported for f in findings)


WIRE = """# Harbour fire kills at least 12 in Port Avel

By A. Writer

PORT AVEL, May 4 (Wire) - A fire swept through the old harbour late on Friday, killing at least 12 people.

Prosecutors had asked for a sentence of 40 to 50 years for the owner.

His lawyers proposed no more than six and a half years.

Nearly 9,000 people died in the great fire of 1911.
"""


def test_the_event_synonym_table_is_read_from_the_language_pack() -> None:
    from factcheck.lexicon import lexicon

    deaths = next(g for g in lexicon().event_synonyms if "kill" in g.words)
    assert {"death toll", "lost their lives"} <= set(deaths.words) and "dead" in deaths.nouns
    assert lexicon("fr").event_synonyms == ()  # another language's words are never borrowed from English


def test_a_drafted_claim_takes_the_words_of_its_kind_of_event() -> None:
    record = draft(WIRE, "fire.md", published=date(2024, 5, 4))
    toll = next(c for c in record.claims if any(getattr(v, "number", None) == 12 for v in c.values))
    assert {"kill", "death toll", "lost their lives"} <= set(toll.keywords)
    count = next(v for v in toll.values if isinstance(v, CountValue))
    assert count.noun == "people" and "dead" in count.noun_aliases and count.bound is None
    base = ClaimBase(record.claims, record.entities, (record.source,) if record.source else ())
    text = "Twenty-one people lost their lives in the Port Avel harbour fire."
    assert ("contradicted", "count") in {(f.verdict.value, d.field) for _d, f in base.check(text).findings()
                                         for d in f.discrepancies}


def test_hedged_figures_are_kept_with_their_hedge() -> None:
    record = draft(WIRE, "fire.md")
    values = [v for c in record.claims for v in c.values]
    durations = {v.iso: v for v in values if isinstance(v, DurationValue)}
    assert durations["P40Y"].to == "P50Y"
    assert durations["P6.5Y"].bound == "max"
    old = next(v for v in values if isinstance(v, CountValue) and v.number == 9000)
    assert old.approx and old.noun == "people"


@pytest.mark.parametrize(("sentence", "tally"), [
    ("Rescuers found three more bodies on Tuesday, bringing the death toll to 23.", "rising"),
    ("The landslide has killed 23 people so far, officials said.", "rising"),
    ("The landslide killed 23 people in the village on Tuesday.", None),
])
def test_a_tally_the_source_gives_as_rising_is_drafted_so(sentence: str, tally: str | None) -> None:
    record = draft(f"# Landslide\n\n{sentence}\n", "slide.md")
    counts = [v for c in record.claims for v in c.values if isinstance(v, CountValue) and v.number == 23]
    assert counts and {v.tally for v in counts} == {tally}


def test_relative_days_resolve_against_the_dateline_and_publication_date() -> None:
    record = draft(WIRE, "fire.md", published=date(2024, 5, 4))
    assert record.source is not None and record.source.published == date(2024, 5, 4)
    dates = {(v.year, v.month, v.day) for c in record.claims for v in c.values if isinstance(v, DateValue)}
    assert (2024, 5, 3) in dates  # "late on Friday", written on Saturday 4 May
    assert not any(isinstance(v, DateValue) and v.day for c in draft(WIRE, "fire.md").claims for v in c.values)
    front = "---\npublished: 2024-05-04\n---\n" + WIRE
    assert (2024, 5, 3) in {(v.year, v.month, v.day) for c in draft(front, "fire.md").claims
                            for v in c.values if isinstance(v, DateValue)}


def test_the_dateline_is_not_read_as_a_party_and_the_headline_is_a_statement() -> None:
    record = draft(WIRE, "fire.md")
    assert not any("PORT AVEL" in e.name for e in record.entities)
    assert any(c.provenance is not None and c.provenance.paragraph == 1 for c in record.claims)


def test_the_published_option_reaches_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "fire.md"
    source.write_text(WIRE, encoding="utf-8")
    assert main(["draft", str(source), "--published", "2024-05-04"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["published"] == "2024-05-04"
    assert any(v.get("day") == 3 for c in data["claims"] for v in c.get("values", []))
