"""Why a conflicting figure may belong to something else than the claim: a reading by another source, at
another hour or on another day; or a figure of other parties, other places, another period, another cause or
another event. :class:`FigureRules` holds those rules for :class:`~factcheck.matcher.Matcher`, which asks
them once a count or an amount of a sentence conflicts with a claim's; each returns why the figure is not
the claim's, or "".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from factcheck._claimfacts import WORD, claim_hours, claim_places, fits, reading_sources
from factcheck._clauses import other_weekday
from factcheck._figures import (
    alone_part,
    another_cause,
    counted_jointly,
    counted_per_period,
    counted_since,
    in_a_place,
    in_brackets_of_another,
    in_local_place,
    in_one_of_places,
    in_part,
    in_unknown_part,
    named_group,
    places_together,
    rate_past_its_noun,
    share_of_whole,
)
from factcheck.analysis import Predication
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy
from factcheck.keywords import base_forms, lemmas, readings
from factcheck.kinds.count import heads as count_heads
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions
from factcheck.plain import ActorValue, Claim, CountValue, EntityKind, PlaceValue, QuantityValue, TargetValue


class FigureRules:
    """The rules that set a conflicting figure aside, mixed into the matcher; they read its claims and the
    facts it keeps about them."""

    _claims: Sequence[Claim]
    _lex: Lexicon
    _registry: EntityRegistry
    _reading: Sequence[bool]
    _since: Sequence[bool]
    _entities: Sequence[frozenset[str]]
    _vocabulary: Sequence[frozenset[str]]
    _cast: frozenset[str]
    _hours_of: dict[int, frozenset[int]]
    _story_vocabulary: Callable[[int], frozenset[str]]
    _breakdown_of_sibling: Callable[[int, Mentions, CountValue, Discrepancy], bool]

    def _claim_hours(self, index: int) -> frozenset[int]:
        """The claim's hours of the day (``claim_hours``), read once, when a sentence first gives an hour."""
        hours = self._hours_of.get(index)
        if hours is None:
            hours = self._hours_of[index] = claim_hours(self._claims[index], self._lex)
        return hours

    def _another_reading(self, index: int, m: Mentions, p: Predication) -> str:
        """Whether the figure is a reading by another source, at another hour or on another day."""
        claim, reg = self._claims[index], self._registry
        if (sources := (*p.speakers, *p.sources)) and self._reading[index] \
                and not any(reg.compatible(x, e) for x in sources
                            for e in (reading_sources(claim) or self._entities[index])):
            # "The U.S. Geological Survey had initially said the earthquake had a magnitude of 5.6"
            # against the Nepali centre's reading of 6.4: another source's reading, which the record
            # does not settle (but "Kaplan said customers lost $18 billion" against a loss of $8
            # billion is a wrong figure: the claim is no one's reading)
            return f"a figure given by another source ('{reg.name(sources[0])}')"
        if (clock := {t.hour for t in (p.times or m.dates) if t.hour is not None}) \
                and (hours := self._claim_hours(index)) and not clock & hours:
            # "At 9 a.m. the radar data indicated that maximum sustained winds were near 110 mph" against
            # 125 mph by 7 a.m.: a reading at another hour of the day than the claim's own (the
            # sentence's hour, when the event's clause gives none)
            return "a reading at another hour than the claim's"
        if (day := other_weekday(claim, m, p, self._lex)):
            # "On Tuesday, the Dow rose 27 points" against Wednesday's 82-point gain: another day's figure
            return f"dated to another day ('{day}')"
        return ""

    def _figure_of_another(self, index: int, m: Mentions, p: Predication, value: CountValue | QuantityValue,
                           result: Discrepancy, heads: Mapping[int, list[int]]) -> str:
        """Whether the figure counts other parties, places, periods, causes or events than the claim's."""
        claim, reg = self._claims[index], self._registry
        actor = next((v.entity for v in claim.values if isinstance(v, ActorValue)), None)
        target = next((v.entity for v in claim.values if isinstance(v, TargetValue)), None)
        if any(fits(reg, e, p.pooled) for e in (actor, target) if e) and any(
                not any(reg.compatible(e, c) for e in self._entities[index]) for c in p.pooled):
            # "losses of $10 billion for customers, investors and lenders": a figure for the claim's
            # party and others together is not the party's own
            return "a figure for several parties together"
        if isinstance(value, CountValue) \
                and self._others_people(index, value, p):
            return "counts people another claim records"
        if isinstance(value, CountValue) \
                and in_brackets_of_another(m, result, self._entities[index], self._lex):
            return "the figure of another party, in brackets after its name"
        if not self._lex.joint_words & self._vocabulary[index] \
                and counted_jointly(m, result, self._lex):
            # "with the VVD and NSC, which together will have a majority of 81 seats": several parties'
            # figure together, against one party's
            return "a figure of several parties together"
        if isinstance(value, CountValue) and self._per_period(index) \
                and not counted_per_period(m, result, self._lex):
            # "3,000 flight cancellations in January" against 110 to 150 flights a day: a total is no
            # wrong figure of a count the claim gives per period
            return "a total, against a count the claim gives per period"
        if isinstance(value, CountValue) \
                and not self._per_period(index) and rate_past_its_noun(m, result, self._lex):
            # "Hamas is to release 12 Israeli women and children every night" against 50 freed over
            # the truce: a count per period is no wrong total
            return "a count per period, against a total the claim gives"
        if isinstance(value, CountValue) \
                and (cause := another_cause(m, p, result, lambda: self._story_vocabulary(index), self._lex)):
            # "27 people died due to cold in Jajarkot" against the quake's toll: a count put down to a
            # cause the claim's wordings never name is that cause's, not a wrong count of this event
            return f"counts what another cause ('{cause}') did"
        if isinstance(value, CountValue) \
                and not any(isinstance(v, PlaceValue) for v in claim.values) \
                and in_a_place(m, result, reg, self._lex):
            # "employs 881 people in the country" against a headcount the record gives for no place:
            # the figure of one place is a part of the whole
            return "counts the part in one place of a whole the claim counts"
        if isinstance(value, CountValue) and (
                in_part(m, claim, reg, self._lex)
                or in_local_place(m, result, self._lex, bool(claim_places(claim)))
                or in_unknown_part(m, claim, reg, self._lex) or places_together(m, claim, reg)
                or in_one_of_places(m, result, claim, reg, self._lex)):
            # "In Rukum West, 52 were killed and 85 injured", "13 people in his village": a part's
            # figures, not the whole's
            return "counts a part of the claim's place"
        if isinstance(value, CountValue) \
                and self._breakdown_of_sibling(index, m, value, result):
            # "92 died in Jajarkot and 36 in Rukum West" against Jajarkot's later 105: parts that add
            # up to a figure the record holds (an earlier total of 128) are that report's breakdown
            return "a breakdown of another figure the record holds"
        if isinstance(value, CountValue) \
                and (verb := self._counted_by_another(index, m, p, value, heads)):
            # "About 1,500 employees will be impacted" against the headcount: the people the claim
            # counts are the subject of another event
            return f"counts the people of another event ('{verb}')"
        if (cue := next((t.low for t in m.tokens[max(p.lo, p.span[0] - 3):p.span[1] + 1]
                                  if t.low in self._lex.cumulative_cues), None)) \
                and cue not in self._vocabulary[index]:
            # "we have accumulated an inflation of 5000%" against a yearly rate: a total over many
            # periods, unless the claim itself counts one
            return f"a cumulative figure ('{cue}')"
        if not self._since[index] and counted_since(m, p, self._lex):
            # "Since March 2022 the FOMC has raised its rate by 525 basis points": a figure counted
            # from a date is the series' total, not the one event the claim records
            return "a total since another date"
        if isinstance(value, CountValue) and named_group(result, reg):
            # "Broadcom will fire 1,267 VMware employees": a count of the people of a name the base
            # does not know is that name's, not the claim's
            return "counts the people of another name"
        if isinstance(value, CountValue) \
                and share_of_whole(m, p, claim, self._lex):
            return "counts a share of the whole the claim counts"
        if isinstance(value, QuantityValue) and (turn := self._other_direction_of_change(index, m, result)):
            # "the water level has already dropped by 2.5 meters" against water that climbed by 10 metres:
            # a change the other way is another measure's (the reservoir above the dam, not the river below)
            return f"a change the other way ('{turn}')"
        if alone_part(m, p, claim, self._lex):
            return "gives the figure of one part alone"
        return ""

    def _per_period(self, index: int) -> bool:
        """Whether the claim's wordings give its figure per period ("110 to 150 flights every day", "a
        day"): a rate word before a unit of time."""
        claim = self._claims[index]
        lex = self._lex
        for text in (claim.statement, *claim.aliases):
            words = WORD.findall(text.lower())
            if any(w in lex.rate_words and nxt in lex.time_nouns for w, nxt in pairwise(words)):
                return True
        return False


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

    def _other_direction_of_change(self, index: int, m: Mentions, result: Discrepancy) -> str:
        """The word that turns the conflicting amount the other way from the claim's change ("dropped"
        against a claim whose words only rise), read just before the amount; else ""."""
        lex, words = self._lex, self._vocabulary[index]
        rises, falls = bool(words & lex.rise_words), bool(words & lex.fall_words)
        if rises == falls:
            return ""
        against = lex.fall_words if rises else lex.rise_words
        for amount in m.amounts:
            if amount.text != result.found:
                continue
            turn = next((t.low for t in m.tokens[max(0, amount.first - 4):amount.first] if t.low in against), None)
            if turn is not None:
                return turn
        return ""
