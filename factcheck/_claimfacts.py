"""Facts about the claim base itself, read once when the matcher is built: each claim's parties, words,
dates and story, and the sibling claims that share its event words."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from factcheck.entities import EntityRegistry
from factcheck.keywords import lemmas, split_keyword
from factcheck.kinds.date import read_dates
from factcheck.kinds.numbers import tokenize
from factcheck.lexicon import Lexicon
from factcheck.plain import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    PlaceValue,
    QuantityValue,
    Source,
    TargetValue,
)

WORD = re.compile(r"[a-z]+")
_WORD_OR_NUMBER = re.compile(r"[a-z]+|\d+")


HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # "year-on-year", "12-month" as one word


NEGATORS = frozenset("not no never none nobody neither nor nothing".split())


def without_phrases(text: str, phrases: Sequence[str]) -> str:
    for phrase in phrases:
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    return text


def shared_events(claims: Sequence[Claim]) -> list[bool]:
    """For each claim, whether another claim records an event of the same word done to the same party by
    another actor (two people joining one board): the record itself shows that many do that act."""
    keys = [(frozenset(k.lower() for k in c.keywords), targets_of(c), actors_of(c)) for c in claims]
    by_target: dict[frozenset[str], list[int]] = {}
    for i, (_words, targets, _actors) in enumerate(keys):
        if targets:
            by_target.setdefault(targets, []).append(i)
    return [bool(targets) and bool(actors) and any(
        j != i and keys[j][0] & words and keys[j][2] and not keys[j][2] & actors for j in by_target[targets])
        for i, (words, targets, actors) in enumerate(keys)]


def actors_of(claim: Claim) -> frozenset[str]:
    return frozenset(v.entity for v in claim.values if isinstance(v, ActorValue))


def targets_of(claim: Claim) -> frozenset[str]:
    return frozenset(v.entity for v in claim.values if isinstance(v, TargetValue))


def fits(reg: EntityRegistry, expected: str, cands: Iterable[str]) -> bool:
    return any(reg.compatible(expected, c) for c in cands)


def has_measures(claim: Claim) -> bool:
    return any(isinstance(v, CountValue | QuantityValue | DurationValue | DateValue) for v in claim.values)


def since_value(claim: Claim, value: DateValue) -> bool:
    """Whether the record gives the date as where a period starts: its phrase opens with "since", or the
    statement has "since" right before the date's year ("the longest run since 1987")."""
    if value.phrase and value.phrase.lower().split()[:1] == ["since"]:
        return True
    words = _WORD_OR_NUMBER.findall(claim.statement.lower())
    return value.year is not None and any(
        w == "since" and str(value.year) in words[i + 1:i + 4] for i, w in enumerate(words))


def known_by(claim: Claim, sources: Mapping[str, Source], latest_of_both: bool = False) -> _dt.date | None:
    """The earlier of the claim's own latest full date (its event was known that day) and its source's
    publication (a scheduled event was known before it happened); with ``latest_of_both`` the later of the
    two: the record's horizon, after which no year can date what it records."""
    days = []
    for v in claim.values:
        if isinstance(v, DateValue) and v.year and v.month and v.day:
            try:
                days.append(_dt.date(v.year, v.month, v.day))
            except ValueError:
                continue  # reported by validate; a check goes on without it
    latest = max(days, default=None)
    source = sources.get(claim.provenance.source) if claim.provenance else None
    published = source.published if source is not None else None
    if latest is None or published is None:
        return latest or published
    return max(latest, published) if latest_of_both else min(latest, published)


def story_years(claims: Sequence[Claim], sources: dict[str, Source]) -> list[frozenset[int]]:
    """The years of each claim's story: its source's publication year, else the year most of the source's
    dated claims fall in, so a background claim ("the 2015 quake") does not make 2015 a story year."""
    counts: dict[str, Counter[int]] = {}
    for claim in claims:
        if claim.provenance:
            years = counts.setdefault(claim.provenance.source, Counter())
            years.update(v.year for v in claim.values if isinstance(v, DateValue) and v.year)
    by_source: dict[str, frozenset[int]] = {}
    for sid, years in counts.items():
        top = max(years.values(), default=0)
        by_source[sid] = frozenset(y for y, n in years.items() if n == top)
    for sid, source in sources.items():
        if source.published:
            by_source[sid] = frozenset({source.published.year})
    return [by_source.get(c.provenance.source, frozenset()) if c.provenance else frozenset() for c in claims]


def story_starts(claims: Sequence[Claim], stories: Sequence[frozenset[int]]) -> list[_dt.date | None]:
    """For each claim, the earliest date (to the month at least) its story's claims record within the story's
    years."""
    first: dict[str, _dt.date] = {}
    for claim, years in zip(claims, stories, strict=True):
        if not claim.provenance:
            continue
        for v in claim.values:
            if isinstance(v, DateValue) and v.year in years and v.month:
                day = _dt.date(v.year, v.month, v.day or 1)
                sid = claim.provenance.source
                first[sid] = min(first.get(sid, day), day)
    return [first.get(c.provenance.source) if c.provenance else None for c in claims]


def far_from(own: frozenset[int], story: frozenset[int]) -> bool:
    """Whether a claim's own years lie two or more years from every year of its story."""
    return bool(own and story) and all(abs(y - s) >= 2 for y in own for s in story)


def own_dates(claim: Claim) -> frozenset[tuple[int | None, int | None, int | None]]:
    """The days, months or years a claim's own dates name."""
    return frozenset((v.year, v.month, v.day) for v in claim.values if isinstance(v, DateValue))


def own_years(claim: Claim) -> frozenset[int]:
    """The years a claim's own dates name (a range's end included)."""
    years = {v.year for v in claim.values if isinstance(v, DateValue) and v.year}
    years |= {v.end.year for v in claim.values if isinstance(v, DateValue) and v.end and v.end.year}
    return frozenset(years)


def vocabulary_of(claim: Claim) -> frozenset[str]:
    """Every word the claim uses, with its lemmas: its statement, aliases, keywords, counted nouns and the
    source's own words for its measures ("a one-mile zone": the zone is the claim's)."""
    nouns = [w for v in claim.values if isinstance(v, CountValue) for w in (v.noun, *v.noun_aliases)]
    phrases = [v.phrase for v in claim.values if isinstance(v, CountValue | QuantityValue | DurationValue)
               and v.phrase]
    words = {w for text in (claim.statement, *claim.aliases, *claim.keywords, *nouns, *phrases)
             for w in WORD.findall(text.lower())}
    return frozenset(words | {lemma for w in words for lemma in lemmas(w)})


def claim_entities(claim: Claim) -> set[str]:
    named = {str(getattr(v, "entity")) for v in claim.values if hasattr(v, "entity")}  # noqa: B009
    return named | set(claim.attribution)


def keyword_groups(claims: Sequence[Claim]) -> list[int]:
    """Claims sharing a keyword describe the same kind of event and compete for a sentence."""
    return linked([[" ".join(split_keyword(keyword)) for keyword in claim.keywords] for claim in claims])


def linked(keys: Sequence[Iterable[Hashable]]) -> list[int]:
    """For each item, the representative of the items it is linked to through a key they share (union-find)."""
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Hashable, int] = {}
    for i, own in enumerate(keys):
        for key in own:
            parent[find(i)] = find(owner.setdefault(key, i))
    return [find(i) for i in range(len(keys))]


def claim_places(claim: Claim) -> set[str]:
    """The places a claim's values name: the whole whose parts a sentence may count."""
    return {v.entity for v in claim.values if isinstance(v, PlaceValue)}


def content_words(claim: Claim, stop: frozenset[str]) -> frozenset[str]:
    """The words of a statement that say what happened, beyond its event words and the names it writes with
    capitals (parties, titles, days, months): "Rear Admiral John Mauger made the implosion public at a
    briefing" gives "made", "implosion", "public" (and "briefing", unless it is a keyword)."""
    keywords = {w for k in claim.keywords for w in WORD.findall(k.lower())}
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", claim.statement)
                     if len(w) > 2 and w.islower() and w not in stop and w not in keywords)


def affirmed_terms(statement: str, negators: AbstractSet[str], diminishers: AbstractSet[str]) -> frozenset[str]:
    """The words of a negative claim's statement that no negator governs (the three words after it) and no
    diminisher qualifies (three on each side), with their lemmas: "was a majority in the first round, so no
    run-off is needed" affirms the majority; "made little progress" affirms no progress."""
    words = WORD.findall(statement.lower())
    near = {j for k, word in enumerate(words) if word in negators for j in range(k, k + 4)}
    near |= {j for k, word in enumerate(words) if word in diminishers for j in range(k - 3, k + 4)}
    far = {w for j, w in enumerate(words) if j not in near}
    return frozenset(far | {lemma for w in far for lemma in lemmas(w)})


def claim_hours(claim: Claim, lex: Lexicon) -> frozenset[int]:
    """The hours of the day a claim's figure is given at, in its dates or its statement ("By 7 a.m., ... top
    winds were 125 mph"): a reading at another hour is another reading of a changing measure."""
    stated = {d.hour for d in read_dates(tokenize(claim.statement), lex) if d.hour is not None}
    # ("Before dawn on 30 August, top winds reached 130 mph": the hours that part of the day holds)
    words = tuple(WORD.findall(claim.statement.lower()))
    for phrase, hours in lex.day_parts.items():
        if any(words[k:k + len(phrase)] == phrase for k in range(len(words))):
            stated |= hours
            break  # the longest phrase is listed first ("before dawn" before "dawn")
    return frozenset(v.hour for v in claim.values if isinstance(v, DateValue) and v.hour is not None) | stated


def forecast_looks_to_date(claim: Claim, lex: Lexicon) -> bool:
    """Whether the claim's date is what its forecast looks to: a forecast word comes before the year in the
    statement ("output is projected to reach 2 million barrels a day in 2027"), not after it ("On 24 January
    2024 the FAA approved a process, each check expected to take 12 hours")."""
    words = _WORD_OR_NUMBER.findall(claim.statement.lower())
    years = {str(v.year) for v in claim.values if isinstance(v, DateValue) and v.year is not None}
    first = next((k for k, w in enumerate(words) if w in years), None)
    return first is not None and any(w in lex.forecast_words for w in words[:first])


def reading_sources(claim: Claim) -> frozenset[str]:
    """Who gives a claim's reading: its actors and the parties it is attributed to ("According to IMF data,
    40 percent of Argentines ..." is the IMF's, not Argentina's); empty when it names none."""
    return frozenset(v.entity for v in claim.values if isinstance(v, ActorValue)) | frozenset(claim.attribution)
