"""A claims file's vocabulary block: story words read by the base that loads it, and by no other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.claimbase import ClaimBase, build, load_claims
from factcheck.entities import EntityRegistry
from factcheck.errors import ClaimsError
from factcheck.lexicon import lexicon, with_vocabulary
from factcheck.mentions import extract
from factcheck.records import ClaimsFile, Entity

ROOT = Path(__file__).resolve().parents[1]

ENTITIES = [
    {"id": "france", "name": "France", "kind": "country", "demonyms": ["French"]},
    {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country", "demonyms": ["Azerbaijani"]},
    {"id": "armenia", "name": "Armenia", "kind": "country", "demonyms": ["Armenian"]},
]


def _attaches(vocabulary: dict[str, Any] | None) -> ClaimBase:
    raw: dict[str, Any] = {
        "entities": ENTITIES,
        "claims": [{"id": "france-expels-attaches", "statement": "France expelled two Azerbaijani attachés.",
                    "keywords": ["expel"],
                    "values": [{"kind": "actor", "entity": "france"}, {"kind": "target", "entity": "azerbaijan"}]}],
    }
    if vocabulary is not None:
        raw["vocabulary"] = vocabulary
    return build([ClaimsFile.model_validate(raw)])


def _quake(vocabulary: dict[str, Any] | None) -> ClaimBase:
    raw = json.loads((ROOT / "tests/articles/nepal-earthquake/claims/nepal-earthquake.json").read_text("utf-8"))
    raw.pop("vocabulary", None)
    if vocabulary is not None:
        raw["vocabulary"] = vocabulary
    return build([ClaimsFile.model_validate(raw)])


def _verdicts(base: ClaimBase, text: str) -> list[tuple[str, tuple[str, ...]]]:
    findings = base.check(text).documents[0].findings
    return [(f.verdict.value, tuple(d.field for d in f.discrepancies)) for f in findings]


def test_a_people_noun_from_the_vocabulary_makes_a_demonym_name_whose_people_they_are() -> None:
    sentence = "France expelled two Armenian attachés."
    # without the word, "Armenian" reads as an adjective of nothing the base knows, and the target goes unread
    assert _verdicts(_attaches(None), sentence) == [("supported", ())]
    # read, the target conflicts; Armenia is no claim's party, so the finding says another party is named
    assert _verdicts(_attaches({"people_nouns": ["attaché", "attachés"]}), sentence) == [
        ("unverified", ("target",))]
    assert _verdicts(_attaches({"people_nouns": ["attaché", "attachés"]}),
                     "France expelled two Azerbaijani attachés.") == [("supported", ())]


def test_a_party_noun_from_the_vocabulary_keeps_a_demonym_as_a_party() -> None:
    registry = EntityRegistry([Entity.model_validate(e) for e in ENTITIES])
    sentence = "The Armenian negotiators walked out."
    assert extract(sentence, registry).parties == ()
    lex = with_vocabulary(lexicon(), party_nouns=["negotiators"])
    assert [p.mention.entity for p in extract(sentence, registry, lex).parties] == ["armenia"]


@pytest.mark.parametrize("sentence", [
    "A magnitude 5.3 aftershock struck Jajarkot on Sunday.",
    "A 5.3-magnitude aftershock jolted Jajarkot on Monday, the seismological centre said.",
])
def test_other_event_words_set_a_figure_apart_as_another_event(sentence: str) -> None:
    # read as the quake itself, the aftershock's magnitude or its day conflicts with the record
    assert any(verdict == "contradicted" for verdict, _fields in _verdicts(_quake(None), sentence))
    assert _verdicts(_quake({"other_event_words": ["aftershock", "aftershocks"]}), sentence) == []


def test_other_event_words_leave_the_main_event_of_the_clause_alone() -> None:
    # the aftershock is named in passing, set off by commas: the toll is still the main quake's
    base = _quake({"other_event_words": ["aftershock", "aftershocks"]})
    sentence = "The magnitude 6.4 quake, followed by an aftershock, killed 175 people in Jajarkot on November 3."
    assert ("contradicted", ("count",)) in _verdicts(base, sentence)


def test_a_story_word_reaches_only_the_base_that_declares_it() -> None:
    declaring = _attaches({"people_nouns": ["attachés"], "other_event_words": ["aftershock"]})
    other = _attaches(None)
    assert "attachés" in declaring.lex.people_nouns and "aftershock" in declaring.lex.other_event_words
    assert "attachés" not in other.lex.people_nouns and not other.lex.other_event_words
    assert "attachés" not in lexicon().people_nouns  # the shared pack is never changed
    assert _verdicts(other, "France expelled two Armenian attachés.") == [("supported", ())]


def test_the_english_pack_holds_no_diplomatic_vocabulary() -> None:
    lex = lexicon()
    for word in ("diplomat", "diplomats", "envoy", "attaché", "embassy", "consul", "chargé"):
        assert word not in lex.people_nouns, word
    assert "ultimatum" not in lex.duration_heads
    assert {"official", "spokesman", "minister", "lawyer", "staff"} <= lex.people_nouns  # general English stays


def test_the_seed_story_declares_its_vocabulary() -> None:
    raw = json.loads((ROOT / "claims/france-azerbaijan-expulsions.json").read_text("utf-8"))
    assert {"diplomat", "diplomats", "envoy", "attaché", "embassy", "consul", "chargé"} <= set(
        raw["vocabulary"]["people_nouns"])
    assert "diplomats" in load_claims("claims").lex.people_nouns


def test_a_vocabulary_block_loads_from_a_file_and_unknown_keys_are_reported(tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "story.json").write_text(json.dumps({
        "vocabulary": {"people_nouns": ["attachés"], "other_event_words": ["aftershock"]},
        "entities": ENTITIES,
        "claims": [{"id": "x", "statement": "France expelled two Azerbaijani attachés.", "keywords": ["expel"]}],
    }), encoding="utf-8")
    assert "attachés" in load_claims(good).lex.people_nouns
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "story.json").write_text(json.dumps({
        "vocabulary": {"people_noun": ["attachés"]},
        "claims": [{"id": "x", "statement": "France expelled two diplomats."}],
    }), encoding="utf-8")
    with pytest.raises(ClaimsError) as raised:
        load_claims(bad)
    assert "people_noun" in str(raised.value)


def test_the_capital_rule_is_read_from_the_pack() -> None:
    paris = Entity.model_validate({"id": "paris", "name": "Paris", "kind": "place", "part_of": "france"})
    entities = [*(Entity.model_validate(e) for e in ENTITIES), paris]
    assert EntityRegistry(entities).metonym("paris") == "france"
    assert EntityRegistry(entities, metonym_kinds=()).metonym("paris") is None
    assert "country" in lexicon().metonym_kinds
