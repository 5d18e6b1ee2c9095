"""Whose figure a figure is: the tests that set a conflicting count or amount aside because it is
another measure, another place's part, another party's share, a change rather than a level, or a sum of
the claim's own figures."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from factcheck._claimfacts import HYPHENATED, WORD, claim_places
from factcheck._memo import per_sentence
from factcheck._words import past_participle
from factcheck.analysis import Predication
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy
from factcheck.keywords import base_forms, lemmas, readings
from factcheck.kinds.base import rate_after, recorded
from factcheck.kinds.count import heads as count_heads
from factcheck.kinds.numbers import Number, phrase_ending, read_numbers, tokenize
from factcheck.kinds.quantity import Amount, currency, read_amounts, unit_of
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions, Party, Token, unknown_word
from factcheck.plain import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    EntityKind,
    PlaceValue,
    QuantityValue,
    TargetValue,
)

_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


_COORDINATION = frozenset(("and", "in", "on", ",", "&"))  # "in January and in June", "on 4 and 5 March"


_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))


def lower_counts(claim: Claim, discrepancies: Sequence[Discrepancy], lex: Lexicon) -> bool:
    """Whether every conflict is a count lower than the one the claim records."""
    for d in discrepancies:
        value = next((v for v in claim.values if v.field == d.field), None)
        found = found_values(d, lex)
        if not isinstance(value, CountValue) or not found or max(found) >= value.number:
            return False
    return True


def level_fields(claim: Claim, lex: Lexicon) -> frozenset[str]:
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
        if at is not None and at.first and not after_change(tokens, at.first, lex, by=True) and not (
                at.last + 1 < len(tokens) and tokens[at.last + 1].low in lex.change_words):
            out.add(value.field)  # "closed more than 7% higher" gives the change too
    return frozenset(out)


def found_values(d: Discrepancy, lex: Lexicon) -> set[float]:
    """The figures written in the text a discrepancy found ("177 passengers and crew" -> {177})."""
    return {n.value for n in read_numbers(tokenize(d.found), lex)}


def figure_owner(m: Mentions, d: Discrepancy, lex: Lexicon) -> str | None:
    """The party whose name the figure a discrepancy found is written right after, with no other name
    closer ("Milei had 57.7%", "gives Milei 58.69%", "Massa's 44.3%"): that party's figure."""
    starts = [a.first for a in found_amounts(m, d)] + [n.first for n in found_counts(m, d, lex)]
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


def found_amounts(m: Mentions, d: Discrepancy) -> list[Amount]:
    """The amounts of the sentence written as the figure discrepancy ``d`` found."""
    return [a for a in m.amounts if a.text == d.found]


def found_counts(m: Mentions, d: Discrepancy, lex: Lexicon) -> list[Number]:
    """The counts of the sentence whose figure is one discrepancy ``d`` found."""
    found = found_values(d, lex)
    return [n for n, _after in m.counts if n.value in found]


def after_preposition(tokens: Sequence[Token], n: Number, prepositions: AbstractSet[str],
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


def owned_by_another(m: Mentions, d: Discrepancy, own: AbstractSet[str], reg: EntityRegistry,
                      lex: Lexicon) -> bool:
    """Whether the figure found stands right after a named party's possessive ("the Nasdaq's 1.6% loss",
    "Alphabet's 12,000 job cuts") and that party is none of the claim's: the figure is that party's."""
    owners = {q.last: q.mention.entity for q in m.parties
              if not q.resolved and m.tokens[q.last].low.endswith("'s")}
    if not owners:
        return False
    firsts = [a.first for a in found_amounts(m, d)] + [n.first for n in found_counts(m, d, lex)]
    return any((e := owners.get(first - 1)) is not None and not any(reg.compatible(e, x) for x in own)
               for first in firsts)


def of_another_measure(m: Mentions, d: Discrepancy, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure found is written as "NOUN of FIGURE" ("yields of 5%", "a net profit of 65 million
    euros" against a loss), with a noun the claim's wordings never use and that is no mere word for a figure
    ("a price of", "a total of", lex.value_nouns)."""
    tokens = m.tokens
    for a in found_amounts(m, d):
        k = a.first - 1
        if k < 1 or tokens[k].low not in lex.partitive_prepositions:
            continue
        noun = tokens[k - 1].low
        if noun.isalpha() and "NOUN" in readings(noun) and noun not in lex.value_nouns \
                and noun not in lex.number_words and not ({noun} | lemmas(noun)) & vocabulary:
            return True
    return False


def level_after_change(m: Mentions, d: Discrepancy, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure found is the level a change reached ("rose 34% to $55.50", "fell to 5%"), in the
    same clause, by a change with no object ("its stock rose", not "raised its offer"), where the claim's
    wordings use no change word and no linking verb: the claim records an act, neither a change nor a level,
    so the level is another measure's."""
    tokens = m.tokens
    for a in found_amounts(m, d):
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


def change_size(m: Mentions, d: Discrepancy, lex: Lexicon, p: Predication | None = None) -> bool:
    """Whether the figure found is written as the size of a change: after "fell by", "rose by", or right
    after a word of change, past any bound ("shares rallying more than 40%", "jumped about 21%"). Not the
    object of the event word ``p`` itself: "Aramco raised $26.5 billion" against a claim whose keyword is
    "raised" gives the claim's figure."""
    tokens = m.tokens
    for a in found_amounts(m, d):
        if p is not None and object_of(m, p, a.first, lex):
            continue
        if a.first >= 2 and tokens[a.first - 1].low in lex.change_prepositions \
                and any(t.low in lex.change_words for t in tokens[max(0, a.first - 3):a.first - 1]):
            return True
        if after_change(tokens, a.first, lex):
            return True
    return False


def after_change(tokens: tuple[Token, ...], first: int, lex: Lexicon, by: bool = False) -> bool:
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


def grade_after_change(m: Mentions, d: Discrepancy, vocabulary: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure found is the grade a change of state reached ("has since been downgraded to a
    Category 4 storm"), by a word the claim never uses: a later state than the recorded one, which a grade
    the change reached may agree with ("strengthened to a Category 5") but never contradicts."""
    tokens = m.tokens
    starts = [a.first for a in found_amounts(m, d)] + [n.first for n in found_counts(m, d, lex)]
    for first in starts:
        k = first - 1
        while k >= 0 and tokens[k].low in lex.determiners:
            k -= 1
        if k >= 0 and tokens[k].text.isalpha() and not tokens[k].text.islower() and k - 1 >= 0 \
                and tokens[k - 1].low in lex.determiners | lex.level_prepositions:
            k -= 1  # "to a Category 4": the grade's name before its figure
            while k >= 0 and tokens[k].low in lex.determiners:
                k -= 1
        if k >= 1 and tokens[k].low in lex.level_prepositions and tokens[k - 1].low in lex.state_changes \
                and not ({tokens[k - 1].low} | lemmas(tokens[k - 1].low)) & vocabulary:
            return True
        if k >= 0 and tokens[k].low in lex.becoming_verbs \
                and not ({tokens[k].low} | lemmas(tokens[k].low)) & vocabulary:
            return True  # "became a Category 1 hurricane midday Tuesday and explosively intensified": a stage
    return False


def change_for_level(m: Mentions, claim: Claim, value: QuantityValue, d: Discrepancy, lex: Lexicon) -> bool:
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
               for a in found_amounts(m, d))


def aggregate(m: Mentions, p: Predication, claim: Claim, lex: Lexicon) -> bool:
    """Two coordinated dates where the claim has one ("800 staff in January and June"), or a figure "of"
    an event noun in the plural ("100 bps of increases"): figures are totals."""
    if not any(isinstance(v, DateValue) and v.end is None for v in claim.values):
        return False
    if any(isinstance(v, DateValue) and v.month is not None for v in claim.values) and lex.year_to_date \
            and phrase_after_figure(m, lex.year_to_date):
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


def counted_since(m: Mentions, p: Predication, lex: Lexicon) -> bool:
    """Whether the event is counted from a date: "since 2015" in its window, or a "Since March 2022" that
    opens its clause."""
    a = p.span[0]
    return any(not superlative_before(m, d.first - 1) for d in p.since) or (a > 0 and any(
        d.first >= 1 and m.tokens[d.first - 1].low == "since" and d.last < a
        and not any(t.low in lex.clause_breaks for t in m.tokens[d.last + 1:a]) for d in m.dates))


def superlative_before(m: Mentions, since: int) -> bool:
    """"the most severe since 2015", "its lowest price since August": a record the date is measured for,
    which says nothing of what the rest of the sentence counts."""
    return any(t.low == "most" or (t.low.endswith("est") and "ADJ" in readings(t.low))
               for t in m.tokens[max(0, since - 6):since])


def named_group(d: Discrepancy, reg: EntityRegistry) -> bool:
    """Whether a name no entity holds, and no dictionary knows, stands between the figure found and its
    noun ("1,267 VMware employees")."""
    return any(unknown_word(t) and not reg.find(t.text) for t in tokenize(d.found)[1:])


def share_of_whole(m: Mentions, p: Predication, claim: Claim, lex: Lexicon) -> bool:
    """"17% of Spotify's headcount is around 1,500 employees": a count set beside a share of a whole is the
    share's, not the whole's. A claim that records a share itself compares it as its own."""
    if any(isinstance(v, QuantityValue) and (u := unit_of(v.unit, lex)) is not None and u.dimension == "percent"
           for v in claim.values):
        return False
    return any(a.first >= p.lo and a.last + 1 < len(m.tokens) and m.tokens[a.last + 1].low == "of"
               and (u := unit_of(a.unit, lex)) is not None and u.dimension == "percent" for a in m.amounts)


def in_part(m: Mentions, claim: Claim, reg: EntityRegistry, lex: Lexicon) -> bool:
    """The sentence places its figures in one part of the claim's place ("in Jajarkot" against a toll for
    all of Nepal) and never names that place itself; two parts are a breakdown beside the whole's figure
    ("157 dead: 105 in Jajarkot and 52 in Rukum West"). A place that qualifies a noun after it ("Jajarkot
    Earthquake: 35 dead, 53 injured in Rukum Paschim") names the event, and places no figure."""
    whole = claim_places(claim)
    if not whole:
        return False
    tokens = m.tokens

    def qualifies(p: Party) -> bool:
        nxt = tokens[p.last + 1].low if p.last + 1 < len(tokens) else ""
        kinds = readings(nxt)
        if nxt.endswith("s") and "VERB" in kinds:
            return False  # "Jajarkot counts 105 dead": the place is the subject of a verb
        return nxt.isalpha() and "NOUN" in kinds and nxt not in lex.kind_nouns \
            and nxt not in lex.place_kind_nouns and not any(q.first == p.last + 1 for q in m.parties)

    related = {p.mention.entity for p in m.parties if not p.resolved
               and reg.kind(p.mention.entity) in (EntityKind.place, EntityKind.country) and not qualifies(p)
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


def places_together(m: Mentions, claim: Claim, reg: EntityRegistry) -> bool:
    """The sentence places its figure in the claim's place and another together ("claimed 154 lives in
    Jajarkot and Rukum West"): the figure is both places' total, not the claim's place's own."""
    whole = claim_places(claim)
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


def in_unknown_part(m: Mentions, claim: Claim, reg: EntityRegistry, lex: Lexicon) -> bool:
    """The sentence places a figure in a place the base does not know, named as lying in the claim's place
    ("eight died in Kushe Rural Municipality of Jajarkot"): a part's figure, not the whole's."""
    whole = claim_places(claim)
    if not whole or not m.unknown_places:
        return False
    starts = {p.first: p.mention.entity for p in m.parties if not p.resolved}
    tokens = m.tokens
    for first, name in m.unknown_places:
        k = first + len(name.split())  # the word after the name, as the reader joined it with single spaces
        # "Sanibheri rural municipality of Rukum West": the kind of place the name is may come between
        while k < len(tokens) - 1 and k - first <= 4 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and "NOUN" in readings(tokens[k].low) and tokens[k].low not in lex.partitive_prepositions:
            k += 1
        if k + 1 < len(tokens) and (tokens[k].low in lex.partitive_prepositions or tokens[k].low == "in"):
            j = k + 1 + (tokens[k + 1].low in lex.determiners)
            held = starts.get(j)
            if held is not None and (held in whole or whole & set(reg.ancestors(held))):
                return True
    return False


def counted_jointly(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is given for several together ("which together will have 81 seats", "a
    combined 87 seats"): a joint word stands in its clause before it."""
    for n in found_counts(m, d, lex) or found_amounts(m, d):
        k = n.first - 1
        while k >= 0 and n.first - k <= 8 and m.tokens[k].low not in (",", ";", ":", "(", ")"):
            if m.tokens[k].low in lex.joint_words:
                return True
            k -= 1
    return False


def in_brackets_of_another(m: Mentions, d: Discrepancy, own: AbstractSet[str], lex: Lexicon) -> bool:
    """Whether the count found stands in brackets with a name that is none of the claim's parties ("the
    Farmer Citizens Movement (BBB, 7 seats)"): that name's figure."""
    tokens = m.tokens
    for n in found_counts(m, d, lex):
        k = n.first - 1
        while k >= 0 and n.first - k <= 4 and tokens[k].low not in ("(", ")"):
            k -= 1
        if k < 0 or tokens[k].low != "(":
            continue
        named = [q for q in m.parties if k < q.first < n.first]
        if any(q.mention.entity in own for q in named):
            continue
        if named or any(t.text[:1].isupper() and t.text.isalpha() for t in tokens[k + 1:n.first]):
            return True
    return False


def counted_per_period(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is given per period ("210 flights a day", "250 flights daily")."""
    found = found_values(d, lex)
    return any(rate_after(m.tokens, n.last, lex) for n, _after in m.counts if n.value in found or n.high in found)


def rate_past_its_noun(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the count found runs per period, past its noun phrase ("release 12 Israeli women and children
    every night", "40 hostages a day"), but not "a day after" (a lag, no rate)."""
    found = found_values(d, lex)
    tokens = m.tokens
    for n, _after in m.counts:
        if n.value not in found:
            continue
        for k in range(n.last + 1, min(len(tokens) - 1, n.last + 8)):
            if tokens[k].low in lex.clause_breaks and tokens[k].low not in lex.coordinators:
                break  # (past "women and children", but not past a comma or another clause)
            if tokens[k].low in lex.rate_words and tokens[k + 1].low in lex.time_nouns and not (
                    k + 2 < len(tokens) and (tokens[k + 2].low in lex.offset_words
                                             or tokens[k + 2].low in lex.ago_words)):
                return True
    return False


def another_cause(m: Mentions, p: Predication, d: Discrepancy, vocabulary: Callable[[], frozenset[str]],
                   lex: Lexicon) -> str | None:
    """The cause the figure found is put down to in its own clause ("died due to cold", "lost their lives
    because the government could not pay", "the cold has claimed the lives of 34"), when none of its words is
    one of ``vocabulary()`` (asked only when a cause is written: the story's words are gathered over all its
    claims); else None."""
    words = [t.low for t in m.tokens]
    for n in found_counts(m, d, lex):
        for k in range(n.last + 1, min(len(words), n.last + 16)):
            marker = next((c for c in lex.cause_markers if tuple(words[k:k + len(c)]) == c), None)
            if marker is not None:
                return cause_named(m, k + len(marker), vocabulary(), lex)
            if words[k] in lex.clause_breaks:
                break
    subject = taker_of(m, p, lex)
    return None if subject is None else cause_named(m, subject[0], vocabulary(), lex, subject[1])


def taker_of(m: Mentions, p: Predication, lex: Lexicon) -> tuple[int, int] | None:
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


def cause_named(m: Mentions, k: int, vocabulary: frozenset[str], lex: Lexicon, end: int = -1) -> str | None:
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


def in_a_place(m: Mentions, d: Discrepancy, reg: EntityRegistry, lex: Lexicon) -> bool:
    """Whether the figure found is placed, right after its noun, in a country or place: a named one ("in the
    UK") or one named by its kind ("in the country")."""
    starts = {q.first: q for q in m.parties}
    for n in found_counts(m, d, lex):
        placed = after_preposition(m.tokens, n, lex.location_prepositions - {"to", "from"},
                                    lambda t: t.low in lex.determiners)
        if placed is not None:
            party = starts.get(placed[1])
            kind = reg.kind(party.mention.entity) if party is not None else None
            return m.tokens[placed[1]].low in lex.place_kind_nouns or (
                kind is not None and kind.value in ("country", "place"))
        # "192,769 units are affected by this recall in our country": the place of the figure's own clause
        k = n.last + 1
        while k < len(m.tokens) - 2 and k - n.last <= 9 and m.tokens[k].low not in lex.clause_breaks:
            if m.tokens[k].low in lex.location_prepositions and m.tokens[k + 1].low in lex.determiners \
                    and m.tokens[k + 2].low in lex.place_kind_nouns:
                return True
            k += 1
    return False


def in_one_of_places(m: Mentions, d: Discrepancy, claim: Claim, reg: EntityRegistry, lex: Lexicon) -> bool:
    """Whether the figure found is placed, right after its noun, in one of the several places the claim
    counts together, and the sentence never names them all ("with 1,297 fatalities in Syria" against a toll
    for Turkey and Syria): one country's part of the whole."""
    whole = claim_places(claim)
    if len(whole) < 2 or whole <= {q.mention.entity for q in m.parties if not q.resolved}:
        return False
    starts = {q.first: q for q in m.parties}
    for n in found_counts(m, d, lex):
        placed = after_preposition(m.tokens, n, lex.location_prepositions - {"to", "from"},
                                   lambda t: t.low in lex.determiners)
        party = starts.get(placed[1]) if placed is not None else None
        if party is not None and (party.mention.entity in whole
                                  or whole & set(reg.ancestors(party.mention.entity))):
            return True
    return False


def in_local_place(m: Mentions, d: Discrepancy, lex: Lexicon, placed_claim: bool = False) -> bool:
    """Whether the figure found is placed in a place smaller than any the record counts for, named only by
    its kind ("among 13 people in his village killed", "four in one household") or, for a record counted in a
    place, by a pronoun ("there"): a part of the toll."""
    for n in found_counts(m, d, lex):
        # "in one household", "of the same family"
        placed = after_preposition(m.tokens, n, lex.location_prepositions | lex.partitive_prepositions,
                                    lambda t: t.low in lex.determiners or t.low == "one"
                                    or set(readings(t.low)) == {"ADJ"})
        if placed is not None and placed[1] > placed[0] + 1 and m.tokens[placed[1]].low in lex.local_places:
            return True
        # "13 people lost their lives in the village": the place of the figure's own clause, after its verb
        k = n.last + 1
        while k < len(m.tokens) and k - n.last <= 8 and m.tokens[k].low not in lex.clause_breaks:
            if placed_claim and m.tokens[k].low in lex.place_pronouns and (
                    k + 1 == len(m.tokens) or m.tokens[k + 1].low not in lex.linking_verbs):
                return True  # "50 people were injured there": the place named before, a part of the whole
            if k < len(m.tokens) - 2 and m.tokens[k].low in lex.location_prepositions \
                    and m.tokens[k + 1].low in lex.determiners | {"one"}:
                j = k + 2
                while j < len(m.tokens) - 1 and set(readings(m.tokens[j].low)) == {"ADJ"}:
                    j += 1  # "in the remote village"
                if m.tokens[j].low in lex.local_places:
                    return True
            k += 1
    return False


def other_period(m: Mentions, own: frozenset[str], lex: Lexicon) -> bool:
    """The sentence names only other periods than the claim measures over ("monthly" against "annual",
    "finished the day up 21%" against a gain over a year), or a moment after the claim's own (the first
    day of trading against a value at the offer price)."""
    stated = _sentence_periods(m, lex)
    if not stated:
        return False
    return not stated & own or any(stated & lex.later_periods.get(period, frozenset()) for period in own)


def period_of_event(m: Mentions, span: tuple[int, int], lex: Lexicon) -> str:
    """The period a word right before the event word gives it ("a full-year net profit", "quarterly profits"),
    or "": it measures this event, whatever other periods the sentence names."""
    tokens, first = m.tokens, span[0]
    if first >= 1 and tokens[first - 1].low in lex.period_words:
        return lex.period_words[tokens[first - 1].low]
    if first >= 3 and tokens[first - 2].low == "-":
        return lex.period_words.get(f"{tokens[first - 3].low}-{tokens[first - 1].low}", "")
    return ""


@per_sentence
def _sentence_periods(m: Mentions, lex: Lexicon) -> frozenset[str]:
    """The periods a sentence names: the same for every claim with a period that the sentence reaches."""
    return frozenset(periods_named(HYPHENATED.findall(m.text.lower()), lex)
                     | periods_named([t.low for t in m.tokens], lex) | periods_named(m.carried, lex))


def periods_named(words: Sequence[str], lex: Lexicon) -> set[str]:
    """The periods that words name, as single words ("annual") or phrases ("over the past year").

    Phrases are looked up by the word they start with, so a sentence costs one lookup a word rather than
    a scan of the sentence for each phrase of the pack."""
    found = {lex.period_words[w] for w in words if w in lex.period_words}
    phrases = lex.period_phrases_by_first
    for i, w in enumerate(words):
        for phrase, period in phrases.get(w, ()):
            if period not in found and tuple(words[i:i + len(phrase)]) == phrase:
                found.add(period)
    return found


def phrase_after_figure(m: Mentions, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` follows a figure of the sentence within a few words ("800 workers already
    this year"), not in a clause of its own ("the third round of layoffs this year")."""
    words = [t.low for t in m.tokens]
    ends = [n.last for n, _after in m.counts if not n.ordinal] + [a.last for a in m.amounts]
    return any(tuple(words[i:i + len(ph)]) == ph for ph in phrases for e in ends
               for i in range(e + 1, min(len(words), e + 5)) if words[i] == ph[0])


def stated_in_claim(claim: Claim, d: Discrepancy, m: Mentions, lex: Lexicon) -> bool:
    """Whether every figure discrepancy ``d`` found is one the claim's own wording writes besides its values,
    in a sentence that also gives the value itself: "doubled its seats in the 150-seat parliament from 17 to
    37" against "37 of the 150 seats" names the whole as the statement does ("won 150 seats" stays wrong)."""
    own = next((v for v in claim.values if v.field == d.field), None)
    if not isinstance(own, CountValue | QuantityValue) or not (
            any(n.value == own.number for n in m.numbers) or any(a.value == own.number for a in m.amounts)):
        return False
    found = found_values(d, lex)
    if not found:
        return False
    values = {v.number for v in claim.values if isinstance(v, CountValue | QuantityValue)}
    stated = {n.value for text in (claim.statement, *claim.aliases) for n in read_numbers(tokenize(text), lex)}
    return found <= stated - values


def held_by_sibling(claim: Claim, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure of discrepancy ``d`` is what another figure of the same claim records (for a date:
    the year of another date of the claim, "its longest run since January 1987" against a claim dated 26 July
    2023 and measured since 1987)."""
    own = next((v for v in claim.values if v.field == d.field), None)
    if isinstance(own, DateValue):
        years = {int(y) for y in _YEAR.findall(d.found)}
        return bool(years) and years <= {v.year for v in claim.values
                                         if isinstance(v, DateValue) and v.field != d.field and v.year}
    if isinstance(own, CountValue) and any(base_forms(w) & count_heads(own) for w in WORD.findall(d.found.lower())):
        # "900 jets" against 65 jets is wrong whatever else the claim counts, but "two touchdown passes"
        # against 34 passes completed counts the touchdowns the claim also records
        words = WORD.findall(d.found.lower())
        named = [recorded(v.number, v.to, v.bound, v.tolerance, v.approx) for v in claim.values
                 if isinstance(v, CountValue) and v.field != d.field
                 and any(base_forms(w) & count_heads(v) and not base_forms(w) & count_heads(own) for w in words)]
        return any(r.lo <= x <= r.hi for r in named for x in found_values(d, lex))
    # a quantity is held only by a sibling in the same unit: "fined Meta €1.3 billion" against €1.2 billion is
    # wrong even though the claim records the fine as about $1.3 billion as well
    # (currencies never convert; "a quarter percent" may still be the rise a sibling gives in points)
    unit = unit_of(own.unit, lex) if isinstance(own, QuantityValue) else None
    money = unit is not None and currency(lex, unit.id)
    held = [recorded(v.number, v.to, None, v.tolerance, v.approx) for v in claim.values
            if isinstance(v, CountValue | QuantityValue) and v.bound is None and v.field != d.field
            and not (money and (not isinstance(v, QuantityValue) or unit_of(v.unit, lex) != unit))]
    return bool(held) and any(h.lo <= v <= h.hi for h in held for v in found_values(d, lex))


def counted_together(m: Mentions, claim: Claim, lex: Lexicon) -> float | None:
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


def instalment_of_total(m: Mentions, claim: Claim, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the figure found is called a first part ("an immediate 11% wage increase") of a figure the
    claim records as a total ("totalling 25% over the contract")."""
    if not set(WORD.findall(claim.statement.lower())) & lex.total_words:
        return False
    for a in found_amounts(m, d):
        k = a.first - 1
        while k >= 0 and m.tokens[k].low in lex.determiners:
            k -= 1
        if k >= 0 and m.tokens[k].low in lex.instalment_words:
            return True
    return False


def alone_part(m: Mentions, p: Predication, claim: Claim, lex: Lexicon) -> bool:
    """"The settlement with FinCEN alone is for $3.4 billion": a figure given for one part "alone" is that
    part's, not the whole's the claim records, unless the part is one of the claim's own parties ("Binance
    alone will pay $4.3 billion")."""
    own = {v.entity for v in claim.values if isinstance(v, ActorValue | TargetValue | PlaceValue)}
    for k in range(max(1, p.lo), min(p.hi, len(m.tokens) - 1) + 1):
        if m.tokens[k].low not in lex.part_cues:
            continue
        # the name nearest before "alone" is the part: "Acme's settlement with Norway alone" is Norway's
        near = max((q for q in m.parties if k - 4 <= q.last < k), key=lambda q: q.last, default=None)
        if near is None or near.mention.entity not in own:
            return True
    return False


def one_of_counted(m: Mentions, d: Discrepancy, claim: Claim, lex: Lexicon) -> bool:
    """Whether the measure found qualifies one of the things the claim counts ("a three-yard completion"
    against 333 yards over 34 completions): the measure of one of them, never their total."""
    counted = {form for v in claim.values if isinstance(v, CountValue)
               for noun in (v.noun, *v.noun_aliases) for w in noun.lower().split() for form in base_forms(w)}
    if not counted:
        return False
    tokens = m.tokens
    for amount in m.amounts:
        if amount.text != d.found or amount.last + 1 >= len(tokens) or amount.first < 1:
            continue
        noun = tokens[amount.last + 1].low
        # (the indefinite article makes it one: "a three-yard completion")
        if tokens[amount.first - 1].low in lex.indefinite_articles and base_forms(noun) & counted:
            return True
    return False



def length_of_another_event(m: Mentions, p: Predication, claim: Claim, d: Discrepancy,
                            heads: Mapping[int, Sequence[int]], index: int, lex: Lexicon) -> bool:
    """Whether the length found is joined to another claim's event word and so measures that event
    ("reached a deal to end a 41-day strike"); not when it opens the object of the claim's own event word
    and the claim names that noun so ("sought a 40-year sentence" against a request recorded as "a 30-year
    sentence"). ``heads`` maps a token to the claims whose event word it is."""
    found = [x for x in m.durations if x.text == d.found]
    if not found:
        return False
    own = {w.strip(".,;:") for t in (claim.statement, *claim.aliases) for w in t.lower().split()}
    return all(x.head and not (object_of(m, p, x.first, lex) and x.head in own)
               and (there := heads.get(x.last + 1, ())) and index not in there for x in found)


def object_of(m: Mentions, p: Predication, first: int, lex: Lexicon) -> bool:
    """Whether the value starting at token ``first`` opens the object of the event word: nothing but
    articles, determiners and hedges between ("sought a 40-year sentence", "asked for nearly 30 years")."""
    end = p.span[1]
    return 0 <= end < first <= end + 4 and all(
        t.low in lex.determiners or t.low in lex.value_bound_words for t in m.tokens[end + 1:first])


def wished_for(m: Mentions, d: Discrepancy, lex: Lexicon) -> bool:
    """Whether the amount found heads a noun phrase that a wish participle after it qualifies ("closing in on
    the US$2 trillion valuation long sought by the crown prince", "the $100 billion hoped for"): the
    figure is what someone wanted, not what happened."""
    tokens = m.tokens
    for amount in found_amounts(m, d):
        for k in range(amount.last + 1, min(len(tokens), amount.last + 5)):
            word = tokens[k].low
            if word in lex.clause_breaks or word in lex.attribution_verbs:
                break
            if word in lex.irrealis_cues and past_participle(word):
                return k + 1 < len(tokens) and tokens[k + 1].low in lex.wish_followers
    return False
