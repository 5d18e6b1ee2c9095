"""Read a sentence once into predications: each event word with the parties and values bound to it.

The matcher used to recompute roles, passive voice, negation and clause bounds for every candidate claim,
and read values from anywhere in the sentence. Here a sentence is analysed once, independently of any
claim: every event word (an occurrence of some claim's keyword) becomes a :class:`Predication` holding

* its **agent** (who does it), **patient** (whom it is done to, or whose people), **speakers** (who says
  or alleges it), **places** and **time**, each read from the clause of that event word only;
* the **value window**: the tokens whose numbers, durations and dates belong to this event and not to a
  neighbouring one ("two weeks after he was sentenced": the two weeks belong to the appeal);
* whether it is negated, passive, nominal ("Azerbaijan's expulsion of ..."), reported, or marked as some
  other event of the same kind ("another quake", "the previous expulsion").

Referring expressions ("the two", "it", "the ministry") arrive already resolved by the document context
(:mod:`factcheck.context`) as extra parties, so the rules below treat them like names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.entities import EntityRegistry
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import DateMention, Mentions, Party

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Predication:
    """One event word of a sentence and what the sentence binds to it (token indexes, inclusive)."""

    span: Span
    lo: int  # value window
    hi: int
    agents: tuple[str, ...]  # nearest first
    patients: tuple[str, ...]  # whose people were acted on come first
    places: tuple[str, ...]
    unknown_places: tuple[str, ...]
    speakers: tuple[str, ...]
    possessors: tuple[str, ...]
    guessed: frozenset[str]  # entities known only through a resolved reference: they may agree, never conflict
    times: tuple[DateMention, ...]
    passive: bool
    negated: bool
    other_event: bool

    def holds(self, first: int, last: int) -> bool:
        """Whether a value at tokens first..last belongs to this event."""
        return self.lo <= first and last <= self.hi


def analyse(m: Mentions, spans: Sequence[Span], registry: EntityRegistry,
            lex: Lexicon | None = None) -> dict[Span, Predication]:
    """Every event word of the sentence, analysed once; ``spans`` are the event words' token spans."""
    lex = lex or lexicon()
    ordered = sorted(set(spans))
    return {span: _predication(m, span, ordered, registry, lex) for span in ordered}


def _predication(m: Mentions, span: Span, spans: list[Span], registry: EntityRegistry,
                 lex: Lexicon) -> Predication:
    a, b = span
    words = [t.low for t in m.tokens]
    prev_end = max((e for s, e in spans if e < a), default=-1)
    next_start = min((s for s, e in spans if s > b), default=len(words))
    lo, hi = _value_window(words, a, b, prev_end, next_start, lex)
    passive = _passive(words, a, lex) or _light_passive(words, a, lo, lex)
    breaks = lex.clause_breaks

    def same_clause(first: int, last: int) -> bool:
        if a < first and last < b:
            return True
        between = words[last + 1:a] if last < a else words[b + 1:first]
        return prev_end < first < next_start and not any(w in breaks for w in between)

    agents: list[str] = []
    targets: list[str] = []
    owners: list[str] = []
    places: list[str] = []
    speakers: list[str] = []
    possessors: list[str] = []
    unknown = [text for i, text in m.unknown_places if same_clause(i, i)]
    named = {p.mention.entity for p in m.parties if not p.resolved}
    guessed = frozenset(p.mention.entity for p in m.parties if p.resolved and p.mention.entity not in named)
    nominal = _nominal(words, a, lex)
    headline_passive = not passive and _participle(words[b], lex) and not nominal
    subject_is_people = False
    for party in m.parties:
        entity = party.mention.entity
        metonym = registry.metonym(entity) is not None
        if not same_clause(party.first, party.last):
            continue
        if party.place:
            places.append(entity)
            continue
        if metonym and party.first > b:
            # "expelled from Marseille": where; "a row with Baku", "the Paris embassy": neither place nor party
            if party.first and words[party.first - 1] in lex.location_prepositions:
                places.append(entity)
            continue
        if party.last < a and _says(words, party.last + 1, a, lex):
            speakers.append(entity)  # "Azerbaijan accuses France of bias": Azerbaijan says it, France is biased
            continue
        if party.owner:
            owners.append(entity)
            if party.last < a:
                subject_is_people = True
            continue
        if party.last + 1 < len(words) and words[party.last + 1] in lex.attribution_verbs and a < party.first:
            speakers.append(entity)  # "objected to what he regarded as France's partial stance"
            continue
        if a < party.first and party.last < b:
            # inside a keyword phrase: "objected to Germany's partial stance", "criticism from Azerbaijan
            # over its position"
            if party.first and words[party.first - 1] in ("from", "by"):
                agents.append(entity)
            elif m.tokens[party.last].low.endswith("'s") or m.tokens[party.last].low in _POSSESSIVE:
                possessors.append(entity)
            else:
                targets.append(entity)
        elif party.by and party.first > b:
            agents.append(entity)
        elif party.last < a:
            possessive = (m.tokens[party.last].low.endswith("'s") or m.tokens[party.last].low in _POSSESSIVE) \
                and a - party.last <= 3
            if possessive and nominal and b + 1 < len(words) and words[b + 1] == "of":
                agents.append(entity)  # "Azerbaijan's expulsion of two French staff": whose act
            elif possessive:
                possessors.append(entity)  # "France's partial stance": whose stance, holder or object
            else:
                (targets if passive else agents).append(entity)
        elif party.first > b:
            if passive or (headline_passive and subject_is_people):
                prev = words[party.first - 1] if party.first else ""
                if prev == "from" and registry.kind(entity) is not None:
                    agents.append(entity)  # "expelled from Azerbaijan": the state that expelled them
            elif party.first - 1 > b and words[party.first - 1] in lex.modifier_prepositions:
                continue  # "the dispute between Azerbaijan and Armenia": a noun's modifier, not the object
            else:
                targets.append(entity)
    if not agents and not targets and not owners:
        subject = _apposed_subject(m, words, a, prev_end, breaks)
        if subject is not None:
            (owners if subject.owner else targets if passive else agents).append(subject.mention.entity)
    if headline_passive and subject_is_people and not agents:
        passive = True  # "Two French diplomats expelled from Azerbaijan": a headline drops the auxiliary
    agents.reverse()
    if not agents and not targets and not owners and _refers_back(words, prev_end, a, breaks):
        # "France expelled two Azerbaijani diplomats and gave them 48 hours": the clause names no party,
        # so the sentence's subject and the people it acted on carry over
        if not passive:
            agents = [p.mention.entity for p in m.parties[:1] if p.last < a and not p.owner and not p.place]
        owners = [p.mention.entity for p in m.parties if p.owner and p.last < a]
    patients = owners or targets
    return Predication(
        span=span, lo=lo, hi=hi,
        agents=tuple(dict.fromkeys(agents)), patients=tuple(dict.fromkeys(patients)),
        places=tuple(dict.fromkeys(places)), unknown_places=tuple(unknown), speakers=tuple(speakers),
        possessors=tuple(possessors), guessed=guessed, times=tuple(_times(m, words, lo, hi, lex)),
        passive=passive, negated=_negated(m, words, span, lex), other_event=_other_event(words, a, lex),
    )


def _apposed_subject(m: Mentions, words: list[str], a: int, prev_end: int,
                     breaks: frozenset[str]) -> Party | None:
    """The subject before an apposition: "Aliyev, the Azerbaijani leader, stayed away" -> Aliyev.

    Only the shape PARTY , ... , EVENT with nothing but the apposition between the commas counts."""
    k = a - 1
    while k > prev_end and words[k] not in breaks:
        k -= 1
    if k <= prev_end or words[k] != ",":
        return None
    j = k - 1
    while j > prev_end and words[j] not in breaks:
        j -= 1
    if j <= prev_end or words[j] != ",":
        return None
    for party in m.parties:
        if party.last == j - 1 and not party.place:
            start = party.first - 1
            if start < 0 or words[start] in breaks or start <= prev_end or words[start] in ("the",):
                return party
    return None


def _value_window(words: list[str], a: int, b: int, prev_end: int, next_start: int, lex: Lexicon) -> Span:
    """The tokens whose values belong to the event at a..b: up to the neighbouring event words and the
    nearest subordinate or relative clause boundary on each side ("since 2015, when ...")."""
    lo = prev_end + 1
    for i in range(a - 1, prev_end, -1):
        if words[i] in lex.value_breaks_left:
            lo = i + 1
            break
    hi = next_start - 1
    for i in range(b + 1, next_start):
        if words[i] in lex.value_breaks_right:
            hi = i - 1
            break
    return lo, hi


def _times(m: Mentions, words: list[str], lo: int, hi: int, lex: Lexicon) -> list[DateMention]:
    """Dates in the value window, and the date a "when"/"where" clause hangs from ("in 2015, when ...")."""
    out = [d for d in m.dates if lo <= d.first and d.last <= hi and (d.first == 0 or words[d.first - 1] != "since")]
    if lo >= 1 and words[lo - 1] in lex.time_relatives:
        k = lo - 2
        while k >= 0 and words[k] == ",":
            k -= 1
        out += [d for d in m.dates if d.last == k]
    return out


def _says(words: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """An attribution verb between i and j, not itself passive ("France is accused of ...")."""
    return any(words[k] in lex.attribution_verbs and words[k - 1] not in lex.passive_auxiliaries
               for k in range(max(i, 1), j))


def _participle(word: str, lex: Lexicon) -> bool:
    return word.endswith(("ed", "en", "wn", "ne", "ght")) and word not in lex.stative_participles


def _passive(words: list[str], a: int, lex: Lexicon) -> bool:
    for j in range(max(0, a - 3), a):
        if words[j] in lex.passive_auxiliaries and any(_participle(w, lex) for w in words[j + 1:a + 1]):
            return True
    return False


def _light_passive(words: list[str], a: int, lo: int, lex: Lexicon) -> bool:
    """"faced criticism from Azerbaijan", "receives 25-year sentence": the subject undergoes the event."""
    return any(words[k] in lex.passive_light_verbs for k in range(max(lo, a - 4), a))


def _nominal(words: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the event word is a noun here: "the expulsion", "its decision", "Azerbaijan's expulsion"."""
    before = words[a - 1] if a else ""
    return before in lex.determiners or before.endswith("'s")


def _other_event(words: list[str], a: int, lex: Lexicon) -> bool:
    """"another quake", "the previous expulsion", "an earlier sentence": an event of the same kind."""
    for k in range(max(0, a - 2), a):
        if words[k] not in lex.other_event_cues or (k + 1 < len(words) and words[k + 1] in lex.time_nouns):
            continue
        if k == 0 or words[k - 1] not in lex.negation_bridge:  # "had earlier expelled": a time, not another event
            return True
    return False


def _refers_back(words: list[str], prev_end: int, a: int, breaks: frozenset[str]) -> bool:
    """Whether the clause before the keyword points back at parties named earlier ("gave them 48 hours")."""
    start = a
    while start - 1 > prev_end and words[start - 1] not in breaks:
        start -= 1
    return any(w in _REFERRING for w in words[max(start - 1, 0):a])


_POSSESSIVE = frozenset(("its", "his", "her", "their"))
_REFERRING = frozenset("them they their these those who whom which it its he she him her".split())


def _negated(m: Mentions, words: list[str], span: Span, lex: Lexicon) -> bool:
    a, b = span
    for cue in m.negations:
        # the cue governs the event word unless the event sits inside another verb's object or question
        # ("did not give reasons for the expulsion", "did not say why they expelled")
        between = words[cue + 1:a]
        if cue < a and a - cue <= lex.negation_window + 1 and not any(
                w in lex.clause_breaks or w in lex.negation_stoppers for w in between):
            return True
        if cue == b + 1 and words[cue] in ("no", "none", "never"):
            return True
    return False


__all__ = ["Predication", "Span", "analyse"]
