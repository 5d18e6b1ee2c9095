"""The word lists of ``factcheck/data/lexicon.json``, loaded once into typed, read-only form.

Keeping them as data means a desk can see (and extend) exactly which words
count as negation, attribution or a unit of time without reading the matcher.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    number_phrases: dict[tuple[str, ...], float | None]
    number_words: frozenset[str]
    scale_words: dict[str, int]
    duration_units: dict[str, str]
    duration_article_words: frozenset[str]
    duration_heads: frozenset[str]
    months: dict[str, int]
    ambiguous_month_words: frozenset[str]
    date_phrases: dict[tuple[str, ...], int]
    clause_breaks: frozenset[str]
    stative_participles: frozenset[str]
    party_nouns: frozenset[str]
    year_prepositions: frozenset[str]
    negation_cues: frozenset[str]
    negation_bridge: frozenset[str]
    negation_window: int
    attribution_cues: frozenset[str]
    people_nouns: frozenset[str]
    location_prepositions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    calendar_words: frozenset[str]
    attribution_verbs: frozenset[str]
    value_breaks_left: frozenset[str]
    value_breaks_right: frozenset[str]
    time_relatives: frozenset[str]
    determiners: frozenset[str]
    other_event_cues: frozenset[str]
    time_nouns: frozenset[str]
    person_refs: frozenset[str]
    thing_refs: frozenset[str]
    group_pronouns: frozenset[str]
    group_words: frozenset[str]
    kind_nouns: dict[str, frozenset[str]]
    number_bounds: dict[tuple[str, ...], str]
    passive_light_verbs: frozenset[str]
    modifier_prepositions: frozenset[str]
    negation_stoppers: frozenset[str]


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.replace("-", " ").split())


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("factcheck").joinpath("data/lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        number_phrases={_split(k): v for k, v in raw["number_phrases"].items()},
        number_words=frozenset(raw["number_words"]),
        scale_words=dict(raw["scale_words"]),
        duration_units=dict(raw["duration_units"]),
        duration_article_words=frozenset(raw["duration_article_words"]),
        duration_heads=frozenset(raw["duration_heads"]),
        months=dict(raw["months"]),
        ambiguous_month_words=frozenset(raw["ambiguous_month_words"]),
        date_phrases={_split(k): int(v) for k, v in raw["date_phrases"].items()},
        clause_breaks=frozenset(raw["clause_breaks"]),
        stative_participles=frozenset(raw["stative_participles"]),
        party_nouns=frozenset(raw["party_nouns"]),
        year_prepositions=frozenset(raw["year_prepositions"]),
        negation_cues=frozenset(raw["negation_cues"]),
        negation_bridge=frozenset(raw["negation_bridge"]),
        negation_window=int(raw["negation_window"]),
        attribution_cues=frozenset(raw["attribution_cues"]),
        people_nouns=frozenset(raw["people_nouns"]),
        location_prepositions=frozenset(raw["location_prepositions"]),
        passive_auxiliaries=frozenset(raw["passive_auxiliaries"]),
        calendar_words=frozenset(raw["calendar_words"]),
        attribution_verbs=frozenset(raw["attribution_verbs"]),
        value_breaks_left=frozenset(raw["value_breaks_left"]),
        value_breaks_right=frozenset(raw["value_breaks_right"]),
        time_relatives=frozenset(raw["time_relatives"]),
        determiners=frozenset(raw["determiners"]),
        other_event_cues=frozenset(raw["other_event_cues"]),
        time_nouns=frozenset(raw["time_nouns"]),
        person_refs=frozenset(raw["person_refs"]),
        thing_refs=frozenset(raw["thing_refs"]),
        group_pronouns=frozenset(raw["group_pronouns"]),
        group_words=frozenset(raw["group_words"]),
        kind_nouns={k: frozenset(v) for k, v in raw["kind_nouns"].items()},
        number_bounds={tuple(k.split()): v for k, v in raw["number_bounds"].items()},
        passive_light_verbs=frozenset(w for w in raw["passive_light_verbs"] if " " not in w),
        modifier_prepositions=frozenset(raw["modifier_prepositions"]),
        negation_stoppers=frozenset(raw["negation_stoppers"]),
    )
