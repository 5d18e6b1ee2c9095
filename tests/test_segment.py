"""Sentence splitting: where news prose does and does not end a sentence."""

from __future__ import annotations

import time

import pytest

from factcheck.segment import Lexicon, default_lexicon, split_sentences


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


CASES: list[tuple[str, list[str]]] = [
    # month abbreviations and datelines
    (
        "PARIS, Dec. 26 — France expelled two diplomats. Baku responded.",
        ["PARIS, Dec. 26 — France expelled two diplomats.", "Baku responded."],
    ),
    (
        "BAKU, Dec 27 (Reuters) - Azerbaijan expelled two French diplomats. They were given 48 hours.",
        ["BAKU, Dec 27 (Reuters) - Azerbaijan expelled two French diplomats.", "They were given 48 hours."],
    ),
    ("Talks resumed on Sept. 19 in Brussels.", ["Talks resumed on Sept. 19 in Brussels."]),
    ("Jan. 5 and Feb. 6 were chosen.", ["Jan. 5 and Feb. 6 were chosen."]),
    ("It happened in Sept. Nobody noticed.", ["It happened in Sept.", "Nobody noticed."]),
    # acronyms
    ("The U.S. State Department declined to comment.", ["The U.S. State Department declined to comment."]),
    ("The envoy flew to the U.S. The talks resumed.", ["The envoy flew to the U.S.", "The talks resumed."]),
    (
        "The U.N. Secretary-General spoke. The U.K. and the E.U. agreed.",
        ["The U.N. Secretary-General spoke.", "The U.K. and the E.U. agreed."],
    ),
    (
        "Acme Inc. reported a loss. Its rival is Acme Ltd. The rival did well.",
        ["Acme Inc. reported a loss.", "Its rival is Acme Ltd.", "The rival did well."],
    ),
    ("The meeting ended at 5 p.m. The envoys left.", ["The meeting ended at 5 p.m.", "The envoys left."]),
    ("It ended at 5 p.m. Tuesday.", ["It ended at 5 p.m. Tuesday."]),
    # titles, initials
    ("Mr. Aliyev accused France of bias.", ["Mr. Aliyev accused France of bias."]),
    (
        "Gen. Smith and Dr. Jones met St. Petersburg officials. Prof. Lee did not.",
        ["Gen. Smith and Dr. Jones met St. Petersburg officials.", "Prof. Lee did not."],
    ),
    ("J. Smith and A. B. Jones signed. They left.", ["J. Smith and A. B. Jones signed.", "They left."]),
    ("Smith vs. Jones was decided.", ["Smith vs. Jones was decided."]),
    (
        "Several nations, e.g. France and Italy, objected.",
        ["Several nations, e.g. France and Italy, objected."],
    ),
    # etc. ends a sentence only before a capital
    ("Fruit, nuts, etc. and more.", ["Fruit, nuts, etc. and more."]),
    ("They sold fruit, nuts, etc. The shop closed.", ["They sold fruit, nuts, etc.", "The shop closed."]),
    # numbers
    (
        "About 1.5 million people live there. Most left.",
        ["About 1.5 million people live there.", "Most left."],
    ),
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("The vote was No. The motion failed.", ["The vote was No.", "The motion failed."]),
    ("Prices rose 2.5%. Inflation fell.", ["Prices rose 2.5%.", "Inflation fell."]),
    ("It was signed in 2023. 15 states joined.", ["It was signed in 2023.", "15 states joined."]),
    # quotes and brackets
    (
        '"We will respond," he said. "The decision is final." Then he left.',
        ['"We will respond," he said.', '"The decision is final."', "Then he left."],
    ),
    (
        "He called it ‘reciprocity.’ The ministry agreed.",
        ["He called it ‘reciprocity.’", "The ministry agreed."],
    ),
    ("She said: “It is over.” Nobody answered.", ["She said: “It is over.”", "Nobody answered."]),
    ("(See the annex.) The rest follows.", ["(See the annex.)", "The rest follows."]),
    ('"Was it?" he asked.', ['"Was it?" he asked.']),
    # question and exclamation marks
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    # ellipses
    ("He paused... then went on.", ["He paused... then went on."]),
    ("He paused... Then he went on.", ["He paused...", "Then he went on."]),
    ("The minister… France will respond.", ["The minister… France will respond."]),
    # a headline run into the text after it with no space ends where a sentence starter begins
    ("Acme to cut 17% of staff this yearIt has 600.", ["Acme to cut 17% of staff this year", "It has 600."]),
    ("The iPhone maker and YouTube grew.", ["The iPhone maker and YouTube grew."]),
    ("The McDonald and MacArthur deals closed.", ["The McDonald and MacArthur deals closed."]),
    # a full stop pasted against the next sentence still ends it, before a sentence starter only
    ("Officials said on Sunday (October 2).It is one of the worst.",
     ["Officials said on Sunday (October 2).", "It is one of the worst."]),
    ("It was one of the worst disasters.The tragedy unfolded late.",
     ["It was one of the worst disasters.", "The tragedy unfolded late."]),
    ("Read it on Yahoo.Com or at nodejs.Org today.", ["Read it on Yahoo.Com or at nodejs.Org today."]),
    ("Arema lost to Persebaya Surabaya.East Java police said fans invaded the pitch.Officers fired tear gas.",
     ["Arema lost to Persebaya Surabaya.", "East Java police said fans invaded the pitch.",
      "Officers fired tear gas."]),
    ("The U.S.The pact holds.", ["The U.S.The pact holds."]),
    # blank lines, whitespace and empty input
    ("A title without a stop\n\nThe body follows.", ["A title without a stop", "The body follows."]),
    ("  Padded sentence.   Another one.  ", ["Padded sentence.", "Another one."]),
    ("", []),
    ("   \n\n  ", []),
    ("No final stop", ["No final stop"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_are_trimmed_and_ordered(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_lexicon_can_be_replaced() -> None:
    base = default_lexicon()
    text = "The Supv. Smith arrived."
    assert texts(text) == ["The Supv.", "Smith arrived."]
    custom = Lexicon(base.never_final | {"Supv"}, base.before_number, base.acronyms, base.starters)
    assert split_sentences(text, custom) == [(0, len(text))]
    bare = Lexicon(frozenset(), frozenset(), frozenset(), frozenset())
    other = "Mr. Smith arrived."
    assert [other[a:b] for a, b in split_sentences(other, bare)] == ["Mr.", "Smith arrived."]


def test_lexicon_data_has_the_required_entries() -> None:
    lex = default_lexicon()
    for title in ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "Pres", "St"):
        assert title in lex.never_final
    for month in ("Jan", "Feb", "Sept", "Dec"):
        assert month in lex.before_number
    assert "No" in lex.before_number
    for acronym in ("U.S", "U.K", "U.N", "E.U", "Inc", "Ltd", "Co", "Jr", "Sr"):
        assert acronym in lex.acronyms


@pytest.mark.parametrize(
    "text",
    [
        ". " * 50_000,
        "." * 100_000,
        "a." * 50_000,
        "\n " * 50_000,
        "x" * 100_000 + ". ",
        "… " * 50_000,
        "Mr. " * 25_000,
        "A. " * 30_000,
        '."' * 50_000,
    ],
)
def test_pathological_input_is_linear(text: str) -> None:
    started = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - started < 2.0


def test_speed_on_news_prose() -> None:
    paragraph = (
        "PARIS, Dec. 26 — France expelled two diplomats from Azerbaijan's embassy. "
        "Mr. Aliyev said the U.S. State Department had been told on Sept. 19. "
        '"We will respond," the ministry said. About 1.5 million people watched. '
    )
    text = "\n\n".join([paragraph] * 500)
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert len(spans) == 2000
    assert elapsed / len(spans) < 200e-6  # target is ~20 µs; generous for slow machines
