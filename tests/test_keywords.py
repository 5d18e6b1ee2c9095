"""Keywords and entity names match by lemma: every inflection, the common derivations, and no more."""

from __future__ import annotations

import pytest

from factcheck.entities import EntityRegistry
from factcheck.keywords import KeywordIndex, derivations, keyword_keys, word_keys
from factcheck.records import Entity


def found(keyword: str, sentence: str) -> bool:
    index = KeywordIndex([(0, [keyword])])
    return 0 in index.occurrences(sentence.lower().replace(".", "").split())


@pytest.mark.parametrize(("keyword", "sentence"), [
    ("expel", "France expels two diplomats"),
    ("expel", "France expelled two diplomats"),
    ("expel", "the expulsion of two diplomats"),
    ("expel", "after the expulsions"),
    ("expulsion", "France expelled two diplomats"),
    ("sentence", "he was sentenced on Thursday"),
    ("sentence", "at the sentencing hearing"),
    ("seek", "prosecutors sought 50 years"),
    ("sought", "prosecutors seek 50 years"),
    ("strike", "the quake struck at night"),
    ("lose", "customers lost $8 billion"),
    ("lose", "a loss of $8 billion"),
    ("cancel", "the flight was cancelled"),
    ("acquire", "the acquisition closed"),
    ("kick out", "they were kicked out"),
])
def test_inflections_and_derivations_match(keyword: str, sentence: str) -> None:
    assert found(keyword, sentence)


@pytest.mark.parametrize(("keyword", "sentence"), [
    ("founded", "he found that the witness lied"),  # "found" is the past of "find" here
    ("backed", "inflation will be back at target"),  # "back" is also an adverb
    ("expel", "the expert spoke"),
    ("sentence", "he sent a letter"),
])
def test_homographs_and_unrelated_words_do_not_match(keyword: str, sentence: str) -> None:
    assert not found(keyword, sentence)


def test_a_keyword_written_as_the_text_writes_it_always_matches() -> None:
    assert found("found", "he found the company in 2019")
    assert found("backed", "six members backed the rise")


def test_word_keys_join_derived_nouns_to_their_verb() -> None:
    assert "expel" in word_keys("expulsion")
    assert "expel" in keyword_keys("expulsion")
    assert "die" in word_keys("deaths")
    assert derivations("en")["expulsion"] == "expel"
    assert derivations("fr")["expulsion"] == "expulser"
    assert derivations("xx") == {}


def test_lowercase_words_of_entity_names_match_any_inflection() -> None:
    registry = EntityRegistry([
        Entity(id="customers", name="FTX customers", aliases=("customers", "defence lawyers")),
        Entity(id="williams", name="Damian Williams", aliases=("Williams",)),
    ])
    mentions = registry.find("A customer and a defence lawyer spoke; FTX customer groups too.")
    assert [m.entity for m in mentions] == ["customers", "customers", "customers"]
    # capitalised words are proper names: "William" is not "Williams"
    assert registry.find("William spoke.") == []
    assert [m.entity for m in registry.find("Williams spoke.")] == ["williams"]
