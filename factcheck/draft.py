"""Propose a claim base from a source article, for an editor to review, trim and validate.

Writing a claim base by hand means finding every checkable statement, typing its values and listing
every name a party goes by. ``factcheck draft`` does the first pass with the same reader that checks
articles: every sentence of the source with an event word and a value (or two parties) becomes a claim,
its parties become entities with the aliases the article itself uses ("Sam Bankman-Fried", then
"Bankman-Fried"; "(SBF)" after the full name), and its provenance points at the paragraph and a few
words of it. What the speaker of "X accused Y of ..." says is recorded as X's allegation.

A draft must never make its own source fail: it is checked against the source before it is written,
and a value the source states two ways (an early and a later toll) is dropped from the claim rather
than kept to raise a false alarm. The result is a proposal: statements are the source's clauses, not
the editor's own words, and every claim still needs reading.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck._words import holds_phrase
from factcheck.document import read_text, statement_text
from factcheck.entities import EntityRegistry
from factcheck.findings import Verdict
from factcheck.index import STOPWORDS
from factcheck.infer import _events, _iso, _verb_lemma, reading, values_by_kind
from factcheck.keywords import DEFAULT_LANGUAGE, KeywordIndex, lemmas, readings
from factcheck.kinds.count import told_as_rising
from factcheck.kinds.numbers import hedge
from factcheck.lexicon import EventGroup, Lexicon, lexicon
from factcheck.loader import normalise_for_anchor, paragraphs
from factcheck.mentions import Token, extract, normalise, tokenize
from factcheck.records import (
    ActorValue,
    Claim,
    ClaimsFile,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    EntityKind,
    Provenance,
    QuantityValue,
    Source,
    Status,
    TargetValue,
    Value,
)

_JOINERS = frozenset(("of", "de", "du", "des", "la", "le", "von", "van", "al", "bin", "&"))
_MEASURES = ("count", "quantity", "duration", "date")


@dataclass(frozen=True)
class Words:
    titles: frozenset[str]
    allegation_verbs: frozenset[str]
    organisation_heads: frozenset[str]
    irregular_demonyms: dict[str, str]
    hedges: dict[str, str]  # how a hedged figure is recorded: "point", "approx", "min" or "max", by hedge
    weekdays: dict[str, int]  # "friday": 4 (Monday is 0)
    relative_days: dict[str, int]  # "yesterday": -1
    rising_tallies: tuple[tuple[str, ...], ...]  # "toll to": a figure the source gives as a tally still rising


@cache
def words(language: str = DEFAULT_LANGUAGE) -> Words:
    raw = json.loads(resources.files("factcheck").joinpath("data/draft.json").read_text(encoding="utf-8"))
    table: dict[str, Any] = raw.get(language.split("-")[0].lower()) or raw[DEFAULT_LANGUAGE]
    return Words(frozenset(table["titles"]), frozenset(table["allegation_verbs"]),
                 frozenset(table["organisation_heads"]), dict(table["irregular_demonyms"]),
                 dict(table.get("hedges", raw[DEFAULT_LANGUAGE]["hedges"])),
                 {k: int(v) for k, v in table.get("weekdays", {}).items()},
                 {k: int(v) for k, v in table.get("relative_days", {}).items()},
                 tuple(tuple(p.split()) for p in table.get("rising_tallies", ())))


# --- entities ----------------------------------------------------------------------------------------


@dataclass
class _Name:
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    kind: EntityKind = EntityKind.other
    count: int = 0


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _runs(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words, joined by hyphens, initials and particles ("Lewis A. Kaplan",
    "Bankman-Fried", "Bank of England")."""
    lex = lexicon()
    out = []
    i = 0
    n = len(tokens)

    def name_word(k: int) -> bool:
        # no month, weekday or time zone ("Wednesday", "GMT"), and no letter stuck to a figure ("08H00")
        if not 0 <= k < n:
            return False
        low = tokens[k].low.removesuffix("'s")
        return _capital(tokens[k]) and low not in lex.months \
            and low not in lex.calendar_words and low not in lex.weekdays \
            and tokens[k].text not in lex.time_zones \
            and not (k and tokens[k - 1].end == tokens[k].start and tokens[k - 1].low[:1].isdecimal())

    def name_tail(k: int) -> bool:
        # "Tsai Ing-wen", "Wu Chien-fu": a lower-case part after a hyphen that no dictionary knows
        if not 0 <= k < n:
            return False
        found = readings(tokens[k].low)
        return tokens[k].text.isalpha() and tokens[k].text.islower() and (
            not found or (len(tokens[k].low) <= 3 and not found.keys() & {"VERB", "ADJ"}))

    while i < n:
        if not name_word(i):
            i += 1
            continue
        j = i
        while not tokens[j].low.endswith("'s"):
            if name_word(j + 1) and text[tokens[j].end:tokens[j + 1].start].strip() in ("", "."):
                j += 1
            elif j + 2 < n and name_word(j + 2) and (
                    (tokens[j + 1].low == "-" and tokens[j + 1].start == tokens[j].end)  # "Bankman-Fried"
                    or tokens[j + 1].low in _JOINERS):  # "Bank of England"
                j += 2
            elif j + 2 < n and tokens[j + 1].low == "-" and tokens[j + 1].start == tokens[j].end \
                    and tokens[j + 2].start == tokens[j + 1].end and name_tail(j + 2):
                j += 2
                break
            else:
                break
        out.append((i, j))
        i = j + 1
    return out


def _split_at_titles(runs: list[tuple[int, int]], tokens: Sequence[Token],
                     w: Words) -> list[tuple[int, int, bool]]:
    """"Hong Kong Justice Linda Chan", "Federal Reserve Chairman Jerome Powell": a person's title inside a run
    of capitals starts a name of its own, and what stands before it (a place, a body) is another name, whose
    words are never stripped as titles. Each run comes with whether titles may open it."""
    out = []
    for i, j in runs:
        # (at the first word of the title, after a word that is neither a title nor an initial: "U.S. District
        # Judge Lewis Kaplan" is one title)
        cut = next((k for k in range(i + 1, j) if tokens[k].low in w.titles and tokens[k - 1].low not in w.titles
                    and len(tokens[k - 1].low) > 1 and not tokens[k].text.isupper()), None)
        if cut is None:
            out.append((i, j, True))
        else:
            out += [(i, cut - 1, False), (cut, j, True)]
    return out


def _strip_titles(tokens: Sequence[Token], i: int, j: int, w: Words) -> tuple[int, bool]:
    """Where the name proper starts after leading titles ("U.S. District Judge Lewis Kaplan" -> Lewis)."""
    if any(t.low.removesuffix("'s") in w.organisation_heads for t in tokens[i:j + 1]):
        return i, False
    k = i
    titled = False
    while k < j and (tokens[k].low in w.titles or (len(tokens[k].low) == 1 and k + 1 < j
                                                      and (len(tokens[k + 1].low) == 1
                                                           or tokens[k + 1].low in w.titles))):
        titled = titled or tokens[k].low in w.titles
        k += 1
    return k, titled


def _modifies(word: str) -> bool:
    """Whether a demonym-like word before ``word`` qualifies it ("Taiwanese authorities"), rather than being
    the subject of a verb ("Taiwan was hit")."""
    found = readings(word)
    return "NOUN" in found or not found.keys() & {"VERB", "AUX"}


def _demonym_of(word: str, names: Sequence[str], w: Words) -> str | None:
    if word in w.irregular_demonyms:
        return w.irregular_demonyms[word]
    if not re.search(r"(an|ian|ese|i|ish|ch)$", word):
        return None
    for name in names:
        if " " not in name and len(name) >= 4 and word[:max(4, len(name) - 1)] == name[:max(4, len(name) - 1)]:
            return name
    return None


def find_entities(sentences: Sequence[str], language: str = DEFAULT_LANGUAGE) -> list[Entity]:
    """The parties and places an article names, each with the shorter names and demonyms it also uses."""
    w = words(language)
    lex = lexicon()
    found: dict[str, _Name] = {}
    singles: dict[str, int] = {}
    acronyms: dict[str, str] = {}
    demonyms: set[str] = set()
    for sentence in sentences:
        text = normalise(sentence)
        tokens = tokenize(text)
        for i, j, titles in _split_at_titles(_runs(tokens, text), tokens, w):
            start, titled = _strip_titles(tokens, i, j, w) if titles else (i, False)
            first = tokens[start]
            opening = start == 0 or tokens[start - 1].low in ("-", "(", ":", '"')
            def ordinary(tok: Token, opening: bool) -> bool:
                if len(tok.text) > 1 and tok.text.isupper():
                    return False  # an acronym ("US", "UN") is a name, whatever word it spells
                return tok.low in STOPWORDS or tok.low in lex.number_words or (opening and bool(lemmas(tok.low)))

            if start == j and ordinary(first, opening):
                if first.text in w.irregular_demonyms or re.search(r"(an|ian|ese)$", first.text):
                    demonyms.add(first.text)
                continue
            while start < j and ordinary(first, opening):
                start += 1  # "The Orsa Line", "Three of Bankman-Fried's ...": an ordinary word opens the sentence
                while start < j and tokens[start].low in _JOINERS:
                    start += 1
                first = tokens[start]
                opening = False  # (only the opening word: "The US Geological Survey" keeps "Geological")
            if start == j and (first.low in STOPWORDS or first.low in _JOINERS):
                continue
            name = text[tokens[start].start:tokens[j].end].removesuffix("'s").rstrip(".")
            if start == j and (_demonym_of(name, (), w) or re.search(r"(an|ian|ese)$", name)) \
                    and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower() \
                    and _modifies(tokens[j + 1].low):
                demonyms.add(name)
                continue
            if start == j:
                singles[name] = singles.get(name, 0) + 1
            entry = found.setdefault(name, _Name(name))
            entry.count += 1
            prev = tokens[start - 1].low if start else ""
            if titled and " " in name:
                entry.kind = EntityKind.person
            elif any(t.low.removesuffix("'s") in w.organisation_heads for t in tokens[start:j + 1]):
                entry.kind = EntityKind.organisation
            elif prev in lex.location_prepositions - {"to", "from"} and entry.kind is EntityKind.other:
                entry.kind = EntityKind.place
            # "Sam Bankman-Fried (SBF)": the acronym in parentheses is the same party
            if j + 3 < len(tokens) and tokens[j + 1].low == "(" and tokens[j + 3].low == ")" \
                    and tokens[j + 2].text.isupper() and 2 <= len(tokens[j + 2].text) <= 6:
                acronyms[tokens[j + 2].text] = name
    # shorter names that are the end or the start of a longer one are aliases of it
    names = sorted(found, key=lambda n: (-len(n.split()), -len(n)))
    canonical: dict[str, str] = {}
    for name in names:
        if name in canonical:
            continue
        canonical[name] = name
        parts = name.split()
        if len(parts) < 2 or (found[name].kind is EntityKind.organisation and "of" in parts):
            continue
        for other in names:
            if other in canonical or other == name:
                continue
            if (parts[-1] == other and found[name].kind is not EntityKind.place) or (
                    " " in other and (name.endswith(" " + other) or name.startswith(other + " "))):
                canonical[other] = name
                found[name].aliases.append(other)
                found[name].count += found[other].count
                if found[other].kind is EntityKind.person:
                    found[name].kind = EntityKind.person
    for acronym, name in acronyms.items():
        target = canonical.get(name, name)
        if acronym != target and acronym in found and canonical.get(acronym) == acronym:
            canonical[acronym] = target
            found[target].aliases.append(acronym)
        elif acronym not in found and target in found:
            found[target].aliases.append(acronym)
    heads = [n for n in found if canonical.get(n) == n]
    for demonym in sorted(demonyms):
        country = _demonym_of(demonym, heads, w)
        if country is not None and country in found:
            found[country].demonyms.append(demonym)
            found[country].kind = EntityKind.country if found[country].kind is EntityKind.other \
                else found[country].kind
    entities: list[Entity] = []
    ids: set[str] = set()
    for name in heads:
        entry = found[name]
        entity_id = _slug(name)
        while entity_id in ids:
            entity_id += "-2"
        ids.add(entity_id)
        aliases = tuple(dict.fromkeys(a for a in entry.aliases if a != name))
        entities.append(Entity(id=entity_id, name=name, kind=entry.kind, aliases=aliases,
                               demonyms=tuple(dict.fromkeys(entry.demonyms))))
    return entities


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "x"


# --- claims ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    text: str  # the statement part of the sentence
    paragraph: int  # 1-based, as provenance counts
    heading: bool


# "KATHMANDU, Nov 4 (Wire) - ", "NEW YORK, March 28 (Agency) - ": a place in capitals, a date, a credit
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, [A-Z][\w.]*)*,\s*"
                       r"(?P<date>[A-Za-z]+\.? \d{1,2}|\d{1,2} [A-Za-z]+\.?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+")
_FRONT_PUBLISHED = re.compile(r"\A\ufeff?---\s*\n(?:.*\n)*?(?:published|date)\s*:\s*[\"']?(\d{4})-(\d{2})-(\d{2})",
                              re.IGNORECASE)


def _dateline(sentence: str) -> tuple[str, tuple[int, int] | None]:
    """The sentence with a wire dateline blanked (offsets kept), and the dateline's month and day."""
    match = _DATELINE.match(sentence)
    if match is None:
        return sentence, None
    when = None
    if match["date"]:
        lex = lexicon()
        parts = match["date"].replace(".", "").split()
        month = next((lex.months.get(p.lower()) for p in parts if p.lower() in lex.months), None)
        day = next((int(p) for p in parts if p.isdigit()), None)
        when = (month, day) if month and day else None
    return " " * match.end() + sentence[match.end():], when


def _units(text: str, path: str) -> tuple[list[_Unit], tuple[int, int] | None]:
    """The source's sentences (datelines blanked), and the month and day of its first dateline."""
    document = read_text(text, path)
    starts = [m.start() for m in re.finditer(r"(?:^|\n\s*\n)(?=\S)", text.lstrip("\ufeff"))]
    blocks = paragraphs(text)
    out = []
    when = None
    for sentence in document.sentences:
        plain = statement_text(sentence.text)
        if plain is None or not plain.strip():
            continue
        plain, found = _dateline(plain)
        when = when or found
        paragraph = sum(1 for s in starts if s <= sentence.start) or 1
        out.append(_Unit(plain, min(paragraph, len(blocks)) or 1, sentence.heading))
    return out, when


def reference_date(text: str, published: _dt.date | None, dateline: tuple[int, int] | None) -> _dt.date | None:
    """The day the source speaks from: its dateline's day in the year of publication, else the publication
    date (given, or the front matter's ``published``); None when neither gives a year."""
    if published is None:
        found = _FRONT_PUBLISHED.match(text)
        if found is not None:
            try:
                published = _dt.date(*(int(x) for x in found.groups()))
            except ValueError:
                published = None
    if published is None:
        return None
    if dateline is not None:
        try:
            day = _dt.date(published.year, *dateline)
        except ValueError:
            return published
        # a dateline is the day of writing: never after publication by more than a day
        return day if day <= published + _dt.timedelta(days=1) else published
    return published


def _relative_date(m: Any, predications: Sequence[Any], reference: _dt.date | None,
                   w: Words) -> DateValue | None:
    """A day the sentence names relative to the source's date ("late on Friday", "yesterday"), resolved:
    a weekday is the last such day on or before the reference date. Only a word the event holds counts,
    so "..., officials said on Saturday" gives no date to the event."""
    if reference is None:
        return None
    for tok in m.tokens:
        offset = w.relative_days.get(tok.low)
        weekday = w.weekdays.get(tok.low)
        if (offset is None and weekday is None) or not any(p.holds(tok.index, tok.index) for p in predications):
            continue
        if weekday is not None:
            day = reference - _dt.timedelta(days=(reference.weekday() - weekday) % 7)
        else:
            day = reference + _dt.timedelta(days=offset or 0)
        before = m.tokens[tok.index - 1].low if tok.index else ""
        phrase = f"{before} {tok.text}" if before in ("on", "late", "early", "last") else tok.text
        return DateValue(year=day.year, month=day.month, day=day.day, phrase=phrase)
    return None


def _anchor(sentence: str, tokens: Sequence[Token], span: tuple[int, int], block: str) -> str | None:
    """A few words of the source around the event word that occur in its paragraph (never the sentence)."""
    folded = normalise_for_anchor(block)
    a, b = span
    for before, after in ((2, 3), (1, 3), (1, 2), (0, 2), (0, 1)):
        lo, hi = max(0, a - before), min(len(tokens) - 1, b + after)
        while hi > lo and not tokens[hi].low[:1].isalnum():
            hi -= 1
        while lo < hi and not tokens[lo].low[:1].isalnum():
            lo += 1
        anchor = sentence[tokens[lo].start:tokens[hi].end]
        if 0 < len(anchor) <= 80 and normalise_for_anchor(anchor) in folded and anchor != sentence.strip():
            return anchor
    return None


def _statement(sentence: str, tokens: Sequence[Token]) -> str:
    """The sentence without its dateline and its closing "..., officials said on Saturday"."""
    lex = lexicon()
    text = sentence.strip()
    m = re.search(r",\s+(?:[^,]{1,60}?)\s+(?:said|says|told|added|reported|confirmed|announced)\b[^,]*[.!]?$", text)
    if m is not None and m.start() > len(text) // 3:
        tail = text[m.start():].lower()
        if not any(w in tail.split() for w in ("that",)) and not any(
                c.isdigit() for c in tail) and not any(w in lex.months for w in re.findall(r"[a-z]+", tail)):
            text = text[:m.start()].rstrip() + "."
    text = re.sub(r"\s+", " ", text)
    return text if text.endswith((".", "!", "?", '"')) else text + "."


def _claim_id(keywords: Sequence[str], values: Sequence[Value], registry: EntityRegistry, taken: set[str]) -> str:
    bits = [keywords[0] if keywords else "fact"]
    for value in values:
        entity = getattr(value, "entity", None)
        if isinstance(value, ActorValue | TargetValue) and entity:
            bits.append(registry.name(str(entity)).split()[-1])
        elif value.kind in ("count", "quantity"):
            number = float(getattr(value, "number"))  # noqa: B009
            bits.append(str(int(number)) if number.is_integer() else f"{number}".replace(".", "-"))
        elif isinstance(value, DateValue) and value.year:
            bits.append(str(value.year))
        if len(bits) >= 3:
            break
    base = _slug("-".join(bits)) or "fact"
    claim_id, n = base, 2
    while claim_id in taken:
        claim_id, n = f"{base}-{n}", n + 1
    taken.add(claim_id)
    return claim_id


def _attribution(m: Any, p: Any, w: Words) -> tuple[str, ...]:
    """The speakers of an allegation ("Baku accused Paris of bias"): only verbs of alleging, not "said"."""
    if not p.speakers:
        return ()
    a = p.span[0]
    verbs = [t for t in m.tokens[:a + 1] if lemmas(t.low) & w.allegation_verbs or t.low in w.allegation_verbs]
    return tuple(dict.fromkeys(p.speakers)) if verbs else ()


# --- events and figures --------------------------------------------------------------------------------


@cache
def _event_index(language: str) -> tuple[KeywordIndex, tuple[EventGroup, ...]]:
    """The pack's event synonym groups, indexed like claim keywords (by lemma, phrases word by word)."""
    groups = lexicon(language).event_synonyms
    return KeywordIndex(((i, g.words) for i, g in enumerate(groups)), language), groups


def _event_groups(m: Any, language: str, events: Sequence[tuple[tuple[int, int], str]],
                  rd: Any) -> list[tuple[tuple[int, int], EventGroup]]:
    """Where the sentence names a kind of event of the pack's synonym table, with its group, in sentence
    order: at its event words, at a participle the reader did not take for the main verb ("..., killing at
    least 157 people"), and at the noun a count counts ("105 deaths", "the death toll") for kinds of event
    that are counted. A noun elsewhere ("asked for a sentence of 40 years") names no event of the sentence."""
    index, groups = _event_index(language)
    if not groups:
        return []
    tokens = m.tokens
    lex = lexicon(language)
    found = index.occurrences([t.low for t in tokens])
    spans = [span for span, _lemma in events]
    hits = []
    for g, places in found.items():
        group = groups[g]
        for a, b in places:
            if any(x <= b and a <= y for x, y in spans):
                hits.append(((a, b), group))
                continue
            word = tokens[a].low
            before = tokens[a - 1].low if a else ""
            verbs = readings(word).get("VERB", frozenset())
            participle = bool(verbs) and word not in verbs and not word.endswith("s") \
                and before not in lex.determiners \
                and not before.endswith("'s") and _verb_lemma(word, before, rd) is not None
            if participle or group.nouns:
                hits.append(((a, b), group))
    return sorted(hits, key=lambda hit: (hit[0], hit[1].event))


def _keywords(events: Sequence[tuple[tuple[int, int], str]],
              hits: Sequence[tuple[tuple[int, int], EventGroup]]) -> tuple[str, ...]:
    """The claim's keywords: its event words, then every word of the kinds of event the sentence names,
    so coverage that says "death toll" or "lost their lives" meets a claim drafted from "killed"."""
    words = [lemma for _span, lemma in events]
    for _span, group in hits:
        words.extend(group.words)
    return tuple(dict.fromkeys(words))


def _split_counted(keywords: tuple[str, ...], values: Sequence[Value],
                   hits: Sequence[tuple[tuple[int, int], EventGroup]]) -> list[tuple[tuple[str, ...], list[Value]]]:
    """The sentence's claims: a count of a counted kind of event ("killing at least 157 people", "105
    deaths") is a claim of its own, keyed by that kind's words alone with the sentence's place, as tolls
    are written; what else the sentence states stays one claim when it still has something to compare."""
    counted = next(((v, g) for v in values if isinstance(v, CountValue)
                    for _span, g in hits if g.nouns and v.noun.lower() in g.nouns), None)
    if counted is None:
        return [(keywords, list(values))]
    count, group = counted
    own: list[Value] = [count, *(v for v in values if v.kind == "place")]
    rest = [v for v in values if v is not count]
    out: list[tuple[tuple[str, ...], list[Value]]] = [(tuple(dict.fromkeys(group.words)), own)]
    rest_kinds = {v.kind for v in rest}
    if rest_kinds & set(_MEASURES) or {"actor", "target"} <= rest_kinds:
        out.append((tuple(k for k in keywords if k not in group.words) or keywords, rest))
    return out


def _shaped(kind: str, w: Words) -> dict[str, Any]:
    """The record fields for a figure the source hedges with ``kind`` ("min" for "at least")."""
    shape = w.hedges.get(kind, "point")
    if shape == "approx":
        return {"approx": True}
    if shape in ("min", "max"):
        return {"bound": shape}
    return {}


def _figures(m: Any, predications: Sequence[Any], values: list[Value],
             hits: Sequence[tuple[tuple[int, int], EventGroup]], lex: Lexicon, w: Words) -> list[Value]:
    """The sentence's figures with their hedges kept: "at least 157 people", "nearly 9,000", "about 500 km",
    "no more than six and a half years" are recorded with the shape ``data/draft.json`` gives each hedge
    (a bound, an approximate figure, or the figure itself). The reading of statements leaves hedged
    figures out; a draft keeps them, since the source states them so."""
    from factcheck.infer import _count_noun

    def held(first: int, last: int) -> bool:
        return any(p.holds(first, last) for p in predications)

    nouns = [n for _span, g in hits for n in g.nouns]
    out: list[Value] = []
    have = {v.kind for v in values}
    for value in values:
        if isinstance(value, DurationValue):
            d = next((d for d in m.durations if d.text == value.phrase), None)
            if d is not None and value.to is None and value.bound is None:
                extra = _shaped(hedge(m.tokens, d.first, d.last, lex), w)
                unit = lex.duration_units.get(m.tokens[d.last].low)
                if d.high is not None and d.high > d.seconds:  # "40 to 50 years"
                    high = _iso(d.high, unit) if unit else None
                    extra = {"to": high} if high is not None else {}
                value = value.model_copy(update=extra) if extra else value
        elif isinstance(value, CountValue) and nouns and value.noun.lower() in nouns:
            aliases = tuple(n for n in dict.fromkeys(nouns) if n != value.noun.lower())
            value = value.model_copy(update={"noun_aliases": aliases})
        out.append(value)
    if "quantity" not in have:
        for amount in getattr(m, "amounts", ()):
            kind = hedge(m.tokens, amount.first, amount.last, lex)
            if kind == "exact" or not held(amount.first, amount.last):
                continue
            extra = {"to": amount.high} if amount.high is not None and amount.high > amount.value else _shaped(kind, w)
            out.append(QuantityValue(number=amount.value, unit=amount.unit, phrase=amount.text, **extra))
            break
    plain = next((v for v in out if isinstance(v, CountValue)), None)
    if plain is not None and nouns and plain.noun.lower() not in nouns:
        out.remove(plain)  # "nearly 9,000 people died in two quakes": the deaths are the count, not the quakes
        have = have - {"count"}
    if "count" not in have:
        for number, after in m.counts:
            if not held(number.first, number.last):
                continue
            kind = hedge(m.tokens, number.first, number.last, lex)
            noun = _count_noun(after)
            if noun is None and nouns and not any(t.low.isalpha() for t in m.tokens[number.last + 1:number.last + 2]
                                                  if t.low not in lex.location_prepositions):
                noun = nouns[0]  # "kills at least 157 in ...", "Rukum West 52": the event's own count
            if noun is None or noun in lex.time_nouns or (nouns and noun not in nouns) or (
                    kind == "exact" and noun not in nouns):
                continue
            aliases = tuple(n for n in dict.fromkeys(nouns) if n != noun) if noun in nouns else ()
            out.append(CountValue(number=number.value, noun=noun, noun_aliases=aliases, phrase=number.text,
                                  **_shaped(kind, w)))
            break
    if told_as_rising(m.tokens, lex) or holds_phrase([t.low for t in m.tokens], w.rising_tallies):
        # "bringing the death toll to 23", "so far 92 bodies": the source gives the figure as a tally still
        # rising, so reports of an earlier hour will give less and are not wrong
        out = [v.model_copy(update={"tally": "rising"})
               if isinstance(v, CountValue) and v.bound is None and v.to is None else v for v in out]
    return out


def draft(text: str, path: str = "source.md", *, source_id: str | None = None, title: str | None = None,
          language: str = DEFAULT_LANGUAGE, published: _dt.date | None = None) -> ClaimsFile:
    """A claims file proposed from one source article: entities, one claim per checkable statement.

    The headline is read as a statement too when it carries values. Days the source names relative to
    itself ("on Friday") are resolved against ``published`` (else the front matter's ``published``), on the
    day of the source's dateline when it has one; without a year to resolve them in they are left out."""
    units, when = _units(text, path)
    reference = reference_date(text, published, when)
    blocks = paragraphs(text)
    if title is None:
        title = next((u.text.strip().lstrip("#").strip() for u in units if u.heading), None)
    source_id = source_id or _slug(title or Path(path).stem)
    entities = find_entities([u.text for u in units if not u.heading], language)
    registry = EntityRegistry(entities)
    rd = reading(language)
    w = words(language)
    lex = lexicon(language)
    claims: list[Claim] = []
    taken: set[str] = set()
    seen: set[tuple[Any, ...]] = set()
    headline = next((u for u in units if u.heading), None)
    for unit in units:
        if unit.heading and unit is not headline:
            continue
        m = extract(unit.text.strip().lstrip("#").strip() if unit.heading else unit.text, registry)
        events = _events(m, rd)
        hits = _event_groups(m, language, events, rd)
        if not events and not hits:
            continue
        spans = [span for span, _lemma in events]
        # a kind of event the reader did not take for the main verb ("..., killing at least 157 people")
        # binds values of the kinds the main verb has none of
        extra = list(dict.fromkeys(span for span, _group in hits if not any(a <= span[0] <= b for a, b in spans)))
        if not spans:
            spans, extra = extra, []
        predications, by_kind = values_by_kind(m, spans, registry, rd)
        if extra:
            more, by_more = values_by_kind(m, spans + extra, registry, rd)
            by_kind.update({kind: found for kind, found in by_more.items() if kind not in by_kind})
            predications = {**more, **predications}
            spans = spans + extra
        values = [found[0] for kind, found in by_kind.items()
                  if len(found) == 1 or kind in ("actor", "target", "place")]
        values = _figures(m, [predications[s] for s in spans], values, hits, lex, w)
        if "date" not in by_kind:
            day = _relative_date(m, [predications[s] for s in spans], reference, w)
            values += [day] if day is not None else []
        kinds = {v.kind for v in values}
        if not (kinds & set(_MEASURES) or {"actor", "target"} <= kinds):
            continue
        first = predications[spans[0]]
        attribution = _attribution(m, first, w)
        anchor = _anchor(m.text, m.tokens, spans[0], blocks[unit.paragraph - 1] if blocks else "")
        for keywords, part in _split_counted(_keywords(events, hits), values, hits):
            key = (keywords, tuple(sorted((v.kind, str(v)) for v in part if v.kind != "place")))
            if key in seen:
                continue
            seen.add(key)
            claims.append(Claim(
                id=_claim_id(keywords, part, registry, taken),
                statement=_statement(m.text, m.tokens),
                status=Status.alleged if attribution else Status.verified,
                attribution=attribution,
                keywords=keywords,
                values=tuple(part),
                provenance=Provenance(source=source_id, paragraph=unit.paragraph, anchor=anchor),
            ))
    source = Source(id=source_id, title=title, language=language, published=published or reference)
    used = {str(getattr(v, "entity")) for c in claims for v in c.values if hasattr(v, "entity")}  # noqa: B009
    used |= {a for c in claims for a in c.attribution}
    record = ClaimsFile(source=source, entities=tuple(e for e in entities if e.id in used), claims=tuple(claims))
    return _settle(record, text, path)


def _settle(record: ClaimsFile, text: str, path: str, rounds: int = 6) -> ClaimsFile:
    """Drop every value the source itself contradicts, and claims left with nothing to compare.

    A source often states a figure twice, once early and once revised ("at least 128", later 157), or
    uses one verb for two events; the claim drafted from one sentence would flag the other.
    """
    from factcheck.claimbase import ClaimBase  # the base is built here only; claimbase does not import drafts

    for _ in range(rounds):
        base = ClaimBase(record.claims, record.entities, (record.source,) if record.source else ())
        report = base.check(text, path)
        wrong: dict[str, set[str]] = {}
        for _doc, finding in report.findings():
            if finding.verdict in (Verdict.contradicted, Verdict.unverified) and finding.claim_id:
                wrong.setdefault(finding.claim_id, set()).update(d.field for d in finding.discrepancies)
        if not wrong:
            return record
        claims = []
        for claim in record.claims:
            fields = wrong.get(claim.id)
            if fields is None:
                claims.append(claim)
                continue
            if "attribution" in fields or "polarity" in fields or "status" in fields:
                continue  # the source itself states it otherwise: not a claim to propose
            values = tuple(v for v in claim.values if v.field not in fields)
            kinds = {v.kind for v in values}
            if values != claim.values and (kinds & set(_MEASURES) or {"actor", "target"} <= kinds):
                claims.append(claim.model_copy(update={"values": values}))
        record = record.model_copy(update={"claims": tuple(claims)})
    return record


def to_json(record: ClaimsFile) -> str:
    """The claims file as an editor reads it: two-space JSON, empty and default fields left out."""
    data = _clean(record.model_dump(mode="json", by_alias=True, exclude_none=True))
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _clean(data: Any) -> Any:
    """Drop empty lists and fields at their default, keeping every value's ``kind`` (the schema needs it)."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            value = _clean(value)
            if value in ([], {}, False) or (key == "status" and value == "verified") or (
                    key == "kind" and value == "other"):
                continue
            out[key] = value
        return out
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data


def run(args: argparse.Namespace) -> int:
    path = Path(args.source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"factcheck: {path}: cannot read source: {exc}", file=sys.stderr)
        return 2
    if args.output and Path(args.output).exists():
        print(f"factcheck: {args.output}: already exists; not overwritten (choose another name or remove it)",
              file=sys.stderr)
        return 2
    record = draft(text, str(path), source_id=args.source_id, language=args.language, published=args.published)
    out = to_json(record)
    if args.output:
        try:
            with open(args.output, "x", encoding="utf-8") as handle:
                handle.write(out)
        except FileExistsError:
            print(f"factcheck: {args.output}: already exists; not overwritten", file=sys.stderr)
            return 2
        print(f"wrote {len(record.claims)} claims and {len(record.entities)} entities to {args.output}; "
              "review every claim, then run: factcheck validate --explain " + args.output, file=sys.stderr)
    else:
        sys.stdout.write(out)
    return 0


__all__ = ["draft", "find_entities", "to_json"]
