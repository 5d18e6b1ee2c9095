"""Decide, for one sentence, which claims it speaks about and whether it agrees with each.

Fuzzy scores only find which claim a sentence is about; they never decide
agreement (an altered fact scores higher than a true paraphrase). Agreement is
decided slot by slot on typed values: a count against a count of the same
noun, a duration against a duration, an actor against the party doing the
action. See ``docs/design.md`` for the whole procedure.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process

from factcheck import plain
from factcheck.analysis import Predication, analyse
from factcheck.cache import Column
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy, Verdict
from factcheck.index import STOPWORDS, BM25Index, terms
from factcheck.keywords import KeywordIndex, base_forms, derivations, lemmas, readings, split_keyword
from factcheck.kinds import KINDS, MEASURES
from factcheck.kinds import Context as SlotContext
from factcheck.kinds.base import rate_after, recorded, significant_digits
from factcheck.kinds.count import heads as count_heads
from factcheck.kinds.date import weekday_named
from factcheck.kinds.numbers import Number, hedge, phrase_ending, read_numbers, tokenize
from factcheck.kinds.quantity import Amount, read_amounts, unit_of
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import Mentions, Token, title_cased, unknown_names, unknown_word
from factcheck.plain import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    EntityKind,
    PlaceValue,
    QuantityValue,
    Source,
    Status,
    TargetValue,
)

if TYPE_CHECKING:
    from factcheck import records
    from factcheck.kinds.date import DateMention


# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class Match(NamedTuple):
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
    measured: bool = False  # a count, amount, duration or date of the claim was confirmed
    reversed: bool = False  # unverified because the sentence reads the claim's roles the other way round


class Assessment(NamedTuple):
    """What one predication of a sentence says about one claim, before the document decides a verdict.

    ``identity`` counts the slots that tie the sentence to the claim's event (actor, target, place, time:
    agreements minus nothing), ``conflicts`` the identity slots that disagree. A sentence whose stated
    roles all disagree speaks of another event, never of this one with errors. The field ``index`` hides the
    tuple method of that name, which nothing calls on an assessment.
    """

    index: int  # type: ignore[assignment]
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
    reported: bool = False  # the negation is a denial the sentence reports ("he said he did not ..."), not its own
    question: bool = False  # the sentence asks rather than states
    attributed: bool = True  # the predication is framed as someone's saying
    foreign: bool = False  # the event's own roles name a party the claim does not know ("Amazon employees")


_IDENTITY = (ActorValue, TargetValue, PlaceValue, DateValue)
_UNIT_PERIODS = {"P1D": "day", "P1W": "week", "P7D": "week", "P1M": "month", "P3M": "quarter", "P1Y": "year",
                 "P12M": "year"}
_WORD = re.compile(r"[a-z]+")
_WORD_OR_NUMBER = re.compile(r"[a-z]+|\d+")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_LETTERS = re.compile(r"[A-Za-z]+")
_COORDINATION = frozenset(("and", "in", "on", ",", "&"))  # "in January and in June", "on 4 and 5 March"
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # "year-on-year", "12-month" as one word
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))
_EARLIER = "earlier"  # why a figure is a sibling's: the tally at an earlier hour than the claim's
_LATER_EVENT = 7  # days after the latest event a document tells beyond which a claim is of a later event
_TALLY_SPREAD = 2  # how far apart two counts of one tally at two hours may be, as a ratio
_PRECISE_DIGITS = 4  # significant digits that make two equal figures more than a coincidence
# readings of words that are no part of a noun phrase ("for", "by", "to")
_FUNCTION_READINGS = frozenset(("ADP", "ADV", "PART", "CCONJ", "SCONJ", "PRON"))
_ANOTHER_ERA = 15  # years between a claim's date and a sentence's beyond which it is another event
_LINKING = frozenset("of for over to with from in on by about against".split())  # "accuses Norway of ..."
_ALLEGATION_LIKENESS = 0.45  # wording likeness that ties a party-less sentence to a bare allegation
_QUOTES = frozenset('"“«‘\'')
_NEGATORS = frozenset("not no never none nobody neither nor nothing".split())


class Matcher:
    """Holds the per-claim indexes built once per claim base; matching itself keeps no state.

    Claims and sources are read as plain copies (:mod:`factcheck.plain`), whichever form they are given in:
    a matcher is stored with a cached base, and a check read from the cache must not need pydantic.
    """

    def __init__(self, claims: Sequence[records.Claim | Claim], registry: EntityRegistry, *,
                 free_min_score: float = 0.8, sources: Mapping[str, records.Source | Source] | None = None,
                 worded: Iterable[int] | None = None, lex: Lexicon | None = None) -> None:
        # what a check reads of a claim only when a sentence reaches it: stored packed (see Column)
        self._claims: Sequence[Claim] = Column(plain.claim(c) for c in claims)
        self._lex = lex = lex or lexicon()  # the base's language pack and story vocabulary
        self._registry = registry
        self._free_min_score = free_min_score
        self._keywords = KeywordIndex((i, c.keywords) for i, c in enumerate(self._claims) if c.keywords)
        # claims matched on wording: those without keywords, and those whose keywords were only inferred
        # from their statement (``worded``), which a paraphrase may not repeat
        self._free = sorted(set(worded or ()) | {i for i, c in enumerate(self._claims) if not c.keywords})
        self._free_index = BM25Index(terms(" ".join((self._claims[i].statement, *self._claims[i].aliases)))
                                     for i in self._free)
        self._groups = _keyword_groups(self._claims)
        self._members: dict[int, list[int]] = {}  # the claims of each keyword group, once a rule asks
        self._event_words: frozenset[str] | None = None  # every keyword word of the base, once a rule asks
        self._by_source: dict[str | None, list[int]] = {}  # the claims of each source, once a rule asks
        # each claim's wordings lower-cased once: the wording likeness compares a sentence with them all
        self._wordings: Sequence[tuple[str, ...]] = Column(tuple(w.lower() for w in (c.statement, *c.aliases))
                                                           for c in self._claims)
        self._keyword_words: Sequence[frozenset[str]] = Column(
            frozenset(w for k in c.keywords for w in split_keyword(k)) for c in self._claims)
        # words a claim itself uses: a request or plan word in the claim ("asked for") is its event, not a wish
        # (a capitalised month is no modal: "in May 2023" makes no claim about what may happen)
        claim_words = [self._keyword_words[i] | frozenset(w.lower() for w in _LETTERS.findall(c.statement)
                                                          if not (w[:1].isupper() and w.lower() in lex.months))
                       for i, c in enumerate(self._claims)]
        # claims about what someone says, wants or intends ("justified the move as reciprocal", "intends to
        # appeal"): their own speaker's denial contradicts them, and a wish or plan word is their event
        self._subordinators = (lex.value_breaks_left | lex.value_breaks_right) - {"that", "as", ";", ":", "(", ")"}
        stance = lex.attribution_verbs | lex.attribution_cues | lex.irrealis_cues | lex.stance_words
        self._stance = [bool(words & stance) for words in claim_words]
        # claims about what may happen ("may raise rates again in September"): an event the sentence says
        # did happen is another one, whatever its date
        self._possible = [bool(words & lex.possibility_cues) for words in claim_words]
        # claims about a forecast ("Spotify expects an operating loss of €93m-€108m"): a figure the sentence
        # reports as a result is not the forecast one
        self._forecast = [bool(frozenset(_WORD.findall(c.statement.lower())) & lex.forecast_words)
                          for c in self._claims]
        self._ahead = lex.forecast_words | lex.irrealis_cues | lex.possibility_cues | lex.future_auxiliaries
        # words that never make a compound with the event noun after them ("its gap", "all votes", "they felt")
        self._no_compound = (lex.time_nouns | lex.determiners | lex.relative_pronouns | lex.quantifiers
                             | lex.number_words | lex.number_starts | lex.person_refs | lex.thing_refs
                             | lex.group_pronouns | lex.partitive_pronouns)
        self._measure_vocabulary: dict[int, frozenset[str]] = {}  # filled by _measure_words as claims are read
        # "talks have advanced very little": a negated sentence ("have not made progress") may agree
        self._intensifiers = lex.intensifiers
        # "no fewer than 128" bounds a figure; only a negator outside such a phrase makes a claim negative
        # (the phrases are struck out only from the few statements that hold a negator at all)
        bounds = [" ".join(b) for b in lex.number_bounds]
        negators = _NEGATORS | lex.diminishers
        self._negative = [bool(set(_WORD.findall(c.statement.lower())) & negators) and bool(
            set(_WORD.findall(_without_phrases(c.statement.lower(), bounds))) & negators) for c in self._claims]
        # claims about a request or a wish ("prosecutors asked for 40 to 50 years"), by their statement
        self._request = [bool(set(_WORD.findall(c.statement.lower())) & lex.irrealis_cues) for c in self._claims]
        # claims that record a reading or an estimate by their actor ("the centre measured it at magnitude 6.4")
        self._reading = [bool(set(_WORD.findall(c.statement.lower())) & lex.measuring_verbs) for c in self._claims]
        # claims that are themselves a refusal, in their statement or any wording ("refused to halt the deal")
        self._refusal = [bool(set(_WORD.findall(" ".join(self._wordings[i]))) & lex.refusal_cues)
                         for i in range(len(self._claims))]
        self._entities: Sequence[frozenset[str]] = Column(frozenset(_claim_entities(c)) for c in self._claims)
        self._cast = frozenset().union(*self._entities)  # every party some claim gives a role
        self._shared = _shared_events(self._claims)
        self._vocabulary: Sequence[frozenset[str]] = Column(_vocabulary(c) for c in self._claims)
        self._story_words: dict[str, frozenset[str]] = {}  # every word a source's claims use, read when asked
        # the periods a claim's change is measured over: named in its wording, or its own one-unit duration
        # beside a measured figure ("38% in the 12 months before the deal", P1Y)
        self._periods: Sequence[frozenset[str]] = Column(
            frozenset({p for text in (c.statement, *c.aliases, *c.keywords)
                       for p in _periods_named(_HYPHENATED.findall(text.lower()), lex)}
                      | ({_UNIT_PERIODS[v.iso] for v in c.values
                          if isinstance(v, DurationValue) and v.iso in _UNIT_PERIODS}
                         if any(isinstance(v, QuantityValue) for v in c.values) else set()))
            for c in self._claims)
        # the figures a claim's own statement gives as a level ("stood at 7.9%"), not as a change ("rose 9%")
        self._levels: Sequence[frozenset[str]] = Column(_level_fields(c, lex) for c in self._claims)
        self._bare_allegation = [c.status is Status.alleged and all(
            registry.kind(e) is EntityKind.place or e in c.attribution for e in self._entities[i])
            for i, c in enumerate(self._claims)]
        plain_sources = {sid: plain.source(s) for sid, s in (sources or {}).items()}
        stories = _story_years(self._claims, plain_sources)
        # the day each claim was known by: its own latest full date, else its source's publication; a report
        # dated earlier cannot be held to it ("13th rise in a row" in June against the 14th in August)
        self._known_by = [_known_by(c, plain_sources) for c in self._claims]
        # the latest day the record knows of: a year after it dates a goal or a forecast, never a record
        self._horizon = max((d for c in self._claims if (d := _known_by(c, plain_sources, latest_of_both=True))),
                            default=None)
        self._years: Sequence[frozenset[int]] = Column(_own_years(c) or stories[i]
                                                       for i, c in enumerate(self._claims))
        # the first day the story's own dated claims record: a clause dated well before it, for a claim that
        # has no date of its own, tells of an earlier event ("On October 2, two earthquakes of magnitude 6.2 ...")
        self._story_start = _story_starts(self._claims, stories)
        # a dated claim outside its story's years is background ("the 2015 quake killed almost 9,000")
        self._background = [_far(_own_years(c), stories[i]) for i, c in enumerate(self._claims)]
        self._since = [bool({"since"} & set(_WORD.findall(c.statement.lower()))) for c in self._claims]
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
        self._keys: dict[str, tuple[str, ...]] = {}  # an entity's index keys, found once: the document repeats them
        self._partyless = frozenset(partyless)

    def later_than(self, index: int, day: _dt.date) -> bool:
        """Whether the claim was only known after ``day`` (a day's grace for time zones)."""
        known = self._known_by[index]
        return known is not None and (known - day).days > 1

    def claim_id(self, index: int) -> str:
        return self._claims[index].id

    def source_of(self, index: int) -> str | None:
        prov = self._claims[index].provenance
        return prov.source if prov else None

    def _per_period(self, index: int) -> bool:
        """Whether the claim's wordings give its figure per period ("110 to 150 flights every day", "a
        day"): a rate word before a unit of time."""
        claim = self._claims[index]
        lex = self._lex
        for text in (claim.statement, *claim.aliases):
            words = _WORD.findall(text.lower())
            if any(w in lex.rate_words and nxt in lex.time_nouns for w, nxt in pairwise(words)):
                return True
        return False

    def _story_vocabulary(self, index: int) -> frozenset[str]:
        """Every word the claims of this claim's source use: what the story itself speaks of ("the
        earthquake" is the story's cause of death even where a toll claim's own words never say it)."""
        source = self.source_of(index)
        if source is None:
            return self._vocabulary[index]
        words = self._story_words.get(source)
        if words is None:
            words = self._story_words[source] = frozenset().union(
                *(self._vocabulary[i] for i in range(len(self._claims)) if self.source_of(i) == source))
        return words

    def _breakdown_of_sibling(self, index: int, m: Mentions, value: CountValue, d: Discrepancy) -> bool:
        """Whether the sentence's counts of the claim's noun, the conflicting one among them, add up to what
        another claim of the same event words counts."""
        heads = count_heads(value)
        found = _found_values(d, self._lex)
        # (a part gives the noun, a bare verb, or its place at once: "and 36 died", "and 36 in Rukum West")
        parts = [n.value for n, after in m.counts if n.value in found or (after and (
            base_forms(after[0]) & heads or after[0] in self._lex.location_prepositions
            or ("VERB" in readings(after[0]) and "NOUN" not in readings(after[0]))))]
        if len(parts) < 2 or not found & set(parts):
            return False
        if not self._members:
            for j, group in enumerate(self._groups):
                self._members.setdefault(group, []).append(j)
        total = sum(parts)
        return any(isinstance(v, CountValue) and v.number == total and count_heads(v) & heads
                   for j in self._members[self._groups[index]] if j != index for v in self._claims[j].values)

    def _measure_words(self, index: int) -> frozenset[str]:
        """The claim's words as its figures are read: without an aim word it uses only to qualify another
        noun ("federal funds target range" makes "the Fed's target of 2 percent" no figure of the range)."""
        words = self._vocabulary[index]
        goals = words & self._lex.goal_nouns
        if not goals:
            return words
        if index in self._measure_vocabulary:
            return self._measure_vocabulary[index]
        claim = self._claims[index]
        texts = [t.lower().split() for t in (claim.statement, *claim.aliases)]
        keywords = {w for k in claim.keywords for w in k.lower().split()}
        uses = [(ws, i) for ws in texts for i, w in enumerate(ws) if w.strip(".,;:") in goals]
        qualifying = {g for g in goals - keywords if any(ws[i].strip(".,;:") == g for ws, i in uses) and all(
            i + 1 < len(ws) and "NOUN" in readings(ws[i + 1].strip(".,;:")) for ws, i in uses
            if ws[i].strip(".,;:") == g)}
        self._measure_vocabulary[index] = words - qualifying
        return words - qualifying

    def _sibling_figure(self, index: int, discrepancies: Sequence[Discrepancy], m: Mentions) -> str:
        """Whether every conflict is a figure that another claim of the same story and the same event words
        records exactly: a count of the same noun (another occasion of one kind of event), or an amount in
        the same unit ("Cisco would pay a $1.48 billion fee" is Cisco's fee, not a wrong one of Splunk's), or
        under any event words if it is precise ("trading at $119.59 a share" is the closing price, no offer);
        or a count between two the story records of the same noun (a tally between its recorded hours).
        Returns why ("figure", or ``_EARLIER`` for a tally lower than this claim's), else ""."""
        claim = self._claims[index]
        values = [next((v for v in claim.values if v.field == d.field), None) for d in discrepancies]
        if not discrepancies or not all(isinstance(v, CountValue | QuantityValue) for v in values):
            return ""
        if not self._members:
            for j, group in enumerate(self._groups):
                self._members.setdefault(group, []).append(j)
        source = self.source_of(index)
        why = "figure"
        for d, value in zip(discrepancies, values, strict=True):
            if isinstance(value, QuantityValue):
                unit = unit_of(value.unit, self._lex)
                found = {a.value for a in _found_amounts(m, d) if unit is not None and self._lex.units[a.unit] == unit}
                # a figure written with four significant digits or more ("$119.59") is no chance match: it is
                # the figure of whichever claim of the story records it, under any event words
                precise = {f for f in found if significant_digits(f) >= _PRECISE_DIGITS}
                if not any(isinstance(v, QuantityValue) and v.to is None and unit_of(v.unit, self._lex) == unit
                           and (v.number in precise or (v.number in found and self._groups[j] == self._groups[index]))
                           for j in self._of_source(source) if j != index for v in self._claims[j].values):
                    return ""
                continue
            assert isinstance(value, CountValue)
            siblings = [v for j in self._members[self._groups[index]] if j != index and self.source_of(j) == source
                        for v in self._claims[j].values if isinstance(v, CountValue) and v.to is None]
            heads, counted = count_heads(value), _found_values(d, self._lex)
            if any(v.number in counted and count_heads(v) & heads for v in siblings):
                continue  # another occasion's figure, or the tally's at another hour: nothing about the document
            # "the death toll rose to 143" where the story records 128 in the morning and 157 by the evening:
            # a count between two the story records of one tally (the same parties, places and dates) is that
            # tally at another hour
            own = (_claim_entities(claim), _own_dates(claim))
            figures = [v.number for j in self._members[self._groups[index]] if j != index
                       and self.source_of(j) == source
                       and (_claim_entities(self._claims[j]), _own_dates(self._claims[j])) == own
                       for v in self._claims[j].values if isinstance(v, CountValue) and v.to is None
                       and count_heads(v) & heads and v.bound in (None, "min")]
            # ... and near each other: figures far apart (12 dead, and a fire of 1911's 9,000) are two events
            figures = [f for f in figures if min(f, value.number) > 0 and max(f, value.number) <= _TALLY_SPREAD
                       * min(f, value.number)]
            span = [*figures, value.number]
            if not figures or not any(min(span) < n < max(span) for n in counted):
                return ""
            if value.number == max(span):
                why = _EARLIER  # below the claim's own, the latest figure of the tally
        return why

    def _of_source(self, source: str | None) -> list[int]:
        """The claims of one source, listed once a rule first asks."""
        if not self._by_source:
            for j in range(len(self._claims)):
                self._by_source.setdefault(self.source_of(j), []).append(j)
        return self._by_source.get(source, [])

    def _early_counts(self, m: Mentions, assessments: Sequence[Assessment]) -> set[str]:
        """Sources of which the sentence gives a count as a floor below the record ("killing at least 37
        people", "more than 40 killed" against 157): an early report, written while its figures still rose."""
        out: set[str] = set()
        floors = [(n, after) for n, after in m.counts
                  if not n.ordinal and hedge(m.tokens, n.first, n.last, self._lex) in ("min", "over")]
        if not floors:
            return out
        for a in assessments:
            source = self.source_of(a.index)
            if a.skip or a.negated or source is None or source in out:
                continue
            for v in self._claims[a.index].values:
                if isinstance(v, CountValue) and v.bound is None and v.to is None and any(
                        n.value < v.number and any(base_forms(w) & count_heads(v) for w in after[:4])
                        for n, after in floors):
                    out.add(source)
        return out

    def _act_noun(self, word: str) -> bool:
        """Whether a noun names an act rather than a thing: a derived event noun ("acquisition"), or a
        singular event word of some claim ("completed its purchase of ...": the purchase is the act)."""
        if self._event_words is None:
            self._event_words = frozenset().union(*self._keyword_words)
        return word in derivations(self._lex.language) or (word in lemmas(word) and word in self._event_words)

    def _reachable(self, entities: Iterable[str]) -> list[frozenset[int]]:
        """Claim sets the given parties (and the entities containing them) can reach."""
        keys: set[str] = set()
        for entity in entities:
            found = self._keys.get(entity)
            if found is None:
                found = self._keys[entity] = tuple({self._registry.metonym(key) or key for key in (
                    entity, *self._registry.ancestors(entity)) if (self._registry.metonym(key) or key)
                    in self._by_entity})
            keys.update(found)
        return [self._partyless, *(self._by_entity[k] for k in keys)]

    def assess(self, m: Mentions, context: Iterable[str]) -> list[Assessment]:
        """Analyse the sentence once, then weigh every candidate claim against its predications.

        ``context`` holds the entities the document has named so far: a sentence that names no party
        ("The two were given 72 hours") can still be about a claim of the story.
        """
        named = {p.mention.entity for p in m.parties}
        words = [t.low for t in m.tokens]
        occurrences = self._keywords.occurrences(words, self._reachable(named | set(context)))
        if self._lex.particles & set(words):
            occurrences = {index: kept for index, found in occurrences.items()
                           if (kept := [span for span in found if not _particle(m, span, self._lex)])}
        if self._lex.fixed_phrase_words & set(words):
            # "in the short term": a keyword inside a set phrase names no event ("a four-year term")
            occurrences = {index: kept for index, found in occurrences.items()
                           if (kept := [span for span in found if not _in_fixed_phrase(words, span, self._lex)])}
        every = frozenset(span for found in occurrences.values() for span in found)
        merged = {index: _merge(found, m, every, self._lex) for index, found in occurrences.items()}
        spans = sorted({span for found in merged.values() for span in found})
        predications = analyse(m, spans, self._registry, self._lex)
        heads: dict[int, list[int]] = {}  # the claims whose event word starts at a token
        for index, found in merged.items():
            for first, _last in found:
                heads.setdefault(first, []).append(index)
        openers = {span: _clause_opener(m, p, self._registry, self._lex) for span, p in predications.items()}
        # "the New York Stock Exchange": a keyword written inside a name is part of the name, no event of a
        # claim; it is still read as an event word above, so the roles of the events around it stay as they are
        named_spans = {span for span in spans if _inside_name(m, span)}
        if named_spans and title_cased(m.tokens):
            named_spans = set()
        out: list[Assessment] = []
        for index in occurrences:
            found = [span for span in merged[index] if span not in named_spans] if named_spans else merged[index]
            if not found:
                continue
            result = self._judge(index, m, found, predications, named, heads, openers)
            if result is not None:
                out.append(result)
        if self._free:
            whole: dict[tuple[int, int], Predication] | None = None  # built for the first claim it is needed for
            for doc, _score in self._free_index.top(terms(m.text), 10):
                if self._free[doc] in occurrences:
                    continue  # already read at its event word
                if whole is None:
                    whole = {(-1, -1): _whole(m)}
                result = self._judge(self._free[doc], m, [], whole, named)
                if result is not None:
                    out.append(result)
        return out

    def decide(self, m: Mentions, assessments: Sequence[Assessment], story: frozenset[str],
               earlier: set[str] | None = None, reached: _dt.date | None = None) -> list[Match]:
        """Verdicts for one sentence, knowing which sources the document as a whole is about.

        ``earlier`` holds the sources the document has shown to report at an earlier hour than the record
        (a toll between two the story records); this sentence may add to it, and a lower count of such a
        source is then no contradiction. ``reached`` is the latest day of the events the document has
        established so far: a sentence that gives no date of its own is not held to a claim of a day weeks
        after it (the grounding order's inspection time against the later approval's).
        """
        found: list[Match] = []
        for a in assessments:
            match = self._decide(m, a, story)
            if match is not None:
                found.append(match)
        # "said it would cut its workforce by 6%" against a December cut of 17%, where January's 6% cut fits
        # every value but is set aside as a plan: the figure is still the January cut's, no wrong December one
        fitting = [self._claims[a.index] for a in assessments if a.skip and not a.discrepancies and not a.negated
                   and a.identity > 0 and a.agreements > a.identity]
        kept = _compete(found)
        if len(kept) < len(found):
            kept += self._own_figures(m, found, kept)
        # "Mr Milei had 57.7%" against Massa's first-round share: a figure written right after another
        # party's name is that party's, not a wrong one of this claim's
        kept = [f for f in kept if not (
            f.verdict is Verdict.contradicted and f.claim is not None and f.discrepancies
            and (own := _claim_entities(f.claim)) and all(
                (owner := _figure_owner(m, d, self._lex)) is not None
                and not any(self._registry.compatible(e, owner) for e in own) for d in f.discrepancies))]
        found = _another_occasion(_explained(kept, self._lex, fitting))
        # "Over 1,500 Employees Laid Off" against January's 600 job cuts, where December's cut of 1,500 shares
        # the event words: a count that is exactly what a sibling claim records is that claim's figure
        index_of = {self._claims[a.index].id: a.index for a in assessments}
        if any(f.verdict is Verdict.contradicted for f in found):
            kept = []
            for f in found:
                why = self._sibling_figure(index_of[f.claim.id], f.discrepancies, m) \
                    if f.verdict is Verdict.contradicted and f.claim is not None else ""
                if why == _EARLIER and earlier is not None and f.claim is not None and f.claim.provenance:
                    earlier.add(f.claim.provenance.source)
                if not why:
                    kept.append(f)
            found = kept
        if reached is not None and not m.dates and any(f.verdict is Verdict.contradicted for f in found):
            found = [f for f in found if not (
                f.verdict is Verdict.contradicted and f.claim is not None
                and (day := self.day_of(index_of[f.claim.id])) is not None and (day - reached).days > _LATER_EVENT)]
        if earlier is not None:
            earlier.update(self._early_counts(m, assessments))
        if earlier and any(f.verdict is Verdict.contradicted for f in found):
            # "38 individuals lost their lives in Rukum West" in a report whose toll stands at 143 of the
            # record's 157: the document tells the story at an earlier hour, when every count was lower
            found = [f._replace(verdict=Verdict.unverified, message="gives a lower count than the record, in a "
                                "document that reports the story's tally at an earlier hour")
                     if f.verdict is Verdict.contradicted and f.claim is not None and f.claim.provenance
                     and f.claim.provenance.source in earlier and _lower_counts(f.claim, f.discrepancies, self._lex)
                     else f for f in found]
        if not found and m.checkworthy and not assessments:
            found.append(Match(None, Verdict.uncovered, (), 0.0,
                               "states checkable facts that no claim in the record covers"))
        return found

    def _own_figures(self, m: Mentions, found: Sequence[Match], kept: Sequence[Match]) -> list[Match]:
        """Contradictions that competition set aside although each figure stands by its own party: "Mr Milei
        had 57.7% to Mr Massa's 44.3%" confirms Massa's share and contradicts Milei's, two sibling claims
        on one event word, each with the figure written right after its party's name."""
        chosen = {id(f) for f in kept}
        back = []
        for f in found:
            if id(f) in chosen or f.verdict is not Verdict.contradicted or f.claim is None or not f.discrepancies:
                continue
            winner = next((k for k in kept if k.group == f.group and k.span == f.span and k.claim is not None), None)
            if winner is None or winner.verdict is not Verdict.supported or winner.claim is None:
                continue
            own = _claim_entities(f.claim) - _claim_entities(winner.claim)
            if own and all(self._owns(m, d, own) for d in f.discrepancies):
                back.append(f)
        return back

    def _owns(self, m: Mentions, d: Discrepancy, parties: AbstractSet[str]) -> bool:
        """Whether the figure a discrepancy found is written right after a name of one of ``parties``."""
        owner = _figure_owner(m, d, self._lex)
        return owner is not None and any(self._registry.compatible(e, owner) for e in parties)

    def settled(self, assessments: Sequence[Assessment], story: AbstractSet[str]) -> bool:
        """Whether :meth:`decide` gives these assessments the same verdicts however much the story grows.

        The story only ever grows, and it only matters for a claim whose source is not in it yet, so a
        document's sentences can mostly be decided as they are read and need not all be kept.
        """
        return all(self.source_of(a.index) is None or self.source_of(a.index) in story for a in assessments)

    def day_of(self, index: int) -> _dt.date | None:
        """The one day a claim records for its event, if it records exactly one."""
        days = [_dt.date(v.year, v.month, v.day) for v in self._claims[index].values
                if isinstance(v, DateValue) and v.year and v.month and v.day and v.end is None and not v.slot]
        return days[0] if len(days) == 1 else None

    def established(self, a: Assessment) -> bool:
        """The sentence is shown to speak of this claim's event: a role, place or time agrees, none conflicts."""
        return not a.skip and a.identity > 0 and a.conflicts == 0

    # --- one claim -----------------------------------------------------------------------------

    def _judge(self, index: int, m: Mentions, spans: list[tuple[int, int]],
               predications: dict[tuple[int, int], Predication], named: set[str],
               heads: Mapping[int, list[int]] | None = None,
               openers: Mapping[tuple[int, int], str | None] | None = None) -> Assessment | None:
        claim = self._claims[index]
        score = -1.0  # the wording likeness is costly: measured only where it decides, else for the verdicts
        if not spans:
            score = _similarity(m.text, self._wordings[index])
            if score < self._free_min_score:
                return None
            spans = [(-1, -1)]
        elif not self._entities[index] and not _has_measures(claim):
            score = _similarity(m.text, self._wordings[index])
            if score < 0.5:
                return None  # a keyword alone, with no party or value to confirm it, needs some likeness of wording
        best: Assessment | None = None
        clean: list[tuple[int, int]] = []
        stranger: Assessment | None = None
        for span in spans:
            result = self._compare(index, m, predications[span], named, heads, (openers or {}).get(span))
            if not result.discrepancies and not result.negated and not result.skip:
                clean.append(span)
            if best is None or _order(result) < _order(best):
                best = result
            if result.foreign and result.conflicts and not result.skip and stranger is None:
                stranger = result
        assert best is not None
        if stranger is not None and best.identity == 0 and best.conflicts == 0:
            # "Deezer will shed 17% of its workforce ..., the third round of layoffs this year": the event
            # noun that restates the event names nobody of its own, so the other party stated for the
            # same event is not outweighed by it
            best, clean = stranger, []
        return Assessment(best.index, best.span, best.discrepancies, best.agreements, best.identity,
                          best.conflicts, best.negated, best.skip, round(score, 3) if score >= 0 else score,
                          tuple(clean), best.named,
                          best.reversed, best.reported, m.text.rstrip().rstrip('"\'').endswith("?"),
                          best.attributed, best.foreign)

    def _compare(self, index: int, m: Mentions, p: Predication, named: set[str],
                 heads: Mapping[int, list[int]] | None = None, opener: str | None = None) -> Assessment:
        claim = self._claims[index]
        reg = self._registry
        out: list[Discrepancy] = []
        agree = identity = conflicts = weak = rivals = strangers = 0  # weak: identity a date or a pronoun gives
        if p.since and self._since[index]:
            p = p._replace(times=(*p.times, *p.since))  # "the deadliest since 2015" dates this claim
        known = self._horizon
        if known is not None and not self._stance[index] and any(
                d.year is not None and d.year > known.year for d in p.times):
            # "with a goal to reach a billion users by 2030": a year after the record was made dates a goal
            # or a forecast, never the recorded event
            p = p._replace(times=tuple(d for d in p.times if d.year is None or d.year <= known.year))
        stated = {e for e in (*p.agents, *p.patients, *p.speakers, *p.places)}
        skip = "another event of the same kind" if p.other_event else ""
        if heads and (rival := self._modified_by_rival(index, m, p, heads)):
            # "\"core\" inflation rose 4.8%" against headline inflation, where another claim's keyword is
            # "core": the word before the event word names that claim's measure, not this one's
            skip = f"names another claim's measure ('{rival}')"
        if not skip and (thing := self._modified_by_noun(index, m, p)):
            # "Milei denies that there is a wage gap" against the runoff's gap in points: a noun the claim never
            # uses, written before its one-word event noun, names another thing of that name
            skip = f"names another thing ('{thing}')"
        if not skip and self._entities[index] and (owner := _unknown_owner(m, p, self._lex)):
            # "Milken's two-year sentence gave him a second chance": an event noun owned by a name the base does
            # not know is that one's event, not the event of the parties the claim names
            skip = f"the event of a name the record does not know ('{owner}')"
        if p.modifier:
            skip = skip or "the event word only qualifies another noun"
        # a claim about a wish or plan takes its own wish words ("would", "advised"), not another's ("weighed
        # smaller cuts through 2024" is no date of a cut the claim says Spotify would make)
        if self._periods[index] and _other_period(m, self._periods[index], self._lex):
            # "in the month of October alone prices rose 8.3%" is no annual rate; "it has never made an
            # annual net profit" denies nothing of a quarter's
            skip = skip or "measured over another period than the claim's"
        # options weighed and mere possibilities ("can complete the deal as of July 14") are the claim's own
        # only when it says so: a claim about a plan is not one about what could happen
        weighed = p.irrealis in self._lex.option_cues or (
            p.irrealis in self._lex.possibility_cues and not self._possible[index])
        if p.irrealis and not (self._stance[index] and (not weighed or p.irrealis in self._vocabulary[index])):
            skip = skip or f"a wish, request or condition ('{p.irrealis}'), not the event itself"
        if self._background[index] and not any(d.year is not None for d in p.times):
            # "the 2015 quake killed almost 9,000": a fact of an earlier story is only checked where the
            # sentence gives a year, or any toll of this story would be read as that one's
            skip = skip or "a background fact, and the sentence gives no year"
        if self._years[index] and all(min(abs(d.year - y) for y in self._years[index]) >= _ANOTHER_ERA
                                      for d in p.times if d.year is not None) and any(
                d.year is not None for d in p.times):
            # "the 2015 quake ... in 1934", "separatists took control following a war in the early 1990s":
            # a clause dated generations from the claim's event speaks of another, whatever else it shares
            skip = skip or "the sentence is dated generations away from the claim's event"
        actor = next((v.entity for v in claim.values if isinstance(v, ActorValue)), None)
        target = next((v.entity for v in claim.values if isinstance(v, TargetValue)), None)
        reversed_roles = bool(actor and target and p.agents and p.patients and not _fits(reg, actor, p.agents)
                              and _fits(reg, target, p.agents) and _fits(reg, actor, p.patients))
        agents, patients = p.agents, p.patients
        if self._stance[index] and actor and p.speakers and not agents:
            agents = p.speakers  # "Armenia has long complained about France's stance": the speaker holds it
        if claim.attribution and actor:
            # "Prosecutors called it a historic fraud": the allegation's author speaks; it is not the actor
            agents = tuple(e for e in agents if _fits(reg, actor, [e]) or not _fits(reg, e, claim.attribution))
        if claim.status is Status.verified and actor and p.speakers and _fits(reg, actor, p.speakers) \
                and not _fits(reg, actor, p.agents):
            # "Baku accused Paris over its stance": in a claim about criticism the speaker is the actor
            agents, patients = p.speakers, (*p.agents, *p.patients)
        named_agents = [e for e in agents if e not in p.guessed]
        if actor and target and named_agents and not patients and not p.possessors \
                and (not p.speakers or all(_subject_of(m, p, c) for c in named_agents)) \
                and all(_fits(reg, target, [c]) and not _fits(reg, actor, [c]) for c in named_agents):
            # "FTX customers lost $8 billion", "the judge found that FTX customers lost ...": the subject may
            # be the one it happened to, the party the claim gives as its target (a party carried over from
            # the main clause is no subject of this verb). After a verb whose subject always undergoes it
            # ("lost", "suffered") the subject is that target; after any other ("Activision announced") it
            # is only no conflict
            undergoes = p.span[0] >= 0 and m.tokens[p.span[0]].low in self._lex.undergoing_verbs
            agents = tuple(e for e in agents if e in p.guessed)
            patients = tuple(named_agents) if undergoes else ()
        both = {e for e in agents if _fits(reg, e, patients)} | {e for e in patients if _fits(reg, e, agents)}
        if self._negative[index] and not p.negated and p.span != (-1, -1):
            # "talks have advanced very little" against "talks have made considerable progress"
            strong = _intensified(m, p, self._intensifiers, self._lex)
            if strong:
                out.append(Discrepancy("polarity", "little or none", strong))
        for value in claim.values:
            result: Discrepancy | bool | None = None
            if isinstance(value, ActorValue | TargetValue):
                cands = list(agents) if isinstance(value, ActorValue) else list(patients)
                if isinstance(value, ActorValue) and target is None and not agents and p.passive \
                        and _fits(reg, value.entity, patients):
                    # "Milei will be sworn in on 10 December": a claim with one party names it however the
                    # sentence turns the verb; only to agree, never to conflict
                    cands = list(patients)
                result = KINDS[value.kind].compare(value, SlotContext(m, p, reg, self._lex, parties=tuple(cands)))
                siblings = [v.entity for v in claim.values if v.kind == value.kind and v is not value]
                if isinstance(result, Discrepancy) and any(_fits(reg, e, cands) for e in siblings):
                    # "Bullrich and Macri endorsed Milei": a sentence may name only one of two actors, and
                    # one it names agrees; only a third party conflicts ("Nepal and Peru sanctioned Chile")
                    third = [c for c in cands if not any(_fits(reg, e, [c]) for e in (value.entity, *siblings))]
                    result = True if _fits(reg, value.entity, cands) else (
                        Discrepancy(value.field, reg.name(value.entity), reg.name(third[0])) if third else None)
                other = target if isinstance(value, ActorValue) else actor
                if isinstance(result, Discrepancy) and other and cands and all(
                        _fits(reg, other, [c]) and c not in p.guessed and c not in both for c in cands):
                    # "Massa conceded defeat to Milei", "Argentines elected Milei": the claim's other party in
                    # this role is a role read the other way round, not a wrong party
                    reversed_roles = True
                if isinstance(result, Discrepancy) and all(c in p.guessed or c in both for c in cands):
                    # a pronoun resolved to another party is too weak to contradict; so is a party read as
                    # both doer and done-to ("France answers the expulsion of its staff"): a misread role
                    result = None
                if isinstance(result, Discrepancy) and isinstance(value, TargetValue) and claim.attribution \
                        and all(_fits(reg, c, claim.attribution) for c in cands):
                    # "the biased stance France adopted towards Azerbaijan", Azerbaijan the one alleging: the
                    # complainant named as the one it was done to is its grievance, not another target
                    result = None
                if isinstance(result, Discrepancy) and all(c in p.owned for c in cands) \
                        and reg.kind(value.entity) is EntityKind.person:
                    result = None  # "the FTX founder": a person described by what they belong to
                owners = [e for e in p.possessors if e not in p.guessed and reg.comparable(value.entity, e)]
                if result is None and p.possessors:
                    # "France's partial stance": the owner may hold either role; it conflicts only when
                    # it fits neither of the claim's parties (and is named, not a resolved "its")
                    if _fits(reg, value.entity, p.possessors):
                        result = True
                    elif owners and not any(_fits(reg, e, owners) for e in (actor, target) if e) and (
                            isinstance(value, TargetValue) or target is None):
                        result = Discrepancy(value.field, reg.name(value.entity), reg.name(owners[0]))
            elif isinstance(value, PlaceValue):
                broad = False
                # the sentence names the place, or a body inside it ("the Paris embassy"); a person belongs to a
                # court or a ministry, and is no place: "Kaplan ... in Brooklyn" does not say Manhattan
                if any(e == value.entity or (value.entity in reg.ancestors(e) and reg.kind(e) is not EntityKind.person)
                       for e in named if e not in p.landmarks):
                    result = True
                else:
                    result = KINDS[value.kind].compare(value, SlotContext(m, p, reg, self._lex, parties=p.places))
                    if isinstance(result, Discrepancy) and p.landmarks and set(p.places) <= p.landmarks \
                            and not self._lex.proximity_prepositions & self._vocabulary[index]:
                        result = None  # "a backyard near Portland" against Cedar Hills: a landmark, not the place
                    if isinstance(result, Discrepancy) and _other_direction(claim, value, m, p, reg, self._lex):
                        # "during a trip to California" against the take-off from Portland: where the flight
                        # was going is no wrong place of where it came from
                        result = None
                    # "California-based Cisco" against Splunk's San Francisco: a region round the claim's place
                    # ties no more than a date does
                    broad = result is True
                    if result is None and p.unknown_places:
                        result = Discrepancy(value.field, reg.name(value.entity), p.unknown_places[0])
            elif value.kind in MEASURES:
                # "the smallest rise since March 2021": a date the record gives as where a comparison starts is
                # read only from the dates the sentence starts a period at, never from the event's ("in June
                # 2023")
                q = p._replace(times=(*p.since, *_after_since(m, p.times))) \
                    if isinstance(value, DateValue) and _since_value(claim, value) else p
                result = KINDS[value.kind].compare(value, SlotContext(m, q, reg, self._lex, self._keyword_words[index],
                                                                      years=self._years[index],
                                                                      claim_words=self._measure_words(index)))
                if isinstance(result, Discrepancy) and isinstance(value, DateValue) and len(
                        {(d.year, d.month, d.day) for d in p.times if d.hour is None}) >= 3:
                    result = None  # "hikes on Feb. 1, March 22 and May 3": a list of other occasions
                if isinstance(result, Discrepancy) and isinstance(value, DateValue) and p.governed >= 0 \
                        and self._dated_object(index, m, p, (heads or {}).get(p.governed, ())):
                    # "Microsoft announced the completion of its takeover on 13 October": the date is the
                    # object event's, which another claim records for that day
                    result = None
                if isinstance(value, DateValue) and value.day is not None and value.end is None \
                        and any(d.end is not None and d.end.month != d.month for d in p.times):
                    # "raised rates at four meetings from June through November": a series over months, not
                    # the one day's event the claim records
                    skip = skip or "dated to a span of months: a series of events, not the claim's one"
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and _change_for_level(m, claim, value, result, self._lex):
                    result = None  # "voted to raise the rate by 0.25%": the size of the change, not the new level
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and _owned_by_another(m, result, self._entities[index], reg, self._lex):
                    result = None  # "the Nasdaq's 1.6% loss" against Cisco's fall: another party's figure
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and _of_another_measure(m, result, self._vocabulary[index], self._lex):
                    # "annual percentage yields of 5%" against the Fed's range: a figure introduced as the
                    # measure of a noun the claim never uses is that measure's, not a wrong figure of this one
                    result = None
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and _level_after_change(m, result, self._vocabulary[index], self._lex):
                    # "Cisco's stock has risen 34% to $55.50 a share" against the $157 offered per share: the
                    # level a change reached, where the claim records no such change, is another measure's
                    result = None
                if isinstance(result, Discrepancy) and value.field in self._levels[index] \
                        and _change_size(m, result, self._lex):
                    # "core inflation fell by 0.2 per cent" against inflation that stood at 7.9%: the size of
                    # a change neither confirms nor contradicts a level
                    skip = skip or "the size of a change, against a level the claim records"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) and p.speakers \
                        and self._reading[index] and not any(reg.compatible(x, e) for x in p.speakers
                                                             for e in self._entities[index]):
                    # "The U.S. Geological Survey had initially said the earthquake had a magnitude of 5.6"
                    # against the Nepali centre's reading of 6.4: another source's reading, which the record
                    # does not settle (but "Kaplan said customers lost $18 billion" against a loss of $8
                    # billion is a wrong figure: the claim is no one's reading)
                    skip = skip or f"a figure given by another source ('{reg.name(p.speakers[0])}')"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and (day := _other_weekday(claim, m, p, self._lex)):
                    # "On Tuesday, the Dow rose 27 points" against Wednesday's 82-point gain: another day's figure
                    skip = skip or f"dated to another day ('{day}')"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and _aggregate(m, p, claim, self._lex):
                    result = None  # "800 employees in January and June": a total over two of the claim's dates
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) and any(
                        _fits(reg, e, p.pooled) for e in (actor, target) if e) and any(
                        not any(reg.compatible(e, c) for e in self._entities[index]) for c in p.pooled):
                    # "losses of $10 billion for customers, investors and lenders": a figure for the claim's
                    # party and others together is not the party's own
                    skip = skip or "a figure for several parties together"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and self._others_people(index, value, p):
                    skip = skip or "counts people another claim records"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) and self._per_period(index) \
                        and not _counted_per_period(m, result, self._lex):
                    # "3,000 flight cancellations in January" against 110 to 150 flights a day: a total is no
                    # wrong figure of a count the claim gives per period
                    skip = skip or "a total, against a count the claim gives per period"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and (cause := _another_cause(m, p, result, lambda: self._story_vocabulary(index), self._lex)):
                    # "27 people died due to cold in Jajarkot" against the quake's toll: a count put down to a
                    # cause the claim's wordings never name is that cause's, not a wrong count of this event
                    skip = skip or f"counts what another cause ('{cause}') did"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and not any(isinstance(v, PlaceValue) for v in claim.values) \
                        and _in_a_place(m, result, reg, self._lex):
                    # "employs 881 people in the country" against a headcount the record gives for no place:
                    # the figure of one place is a part of the whole
                    skip = skip or "counts the part in one place of a whole the claim counts"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) and (
                        _in_part(m, claim, reg) or _in_local_place(m, result, self._lex)
                        or _in_unknown_part(m, claim, reg, self._lex) or _places_together(m, claim, reg)):
                    # "In Rukum West, 52 were killed and 85 injured", "13 people in his village": a part's
                    # figures, not the whole's
                    skip = skip or "counts a part of the claim's place"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and self._breakdown_of_sibling(index, m, value, result):
                    # "92 died in Jajarkot and 36 in Rukum West" against Jajarkot's later 105: parts that add
                    # up to a figure the record holds (an earlier total of 128) are that report's breakdown
                    skip = skip or "a breakdown of another figure the record holds"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and (verb := self._counted_by_another(index, m, p, value, heads or {})):
                    # "About 1,500 employees will be impacted" against the headcount: the people the claim
                    # counts are the subject of another event
                    skip = skip or f"counts the people of another event ('{verb}')"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and not self._since[index] and _counted_since(m, p, self._lex):
                    # "Since March 2022 the FOMC has raised its rate by 525 basis points": a figure counted
                    # from a date is the series' total, not the one event the claim records
                    skip = skip or "a total since another date"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) and _named_group(result, reg):
                    # "Broadcom will fire 1,267 VMware employees": a count of the people of a name the base
                    # does not know is that name's, not the claim's
                    skip = skip or "counts the people of another name"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue) \
                        and _share_of_whole(m, p, claim, self._lex):
                    skip = skip or "counts a share of the whole the claim counts"
            if isinstance(result, Discrepancy):
                out.append(result)
                conflicts += isinstance(value, _IDENTITY)
                if isinstance(value, ActorValue | TargetValue):
                    rivals += 1
                    # the record's own cast is a swap to report, unless the record holds the same event by
                    # other actors ("Taylor joins the board", "Summers joins the board"): then one more
                    # joining ("Shear, who joined OpenAI on Monday") is a bystander too
                    strangers += (isinstance(value, ActorValue) and self._shared[index]) or all(
                        not any(reg.compatible(c, e) for e in self._cast)
                        for c in cands if not _fits(reg, value.entity, [c]))
            elif result:
                agree += 1
                identity += isinstance(value, _IDENTITY)
                # "President Paudel visited Jajarkot" against the prime minister's visit: people go to one
                # place in turn, so a place in common ties a person's act to the claim's no more than a date
                weak += isinstance(value, DateValue) or (isinstance(value, PlaceValue) and (broad or (
                    actor is not None and reg.kind(actor) is EntityKind.person)))
                if isinstance(value, ActorValue | TargetValue) and p.guessed and all(
                        c in p.guessed for c in cands if _fits(reg, value.entity, [c])):
                    weak += 1  # a party known only through a pronoun ties no more than a date does
        if rivals and (identity == weak or (
                strangers == rivals == len(out) and identity - weak == 1 and agree == identity)):
            # "Amazon eliminated 27,000 roles in January": a month in common does not make another party's
            # act this claim's event; nor does one party in common when the other is one no claim gives a
            # role ("Trump congratulated Milei" against Massa's call): many may do the same to one.
            # Unverified at most, with the reason
            identity = 0
        dated = {v.field for v in claim.values if isinstance(v, DateValue)}
        measured = {v.field for v in claim.values if isinstance(v, CountValue | QuantityValue)}
        if any(d.field in dated for d in out) and any(d.field in measured for d in out):
            # "annual inflation rose to 140% in September" against 142.7% in October: a figure of another
            # date is another reading of a series, not two errors at once
            skip = skip or "another occasion: both its date and its figure differ from the claim's"
        if any(d.field in dated for d in out) and any(isinstance(v, ActorValue | TargetValue) and v.field == d.field
                                                       for d in out for v in claim.values):
            # "since California sued the company in July" against the FTC's suit in December: another party's
            # act on another date is another event of the same kind, not two errors at once
            skip = skip or "another occasion: both its date and its party differ from the claim's"
        if self._possible[index] and not p.irrealis and any(d.field in dated for d in out):
            # "concluded its July meeting by making another rate hike" against a hike that may come in
            # September: a hike that was made is not the one that may be
            skip = skip or "an event that took place, against a claim about one that may"
        if self._forecast[index] and not p.irrealis and any(
                isinstance(v, CountValue | QuantityValue) and v.field == d.field for d in out for v in claim.values) \
                and not _looks_ahead(m, self._ahead):
            # "operating loss was 75 million euros for the quarter" against the loss Spotify had forecast: a
            # result, in a sentence that forecasts nothing, is not the forecast
            skip = skip or "a result, against a claim about a forecast"
        if out and agree:
            # "with 177 aboard" against 171 passengers, 6 crew and 177 people: a figure one of the claim's
            # own figures holds is not a wrong one for its siblings
            out = [d for d in out if not _held_by_sibling(claim, d, self._lex)]
        if out:
            # "None of the 177 passengers and crew were hurt" against 171 passengers and 6 crew: the figure
            # of two counted nouns together is the sum of the claim's counts, not a wrong one of either
            total = _counted_together(m, claim, self._lex)
            if total is not None:
                out = [d for d in out if total not in _found_values(d, self._lex)]
        own_date = any(isinstance(v, DateValue) for v in claim.values)
        years = self._years[index]
        if not own_date and any(d.year is not None and d.year not in years for d in p.times) and years:
            skip = skip or "dated to another year than the claim's event"
        start = self._story_start[index]
        if not own_date and start is not None and any(
                d.month is not None and (d.year or start.year) == start.year
                and _dt.date(start.year, d.month, d.day or 28) < start - _dt.timedelta(days=7) for d in p.times):
            skip = skip or "dated weeks before the story's event: an earlier one"
        if claim.attribution and p.speakers and any(_fits(reg, e, p.speakers) for e in claim.attribution):
            identity += 1  # "Azerbaijan accuses Spain of bias": the allegation's author is the one speaking
        mentioned = any(reg.compatible(a, b) for a in stated | named for b in self._entities[index])
        if self._entities[index] and not mentioned and not _has_measures(claim) and not (
                self._bare_allegation[index] and _similarity(m.text, self._wordings[index]) >= _ALLEGATION_LIKENESS):
            # an allegation whose only parties are its author and the story's place is stated as fact
            # without naming anyone ("Flimsy construction was to blame for the deaths"): wording ties it
            skip = skip or "names none of the claim's parties"
        if not self._entities[index] and p.span != (-1, -1):
            identity += 1  # a claim with no parties is identified by its event word
        negated = p.negated
        if negated and heads and any(other != index for other in heads.get(p.negator, ())):
            # "The central bank skipped a rate increase last month": the negation word is the event word
            # of another claim (a pause), so the sentence tells of that event, not a denial of this one
            skip = skip or f"the negation is another claim's event ('{m.tokens[p.negator].text}')"
        if negated and actor is not None and target is not None and p.agents and all(
                reg.compatible(target, e) and not reg.compatible(actor, e) and e not in p.guessed for e in p.agents) \
                and not any(reg.compatible(actor, e) for e in stated | named):
            # "Massa did not even win in most of the territory" against Milei's win over Massa: what the loser
            # did not do is no denial of what was done to him (but "Acme did not win approval from the
            # regulator", naming the claim's actor too, denies the regulator's approval)
            skip = skip or "denies the event for the party it was done to"
        if negated and self._refusal[index] and m.tokens[p.negator].low in self._lex.refusal_cues:
            negated = False  # "the judge denied the FTC's injunction request" is the refusal the claim records
        if negated and p.negator == p.span[1] + 1 and p.negator + 1 < len(m.tokens) and not any(
                ({t.low} | lemmas(t.low)) & self._vocabulary[index] for t in m.tokens[p.negator + 1:p.negator + 4]
                if t.low.isalpha() and t.low not in self._lex.determiners and t.low not in self._lex.clause_breaks):
            negated = False  # "the board found no sign that ...": no sign is not the plug the claim says was found
        if negated and p.negator < p.span[0] and not p.patients and (p.passive or any(
                t.low in self._lex.passive_auxiliaries for t in m.tokens[p.negator + 1:p.span[0]])) \
                and (thing := _passive_subject(m, p.negator, self._lex)) \
                and not ({thing} | lemmas(thing)) & self._vocabulary[index]:
            # "Those bolts have not yet been found" against the finding of the door plug: what was not found
            # is another thing than the claim's
            skip = skip or f"denies the event of another thing ('{thing}')"
        if negated and p.negator < p.span[0] and not p.passive \
                and (thing := _object_noun(m, p, self._lex, self._entities[index])) and not any(
                    ({w} | lemmas(w)) & self._vocabulary[index] for w in thing.split()) \
                and not self._act_noun(thing.split()[-1]):
            # "Microsoft will not acquire cloud rights for Activision's games" against the takeover of
            # Activision: what the negated act is done to is another thing than the claim's
            skip = skip or f"denies the event of another thing ('{thing}')"
        return Assessment(index, p.span, tuple(out), agree, identity, conflicts, negated, skip, 0.0, (),
                          # support needs the party in the event's own clause, not in "after Azerbaijan ...";
                          # those parties are among the sentence's, so a claim none of them names is not asked,
                          # and the clause bounds are only read when the event's own roles do not name one
                          mentioned and (any(reg.compatible(a, b) for a in stated for b in self._entities[index])
                                         or any(reg.compatible(a, b) for a in _near(m, p, self._subordinators)
                                                for b in self._entities[index])),
                          reversed_roles, p.reported_negation, attributed=p.attributed,
                          foreign=_stranger(opener, self._entities[index], reg)
                          or (actor is not None and any(
                              reg.kind(e) is reg.kind(actor)
                              and not any(reg.compatible(e, c) for c in self._entities[index])
                              # a possessive pronoun counts: "his 150-year sentence" after Madoff is Madoff's
                              for e in (*p.agents, *p.patients, *p.possessors)
                              if e not in p.guessed or e in p.possessors)))

    def _modified_by_rival(self, index: int, m: Mentions, p: Predication, heads: Mapping[int, list[int]]) -> str:
        """The word right before the event word (quotes skipped) when it is another claim's one-word keyword
        and none of this claim's words ("core" inflation, "services" inflation); else ""."""
        k = p.span[0] - 1
        while k >= 0 and m.tokens[k].low in ('"', "'"):
            k -= 1
        if k < 0 or (k == p.span[0] - 1 and m.tokens[k].end != m.tokens[p.span[0]].start - 1):
            return ""  # only a word written right before the event word modifies it
        rivals = heads.get(k, ())
        word = m.tokens[k].low
        forms = {word} | lemmas(word)
        if not rivals or index in rivals or not word.isalpha() or m.tokens[k].text[:1].isupper() \
                or forms & self._vocabulary[index] or not {"NOUN", "ADJ"} & set(readings(word)) \
                or "NOUN" not in readings(m.tokens[p.span[0]].low) or word in derivations(self._lex.language) \
                or (k > 0 and m.tokens[k - 1].low in self._lex.negation_bridge
                    and m.tokens[k - 1].low not in self._lex.determiners):
            # a verb's subject ("magnitude jolted") or a verb ("to appeal conviction") modifies nothing; an
            # event noun before another is its object ("the acquisition announcement"), no measure of its own
            return ""
        if not any(kw.lower() in forms for r in rivals for kw in self._claims[r].keywords if " " not in kw.strip()):
            return ""  # "consumer prices": the first word of another claim's phrase is no measure of its own
        return f"{m.tokens[k].text} {m.tokens[p.span[0]].text}"

    def _modified_by_noun(self, index: int, m: Mentions, p: Predication) -> str:
        """The two words when a plain noun the claim never uses stands right before its one-word event noun
        ("wage gap", "mortgage rates"); else ""."""
        a, b = p.span
        if a <= 0 or a != b or m.tokens[a - 1].end != m.tokens[a].start - 1:
            return ""
        before, word = m.tokens[a - 1], m.tokens[a]
        known = readings(before.low)
        # a word that may be a verb too is a noun only after an article ("a wage gap"; not "to book charges")
        noun = set(known) == {"NOUN"} or ("NOUN" in known and "ADJ" not in known and a >= 2
                                          and m.tokens[a - 2].low in self._lex.determiners)
        # (a plural before a participle is a subject: "Rukum districts killing 153 people"; "triple-digit
        # inflation" is a compound adjective)
        if not before.low.isalpha() or before.text[:1].isupper() or not noun or before.low.endswith(("ed", "ing")) \
                or word.low.endswith(("ing", "ed")) or (before.low.endswith("s") and not before.low.endswith("ss")) \
                or (a >= 2 and m.tokens[a - 2].low == "-") \
                or "NOUN" not in readings(word.low) or any(q.first <= a - 1 <= q.last for q in m.parties):
            return ""
        if before.low in self._no_compound or ({before.low} | lemmas(before.low)) & self._vocabulary[index]:
            return ""
        return f"{before.text} {word.text}"

    def _framed(self, a: Assessment, m: Mentions) -> bool:
        """Whether a framing word in the event's clause makes the allegation someone's view: one that is not
        the claim's own word, or any when the one the record says holds the view is named."""
        claim = self._claims[a.index]
        author = any(q.mention.entity in claim.attribution for q in m.parties if not q.resolved)
        return any(t.low in self._lex.framing_cues and (
            author or not ({t.low} | lemmas(t.low)) & self._vocabulary[a.index]) for t in _clause(m, a.span, self._lex))

    def _counted_by_another(self, index: int, m: Mentions, p: Predication, value: CountValue,
                            heads: Mapping[int, list[int]]) -> str:
        """The verb whose subject the event word is, when the event word is the very noun the claim counts
        and the verb is none of the claim's words, and either in the future ("1,500 employees will be
        impacted" against a headcount) or another claim's event word ("600 employees were laid off");
        else "". Any other past verb may be the claim's own event in other words ("92 fatalities have
        been reported")."""
        a, b = p.span
        if a < 0 or not base_forms(m.tokens[b].low) & count_heads(value):
            return ""
        lex = self._lex
        future = False
        for t in m.tokens[b + 1:b + 5]:
            if t.low in lex.future_auxiliaries:
                future = True
                continue
            if t.low in lex.passive_auxiliaries or t.low in lex.negation_bridge:
                continue
            kinds = readings(t.low)
            rival = any(r != index for r in heads.get(t.index, ()))
            if not (future or rival) or not t.low.isalpha() or "VERB" not in kinds or ("NOUN" in kinds and not rival):
                return ""
            return "" if ({t.low} | lemmas(t.low)) & self._vocabulary[index] else t.text
        return ""

    def _others_people(self, index: int, value: CountValue, p: Predication) -> bool:
        """"Two members, Haskel and Mann, voted for a bigger rise": a count of people the sentence names,
        all of whom another claim records, is not this claim's count."""
        head = value.noun.lower().split()[-1:]
        if not head or (head[0] not in self._lex.people_nouns and head[0] not in self._lex.person_nouns):
            return False
        people = [e for e in p.agents if e not in p.guessed and self._registry.kind(e) is EntityKind.person]
        return bool(people) and all(e in self._cast and e not in self._entities[index] for e in people)

    def _dated_object(self, index: int, m: Mentions, p: Predication, others: Sequence[int]) -> bool:
        """Whether the verb's object is an event word this claim never uses, owned by another claim whose
        date the sentence's agrees with: then the date is explained, and only then."""
        word = m.tokens[p.governed].low
        if index in others or ({word} | lemmas(word)) & self._vocabulary[index]:
            return False
        for other in others:
            for value in self._claims[other].values:
                if isinstance(value, DateValue) and KINDS[value.kind].compare(value, SlotContext(
                        m, p, self._registry, self._lex, self._keyword_words[other], years=self._years[other],
                        claim_words=self._vocabulary[other])) is True:
                    return True
        return False

    def _decide(self, m: Mentions, a: Assessment, story: frozenset[str]) -> Match | None:
        claim = self._claims[a.index]
        if a.skip:
            return None
        score = a.score if a.score >= 0 else round(_similarity(m.text, self._wordings[a.index]), 3)
        others = a.agreements - a.identity  # counts, amounts, durations that agree
        if a.reversed or (a.conflicts and not a.identity):
            if (a.agreements if a.reversed else others) == 0 or a.negated:
                return None  # every stated role or place disagrees: some other event
            reason = "reverses the roles the record holds" if a.reversed else "names other parties than the record"
            return Match(claim, Verdict.unverified, a.discrepancies, score,
                         f"{reason}: another event, or the parties are wrong", a.span, self._groups[a.index],
                         a.agreements - len(a.discrepancies), a.clean_spans, reversed=a.reversed)
        if a.negated and a.reported and claim.status is not Status.false and not self._stance[a.index]:
            return None  # reporting someone's denial neither confirms nor denies the record
        if a.negated and any(isinstance(v, DateValue) and d.field == v.field for d in a.discrepancies
                             for v in claim.values):
            return None  # "the Fed had skipped a hike at its June meeting" denies nothing of July's rise
        if a.negated and self._negative[a.index]:
            return None  # a negated sentence and a negative claim: their polarities cannot be compared word for word
        in_story = self.source_of(a.index) in story
        # within the story a figure may speak of its event without naming anyone, unless the event's own
        # roles name someone else ("Over 27,000 Amazon employees were affected" in a Spotify story)
        established = a.identity > 0 or (in_story and not a.foreign and not unknown_names(m, self._lex))
        # "Cisco expects the deal to ...", "his plans include ...": a view framed so, in words that are not the
        # claim's own ("the staff no longer forecast a recession" is the claim's forecast), is not a fact stated
        # ("Cisco expects ..." frames its own expectation when Cisco is the one the record says expects it)
        framed = claim.status is Status.alleged and self._framed(a, m)
        verdict, discrepancies, message = _verdict(claim, a, m, self._registry, framed)
        if verdict is Verdict.contradicted and not established:
            return None
        if verdict is Verdict.contradicted and a.span == (-1, -1) and a.conflicts:
            return None  # like in wording only, and another place or party: another event, not an error
        if verdict is Verdict.contradicted and self._request[a.index] and _has_measures(claim) \
                and not (m.numbers or m.durations or m.amounts) and all(
                any(v.field == d.field and isinstance(v, ActorValue | TargetValue) for v in claim.values)
                for d in discrepancies):
            # "Judge Kaplan recommended a prison near San Francisco" against "prosecutors recommended 40 to 50
            # years": a request is known by what it asks for, and many ask for something; a sentence that
            # states no figure and names another asker speaks of another request. A deed is not so:
            # "Kestrel bought the Orsa Line" contradicts "Velmar bought it for $40 million" without the price
            return None
        if verdict is not Verdict.supported and a.question:
            return None  # a question asserts nothing
        if verdict is Verdict.unverified and score < _ALLEGATION_LIKENESS and any(
                d.field == "attribution" for d in discrepancies):
            # "the risk of tipping the economy into a recession" shares a keyword with "Fed staff no longer
            # forecast a recession", but does not restate it: an allegation stated as fact must read like it
            return None
        if verdict is Verdict.unverified and m.text.lstrip()[:1] in _QUOTES and any(
                d.field == "attribution" for d in discrepancies):
            return None  # a sentence that is all quotation states nothing as fact: it is someone's words
        if verdict is Verdict.contradicted and any(t.low in self._lex.correction_cues for t in m.tokens):
            # "Initial reports said he had been sentenced to 20 years, since corrected to 25": a sentence
            # about a correction cites the wrong figure on purpose
            return None
        if verdict is Verdict.contradicted and m.text.lstrip()[:1] in _QUOTES and not m.attributed:
            # a sentence that is all quotation, its speaker named elsewhere: someone's words, which the
            # record cannot settle; an editor should check the quote, not correct a fact
            return Match(claim, Verdict.unverified, discrepancies, score,
                         "quotes someone saying otherwise than the record; check the quotation", a.span,
                         self._groups[a.index], a.agreements - len(discrepancies), a.clean_spans)
        if verdict is Verdict.supported and a.agreements == 0 and not a.named and (
                bool(claim.values) or score < 0.5):
            return None  # nothing of the claim was confirmed: an event word alone is not support
        return Match(claim, verdict, discrepancies, score, message, a.span, self._groups[a.index],
                     a.agreements - len(a.discrepancies), a.clean_spans, measured=a.agreements > a.identity)


def _without_phrases(text: str, phrases: Sequence[str]) -> str:
    for phrase in phrases:
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    return text


def _intensified(m: Mentions, p: Predication, intensifiers: AbstractSet[str], lex: Lexicon) -> str | None:
    """The word that calls the event great ("considerable progress"), if one qualifies the event word itself.

    "a significant hurdle, with lives lost" calls another noun great, and "without the kind of really
    significant downturn" denies the greatness it names: neither says the claim's little was much."""
    toks = m.tokens
    event = p.span[0]
    for j in range(max(p.lo, event - 3), event):
        if toks[j].low not in intensifiers:
            continue
        before = range(max(p.lo, j - 6), j)
        if any(toks[k].low in lex.negation_cues or toks[k].low in _NEGATORS for k in before
               if not any(t.text in ",;:" for t in toks[k:j])):
            continue
        return toks[j].text
    return None


def _subject_of(m: Mentions, p: Predication, entity: str) -> bool:
    """Whether the party stands right before the event word as its subject ("Kaplan said FTX customers
    lost ..."), not as the object of a verb of saying ("Peru accuses Norway of favouritism")."""
    return any(q.mention.entity == entity and (p.span[0] - q.last == 1 or (
        p.span[0] - q.last == 2 and m.tokens[q.last + 1].low not in _LINKING)) for q in m.parties)


def _clause_opener(m: Mentions, p: Predication, reg: EntityRegistry, lex: Lexicon) -> str | None:
    """The named party that opens the event's clause, or ``_UNKNOWN_OPENER`` for a name the base does not know,
    or None: what the clause is about even where the analysis binds it to no role of the event word ("The
    Nasdaq Composite dropped 17 points to finish at ...", "Peru recorded a tremor that killed 12"). Read once
    for each predication; which claims it keeps from being established is up to ``own`` in ``_compare``.

    The opening party is the first one before the event word that starts the clause or follows a comma, so
    "according to Peru, ...", "Peru's ..." and "talks between Norway and Peru" open nothing, nor does a party
    inside a relative clause; a resolved pronoun, a place or the speaker opens the clause as nobody."""
    if p.span[0] < 0:
        return None
    clause = _clause(m, p.span, lex)
    lo = clause[0].index if clause else 0
    if lo and m.tokens[lo - 1].low in lex.relative_pronouns:
        return None  # "Bankman-Fried, whom a jury convicted ..., plans to appeal": the party is the relative's
    for q in m.parties:
        if q.first < lo or q.last >= p.span[0] or m.tokens[q.last].low.endswith("'s"):
            continue
        k = q.first - 1
        while k >= lo and m.tokens[k].low in lex.determiners:
            k -= 1
        if k >= lo and m.tokens[k].low.isalnum():
            continue
        e = q.mention.entity
        return e if not q.resolved and reg.kind(e) is not EntityKind.place and e not in p.speakers else None
    return _UNKNOWN_OPENER if _opened_by_unknown_name(m, lo, p.span[0], lex) \
        or _opened_by_unknown_body(m, lo, p.span[0], lex) else None


_UNKNOWN_OPENER = "?"  # a clause opened by a name no entity holds: a stranger to every claim


def _stranger(opener: str | None, own: AbstractSet[str], reg: EntityRegistry) -> bool:
    """Whether the clause's opener (see ``_clause_opener``) is none of the claim's parties."""
    return opener is not None and (opener == _UNKNOWN_OPENER or not any(reg.compatible(opener, x) for x in own))


def _opened_by_unknown_name(m: Mentions, lo: int, event: int, lex: Lexicon) -> bool:
    """Whether the clause opens on a single name no entity holds and no dictionary knows, as the subject of
    the verb after it ("Broadcom is waiting for approval to purchase VMware for $70 billion", "Roos called
    for a sentence of 40 years"): someone the record does not know is the one acting. A word before a noun
    ("Canadian consumer prices") or in a title-case headline is no such subject."""
    tokens = m.tokens
    k = _clause_start(tokens, lo, event, lex)
    if k >= event:
        return False
    first, after = tokens[k], tokens[k + 1]
    # a capital inside the sentence marks a name even where the word is also in the dictionary ("when
    # Roos called for ...")
    named = unknown_word(first) or (k > 0 and first.text[:1].isupper() and first.text[1:].islower())
    if first.low in STOPWORDS or first.low in lex.months or first.low in lex.number_words \
            or first.low in lex.calendar_words or not named or after.text[:1].isupper():
        return False
    if title_cased(tokens):
        return False  # a title-case headline: capitals mark no names
    return k + 1 == event or _subject_verb(after, lex)  # the name right before the event word is its subject


def _clause_start(tokens: Sequence[Token], lo: int, event: int, lex: Lexicon) -> int:
    """The first word of the clause from ``lo`` that is neither an article nor punctuation."""
    k = lo
    while k < event and (tokens[k].low in lex.determiners or not tokens[k].low.isalnum()):
        k += 1
    return k


def _subject_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether the word after a name is the verb it is the subject of ("is waiting", "will pay", "paid")."""
    kinds = readings(tok.low)
    return tok.low in lex.passive_auxiliaries or tok.low in lex.future_auxiliaries or (
        "VERB" in kinds and "NOUN" not in kinds) or "AUX" in kinds


def _opened_by_unknown_body(m: Mentions, lo: int, event: int, lex: Lexicon) -> bool:
    """Whether the clause opens on a capitalised name of two or more words that no party covers, as the
    subject of the event word or of the verb after it ("The Central Bank of Kuwait raised ...", "The Riga
    City Council will pay ..."): a body the record does not know is the one acting. Not in a title-case
    headline, where capitals mark no names."""
    tokens = m.tokens
    k = _clause_start(tokens, lo, event, lex)
    if k + 1 >= event or not tokens[k].text[:1].isupper() or (not tokens[k + 1].text[:1].isupper() and \
            tokens[k + 1].low not in lex.partitive_prepositions):
        return False  # no two capitalised words open the clause
    covered = {i for q in m.parties for i in range(q.first, q.last + 1)}
    words = 0
    j = k
    while j < event and ((tokens[j].text[:1].isupper() and tokens[j].text.isalpha()) or (
            tokens[j].low in lex.partitive_prepositions and words and j + 1 < event
            and tokens[j + 1].text[:1].isupper())):
        if j in covered or tokens[j].low in lex.months:
            return False
        words += tokens[j].text[:1].isupper()
        j += 1
    if words < 2 or j > event or title_cased(tokens):
        return False
    while j < event and set(readings(tokens[j].low)) == {"ADV"}:
        j += 1  # "The Qatar Central Bank also raised"
    if j == event:
        return True
    if tokens[j].low in lex.attribution_verbs:
        return False  # "The Central Bank of Latvia said the takeover will cost ...": a source, not the actor
    return _subject_verb(tokens[j], lex)  # "The Riga City Council will pay"


def _near(m: Mentions, p: Predication, subordinators: frozenset[str]) -> set[str]:
    """Parties of the sentence not cut off from the event word by a subordinate clause boundary."""
    a, b = p.span
    if a < 0:
        return {q.mention.entity for q in m.parties}
    out = set()
    for q in m.parties:
        between = m.tokens[q.last + 1:a] if q.last < a else m.tokens[b + 1:q.first]
        if not any(t.low in subordinators for t in between):
            out.add(q.mention.entity)
    return out


def _shared_events(claims: Sequence[Claim]) -> list[bool]:
    """For each claim, whether another claim records an event of the same word done to the same party by
    another actor (two people joining one board): the record itself shows that many do that act."""
    keys = [(frozenset(k.lower() for k in c.keywords),
             frozenset(v.entity for v in c.values if isinstance(v, TargetValue)),
             frozenset(v.entity for v in c.values if isinstance(v, ActorValue))) for c in claims]
    by_target: dict[frozenset[str], list[int]] = {}
    for i, (_words, targets, _actors) in enumerate(keys):
        if targets:
            by_target.setdefault(targets, []).append(i)
    return [bool(targets) and bool(actors) and any(
        j != i and keys[j][0] & words and keys[j][2] and not keys[j][2] & actors for j in by_target[targets])
        for i, (words, targets, actors) in enumerate(keys)]


def _order(a: Assessment) -> tuple[bool, bool, int, int]:
    """Which of a claim's event words in one sentence speaks for it: one shown to be about its event, and
    among those the one that says most about it ("SENTENCE: Kaplan imposes a term of 45 years in prison":
    the term, not the bare label); else, cautiously, the one with fewest conflicts."""
    established = a.identity > 0 and a.conflicts == 0
    if established:
        return (bool(a.skip), False, -(a.agreements + len(a.discrepancies)), len(a.discrepancies))
    return (bool(a.skip), True, len(a.discrepancies), -a.agreements)


def _fits(reg: EntityRegistry, expected: str, cands: Iterable[str]) -> bool:
    return any(reg.compatible(expected, c) for c in cands)


def _has_measures(claim: Claim) -> bool:
    return any(isinstance(v, CountValue | QuantityValue | DurationValue | DateValue) for v in claim.values)


def _since_value(claim: Claim, value: DateValue) -> bool:
    """Whether the record gives the date as where a period starts: its phrase opens with "since", or the
    statement has "since" right before the date's year ("the longest run since 1987")."""
    if value.phrase and value.phrase.lower().split()[:1] == ["since"]:
        return True
    words = _WORD_OR_NUMBER.findall(claim.statement.lower())
    return value.year is not None and any(
        w == "since" and str(value.year) in words[i + 1:i + 4] for i, w in enumerate(words))


def _after_since(m: Mentions, times: Iterable[DateMention]) -> tuple[DateMention, ...]:
    """The dates a "since" comes before in their own clause ("since democracy was restored in 1983")."""
    out = []
    for d in times:
        k = d.first - 1
        while k >= 0 and m.tokens[k].low not in (";", ".", "since"):
            k -= 1
        if k >= 0 and m.tokens[k].low == "since" and d not in out:
            out.append(d)
    return tuple(out)


def _unknown_owner(m: Mentions, p: Predication, lex: Lexicon) -> str:
    """The capitalised possessive that owns the event noun across its figure and modifiers ("Milken's
    two-year sentence"), when no party of the base covers it; else ""."""
    tokens = m.tokens
    k = p.span[0] - 1
    while k >= 0 and p.span[0] - k <= 5 and (tokens[k].low[:1].isdigit() or tokens[k].low == "-"
                                             or tokens[k].low in lex.number_words or tokens[k].low in lex.time_nouns
                                             or set(readings(tokens[k].low)) == {"ADJ"}):
        k -= 1
    if k < 0:
        return ""
    owner = tokens[k]
    # a name the dictionary does not know ("Milken's"; not "Today's", "Labor's")
    if not owner.low.endswith("'s") or not owner.text[:1].isupper() or readings(owner.low[:-2]) \
            or any(q.first <= k <= q.last for q in m.parties):
        return ""
    return owner.text


def _looks_ahead(m: Mentions, ahead: AbstractSet[str]) -> bool:
    """Whether the sentence speaks of what is to come: a word of ``ahead`` (forecast, plan, possibility, future
    auxiliary), or a headline's "to" before a verb ("Layoffs to cost Spotify €130m")."""
    words = [t.low for t in m.tokens]
    return any(w in ahead for w in words) or any(
        w == "to" and i + 1 < len(words) and "VERB" in readings(words[i + 1]) for i, w in enumerate(words))


def _whole(m: Mentions) -> Predication:
    """The whole sentence as one predication, for claims matched on wording alone (no event word)."""
    places = tuple(p.mention.entity for p in m.parties if p.place)
    return Predication((-1, -1), 0, len(m.tokens) - 1, (), (), places, tuple(t for _i, t in m.unknown_places),
                       (), (), frozenset(), m.dates, False, False, False)


def _known_by(claim: Claim, sources: Mapping[str, Source], latest_of_both: bool = False) -> _dt.date | None:
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


def _story_years(claims: Sequence[Claim], sources: dict[str, Source]) -> list[frozenset[int]]:
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


def _story_starts(claims: Sequence[Claim], stories: Sequence[frozenset[int]]) -> list[_dt.date | None]:
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


def _far(own: frozenset[int], story: frozenset[int]) -> bool:
    """Whether a claim's own years lie two or more years from every year of its story."""
    return bool(own and story) and all(abs(y - s) >= 2 for y in own for s in story)


def _other_weekday(claim: Claim, m: Mentions, p: Predication, lex: Lexicon) -> str:
    """A weekday the event's clause names that is not the weekday of the claim's one recorded day, when the
    clause gives no date of its own; "" otherwise."""
    days = [v for v in claim.values if isinstance(v, DateValue) and v.day and v.end is None]
    found = weekday_named(days[0], m, p, lex) if len(days) == 1 and not p.times else None
    return found[1] if found is not None and not found[0] else ""


def _other_direction(claim: Claim, value: PlaceValue, m: Mentions, p: Predication, reg: EntityRegistry,
                     lex: Lexicon) -> bool:
    """Whether every place the event's clause names is given in another direction than the claim gives its
    place ("to California" against "took off from Portland"): an origin and a destination do not conflict."""
    words = _WORD.findall(claim.statement.lower())
    names = {w for name in (reg.name(value.entity), *(getattr(reg.get(value.entity), "aliases", ()) or ()))
             for w in _WORD.findall(name.lower())}
    own = {lex.directions[words[k - 1]] for k in range(1, len(words))
           if words[k] in names and words[k - 1] in lex.directions}
    if len(own) != 1:
        return False
    found = set()
    for q in m.parties:
        if q.mention.entity in p.places:
            before = m.tokens[q.first - 1].low if q.first else ""
            found.add(lex.directions.get(before, ""))
    return bool(found) and "" not in found and not found & own


def _lower_counts(claim: Claim, discrepancies: Sequence[Discrepancy], lex: Lexicon) -> bool:
    """Whether every conflict is a count lower than the one the claim records."""
    for d in discrepancies:
        value = next((v for v in claim.values if v.field == d.field), None)
        found = _found_values(d, lex)
        if not isinstance(value, CountValue) or not found or max(found) >= value.number:
            return False
    return True


def _own_dates(claim: Claim) -> frozenset[tuple[int | None, int | None, int | None]]:
    """The days, months or years a claim's own dates name."""
    return frozenset((v.year, v.month, v.day) for v in claim.values if isinstance(v, DateValue))


def _own_years(claim: Claim) -> frozenset[int]:
    """The years a claim's own dates name (a range's end included)."""
    years = {v.year for v in claim.values if isinstance(v, DateValue) and v.year}
    years |= {v.end.year for v in claim.values if isinstance(v, DateValue) and v.end and v.end.year}
    return frozenset(years)


def _vocabulary(claim: Claim) -> frozenset[str]:
    """Every word the claim uses, with its lemmas: its statement, aliases, keywords and counted nouns."""
    nouns = [w for v in claim.values if isinstance(v, CountValue) for w in (v.noun, *v.noun_aliases)]
    words = {w for text in (claim.statement, *claim.aliases, *claim.keywords, *nouns)
             for w in _WORD.findall(text.lower())}
    return frozenset(words | {lemma for w in words for lemma in lemmas(w)})


def _claim_entities(claim: Claim) -> set[str]:
    named = {str(getattr(v, "entity")) for v in claim.values if hasattr(v, "entity")}  # noqa: B009
    return named | set(claim.attribution)


def _inside_name(m: Mentions, span: tuple[int, int]) -> bool:
    """Whether a keyword is written capitalised inside a name: within a known party's name after its first
    word, or amid capitalised words no party covers, not at the sentence's start ("the New York Stock
    Exchange"). A title that starts or stands beside a known name stays a word ("President Ilham Aliyev")."""
    a, b = span
    tokens = m.tokens
    if a <= 0 or not all(tokens[i].text[:1].isupper() for i in range(a, b + 1)):
        return False
    if any(p.first < a and b <= p.last for p in m.parties if not p.resolved):
        return True  # a word within a known name, after its first: "Stock" of "New York Stock Exchange"
    named = {i for p in m.parties for i in range(p.first, p.last + 1)}

    def capital(i: int) -> bool:
        return 0 < i < len(tokens) and tokens[i].text[:1].isupper() and tokens[i].text.isalpha() and i not in named
    if any(i in named for i in range(a - 1, b + 2)):
        return False  # the keyword is, or stands beside, a known party's name
    return capital(a - 1) or capital(b + 1)


def _in_fixed_phrase(words: Sequence[str], span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the keyword at ``span`` lies inside one of the pack's set phrases, written with spaces or
    hyphens ("short term", "short-term")."""
    a, b = span
    for phrase in lex.fixed_phrases:
        for form in (phrase, tuple(w for word in phrase for w in (word, "-"))[:-1]):
            for start in range(max(0, b - len(form) + 1), a + 1):
                if tuple(words[start:start + len(form)]) == form and start + len(form) > b:
                    return True
    return False


def _particle(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """A keyword that is a lone particle ("up") right after a verb, with no figure after it: part of a
    phrasal verb ("sped up the rivalry", "set up a team"), not the claim's "shares were up 38%"."""
    a, b = span
    if a != b or m.tokens[a].low not in lex.particles or a == 0:
        return False
    if "VERB" not in readings(m.tokens[a - 1].low) or m.tokens[a - 1].low in lex.passive_auxiliaries:
        return False
    return not any(t.low[:1].isdecimal() or t.low in lex.number_words for t in m.tokens[a + 1:a + 4])


def _merge(spans: list[tuple[int, int]], m: Mentions, every: frozenset[tuple[int, int]] = frozenset(),
           lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Join keyword occurrences of one claim that belong to one phrase ("48 hours to leave"), never across
    another claim's event word ("ousts two diplomats in retaliation for expulsions": two events)."""
    lex = lex or lexicon()
    breaks = lex.clause_breaks
    own = set(spans)
    # a people noun ("sentenced the FTX founder to 25 years") describes a party; it is no event of its own
    events = {(s, e) for s, e in every - own if not (s == e and m.tokens[s].low in lex.people_nouns)}
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        between = any(merged[-1][1] < s and e < start for s, e in events) if merged else False
        # nor across a negation of some other word: "the changes we are announcing are not a result of our
        # agreement" denies the result, not the announcement or the agreement ("the vote was not unanimous"
        # still denies its phrase)
        if merged and not between and not any(t.low in breaks or (t.low in lex.negation_cues and t.index < start - 2)
                                              for t in m.tokens[merged[-1][1] + 1:start]):
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
    # "157 dead: 105 in Jajarkot and 52 in Rukum West": sibling claims each confirmed by their own figure
    # are all supported, not only the best
    chosen = {id(m) for m in kept}
    kept += [m for m in found if m.span != (-1, -1) and id(m) not in chosen and m.verdict is Verdict.supported
             and m.measured and best[(m.group, m.span)].verdict is Verdict.supported
             and _figures(m.claim) and not _figures(m.claim) & _figures(best[(m.group, m.span)].claim)]
    # "France has expelled two diplomats from Azerbaijan's embassy" confirms France's expulsion; that it
    # reads Azerbaijan's the other way round is the same fact seen from its mirror, not a doubt
    confirmed = {span for m in kept if m.verdict is Verdict.supported for span in (m.span, *m.clean_spans)}
    kept = [m for m in kept if not (m.reversed and m.span in confirmed)]
    kept += free
    kept.sort(key=lambda m: (m.span, m.claim.id if m.claim else ""))
    return kept


def _another_occasion(found: list[Match]) -> list[Match]:
    """Doubt, rather than contradict, when one sentence would contradict a date of one claim and a figure of
    another, confirming none: "Meanwhile, a 5.8-magnitude earthquake struck at 4:31 p.m." against the main
    quake's magnitude and time is another quake, not two slips in one sentence."""
    wrong = [m for m in found if m.verdict is Verdict.contradicted and m.claim is not None and m.discrepancies]
    if len(wrong) < 2 or any(m.verdict is Verdict.supported for m in found):
        return found
    kinds = {id(m): {type(v) for v in m.claim.values for d in m.discrepancies if v.field == d.field}
             for m in wrong if m.claim is not None}  # (always: the check narrows the type)
    dated = [m for m in wrong if DateValue in kinds[id(m)]]
    measured = [m for m in wrong if kinds[id(m)] & {CountValue, QuantityValue, DurationValue}]
    if not any(a is not b for a in dated for b in measured):
        return found
    return [m._replace(verdict=Verdict.unverified, message="another occasion: it differs from one claim's date "
                       "and another's figure, and confirms none") if id(m) in kinds else m for m in found]


def _explained(found: list[Match], lex: Lexicon, fitting: Sequence[Claim] = ()) -> list[Match]:
    """Drop conflicts on a figure that another claim, supported in the same sentence, accounts for.

    "Turnout reaches 76% in second-round vote": the 76% is the turnout the record holds, so it is no wrong
    vote share; "after 600 in January, Spotify cuts 1,500 more jobs": the 1,500 is the new cut, not a wrong
    January figure. A figure one claim confirms is read, and it is not evidence against a sibling.
    """
    # a bound ("more than 7%") accounts for no particular figure
    supported = [m.claim for m in found if m.verdict is Verdict.supported and m.claim]
    held = [recorded(v.number, v.to, None, v.tolerance, v.approx) for claim in (*supported, *fitting)
            for v in claim.values if isinstance(v, CountValue | QuantityValue) and v.bound is None]
    if not held:
        return found
    out = []
    for match in found:
        if match.verdict is not Verdict.contradicted:
            out.append(match)
            continue
        left = tuple(d for d in match.discrepancies if not any(
            any(h.lo <= v <= h.hi for h in held) for v in _found_values(d, lex)))
        if len(left) == len(match.discrepancies):
            out.append(match)
        elif left:
            out.append(match._replace(discrepancies=left, message=_contradiction_message(left)))
    return out


def _level_fields(claim: Claim, lex: Lexicon) -> frozenset[str]:
    """The fields of the figures the statement gives as a level: not after "by", nor right after or before a
    word of change ("rose 9%", "cut 17% of staff", "closed 7% higher"), whose figure is the change itself."""
    figures = [v for v in claim.values if isinstance(v, QuantityValue)]
    if not figures:
        return frozenset()
    tokens = tuple(tokenize(claim.statement))
    amounts = read_amounts(tokens, read_numbers(tokens, lex), lex)
    out = set()
    for value in figures:
        at = next((a for a in amounts if abs(a.value - value.number) <= a.precision), None)
        if at is not None and at.first and not _after_change(tokens, at.first, lex, by=True) and not (
                at.last + 1 < len(tokens) and tokens[at.last + 1].low in lex.change_words):
            out.add(value.field)  # "closed more than 7% higher" gives the change too
    return frozenset(out)


def _found_values(d: Discrepancy, lex: Lexicon) -> set[float]:
    """The figures written in the text a discrepancy found ("177 passengers and crew" -> {177})."""
    return {n.value for n in read_numbers(tokenize(d.found), lex)}


def _figure_owner(m: Mentions, d: Discrepancy, lex: Lexicon) -> str | None:
    """The party whose name the figure a discrepancy found is written right after, with no other name
    closer ("Milei had 57.7%", "gives Milei 58.69%", "Massa's 44.3%"): that party's figure."""
    starts = [a.first for a in _found_amounts(m, d)] + [n.first for n in _found_counts(m, d, lex)]
    for start in starts:
        before = [q for q in m.parties if q.last < start and not q.resolved]
        if before:
            q = max(before, key=lambda q: q.last)
            # a place owns no figure ("landing in Portland with 177 aboard"), nor does a name a preposition
            # leads away from; a possessive or a verb between hands it over ("Massa's", "Milei had")
            between = m.tokens[q.last + 1].low if start - q.last == 2 else ""
            if not q.place and start - q.last <= 2 and (
                    not between or between in _POSSESSIVE or "VERB" in readings(between)):
                return q.mention.entity
    return None


def _found_amounts(m: Mentions, d: Discrepancy) -> list[Amount]:
    """The amounts of the sentence written as the figure discrepancy ``d`` found."""
    return [a for a in m.amounts if a.text == d.found]


def _found_counts(m: Mentions, d: Discrepancy, lex: Lexicon) -> list[Number]:
    """The counts of the sentence whose figure is one discrepancy ``d`` found."""
    found = _found_values(d, lex)
    return [n for n, _after in m.counts if n.value in found]


def _after_preposition(tokens: Sequence[Token], n: Number, prepositions: AbstractSet[str],
                       filler: Callable[[Token], bool]) -> tuple[int, int] | None:
    """The first preposition of ``prepositions`` within three words after the figure, and the first word
    after it that is no ``filler`` ("in one household": "household"), or None."""
    for k in range(n.last + 1, min(n.last + 4, len(tokens) - 1)):
        if tokens[k].low in prepositions:
            j = k + 1
            while j < len(tokens) - 1 and filler(tokens[j]):
                j += 1
            return k, j
    return None


def _owned_by_another(m: Mentions, d: Discrepancy, own: AbstractSet[str], reg: EntityRegistry,
                      lex: Lexicon) -> bool:
    """Whether the figure found stands right after a named party's possessive ("the Nasdaq's 1.6% loss",
    "Alphabet's 12,000 job cuts") and that party is none of the claim's: the figure is that party's."""
    owners = {q.last: q.mention.entity for q in m.parties
              if not q.resolved and m.tokens[q.last].low.endswith("'s")}
    if not owners:
        return False
    firsts = [a.first for a in _found_amounts(m, d)] + [n.first for n in _found_counts(m, d, lex)]
    return any((e := owners.get(first - 1)) is not None and not any(reg.compatible(e, x) for x in own)
               for first in firsts)


def _of_another_measure(m: Mentions, d: Discrepancy, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure found is written as "NOUN of FIGURE" ("yields of 5%", "a net profit of 65 million
    euros" against a loss), with a noun the claim's wordings never use and that is no mere word for a figure
    ("a price of", "a total of", lex.value_nouns)."""
    tokens = m.tokens
    for a in _found_amounts(m, d):
        k = a.first - 1
        if k < 1 or tokens[k].low not in lex.partitive_prepositions:
            continue
        noun = tokens[k - 1].low
        if noun.isalpha() and "NOUN" in readings(noun) and noun not in lex.value_nouns \
                and noun not in lex.number_words and not ({noun} | lemmas(noun)) & vocabulary:
            return True
    return False


def _level_after_change(m: Mentions, d: Discrepancy, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure found is the level a change reached ("rose 34% to $55.50", "fell to 5%"), in the
    same clause, by a change with no object ("its stock rose", not "raised its offer"), where the claim's
    wordings use no change word and no linking verb: the claim records an act, neither a change nor a level,
    so the level is another measure's."""
    tokens = m.tokens
    for a in _found_amounts(m, d):
        k = a.first - 1
        if k < 1 or tokens[k].low not in lex.level_prepositions:
            continue
        for j in range(k - 1, max(-1, k - 13), -1):
            word = tokens[j].low
            if word in lex.clause_breaks:
                break
            if j == k - 1 and (word, tokens[k].low) in lex.number_bounds:
                break  # "up to 75 million": a bound, not a change
            if word in lex.change_words and word not in lex.change_prepositions and word.isalpha():
                after = tokens[j + 1]
                # "raised its offer to $45": the change has an object, which may well be the claim's figure
                intransitive = after.low[:1].isdigit() or after.low in lex.level_prepositions \
                    or after.low in lex.change_prepositions
                # a claim that records a level ("inflation was 3%") or a change is read by the figure a change
                # reached; a claim of another act ("Acme will pay 40 euros a share") is not
                return intransitive and not vocabulary & lex.linking_verbs and not any(
                    w in vocabulary for w in lex.change_words if w.isalpha() and w not in lex.change_prepositions)
    return False


def _change_size(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is written as the size of a change: after "fell by", "rose by", or right
    after a word of change, past any bound ("shares rallying more than 40%", "jumped about 21%")."""
    tokens = m.tokens
    for a in _found_amounts(m, d):
        if a.first >= 2 and tokens[a.first - 1].low in lex.change_prepositions \
                and any(t.low in lex.change_words for t in tokens[max(0, a.first - 3):a.first - 1]):
            return True
        if _after_change(tokens, a.first, lex):
            return True
    return False


def _after_change(tokens: tuple[Token, ...], first: int, lex: Lexicon, by: bool = False) -> bool:
    """Whether the figure starting at ``first`` comes right after a word of change, past any bound ("rose
    9%", "rallying more than 40%", "fell about 4%"), or, with ``by``, right after "by" ("reduce its
    workforce by about 17%"): the figure is the size of the change."""
    k = first - 1
    while k >= 0 and (bound := phrase_ending(tokens, k, lex.number_bounds)) is not None:
        k = bound[0] - 1  # past "more than", "about", "nearly"
    if k < 0:
        return False
    word = tokens[k].low
    if word in lex.change_prepositions:
        return by
    return word in lex.change_words and word.isalpha()


def _change_for_level(m: Mentions, claim: Claim, value: QuantityValue, d: Discrepancy, lex: Lexicon) -> bool:
    """A figure after "by" read against a level ("5%") of a claim that also records the change in a unit of
    change (percentage points): it is the change, which copy often writes with "%" too."""
    own = unit_of(value.unit, lex)
    if own is None or own.dimension in lex.change_dimensions or not any(
            isinstance(v, QuantityValue) and (other := unit_of(v.unit, lex)) is not None
            and other.dimension in lex.change_dimensions for v in claim.values):
        return False
    # "by 0.25%", or "the 0.25% interest rate hike": the change's own figure
    return any((a.first and m.tokens[a.first - 1].low in lex.change_prepositions)
               or any(t.low in lex.change_words for t in m.tokens[a.last + 1:a.last + 4])
               for a in _found_amounts(m, d))


def _aggregate(m: Mentions, p: Predication, claim: Claim, lex: Lexicon) -> bool:
    """Two coordinated dates where the claim has one ("800 staff in January and June"), or a figure "of"
    an event noun in the plural ("100 bps of increases"): figures are totals."""
    if not any(isinstance(v, DateValue) and v.end is None for v in claim.values):
        return False
    if any(isinstance(v, DateValue) and v.month is not None for v in claim.values) and lex.year_to_date \
            and _phrase_after_figure(m, lex.year_to_date):
        return True  # "let go about 800 workers already this year" against January's 600: the year's total
    a, b = p.span
    if a >= 2 and m.tokens[a - 1].low in lex.partitive_prepositions and m.tokens[b].low.endswith("s") \
            and lemmas(m.tokens[b].low) - {m.tokens[b].low} and any(
                a - 4 <= last < a - 1 for last in (*(n.last for n, _after in m.counts), *(x.last for x in m.amounts))):
        return True  # "a total of 100 bps of increases in 2023": a figure of several events together
    times = sorted((d for d in p.times if d.hour is None), key=lambda d: d.first)
    return any((x.year, x.month, x.day) != (y.year, y.month, y.day) and 0 < y.first - x.last <= 3
               and "and" in (t.low for t in m.tokens[x.last + 1:y.first])
               and all(t.low in _COORDINATION for t in m.tokens[x.last + 1:y.first])
               for x, y in pairwise(times))


def _counted_since(m: Mentions, p: Predication, lex: Lexicon) -> bool:
    """Whether the event is counted from a date: "since 2015" in its window, or a "Since March 2022" that
    opens its clause."""
    a = p.span[0]
    return any(not _superlative_before(m, d.first - 1) for d in p.since) or (a > 0 and any(
        d.first >= 1 and m.tokens[d.first - 1].low == "since" and d.last < a
        and not any(t.low in lex.clause_breaks for t in m.tokens[d.last + 1:a]) for d in m.dates))


def _superlative_before(m: Mentions, since: int) -> bool:
    """"the most severe since 2015", "its lowest price since August": a record the date is measured for,
    which says nothing of what the rest of the sentence counts."""
    return any(t.low == "most" or (t.low.endswith("est") and "ADJ" in readings(t.low))
               for t in m.tokens[max(0, since - 6):since])


def _named_group(d: Discrepancy, reg: EntityRegistry) -> bool:
    """Whether a name no entity holds, and no dictionary knows, stands between the figure found and its
    noun ("1,267 VMware employees")."""
    return any(unknown_word(t) and not reg.find(t.text) for t in tokenize(d.found)[1:])


def _share_of_whole(m: Mentions, p: Predication, claim: Claim, lex: Lexicon) -> bool:
    """"17% of Spotify's headcount is around 1,500 employees": a count set beside a share of a whole is the
    share's, not the whole's. A claim that records a share itself compares it as its own."""
    if any(isinstance(v, QuantityValue) and (u := unit_of(v.unit, lex)) is not None and u.dimension == "percent"
           for v in claim.values):
        return False
    return any(a.first >= p.lo and a.last + 1 < len(m.tokens) and m.tokens[a.last + 1].low == "of"
               and (u := unit_of(a.unit, lex)) is not None and u.dimension == "percent" for a in m.amounts)


def _in_part(m: Mentions, claim: Claim, reg: EntityRegistry) -> bool:
    """The sentence places its figures in one part of the claim's place ("in Jajarkot" against a toll for
    all of Nepal) and never names that place itself; two parts are a breakdown beside the whole's figure
    ("157 dead: 105 in Jajarkot and 52 in Rukum West")."""
    whole = _claim_places(claim)
    if not whole:
        return False
    related = {p.mention.entity for p in m.parties if not p.resolved
               and reg.kind(p.mention.entity) in (EntityKind.place, EntityKind.country)
               and (p.mention.entity in whole or whole & set(reg.ancestors(p.mention.entity)))}
    if related & whole or not related:
        return False
    if len(related) == 1:
        return True
    # "55 individuals in Jajarkot, 72 in Rukum West, 2 in Dailekh", "150 people were injured in Jajarkot, 85 in
    # Rukum West, one in Rolpa": every figure is placed in a part (or in a place the base does not know)
    places = {p.first for p in m.parties if p.mention.entity in related} | {i for i, _name in m.unknown_places}
    starts = {n.first for n in m.numbers}

    def placed(n: Number) -> bool:
        for k in range(n.last + 1, min(len(m.tokens), n.last + 7)):
            if k in places:
                return True
            if k in starts or m.tokens[k].low in (":", ";"):
                return False  # "the toll to 157 dead: 105 in Jajarkot": the next figure's place
        return False
    return bool(m.counts) and all(placed(n) for n, _after in m.counts)


def _claim_places(claim: Claim) -> set[str]:
    """The places a claim's values name: the whole whose parts a sentence may count."""
    return {v.entity for v in claim.values if isinstance(v, PlaceValue)}


def _places_together(m: Mentions, claim: Claim, reg: EntityRegistry) -> bool:
    """The sentence places its figure in the claim's place and another together ("claimed 154 lives in
    Jajarkot and Rukum West"): the figure is both places' total, not the claim's place's own."""
    whole = _claim_places(claim)
    if not whole:
        return False
    places = [p for p in m.parties if not p.resolved and (
        p.place or reg.kind(p.mention.entity) in (EntityKind.place, EntityKind.country))]
    for left, right in pairwise(places):
        if right.first != left.last + 2 or m.tokens[left.last + 1].low not in ("and", "&") or not any(
                n.last < left.first <= n.last + 6 for n, _after in m.counts):
            continue  # the pair must be where the figure is: "154 lives in Jajarkot and Rukum West"
        inside = [e in whole for e in (left.mention.entity, right.mention.entity)]
        other = right.mention.entity if inside[0] else left.mention.entity
        if any(inside) and not all(inside) and not whole & set(reg.ancestors(other)) \
                and not {other} & {a for w in whole for a in reg.ancestors(w)}:
            return True
    return False


def _in_unknown_part(m: Mentions, claim: Claim, reg: EntityRegistry, lex: Lexicon) -> bool:
    """The sentence places a figure in a place the base does not know, named as lying in the claim's place
    ("eight died in Kushe Rural Municipality of Jajarkot"): a part's figure, not the whole's."""
    whole = _claim_places(claim)
    if not whole or not m.unknown_places:
        return False
    starts = {p.first: p.mention.entity for p in m.parties if not p.resolved}
    tokens = m.tokens
    for first, name in m.unknown_places:
        k = first + len(name.split())  # the word after the name, as the reader joined it with single spaces
        if k + 1 < len(tokens) and (tokens[k].low in lex.partitive_prepositions or tokens[k].low == "in"):
            j = k + 1 + (tokens[k + 1].low in lex.determiners)
            held = starts.get(j)
            if held is not None and (held in whole or whole & set(reg.ancestors(held))):
                return True
    return False


def _counted_per_period(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is given per period ("210 flights a day", "250 flights daily")."""
    found = _found_values(d, lex)
    return any(rate_after(m.tokens, n.last, lex) for n, _after in m.counts if n.value in found or n.high in found)


def _another_cause(m: Mentions, p: Predication, d: Discrepancy, vocabulary: Callable[[], frozenset[str]],
                   lex: Lexicon) -> str | None:
    """The cause the figure found is put down to in its own clause ("died due to cold", "lost their lives
    because the government could not pay", "the cold has claimed the lives of 34"), when none of its words is
    one of ``vocabulary()`` (asked only when a cause is written: the story's words are gathered over all its
    claims); else None."""
    words = [t.low for t in m.tokens]
    for n in _found_counts(m, d, lex):
        for k in range(n.last + 1, min(len(words), n.last + 16)):
            marker = next((c for c in lex.cause_markers if tuple(words[k:k + len(c)]) == c), None)
            if marker is not None:
                return _cause_named(m, k + len(marker), vocabulary(), lex)
            if words[k] in lex.clause_breaks:
                break
    subject = _taker(m, p, lex)
    return None if subject is None else _cause_named(m, subject[0], vocabulary(), lex, subject[1])


def _taker(m: Mentions, p: Predication, lex: Lexicon) -> tuple[int, int] | None:
    """Where the subject of "claimed/took/cost the lives of" begins and ends, when the event noun is that
    verb's object and no party or people noun heads the subject: the subject is what took the lives."""
    words = [t.low for t in m.tokens]
    k = p.span[0] - 1
    while k >= 0 and words[k] in lex.determiners:
        k -= 1
    if k < 1 or words[k] not in lex.taking_verbs:
        return None
    k -= 1
    while k >= 0 and ("AUX" in readings(words[k]) or set(readings(words[k])) == {"ADV"}):
        k -= 1  # "has already claimed"
    head = k
    while k >= 0 and words[k] not in lex.clause_breaks and words[k] not in lex.determiners:
        k -= 1
    start = k + 1 if k < 0 or words[k] in lex.clause_breaks else k
    if head < start or words[head] in lex.people_nouns or any(
            q.first <= head <= q.last for q in m.parties):
        return None
    return start, head


def _cause_named(m: Mentions, k: int, vocabulary: frozenset[str], lex: Lexicon, end: int = -1) -> str | None:
    """The first word of a cause that starts at token ``k`` (and ends at ``end``, if known), unless a word of
    the claim's or a name is in it ("due to the earthquake", "because of the Jajarkot quake" are the claim's
    own cause)."""
    named = {i for p in m.parties if not p.resolved for i in range(p.first, p.last + 1)}
    content: list[str] = []
    for t in m.tokens[k:end + 1 if end >= 0 else k + 5]:
        if not t.low.isalpha() or (content and (t.low in lex.location_prepositions or t.low in lex.clause_breaks)):
            break  # "due to cold in Jajarkot": the cause ends where its place begins
        if t.low in lex.determiners or t.low in lex.passive_auxiliaries or not readings(t.low):
            continue
        if t.index in named or (t.text[:1].isupper() and t.index > 0) or (
                {t.low} | lemmas(t.low)) & (vocabulary | lex.generic_causes):
            return None  # (a capital opening the sentence names nothing; "the disaster" is any story's)
        content.append(t.text)
    return content[0] if content else None


def _in_a_place(m: Mentions, d: Discrepancy, reg: EntityRegistry, lex: Lexicon) -> bool:
    """Whether the figure found is placed, right after its noun, in a country or place: a named one ("in the
    UK") or one named by its kind ("in the country")."""
    starts = {q.first: q for q in m.parties}
    for n in _found_counts(m, d, lex):
        placed = _after_preposition(m.tokens, n, lex.location_prepositions - {"to", "from"},
                                    lambda t: t.low in lex.determiners)
        if placed is not None:
            party = starts.get(placed[1])
            kind = reg.kind(party.mention.entity) if party is not None else None
            return m.tokens[placed[1]].low in lex.place_kind_nouns or (
                kind is not None and kind.value in ("country", "place"))
    return False


def _in_local_place(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is placed in a place smaller than any the record counts for, named only by
    its kind ("among 13 people in his village killed", "four in one household"): a part of the toll."""
    for n in _found_counts(m, d, lex):
        # "in one household", "of the same family"
        placed = _after_preposition(m.tokens, n, lex.location_prepositions | lex.partitive_prepositions,
                                    lambda t: t.low in lex.determiners or t.low == "one"
                                    or set(readings(t.low)) == {"ADJ"})
        if placed is not None and placed[1] > placed[0] + 1 and m.tokens[placed[1]].low in lex.local_places:
            return True
    return False


def _other_period(m: Mentions, own: frozenset[str], lex: Lexicon) -> bool:
    """The sentence names only other periods than the claim measures over ("monthly" against "annual",
    "finished the day up 21%" against a gain over a year)."""
    stated = _periods_named(_HYPHENATED.findall(m.text.lower()), lex) | _periods_named([t.low for t in m.tokens], lex)
    return bool(stated) and not stated & own


def _periods_named(words: Sequence[str], lex: Lexicon) -> set[str]:
    """The periods that words name, as single words ("annual") or phrases ("over the past year")."""
    found = {lex.period_words[w] for w in words if w in lex.period_words}
    for phrase, period in lex.period_phrases.items():
        n = len(phrase)
        if period not in found and any(tuple(words[i:i + n]) == phrase for i, w in enumerate(words)
                                       if w == phrase[0]):
            found.add(period)
    return found


def _phrase_after_figure(m: Mentions, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` follows a figure of the sentence within a few words ("800 workers already
    this year"), not in a clause of its own ("the third round of layoffs this year")."""
    words = [t.low for t in m.tokens]
    ends = [n.last for n, _after in m.counts if not n.ordinal] + [a.last for a in m.amounts]
    return any(tuple(words[i:i + len(ph)]) == ph for ph in phrases for e in ends
               for i in range(e + 1, min(len(words), e + 5)) if words[i] == ph[0])


def _held_by_sibling(claim: Claim, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure of discrepancy ``d`` is what another figure of the same claim records (for a date:
    the year of another date of the claim, "its longest run since January 1987" against a claim dated 26 July
    2023 and measured since 1987)."""
    own = next((v for v in claim.values if v.field == d.field), None)
    if isinstance(own, DateValue):
        years = {int(y) for y in _YEAR.findall(d.found)}
        return bool(years) and years <= {v.year for v in claim.values
                                         if isinstance(v, DateValue) and v.field != d.field and v.year}
    if isinstance(own, CountValue) and any(base_forms(w) & count_heads(own) for w in _WORD.findall(d.found.lower())):
        return False  # "900 jets" against 65 jets is wrong whatever else the claim counts
    held = [recorded(v.number, v.to, None, v.tolerance, v.approx) for v in claim.values
            if isinstance(v, CountValue | QuantityValue) and v.bound is None and v.field != d.field]
    return bool(held) and any(h.lo <= v <= h.hi for h in held for v in _found_values(d, lex))


def _object_noun(m: Mentions, p: Predication, lex: Lexicon, own: AbstractSet[str]) -> str:
    """The plain noun phrase right after an active event verb when one of the claim's parties is named only
    in a phrase after it ("acquire cloud rights for the games of Activision", "buy shares in Borealis"):
    a thing of that party, not the party. "" otherwise ("completed its purchase": the act's own noun)."""
    tokens = m.tokens
    k = p.span[1] + 1
    while k < len(tokens) and tokens[k].low in lex.determiners:
        k += 1
    starts = {q.first for q in m.parties}
    words: list[str] = []
    while k < len(tokens) and len(words) < 3 and k not in starts and tokens[k].low.isalpha() \
            and tokens[k].text.islower() and tokens[k].low not in lex.clause_breaks \
            and not readings(tokens[k].low).keys() <= _FUNCTION_READINGS:
        words.append(tokens[k].low)
        k += 1
    if not words or "NOUN" not in readings(words[-1]) or k >= len(tokens) or k in starts \
            or not readings(tokens[k].low).keys() <= _FUNCTION_READINGS:
        return ""
    # the phrase runs to a mark or a relative pronoun; conjunctions may join nouns inside it ("the PC and
    # console games of X")
    end = next((j for j in range(k, min(len(tokens), k + 10)) if tokens[j].low in lex.clause_breaks
                and (not tokens[j].low.isalpha() or tokens[j].low in lex.relative_pronouns)), k + 10)
    return " ".join(words) if any(k < q.first < end and q.mention.entity in own for q in m.parties) else ""


def _passive_subject(m: Mentions, negator: int, lex: Lexicon) -> str:
    """The noun a negated passive is said of, right before its auxiliaries ("those bolts have not yet been
    found" -> bolts), or "" when that word is no common noun (a name, a pronoun, a number)."""
    tokens = m.tokens
    k = negator - 1
    while k >= 0 and (tokens[k].low in lex.passive_auxiliaries or tokens[k].low in lex.negation_bridge
                      or set(readings(tokens[k].low)) == {"ADV"}):
        k -= 1  # "the bolts have still not been found"
    if k < 0:
        return ""
    relative = next((r for r in range(k - 1, max(0, k - 14), -1) if tokens[r].low in lex.relative_pronouns
                     or tokens[r].low == "that" or tokens[r].low in (",", ";", ":")), 0)
    hung = relative > 0 and tokens[relative].low not in (",", ";", ":")
    if hung:
        k = relative - 1  # "four bolts that were supposed to hold the plug in place were not recovered"
    word = tokens[k]
    if not word.low.isalpha() or (word.text[:1].isupper() and k > 0) or "NOUN" not in readings(word.low):
        return ""
    if hung:
        return word.low  # the noun a relative clause hangs from ends its phrase
    j = k - 1  # the noun phrase's start: "those bolts", "the four missing bolts", "bolts"
    while j >= 0 and j > k - 4 and (tokens[j].low in lex.number_words or tokens[j].low.isdecimal()
                                    or "ADJ" in readings(tokens[j].low)) and tokens[j].low not in lex.determiners:
        j -= 1
    return word.low if j < 0 or tokens[j].low in lex.determiners or not tokens[j].low.isalnum() else ""


def _counted_together(m: Mentions, claim: Claim, lex: Lexicon) -> float | None:
    """The figure the sentence gives for two or more of the claim's counted nouns together, when it is
    their sum ("177 passengers and crew" for 171 passengers and 6 crew), else None."""
    counts = [v for v in claim.values if isinstance(v, CountValue) and v.bound is None and v.to is None]
    if len(counts) < 2:
        return None
    for n, _after in m.counts:
        following = {f for t in m.tokens[n.last + 1:n.last + 7] for f in base_forms(t.low)}
        named = [v.number for v in counts if following & count_heads(v)]
        if len(named) >= 2 and n.value == sum(named):
            return n.value
    return None


def _figures(claim: Claim | None) -> frozenset[float]:
    return frozenset(v.number for v in claim.values if isinstance(v, CountValue | QuantityValue)) if claim \
        else frozenset()


def _rank(match: Match) -> tuple[int, int, float, float]:
    """Fewest discrepancies first, then the best fit ("Jajarkot counts 501 dead" is about the Jajarkot toll);
    among claims that fit alike, the one whose figure is nearest the text's ("raised the toll to 167" is
    about the 157 total, not the 105 of one district)."""
    return (len(match.discrepancies) + (match.verdict is not Verdict.supported), -match.fit,
            _distance(match.discrepancies), -match.score)


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _distance(discrepancies: tuple[Discrepancy, ...]) -> float:
    """How far the stated figures are from the recorded ones, relatively (1 for anything not numeric)."""
    total = 0.0
    for d in discrepancies:
        expected, found = _FIGURE.search(d.expected), _FIGURE.search(d.found)
        if expected is None or found is None:
            total += 1.0
            continue
        e, f = float(expected.group().replace(",", "")), float(found.group().replace(",", ""))
        total += min(1.0, abs(e - f) / max(abs(e), abs(f), 1e-9))
    return total


def _similarity(text: str, wordings: Sequence[str]) -> float:
    """The best token-set likeness of the sentence to one of a claim's wordings (lower-cased once per base);
    one ``extractOne`` call scores them all without a Python call per wording."""
    found = process.extractOne(text.lower(), wordings, scorer=fuzz.token_set_ratio)
    return found[1] / 100.0 if found is not None else 0.0


def _clause(m: Mentions, span: tuple[int, int], lex: Lexicon) -> Sequence[Token]:
    """The tokens of the clause holding the event word, with what it is coordinated with and what is set
    off by commas or quoted ("Cisco expects the deal to ... and gross margin expansion"): from the break
    before it to the break after it, where a break is a subordinator or a semicolon."""
    first, last = span
    if first < 0:
        return m.tokens
    breaks = lex.clause_breaks - _SOFT_BREAKS
    lo = max((t.index for t in m.tokens[:first] if t.low in breaks), default=-1) + 1
    hi = min((t.index for t in m.tokens[last + 1:] if t.low in breaks), default=len(m.tokens))
    return m.tokens[lo:hi]


_SOFT_BREAKS = frozenset((",", "and", "or", '"', "(", ")"))


def _verdict(claim: Claim, a: Assessment, m: Mentions, reg: EntityRegistry,
             framed: bool = False) -> tuple[Verdict, tuple[Discrepancy, ...], str]:
    discrepancies = a.discrepancies
    who = ", ".join(reg.name(e) for e in claim.attribution) or "someone"
    if claim.status is Status.alleged:
        if discrepancies:
            return Verdict.contradicted, discrepancies, _contradiction_message(discrepancies)
        if a.negated:
            return (Verdict.unverified, (Discrepancy("polarity", f"alleged by {who}", "denied"),),
                    f"denies an allegation made by {who}; the record does not settle it")
        if not (m.attributed and a.attributed) and not framed:
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
