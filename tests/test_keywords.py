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
    ("support", "Bullrich supported Milei"),
    ("support", "Bullrich is supporting Milei"),
    ("slowest", "the slowest rise in two years"),
    ("deadliest", "the deadliest quake since 2015"),
])
def test_inflections_and_derivations_match(keyword: str, sentence: str) -> None:
    assert found(keyword, sentence)


@pytest.mark.parametrize(("keyword", "sentence"), [
    ("founded", "he found that the witness lied"),  # "found" is the past of "find" here
    ("backed", "inflation will be back at target"),  # "back" is also an adverb
    ("expel", "the expert spoke"),
    ("sentence", "he sent a letter"),
    # an agent noun names people, not the event: "supporters" are no endorsement, "carriers" no carrying
    ("support", "thousands of supporters waved flags"),
    ("carry", "the two carriers that fly the jet"),
    # a superlative keyword names a record: the plain adjective or adverb is no such thing
    ("slowest", "adjusting them more slowly in 2023"),
    ("slowest", "growth was slow"),
    ("highest", "rates are high"),
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


def test_a_line_in_capitals_names_short_names_written_otherwise() -> None:
    registry = EntityRegistry([
        Entity(id="fed", name="Federal Reserve", aliases=("Fed",)),
        Entity(id="us", name="United States", aliases=("US",)),
    ])
    # "FED" in a headline all in capitals is the Fed; "US" is spelt in capitals and stays itself
    assert [m.entity for m in registry.find("FED RAISES US RATES TO 16-YEAR HIGH")] == ["fed", "us"]
    # in ordinary text a word in capitals is an acronym, which no mixed-case name spells
    assert [m.entity for m in registry.find("The FED said US rates would rise.")] == ["us"]


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


def test_a_lowercase_name_is_found_capitalised_where_it_opens_the_sentence() -> None:
    registry = EntityRegistry([
        Entity(id="defence", name="Lopez's defence team", aliases=("her lawyers", "the defence")),
        Entity(id="northfield", name="Northfield United", aliases=("Northfield",)),
    ])
    assert [m.entity for m in registry.find("Her lawyers asked for five years.")] == ["defence"]
    assert [m.entity for m in registry.find("The defence rested.")] == ["defence"]
    assert [m.entity for m in registry.find("Northfield won.")] == ["northfield"]
    # only the sentence's opening word: a capital inside the sentence is a proper name's
    assert registry.find("Then Her lawyers asked.") == []
    assert registry.find("Her Lawyers asked.") == []


# --- the lemmatiser's answers without loading it ------------------------------------------------------------


def test_the_stored_lemma_table_gives_the_lemmatisers_own_answers(tmp_path, monkeypatch) -> None:
    """A run that reads a cached base looks words up in a stored table: it must answer as lemminflect does,
    for known words, unknown words and words with several readings."""
    import lemminflect

    from factcheck import keywords

    assert keywords.store_lemma_table(tmp_path)
    name = keywords._table_name()
    assert name is not None and (tmp_path / name).is_file()
    table = keywords._LemmaTable(tmp_path / name)
    words = ["expelled", "left", "found", "sought", "back", "diplomats", "data", "struck", "quizzically",
             "zzyzx", "the", "men", "leaves", "summoning", "deaths", "expulsion"]
    for word in words:
        assert table.get(word) == lemminflect.getAllLemmas(word), word
    ahead = keywords._LemmaTable(tmp_path / name)
    ahead.prefetch([*words[:8], *words])  # one query for all, as a check asks before reading a document
    for word in words:
        assert ahead.get(word) == lemminflect.getAllLemmas(word), word
    assert keywords.store_lemma_table(tmp_path)  # stored once: a second call finds it


def test_a_foreign_or_unfinished_lemma_table_is_never_read(tmp_path) -> None:
    from factcheck import keywords

    bad = tmp_path / "lemmas-x.sqlite"
    bad.write_bytes(b"not a database")
    assert keywords._LemmaTable(bad).get("expelled") is None  # None: ask the lemmatiser instead
    prefetched = keywords._LemmaTable(bad)
    prefetched.prefetch(["expelled"])
    assert prefetched.get("expelled") is None


def test_irregular_participles_are_the_lemmatisers_own() -> None:
    """data/participles.json lists exactly what the lemmatiser's tables give as irregular past participles."""
    from lemminflect import getAllLemmas, getInflection
    from lemminflect.core.Lemmatizer import Lemmatizer

    from factcheck.keywords import irregular_participles

    lemmatizer = Lemmatizer()
    words = {*lemmatizer._getLemmaDict(), *lemmatizer._getOverridesDict()}
    expected = {w for w in words if w == w.lower() and w.isalpha() and not w.endswith(("ed", "en", "wn", "ne", "ght"))
                and any(w in getInflection(lemma, tag="VBN") for lemma in getAllLemmas(w).get("VERB", ()))}
    assert irregular_participles() == expected
    assert {"held", "sent", "put", "struck"} <= irregular_participles()
