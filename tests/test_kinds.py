"""Every value kind's table of examples: what copy writes, what the record holds, what must come out.

Each kind module carries its own table (``EXAMPLES``), so the forms a kind understands are written down
next to the code that reads them. A row that must confirm, a row that must conflict and a row that must
say nothing each fail here when the kind stops honouring them. The tests below the tables pin the
reading the kinds share: figures, the registry itself and text that once crashed the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.kinds import KINDS, MEASURES, Example, Kind, example_registry, run_example
from factcheck.kinds.quantity import unit_of
from factcheck.mentions import extract
from factcheck.records import VALUE_KINDS

REGISTRY = example_registry()
ROWS = [(kind, example) for kind in KINDS.values() for example in kind.examples]


@pytest.mark.parametrize(("kind", "example"), ROWS,
                         ids=[f"{k.name}:{e.outcome}:{e.text[:50]}" for k, e in ROWS])
def test_example(kind: Kind, example: Example) -> None:
    assert run_example(kind, example, REGISTRY) == example.outcome


def test_every_kind_is_registered_and_has_every_outcome() -> None:
    assert set(KINDS) == set(VALUE_KINDS)
    assert set(KINDS) >= MEASURES
    for kind in KINDS.values():
        outcomes = {e.outcome for e in kind.examples}
        assert outcomes == {"confirm", "conflict", "none"}, kind.name


def test_the_registry_cannot_change_at_run_time() -> None:
    with pytest.raises(TypeError):
        KINDS["count"] = KINDS["quantity"]  # type: ignore[index]


# --- the reading the kinds share -----------------------------------------------------------------------


def _read(text: str) -> list[tuple[float, float | None]]:
    return [(n.value, n.high) for n in extract(text, REGISTRY).numbers]


@pytest.mark.parametrize(("text", "expected"), [
    ("six and a half years", [(6.5, None)]),
    ("five and a quarter to six and a half years", [(5.25, 6.5)]),
    ("a year and a half", []),
    ("6-1/2 years", [(6.5, None)]),
    ("6½ years", [(6.5, None)]),
    ("two and a half million people", [(2.5e6, None)]),
    ("half a million people", [(5e5, None)]),
    ("40 to 50 years", [(40.0, 50.0)]),
    ("40-50 years", [(40.0, 50.0)]),
    ("between 63 and 78 months", [(63.0, 78.0)]),
    ("$8 to $10 billion", [(8e9, 10e9)]),
    ("the toll rose from 128 to 157", [(128.0, None), (157.0, None)]),
    ("a 6-4 vote", [(6.0, None), (4.0, None)]),
    ("1.9 lakh", [(190000.0, None)]),
    ("3 crore", [(3e7, None)]),
    ("1.9 lakh crore", [(1.9e12, None)]),
    ("10³ tonnes", [(1000.0, None)]),
    # a hyphen before a scale word keeps the scale; a figure run into letters is a code, not a count
    ("at 16-thousand feet", [(16000.0, None)]),
    # a scale word the number words do not hold
    ("nearly two dozen witnesses", [(24.0, None)]),
    ("three dozen jurors", [(36.0, None)]),
    ("24 dozen eggs", [(288.0, None)]),
    ("dozens of people", []),
    ("Spotify cuts Q4 forecast", []),
    ("a G7 summit of 7 leaders", [(7.0, None)]),
    # a figure run into a word in mixed case is part of a brand name
    ("access to 20,000 23andMe.com accounts", [(20000.0, None)]),
    ("23andMe said 14 accounts", [(14.0, None)]),
    ("a 5km run and 2M vehicles", [(5.0, None), (2.0, None)]),
    # vague figures are no figures
    ("several hundred more people", []),
    ("hundreds of people", []),
])
def test_figures(text: str, expected: list[tuple[float, float | None]]) -> None:
    found = _read(text)
    assert len(found) == len(expected)
    for (value, high), (want, want_high) in zip(found, expected, strict=True):
        assert value == pytest.approx(want)
        assert (high is None) == (want_high is None) and (high is None or high == pytest.approx(want_high))


@pytest.mark.parametrize("text", [
    "The ruling¹ was appealed.",
    "France expelled two diplomats² in 2023.",
    "A footnote mark ¹ stands alone, and 10³ is a power; 5⁶ is not a figure.",
    "Ranked ① and ②, on 2023-09-19 and 19/09/2023, at 11:47 pm.",
])
def test_superscripts_and_marks_never_crash_the_reader(text: str) -> None:
    m = extract(text, REGISTRY)
    assert all(isinstance(n.value, float) for n in m.numbers)
    assert not any("¹" in n.text or "²" in n.text for n in m.numbers)


def test_a_footnote_after_a_count_keeps_the_count() -> None:
    m = extract("France expelled two diplomats¹ and three envoys.", REGISTRY)
    assert [(n.value, after[:1]) for n, after in m.counts] == [(2.0, ("diplomats",)), (3.0, ("envoys",))]


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("$8 billion", "dollar", 8e9),
    ("€2.5m", "euro", 2.5e6),
    ("£3bn", "pound", 3e9),
    ("US$1.2 trillion", "us-dollar", 1.2e12),
    ("8bn dollars", "dollar", 8e9),
    ("$68.7bn", "dollar", 68.7e9),
    ("0.25 percentage points", "percentage-point", 0.25),
    ("5.25%", "percent", 5.25),
    ("a magnitude of 6.4", "magnitude", 6.4),
    ("a 6.4-magnitude quake", "magnitude", 6.4),
    ("331 km", "kilometre", 331),
    ("206 miles", "mile", 206),
    ("Rs 1.9 lakh", "rupee", 190000),
])
def test_amounts(text: str, unit: str, value: float) -> None:
    amounts = extract(text, REGISTRY).amounts
    assert [(a.unit, a.value) for a in amounts] == [(unit, pytest.approx(value))]


@pytest.mark.parametrize("text", ["a 5m wall", "a $5 fee for 3k runners", "he won 5 m"])
def test_a_letter_multiplier_needs_a_currency(text: str) -> None:
    for amount in extract(text, REGISTRY).amounts:
        assert amount.value < 1000


def test_a_spaced_a_before_a_dollar_sign_is_an_article() -> None:
    assert [a.unit for a in extract("a $5 fee", REGISTRY).amounts] == ["dollar"]
    assert [a.unit for a in extract("A$5 fee", REGISTRY).amounts] == ["australian-dollar"]


@pytest.mark.parametrize(("unit", "expected"), [
    ("dollars", "dollar"), ("USD", "us-dollar"), ("$", "dollar"), ("euros", "euro"), ("per cent", "percent"),
    ("percentage points", "percentage-point"), ("km", "kilometre"), ("kilometres", "kilometre"),
    ("magnitude", "magnitude"), ("containers", None),
])
def test_claim_units_resolve_through_the_lexicon(unit: str, expected: str | None) -> None:
    found = unit_of(unit)
    assert (found.id if found else None) == expected


def test_dates_in_every_form_read_the_same_day() -> None:
    forms = ["19 September 2023", "September 19, 2023", "Sept. 19, 2023", "the 19th of September 2023",
             "2023-09-19", "19/09/2023", "9/19/2023"]
    for form in forms:
        dates = extract(f"It opened on {form}.", REGISTRY).dates
        assert [(d.year, d.month, d.day) for d in dates] == [(2023, 9, 19)], form


def test_an_ambiguous_numeric_date_is_left_unread() -> None:
    assert extract("It opened on 04/05/2023.", REGISTRY).dates == ()


def test_phrase_lookup_by_first_word_agrees_with_a_scan_of_the_table() -> None:
    from factcheck.kinds.numbers import phrase_at, tokenize
    from factcheck.lexicon import lexicon

    lex = lexicon()
    text = "half a dozen of a dozen, a pair of dozens of several a couple of a single a trio of a hundred"
    tokens = tokenize(text)
    for i in range(len(tokens)):
        best = None
        for words, value in lex.number_phrases.items():
            if tuple(t.low for t in tokens[i:i + len(words)]) == words and (best is None or len(words) > best[0]):
                best = (len(words), value)
        assert phrase_at(tokens, i, lex.number_phrases_by_first) == best


def test_the_new_lexicon_keys_are_there() -> None:
    pack = Path(__file__).resolve().parents[1] / "factcheck" / "data" / "lang" / "en.json"
    raw = json.loads(pack.read_text("utf-8"))
    for key in ("units", "number_multipliers", "amount_multipliers", "number_fractions", "range_words",
                "value_bounds", "value_bounds_after", "time_words", "meridiem", "date_range_words"):
        assert raw[key], key


# --- names the text gives that no entity knows ---------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    # a title before capitalised words names a person the base does not know ...
    ("President Ram Chandra Paudel visited the district.", ["Ram Chandra Paudel"]),
    ("President Ola Vik Flies To Quake-Hit Province", ["Ola Vik"]),
    # ... but in a title-case headline only words no dictionary knows can be a name
    ("Supporters Of Argentina's New President Pack Streets For Victory Speech", []),
])
def test_titled_strangers(text: str, names: list[str]) -> None:
    m = extract(text, REGISTRY)
    assert [p.mention.entity for p in m.parties] == names
