"""Tests for factcheck.boilerplate: lines of news copy that must never be checked."""

from __future__ import annotations

import time

import pytest

from factcheck.boilerplate import (
    Boilerplate,
    BoilerplateCues,
    _ends_in_agency,
    classify,
    dateline,
    embedded_post,
    load_cues,
)


@pytest.fixture(scope="module")
def en() -> BoilerplateCues:
    return load_cues("en")


@pytest.fixture(scope="module")
def fr() -> BoilerplateCues:
    return load_cues("fr")


# (text, remaining statement after the dateline)
DATELINES: list[tuple[str, str]] = [
    ("KATHMANDU, Nov 4 (Reuters) - A strong earthquake shook Nepal.", "A strong earthquake shook Nepal."),
    ("PARIS (AP) — Police cleared the square on Sunday.", "Police cleared the square on Sunday."),
    ("BAKU, Azerbaijan, Dec. 27 (AFP) -- Two envoys were told to leave.", "Two envoys were told to leave."),
    ("BEIJING, Dec. 30 (Xinhua) -- Exports rose 5 percent.", "Exports rose 5 percent."),
    ("New Delhi (India), Oct 02 (ANI): The minister opened the bridge.", "The minister opened the bridge."),
    ("Washington, DC — Lawmakers passed the bill.", "Lawmakers passed the bill."),
    ("NEW YORK, March 28 /PRNewswire/ -- Acme Corp announced results.", "Acme Corp announced results."),
    ("PARIS: The strike entered its third day.", "The strike entered its third day."),
    ("LONDON, 4 November 2023 (Reuters) - Shares fell.", "Shares fell."),
    ("Berlin (dpa) - Die Regierung tagte.", "Die Regierung tagte."),
    ("Austin, Texas, Jan. 5 - Voters went to the polls.", "Voters went to the polls."),
    ("TOKYO (Kyodo) — The yen weakened.", "The yen weakened."),
    ("ST. LOUIS — The river crested overnight.", "The river crested overnight."),
    ("Rio de Janeiro (EFE) - Rain flooded streets.", "Rain flooded streets."),
]

FR_DATELINES: list[tuple[str, str]] = [
    ("PARIS, 4 nov (AFP) - Le gouvernement a démissionné.", "Le gouvernement a démissionné."),
    ("Lyon (AFP) - La grève continue.", "La grève continue."),
]

# (text, kind) where the whole text is boilerplate
WHOLE: list[tuple[str, str]] = [
    ("KATHMANDU, Nov 4 (Reuters) -", "dateline"),
    ("EPA-EFE/ACME HANDOUT HANDOUT EDITORIAL USE ONLY/NO SALES", "credit"),
    ("REUTERS/STAFF MANDATORY CREDIT. NO ARCHIVES", "credit"),
    ("By Jane Smith and Ali Khan", "byline"),
    ("By Jane Smith, Reuters", "byline"),
    ("By Marie-Claire O'Neil, Tom van der Berg and Li Wei, BBC News", "byline"),
    ("Jane Smith | Reporter", "byline"),
    ("Updated 12:03 GMT, 28 March 2024", "byline"),
    ("Issued on: 27/12/2023 - 21:54", "byline"),
    ("Published on 4 November 2023 at 09:15", "byline"),
    ("Last updated 3 hours ago", "byline"),
    ("1 min", "byline"),
    ("5 min read", "byline"),
    ("(FRANCE 24 with Reuters, AFP)", "credit"),
    ("With AFP", "credit"),
    ("(With Reuters and AFP)", "credit"),
    ("(Reporting by Jane Smith; Writing by Ali Khan; Editing by Bo Li)", "credit"),
    ("Reporting by Jane Smith in Paris; Editing by Ali Khan", "credit"),
    ("© 2024 Reuters", "credit"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "credit"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "credit"),
    ("(Reuters)", "credit"),
    ("Photo: AFP", "caption"),
    ("FILE PHOTO: A worker walks past the plant in Leipzig, Germany, May 3, 2022.", "caption"),
    ("Rescuers search the rubble in Jajarkot, Nepal, November 4, 2023. REUTERS/Navesh Chitrakar", "caption"),
    ("Smoke rises over the port. (Photo by Ozan Kose/AFP via Getty Images)", "caption"),
    ("The company reports earnings on Friday, Oct. 27, 2023. (AP Photo/Matias Delacroix, File)", "caption"),
    ("A worker walks past the rig. (AP Photo/David Goldman)", "caption"),
    ("Protesters gather outside parliament. Photograph: Anna Berg/Reuters", "caption"),
    ("Image caption, Firefighters worked through the night", "caption"),
    ("Getty Images", "caption"),
    ("AFP via Getty Images", "caption"),
    ("A man carries a child. REUTERS/Stringer", "caption"),
    ("Read more: Nepal quake toll rises", "link"),
    ("READ MORE", "link"),
    ("READ MORE Nepal quake toll rises", "link"),
    ("Related:", "link"),
    ("Also read: Diplomats expelled from Baku", "link"),
    ("See also | Earlier coverage", "link"),
    ("Advertisement", "chrome"),
    ("Advertising", "chrome"),
    ("Share this article", "chrome"),
    ("Sign up for our newsletter", "chrome"),
    ("Click here to subscribe to our daily briefing.", "chrome"),
    ("This article was originally published by The Conversation.", "chrome"),
    ("Story continues below advertisement", "chrome"),
]

FR_WHOLE: list[tuple[str, str]] = [
    ("Par Jean Dupont", "byline"),
    ("Par Jean Dupont et Marie Martin", "byline"),
    ("Lire aussi : La grève continue", "link"),
    ("Avec AFP", "credit"),
    ("Photo : AFP", "caption"),
    ("Publié le 27/12/2023 à 21:54", "byline"),
    ("Publicité", "chrome"),
]

# Ordinary prose: neither a dateline prefix nor boilerplate as a whole.
PROSE: list[str] = [
    "Paris - the city of light - is crowded in summer.",
    "Acme said there would be no sales of the handout photos.",
    "NO SALES AT ACME",
    "GOVERNMENT HANDOUT FOR FARMERS",
    "France expelled two diplomats - a rare move.",
    "Reuters reported that France expelled two diplomats.",
    "By Tuesday, the two had left.",
    "By March, the number had doubled.",
    "By then the damage was done.",
    "Photographs showed the damage.",
    "Photos taken at dawn show collapsed homes.",
    "France expels two Azerbaijani diplomats",
    "Nepal quake: at least 128 killed",
    "The AP reported the figures on Monday.",
    "Updated figures showed 12 deaths.",
    "Published on Tuesday, the report found widespread fraud.",
    "Related to this, the court also ruled on bail.",
    "Read more than a thousand pages and you will see.",
    "Reporting by the BBC revealed the payments.",
    "With the vote over, parties began talks.",
    "Copyright law protects the photographs.",
    "Sign up rates fell by half.",
    "Advertising revenue fell 10 percent last year.",
    "Click-through rates were low.",
    "Share prices rose 3 percent.",
    "Getty Images sued the company in London.",
    "He said the AP photo was taken in May (see the photo).",
    "AFP and Reuters both reported the blast.",
    "The minister said: we will rebuild.",
    "Washington - and its allies - disagreed.",
    "Kathmandu, the capital, was shaken.",
    "President Biden: a profile.",
    "COVID-19: cases are rising again.",
    "NATO: allies agree to boost spending.",
    "Watch the full interview on our website.",
    "File sharing was blamed for the leak.",
    "One minute later the alarm sounded.",
    "Mr. Smith - who founded the firm - resigned.",
    "The photo, taken by a Reuters photographer, went viral.",
]


@pytest.mark.parametrize(("text", "rest"), DATELINES)
def test_dateline_en(text: str, rest: str, en: BoilerplateCues) -> None:
    found = dateline(text, en)
    assert found is not None
    assert found.kind == "dateline"
    assert found.start == 0
    assert text[found.end :] == rest


@pytest.mark.parametrize(("text", "rest"), FR_DATELINES)
def test_dateline_fr(text: str, rest: str, fr: BoilerplateCues) -> None:
    found = dateline(text, fr)
    assert found is not None
    assert text[found.end :] == rest


@pytest.mark.parametrize(("text", "kind"), WHOLE)
def test_classify_en(text: str, kind: str, en: BoilerplateCues) -> None:
    assert classify(text, en) == Boilerplate(kind, 0, len(text))


@pytest.mark.parametrize(("text", "kind"), FR_WHOLE)
def test_classify_fr(text: str, kind: str, fr: BoilerplateCues) -> None:
    assert classify(text, fr) == Boilerplate(kind, 0, len(text))


@pytest.mark.parametrize("text", PROSE)
def test_prose_is_not_boilerplate(text: str, en: BoilerplateCues) -> None:
    assert dateline(text, en) is None
    assert classify(text, en) is None


@pytest.mark.parametrize(("text", "_rest"), DATELINES)
def test_dateline_with_statement_is_not_whole_boilerplate(text: str, _rest: str, en: BoilerplateCues) -> None:
    assert classify(text, en) is None


def test_span_ignores_surrounding_whitespace(en: BoilerplateCues) -> None:
    assert classify("  Advertisement \n", en) == Boilerplate("chrome", 2, 15)
    found = dateline("  PARIS (AP) — Text", en)
    assert found == Boilerplate("dateline", 2, 15)


def test_unknown_language_falls_back_to_english() -> None:
    assert load_cues("xx") is load_cues("en")
    assert load_cues("fr") is load_cues("fr")


def test_french_inherits_english_cues(fr: BoilerplateCues) -> None:
    assert classify("Read more: Nepal quake toll rises", fr) is not None


def test_empty_text(en: BoilerplateCues) -> None:
    assert classify("", en) is None
    assert classify("   ", en) is None
    assert dateline("", en) is None


@pytest.mark.parametrize(
    "text",
    [
        "A" * 1_000_000,
        "PARIS " * 200_000,
        "By " + "Jane " * 200_000,
        " " * 1_000_000 + "Advertisement",
        "(" * 1_000_000,
        "REUTERS/" * 100_000,
        "Photograph: " + "a/" * 500_000,
    ],
)
def test_large_input_is_fast(text: str, en: BoilerplateCues) -> None:
    began = time.perf_counter()
    dateline(text, en)
    classify(text, en)
    assert time.perf_counter() - began < 0.5


def _lines() -> list[str]:
    """Every line of the test articles and examples, and every example of this module."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    found = {text for text, _ in (*DATELINES, *FR_DATELINES, *WHOLE, *FR_WHOLE)} | set(PROSE)
    for folder in ("tests/articles", "tests/corpus", "examples"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".md", ".txt"):
                found.update(path.read_text(encoding="utf-8").splitlines())
    return sorted(line for line in found if line.strip())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_tests_before_the_long_patterns_rule_out_no_match(language: str) -> None:
    """The dateline sieve matches whatever the dateline pattern matches, and every line a credit pattern
    matches whole ends in an agency: skipping the long patterns when these fail changes nothing."""
    cues = load_cues(language)
    matched = 0
    for line in _lines():
        head = line[:600]
        if cues.dateline_re.compiled.match(head):
            matched += 1
            assert cues.dateline_sieve.match(head), line
        if any(p.compiled.fullmatch(line) for p in (cues.with_credit_re, cues.outlet_credit_re, cues.agency_list_re)):
            matched += 1
            assert _ends_in_agency(line, cues), line
    assert matched > 50  # the lines include many datelines and credits


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_ascii_line_ends_in_an_agency_exactly_when_the_pattern_says_so(language: str) -> None:
    """The comparison of an ASCII line's end with the agencies gives the pattern's answer, case ignored,
    with or without a ")" and a "." after the name."""
    cues = load_cues(language)
    agencies = sorted(cues.agencies)
    lines = [*_lines(), *(f"{before}{name}{after}" for name in agencies for before in ("", "Photo: ", "x", "(")
                          for after in ("", ")", ".", ").", ".)", "))", " ", "s"))]
    lines += [line.upper() for line in lines] + [line.swapcase() for line in lines]
    for line in lines:
        assert _ends_in_agency(line, cues) is bool(cues.agency_end_re.compiled.search(
            line[-cues.agency_end_span:])), line


def test_plain_statements_never_compile_the_long_patterns() -> None:
    from factcheck.boilerplate import _build_cues

    cues = _build_cues.__wrapped__("en")  # a fresh set: the shared one may have compiled them already
    statements = ("France has expelled three Azerbaijani diplomats posted to the embassy in Paris.",
                  "The moves so far, as the desk has confirmed them:",
                  "Baku accuses Paris of a pro-Armenian bias in the peace talks mediated by Europe.",
                  "The two French diplomats were given 72 hours to leave Azerbaijan.",
                  "Officials in Paris described relations as the worst they have been in years.")
    for text in statements:
        assert classify(text, cues) is None
        assert dateline(text, cues) is None
    long_patterns = (cues.dateline_re, cues.with_credit_re, cues.outlet_credit_re, cues.agency_list_re,
                     cues.wire_photo_re, cues.agency_end_re)
    assert [p for p in long_patterns if p._compiled is not None] == []


# (text, the statement left once an embedded post is blanked; None when nothing is left)
POSTS: list[tuple[str, str | None]] = [
    ("Wow, the wall just went pic.twitter.com/aBc123 — Jo Fenn (@jofenn) January 6, 2024 The jet landed at 5:27 p.m.",
     "The jet landed at 5:27 p.m."),
    ("— Ada Quill (@adaquill) April 11, 2024", None),
    ("Freedom at last pic.twitter.com/Zz9 — Pat Ruiz (@pruiz) November 19, 2023", None),
    ("BREAKING: COURT JAILS FOUNDER FOR 25 YEARS pic.twitter.com/M9x March 28, 2024", None),
    ("The plane, carrying… pic.twitter.com/nt0Fw— N E W S (@newsdesk) 6 January 2024", None),
]
# a handle in prose, without a signature's dash and date, is part of the statement
NOT_POSTS = [
    "The minister wrote on X (@minister) that the talks had failed.",
    "Reporters - among them Jo Fenn (@jofenn) - said the vote was close.",
]


@pytest.mark.parametrize(("text", "rest"), POSTS)
def test_embedded_post_is_blanked(text: str, rest: str | None) -> None:
    from factcheck.document import statement_text

    found = statement_text(text)
    assert (found.strip() if found is not None else None) == rest
    if found is not None:
        assert len(found) == len(text)  # blanked, not cut: offsets into the sentence stay valid


@pytest.mark.parametrize("text", NOT_POSTS)
def test_handle_in_prose_is_no_post(text: str) -> None:
    assert embedded_post(text) is None
