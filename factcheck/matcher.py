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
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from factcheck import plain
from factcheck._claimfacts import (
    HYPHENATED,
    NEGATORS,
    WORD,
    actors_of,
    affirmed_terms,
    claim_entities,
    content_words,
    far_from,
    fits,
    forecast_looks_to_date,
    has_measures,
    keyword_groups,
    known_by,
    own_years,
    shared_events,
    since_value,
    story_starts,
    story_years,
    targets_of,
    vocabulary_of,
    without_phrases,
)
from factcheck._clauses import (
    UNKNOWN_OPENER,
    ClauseFacts,
    after_since,
    clause_facts,
    clause_of,
    compared_since,
    dates_another_noun,
    denied_object,
    denies_others,
    denies_severe,
    distanced,
    during_event,
    in_fixed_phrase,
    indefinite_occurrence,
    inside_name,
    intensified,
    is_particle,
    is_stranger,
    looks_ahead,
    merge_spans,
    named_otherwise,
    near_parties,
    object_noun,
    occasion_of,
    other_direction,
    owner_of_fitting,
    passive_subject,
    plural_subject,
    pronouns,
    repeated_occurrence,
    subject_of,
    unknown_owner,
    whole_sentence,
)
from factcheck._figure_rules import FigureRules
from factcheck._figures import (
    aggregate,
    change_for_level,
    change_size,
    counted_together,
    figure_owner,
    found_values,
    grade_after_change,
    held_by_sibling,
    instalment_of_total,
    length_of_another_event,
    level_after_change,
    level_fields,
    lower_counts,
    of_another_measure,
    one_of_counted,
    other_period,
    owned_by_another,
    period_of_event,
    periods_named,
    stated_in_claim,
    wished_for,
)
from factcheck._siblings import EARLIER, TALLY_SPREAD, Siblings
from factcheck._verdicts import (
    Assessment,
    Match,
    another_occasion,
    claim_figures,
    compete,
    explained,
    order_of,
    recurring_occasion,
    similarity,
    verdict_of,
)
from factcheck.analysis import Predication, analyse
from factcheck.cache import Column
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy, Verdict
from factcheck.index import STOPWORDS, BM25Index, terms
from factcheck.keywords import KeywordIndex, base_forms, derivations, lemmas, readings, split_keyword
from factcheck.kinds import KINDS, MEASURES
from factcheck.kinds import Context as SlotContext
from factcheck.kinds.base import Unconfirmed
from factcheck.kinds.count import heads as count_heads
from factcheck.kinds.count import told_as_rising
from factcheck.kinds.entity import among_places
from factcheck.kinds.numbers import hedge
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import Mentions, in_a_region, title_cased, unknown_names
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


_IDENTITY = (ActorValue, TargetValue, PlaceValue, DateValue)
_NO_FACTS = ClauseFacts()  # a whole sentence read for a claim with no event word: no clause of its own
_MONTH = 28 * 86400  # seconds: a time placed this far back is before any story's own days
_UNIT_PERIODS = {"P1D": "day", "P1W": "week", "P7D": "week", "P1M": "month", "P3M": "quarter", "P1Y": "year",
                 "P12M": "year"}
_LETTERS = re.compile(r"[A-Za-z]+")
_LATER_EVENT = 7  # days after the latest event a document tells beyond which a claim is of a later event
_ANOTHER_ERA = 15  # years between a claim's date and a sentence's beyond which it is another event
_ALLEGATION_LIKENESS = 0.45  # wording likeness that ties a party-less sentence to a bare allegation
_QUOTES = frozenset('"“«‘\'')


class Matcher(Siblings, FigureRules):
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
        self._groups = keyword_groups(self._claims)
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
        # the words of each statement, read once for the claim-kind flags below
        statement_words = [frozenset(WORD.findall(c.statement.lower())) for c in self._claims]
        # claims about what someone says, wants or intends ("justified the move as reciprocal", "intends to
        # appeal"): their own speaker's denial contradicts them, and a wish or plan word is their event
        self._subordinators = (lex.value_breaks_left | lex.value_breaks_right) - {"that", "as", ";", ":", "(", ")"}
        stance = lex.attribution_verbs | lex.attribution_cues | lex.irrealis_cues | lex.stance_words
        self._stance = [bool(words & stance) for words in claim_words]
        # claims about what may happen ("may raise rates again in September"): an event the sentence says
        # did happen is another one, whatever its date
        self._possible = [bool(words & lex.possibility_cues) for words in claim_words]
        # claims about the odds of an event ("rated the chance of reaching orbit at 50-50"): a sentence saying
        # the event did not happen denies no odds
        self._odds = [bool(words & lex.likelihood_nouns) for words in statement_words]
        # claims that something was called off ("the charges against him were dropped"): "he will not face
        # prosecution" denies the thing called off, which is what they say
        self._cancelled = [bool(words & lex.cancel_verbs) for words in statement_words]
        self._hours_of: dict[int, frozenset[int]] = {}  # filled by FigureRules._another_reading on first need
        # claims about what is still required ("the agreement must be ratified by the members"): a denial
        # that it has happened agrees with them; only "will not need", "won't be ratified" deny them
        self._pending = [bool(words & lex.obligation_cues) or bool(
            set(WORD.findall(" ".join(c.aliases).lower())) & lex.obligation_cues)
            for words, c in zip(statement_words, self._claims, strict=True)]
        # claims about a forecast ("Spotify expects an operating loss of €93m-€108m"): a figure the sentence
        # reports as a result is not the forecast one
        self._forecast = [bool(words & lex.forecast_words) for words in statement_words]
        # claims about a poll or a projection themselves ("an exit poll gave the party 35 seats")
        self._estimated = [bool(words & lex.estimate_sources) for words in statement_words]
        self._ahead = lex.forecast_words | lex.irrealis_cues | lex.possibility_cues | lex.future_auxiliaries
        # words that never make a compound with the event noun after them ("its gap", "all votes", "they felt")
        self._no_compound = (lex.time_nouns | lex.determiners | lex.relative_pronouns | lex.quantifiers
                             | lex.number_words | lex.number_starts | lex.person_refs | lex.thing_refs
                             | lex.group_pronouns | lex.partitive_pronouns)
        self._measure_vocabulary: dict[int, frozenset[str]] = {}  # filled by _measure_words as claims are read
        self._content: dict[int, frozenset[str]] = {}  # filled by _content_words
        # "talks have advanced very little": a negated sentence ("have not made progress") may agree
        self._intensifiers = lex.intensifiers
        # "no fewer than 128" bounds a figure; only a negator outside such a phrase makes a claim negative
        # (the phrases are struck out only from the few statements that hold a negator at all)
        bounds = [" ".join(b) for b in lex.number_bounds]
        negators = NEGATORS | lex.diminishers
        self._negative = [bool(statement_words[i] & negators) and bool(
            set(WORD.findall(without_phrases(c.statement.lower(), bounds))) & negators)
            for i, c in enumerate(self._claims)]
        # the statement's words no negator or diminisher governs ("was a majority ..., so no run-off is
        # needed": the majority is affirmed), with their lemmas
        self._affirmed_terms = [affirmed_terms(c.statement, NEGATORS, lex.diminishers) if self._negative[i]
                                else frozenset() for i, c in enumerate(self._claims)]
        # claims with a keyword that holds its own negation ("had not lost", for an unbeaten run)
        self._negated_keyword = [any(set(split_keyword(k)) & lex.negation_cues for k in c.keywords)
                                 for c in self._claims]
        # claims about an order ("an area of one mile around the site was ordered evacuated")
        self._ordered = [bool(words & lex.causative_verbs) for words in statement_words]
        # claims about a request or a wish ("prosecutors asked for 40 to 50 years"), by their statement
        self._request = [bool(words & lex.irrealis_cues) for words in statement_words]
        # claims that record a reading or an estimate by their actor ("the centre measured it at magnitude 6.4")
        # (or says whose reading it gives: "according to the USGS the epicentre lay 18 km south")
        self._reading = [bool(words & lex.measuring_verbs) or (
            any(words.issuperset(phrase) for phrase in lex.source_phrases) and _cites(claim.statement, lex))
            for words, claim in zip(statement_words, self._claims, strict=True)]
        # claims that are themselves a refusal, in their statement or any wording ("refused to halt the deal")
        self._refusal = [bool(set(WORD.findall(" ".join(self._wordings[i]))) & lex.refusal_cues)
                         for i in range(len(self._claims))]
        self._entities: Sequence[frozenset[str]] = Column(frozenset(claim_entities(c)) for c in self._claims)
        self._cast = frozenset().union(*self._entities)  # every party some claim gives a role
        self._shared = shared_events(self._claims)
        self._vocabulary: Sequence[frozenset[str]] = Column(vocabulary_of(c) for c in self._claims)
        self._story_words: dict[str, frozenset[str]] = {}  # every word a source's claims use, read when asked
        # the periods a claim's change is measured over: named in its wording, or its own one-unit duration
        # beside a measured figure ("38% in the 12 months before the deal", P1Y)
        self._periods: Sequence[frozenset[str]] = Column(
            frozenset({p for text in (c.statement, *c.aliases, *c.keywords)
                       for p in periods_named(HYPHENATED.findall(text.lower()), lex)}
                      | ({_UNIT_PERIODS[v.iso] for v in c.values
                          if isinstance(v, DurationValue) and v.iso in _UNIT_PERIODS}
                         if any(isinstance(v, QuantityValue) for v in c.values) else set()))
            for c in self._claims)
        # the figures a claim's own statement gives as a level ("stood at 7.9%"), not as a change ("rose 9%")
        self._levels: Sequence[frozenset[str]] = Column(level_fields(c, lex) for c in self._claims)
        self._bare_allegation = [c.status is Status.alleged and all(
            registry.kind(e) is EntityKind.place or e in c.attribution for e in self._entities[i])
            for i, c in enumerate(self._claims)]
        plain_sources = {sid: plain.source(s) for sid, s in (sources or {}).items()}
        stories = story_years(self._claims, plain_sources)
        # the day each claim was known by: its own latest full date, else its source's publication; a report
        # dated earlier cannot be held to it ("13th rise in a row" in June against the 14th in August)
        self._known_by = [known_by(c, plain_sources) for c in self._claims]
        # the latest day the record knows of: a year after it dates a goal or a forecast, never a record
        self._horizon = max((d for c in self._claims if (d := known_by(c, plain_sources, latest_of_both=True))),
                            default=None)
        self._years: Sequence[frozenset[int]] = Column(own_years(c) or stories[i]
                                                       for i, c in enumerate(self._claims))
        # the first day the story's own dated claims record: a clause dated well before it, for a claim that
        # has no date of its own, tells of an earlier event ("On October 2, two earthquakes of magnitude 6.2 ...")
        self._story_start = story_starts(self._claims, stories)
        # a dated claim outside its story's years is background ("the 2015 quake killed almost 9,000")
        self._background = [far_from(own_years(c), stories[i]) for i, c in enumerate(self._claims)]
        self._since = ["since" in words for words in statement_words]
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

    def _content_words(self, index: int) -> frozenset[str]:
        """The statement's words beyond its event words, names and dates; read on first need."""
        if index not in self._content:
            self._content[index] = content_words(self._claims[index], STOPWORDS)
        return self._content[index]

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

    def _early_counts(self, m: Mentions, assessments: Sequence[Assessment]) -> set[str]:
        """Sources of which the sentence gives a count as a floor below the record ("killing at least 37
        people", "more than 40 killed" against 157): an early report, written while its figures still rose."""
        out: set[str] = set()
        # "so far", "initially", "rose to": a sentence that tells its figures as a tally still rising gives
        # each of them as a floor too ("The death toll rose to 70", "So far 92 bodies have been recovered")
        rising = told_as_rising(m.tokens, self._lex)
        floors = [(n, after if not rising else (*after, *(t.low for t in m.tokens[max(0, n.first - 4):n.first])))
                  for n, after in m.counts
                  if not n.ordinal and (rising or hedge(m.tokens, n.first, n.last, self._lex) in ("min", "over"))]
        out |= self._earlier_tally(m, assessments)
        if not floors:
            return out
        for a in assessments:
            source = self.source_of(a.index)
            if a.skip or a.negated or source is None or source in out:
                continue
            for v in self._claims[a.index].values:
                # (a record of "at least 48" is a floor as well: "at least 27" is the same toll, earlier)
                if isinstance(v, CountValue) and v.bound in (None, "min") and v.to is None and any(
                        n.value < v.number and any(base_forms(w) & count_heads(v) for w in after[:8])
                        for n, after in floors):
                    out.add(source)
        return out

    def _earlier_tally(self, m: Mentions, assessments: Sequence[Assessment]) -> set[str]:
        """Sources of which the sentence gives exactly a tally the story records for an earlier hour ("As many
        as 128 people have been reported dead" where the story records 128 in the morning and 157 later):
        the document tells the story at that hour."""
        out: set[str] = set()
        stated = [(n.value, after) for n, after in m.counts if not n.ordinal]
        for a in assessments:
            source = self.source_of(a.index)
            if a.skip or a.negated or source is None or source in out:
                continue
            for v in self._claims[a.index].values:
                if not isinstance(v, CountValue) or v.to is not None:
                    continue
                heads = count_heads(v)
                if not any(value == v.number and any(base_forms(w) & heads for w in after[:4])
                           for value, after in stated):
                    continue
                # a later figure of the same tally (_same_tally)
                if any(isinstance(w, CountValue) and w.number > v.number and count_heads(w) & heads
                       and w.number <= TALLY_SPREAD * v.number
                       for j in self._group_of(a.index) if j != a.index and self.source_of(j) == source
                       and self._same_tally(a.index, j)
                       for w in self._claims[j].values):
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
                           if (kept := [span for span in found if not is_particle(m, span, self._lex)])}
        if self._lex.fixed_phrase_words & set(words):
            # "in the short term": a keyword inside a set phrase names no event ("a four-year term")
            occurrences = {index: kept for index, found in occurrences.items()
                           if (kept := [span for span in found if not in_fixed_phrase(words, span, self._lex)])}
        every = frozenset(span for found in occurrences.values() for span in found)
        merged = {index: merge_spans(found, m, every, self._lex) for index, found in occurrences.items()}
        spans = sorted({span for found in merged.values() for span in found})
        predications = analyse(m, spans, self._registry, self._lex)
        heads: dict[int, list[int]] = {}  # the claims whose event word starts at a token
        for index, found in merged.items():
            for first, _last in found:
                heads.setdefault(first, []).append(index)
        facts = {span: clause_facts(m, p, self._registry, self._lex) for span, p in predications.items()}
        # "the New York Stock Exchange": a keyword written inside a name is part of the name, no event of a
        # claim; it is still read as an event word above, so the roles of the events around it stay as they are
        named_spans = {span for span in spans if inside_name(m, span, self._registry)}
        if named_spans and title_cased(m.tokens):
            named_spans = set()
        out: list[Assessment] = []
        for index in occurrences:
            found = [span for span in merged[index] if span not in named_spans] if named_spans else merged[index]
            if not found:
                continue
            result = self._judge(index, m, found, predications, named, heads, facts)
            if result is not None:
                out.append(result)
        if self._free:
            whole: dict[tuple[int, int], Predication] | None = None  # built for the first claim it is needed for
            for doc, _score in self._free_index.top(terms(m.text), 10):
                if self._free[doc] in occurrences:
                    continue  # already read at its event word
                if whole is None:
                    whole = {(-1, -1): whole_sentence(m)}
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
        kept = compete(found)
        if len(kept) < len(found):
            kept += self._set_aside(m, found, kept)
        # "Mr Milei had 57.7%" against Massa's first-round share: a figure written right after another
        # party's name is that party's, not a wrong one of this claim's
        kept = [f for f in kept if not (
            f.verdict is Verdict.contradicted and f.claim is not None and f.discrepancies
            and (own := claim_entities(f.claim)) and all(
                (owner := figure_owner(m, d, self._lex)) is not None
                and not any(self._registry.compatible(e, owner) for e in own) for d in f.discrepancies))]
        found = another_occasion(explained(kept, m, self._lex, fitting))
        # "Over 1,500 Employees Laid Off" against January's 600 job cuts, where December's cut of 1,500 shares
        # the event words: a count that is exactly what a sibling claim records is that claim's figure
        index_of = {self._claims[a.index].id: a.index for a in assessments}
        if any(f.verdict is Verdict.contradicted for f in found):
            kept = []
            for f in found:
                why = (self._sibling_figure(index_of[f.claim.id], f.discrepancies, m)
                       or (not f.measured and self._sibling_date(index_of[f.claim.id], f.discrepancies, m))
                       or self._sibling_party(index_of[f.claim.id], f.discrepancies)) \
                    if f.verdict is Verdict.contradicted and f.claim is not None else ""
                if why == EARLIER and earlier is not None and f.claim is not None and f.claim.provenance:
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
                     and f.claim.provenance.source in earlier and lower_counts(f.claim, f.discrepancies, self._lex)
                     else f for f in found]
        if not found and m.checkworthy and not assessments:
            found.append(Match(None, Verdict.uncovered, (), 0.0,
                               "states checkable facts that no claim in the record covers"))
        return found

    def _set_aside(self, m: Mentions, found: Sequence[Match], kept: Sequence[Match]) -> list[Match]:
        """Verdicts that competition set aside although they stand on their own party: "Mr Milei had 57.7% to
        Mr Massa's 44.3%" confirms Massa's share and contradicts Milei's, two sibling claims on one event word,
        each with the figure written right after its party's name; and a sibling whose own parties the
        sentence names, confirmed on the same figures as the one kept."""
        chosen = {id(f) for f in kept}
        named = [q.mention.entity for q in m.parties if not q.resolved]
        back = []
        for f in found:
            if id(f) in chosen or f.claim is None:
                continue
            winner = next((k for k in kept if k.group == f.group and k.span == f.span and k.claim is not None), None)
            if winner is None or winner.verdict is not Verdict.supported or winner.claim is None:
                continue
            own = claim_entities(f.claim) - claim_entities(winner.claim)
            if f.verdict is Verdict.contradicted and f.discrepancies and own \
                    and all(self._owns(m, d, own) for d in f.discrepancies):
                back.append(f)
            elif f.verdict is Verdict.supported and not f.discrepancies \
                    and (actors := actors_of(f.claim) - claim_entities(winner.claim)) \
                    and targets_of(f.claim) == targets_of(winner.claim) \
                    and claim_figures(f.claim) == claim_figures(winner.claim) \
                    and all(any(self._registry.compatible(e, n) for n in named) for e in actors):
                # "leading Governor Moore and Mayor Scott to declare states of emergency": one act the record
                # holds for each of two parties, both named doing it, confirms both claims
                back.append(f)
        return back

    def _owns(self, m: Mentions, d: Discrepancy, parties: AbstractSet[str]) -> bool:
        """Whether the figure a discrepancy found is written right after a name of one of ``parties``."""
        owner = figure_owner(m, d, self._lex)
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
               facts: Mapping[tuple[int, int], ClauseFacts] | None = None) -> Assessment | None:
        claim = self._claims[index]
        score = -1.0  # the wording likeness is costly: measured only where it decides, else for the verdicts
        if not spans:
            score = similarity(m.text, self._wordings[index])
            if score < self._free_min_score:
                return None
            spans = [(-1, -1)]
        elif not self._entities[index] and not has_measures(claim):
            score = similarity(m.text, self._wordings[index])
            if score < 0.5:
                return None  # a keyword alone, with no party or value to confirm it, needs some likeness of wording
        best: Assessment | None = None
        clean: list[tuple[int, int]] = []
        stranger: Assessment | None = None
        results: list[Assessment] = []
        for span in spans:
            result = self._compare(index, m, predications[span], named, heads, (facts or {}).get(span, _NO_FACTS))
            results.append(result)
            if not result.discrepancies and not result.negated and not result.skip:
                clean.append(span)
            if best is None or order_of(result) < order_of(best):
                best = result
            if result.foreign and result.conflicts and not result.skip and stranger is None:
                stranger = result
        assert best is not None
        if best.agreements == 0 and not best.discrepancies and not best.skip \
                and len(m.amounts) + len(m.counts) == 1:
            # "Cisco will buy Splunk for $57 per share, paid in cash": the second event word says nothing of
            # the claim, so it cannot vouch for it; the one that states the sentence's only figure speaks for
            # the claim (with several figures, which one each event word states is less plain)
            roles = {v.field for v in claim.values if isinstance(v, ActorValue | TargetValue)}
            stated = [r for r in results if r.discrepancies and not r.skip and not r.negated and not r.conflicts
                      and not any(d.field in roles for d in r.discrepancies)]
            if stated:
                best, clean = stated[0], []
        if stranger is not None and best.identity == 0 and best.conflicts == 0:
            # "Deezer will shed 17% of its workforce ..., the third round of layoffs this year": the event
            # noun that restates the event names nobody of its own, so the other party stated for the
            # same event is not outweighed by it
            best, clean = stranger, []
        return Assessment(best.index, best.span, best.discrepancies, best.agreements, best.identity,
                          best.conflicts, best.negated, best.skip, round(score, 3) if score >= 0 else score,
                          tuple(clean), best.named,
                          best.reversed, best.reported, m.text.rstrip().rstrip('"\'').endswith("?"),
                          best.attributed, best.foreign, best.definite, best.unconfirmed)

    def _compare(self, index: int, m: Mentions, p: Predication, named: set[str],
                 heads: Mapping[int, list[int]] | None = None, facts: ClauseFacts = _NO_FACTS) -> Assessment:
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
        if p.told_at and not self._stance[index] \
                and " ".join(t.low for t in m.tokens[p.span[0]:p.span[1] + 1]) not in self._lex.occasion_nouns:
            # "Kawaakoa said at an evacuation shelter on Wednesday": where someone spoke, not the claim's event
            # (unless the claim is about what was said there)
            skip = skip or "names where someone spoke, not the claim's event"
        if heads and (rival := self._modified_by_rival(index, m, p, heads)):
            # "\"core\" inflation rose 4.8%" against headline inflation, where another claim's keyword is
            # "core": the word before the event word names that claim's measure, not this one's
            skip = f"names another claim's measure ('{rival}')"
        if not skip and (thing := self._modified_by_noun(index, m, p)):
            # "Milei denies that there is a wage gap" against the runoff's gap in points: a noun the claim never
            # uses, written before its one-word event noun, names another thing of that name
            skip = f"names another thing ('{thing}')"
        if not skip and self._entities[index] and (owner := unknown_owner(m, p, self._lex)):
            # "Milken's two-year sentence gave him a second chance": an event noun owned by a name the base does
            # not know is that one's event, not the event of the parties the claim names
            skip = f"the event of a name the record does not know ('{owner}')"
        head = facts.relative
        if not skip and head and not ({head} | lemmas(head)) & self._vocabulary[index] \
                and head not in derivations(self._lex.language) \
                and not (facts.verb_between and self._act_noun(m.tokens[p.span[0]].low)):
            # "followed by a series of tremors, which had a magnitude of four or lower": the relative clause
            # says its values of the noun it hangs from, a thing the claim never names (another claim's
            # event, as "a landslide, which killed 9", included; an act noun such as "the expulsion" may
            # stand for the claim's own event, and so does one the clause's verb takes as its object: "the
            # grounding, which followed the Jan. 5 blowout")
            skip = f"said of another thing ('{head}')"
        if not skip and (owner := facts.owner) \
                and not any(reg.compatible(owner, e) for e in self._entities[index]) \
                and any(reg.compatible(r, e) for r in (*p.agents, *p.patients) for e in self._entities[index]):
            # "will buy Pioneer for $59.5 billion based on ExxonMobil's closing price on October 5" against
            # Pioneer's close on 10 October: the claim's party, read into the event from another verb, is
            # outweighed by the stranger whose possessive owns the event noun itself (with no such party,
            # "Apple's shares closed 7% higher", the stranger conflicts with the claim's party as usual)
            skip = f"the event of another party ('{reg.name(owner)}')"
        if not skip and targets_of(claim) and (outsider := facts.outsider):
            # "Exxon purchased XTO Energy in 2009" against Exxon's purchase of Pioneer: the act done to a name
            # the base does not know is another act of the same actor
            skip = f"done to a name the record does not know ('{outsider}')"
        if p.one_of_series and not ({p.one_of_series} | lemmas(p.one_of_series)) & self._vocabulary[index]:
            # "the fifth game of third set lasted 26 minutes" against the final's length: one of a series of
            # things the claim never names, a part of its event
            skip = skip or f"said of one of a series ('{p.one_of_series}')"
        if p.modifier:
            skip = skip or "the event word only qualifies another noun"
        if p.gloss:
            skip = skip or "a definition in brackets, not a statement of the story"
        # a claim about a wish or plan takes its own wish words ("would", "advised"), not another's ("weighed
        # smaller cuts through 2024" is no date of a cut the claim says Spotify would make)
        if self._periods[index] and other_period(m, self._periods[index], self._lex):
            # "in the month of October alone prices rose 8.3%" is no annual rate; "it has never made an
            # annual net profit" denies nothing of a quarter's
            skip = skip or "measured over another period than the claim's"
        elif self._periods[index] and (period := period_of_event(m, p.span, self._lex)) \
                and period not in self._periods[index]:
            # "has never posted a full-year net profit and only occasionally quarterly profits": the word
            # before the event word gives its period, whatever other periods the sentence names
            skip = skip or f"measured over another period than the claim's ('{period}')"
        # options weighed and mere possibilities ("can complete the deal as of July 14") are the claim's own
        # only when it says so: a claim about a plan is not one about what could happen
        weighed = p.irrealis in self._lex.option_cues or (
            p.irrealis in self._lex.possibility_cues and not self._possible[index])
        if p.irrealis and not (self._stance[index] and (not weighed or p.irrealis in self._vocabulary[index])):
            skip = skip or f"a wish, request or condition ('{p.irrealis}'), not the event itself"
        if p.negated and self._pending[index] and not self._modal_denial(m, p):
            # "Ford workers are back on the job even though it hasn't been voted on yet" against "the agreement
            # must be ratified": what the record says is still required has not happened yet, as it says
            skip = skip or "denies that it has happened, and the record says it is still required"
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
        reversed_roles = bool(actor and target and p.agents and p.patients and not fits(reg, actor, p.agents)
                              and fits(reg, target, p.agents) and fits(reg, actor, p.patients))
        agents, patients = p.agents, p.patients
        if actor and p.patients and p.span[0] >= 0 and m.tokens[p.span[0]].low in self._lex.electing_verbs \
                and not (target and fits(reg, target, p.patients) and fits(reg, actor, p.agents)):
            # "Argentina elected Milei", "Milei was elected president" against "Milei defeated Massa": the one
            # elected is the winner, the claim's actor; those who chose him have no part in the claim (unless
            # the claim itself is "voters elected Milei")
            # (the first one named is the one elected: "ELECTS MILEI ... IN ROUT OF BULLRICH")
            agents, patients = p.patients[:1], p.patients[1:]
            reversed_roles = bool(target and fits(reg, target, agents) and not fits(reg, actor, agents))
        if self._stance[index] and actor and p.speakers and not agents:
            agents = p.speakers  # "Armenia has long complained about France's stance": the speaker holds it
        if claim.attribution and actor:
            # "Prosecutors called it a historic fraud": the allegation's author speaks; it is not the actor
            agents = tuple(e for e in agents if fits(reg, actor, [e]) or not fits(reg, e, claim.attribution))
        if claim.status is Status.verified and actor and p.speakers and fits(reg, actor, p.speakers) \
                and not fits(reg, actor, p.agents):
            # "Baku accused Paris over its stance": in a claim about criticism the speaker is the actor
            agents, patients = p.speakers, (*p.agents, *p.patients)
        named_agents = [e for e in agents if e not in p.guessed]
        if actor and target and named_agents and not patients and not p.possessors \
                and (not p.speakers or all(subject_of(m, p, c) for c in named_agents)) \
                and all(fits(reg, target, [c]) and not fits(reg, actor, [c]) for c in named_agents):
            # "FTX customers lost $8 billion", "the judge found that FTX customers lost ...": the subject may
            # be the one it happened to, the party the claim gives as its target (a party carried over from
            # the main clause is no subject of this verb). After a verb whose subject always undergoes it
            # ("lost", "suffered") the subject is that target; after any other ("Activision announced") it
            # is only no conflict
            undergoes = p.span[0] >= 0 and m.tokens[p.span[0]].low in self._lex.undergoing_verbs
            agents = tuple(e for e in agents if e in p.guessed)
            patients = tuple(named_agents) if undergoes else ()
        if not actor and target and named_agents and not patients and not p.possessors \
                and all(fits(reg, target, [e]) for e in named_agents):
            # "Maria Lopez is serving a six-year sentence" against a claim whose only party is Lopez, its
            # target: with no actor to play, the subject is the one the event is said of
            agents, patients = tuple(e for e in agents if e in p.guessed), tuple(named_agents)
        both = {e for e in agents if fits(reg, e, patients)} | {e for e in patients if fits(reg, e, agents)}
        if not actor and target and reg.kind(target) in _PEOPLE and named_agents \
                and all(reg.kind(e) in _PEOPLE and not fits(reg, target, [e]) for e in named_agents) \
                and not fits(reg, target, patients):
            # "Paul Whelan, a former U.S. Marine who is serving a 16-year sentence" against Bout's term, Bout its
            # only party: the person the event is said of is another one
            skip = skip or "the event is said of another person"
        if claim.status is Status.false and actor and (said_of := [*agents, *p.patients, *p.guessed]) \
                and not fits(reg, actor, [*said_of, *p.speakers]):
            # "The king and his wife, Camilla, travelled from Buckingham Palace" against the false claim that
            # Biden flew to the UK: a false claim is repeated only of its own party
            skip = skip or "said of other parties than the false claim's"
        if actor and not target and sum(isinstance(v, ActorValue) for v in claim.values) > 1 and any(
                e not in p.guessed and reg.comparable(actor, e)
                and not any(reg.compatible(own, e) for own in self._entities[index]) for e in patients):
            # "it was buying pipeline operator Denbury in an all-share deal" against the Exxon-Mobil merger, a
            # joint event of two parties done to no one: a deal done to a party the claim does not know is another
            skip = skip or "the event is done to a party the claim does not name"
        if actor and p.agents and all(
                e in p.guessed and e in pronouns(m, self._lex) and reg.kind(e) in _PEOPLE
                and not fits(reg, actor, [e]) for e in p.agents):
            # "In Super Bowl LVIII, he caught three passes for 57 yards", "he" being another player; "They had
            # asked for five years", "they" being the defence against the prosecutors' request: the figures of
            # someone else, too weakly named to contradict the actor but not the claim's either
            skip = skip or "a pronoun standing for another person"
        if self._negative[index] and not p.negated and p.span != (-1, -1) and not any(
                ({t.low} | lemmas(t.low)) & self._affirmed_terms[index] for t in m.tokens[p.span[0]:p.span[1] + 1]):
            # "talks have advanced very little" against "talks have made considerable progress"
            strong = intensified(m, p, self._intensifiers, self._lex)
            if strong:
                out.append(Discrepancy("polarity", "little or none", strong))
        unconfirmed: list[Unconfirmed] = []
        for value in claim.values:
            result: Discrepancy | Unconfirmed | bool | None = None
            if isinstance(value, ActorValue | TargetValue):
                cands = list(agents) if isinstance(value, ActorValue) else list(patients)
                if isinstance(value, ActorValue) and target is None and not agents and p.passive \
                        and fits(reg, value.entity, patients):
                    # "Milei will be sworn in on 10 December": a claim with one party names it however the
                    # sentence turns the verb; only to agree, never to conflict
                    cands = list(patients)
                result = KINDS[value.kind].compare(value, SlotContext(m, p, reg, self._lex, parties=tuple(cands)))
                siblings = [v.entity for v in claim.values if v.kind == value.kind and v is not value]
                other = target if isinstance(value, ActorValue) else actor
                if isinstance(result, Discrepancy) and any(fits(reg, e, cands) for e in siblings):
                    # "Bullrich and Macri endorsed Milei": a sentence may name only one of two actors, and
                    # one it names agrees; only a third party conflicts ("Nepal and Peru sanctioned Chile"),
                    # not the claim's party of the other role misread into this one ("UAW members strike
                    # outside a Ford factory": the union's people, not a carmaker struck against)
                    third = [c for c in cands if not any(fits(reg, e, [c]) for e in (value.entity, *siblings))
                             and not (other and fits(reg, other, [c]))
                             and not owner_of_fitting(m, c, [value.entity, *siblings], reg)]
                    result = True if fits(reg, value.entity, cands) else (
                        Discrepancy(value.field, reg.name(value.entity), reg.name(third[0])) if third else None)
                if isinstance(result, Discrepancy) and other and cands and all(
                        fits(reg, other, [c]) and c not in p.guessed and c not in both for c in cands):
                    # "Massa conceded defeat to Milei", "Argentines elected Milei": the claim's other party in
                    # this role is a role read the other way round, not a wrong party
                    reversed_roles = True
                if isinstance(result, Discrepancy) and all(c in p.guessed or c in both for c in cands):
                    # a pronoun resolved to another party is too weak to contradict; so is a party read as
                    # both doer and done-to ("France answers the expulsion of its staff"): a misread role
                    result = None
                if isinstance(result, Discrepancy) and isinstance(value, TargetValue) and claim.attribution \
                        and all(fits(reg, c, claim.attribution) for c in cands):
                    # "the biased stance France adopted towards Azerbaijan", Azerbaijan the one alleging: the
                    # complainant named as the one it was done to is its grievance, not another target
                    result = None
                if isinstance(result, Discrepancy) and all(c in p.owned for c in cands) \
                        and reg.kind(value.entity) is EntityKind.person:
                    result = None  # "the FTX founder": a person described by what they belong to
                if isinstance(result, Discrepancy) and reg.kind(value.entity) is EntityKind.group and cands \
                        and all(reg.kind(c) is EntityKind.person for c in cands) and p.span[0] >= 0 \
                        and reg.name(value.entity).lower().split()[-1] in {
                            t.low for t in m.tokens[p.span[0]:p.span[1] + 1]}:
                    # "a new initial board of Bret Taylor, Larry Summers and Adam D'Angelo": the event word names
                    # the group itself, and the people after it are its members
                    result = True
                # ("Jones should pay ... for his lies": the one who does the event owns its own things, and is
                # no other target)
                owners = [e for e in p.possessors if e not in p.guessed and reg.comparable(value.entity, e)
                          and not (isinstance(value, TargetValue) and e in p.agents)]
                if result is None and p.possessors:
                    # "France's partial stance": the owner may hold either role; it conflicts only when
                    # it fits neither of the claim's parties (and is named, not a resolved "its")
                    if fits(reg, value.entity, p.possessors):
                        result = True
                    elif owners and not any(fits(reg, e, owners) for e in (actor, target, *siblings) if e) and (
                            isinstance(value, TargetValue) or target is None):
                        result = Discrepancy(value.field, reg.name(value.entity), reg.name(owners[0]))
            elif isinstance(value, PlaceValue):
                broad = False
                # the sentence names the place, or a body inside it ("the Paris embassy"); a person belongs to a
                # court or a ministry, and is no place: "Kaplan ... in Brooklyn" does not say Manhattan
                if any(e == value.entity or (value.entity in reg.ancestors(e) and reg.kind(e) is not EntityKind.person)
                       for e in named if e not in p.landmarks):
                    result = True
                    # named somewhere in the sentence, not as the event's place ("..., US officials said"): it
                    # ties the sentence to the claim no more than a date does
                    broad = not any(e == value.entity or value.entity in reg.ancestors(e) for e in p.places)
                else:
                    result = KINDS[value.kind].compare(value, SlotContext(m, p, reg, self._lex, parties=p.places))
                    if isinstance(result, Discrepancy) and p.landmarks and set(p.places) <= p.landmarks \
                            and not self._lex.proximity_prepositions & self._vocabulary[index]:
                        result = None  # "a backyard near Portland" against Cedar Hills: a landmark, not the place
                    if isinstance(result, Discrepancy) and other_direction(claim, value, m, p, reg, self._lex):
                        # "during a trip to California" against the take-off from Portland: where the flight
                        # was going is no wrong place of where it came from
                        result = None
                    # "California-based Cisco" against Splunk's San Francisco: a region round the claim's place
                    # ties no more than a date does
                    broad = result is True
                    # "25-22 OT win over 49ers in Super Bowl": a capitalised name the claim's own words make up
                    # is the event's name, not a place
                    # "in Marion, Illinois" against the United States: a town in a region that may be the country's
                    unknown = [u for u in p.unknown_places
                               if not set(WORD.findall(u.lower())) <= self._vocabulary[index]
                               and not (reg.kind(value.entity) is EntityKind.country
                                        and in_a_region(m, u, reg, self._lex))]
                    if result is None and unknown:
                        result = Discrepancy(value.field, reg.name(value.entity), unknown[0])
                    result = among_places([v for v in claim.values if isinstance(v, PlaceValue)], value, result,
                                          named, SlotContext(m, p, reg, self._lex, parties=p.places))
            elif value.kind in MEASURES:
                # "the smallest rise since March 2021": a date the record gives as where a comparison starts is
                # read only from the dates the sentence starts a period at, never from the event's ("in June
                # 2023")
                q = p._replace(times=(*p.since, *after_since(m, p.times))) \
                    if isinstance(value, DateValue) and since_value(claim, value) else p
                if isinstance(value, DateValue) and len(kept_times := tuple(
                        d for d in q.times if not dates_another_noun(m, d, self._vocabulary[index], self._lex))) \
                        < len(q.times):
                    # "to conceal a sex scandal that threatened his 2016 presidential campaign": a year before
                    # a noun the claim never uses dates that noun, not the conviction
                    q = q._replace(times=kept_times)
                result = KINDS[value.kind].compare(value, SlotContext(m, q, reg, self._lex, self._keyword_words[index],
                                                                      years=self._years[index],
                                                                      claim_words=self._measure_words(index)))
                if isinstance(result, Discrepancy) and isinstance(value, DateValue) and len(
                        {(d.year, d.month, d.day) for d in p.times if d.hour is None}) >= 3 - (
                        p.span[0] >= 0 and not m.amounts and not m.counts
                        and m.tokens[p.span[1]].low not in lemmas(m.tokens[p.span[1]].low)
                        and "NOUN" in readings(m.tokens[p.span[1]].low)):
                    # "hikes on Feb. 1, March 22 and May 3": a list of other occasions (two are enough for a
                    # plural event noun with no figures: "after the 2015 and 2019 parliamentary elections"; but
                    # "reductions of 6% in January and 2% in June" dates each figure)
                    result = None
                if isinstance(result, Discrepancy) and isinstance(value, DateValue) \
                        and during_event(claim, value, m, p, self._lex):
                    result = None  # a day within the recorded length of an event that lasts: no other start
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
                        and change_for_level(m, claim, value, result, self._lex):
                    result = None  # "voted to raise the rate by 0.25%": the size of the change, not the new level
                if isinstance(result, Discrepancy) and isinstance(value, DurationValue) \
                        and length_of_another_event(m, p, claim, result, (heads or {}), index, self._lex):
                    result = None  # "reached a deal to end a 41-day strike": that event's length
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and wished_for(m, result, self._lex):
                    result = None  # "the US$2 trillion valuation long sought by the crown prince": a wish
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and instalment_of_total(m, claim, result, self._lex):
                    result = None  # "an immediate 11% raise" against 25% in total: the first step of it
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and owned_by_another(m, result, self._entities[index], reg, self._lex):
                    result = None  # "the Nasdaq's 1.6% loss" against Cisco's fall: another party's figure
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and of_another_measure(m, result, self._vocabulary[index], self._lex):
                    # "annual percentage yields of 5%" against the Fed's range: a figure introduced as the
                    # measure of a noun the claim never uses is that measure's, not a wrong figure of this one
                    result = None
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and one_of_counted(m, result, claim, self._lex):
                    result = None  # "a three-yard completion" against 333 yards over 34 completions: one of them
                if isinstance(result, Discrepancy) and isinstance(value, QuantityValue) \
                        and level_after_change(m, result, self._vocabulary[index], self._lex):
                    # "Cisco's stock has risen 34% to $55.50 a share" against the $157 offered per share: the
                    # level a change reached, where the claim records no such change, is another measure's
                    result = None
                if isinstance(result, Discrepancy) and value.field in self._levels[index] \
                        and change_size(m, result, self._lex, p):
                    # "core inflation fell by 0.2 per cent" against inflation that stood at 7.9%: the size of
                    # a change neither confirms nor contradicts a level
                    skip = skip or "the size of a change, against a level the claim records"
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue):
                    skip = skip or self._another_reading(index, m, p)
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue) \
                        and aggregate(m, p, claim, self._lex):
                    result = None  # "800 employees in January and June": a total over two of the claim's dates
                if isinstance(result, Discrepancy) and isinstance(value, CountValue | QuantityValue):
                    skip = skip or self._figure_of_another(index, m, p, value, result, heads or {})
            if isinstance(result, Unconfirmed):
                unconfirmed.append(result)
            elif isinstance(result, Discrepancy):
                out.append(result)
                conflicts += isinstance(value, _IDENTITY)
                if isinstance(value, ActorValue | TargetValue):
                    rivals += 1
                    # the record's own cast is a swap to report, unless the record holds the same event by
                    # other actors ("Taylor joins the board", "Summers joins the board"): then one more
                    # joining ("Shear, who joined OpenAI on Monday") is a bystander too
                    strangers += (isinstance(value, ActorValue) and self._shared[index]) or all(
                        not any(reg.compatible(c, e) for e in self._cast)
                        for c in cands if not fits(reg, value.entity, [c]))
            elif result:
                agree += 1
                identity += isinstance(value, _IDENTITY)
                # "President Paudel visited Jajarkot" against the prime minister's visit: people go to one
                # place in turn, so a place in common ties a person's act to the claim's no more than a date;
                # so do companies ("Guyana, where Exxon is a major presence" against Chevron's foothold there)
                weak += isinstance(value, DateValue) or (isinstance(value, PlaceValue) and (broad or (
                    actor is not None and reg.kind(actor) in (EntityKind.person, EntityKind.organisation))))
                if isinstance(value, ActorValue | TargetValue) and p.guessed and all(
                        c in p.guessed for c in cands if fits(reg, value.entity, [c])):
                    weak += 1  # a party known only through a pronoun ties no more than a date does
        if rivals and (identity == weak or (
                strangers == rivals == len(out) and identity - weak == 1 and agree == identity)):
            # "Amazon eliminated 27,000 roles in January": a month in common does not make another party's
            # act this claim's event; nor does one party in common when the other is one no claim gives a
            # role ("Trump congratulated Milei" against Massa's call): many may do the same to one.
            # Unverified at most, with the reason
            identity = 0
        if identity and identity == weak and facts.opener == UNKNOWN_OPENER:
            # "In October, Microsoft-owned LinkedIn announced its second round of layoff": a clause whose
            # subject is a name the base does not know is that one's act, whatever a pronoun in it is read as
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
        if out and all(d.field in dated for d in out) and (which := occasion_of(m, p, self._lex)) \
                and which not in self._vocabulary[index]:
            # "Argentina's first round of presidential elections took place on 22 October" against Milei's
            # November win: one named occasion of a series that the claim never names, on another date, is
            # another occasion ("the third round of layoffs" may still be the claim's own cut, in its figures)
            skip = skip or f"another occasion of a series ('{which}')"
        if self._possible[index] and not p.irrealis and any(d.field in dated for d in out):
            # "concluded its July meeting by making another rate hike" against a hike that may come in
            # September: a hike that was made is not the one that may be
            skip = skip or "an event that took place, against a claim about one that may"
        if self._forecast[index] and not p.irrealis and any(
                (isinstance(v, CountValue | QuantityValue)
                 or (isinstance(v, DateValue) and forecast_looks_to_date(claim, self._lex)))
                and v.field == d.field for d in out for v in claim.values) \
                and not looks_ahead(m, self._ahead):
            # "operating loss was 75 million euros for the quarter" against the loss Spotify had forecast: a
            # result, in a sentence that forecasts nothing, is not the forecast ("production took place in
            # 2022" is no wrong year of output projected for 2027)
            skip = skip or "a result, against a claim about a forecast"
        if not self._forecast[index] and not self._estimated[index] and any(
                isinstance(v, CountValue | QuantityValue) and v.field == d.field for d in out for v in claim.values) \
                and any(t.low in self._lex.estimate_sources for t in m.tokens):
            # "the exit poll put the Freedom Party at 35 seats" against the 37 it won: a poll's or a projection's
            # figure estimates the result; it is no result the record can be wrong about
            skip = skip or "an estimate (a poll or a projection), against a claim about a result"
        if out:
            out = [d for d in out if not grade_after_change(m, d, self._vocabulary[index], self._lex)]
        if out and agree:
            # "with 177 aboard" against 171 passengers, 6 crew and 177 people: a figure one of the claim's
            # own figures holds is not a wrong one for its siblings
            out = [d for d in out if not held_by_sibling(claim, d, self._lex)
                   and not stated_in_claim(claim, d, m, self._lex)]
        if out:
            # "None of the 177 passengers and crew were hurt" against 171 passengers and 6 crew: the figure
            # of two counted nouns together is the sum of the claim's counts, not a wrong one of either
            total = counted_together(m, claim, self._lex)
            if total is not None:
                out = [d for d in out if total not in found_values(d, self._lex)]
        if out and not self._since[index] and compared_since(m, p, self._lex):
            skip = skip or "the earlier event a superlative is measured since"
        if any(isinstance(v, DateValue) and d.field == v.field for d in out for v in claim.values) \
                and indefinite_occurrence(m, p, self._years[index], self._lex):
            skip = skip or "another occurrence of the event, brought in as such and dated to another year"
        if out and actor is not None and reg.kind(actor) is EntityKind.person \
                and (group := plural_subject(m, p, self._lex)):
            skip = skip or f"done by a group ('{group}'), not by the claim's one person"
        if out and (name := named_otherwise(m, p.span, self._vocabulary[index], self._lex)):
            skip = skip or f"another event, named otherwise ('{name}')"
        if any(isinstance(v, DateValue) and d.field == v.field for d in out for v in claim.values) \
                and repeated_occurrence(m, p.span, self._lex):
            skip = skip or "another occurrence: the sentence says the event is not the first of its kind"
        own_date = any(isinstance(v, DateValue) for v in claim.values)
        years = self._years[index]
        if not own_date and any(d.year is not None and d.year not in years for d in p.times) and years:
            skip = skip or "dated to another year than the claim's event"
        start = self._story_start[index]
        if not own_date and start is not None and any(
                d.month is not None and (d.year or start.year) == start.year
                and _dt.date(start.year, d.month, d.day or 28) < start - _dt.timedelta(days=7) for d in p.times):
            skip = skip or "dated weeks before the story's event: an earlier one"
        if start is not None and any(
                d.last + 2 < len(m.tokens) and m.tokens[d.last + 1].low in self._lex.past_offset_words
                and d.seconds >= _MONTH and ((d.first <= 1 and m.tokens[d.last + 2].low == ",")
                                             or 0 <= d.first - p.span[1] <= 4)
                for d in m.durations):
            # "A year and a half ago, he sent Splunk a purchase offer for $20 billion": a time placed months
            # before now, opening the sentence or right after the event word, is before the story's event,
            # so the act is an earlier one
            skip = skip or "placed months before the story's event: an earlier one"
        if claim.attribution and p.speakers and any(fits(reg, e, p.speakers) for e in claim.attribution):
            identity += 1  # "Azerbaijan accuses Spain of bias": the allegation's author is the one speaking
        mentioned = any(reg.compatible(a, b) for a in stated | named for b in self._entities[index])
        if self._entities[index] and not mentioned and not has_measures(claim) and not (
                self._bare_allegation[index] and similarity(m.text, self._wordings[index]) >= _ALLEGATION_LIKENESS):
            # an allegation whose only parties are its author and the story's place is stated as fact
            # without naming anyone ("Flimsy construction was to blame for the deaths"): wording ties it
            skip = skip or "names none of the claim's parties"
        if not self._entities[index] and p.span != (-1, -1):
            identity += 1  # a claim with no parties is identified by its event word
        negated = p.negated
        if negated and self._negated_keyword[index] and p.span[0] <= p.negator <= p.span[1] \
                and m.tokens[p.negator].low in self._lex.negation_cues:
            negated = False  # "had not lost since 2017" against the keyword "had not lost": the claim's own words
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
        if negated and p.agents and all(
                e not in p.guessed and not any(reg.compatible(e, c) for c in self._entities[index]) for e in p.agents):
            # "Trump, who declined to testify in his defense" against 22 witnesses' testimony: what someone the
            # claim never names did not do denies nothing of what the claim says was done
            skip = skip or f"denies the event for another party ('{reg.name(p.agents[0])}')"
        if negated and self._refusal[index] and m.tokens[p.negator].low in self._lex.refusal_cues:
            negated = False  # "the judge denied the FTC's injunction request" is the refusal the claim records
        if negated and p.negator == p.span[1] + 1 and p.negator + 1 < len(m.tokens) and not any(
                ({t.low} | lemmas(t.low)) & self._vocabulary[index] for t in m.tokens[p.negator + 1:p.negator + 4]
                if t.low.isalpha() and t.low not in self._lex.determiners and t.low not in self._lex.clause_breaks):
            negated = False  # "the board found no sign that ...": no sign is not the plug the claim says was found
        if negated and p.negator < p.span[0] and not p.patients and (p.passive or any(
                t.low in self._lex.passive_auxiliaries for t in m.tokens[p.negator + 1:p.span[0]])) \
                and (thing := passive_subject(m, p.negator, self._lex)) \
                and not ({thing} | lemmas(thing)) & self._vocabulary[index]:
            # "Those bolts have not yet been found" against the finding of the door plug: what was not found
            # is another thing than the claim's
            skip = skip or f"denies the event of another thing ('{thing}')"
        if negated and p.negator < p.span[0] and not p.passive \
                and (thing := object_noun(m, p, self._lex, self._entities[index])) and not any(
                    ({w} | lemmas(w)) & self._vocabulary[index] for w in thing.split()) \
                and not self._act_noun(thing.split()[-1]):
            # "Microsoft will not acquire cloud rights for Activision's games" against the takeover of
            # Activision: what the negated act is done to is another thing than the claim's
            skip = skip or f"denies the event of another thing ('{thing}')"
        counts = [v for v in claim.values if isinstance(v, CountValue)]
        if len(counts) > 1 and all(count_heads(v) & count_heads(counts[0]) for v in counts[1:]):
            # "a majority of 176 seats" against "176 of the 350 seats": when the claim counts one noun twice, a
            # figure that one of its counts holds is that count's, never a wrong other one
            # (the count then conflicts with the sentence's other figure, if it gives one no count holds: "85
            # of the 179 seats" against 85 of 169)
            others = {v.field: {u.number for u in counts if u is not v} for v in counts}
            spare = next((n for n, _after in m.counts if n.value not in {v.number for v in counts}), None)
            kept = []
            for d in out:
                if not found_values(d, self._lex) & others.get(d.field, set()):
                    kept.append(d)
                elif spare is not None:
                    kept.append(Discrepancy(d.field, d.expected, spare.text))
            out = kept
        if out and not identity and p.definite and not any(
                w.endswith(noun) or noun.endswith(w) for noun in ({p.definite} | lemmas(p.definite))
                for w in self._story_vocabulary(index) if len(w) > 3):
            # "the scaled-down version lasted just two minutes and 30 seconds" against a two-hour service: a
            # thing named by a definite noun the story's claims never use ("the quake" is the earthquake's),
            # and nothing else tying it, is another thing
            skip = skip or f"said of another thing ('{p.definite}')"
        return Assessment(index, p.span, tuple(out), agree, identity, conflicts, negated, skip, 0.0, (),
                          # support needs the party in the event's own clause, not in "after Azerbaijan ...";
                          # those parties are among the sentence's, so a claim none of them names is not asked,
                          # and the clause bounds are only read when the event's own roles do not name one
                          mentioned and (any(reg.compatible(a, b) for a in stated for b in self._entities[index])
                                         or any(reg.compatible(a, b) for a in near_parties(m, p, self._subordinators)
                                                for b in self._entities[index])),
                          reversed_roles, p.reported_negation, attributed=p.attributed,
                          foreign=is_stranger(facts.opener, self._entities[index], reg)
                          or (actor is not None and any(
                              reg.kind(e) is reg.kind(actor)
                              and not any(reg.compatible(e, c) for c in self._entities[index])
                              # a possessive pronoun counts: "his 150-year sentence" after Madoff is Madoff's
                              for e in (*p.agents, *p.patients, *p.possessors)
                              if e not in p.guessed or e in p.possessors)),
                          definite=bool(p.definite) and bool(({p.definite} | lemmas(p.definite))
                                                             & self._vocabulary[index]),
                          unconfirmed=tuple(unconfirmed))

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
            author or not ({t.low} | lemmas(t.low)) & self._vocabulary[a.index])
            for t in clause_of(m, a.span, self._lex))

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

    def _story_event(self, m: Mentions, a: Assessment, in_story: bool) -> bool:
        """Whether a sentence that names no party of the claim still speaks of its event, so that another time
        or place it gives is an error, not another event: within the story, a definite noun of the claim's
        own opens the event's clause ("The quake struck at 11:47 p.m. on Thursday", "The deal was announced on
        Tuesday"), no stranger takes part, and only the event's time disagrees."""
        if not (a.definite and in_story) or a.foreign or a.negated or unknown_names(m, self._lex):
            return False
        # only the time: a place in the clause may be the patient's ("the earthquake shook buildings in Delhi")
        fields = {v.field for v in self._claims[a.index].values if isinstance(v, DateValue)}
        return all(d.field in fields for d in a.discrepancies)

    def _modal_denial(self, m: Mentions, p: Predication) -> bool:
        """Whether the negation is of a modal or a future ("won't be ratified", "will not need", "cannot")."""
        k = p.negator
        if k < 0:
            return False
        low = m.tokens[k].low
        before = m.tokens[k - 1].low if k else ""
        return low in self._lex.modal_negations or before in self._lex.future_auxiliaries \
            or before in self._lex.obligation_cues or before in self._lex.irrealis_cues

    @staticmethod
    def _another_occurrence(claim: Claim, discrepancies: Sequence[Discrepancy], m: Mentions) -> bool:
        """Whether the sentence disagrees with the record on the place and on the year of the event."""
        places = {v.field for v in claim.values if isinstance(v, PlaceValue)}
        years = {v.field: v.year for v in claim.values if isinstance(v, DateValue) and v.year is not None}
        if not any(d.field in places for d in discrepancies):
            return False
        return any(d.field in years and any(t.text == d.found and t.year is not None and t.year != years[d.field]
                                            for t in m.dates) for d in discrepancies)

    def _decide(self, m: Mentions, a: Assessment, story: frozenset[str]) -> Match | None:
        claim = self._claims[a.index]
        if a.skip:
            return None
        score = a.score if a.score >= 0 else round(similarity(m.text, self._wordings[a.index]), 3)
        others = a.agreements - a.identity  # counts, amounts, durations that agree
        in_story = self.source_of(a.index) in story
        if a.reversed or (a.conflicts and not a.identity and not self._story_event(m, a, in_story)):
            if (a.agreements if a.reversed else others) == 0 or a.negated:
                return None  # every stated role or place disagrees: some other event
            reason = "reverses the roles the record holds" if a.reversed else "names other parties than the record"
            return Match(claim, Verdict.unverified, a.discrepancies, score,
                         f"{reason}: another event, or the parties are wrong", a.span, self._groups[a.index],
                         a.agreements - len(a.discrepancies), a.clean_spans, reversed=a.reversed)
        if a.negated and a.reported and claim.status is not Status.false and not self._stance[a.index]:
            return None  # reporting someone's denial neither confirms nor denies the record
        if a.negated and a.span[0] >= 2 and m.tokens[a.span[0] - 1].low in self._lex.negation_cues \
                and m.tokens[a.span[0] - 2].low in self._lex.plea_verbs:
            return None  # "had pleaded not guilty on all counts": the party's plea, no denial of the verdict
        if a.negated and any(isinstance(v, DateValue) and d.field == v.field for d in a.discrepancies
                             for v in claim.values):
            return None  # "the Fed had skipped a hike at its June meeting" denies nothing of July's rise
        if a.negated and self._ordered[a.index] and a.span[0] > 0 and any(
                t.low in self._lex.refusal_cues for t in m.tokens[max(0, a.span[0] - 4):a.span[0]]):
            return None  # "500 residents had declined to evacuate": refusing what was ordered denies no order
        if a.negated and self._odds[a.index] and not any(
                t.low in self._lex.likelihood_nouns for t in m.tokens[a.span[0]:a.span[1] + 1]):
            return None  # "it failed to reach orbit" against the odds given of reaching it: no odds are denied
        if a.negated and self._cancelled[a.index] and not any(
                t.low in self._lex.cancel_verbs for t in m.tokens[a.span[0]:a.span[1] + 1]):
            return None  # "will not face prosecution" against charges the record says were dropped
        if a.negated and self._negative[a.index]:
            return None  # a negated sentence and a negative claim: their polarities cannot be compared word for word
        if a.negated and denies_severe(m, a.span, self._lex):
            return None  # "escaped without serious injury": the severe kind is denied, not the event
        if a.negated and denies_others(m, a.span, self._lex):
            return None  # "found her not guilty on four other charges": a denial of other ones than the record's
        # within the story a figure may speak of its event without naming anyone, unless the event's own
        # roles name someone else ("Over 27,000 Amazon employees were affected" in a Spotify story)
        established = a.identity > 0 or (in_story and not a.foreign and not unknown_names(m, self._lex))
        # "Cisco expects the deal to ...", "his plans include ...": a view framed so, in words that are not the
        # claim's own ("the staff no longer forecast a recession" is the claim's forecast), is not a fact stated
        # ("Cisco expects ..." frames its own expectation when Cisco is the one the record says expects it)
        framed = claim.status is Status.alleged and self._framed(a, m)
        if claim.status is Status.alleged and not framed and not m.attributed \
                and any(t.low in self._lex.first_person for t in m.tokens):
            # "In 2020 and 2021, we took advantage of ... lower-cost capital": a quoted letter or speech in the
            # speaker's own words states no fact of the paper's, and does not say whose view it is
            return None
        verdict, discrepancies, message = verdict_of(claim, a, m, self._registry, framed)
        if verdict is Verdict.contradicted and not established:
            return None
        counted = any(isinstance(v, CountValue) for v in claim.values)
        if verdict is Verdict.contradicted and a.negated \
                and a.agreements == a.identity and (thing := denied_object(m, a.span, self._lex)) \
                and not ({thing} | lemmas(thing)) & self._vocabulary[a.index] and (
                    ((a.identity == 0 or _indefinite_object(m, a.span, self._lex)) and not self._act_noun(thing))
                    or (counted and "VERB" not in readings(thing))):
            # "We have not yet recovered the four bolts" against the recovery of the door plug: a denial that
            # states nothing of the claim but its event word, done to a thing the claim never names ("Holmes
            # had not raised a 'substantial question'" against the millions she raised: one new thing,
            # even said of the claim's own party, is still another thing; and "did not win the clear majority
            # it expected" against the 136 seats the claim counts: what it counts is the thing won)
            return None
        if verdict is Verdict.contradicted and a.span == (-1, -1) and a.conflicts:
            return None  # like in wording only, and another place or party: another event, not an error
        if verdict is Verdict.contradicted and self._request[a.index] and has_measures(claim) \
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
        if verdict is Verdict.contradicted and self._another_occurrence(claim, discrepancies, m):
            # "The Chiefs also beat the 49ers in 2020 for a Super Bowl victory in Miami": another year and
            # another place than the record's are another time the event happened, more likely than two errors
            return Match(claim, Verdict.unverified, discrepancies, score,
                         "gives another year and another place than the record: another occurrence of the event,"
                         " or both are wrong", a.span, self._groups[a.index], a.agreements - len(discrepancies),
                         a.clean_spans)
        if verdict is Verdict.contradicted and recurring_occasion(claim, discrepancies, m, a.span, self._lex,
                                                                 self._content_words(a.index),
                                                                 self._keyword_words[a.index] - STOPWORDS):
            return Match(claim, Verdict.unverified, discrepancies, score,
                         "dates an occasion that recurs and says nothing else of the record: another occasion,"
                         " or the date is wrong", a.span, self._groups[a.index], a.agreements - len(discrepancies),
                         a.clean_spans)
        if verdict is Verdict.contradicted and claim.status is not Status.alleged \
                and (cue := distanced(m, a.span, self._lex)):
            # "Hackers claimed they stole the data of 1 million users": the text reports a claim it does not
            # adopt, which the record cannot settle either way
            return Match(claim, Verdict.unverified, discrepancies, score,
                         f"reports a claim the text does not adopt ('{cue}'), otherwise than the record",
                         a.span, self._groups[a.index], a.agreements - len(discrepancies), a.clean_spans)
        if verdict is Verdict.contradicted and m.text.lstrip()[:1] in _QUOTES and not m.attributed:
            # a sentence that is all quotation, its speaker named elsewhere: someone's words, which the
            # record cannot settle; an editor should check the quote, not correct a fact
            return Match(claim, Verdict.unverified, discrepancies, score,
                         "quotes someone saying otherwise than the record; check the quotation", a.span,
                         self._groups[a.index], a.agreements - len(discrepancies), a.clean_spans)
        if verdict is Verdict.supported and a.unconfirmed and a.agreements == a.identity:
            # "At least 69 killed as earthquake hits Nepal" against a toll of 157: the place agrees, but the
            # figure only fits the record; the sentence confirms nothing the record counts
            found = a.unconfirmed[0]
            return Match(claim, Verdict.unverified, (), score,
                         f"gives {found.found} where the record has {found.expected}: consistent with it, but no "
                         "confirmation (an earlier or partial figure)", a.span, self._groups[a.index], a.agreements,
                         a.clean_spans)
        if verdict is Verdict.supported and a.agreements == 0 and not a.named and (
                bool(claim.values) or score < 0.5):
            return None  # nothing of the claim was confirmed: an event word alone is not support
        return Match(claim, verdict, discrepancies, score, message, a.span, self._groups[a.index],
                     a.agreements - len(a.discrepancies), a.clean_spans, measured=a.agreements > a.identity)


_PEOPLE = (EntityKind.person, EntityKind.group)


def _indefinite_object(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """The event verb's object opens with an indefinite article: one new thing, not the claim's own."""
    k = span[1] + 1
    return k < len(m.tokens) and m.tokens[k].low in lex.indefinite_articles


def _cites(statement: str, lex: Lexicon) -> bool:
    """Whether a claim's statement names the source of its figure ("According to the USGS, ...")."""
    words = WORD.findall(statement.lower())
    return any(tuple(words[k:k + len(phrase)]) == phrase for phrase in lex.source_phrases for k in range(len(words)))


__all__ = ["Assessment", "Match", "Matcher"]
