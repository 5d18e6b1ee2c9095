"""Decide, for one sentence, which claims it speaks about and whether it agrees with each.

Fuzzy scores only find which claim a sentence is about; they never decide
agreement (an altered fact scores higher than a true paraphrase). Agreement is
decided slot by slot on typed values: a count against a count of the same
noun, a duration against a duration, an actor against the party doing the
action. See ``docs/design.md`` for the whole procedure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy, Verdict
from factcheck.index import BM25Index, terms
from factcheck.keywords import KeywordIndex, base_forms, split_keyword
from factcheck.lexicon import lexicon
from factcheck.mentions import Mentions, extract, iso_seconds
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    PlaceValue,
    QuantityValue,
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
class _Slots:
    discrepancies: tuple[Discrepancy, ...]
    agreements: int
    negated: bool


class Matcher:
    """Holds the per-claim indexes built once per claim base; matching itself keeps no state."""

    def __init__(self, claims: Sequence[Claim], registry: EntityRegistry, *, free_min_score: float = 0.8) -> None:
        self._claims = tuple(claims)
        self._registry = registry
        self._free_min_score = free_min_score
        self._keywords = KeywordIndex((i, c.keywords) for i, c in enumerate(self._claims) if c.keywords)
        self._free = [i for i, c in enumerate(self._claims) if not c.keywords]
        self._free_index = BM25Index(terms(" ".join((self._claims[i].statement, *self._claims[i].aliases)))
                                     for i in self._free)
        self._groups = _keyword_groups(self._claims)
        self._keyword_words = [frozenset(w for k in c.keywords for w in split_keyword(k)) for c in self._claims]
        # claims by every entity they name and every entity containing those, so a sentence's parties
        # pick out the claims that can pass the gate before any claim is scored
        by_entity: dict[str, set[int]] = {}
        partyless: set[int] = set()
        for i, claim in enumerate(self._claims):
            named = _claim_entities(claim)
            if not named and claim.keywords:
                partyless.add(i)
            for entity in named:
                for key in (entity, *registry.ancestors(entity)):
                    by_entity.setdefault(registry.metonym(key) or key, set()).add(i)
        self._by_entity = {k: frozenset(v) for k, v in by_entity.items()}
        self._partyless = frozenset(partyless)

    def _reachable(self, m: Mentions) -> list[frozenset[int]]:
        """Claim sets the sentence's parties (and the entities containing them) can reach."""
        keys: set[str] = set()
        for party in m.parties:
            entity = party.mention.entity
            for key in (entity, *self._registry.ancestors(entity)):
                keys.add(self._registry.metonym(key) or key)
        return [self._partyless, *(self._by_entity[k] for k in keys if k in self._by_entity)]

    def match(self, text: str) -> tuple[Mentions, list[Match]]:
        mentions = extract(text, self._registry)
        words = [t.low for t in mentions.tokens]
        found: list[Match] = []
        occurrences = self._keywords.occurrences(words, self._reachable(mentions))
        # every keyword phrase of the sentence bounds the clause the others' parties are read from
        bounds = sorted({span for spans in occurrences.values() for span in _merge(spans, mentions)})
        for index, spans in occurrences.items():
            result = self._judge(index, mentions, spans, bounds)
            if result is not None:
                found.append(result)
        if self._free:
            for doc, _score in self._free_index.top(terms(mentions.text), 10):
                result = self._judge(self._free[doc], mentions, [], [])
                if result is not None:
                    found.append(result)
        found = _compete(found)
        if not found and mentions.checkworthy:
            found.append(Match(None, Verdict.unverified, (), 0.0,
                               "states checkable facts that no claim in the record covers"))
        return mentions, found

    # --- one claim -----------------------------------------------------------------------------

    def _judge(self, index: int, m: Mentions, spans: list[tuple[int, int]],
               bounds: list[tuple[int, int]]) -> Match | None:
        claim = self._claims[index]
        spans = _merge(spans, m)
        if spans and not self._gate(claim, m):
            return None
        score = _similarity(m.text, claim)
        if not spans:
            if score < self._free_min_score:
                return None
            spans = [(-1, -1)]
        elif not _claim_entities(claim) and score < 0.5:
            return None  # a keyword alone, with no party to confirm it, needs some likeness of wording
        best: tuple[tuple[int, int], _Slots] | None = None
        clean: list[tuple[int, int]] = []
        for span in spans:
            slots = self._compare(claim, m, span, [*spans, *bounds], index)
            if not slots.discrepancies and not slots.negated:
                clean.append(span)
            if best is None or (len(slots.discrepancies), -slots.agreements) < (
                len(best[1].discrepancies), -best[1].agreements
            ):
                best = (span, slots)
        assert best is not None
        span, slots = best
        verdict, discrepancies, message = _verdict(claim, slots, m, self._registry)
        return Match(claim, verdict, discrepancies, round(score, 3), message, span, self._groups[index],
                     slots.agreements - len(slots.discrepancies), tuple(clean))

    def _gate(self, claim: Claim, m: Mentions) -> bool:
        """Keyword found; the sentence must also name one of the claim's parties, when it has any.

        Fuzzy wording alone never admits a claim that names parties: it would need a
        scan of every claim sharing a keyword, and wording is what altered facts share.
        """
        wanted = _claim_entities(claim)
        if not wanted:
            return True
        named = {p.mention.entity for p in m.parties}
        return any(self._registry.compatible(a, b) for a in named for b in wanted)

    def _compare(self, claim: Claim, m: Mentions, span: tuple[int, int], spans: list[tuple[int, int]],
                 index: int) -> _Slots:
        actors, targets, places, unknown = self._roles(claim, m, span, spans)
        reg = self._registry
        out: list[Discrepancy] = []
        agree = 0
        named = [p.mention.entity for p in m.parties]
        for value in claim.values:
            result: Discrepancy | bool | None = None
            if isinstance(value, ActorValue | TargetValue):
                cands = actors if isinstance(value, ActorValue) else targets
                result = _entity_slot(reg, value.field, value.entity, cands)
            elif isinstance(value, PlaceValue):
                if any(e == value.entity or value.entity in reg.ancestors(e) for e in named):
                    result = True
                else:
                    result = _place_slot(reg, value.field, value.entity, places)
                    if result is None and unknown:
                        result = Discrepancy(value.field, reg.name(value.entity), unknown[0])
            elif isinstance(value, CountValue):
                result = _count_slot(value, m)
            elif isinstance(value, QuantityValue):
                result = _quantity_slot(value, m)
            elif isinstance(value, DurationValue):
                result = _duration_slot(value, m, self._keyword_words[index])
            elif isinstance(value, DateValue):
                result = _date_slot(value, m)
            if isinstance(result, Discrepancy):
                out.append(result)
            elif result:
                agree += 1
        return _Slots(tuple(out), agree, _negated(m, span))

    def _roles(self, claim: Claim, m: Mentions, span: tuple[int, int],
               spans: list[tuple[int, int]]) -> tuple[list[str], list[str], list[str], list[str]]:
        """Assign the sentence's parties to actor / target / place around one keyword occurrence."""
        a, b = span
        if a < 0:
            return [], [], [p.mention.entity for p in m.parties if p.place], [t for _i, t in m.unknown_places]
        prev_end = max((e for s, e in spans if e < a and not s <= a <= e), default=-1)
        next_start = min((s for s, e in spans if s > b and not s <= b <= e), default=len(m.tokens))
        passive = _passive(m, a)
        attribution = set(claim.attribution)
        actors: list[str] = []
        targets: list[str] = []
        places: list[str] = []
        breaks = lexicon().clause_breaks
        words = [t.low for t in m.tokens]

        def same_clause(first: int, last: int) -> bool:
            between = words[last + 1:a] if last < a else words[b + 1:first]
            return prev_end < first < next_start and not any(w in breaks for w in between)

        owners: list[str] = []
        unknown = [text for i, text in m.unknown_places if same_clause(i, i)]
        for party in m.parties:
            entity = party.mention.entity
            metonym = self._registry.metonym(entity) is not None
            if not same_clause(party.first, party.last):
                continue
            if party.place:
                places.append(entity)
                continue
            if metonym and party.first > b:
                # "expelled from Marseille": where; "a row with Baku", "the Paris embassy": neither place nor party
                if party.first and words[party.first - 1] in lexicon().location_prepositions:
                    places.append(entity)
                continue

            if entity in attribution and party.first < a:
                continue
            if party.owner:
                owners.append(entity)
                continue
            if party.by and party.first > b:
                actors.append(entity)
            elif party.last < a:
                (targets if passive else actors).append(entity)
                if m.tokens[party.last].low.endswith("'s") and a - party.last <= 3:
                    targets.append(entity)  # "France's partial stance": whose stance, whose expulsion
            elif party.first > b and not passive:
                targets.append(entity)
        # nearest party first: it is the likeliest subject or object; whose people were acted on beats
        # any other object ("gave the French diplomats 48 hours to leave Azerbaijan")
        actors.reverse()
        if not actors and not targets and not owners and _refers_back(words, prev_end, a, breaks):
            # "France expelled two Azerbaijani diplomats and gave them 48 hours": the clause names no
            # party, so the sentence's subject and the people it acted on carry over
            if not passive:
                actors = [p.mention.entity for p in m.parties[:1] if p.last < a and not p.owner and not p.place]
            owners = [p.mention.entity for p in m.parties if p.owner and p.last < a]
        return actors, owners or targets, places, unknown


_REFERRING = frozenset("them they their these those who whom which it its he she him her".split())


def _refers_back(words: list[str], prev_end: int, a: int, breaks: frozenset[str]) -> bool:
    """Whether the clause before the keyword points back at parties named earlier ("gave them 48 hours")."""
    start = a
    while start - 1 > prev_end and words[start - 1] not in breaks:
        start -= 1
    return any(w in _REFERRING for w in words[max(start - 1, 0):a])


def _claim_entities(claim: Claim) -> set[str]:
    named = {str(getattr(v, "entity")) for v in claim.values if hasattr(v, "entity")}  # noqa: B009
    return named | set(claim.attribution)


def _merge(spans: list[tuple[int, int]], m: Mentions) -> list[tuple[int, int]]:
    """Join keyword occurrences of one claim that belong to one phrase ("48 hours to leave")."""
    breaks = lexicon().clause_breaks
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not any(t.low in breaks for t in m.tokens[merged[-1][1] + 1:start]):
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


def _passive(m: Mentions, a: int) -> bool:
    lex = lexicon()
    for j in range(max(0, a - 3), a):
        if m.tokens[j].low in lex.passive_auxiliaries:
            rest = [t.low for t in m.tokens[j + 1:a + 1]]
            if any(w.endswith(("ed", "en", "wn", "ne", "ght")) and w not in lex.stative_participles for w in rest):
                return True
    return False


def _negated(m: Mentions, span: tuple[int, int]) -> bool:
    a, b = span
    if a < 0:
        return bool(m.negations)
    lex = lexicon()
    for cue in m.negations:
        if cue < a and a - cue <= lex.negation_window + 1:
            between = [t.low for t in m.tokens[cue + 1:a]]
            if not any(w in lex.clause_breaks for w in between):
                return True
        if b < cue <= b + 2 and m.tokens[cue].low in ("no", "none", "never", "not"):
            return True
    return False


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


def _count_slot(value: CountValue, m: Mentions) -> Discrepancy | bool | None:
    heads = _heads(value)
    compared = []
    for number, after in m.counts:
        if any(base_forms(w) & heads for w in after[:4]):
            if abs(number.value - value.number) < 1e-9:
                return True
            compared.append(number)
    if not compared:
        return None
    return Discrepancy(value.field, f"{describe_number(value.number)} {value.noun}", compared[0].text + " "
                       + _noun_after(m, compared[0].last, heads))


def _noun_after(m: Mentions, last: int, heads: frozenset[str]) -> str:
    words = []
    for tok in m.tokens[last + 1:last + 5]:
        words.append(tok.text)
        if base_forms(tok.low) & heads:
            break
    return " ".join(words)


def _quantity_slot(value: QuantityValue, m: Mentions) -> Discrepancy | bool | None:
    unit = base_forms(split_keyword(value.unit)[-1])
    compared = [n for n, after in m.counts if after and base_forms(after[0]) & unit]
    if not compared:
        return None
    if any(abs(n.value - value.number) < 1e-9 for n in compared):
        return True
    return Discrepancy(value.field, f"{describe_number(value.number)} {value.unit}", f"{compared[0].text} {value.unit}")


def _duration_slot(value: DurationValue, m: Mentions, keyword_words: frozenset[str]) -> Discrepancy | bool | None:
    heads = lexicon().duration_heads | keyword_words
    durations = [d for d in m.durations if d.head is None or d.head in heads]
    if not durations:
        return None
    expected = iso_seconds(value.iso)
    if any(abs(d.seconds - expected) <= 0.005 * expected for d in durations):
        return True
    return Discrepancy(value.field, describe_duration(value.iso), durations[0].text)


def _date_slot(value: DateValue, m: Mentions) -> Discrepancy | bool | None:
    if not m.dates:
        return None
    for d in m.dates:
        pairs = ((value.year, d.year), (value.month, d.month), (value.day, d.day))
        if all(x is None or y is None or x == y for x, y in pairs) and any(
            x is not None and y is not None for x, y in pairs
        ):
            return True
    return Discrepancy(value.field, describe_date(value.year, value.month, value.day), m.dates[0].text)


def _verdict(claim: Claim, slots: _Slots, m: Mentions,
             reg: EntityRegistry) -> tuple[Verdict, tuple[Discrepancy, ...], str]:
    discrepancies = slots.discrepancies
    who = ", ".join(reg.name(e) for e in claim.attribution) or "someone"
    if claim.status is Status.alleged:
        if discrepancies:
            return Verdict.contradicted, discrepancies, _contradiction_message(discrepancies)
        if slots.negated:
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
        if slots.negated and not discrepancies:
            return Verdict.supported, (), "rejects a claim the record holds to be false"
        return (Verdict.contradicted, (Discrepancy("status", "false", "stated as true"),),
                "repeats a claim the record holds to be false")
    if slots.negated:
        polarity = Discrepancy("polarity", "affirmed", "negated")
        return Verdict.contradicted, (polarity, *discrepancies), "denies a fact the record confirms"
    if discrepancies:
        return Verdict.contradicted, discrepancies, _contradiction_message(discrepancies)
    return Verdict.supported, (), "agrees with the record"


def _contradiction_message(discrepancies: tuple[Discrepancy, ...]) -> str:
    fields = ", ".join(dict.fromkeys(d.field for d in discrepancies))
    return f"contradicts the record ({fields})"


__all__ = ["Match", "Matcher"]
