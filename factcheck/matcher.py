"""Decide, for one sentence, which claims it speaks about and whether it agrees with each.

Fuzzy scores only find which claim a sentence is about; they never decide
agreement (an altered fact scores higher than a true paraphrase). Agreement is
decided slot by slot on typed values: a count against a count of the same
noun, a duration against a duration, an actor against the party doing the
action. See ``docs/design.md`` for the whole procedure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.analysis import Predication, analyse
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy, Verdict
from factcheck.index import BM25Index, terms
from factcheck.keywords import KeywordIndex, base_forms, split_keyword
from factcheck.lexicon import lexicon
from factcheck.mentions import DateMention, Mentions, iso_seconds
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    PlaceValue,
    QuantityValue,
    Source,
    Status,
    TargetValue,
)
from factcheck.render import describe_date, describe_duration, describe_number


@dataclass(frozen=True, slots=True)
class Match:
    """The verdict on one sentence against one claim (``claim`` is None for an uncovered sentence)."""

    claim: Claim | None
    verdict: Verdict
    discrepancies: tuple[Discrepancy, ...]
    score: float
    message: str
    span: tuple[int, int] = (-1, -1)
    group: int = -1
    fit: int = 0
    clean_spans: tuple[tuple[int, int], ...] = ()  # keyword phrases where this claim fits without a conflict


@dataclass(frozen=True, slots=True)
class Assessment:
    """What one predication of a sentence says about one claim, before the document decides a verdict.

    ``identity`` counts the slots that tie the sentence to the claim's event (actor, target, place, time:
    agreements minus nothing), ``conflicts`` the identity slots that disagree. A sentence whose stated
    roles all disagree speaks of another event, never of this one with errors.
    """

    index: int
    span: tuple[int, int]
    discrepancies: tuple[Discrepancy, ...]
    agreements: int
    identity: int
    conflicts: int
    negated: bool
    skip: str  # why the sentence is not about this claim's event ("" when it may be)
    score: float
    clean_spans: tuple[tuple[int, int], ...]
    named: bool = False  # the sentence names (or refers to) one of the claim's parties somewhere
    reversed: bool = False  # agent and patient swapped against the claim: a counterpart event, or an error


_IDENTITY = (ActorValue, TargetValue, PlaceValue, DateValue)


class Matcher:
    """Holds the per-claim indexes built once per claim base; matching itself keeps no state."""

    def __init__(self, claims: Sequence[Claim], registry: EntityRegistry, *, free_min_score: float = 0.8,
                 sources: dict[str, Source] | None = None) -> None:
        self._claims = tuple(claims)
        self._registry = registry
        self._free_min_score = free_min_score
        self._keywords = KeywordIndex((i, c.keywords) for i, c in enumerate(self._claims) if c.keywords)
        self._free = [i for i, c in enumerate(self._claims) if not c.keywords]
        self._free_index = BM25Index(terms(" ".join((self._claims[i].statement, *self._claims[i].aliases)))
                                     for i in self._free)
        self._groups = _keyword_groups(self._claims)
        self._keyword_words = [frozenset(w for k in c.keywords for w in split_keyword(k)) for c in self._claims]
        self._entities = [frozenset(_claim_entities(c)) for c in self._claims]
        self._years = _claim_years(self._claims, sources or {})
        # claims by every entity they name and every entity containing those, so a sentence's parties
        # pick out the claims that can pass the gate before any claim is scored
        by_entity: dict[str, set[int]] = {}
        partyless: set[int] = set()
        for i, claim in enumerate(self._claims):
            named = self._entities[i]
            if not named and claim.keywords:
                partyless.add(i)
            for entity in named:
                for key in (entity, *registry.ancestors(entity)):
                    by_entity.setdefault(registry.metonym(key) or key, set()).add(i)
        self._by_entity = {k: frozenset(v) for k, v in by_entity.items()}
        self._partyless = frozenset(partyless)

    def source_of(self, index: int) -> str | None:
        prov = self._claims[index].provenance
        return prov.source if prov else None

    def _reachable(self, entities: Iterable[str]) -> list[frozenset[int]]:
        """Claim sets the given parties (and the entities containing them) can reach."""
        keys: set[str] = set()
        for entity in entities:
            for key in (entity, *self._registry.ancestors(entity)):
                keys.add(self._registry.metonym(key) or key)
        return [self._partyless, *(self._by_entity[k] for k in keys if k in self._by_entity)]

    def assess(self, m: Mentions, context: Iterable[str]) -> list[Assessment]:
        """Analyse the sentence once, then weigh every candidate claim against its predications.

        ``context`` holds the entities the document has named so far: a sentence that names no party
        ("The two were given 72 hours") can still be about a claim of the story.
        """
        named = {p.mention.entity for p in m.parties}
        words = [t.low for t in m.tokens]
        occurrences = self._keywords.occurrences(words, self._reachable(named | set(context)))
        every = frozenset(span for found in occurrences.values() for span in found)
        merged = {index: _merge(found, m, every) for index, found in occurrences.items()}
        spans = sorted({span for found in merged.values() for span in found})
        predications = analyse(m, spans, self._registry)
        out: list[Assessment] = []
        for index in occurrences:
            result = self._judge(index, m, merged[index], predications, named)
            if result is not None:
                out.append(result)
        if self._free:
            whole = _whole(m)
            for doc, _score in self._free_index.top(terms(m.text), 10):
                result = self._judge(self._free[doc], m, [], {(-1, -1): whole}, named)
                if result is not None:
                    out.append(result)
        return out

    def decide(self, m: Mentions, assessments: Sequence[Assessment], story: frozenset[str]) -> list[Match]:
        """Verdicts for one sentence, knowing which sources the document as a whole is about."""
        found: list[Match] = []
        for a in assessments:
            match = self._decide(m, a, story)
            if match is not None:
                found.append(match)
        found = _compete(found)
        if not found and m.checkworthy and not assessments:
            found.append(Match(None, Verdict.uncovered, (), 0.0,
                               "states checkable facts that no claim in the record covers"))
        return found

    def established(self, a: Assessment) -> bool:
        """The sentence is shown to speak of this claim's event: a role, place or time agrees, none conflicts."""
        return not a.skip and a.identity > 0 and a.conflicts == 0

    # --- one claim -----------------------------------------------------------------------------

    def _judge(self, index: int, m: Mentions, spans: list[tuple[int, int]],
               predications: dict[tuple[int, int], Predication], named: set[str]) -> Assessment | None:
        claim = self._claims[index]
        score = _similarity(m.text, claim)
        if not spans:
            if score < self._free_min_score:
                return None
            spans = [(-1, -1)]
        elif not self._entities[index] and score < 0.5 and not _has_measures(claim):
            return None  # a keyword alone, with no party or value to confirm it, needs some likeness of wording
        best: Assessment | None = None
        clean: list[tuple[int, int]] = []
        for span in spans:
            result = self._compare(index, m, predications[span], named)
            if not result.discrepancies and not result.negated and not result.skip:
                clean.append(span)
            if best is None or _order(result) < _order(best):
                best = result
        assert best is not None
        return Assessment(best.index, best.span, best.discrepancies, best.agreements, best.identity,
                          best.conflicts, best.negated, best.skip, round(score, 3), tuple(clean), best.named,
                          best.reversed)

    def _compare(self, index: int, m: Mentions, p: Predication, named: set[str]) -> Assessment:
        claim = self._claims[index]
        reg = self._registry
        out: list[Discrepancy] = []
        agree = identity = conflicts = 0
        stated = {e for e in (*p.agents, *p.patients, *p.speakers, *p.places)}
        skip = "another event of the same kind" if p.other_event else ""
        actor = next((v.entity for v in claim.values if isinstance(v, ActorValue)), None)
        target = next((v.entity for v in claim.values if isinstance(v, TargetValue)), None)
        reversed_roles = bool(actor and target and p.agents and p.patients and not _fits(reg, actor, p.agents)
                              and _fits(reg, target, p.agents) and _fits(reg, actor, p.patients))
        agents, patients = p.agents, p.patients
        if claim.status is Status.verified and actor and p.speakers and _fits(reg, actor, p.speakers) \
                and p.agents and not _fits(reg, actor, p.agents):
            # "Baku accused Paris over its stance": in a claim about criticism the speaker is the actor
            agents, patients = p.speakers, (*p.agents, *p.patients)
        for value in claim.values:
            result: Discrepancy | bool | None = None
            if isinstance(value, ActorValue | TargetValue):
                cands = list(agents) if isinstance(value, ActorValue) else list(patients)
                result = _entity_slot(reg, value.field, value.entity, cands)
                if isinstance(result, Discrepancy) and all(c in p.guessed for c in cands):
                    result = None  # a pronoun resolved to another party is too weak to contradict
                if result is None and p.possessors:
                    # "France's partial stance": the owner may hold either role; it conflicts only when
                    # it fits neither of the claim's parties
                    if _fits(reg, value.entity, p.possessors):
                        result = True
                    elif not any(_fits(reg, e, p.possessors) for e in (actor, target) if e) and (
                            isinstance(value, TargetValue) or target is None):
                        result = Discrepancy(value.field, reg.name(value.entity), reg.name(p.possessors[0]))
            elif isinstance(value, PlaceValue):
                if any(e == value.entity or value.entity in reg.ancestors(e) for e in named):
                    result = True
                else:
                    result = _place_slot(reg, value.field, value.entity, list(p.places))
                    if result is None and p.unknown_places:
                        result = Discrepancy(value.field, reg.name(value.entity), p.unknown_places[0])
            elif isinstance(value, CountValue):
                result = _count_slot(value, m, p)
            elif isinstance(value, QuantityValue):
                result = _quantity_slot(value, m, p)
            elif isinstance(value, DurationValue):
                result = _duration_slot(value, m, p, self._keyword_words[index])
            elif isinstance(value, DateValue):
                result = _date_slot(value, p)
            if isinstance(result, Discrepancy):
                out.append(result)
                conflicts += isinstance(value, _IDENTITY)
            elif result:
                agree += 1
                identity += isinstance(value, _IDENTITY)
        own_date = any(isinstance(v, DateValue) for v in claim.values)
        if not own_date and any(d.year is not None and d.year not in self._years[index] for d in p.times) \
                and self._years[index]:
            skip = skip or "dated to another year than the claim's event"
        if claim.attribution and p.speakers and any(_fits(reg, e, p.speakers) for e in claim.attribution):
            identity += 1  # "Azerbaijan accuses Spain of bias": the allegation's author is the one speaking
        mentioned = any(reg.compatible(a, b) for a in stated | named for b in self._entities[index])
        if self._entities[index] and not mentioned and not _has_measures(claim):
            skip = skip or "names none of the claim's parties"
        if not self._entities[index] and p.span != (-1, -1):
            identity += 1  # a claim with no parties is identified by its event word
        return Assessment(index, p.span, tuple(out), agree, identity, conflicts, p.negated, skip, 0.0, (),
                          mentioned, reversed_roles)

    def _decide(self, m: Mentions, a: Assessment, story: frozenset[str]) -> Match | None:
        claim = self._claims[a.index]
        if a.skip:
            return None
        others = a.agreements - a.identity  # counts, amounts, durations that agree
        if a.reversed or (a.conflicts and not a.identity):
            if (a.agreements if a.reversed else others) == 0 or a.negated:
                return None  # every stated role or place disagrees: some other event
            reason = "reverses the roles the record holds" if a.reversed else "names other parties than the record"
            return Match(claim, Verdict.unverified, a.discrepancies, a.score,
                         f"{reason}: another event, or the parties are wrong", a.span, self._groups[a.index],
                         a.agreements - len(a.discrepancies), a.clean_spans)
        in_story = self.source_of(a.index) in story
        established = a.identity > 0 or in_story
        verdict, discrepancies, message = _verdict(claim, a, m, self._registry)
        if verdict is Verdict.contradicted and not established:
            return None
        if verdict is Verdict.supported and a.agreements == 0 and not a.named and (
                bool(claim.values) or a.score < 0.5):
            return None  # nothing of the claim was confirmed: an event word alone is not support
        return Match(claim, verdict, discrepancies, a.score, message, a.span, self._groups[a.index],
                     a.agreements - len(a.discrepancies), a.clean_spans)


def _order(a: Assessment) -> tuple[int, int, int]:
    return (bool(a.skip), len(a.discrepancies), -a.agreements)


def _fits(reg: EntityRegistry, expected: str, cands: Sequence[str]) -> bool:
    return any(reg.compatible(expected, c) for c in cands)


def _has_measures(claim: Claim) -> bool:
    return any(isinstance(v, CountValue | QuantityValue | DurationValue | DateValue) for v in claim.values)


def _whole(m: Mentions) -> Predication:
    """The whole sentence as one predication, for claims matched on wording alone (no event word)."""
    places = tuple(p.mention.entity for p in m.parties if p.place)
    return Predication((-1, -1), 0, len(m.tokens) - 1, (), (), places, tuple(t for _i, t in m.unknown_places),
                       (), (), frozenset(), m.dates, False, False, False)


def _claim_years(claims: Sequence[Claim], sources: dict[str, Source]) -> list[frozenset[int]]:
    """The years a claim's event belongs to: its own dates, else its source's other claims and date."""
    by_source: dict[str, set[int]] = {}
    for claim in claims:
        if claim.provenance:
            years = by_source.setdefault(claim.provenance.source, set())
            years.update(v.year for v in claim.values if isinstance(v, DateValue) and v.year)
            years.update(v.end.year for v in claim.values if isinstance(v, DateValue) and v.end and v.end.year)
    for sid, source in sources.items():
        if source.published:
            by_source.setdefault(sid, set()).add(source.published.year)
    out = []
    for claim in claims:
        own = {v.year for v in claim.values if isinstance(v, DateValue) and v.year}
        if not own and claim.provenance:
            own = by_source.get(claim.provenance.source, set())
        out.append(frozenset(own))
    return out


def _claim_entities(claim: Claim) -> set[str]:
    named = {str(getattr(v, "entity")) for v in claim.values if hasattr(v, "entity")}  # noqa: B009
    return named | set(claim.attribution)


def _merge(spans: list[tuple[int, int]], m: Mentions,
           every: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Join keyword occurrences of one claim that belong to one phrase ("48 hours to leave"), never across
    another claim's event word ("ousts two diplomats in retaliation for expulsions": two events)."""
    breaks = lexicon().clause_breaks
    own = set(spans)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        between = any(merged[-1][1] < s and e < start for s, e in every - own) if merged else False
        if merged and not between and not any(t.low in breaks for t in m.tokens[merged[-1][1] + 1:start]):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _keyword_groups(claims: Sequence[Claim]) -> list[int]:
    """Claims sharing a keyword describe the same kind of event and compete for a sentence."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, claim in enumerate(claims):
        for keyword in claim.keywords:
            key = " ".join(split_keyword(keyword))
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    return [find(i) for i in range(len(claims))]


def _compete(found: list[Match]) -> list[Match]:
    """Keep one claim per event group and keyword occurrence: the one the sentence fits best."""
    best: dict[tuple[int, tuple[int, int]], Match] = {}
    free: list[Match] = []
    for match in found:
        if match.span == (-1, -1):
            free.append(match)
            continue
        key = (match.group, match.span)
        current = best.get(key)
        if current is None or _rank(match) < _rank(current):
            best[key] = match
    # a conflict read at a phrase where a sibling claim fits cleanly is that sibling's fact, not an error
    clean = {(m.group, span) for m in best.values() if m.verdict is Verdict.supported for span in m.clean_spans}
    kept = [m for m in best.values()
            if m.verdict is not Verdict.contradicted or (m.group, m.span) not in clean]
    kept += free
    kept.sort(key=lambda m: (m.span, m.claim.id if m.claim else ""))
    return kept


def _rank(match: Match) -> tuple[int, int, float]:
    return (len(match.discrepancies) + (match.verdict is not Verdict.supported), -match.fit, -match.score)


def _similarity(text: str, claim: Claim) -> float:
    low = text.lower()
    return max(fuzz.token_set_ratio(low, s.lower()) for s in (claim.statement, *claim.aliases)) / 100.0


def _entity_slot(reg: EntityRegistry, field: str, expected: str, cands: list[str]) -> Discrepancy | bool | None:
    if not cands:
        return None
    if any(reg.compatible(expected, c) for c in cands):
        return True
    return Discrepancy(field, reg.name(expected), reg.name(cands[0]))


def _place_slot(reg: EntityRegistry, field: str, expected: str, cands: list[str]) -> Discrepancy | bool | None:
    """Places compare strictly: Lyon is in France but is not Paris, though both speak for France."""
    if not cands:
        return None
    if any(c == expected or expected in reg.ancestors(c) or c in reg.ancestors(expected) for c in cands):
        return True
    return Discrepancy(field, reg.name(expected), reg.name(cands[0]))


def _heads(value: CountValue) -> frozenset[str]:
    heads: set[str] = set()
    for noun in (value.noun, *value.noun_aliases):
        words = split_keyword(noun)
        if words:
            heads |= base_forms(words[-1])
    return frozenset(heads)


def _count_slot(value: CountValue, m: Mentions, p: Predication) -> Discrepancy | bool | None:
    heads = _heads(value)
    compared = []
    silent = False
    for number, after in m.counts:
        if not p.holds(number.first, number.last):
            continue
        if any(base_forms(w) & heads for w in after[:4]):
            fit = _bounded(value.number, number.value, bound(m, number.first))
            if fit is True:
                return True
            if fit is None:
                silent = True  # "at least 69" when the record says 128: consistent, not confirmed
            else:
                compared.append(number)
    if not compared or silent:
        return None
    return Discrepancy(value.field, f"{describe_number(value.number)} {value.noun}", compared[0].text + " "
                       + _noun_after(m, compared[0].last, heads))


def bound(m: Mentions, first: int) -> str:
    """How a number is hedged by the words before it ("at least", "nearly", "more than"): a bound kind."""
    lex = lexicon()
    for n in (3, 2, 1):
        if first - n >= 0:
            words = tuple(t.low for t in m.tokens[first - n:first])
            if words in lex.number_bounds:
                return lex.number_bounds[words]
    return "exact"


def _bounded(expected: float, found: float, kind: str) -> bool | None:
    """True: the text confirms the record; False: it cannot be true of it; None: consistent, not confirmed."""
    close = abs(expected - found) <= 1e-9 * max(1.0, abs(expected))
    near = abs(expected - found) <= 0.1 * max(abs(found), abs(expected))
    if kind == "exact":
        return close
    if kind == "approx":
        return near
    if kind == "below":  # "nearly 9,000", "almost 150": a little under the figure
        return (near and expected <= found) or close
    if kind == "min":  # "at least 128"
        return True if close else (None if expected > found else False)
    if kind == "over":  # "more than 100"
        return None if expected > found else False
    if kind == "max":  # "up to 50"
        return True if close else (None if expected < found else False)
    if kind == "under":  # "fewer than 10"
        return None if expected < found else False
    return None


def _noun_after(m: Mentions, last: int, heads: frozenset[str]) -> str:
    words = []
    for tok in m.tokens[last + 1:last + 5]:
        words.append(tok.text)
        if base_forms(tok.low) & heads:
            break
    return " ".join(words)


def _quantity_slot(value: QuantityValue, m: Mentions, p: Predication) -> Discrepancy | bool | None:
    unit = base_forms(split_keyword(value.unit)[-1])
    compared = [n for n, after in m.counts if after and base_forms(after[0]) & unit and p.holds(n.first, n.last)]
    if not compared:
        return None
    fits = [_bounded(value.number, n.value, bound(m, n.first)) for n in compared]
    if any(f is True for f in fits):
        return True
    if any(f is None for f in fits):
        return None
    return Discrepancy(value.field, f"{describe_number(value.number)} {value.unit}", f"{compared[0].text} {value.unit}")


def _duration_slot(value: DurationValue, m: Mentions, p: Predication,
                   keyword_words: frozenset[str]) -> Discrepancy | bool | None:
    heads = lexicon().duration_heads | keyword_words
    durations = [d for d in m.durations if (d.head is None or d.head in heads) and p.holds(d.first, d.last)]
    if not durations:
        return None
    expected = iso_seconds(value.iso)
    if any(abs(d.seconds - expected) <= 0.005 * expected for d in durations):
        return True
    return Discrepancy(value.field, describe_duration(value.iso), durations[0].text)


def _date_slot(value: DateValue, p: Predication) -> Discrepancy | bool | None:
    if not p.times:
        return None
    end = value.end
    for d in p.times:
        if _within(value.year, value.month, value.day, d) or (
                end is not None and _within(end.year, end.month, end.day, d)):
            return True
        if end is not None and _between(value, d):
            return True
    return Discrepancy(value.field, describe_date(value.year, value.month, value.day), p.times[0].text)


def _within(year: int | None, month: int | None, day: int | None, d: DateMention) -> bool:
    pairs = ((year, d.year), (month, d.month), (day, d.day))
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and y is not None for x, y in pairs)


def _between(value: DateValue, d: DateMention) -> bool:
    """A date inside a claimed range ("4 to 6 March": 5 March agrees)."""
    if value.end is None or (d.year is None and value.year is not None and value.end.year != value.year):
        return False
    lo = (value.year or d.year or 0, value.month or 1, value.day or 1)
    hi = (value.end.year or value.year or d.year or 0, value.end.month or value.month or 12, value.end.day or 31)
    point = (d.year or lo[0], d.month or lo[1], d.day or lo[2])
    return lo <= point <= hi


def _verdict(claim: Claim, a: Assessment, m: Mentions,
             reg: EntityRegistry) -> tuple[Verdict, tuple[Discrepancy, ...], str]:
    discrepancies = a.discrepancies
    who = ", ".join(reg.name(e) for e in claim.attribution) or "someone"
    if claim.status is Status.alleged:
        if discrepancies:
            return Verdict.contradicted, discrepancies, _contradiction_message(discrepancies)
        if a.negated:
            return (Verdict.unverified, (Discrepancy("polarity", f"alleged by {who}", "denied"),),
                    f"denies an allegation made by {who}; the record does not settle it")
        if not m.attributed:
            return (Verdict.unverified, (Discrepancy("attribution", f"alleged by {who}", "stated as fact"),),
                    f"states as fact what the record holds only as an allegation by {who}")
        return Verdict.supported, (), f"correctly attributes the allegation to {who}"
    if claim.status is Status.disputed:
        return (Verdict.unverified, (Discrepancy("status", "disputed", "stated as settled"), *discrepancies),
                "restates a claim the record marks as disputed")
    if claim.status is Status.false:
        if a.negated and not discrepancies:
            return Verdict.supported, (), "rejects a claim the record holds to be false"
        return (Verdict.contradicted, (Discrepancy("status", "false", "stated as true"),),
                "repeats a claim the record holds to be false")
    if a.negated:
        polarity = Discrepancy("polarity", "affirmed", "negated")
        return Verdict.contradicted, (polarity, *discrepancies), "denies a fact the record confirms"
    if discrepancies:
        return Verdict.contradicted, discrepancies, _contradiction_message(discrepancies)
    return Verdict.supported, (), "agrees with the record"


def _contradiction_message(discrepancies: tuple[Discrepancy, ...]) -> str:
    fields = ", ".join(dict.fromkeys(d.field for d in discrepancies))
    return f"contradicts the record ({fields})"


__all__ = ["Match", "Matcher"]
