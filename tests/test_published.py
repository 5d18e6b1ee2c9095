"""A document's date line: a report is not held to facts recorded after the day it says it was published."""

from __future__ import annotations

import datetime as _dt

import pytest
from test_rules_matcher import BASE

from factcheck.document import read_text
from factcheck.entities import EntityRegistry
from factcheck.lexicon import lexicon
from factcheck.mentions import extract
from factcheck.published import date_line, date_stamp

TOLL = "The earthquake in Jajarkot killed 100 people."  # the record (published 4 November 2023) holds 153


@pytest.mark.parametrize(("line", "day"), [
    ("22 June 2023, 12:02 | Updated: 22 June 2023, 12:20", _dt.date(2023, 6, 22)),
    ("Published 4 November 2023", _dt.date(2023, 11, 4)),
    ("Nov 4, 2023", _dt.date(2023, 11, 4)),
    ("Updated 3 November 2023 at 10:15 GMT", _dt.date(2023, 11, 3)),
])
def test_a_line_of_nothing_but_a_date_dates_the_document(line: str, day: _dt.date) -> None:
    assert date_line(extract(line, EntityRegistry([])), lexicon()) == day


@pytest.mark.parametrize("line", [
    "The Bank raised rates on 22 June 2023.",  # a sentence's date is its event's
    "By Asher McShane",
    "November 2023",  # no day
    "Rescue teams reached Jajarkot on 4 November 2023",
])
def test_a_date_inside_a_sentence_does_not(line: str) -> None:
    assert date_line(extract(line, EntityRegistry([])), lexicon()) is None


def _check(text: str) -> tuple[list[tuple[str | None, str]], tuple[str, ...]]:
    report = BASE.check_document(read_text(text, "report.md"))
    return [(f.claim_id, f.verdict.value) for f in report.findings], report.notices


def test_a_report_dated_before_the_record_is_not_held_to_it() -> None:
    found, notices = _check(f"# Quake toll\n\n2 November 2023\n\n{TOLL}\n")
    assert found == []
    assert len(notices) == 1 and "dated 2023-11-02" in notices[0] and "quake-toll" in notices[0]


def test_an_undated_or_later_report_is() -> None:
    assert _check(f"# Quake toll\n\n{TOLL}\n")[0] == [("quake-toll", "contradicted")]
    found, notices = _check(f"# Quake toll\n\n6 November 2023\n\n{TOLL}\n")
    assert found == [("quake-toll", "contradicted")] and notices == ()


def test_a_day_of_grace_for_time_zones() -> None:
    assert _check(f"# Quake toll\n\n3 November 2023\n\n{TOLL}\n")[0] == [("quake-toll", "contradicted")]


def test_a_date_further_down_the_story_is_not_a_date_line() -> None:
    body = "\n\n".join(["Rescuers dug through the night."] * 9)
    assert _check(f"# Quake toll\n\n{body}\n\n2 November 2023\n\n{TOLL}\n")[0] == [("quake-toll", "contradicted")]


@pytest.mark.parametrize(("line", "day"), [
    ("ByJane Roe NewsNet logo Wednesday, January 17, 2024 Quake survivors rebuild", _dt.date(2024, 1, 17)),
    ("Quake toll rises Workplace Daily December 08, 2023", _dt.date(2023, 12, 8)),
    ("date 2023-11-02 The toll rose again on Thursday.", _dt.date(2023, 11, 2)),
])
def test_a_date_fused_into_page_furniture_is_the_documents(line: str, day: _dt.date) -> None:
    stamp = date_stamp(extract(line, EntityRegistry([])), lexicon())
    assert stamp is not None and (stamp.year, stamp.month, stamp.day) == (day.year, day.month, day.day)


@pytest.mark.parametrize("line", [
    "The quake struck on November 3, 2023 in western Nepal.",  # after a preposition: the event's
    "Rescuers said November 4, 2023 was the worst day.",  # after a verb
    "The toll reported November 4, 2023, was 153.",  # followed by punctuation, not a new line of text
    "November 4, 2023 The toll rose.",  # nothing before it to be furniture
    "The relief desk November 4, 2023, reported a higher toll.",  # punctuation after it: inside the sentence
    "Officials confirmed November 4, 2023 Nepal had its worst day.",  # a verb before it governs it
])
def test_a_date_an_event_is_given_is_no_stamp(line: str) -> None:
    assert date_stamp(extract(line, EntityRegistry([])), lexicon()) is None


def test_a_fused_stamp_dates_the_document_and_leaves_the_headline() -> None:
    # dated before the record: the toll is not held to it, and the stamp is no event date
    found, notices = _check(f"# Quake toll\n\nByJane Roe NewsNet logo Thursday, November 2, 2023 {TOLL}\n")
    assert found == [] and len(notices) == 1 and "dated 2023-11-02" in notices[0]
    found, _notices = _check(f"# Quake toll\n\nNewsNet logo Monday, November 6, 2023 {TOLL}\n")
    assert found == [("quake-toll", "contradicted")]


def test_a_fused_stamp_is_no_event_date() -> None:
    text = "# Envoy summoned\n\nNewsNet logo Monday, May 8, 2023 Norway summoned Chile's ambassador.\n"
    found, _notices = _check(text)
    assert found == [("summoned", "supported")]
