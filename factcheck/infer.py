"""Read a claim's statement the way an article is read, to fill in what its record does not state.

An archive of plain statements ("Port Avel reopened to shipping on 7 March 2024") is a valid claim base,
but a claim with no keywords and no typed values can only be matched on wording, and wording cannot tell
7 March from 9 March. So the statement goes through the same reader as article text
(:func:`factcheck.mentions.extract` and :func:`factcheck.analysis.analyse`): its main verb becomes the
event word (the claim's default keyword), and the parties and values bound to that event become typed
values. What the record states always wins: inferred keywords are used only when the record has none,
and an inferred value only when the record has no value of that kind.

Names the statement uses that no entity declares ("Port Avel") become implicit entities, so a changed
party can be told from an unrelated sentence. Values the reading cannot pin down are left out rather
than guessed: a hedged number ("at least 128") or two values of one kind for a single event would turn
a consistent sentence into a false contradiction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from factcheck import plain
from factcheck.analysis import Predication, analyse
from factcheck.entities import EntityRegistry
from factcheck.index import STOPWORDS
from factcheck.keywords import DEFAULT_LANGUAGE, lemmas, readings
from factcheck.kinds.base import describe_recorded
from factcheck.kinds.date import describe as describe_date_value
from factcheck.kinds.numbers import hedge, read_numbers, tokenize
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import Mentions, Token, extract, iso_seconds
from factcheck.records import (
    ActorValue,
    Claim,
    ClaimsFile,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    EntityKind,
    PlaceValue,
    QuantityValue,
    Source,
    TargetValue,
    Value,
)

_NAME_JOINERS = frozenset(("of", "de", "du", "la", "le", "&"))


@dataclass(frozen=True)
class Reading:
    """How statements of one language are read (``data/statements.json``)."""

    auxiliaries: frozenset[str]
    control_verbs: frozenset[str]
    infinitive_markers: frozenset[str]
    copulas: frozenset[str]


@cache
def reading(language: str = DEFAULT_LANGUAGE) -> Reading:
    raw = json.loads(resources.files("factcheck").joinpath("data/statements.json").read_text(encoding="utf-8"))
    table: dict[str, Any] = raw.get(language.split("-")[0].lower()) or raw[DEFAULT_LANGUAGE]
    return Reading(
        auxiliaries=frozenset(table["auxiliaries"]),
        control_verbs=frozenset(table["control_verbs"]),
        infinitive_markers=frozenset(table["infinitive_markers"]),
        copulas=frozenset(table["copulas"]),
    )


@dataclass(frozen=True)
class Inference:
    """What reading one claim's statement added to its record (empty when the record said it all)."""

    claim: str
    event: tuple[int, int] | None = None  # token span of the event word in the statement
    keywords: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()
    entities: tuple[str, ...] = ()  # implicit entities the statement named

    @property
    def empty(self) -> bool:
        return not self.keywords and not self.values


@dataclass(frozen=True)
class InferredBase:
    """Claims completed from their statements, the implicit entities they needed, and what was added."""

    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...] = ()
    inferences: dict[str, Inference] = field(default_factory=dict)


def needs_reading(claim: Claim) -> bool:
    """A claim whose record lacks keywords or typed values: its statement is read for them."""
    return not claim.keywords or not claim.values


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "entity"


def implicit_entities(statements: Iterable[str], registry: EntityRegistry,
                      lex: Lexicon | None = None) -> list[Entity]:
    """Capitalised names the statements use that no declared entity covers: "Port Avel", "Lerrin".

    A single capitalised word opening a statement is taken as a name only when the lemmatiser does not
    know it as an ordinary word ("Prosecutors had asked ..." names no one). A name read after "in" or
    "at" is a place.
    """
    lex = lex or lexicon()
    found: dict[str, Entity] = {}
    for statement in statements:
        m = extract(statement, registry, lex)
        # a company named only by its form ("Kestrel Group") is a name to record, not one already known
        covered = {i for p in m.parties for i in range(p.first, p.last + 1)
                   if not (registry.get(p.mention.entity) is None and m.tokens[p.last].low in lex.organisation_heads)}
        tokens = m.tokens

        def name_word(k: int, tokens: Sequence[Token] = tokens, covered: set[int] = covered) -> bool:
            return 0 <= k < len(tokens) and k not in covered and _name_word(tokens[k].text, lex.months,
                                                                             lex.calendar_words)

        i = 0
        while i < len(tokens):
            if not name_word(i):
                i += 1
                continue
            j = i
            while not tokens[j].low.endswith("'s"):
                if name_word(j + 1):
                    j += 1
                elif j + 2 < len(tokens) and tokens[j + 1].low == "-" and name_word(j + 2) \
                        and tokens[j + 1].start == tokens[j].end:
                    j += 2  # "Bankman-Fried"
                elif j + 1 < len(tokens) and tokens[j + 1].low in _NAME_JOINERS and name_word(j + 2):
                    j += 2  # "Bank of England"
                else:
                    break
            if i == 0 and j == 0 and (tokens[0].low in STOPWORDS or lemmas(tokens[0].low)):
                i = j + 1
                continue
            start = 1 if i == 0 and j > 0 and tokens[0].low in STOPWORDS else i
            name = m.text[tokens[start].start:tokens[j].end]
            if name.endswith("'s"):
                name = name[:-2]
            prev = tokens[start - 1].low if start else ""
            kind = EntityKind.place if prev in lex.location_prepositions - {"to", "from"} else EntityKind.other
            if name not in found:
                entity_id = _slug(name)
                while entity_id in registry or any(e.id == entity_id for e in found.values()):
                    entity_id += "-x"
                found[name] = Entity(id=entity_id, name=name, kind=kind)
            i = j + 1
    return list(found.values())


def _name_word(text: str, months: dict[str, int], calendar: frozenset[str]) -> bool:
    low = text.lower()
    return text[:1].isupper() and text[:1].isalpha() and low not in months and low not in calendar


def _events(m: Mentions, rd: Reading, lex: Lexicon | None = None) -> list[tuple[tuple[int, int], str]]:
    """The statement's event words, each with its lemma: the first main verb, and the verbs joined to it
    by "and" ("struck ... and killed 153 people": both events, each with its own values).

    Auxiliaries are skipped ("had asked"), a control verb hands over to the verb after "to" ("intends to
    appeal"), and a verb of saying is kept only when nothing else is said ("X said" alone). A statement
    with no verb but a copula names its event with the noun after it ("was the founder of").
    """
    lex = lex or lexicon()
    busy = {i for p in m.parties for i in range(p.first, p.last + 1)}
    busy |= {i for n in m.numbers for i in range(n.first, n.last + 1)}
    busy |= {i for d in m.dates for i in range(d.first, d.last + 1)}
    busy |= {i for d in m.durations for i in range(d.first, d.last + 1)}
    tokens = m.tokens
    said: list[tuple[tuple[int, int], str]] = []
    found: list[tuple[tuple[int, int], str]] = []
    copula = -1
    for tok in tokens:
        i = tok.index
        if i in busy or not tok.low.isalpha() or (i and tok.text[:1].isupper()):
            continue
        verb = _verb_lemma(tok.low, tokens[i - 1].low if i else "", rd)
        if verb is None:
            continue
        if (i and (tokens[i - 1].low in lex.determiners or tokens[i - 1].low.endswith("'s"))) or (
                i == 0 and "NOUN" in readings(tok.low)):
            continue  # "Soldiers spent ...", "the neighbouring district": a noun or an adjective here
        if found and (tok.low == verb + "s" or (tok.low.endswith("s") and "NOUN" in readings(tok.low))):
            continue  # "stone-and-timber homes": a plural noun after "and", not a second event
        if found and verb in rd.copulas and not _verb_follows(tokens, i, rd):
            return []  # "The envoy France summoned is ...": that verb sat in a relative clause
        if found and not any(t.low == "and" for t in tokens[max(found[-1][0][1] + 1, i - 3):i]):
            continue  # after the first event, only verbs coordinated with it
        if verb in rd.auxiliaries:
            if verb in rd.copulas and copula < 0:
                copula = i
            continue
        if verb in rd.control_verbs and i + 2 < len(tokens) and tokens[i + 1].low in rd.infinitive_markers:
            follow = _verb_lemma(tokens[i + 2].low, tokens[i + 1].low, rd)
            if follow is not None and follow not in rd.auxiliaries:
                found.append(((i + 2, i + 2), follow))
                continue
        if tok.low in lex.attribution_verbs or tok.low in lex.attribution_cues:
            said = said or [((i, i), verb)]
            continue
        if tokens[i - 1].low in rd.infinitive_markers and found:
            continue  # "gave them 48 hours to leave": a purpose, not another event
        found.append(((i, i), verb))
    if found or said:
        return found or said
    if copula >= 0:
        for tok in tokens[copula + 1:]:
            if tok.low in lex.determiners or tok.low.endswith("'s") or (
                    tok.index in busy and not tok.low.isalpha()):
                continue
            if tok.index not in busy and tok.low.isalpha() and "NOUN" in readings(tok.low):
                return [((tok.index, tok.index), tok.low)]
            break
    return []


def _verb_follows(tokens: Sequence[Token], i: int, rd: Reading) -> bool:
    """Whether the auxiliary at ``i`` carries a verb ("was summoned", "is being held"), not a noun phrase."""
    for tok in tokens[i + 1:i + 4]:
        verb = _verb_lemma(tok.low, "", rd)
        if verb is not None and tok.low != verb:
            return True
        if tok.low not in ("not", "also", "being", "been", "already", "later", "then"):
            return False
    return False


def _verb_lemma(word: str, before: str, rd: Reading) -> str | None:
    """The verb lemma of an inflected verb form, or of a bare verb after a modal or "to"; else None."""
    found = readings(word)
    verbs = found.get("VERB")
    if not verbs:
        return None
    if word in verbs:
        if before in rd.infinitive_markers or before in {"will", "would", "shall", "can", "could", "may", "might",
                                                         "must", "did", "does", "do"}:
            return word
        if set(found) == {"VERB"} and len(verbs) == 1:
            return word
        if len(verbs) > 1:  # "found": the past of "find" more often than the verb "found"
            return sorted(v for v in verbs if v != word)[0]
        return None
    return sorted(verbs)[0]


def _iso(seconds: float, unit_iso: str) -> str | None:
    """``48 hours`` in the unit the text used: PT48H, P25Y, P6.5Y (never re-expressed in another unit)."""
    per = iso_seconds(unit_iso)
    if per <= 0:
        return None
    amount = round(seconds / per, 4)
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    letter = unit_iso[-1]
    return ("PT" if unit_iso.startswith("PT") else "P") + text + letter


def _count_noun(after: Sequence[str]) -> str | None:
    """The noun a number counts: the last noun of the run after it ("two Azerbaijani diplomats").

    The run stops at the first word that is neither noun nor adjective ("four aftershocks above ...").
    """
    noun = None
    for word in after[:4]:
        if not word.replace("-", "").isalpha() or word in STOPWORDS:
            break
        found = readings(word)
        if found and not ({"NOUN", "ADJ", "PROPN"} & set(found)):
            break
        if "NOUN" in found or not found:
            noun = word
        elif noun is not None:
            break
    return noun


def values_by_kind(m: Mentions, spans: list[tuple[int, int]], registry: EntityRegistry, rd: Reading,
                   lex: Lexicon | None = None) -> tuple[dict[tuple[int, int], Predication], dict[str, list[Value]]]:
    """The event words' predications, and every distinct value the sentence binds to them by kind: what a
    statement says."""
    lex = lex or lexicon()
    predications = analyse(m, spans, registry, lex)
    found: dict[str, list[Value]] = {}
    for span in spans:
        for value in _values(m, predications[span], registry, rd, lex):
            same = found.setdefault(value.kind, [])
            if value not in same:
                same.append(value)
    return predications, found


def _values(m: Mentions, p: Predication, registry: EntityRegistry, rd: Reading, lex: Lexicon) -> list[Value]:
    out: list[Value] = []
    # a party the reading names but no entity declares ("Judge Ilse Varga" unknown to the base) is no
    # typed value: the record can only name declared entities
    if p.agents and p.agents[0] in registry:
        out.append(ActorValue(entity=p.agents[0], phrase=registry.name(p.agents[0])))
    patients = [e for e in p.patients if e not in p.agents]
    if patients and patients[0] in registry:
        out.append(TargetValue(entity=patients[0], phrase=registry.name(patients[0])))
    places = [e for e in p.places if e not in p.agents and e not in patients and e in registry]
    if len(places) >= 1:
        out.append(PlaceValue(entity=places[-1], phrase=registry.name(places[-1])))
    times = [d for d in p.times if d.year is not None or d.month is not None]
    if len(times) == 1:
        when = times[0]
        out.append(DateValue(year=when.year, month=when.month, day=when.day, phrase=when.text))
    durations = [d for d in m.durations if p.holds(d.first, d.last) and (d.head is None or d.head
                                                                        in lex.duration_heads)]
    if len(durations) == 1:
        d = durations[0]
        unit = lex.duration_units.get(m.tokens[d.last].low)
        iso = _iso(d.seconds, unit) if unit else None
        if iso is not None:
            out.append(DurationValue(iso=iso, phrase=d.text))
    nouns: dict[str, CountValue] = {}
    amounts: dict[str, QuantityValue] = {}
    # figures of one kind after the event word come first: the nearest is the event's own
    for amount in getattr(m, "amounts", ()):
        if not p.holds(amount.first, amount.last) or _hedged(m, amount.first, lex):
            continue
        if amount.unit in amounts:
            continue  # "lost $8 billion, investors $1.7 billion": the first after the event is its own
        extra = {"to": amount.high} if amount.high is not None and amount.high > amount.value else {}
        amounts[amount.unit] = QuantityValue(number=amount.value, unit=amount.unit, phrase=amount.text, **extra)
    for number, after in m.counts:
        if not p.holds(number.first, number.last) or _hedged(m, number.first, lex):
            continue
        noun = _count_noun(after)
        if noun is None or noun in lex.time_nouns:
            continue
        key = next(iter(sorted(lemmas(noun))), noun)
        if key not in nouns:
            nouns[key] = CountValue(number=number.value, noun=noun, phrase=f"{number.text} {noun}")
    out.extend(nouns.values())
    out.extend(amounts.values())
    return out


def _hedged(m: Mentions, first: int, lex: Lexicon) -> bool:
    """Whether words before a number hedge it ("at least", "nearly", "more than"): not an exact figure."""
    bounds = lex.number_bounds
    return any(first - n >= 0 and tuple(t.low for t in m.tokens[first - n:first]) in bounds for n in (1, 2, 3))


def infer(claim: Claim, registry: EntityRegistry, language: str = DEFAULT_LANGUAGE,
          lex: Lexicon | None = None) -> Inference:
    """What the statement says that the record does not: keywords and values of the kinds it lacks.

    ``lex`` is the claim base's pack with its stories' vocabulary; without it, the pack of ``language``."""
    rd = reading(language)
    lex = lex or lexicon(language)
    m = extract(claim.statement, registry, lex)
    events = _events(m, rd, lex)
    if not events:
        return Inference(claim.id)
    spans = [span for span, _lemma in events]
    _predications, inferred = values_by_kind(m, spans, registry, rd, lex)
    stated = {v.kind for v in claim.values}
    # one value per kind: two dates or two targets for one claim would make every sentence that gives
    # only one of them a contradiction; the first event's parties are the claim's
    values = tuple(found[0] for kind, found in inferred.items() if kind not in stated and (
        len(found) == 1 or kind in ("actor", "target", "place")))
    keywords = () if claim.keywords else tuple(dict.fromkeys(lemma for _span, lemma in events))
    implicit = tuple(dict.fromkeys(str(getattr(v, "entity")) for v in values if hasattr(v, "entity")))  # noqa: B009
    return Inference(claim.id, spans[0], keywords, values, implicit)


def complete(claim: Claim, inference: Inference) -> Claim:
    """The claim with what was inferred added; the record's own keywords and values come first and win."""
    if inference.empty:
        return claim
    return claim.model_copy(update={
        "keywords": claim.keywords or inference.keywords,
        "values": (*claim.values, *inference.values),
    })


def infer_base(claims: Sequence[Claim], entities: Sequence[Entity],
               sources: dict[str, Source] | None = None, lex: Lexicon | None = None) -> InferredBase:
    """Complete every claim whose record lacks keywords or values; the others pass through untouched.

    The statements are read against the declared entities plus the implicit ones they name, so a party
    one statement introduces is recognised in every other. ``lex`` is the base's pack with its stories'
    vocabulary, read as the base will read articles; without it each claim reads with its source's pack.
    """
    claims = [_rounded_by_phrase(c, lex or lexicon()) for c in claims]
    todo = [c for c in claims if needs_reading(c)]
    if not todo:
        return InferredBase(tuple(claims))
    declared = EntityRegistry(entities)
    extra = implicit_entities((c.statement for c in todo), declared, lex)
    registry = EntityRegistry((*entities, *extra)) if extra else declared
    out: list[Claim] = []
    inferences: dict[str, Inference] = {}
    for claim in claims:
        if not needs_reading(claim):
            out.append(claim)
            continue
        language = _language(claim, sources or {})
        inference = infer(claim, registry, language, lex)
        inferences[claim.id] = inference
        out.append(complete(claim, inference))
    return InferredBase(tuple(out), tuple(extra), inferences)


def _rounded_by_phrase(claim: Claim, lex: Lexicon) -> Claim:
    """A figure whose own source words are hedged ("just under 5%", "about 500 kilometres") is a rounded
    figure, though its record gives no ``approx``: the record's words say so, and a report of 4.9% or 498 km
    agrees with them. A record that gives a range, a bound or a tolerance has said how precise it is."""
    values = list(claim.values)
    for i, value in enumerate(values):
        if not isinstance(value, CountValue | QuantityValue | DurationValue) or not value.phrase or value.approx \
                or value.to is not None or value.bound is not None or value.tolerance is not None:
            continue
        tokens = tuple(tokenize(value.phrase))
        figures = read_numbers(tokens, lex)
        if figures and hedge(tokens, figures[0].first, figures[0].last, lex) in lex.rounding_hedges:
            values[i] = value.model_copy(update={"approx": True})
    return claim if values == list(claim.values) else claim.model_copy(update={"values": tuple(values)})


def _language(claim: Claim, sources: dict[str, Source]) -> str:
    source = sources.get(claim.provenance.source) if claim.provenance else None
    return source.language if source is not None and source.language else DEFAULT_LANGUAGE


def explain(records: Iterable[ClaimsFile]) -> list[str]:
    """For ``validate --explain``: each claim and what its statement added to the record, one line per item.

    The author sees what the checker will compare before any article is checked, and can type a value
    in the record where the reading got it wrong.
    """
    files = list(records)
    claims = [c for f in files for c in f.claims]
    entities = [e for f in files for e in f.entities]
    sources = {f.source.id: f.source for f in files if f.source is not None}
    base = infer_base(claims, entities, sources)
    registry = EntityRegistry((*entities, *base.entities))
    lines: list[str] = []
    for claim in claims:
        inference = base.inferences.get(claim.id)
        if inference is None:
            # nothing to read: the record states keywords and values, and they are what is compared
            lines.append(f"{claim.id}: compared on what the record states")
            if claim.keywords:
                lines.append("  keywords: " + ", ".join(claim.keywords))
            lines.extend(f"  {value.kind}: {_shown(value, registry)}" for value in claim.values)
            continue
        if inference.empty:
            lines.append(f"{claim.id}: nothing could be read from the statement; matched on wording alone")
            continue
        lines.append(f"{claim.id}: inferred from the statement")
        lines.extend(f"  {line}" for line in describe(inference, registry))
    for entity in base.entities:
        lines.append(f"implicit entity {entity.id}: {entity.name!r} ({entity.kind.value})")
    return lines


def describe(inference: Inference, registry: EntityRegistry) -> list[str]:
    """One line per inferred item, for ``validate --explain``."""
    lines = []
    if inference.keywords:
        lines.append("keywords: " + ", ".join(inference.keywords))
    for value in inference.values:
        lines.append(f"{value.kind}: {_shown(value, registry)}")
    return lines


def _shown(value: Value, registry: EntityRegistry) -> str:
    """The value as the checker will compare it: bounds, ranges, tolerances and times of day included, so the
    author sees that "at least 80" or "8 to 9 August" was taken as meant."""
    if isinstance(value, ActorValue | TargetValue | PlaceValue):
        return f"{registry.name(value.entity)} ({value.entity})"
    if isinstance(value, CountValue):
        shown = f"{describe_recorded(value.number, value.to, value.bound, value.approx)} {value.noun}"
        shown += f" (the last of a {value.tally} tally)" if value.tally else ""
        return shown + (f" (give or take {value.tolerance:g})" if value.tolerance else "")
    if isinstance(value, QuantityValue):
        shown = f"{describe_recorded(value.number, value.to, value.bound, value.approx)} {value.unit}"
        return shown + (f" (give or take {value.tolerance:g})" if value.tolerance else "")
    if isinstance(value, DurationValue):
        shown = value.iso if value.to is None else f"{value.iso} to {value.to}"
        if value.bound is not None:
            shown = ("at least " if value.bound == "min" else "at most ") + shown
        shown = ("about " if value.approx else "") + shown
        return shown + (f" (give or take {value.tolerance})" if value.tolerance else "")
    if isinstance(value, DateValue) and isinstance(date := plain.value(value), plain.DateValue):
        return describe_date_value(date, _day)
    return str(value)


def _day(year: int | None, month: int | None, day: int | None) -> str:
    return "-".join(f"{x:02d}" if i else str(x) for i, x in enumerate((year, month, day)) if x is not None) \
        if year else " ".join(str(x) for x in (day, month) if x is not None)


__all__ = ["Inference", "InferredBase", "complete", "describe", "explain", "implicit_entities", "infer", "infer_base"]
