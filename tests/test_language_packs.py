"""Language packs: a claim base reads articles in its sources' language, with the words of that language."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from factcheck.claimbase import ClaimBase, build, load_claims
from factcheck.lexicon import base_language, lexicon, pack_language, with_vocabulary
from factcheck.records import ClaimsFile


def _french_file(language: str | None = "fr") -> ClaimsFile:
    """A small French-language claims file about the seed story, written for these tests."""
    source: dict[str, Any] = {"id": "depeche-paris"}
    if language:
        source["language"] = language
    return ClaimsFile.model_validate({
        "source": source,
        "vocabulary": {"people_nouns": ["diplomate", "diplomates"]},
        "entities": [
            {"id": "france", "name": "France", "kind": "country", "demonyms": ["français", "française"]},
            {"id": "azerbaijan", "name": "Azerbaïdjan", "kind": "country",
             "demonyms": ["azerbaïdjanais", "azerbaïdjanaise"]},
        ],
        "claims": [{
            "id": "la-france-expulse-deux-diplomates",
            "statement": "La France a expulsé deux diplomates azerbaïdjanais le 21 novembre 2023.",
            "keywords": ["expulsé", "expulse", "expulsion", "persona non grata"],
            "values": [
                {"kind": "actor", "entity": "france"},
                {"kind": "target", "entity": "azerbaijan"},
                {"kind": "count", "number": 2, "noun": "diplomates"},
                {"kind": "date", "year": 2023, "month": 11, "day": 21},
            ],
        }],
    })


def _verdicts(base: ClaimBase, text: str) -> list[tuple[str, tuple[str, ...]]]:
    findings = base.check(text).documents[0].findings
    return [(f.verdict.value, tuple(d.field for d in f.discrepancies)) for f in findings]


def test_a_french_base_reads_french_numbers_and_compares_the_count() -> None:
    base = build([_french_file()])
    assert base.lex.language == "fr"
    assert _verdicts(base, "La France a expulsé trois diplomates azerbaïdjanais.") == [("contradicted", ("count",))]
    assert _verdicts(base, "La France a expulsé deux diplomates azerbaïdjanais.") == [("supported", ())]


def test_a_french_base_reads_french_dates() -> None:
    base = build([_french_file()])
    assert _verdicts(base, "La France a expulsé deux diplomates azerbaïdjanais le 23 novembre 2023.") == [
        ("contradicted", ("date",))]
    assert _verdicts(base, "Le 21 novembre 2023, la France a expulsé deux diplomates azerbaïdjanais.") == [
        ("supported", ())]


def test_the_same_file_read_with_the_english_pack_does_not_see_the_french_figure() -> None:
    # without its language the file is read as English: "trois" is no number, so nothing is compared
    base = build([_french_file(language=None)])
    assert base.lex.language == "en"
    assert ("contradicted", ("count",)) not in _verdicts(base, "La France a expulsé trois diplomates azerbaïdjanais.")


def test_a_region_tag_reads_with_its_language_pack() -> None:
    assert build([_french_file("fr-FR")]).lex.language == "fr"
    assert pack_language("fr-CA") == "fr"
    assert lexicon("fr-FR") is lexicon("fr")


@pytest.mark.parametrize("code", [None, "", "de", "pt-BR", "../en", "EN"])
def test_a_language_without_a_pack_reads_with_english(code: str | None) -> None:
    assert lexicon(code) is lexicon()


def test_a_partial_pack_takes_the_keys_it_lacks_from_english() -> None:
    fr, en = lexicon("fr"), lexicon("en")
    assert fr.months["novembre"] == 11 and "november" not in fr.months
    assert "trois" in fr.number_words and "three" not in fr.number_words
    assert fr.units == en.units  # no French unit table yet: the English one
    assert fr.value_bounds == en.value_bounds


def test_every_pack_names_only_keys_the_english_pack_has() -> None:
    folder = resources.files("factcheck").joinpath("data/lang")
    english = json.loads(folder.joinpath("en.json").read_text(encoding="utf-8"))
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            pack = json.loads(entry.read_text(encoding="utf-8"))
            assert set(pack) <= set(english), entry.name
            assert pack["language"] == entry.name.removesuffix(".json")


def test_the_base_language_is_the_most_common_among_its_sources() -> None:
    assert base_language([]) == "en"
    assert base_language([None, "fr"]) == "fr"
    assert base_language(["fr", "en", "fr-FR"]) == "fr"


def test_an_english_base_reads_with_the_english_pack_and_its_vocabulary() -> None:
    base = load_claims("claims")
    assert base.lex.language == "en"
    assert "diplomats" in base.lex.people_nouns  # the seed story's vocabulary block
    assert base.lex == with_vocabulary(lexicon(), people_nouns=base.lex.added[0], party_nouns=base.lex.added[1])
    found = _verdicts(base, "France expelled three Azerbaijani diplomats on Tuesday.")
    assert ("contradicted", ("count",)) in found
