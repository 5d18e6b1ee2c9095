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

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from factcheck._mood import MODALS, irrealis, modal_after, purpose, range_and, says, speech_goes_on, told_at
from factcheck._negation import _denied_progressive, _negated, _not_yet
from factcheck._pairs import head_of_complement, object_modifier, repeated_after_time, shares_subject
from factcheck._phrases import at_site, before_title, of_another_noun, ordinal_subject, picture_date, reason_phrase
from factcheck._times import event_times, onset_date, since_date, until_date
from factcheck._words import (
    ARTICLES,
    LINKS,
    POSSESSIVE,
    _finite,
    _finite_before,
    _modifier_word,
    _new_subject,
    _nominal,
    _noun_only,
    _participle,
    past_participle,
)
from factcheck.entities import EntityRegistry
from factcheck.keywords import readings
from factcheck.kinds.numbers import Token
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import DateMention, Mentions, Party, relative_antecedent, title_cased
from factcheck.plain import EntityKind

Span = tuple[int, int]


# A named tuple, not a dataclass: every check imports this module, and a dataclass compiles its methods
# at import (0.3 ms or more a class) where a named tuple compiles one.


class Predication(NamedTuple):
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
    irrealis: str = ""  # "wanted him jailed for 50 years": the wish, request or condition that governs the event
    reported_negation: bool = False  # "he said he did not steal": a denial someone made, not one the text makes
    owned: frozenset[str] = frozenset()  # "the FTX founder": entities named only as whose people these are
    modifier: bool = False  # "their sentencing memorandum": the event word qualifies another noun
    since: tuple[DateMention, ...] = ()  # "the deadliest since 2015": a date the event is measured from
    attributed: bool = True  # someone is said to say it: a cue in the event's own clause, or "..., X said."
    negator: int = -1  # the token of the negation cue, when negated
    governed: int = -1  # "announced the completion of": the event noun that is the verb's object, if any
    pooled: frozenset[str] = frozenset()  # "losses for customers, investors and lenders": a list's members
    landmarks: frozenset[str] = frozenset()  # "near Portland": places the event is near, not in
    sources: tuple[str, ...] = ()  # "..., the USGS measured.": the source named at the sentence's end
    told_at: bool = False  # "Kawaakoa said at an evacuation shelter": the event noun says where someone spoke
    definite: str = ""  # "The quake struck ...", "The deal was announced ...": the common noun it is said of
    # "one person rescued has since been released": a participle qualifying the subject of a later verb; a
    # figure of that subject counts only those the later verb speaks of
    part_subject: bool = False
    gloss: bool = False  # "a soft landing (i.e. one where the craft wasn't crashed)": a definition in brackets
    one_of_series: str = ""  # "the fifth game of the third set lasted 26 minutes": the noun of a part it is said of

    def holds(self, first: int, last: int) -> bool:
        """Whether a value at tokens first..last belongs to this event."""
        return self.lo <= first and last <= self.hi


def analyse(m: Mentions, spans: Sequence[Span], registry: EntityRegistry,
            lex: Lexicon | None = None) -> dict[Span, Predication]:
    """Every event word of the sentence, analysed once; ``spans`` are the event words' token spans."""
    lex = lex or lexicon()
    ordered = sorted(set(spans))
    if not ordered:
        return {}
    words = _clause_words(m, lex)
    # in an all-capitals headline every word looks like a name: unknown places cannot be told from words
    # (only unknown places depend on it, so a sentence without any is not counted letter by letter)
    text = m.text
    shouting = bool(m.unknown_places) and sum(map(str.isupper, text)) >= 0.6 * max(1, sum(map(str.isalpha, text)))
    if m.unknown_places and not shouting and _title_case(m):
        # in a title-case headline only a word no dictionary knows can still be told for a name: "Flies To
        # Quake-Hit Bajhang" names a place, "In Second-Round Vote" does not
        m = replace(m, unknown_places=tuple((i, name) for i, name in m.unknown_places
                                            if not any(readings(w.lower()) for w in name.split())))
    # each event word's "another quake" reading, once: a word's own predication asks for it, and so does the
    # event word before it (the figures before another event's noun are that event's)
    others = frozenset(span for span in ordered if _other_event(words, span[0], span[1], lex)) \
        | repeated_after_time(words, ordered, lex)
    links = _links(m, words, registry, lex)
    out = {span: _predication(m, span, ordered, registry, lex, words, shouting, others, links) for span in ordered}
    pictured = picture_date(m, words, lex)
    if pictured is not None:
        # "Drone photo of a freight train that derailed in East Palestine, Ohio, Feb. 4, 2023.": a caption's
        # closing date is when the picture was taken
        out = {span: p._replace(times=tuple(d for d in p.times if d is not pictured)) for span, p in out.items()}
    for before, span in pairwise(ordered):
        p, q = out[before], out[span]
        if q.times or not p.times or not shares_subject(words, before, span, lex):
            continue
        # "the 2015 quake that killed 9,000 and injured 22,000": a verb joined to the one before it shares
        # its subject, and with it the time the subject gives
        out[span] = q._replace(times=p.times)
    for before, span in pairwise(ordered):
        p, q = out[before], out[span]
        if head_of_complement(words, before, span, lex):
            # "The total enterprise value, including debt, of the deal is $60 billion": what the copula says
            # is said of the head noun, not of the event noun in its "of" phrase
            out[before], out[span] = p._replace(hi=max(p.hi, q.hi)), q._replace(hi=min(q.hi, span[1]))
    for before, span in pairwise(ordered):
        p, q = out[before], out[span]
        if p.agents and not q.agents and object_modifier(words, before, span, lex):
            # "it found some loose bolts": the word that qualifies the verb's object is the finder's
            out[span] = q._replace(agents=p.agents, guessed=(q.guessed - set(p.agents)) | (p.guessed & set(p.agents)))
    return out


def _title_case(m: Mentions) -> bool:
    """A headline in title case ("Turnout Reaches 76% In Second-Round Vote"): capitals mark no names."""
    return not m.text.rstrip().endswith(".") and title_cased(m.tokens)


def _clause_words(m: Mentions, lex: Lexicon) -> list[str]:
    """The sentence's words, with the two readings of "than" and "as" that open a clause marked."""
    # "more than 100" is a bound on the figure; only a comparison's "than" ("shorter than the 40-year term
    # prosecutors sought") opens another clause
    words = [t.low if t.low != "than" or i == 0 or m.tokens[i - 1].low not in _BOUND_COMPARATIVES
             or (i + 1 < len(m.tokens) and m.tokens[i + 1].low in lex.determiners) else "than+"
             for i, t in enumerate(m.tokens)]
    # "listening as the jury's verdict is read": "as" before a noun phrase opens a clause of its own
    return [";" if w == "as" and i + 1 < len(words) and words[i + 1] in ("the", "a", "an") and i > 0
            and not _participle(words[i - 1], lex) else w for i, w in enumerate(words)]


def _predication(m: Mentions, span: Span, spans: list[Span], registry: EntityRegistry,
                 lex: Lexicon, words: list[str], shouting: bool, others: frozenset[Span],
                 links: frozenset[int]) -> Predication:
    a, b = span
    prev_end = max((e for s, e in spans if e < a), default=-1)
    next_start = min((s for s, e in spans if s > b), default=len(words))
    reach = next_start
    governed = -1
    if next_start < len(words) and not _nominal(words, a, lex) and "VERB" in readings(words[a]) and all(
            w in lex.determiners or w in lex.number_words or w[:1].isdigit() or w in lex.own_words
            or any(w in phrase for phrase in lex.value_bounds)  # "laying off nearly 800 employees"
            for w in words[b + 1:next_start]) and "NOUN" in readings(words[next_start]) \
            and not past_participle(words[next_start]):
        # "regained control of the region in September", "laying off nearly 800 employees in January": a
        # verb whose object is itself an event noun governs that noun's figures and dates too; its parties
        # stay the noun's ("won the endorsement of Bullrich" does not make Bullrich the one beaten)
        after = max(e for s, e in spans if s == next_start)
        reach = min((s for s, e in spans if s > after), default=len(words))
        governed = next_start
    elif next_start < len(words) and not _nominal(words, a, lex) \
            and object_modifier(words, span, (next_start, next_start), lex):
        # "found the missing door plug on Jan. 7": an event word that only qualifies the verb's object leaves
        # the verb the date right after that object (not one further on: "the missing plug from a jet
        # involved in an incident on Jan. 5")
        after = max(e for s, e in spans if s == next_start)
        dated = next((d for d in m.dates if after < d.first <= after + 4 and all(
            w.isalpha() and w not in lex.relative_pronouns for w in words[after + 1:d.first])), None)
        if dated is not None:
            reach = min(min((s for s, e in spans if s > after), default=len(words)), dated.last + 1)
    back = prev_end
    if 0 <= prev_end == a - 1 and not _nominal(words, a, lex) and "VERB" in readings(words[a]) \
            and "NOUN" in readings(words[prev_end]) and not past_participle(words[a - 1]):
        # "76 per cent of registered voters turned out": a noun subject right before its verb lends the
        # verb the figures of its own phrase
        start = max(s for s, e in spans if e == prev_end)
        back = max((e for s, e in spans if e < start), default=-1)
    lo, hi = _value_window(words, a, b, back, reach, lex, m.dates, {q.first: q.last for q in m.parties})
    if at_site(words, a, lex):
        hi = b  # "returned to the site of the collapse early on Wednesday": what follows is the visit's
    reduced = _reduced_relative(words, a, b)  # "the spacecraft launched last month touched ..."
    if reach == next_start < len(words) and hi >= next_start - 1 \
            and (next_start, min(e for s, e in spans if s == next_start)) in others:
        # "The fine adds to a €390 million penalty imposed last year": the figures before the noun of another
        # event of the kind are that one's
        k = next_start - 1
        while k > b and words[k] not in lex.determiners and words[k] not in lex.clause_breaks \
                and readings(words[k]).keys() != {"VERB"}:
            k -= 1  # back to the article of that noun's phrase
        if k > b and words[k] in lex.determiners:
            hi = k - 1
    passive = _passive(words, a, lex, b) or _light_passive(words, a, lo, lex)
    breaks = lex.clause_breaks


    # "as" opening the event's clause ("... in Bengaluru as the lander makes its landing"), found once
    opens = {k for k in range(prev_end + 1, a) if _clause_as(words, k, a, lex) or reason_phrase(words, k)}
    # "The jury told Judge Hart that it had reached a verdict": "that" after the name a verb addresses opens
    # the clause of what was said; the one addressed has no part in it
    opens |= {q.last + 1 for q in m.parties if q.first and prev_end < q.last + 1 < len(words) - 1
              and words[q.last + 1] in lex.complementisers and words[q.first - 1] not in lex.determiners
              and "VERB" in readings(words[q.first - 1])
              and (words[q.last + 2] in lex.contact_subjects or words[q.last + 2] in lex.determiners)}

    def same_clause(first: int, last: int) -> bool:
        if a < first and last < b:
            return True
        between = range(last + 1, a) if last < a else range(b + 1, first)
        return prev_end < first < next_start and not any(
            (words[k] in breaks and k not in links) or k in opens for k in between)

    agents: list[str] = []
    targets: list[str] = []
    owners: list[str] = []
    places: list[str] = []
    speakers: list[str] = []
    sources: list[str] = []  # "..., the USGS said.": named at the end as the sentence's source
    possessors: list[str] = []
    unknown = [] if shouting else [text for i, text in m.unknown_places if same_clause(i, i)]
    named = {p.mention.entity for p in m.parties if not p.resolved}
    guessed = frozenset(p.mention.entity for p in m.parties if p.resolved and p.mention.entity not in named)
    nominal = _nominal(words, a, lex)
    headline_passive = not passive and not nominal and any(_participle(w, lex) for w in words[a:b + 1])
    verb = next((k for k in range(a, b + 1) if _participle(words[k], lex)), b)
    if headline_passive and not m.text.rstrip().endswith(".") and (
            verb + 1 >= len(words) or words[verb + 1] in _AFTER_PASSIVE) and any(
            p.last < a and not p.place and same_clause(p.first, p.last) for p in m.parties):
        # "SBF jailed for 25 years", "Bankman-Fried sentenced to 25 years": a headline participle with a
        # party before it and no object after it is passive
        passive = True
    subject_is_people = False
    named_speakers: set[str] = set()  # entities named as the ones who say it ("Kaplan said he would ...")
    # agents taken from the clause's subject although the event word sits in a phrase of its own ("to
    # handle his sentencing", "as part of his sentence"), not as the object of the subject's verb
    subjects: list[str] = []
    # "Bankman-Fried, who wore a jail T-shirt during his sentencing": an event noun with an owner of its own
    # ("his", "her") is not done by the clause's subject
    # "he plans to appeal the jury's verdict": a name's own event noun, the object of another verb; neither
    # that verb's subject nor its wish is the noun's
    owner = next((q for q in m.parties if q.last == a - 1), None) if a and words[a - 1].endswith("'s") else None
    before = -1 if owner is None else owner.first - 1 - (owner.first >= 2 and words[owner.first - 1] in lex.determiners)
    # (a verb of saying keeps its subject: "Norway criticised Chile's favouritism")
    named_owner = nominal and not passive and before >= 0 and "VERB" in readings(words[before]) \
        and words[before] not in lex.determiners \
        and words[before] not in lex.attribution_cues and words[before] not in lex.attribution_verbs
    owned_noun = nominal and not passive and a > 0 and "ADJ" not in readings(words[a]) and (
        words[a - 1] in POSSESSIVE or named_owner)
    # an event noun that is the subject of a finite verb right after it ("Kaplan's sentence fell between ..."):
    # the parties after that verb are its own, not the noun's patients
    # ("The acquisition will help reduce Cisco's reliance ...": a modal before the verb as well)
    subject_noun = nominal and not passive and b + 1 < len(words) and (_finite(words[b + 1], lex) or (
        words[b + 1] in lex.future_auxiliaries and b + 2 < len(words) and "VERB" in readings(words[b + 2])))
    # "The sanction handed down by Helen Dixon followed an inquiry into transfers to the US": the noun's own
    # participle phrase, its agent last, then the verb the noun is the subject of; the parties after that
    # verb are the verb's
    main_verb = b + 1 if subject_noun else (
        _verb_after_phrase(m, words, b, lex) if nominal and not passive else -1)
    subject_noun = subject_noun or main_verb > b
    modifiers: set[str] = set()  # parties after the event noun that only qualify it ("losses for customers")
    # places named after "near", "outside", anywhere in the sentence: what the place is found by
    landmarks = {q.mention.entity for q in m.parties
                 if q.first and words[q.first - 1] in lex.proximity_prepositions}
    for party in m.parties:
        entity = party.mention.entity
        metonym = registry.metonym(entity) is not None
        if party.first < a and _after_source_phrase(words, party.first, lex):
            speakers.append(entity)  # "According to Finland, the quake had a magnitude of 5.6"
            if not party.resolved:
                named_speakers.add(entity)
            continue
        if party.last < a and speech_goes_on(words, party.last, a, lex):
            sources.append(entity)  # "...,” he stated, along with inflation growing at 300%": his words go on
            continue
        if b < party.first and _closing_source(words, party.first, party.last, lex) and not party.place:
            # "The quake had a magnitude of 5.6, the US Geological Survey said.", "..., the USGS measured.":
            # the source named after a comma at the sentence's end speaks for what comes before
            sources.append(entity)
            continue
        if not same_clause(party.first, party.last):
            if party.place and next_start <= party.first <= hi and not any(
                    w in breaks for w in words[next_start:party.first]):
                places.append(entity)  # "concedes defeat in Córdoba": the object noun's place is the verb's too
            continue
        if party.place and not (b > a and party.first == b + 1 and registry.kind(entity) is not EntityKind.place):
            if party.first > hi and reduced:
                continue  # "The spacecraft launched last month touched the lunar surface": the main verb's place
            if _origin_of_thing(m, words, party, registry, lex) or _in_closed_relative(words, party, a, lex):
                continue
            places.append(entity)  # but "called in Azerbaijan's ambassador": the phrasal verb's object
            continue
        if party.first and words[party.first - 1] in lex.definite_articles \
                and registry.kind(entity) is EntityKind.place and _noun_modifier(m, party.last + 1) \
                and "government" not in lex.kind_nouns.get(words[party.last + 1], ()):
            # "makes the Texas oil giant the top producer": a place that says where the noun's thing is (but
            # "the Oslo government" is the place's own body)
            continue
        if metonym and party.first > b:
            # "expelled from Marseille": where; "a row with Baku", "the Paris embassy": neither place nor party
            if party.first and words[party.first - 1] in lex.location_prepositions \
                    and not (party.first > hi and reduced) \
                    and not _origin_of_thing(m, words, party, registry, lex):
                places.append(entity)
            continue
        if _affiliation(m, words, party, registry, lex):
            modifiers.add(entity)
            continue  # "will join Quora CEO Adam D'Angelo": the body a person's title names, no party of the event
        if party.last < a and says(words, party.last + 1, a, lex):
            speakers.append(entity)  # "Azerbaijan accuses France of bias": Azerbaijan says it, France is biased
            if not party.resolved:
                named_speakers.add(entity)
            continue
        if party.owner:
            if passive and not party.resolved and b < party.first <= b + 8 \
                    and "by" in words[max(b + 1, party.first - 5):party.first] \
                    and not any(w in breaks for w in words[b + 1:party.first]):
                agents.append(entity)  # "ratified by Ford's 57,000 UAW members": the people who do it
                continue
            owners.append(entity)
            if party.last < a:
                subject_is_people = True
            continue
        if party.first > b and words[party.first - 1] in lex.free_relatives and not party.resolved:
            # "found him guilty for what prosecutors (have) described as the largest fraud": a new party
            # describes what follows; only the subject ("what he regarded as") speaks of the event too
            continue
        if party.last + 1 < len(words) and words[party.last + 1] in lex.attribution_verbs and a < party.first \
                and not m.tokens[party.last].low.endswith("'s"):  # "France's perceived partiality": whose
            speakers.append(entity)  # "objected to what he regarded as France's partial stance"
            if not party.resolved:
                named_speakers.add(entity)
            continue
        if a < party.first and party.last < b:
            # inside a keyword phrase: "objected to Germany's partial stance", "criticism from Azerbaijan
            # over its position"
            if party.first and words[party.first - 1] in ("from", "by"):
                agents.append(entity)
            elif m.tokens[party.last].low.endswith("'s") or m.tokens[party.last].low in POSSESSIVE:
                possessors.append(entity)
            else:
                targets.append(entity)
        elif party.by and party.first > b:
            k = party.first - 1
            while k > b and k >= party.first - 8 and words[k] != "by":
                k -= 1
            j = k - 1 - (k - 1 > b and words[k - 1] in lex.particles)  # "handed down by"
            if j > b + 1 and words[k] == "by" and _participle(words[j], lex) \
                    and not lex.passive_auxiliaries & set(words[max(b + 1, j - 2):j]):
                # "found loose bolts during inspections required by the FAA": the agent of a participle that
                # qualifies another noun; "the loss suffered by customers" qualifies the event word itself,
                # and "the sentence was handed down by Judge Kaplan" is the event's own passive
                continue
            agents.append(entity)
        elif party.last < a and nominal and a >= 2 and (words[a - 1] in _TOPIC or (
                words[a - 1] in lex.determiners and words[a - 2] in _TOPIC)) and party.last < a - 2:
            continue  # "Statement of U.S. Attorney Damian Williams on the sentencing": who speaks of it
        elif party.last < a - 1 and reduced and "by" in words[b + 1:b + 3] and "NOUN" not in readings(words[a]):
            continue  # "Meta pointed to a framework agreed by the EU": the main clause's subject, not the agent
        elif party.last < a - 1 and owned_noun:
            continue  # "Milei appeared next to Karina, her support throughout the campaign": whose support
        elif party.last < a:
            possessive = (m.tokens[party.last].low.endswith("'s") or m.tokens[party.last].low in POSSESSIVE) \
                and (a - party.last <= 3 or party.resolved)  # "his role in this historic fraud": whose role
            if possessive and nominal and b + 1 < len(words) and words[b + 1] == "of":
                agents.append(entity)  # "Azerbaijan's expulsion of two French staff": whose act
            elif possessive:
                possessors.append(entity)  # "France's partial stance": whose stance, holder or object
            elif party.first and (words[party.first - 1] == "from" or (
                    words[before_title(words, party.first, -1, lex)] == "by" and not passive)):
                # "relief materials from India arrived", "arms purchases by Yerevan are a response", "Republicans
                # led by Rep. Matt Gaetz joined Democrats": a modifier of the subject, not the subject
                continue
            elif _modifying(words, party.first, lex):
                continue  # "talks between Norway and Chile have stalled": the subject's modifier
            elif _members_of(words, party.first, lex):
                continue  # "fans of home team Arema FC stormed the pitch": the fans did it, not their club
            elif nominal and not passive and party.first and "VERB" in readings(words[party.first - 1]) \
                    and words[party.first - 1] not in lex.determiners and party.first - 1 > prev_end \
                    and words[party.first - 1] not in lex.attribution_cues | lex.attribution_verbs:
                # "agreed to pay Splunk a $1.48 billion fee": the verb's object, not the fee's payer
                targets.append(entity)
            else:
                (targets if passive else agents).append(entity)
                if not passive and any(w in ("to", "of", "for") for w in words[party.last + 1:a]):
                    subjects.append(entity)
        elif subject_noun and party.first > main_verb:
            continue  # "Kaplan's sentence fell between the expectations of the prosecution": the verb's, not the noun's
        elif party.first > b and words[b] in lex.irrealis_cues and party.first - b <= 2 \
                and party.last + 1 < len(words) and (words[party.last + 1] == "to" or (
                    words[party.last + 1] in _QUOTE_WORDS and party.last + 2 < len(words)
                    and words[party.last + 2] == "to")):
            continue  # "urged Kaplan to impose a sentence": whom the request is made of, not whom it is for
        elif party.first > b:
            if party.resolved and words[party.first] in POSSESSIVE and (
                    party.last + 1 >= len(words) or words[party.last + 1] not in lex.people_nouns):
                possessors.append(entity)  # "criticised France's stance on its conflict": whose, not whom
            elif passive or (headline_passive and subject_is_people):
                prev = words[party.first - 1] if party.first else ""
                if prev == "from" and registry.kind(entity) is not None:
                    agents.append(entity)  # "expelled from Azerbaijan": the state that expelled them
            elif party.first - 1 > b and words[before_title(words, party.first, b, lex)] in lex.modifier_prepositions \
                    and not (party.first - 1 in links and _joined_to(m, words, party.first - 1) in targets):
                modifiers.add(entity)
                continue  # "the dispute between Azerbaijan and Armenia": a noun's modifier, not the object
            elif nominal and not passive and party.first == b + 1 and party.last + 1 < len(words) \
                    and readings(words[party.last + 1]).keys() == {"VERB"} \
                    and (words[party.last + 1].endswith("ed") or _finite(words[party.last + 1], lex)):
                # "the penalty Norway imposed on Acme", "the sentence Kaplan handed down": a relative clause
                # with no pronoun, whose subject does the noun's event
                agents.append(entity)
            elif party.first - 1 > b and words[party.first - 1].isalpha() \
                    and words[party.first - 1] not in lex.determiners and "NOUN" in readings(words[party.first - 1]) \
                    and party.last + 1 < len(words) and readings(words[party.last + 1]).keys() == {"VERB"} \
                    and (words[party.last + 1].endswith("ed") or _finite(words[party.last + 1], lex)):
                continue  # "closer to the 15-year term prosecutors asked for": a relative clause's subject
            elif of_another_noun(m, words, party, b, lex):
                modifiers.add(entity)
                continue  # "on promises of continuity of the platforms of incumbent Widodo": whose platforms
            elif party.first - 1 > b and _attributive(m, words, party, lex):
                modifiers.add(entity)
                continue  # "a fine for breaches of European Union law": the name qualifies a noun after it
            elif party.first - 1 in links and _joined_to(m, words, party.first - 1) in modifiers:
                modifiers.add(entity)
                continue  # "losses for customers, investors and lenders": the list shares its first member's role
            elif party.first - 1 > b and words[party.first - 1] in POSSESSIVE and not party.resolved \
                    and not (party.last + 1 < len(words) and words[party.last + 1] in lex.people_nouns):
                continue  # "related to the collapse of his FTX crypto exchange": what someone owns, not whom
            elif _title_owner(words, b, party.first, lex):
                modifiers.add(entity)
                continue  # "returned as CEO of OpenAI": whose title it is, not who was acted on
            elif _inner_verb(words, b, party.first, lex):
                continue  # "guilty on 34 counts related to a payment to Daniels": the inner verb's party
            else:
                targets.append(entity)
    if nominal and possessors and subjects:
        # "brought in a lawyer to handle his sentencing", "ordered him to repay $11 billion as part of his
        # sentence": an event noun with its own owner, in a phrase of its own, is not done by the subject;
        # "Norway criticised Chile's favouritism" keeps its subject
        agents = [e for e in agents if e not in subjects]
    if words[b] in lex.people_nouns and (a == b or "-" in words[a:b + 1]):  # "founder", "co-founder"
        agents = []  # "sentenced the FTX founder": who founded it is the person meant, not the sentence's subject
        titled = next((q.mention.entity for q in m.parties if q.first == b + 1 and not q.resolved
                       and registry.kind(q.mention.entity) is EntityKind.person), None)
        if titled is not None:
            # "FTX co-founder Gary Wang": the person the title names did it, to what stands before the title
            agents = [titled]
            targets = [q.mention.entity for q in m.parties if q.last == a - 1 and not q.place] or \
                [e for e in targets if e != titled]
    subject = _relative_subject(m, words, a, prev_end, breaks, lex) if not agents and not owned_noun else None
    if subject is not None:
        # "Bankman-Fried, who founded the exchange Binance": the relative clause's subject, even with an object
        relative = words[subject.last + 1] if words[subject.last + 1] != "," else words[subject.last + 2]
        if subject.owner and not targets and not owners:
            owners.append(subject.mention.entity)
        elif (passive or relative == "whom") and not targets and not owners:
            targets.append(subject.mention.entity)
        elif not (subject.owner or passive or relative == "whom"):
            agents.append(subject.mention.entity)
    if not agents and not targets and not owners and not owned_noun:
        subject = _apposed_subject(m, words, a, prev_end, breaks, lex.calendar_words | frozenset(lex.time_words)) \
            or _subject_before_relative(m, words, a)
        if subject is not None:
            (owners if subject.owner else targets if passive else agents).append(subject.mention.entity)
    elif not agents and not passive:
        # "Acme, the toolmaker, bought Borealis": the subject before an apposition, with an object after
        subject = _apposed_subject(m, words, a, prev_end, breaks, lex.calendar_words | frozenset(lex.time_words)) \
            or _subject_before_relative(m, words, a)
        if subject is not None and not subject.owner:
            agents.append(subject.mention.entity)
    if passive and not agents and lex.causative_verbs:
        # "FAA orders 171 jets grounded": the one who orders the event done is its doer
        cause = next((k for k in range(a - 1, max(-1, a - 8), -1) if words[k] in lex.causative_verbs), None)
        if cause is not None and not any(w in breaks for w in words[cause + 1:a]):
            agents = [q.mention.entity for q in m.parties if q.last == cause - 1 and not q.place][:1]
            targets = [e for e in targets if e not in agents]  # (the one ordering is not what is grounded)
    if headline_passive and subject_is_people and not agents:
        passive = True  # "Two French diplomats expelled from Azerbaijan": a headline drops the auxiliary
    agents.reverse()
    clause = a
    while clause - 1 > prev_end and words[clause - 1] not in breaks:
        clause -= 1
    own_subject = any(clause <= p.first and p.last < a and not p.resolved and not p.place for p in m.parties) \
        or (clause > 0 and clause + 1 < a and words[clause] in lex.definite_articles
            and "NOUN" in readings(words[clause + 1]) and words[clause + 1] not in lex.group_words
            and words[clause + 1] not in lex.people_nouns
            and not any(q.first <= clause + 1 <= q.last for q in m.parties))
    # ("Meta faced further woe as the regulator overseeing its operations imposed a fine": a clause that
    # opens on a subject of its own, which no pronoun in it hands back to the sentence's subject)
    if not agents and not targets and not owners and not own_subject and _refers_back(words, prev_end, a, breaks):
        # "France expelled two Azerbaijani diplomats and gave them 48 hours": the clause names no party,
        # so the sentence's subject and the people it acted on carry over
        if not passive and not owned_noun:
            agents = [p.mention.entity for p in m.parties[:1] if p.last < a and not p.owner and not p.place]
        owners = [p.mention.entity for p in m.parties if p.owner and p.last < a]
    elif not agents and not own_subject and not passive and clause and words[clause - 1] == "and" \
            and all(w in lex.negation_bridge or w in lex.passive_auxiliaries for w in words[clause:a]):
        # "Paudel flew to Jajarkot and visited the hospital", "United operates 79 jets and had to cancel
        # 200 flights": a verb coordinated after "and" (and its auxiliaries) shares the sentence's subject
        agents = [p.mention.entity for p in m.parties[:1] if p.last < clause and not p.owner and not p.place]
    elif not agents and not own_subject and not passive and (verb := _coordinated_verb(words, a, b, lex)) > 0:
        # "McCaffrey rushed for 80 yards and caught eight passes for 80 yards": the object of a verb
        # coordinated after "and" is done by the sentence's subject too (not a noun's modifier: "and roared
        # a victory cry")
        agents = [p.mention.entity for p in m.parties[:1] if p.last < verb and not p.owner and not p.place]
    if a >= 2 and words[a - 1] == "-" and words[a] in lex.place_suffixes:
        # "Stockholm-based Spotify", "the Seattle-based company Splunk": the one based there follows
        based = next((q.mention.entity for q in m.parties if b < q.first <= b + 3 and not q.place), None)
        if based is not None:
            agents, targets, owners = [based], [e for e in targets if e != based], []
    elif a >= 2 and words[a] in lex.place_suffixes and words[a - 1] == "," and not agents:
        # "Splunk, based in San Francisco, sells ...": the name the participle's phrase is set against
        based = next((q.mention.entity for q in m.parties if q.last == a - 2 and not q.place and not q.owner), None)
        if based is not None:
            agents, targets, owners = [based], [e for e in targets if e != based], []
    there = _existential(words, a, lex) if nominal and agents else -1
    if there >= 0:
        # "Kaplan found there was a loss to investors ... and a loss to customers": a noun that "there was"
        # states has no doer before it
        agents = [e for e in agents if not any(q.mention.entity == e and q.last < there for q in m.parties)]
    if not targets and not owners and a == b >= 2 and words[a - 1] == "," and past_participle(words[a]) \
            and (named_before := next((q for q in m.parties if q.last == a - 2 and not q.place), None)) is not None:
        # "Griner, held since a week before the invasion, traveled ...": a participle set after a name by a
        # comma tells what was done to that name
        targets.append(named_before.mention.entity)
    patients = owners or targets
    negated = _negated(m, words, span, lex, spans)
    denied = negated is not None  # "did not close until 13 October": a negation that makes "until" a date
    if negated is not None and _not_yet(m, words, lex):
        negated = None  # "by Saturday night the plug had not been found": not yet, which denies nothing later
    # "I reject entirely that there was no actual loss": a denial someone rejects is theirs to argue
    rejected = negated is not None and _denial_rejected(words, negated, lex)
    counterfactual = _counterfactual(words, negated, lex) if negated is not None else ""
    if counterfactual:
        negated = None  # "would have been greater had Earps not saved a penalty": she did save it
    if lo >= 2 and words[lo - 1] == "when" and not places:
        # "the jet had just left Portland for Ontario when a door plug blew out": the "when" clause happens
        # where its main clause is, as it happens at its time (analysis._times)
        start = max((i for i in range(lo - 1) if words[i] in ("-", "—", ";", ":", ")")), default=-1)
        places += [p.mention.entity for p in m.parties if p.place and start < p.first and p.last < lo - 1]
    if lo >= 2 and words[lo - 1] == "where":
        # "Most of the deaths were in Dailekh, where the quake was centred": the place the clause hangs from
        k = lo - 2 if words[lo - 2] != "," else lo - 3
        places += [p.mention.entity for p in m.parties if p.place and k - 2 <= p.last <= k]
        if not shouting:
            unknown += [text for i, text in m.unknown_places if k - 2 <= i <= k]
    # "Kaplan said he would recommend ...": a name that only speaks does not make its pronoun a named party
    # but "United Airlines said it expects ...": "it" after a body that speaks can only be that body
    guessed = guessed | frozenset(p.mention.entity for p in m.parties
                                  if p.resolved and p.mention.entity in named_speakers
                                  and not (words[p.first] in lex.thing_refs
                                           and registry.kind(p.mention.entity) is not EntityKind.person))
    # "his role in this historic fraud": a possessive pronoun's referent may agree, never conflict
    guessed = guessed | (frozenset(p.mention.entity for p in m.parties if p.resolved and words[p.first] in POSSESSIVE)
                         - frozenset(agents) - frozenset(targets) - frozenset(owners))
    adjective = _adjective(words, a, b, lex, m.tokens)
    heads = [_denied_progressive(words, cue, a, lex) for cue in m.negations]
    wish = irrealis(words, a, lex) or purpose(words, a, lex) or next(
        (words[h] for h in heads if h is not None), "")
    if named_owner and words[before] not in lex.irrealis_cues:
        wish = ""  # "plans to appeal the jury's verdict": the plan is the appeal's, not the verdict's
    if wish and not agents and wish not in MODALS and wish not in lex.future_auxiliaries:
        # "Kaplan recommended a prison near San Francisco": who recommends, asks or plans is the one the
        # event is put down to (a modal's subject is no one who wishes: "a pact with the United States
        # would be implemented")
        cue = max((k for k in range(max(0, a - 9), a) if words[k] == wish), default=-1)  # a far cue: nobody
        agents = [p.mention.entity for p in m.parties if p.last == cue - 1 and not p.place and not p.owner][:1]
    if adjective:
        # "the depressurized plane returned to Portland about 20 minutes after departure": the figures, place
        # and time of the sentence are its own verb's, not those of what the noun underwent
        hi = b
        places, unknown = [], []
        # "the better armed Azerbaijan": the noun underwent the event, by whom and when unsaid; it may
        # agree with a claim's party, never conflict with one
        guessed = guessed | frozenset(patients) | frozenset(agents)
    return Predication(
        span=span, lo=lo, hi=hi,
        agents=tuple(dict.fromkeys(agents)), patients=tuple(dict.fromkeys(patients)),
        places=tuple(dict.fromkeys(places)), unknown_places=tuple(unknown), speakers=tuple(speakers),
        possessors=tuple(possessors), guessed=guessed,
        times=() if adjective else tuple(d for d in event_times(m, words, lo, hi, lex, b, a)
                                         if denied or not until_date(words, d, lex)),
        # "the 11th increase in a campaign that started in March 2022": a series is counted from its start
        since=tuple(d for d in m.dates if lo <= d.first and d.last <= hi and (
            since_date(words, b, d, lex) or (b < d.first and onset_date(words, d, b, lex)))),
        passive=passive, negated=negated is not None,
        other_event=span in others, told_at=told_at(words, a, lex),
        irrealis=wish or counterfactual or modal_after(words, b, lex),
        reported_negation=negated is not None and (rejected or says(words, 0, negated, lex)),
        owned=frozenset(owners) - frozenset(targets) - frozenset(agents),
        modifier=_modifier(words, a, b, lex),
        attributed=bool(speakers) or _attributed(words, a, lex, m, b) or any(
            p.first <= 1 and p.last + 1 < a and words[p.last + 1] == ":" for p in m.parties),
        negator=-1 if negated is None else negated,
        governed=governed,
        pooled=_pooled(m, words, links, lo, hi),
        landmarks=frozenset(landmarks),
        sources=tuple(dict.fromkeys(sources)),
        definite=_definite_subject(m, words, a, lex),
        one_of_series=ordinal_subject(m, words, a, lex),
        part_subject=a == b >= 1 and past_participle(words[a]) and words[a - 1].isalpha()
        and "NOUN" in readings(words[a - 1]) and _verb_after_participle(words, b, lex),
        gloss=_in_gloss(m, span, lex),
    )


def _links(m: Mentions, words: list[str], registry: EntityRegistry, lex: Lexicon) -> frozenset[int]:
    """The commas and words of the sentence that open no clause, read once for all its event words."""
    # "Norway and Peru sanctioned Chile": a conjunction or comma between two names joins them into one
    # role; it does not open a clause
    links = _coordination(m, words) | _region_apposition(m, words, registry, lex)
    # "Balwani has since been found guilty": "since" after an auxiliary is an adverb, and opens no clause
    if not lex.since_words.isdisjoint(words):
        links |= {k for k in range(1, len(words) - 1)
                  if words[k] in lex.since_words and "AUX" in readings(words[k - 1])}
    return frozenset(links)


def _pooled(m: Mentions, words: list[str], links: frozenset[int], lo: int, hi: int) -> frozenset[str]:
    """The parties of the value window that a list joins ("customers, investors and lenders"): a figure
    beside them may be theirs together."""
    pooled: set[str] = set()
    for link in links:
        if lo <= link <= hi and words[link] != ",":
            joined = _joined_to(m, words, link)
            after = next((p.mention.entity for p in m.parties if p.first == link + 1), None)
            if joined and after and joined != after:
                pooled.update((joined, after))
                pooled.update(p.mention.entity for p in m.parties
                              if lo <= p.first < link and p.last + 1 in links)
    return frozenset(pooled)


def _coordination(m: Mentions, words: list[str]) -> set[int]:
    """The tokens that join names into one list ("Norway and Peru", "the US, Germany, France and Italy").

    A comma counts only inside a list that ends in "and" or "or": "the president of Argentina, Javier
    Milei" is an apposition, and "According to Judge Kaplan, Bankman-Fried will serve" opens a clause."""
    ends = {p.last: p for p in m.parties}
    starts = {p.first: p for p in m.parties}
    links: set[int] = set()
    for k in range(len(words) - 2, 0, -1):
        after = starts.get(k + 1)
        if after is None:
            continue
        if words[k] in LINKS and (k - 1 in ends or (words[k - 1] == "," and k - 2 in ends)):
            links.add(k)
            if words[k - 1] == ",":
                links.add(k - 1)
        elif words[k] == "," and k - 1 in ends and after.last + 1 in links:
            links.add(k)
    return links


def _region_apposition(m: Mentions, words: list[str], registry: EntityRegistry, lex: Lexicon) -> set[int]:
    """The commas round the region a place is placed in ("at its factory in Wichita, Kansas, to replace
    rivets", "in Portland, Ore., on Friday"): one place named twice, not a clause between them.

    Only after a place given by a preposition, and only a region the base knows as a place, or one written
    as an abbreviation ("Ore.", "Calif."): "in Baku, Anne Boillon, had been summoned", "In Paris, Macron,
    ..." keep their clauses."""
    out: set[int] = set()
    tokens = m.tokens
    places = [(p.first, p.last) for p in m.parties if p.place]
    places += [(i, i + len(name.split()) - 1) for i, name in m.unknown_places]
    for first, last in places:
        k = last + 1
        if not first or words[first - 1] not in lex.location_prepositions or k + 1 >= len(words) or words[k] != ",":
            continue
        if "," in words[first:k]:
            # the mention holds its region already: the commas in it and the one closing it
            out |= {i for i in range(first, k + 1) if words[i] == ","}
            continue
        j = k + 1
        while j < len(words) and j <= k + 2 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha():
            j += 1
        if j == k + 1 or j >= len(words) or words[j] != ",":
            continue
        known = registry.find(" ".join(t.text for t in tokens[k + 1:j]))
        if (known and all(registry.kind(e.entity) in (EntityKind.place, EntityKind.country) for e in known)) \
                or (not known and j == k + 2 and m.text[tokens[k + 1].end:tokens[k + 1].end + 1] == "."):
            out |= {k, j}
    return out


def _joined_to(m: Mentions, words: list[str], link: int) -> str | None:
    """The name a list's conjunction joins the next one to ("Chile" in "sanctioned Chile and Nepal")."""
    last = link - 2 if words[link - 1] == "," else link - 1
    return next((p.mention.entity for p in m.parties if p.last == last), None)


def _noun_modifier(m: Mentions, k: int) -> bool:
    """Whether token ``k``, right after a name, goes on with the noun phrase the name qualifies ("the
    Texas oil giant", "the Oslo company"): a lower-case word read as a noun, not a verb."""
    if k >= len(m.tokens) or not m.tokens[k].text.isalpha() or not m.tokens[k].text.islower():
        return False
    tags = readings(m.tokens[k].low)
    if "NOUN" not in tags:
        return False
    # "oil" may be a verb, but not before another noun: "the Texas oil giant"
    return "VERB" not in tags or (k + 1 < len(m.tokens) and m.tokens[k + 1].text.isalpha()
                                  and m.tokens[k + 1].text.islower() and "NOUN" in readings(m.tokens[k + 1].low))


def _members_of(words: list[str], first: int, lex: Lexicon) -> bool:
    """Whether a name is the complement of "members of", "fans of" ("fans of home team Arema FC", "residents
    of the town of Derna"): whose members they are, a few modifiers between."""
    for k in range(first - 1, max(0, first - 5), -1):
        if words[k] in lex.partitive_prepositions:
            return words[k - 1] in lex.member_nouns
        if not words[k].isalpha() or words[k] in lex.clause_breaks:
            return False
    return False


def _modifying(words: list[str], first: int, lex: Lexicon) -> bool:
    """Whether a name before the event word sits in a modifier phrase of the subject ("talks between
    Norway and Chile", "a meeting with Chile"), looking back over a coordination at most."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if words[k] in lex.modifier_prepositions - {"and", "or"}:
            return True
        if words[k] in lex.clause_breaks and words[k] not in ("and", "or"):
            return False
    return False


def _attributed(words: list[str], a: int, lex: Lexicon, m: Mentions | None = None, b: int | None = None) -> bool:
    """Whether an attribution cue governs the event word: in its own coordinated clause ("Baku accuses
    Paris of bias"), or in a short leading or closing clause that frames the whole sentence ("..., officials
    said."); not in a neighbouring clause ("France has shown bias, and Aliyev accused it of arming Armenia")."""
    if lex.attribution_cues.isdisjoint(words):
        return False  # no cue anywhere: the clause scan below could only find none
    # "... and Paris is indeed biased": "and" before a name and its verb opens a clause of its own
    # unless a reported clause ("adding that ...") is still running: its coordinated parts are reported too
    reported = next((k for k in range(1, len(words)) if words[k] == "that"
                     and any(w in lex.attribution_cues for w in words[max(0, k - 3):k])), len(words))
    subjects = {p.first - 1 for p in m.parties if p.last + 1 < len(words) and p.first - 1 < reported
                and words[p.last + 1] in _FINITE} if m is not None else set()
    cuts = [k for k in range(1, len(words)) if words[k] in (";", "but") or (
        words[k] in _COORDINATORS and (words[k - 1] == "," or k in subjects))]
    bounds = [0, *cuts, len(words)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    for n, (lo, hi) in enumerate(segments):
        # the event word itself is no cue ("houses were to blame"): someone else must be said to say it
        own = range(a, (b if b is not None else a) + 1)
        cued = any(w in lex.attribution_cues for k, w in enumerate(words[lo:hi], lo) if k not in own)
        if not cued:
            continue
        if lo <= a < hi:
            return True
        if n == 0 and words[hi - 1] in ("that", ":"):
            return True  # "Officials said that ...; ...": a leading clause frames the sentence
    return False


def _relative_subject(m: Mentions, words: list[str], a: int, prev_end: int,
                      breaks: frozenset[str], lex: Lexicon) -> Party | None:
    """The noun a relative clause hangs from: "Bernard Madoff, who was sentenced to 150 years" -> Madoff."""
    k = a - 1
    while k > prev_end and words[k] not in breaks:
        k -= 1
    if k <= 0 or words[k] not in lex.relative_pronouns:
        return None
    return relative_antecedent(m, k, lex.indefinite_articles | lex.definite_articles)


def _adjective(words: list[str], a: int, b: int, lex: Lexicon, tokens: tuple[Token, ...]) -> bool:
    """A participle used as an adjective ("a grounded Alaska Airlines MAX 9", "the stalled peace process"):
    it says the noun underwent the event, but the sentence's date and place are not the event's."""
    k = a - 1
    while k > 0 and a - k <= 4 and (words[k] in LINKS or words[k] == "," or "ADV" in readings(words[k])
                                    or "ADJ" in readings(words[k])) and words[k] not in ARTICLES:
        k -= 1  # "the richer and better armed Azerbaijan": the article before the participle's modifiers
    if not (a and a == b and b + 1 < len(words) and k >= 0 and words[k] in ARTICLES and _participle(words[b], lex)
            and words[b + 1].isalpha()):
        return False
    after = readings(words[b + 1])
    then = set(readings(words[b + 2])) if b + 2 < len(words) else set()
    # "the depressurized plane returned": a noun that may be a verb too is the noun when a verb follows it
    return ("NOUN" in after and ("VERB" not in after or then == {"VERB"})) \
        or (not after and tokens[b + 1].text[:1].isupper())


def _definite_subject(m: Mentions, words: list[str], a: int, lex: Lexicon) -> str:
    """The common noun an event verb is said of when a definite article opens its clause with it ("The quake
    struck just before midnight", "the deal was announced on Tuesday"): the head the document has already
    introduced, which the matcher may tie to the story's event. "" for a name, a pronoun, an indefinite or
    modified phrase ("another quake", "a 5.2 aftershock"), a noun that is not the clause's first phrase
    ("rescuers reached villages the quake struck") or one that opens a subordinate clause."""
    k = a - 1
    while k >= 0 and (words[k] in lex.passive_auxiliaries or words[k] in lex.future_auxiliaries
                      or set(readings(words[k])) == {"ADV"}):
        k -= 1  # "the deal was announced", "the quake had already struck"
    if k < 1 or not m.tokens[k].text.isalpha() or not m.tokens[k].text.islower() or title_cased(m.tokens) \
            or "NOUN" not in readings(words[k]):
        return ""
    j = k - 1
    if j >= 3 and words[j - 1] == "-" and words[j - 2].isalpha():
        j -= 3  # "the scaled-down version": a compound modifier between the article and its noun
    if words[j] not in lex.definite_articles or (j and words[j - 1].isalnum() and words[j - 1] != "and"
                                                  and words[j - 1] not in lex.contrast_conjunctions):
        return ""  # "... were missing when the plug blew out": a subordinate clause takes its time from another
    return words[k]


def _modifier(words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """"in their sentencing memorandum": an -ing event word that only qualifies the noun after it;
    "carried seven injured people": a participle between a figure and its noun describes those people; and
    "out of the injured": the event's people as a whole that a part is taken from."""
    if a >= 2 and words[a - 1] in lex.definite_articles and words[a - 2] in lex.partitive_prepositions and not (
            a >= 3 and (not words[a - 3].isalpha() or words[a - 3] in lex.number_words
                        or words[a - 3] in lex.unit_names_by_first or (words[a - 3],) in lex.unit_before
                        or any(words[a - 3] == n[-1] for names in lex.unit_names_by_first.values()
                               for n, _u in names))) and (
            b + 1 < len(words) and (words[b + 1] in (",", ":") or words[b + 1] in lex.passive_auxiliaries)):
        return True  # "Out of the injured, five were discharged", "among the dead were 20 children": a part
    if b + 1 >= len(words):
        return False
    if a and (words[a - 1][:1].isdigit() or words[a - 1] in lex.number_words):
        return words[b].endswith("ed") and words[b + 1] in lex.people_nouns | lex.person_nouns
    if not words[b].endswith("ing") or (a and words[a - 1] not in lex.determiners):
        return False
    # "during his sentencing hearing, ...": a noun that may also be a verb, with no object after it
    return _noun_only(words[b + 1]) or (words[b + 1].endswith("ing") and "NOUN" in readings(words[b + 1]) and (
        b + 2 >= len(words) or words[b + 2] in lex.clause_breaks or words[b + 2] in lex.location_prepositions))


def _attributive(m: Mentions, words: list[str], party: Party, lex: Lexicon) -> bool:
    """Whether a name after a preposition only qualifies the common noun right after it ("of European Union
    law", "in violation of EU rules", "to Meta users"): the noun is the preposition's object, not the name.
    A people noun keeps the name's role ("the expulsion of Azerbaijani diplomats"), and so does a word of
    time ("the sentencing of Lopez yesterday")."""
    before, after = party.first - 1, party.last + 1
    if after >= len(words) or readings(words[before]) or not words[before].isalpha() \
            or words[before] in lex.determiners or not m.tokens[after].text.isalpha() \
            or not m.tokens[after].text.islower():
        return False
    kinds = readings(words[after])
    # a word that may be a verb as well is the noun only where no object follows it ("of EU rules.", not
    # "the signing of Tomas Berg cost 9 million euros")
    verb_free = "VERB" not in kinds or after + 1 >= len(words) or not words[after + 1].isalnum() \
        or (words[after + 1].isalpha() and not readings(words[after + 1])
            and words[after + 1] not in lex.determiners and words[after + 1] not in lex.number_words)
    return "NOUN" in kinds and "ADV" not in kinds and words[after] not in lex.people_nouns \
        and words[after] not in lex.time_words and words[after] not in lex.calendar_words \
        and not words[after].endswith("ed") and verb_free


def _affiliation(m: Mentions, words: list[str], party: Party, registry: EntityRegistry, lex: Lexicon) -> bool:
    """Whether a body is named only as the one a person's title belongs to ("Quora CEO and current director
    Adam D'Angelo", "Cisco finance chief Scott Herren"): a person title right after it, then the person; or
    the person right after it belongs to it ("Defence lawyer Marc Mukasey", the lawyer one of the defence)."""
    if not party.mention.demonym and any(
            q.first == party.last + 1 and party.mention.entity in registry.ancestors(q.mention.entity)
            for q in m.parties):
        return True  # (a demonym, "Peronist Economy Minister Sergio Massa", stays the modifier it is)
    kind = registry.kind(party.mention.entity)
    if kind in (EntityKind.country, EntityKind.place):
        # "U.S. shale producer Pioneer", "Swiss bank UBS": a country that only describes the company named after
        # its common nouns ("French Ambassador Anne Boillon" speaks for her country: France stays a party)
        k = party.last + 1
        while k < len(words) and k - party.last <= 3 and m.tokens[k].text.isalpha() and m.tokens[k].text.islower() \
                and "NOUN" in readings(words[k]) and words[k] not in lex.people_nouns:
            k += 1
        return k > party.last + 1 and any(q.first == k and registry.kind(q.mention.entity) is EntityKind.organisation
                                          for q in m.parties)
    if kind is not EntityKind.organisation:
        return False
    k = party.last + 1
    title = next((t for t in lex.person_titles if tuple(words[k:k + len(t)]) == t), None)
    if title is None:
        return False
    end = k + len(title)
    return any(q.first >= end and q.first - end <= 4 and registry.kind(q.mention.entity) is EntityKind.person
               for q in m.parties)


def _verb_after_phrase(m: Mentions, words: list[str], b: int, lex: Lexicon) -> int:
    """The verb an event noun is the subject of, past a participle phrase of the noun's own that ends on a
    name ("The sanction imposed by Helen Dixon followed ..."); -1 when there is none."""
    if b + 2 >= len(words) or not past_participle(words[b + 1]) or words[b + 1] in lex.stative_participles:
        return -1
    for k in range(b + 2, min(len(words), b + 14)):
        if words[k] in lex.clause_breaks:
            return -1
        if "VERB" in readings(words[k]) and (words[k].endswith("ed") or _finite(words[k], lex)) \
                and any(q.last == k - 1 and not q.place for q in m.parties):
            return k
    return -1


def _apposed_subject(m: Mentions, words: list[str], a: int, prev_end: int,
                     breaks: frozenset[str], timely: frozenset[str] = frozenset()) -> Party | None:
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
    # "The safety board on Saturday, Jan. 6, ordered ...": a time phrase may stand between the subject and
    # the first comma
    dated = {i for d in m.dates for i in range(d.first, d.last + 1)}
    for party in m.parties:
        if party.last < j and not party.place and all(
                i in dated or words[i] in timely or words[i] in ("on", "late", "early", "earlier", "later")
                for i in range(party.last + 1, j)):
            start = party.first - 1
            if start < 0 or words[start] in breaks or start <= prev_end or words[start] in ("the",):
                return party
    return None


def _subject_before_relative(m: Mentions, words: list[str], a: int) -> Party | None:
    """The subject before a relative clause that holds events of its own: "Milei, who has vowed to
    dollarize the economy and close the central bank, takes office" -> Milei.

    Only the shape PARTY , who|which ... , EVENT, with no full stop or semicolon in between."""
    if a < 4 or words[a - 1] != ",":
        return None
    for k in range(a - 2, 1, -1):
        if words[k] in (";", ".", ":"):
            return None
        if words[k] in ("who", "which") and words[k - 1] == ",":
            return next((p for p in m.parties if p.last == k - 2 and not p.place), None)
        if words[k] in ("who", "which"):
            # "Milei, a political outsider who wants to ..., beat Massa": an apposition that opens with an
            # article may come between the subject and its relative clause
            j = next((i for i in range(k - 1, max(0, k - 7), -1) if words[i] == ","), None)
            if j is not None and words[j + 1] in ("a", "an", "the"):
                return next((p for p in m.parties if p.last == j - 1 and not p.place), None)
            return None
    return None


def _value_window(words: list[str], a: int, b: int, prev_end: int, next_start: int, lex: Lexicon,
                  dates: Sequence[DateMention] = (), names: Mapping[int, int] | None = None) -> Span:
    """The tokens whose values belong to the event at a..b: up to the neighbouring event words and the
    nearest subordinate or relative clause boundary on each side ("since 2015, when ...")."""
    lo = prev_end + 1
    if prev_end < 0 and words and words[0] in lex.value_breaks_left and "," in words[:a]:
        # "After 600 in January and 200 in June, Spotify cuts 1,500 more jobs": an opening subordinate
        # clause ends at its comma, and its figures and dates are not the main event's
        lo = words.index(",") + 1
    for i in range(a - 1, lo - 1, -1):
        if words[i] in _QUOTE_WORDS and i and words[i - 1] in (",", "."):
            # '... produced through Dec. 7, 2023," the company said in the recall statement': a quotation that
            # closes before the event word holds its own figures and dates
            lo = i + 1
            break
        # between two event words, "and" closes the first one's object: "killing nearly 9,000 people and
        # injuring 22,000"
        if words[i] in lex.value_breaks_left or (prev_end >= 0 and words[i] == "and" and not range_and(words, i)) \
                or (words[i] in lex.contrast_words and i and words[i - 1] == ","):
            if prev_end < 0 and words[i] in lex.state_times and i > 0 \
                    and any(words[j] in lex.linking_verbs and not any(past_participle(w) for w in words[j + 1:j + 3])
                            for j in range(lo, i)) \
                    and not any(w in lex.clause_breaks for w in words[lo:i]):
                # "Flight 1282 was at about 16,000 feet when the plug came off": the state the sentence
                # opens on is the one at the moment of the event; its figures are the event's ("had just
                # left Patagonia when ..." is a perfect, an event of its own)
                break
            lo = i + 1
            break
        if words[i] in lex.adjunct_openers and i > 0 and words[i - 1] == ",":
            # "All 171 passengers and 6 crew were safe, with only some minor injuries": a phrase set off by a
            # comma and "with" tells of its own nouns; the figures before it are the main clause's
            lo = i + 1
            break
        if _clause_as(words, i, a, lex):
            # "celebrations broke out at the control centre in Bengaluru as the lander makes its soft
            # landing": "as" with a subject and a verb of its own opens the event's clause; the place and
            # figures before it are the main clause's
            lo = i + 1
            break
        if words[i] in lex.coordinators and i + 1 < a and words[i + 1] in lex.negation_cues:
            # "jailed for 135 months and not just placed under home detention": a verb denied in contrast
            # with the one before; the figures before the "and not" are that one's
            lo = i + 1
            break
        if words[i] == "and" and i + 2 < a and _new_subject(words, i + 1, lex):
            # "a typical SVR is between 7.5% and 8.5% and this is likely to rise": a clause with a subject and
            # verb of its own starts after "and"; the figures before it are the first clause's
            lo = i + 1
            break
        if reason_phrase(words, i):
            # "was sentenced to 20 years for helping Epstein abuse girls": a "for" phrase on a gerund gives the
            # reason for the verb before it, whose figures and dates stay that verb's
            lo = i + 1
            break
        if words[i] == "to" and i < a - 1 and prev_end >= 0 and "VERB" in readings(words[i + 1]):
            # "began tightening in March 2022 to fight the worst bout of inflation": a purpose clause
            # starts after the other event's values
            lo = i + 1
            break
    hi = next_start - 1
    reduced = _reduced_relative(words, a, b)
    ing_subject = a == b and a >= 1 and words[a].endswith("ing") and words[a - 1].isalpha() \
        and ("NOUN" in readings(words[a - 1]) or not readings(words[a - 1])) \
        and words[a - 1] not in lex.determiners and "," not in words[lo:a]
    for i in range(b + 1, next_start):
        if reduced and i > b + 1 and readings(words[i]).keys() <= {"VERB", "ADJ"} and "VERB" in readings(words[i]) \
                and words[i].endswith("ed") and "NOUN" in readings(words[i - 1]):
            # "The spacecraft launched last month touched the surface at 6:04 p.m.": a participle right after
            # its noun qualifies it, and the sentence's own verb after that phrase takes its own time
            hi = i - 1
            break
        if words[i] == "," and ing_subject and i + 1 < len(words) and readings(words[i + 1]).keys() == {"VERB"}:
            # "Floodwater sweeping the living away, washed the bodies ashore on Wednesday": a phrase that
            # qualifies the subject ends at its comma; the verb after it takes its own time
            hi = i - 1
            break
        if words[i] == "," and i + 2 < len(words) and words[i + 1] in lex.conditional_inversions \
                and words[i + 2] in lex.contact_subjects:
            # "he would be the first convicted felon to win, should he defeat Biden in November": a condition
            # with a subject and verb of its own holds its own dates and figures
            hi = i - 1
            break
        if words[i] == ":" and i + 1 < len(words) and words[i + 1][:1].isdigit():
            continue  # "157 dead: 105 in Jajarkot and 52 in Rukum West": the figures break the total down
        if words[i] == "(" and (close := _aside_end(words, i, next_start)) > 0 and (dated := next(
                (d for d in dates if close < d.first <= close + 2 and d.last < next_start
                 and all(w in lex.day_prepositions for w in words[close + 1:d.first])), None)) is not None:
            # "struck at 11:47 p.m. (1802 GMT) on Nov. 3": a date right after a short aside in brackets is the
            # clause's own, the aside only glossing what came before it (nothing further on is read: "for
            # $59.5 billion ($93 billion) in the largest takeover", "fired on Friday (Nov 17) from the board")
            hi = dated.last
            break
        if i > b + 2 and i + 1 < next_start and past_participle(words[i]) and "VERB" in readings(words[i]) \
                and "NOUN" in readings(words[i - 1]) and words[i - 1] not in lex.determiners \
                and words[i - 1].isalpha() and words[i + 1] in lex.participle_prepositions:
            # "convicted on seven charges linked to the downfall of FTX in 2022": a participle phrase that
            # qualifies a noun after the event word holds its own figures and dates
            hi = i - 1
            break
        if words[i] in lex.relative_that and i > b + 1 and i + 1 < next_start and words[i - 1].isalpha() \
                and "NOUN" in readings(words[i - 1]) and words[i - 1] not in lex.attribution_cues \
                and "VERB" in readings(words[i + 1]) and (words[i + 1].endswith("ed") or _finite(words[i + 1], lex)) \
                and words[i + 1] not in lex.onset_verbs:  # ("a run of quakes that started in 2015": its start)
            # "to cover up a scandal that threatened his ascent to the White House in 2016": a relative clause
            # on a noun after the event word has a verb of its own, and its dates and figures are that verb's
            hi = i - 1
            break
        if words[i] in _QUOTE_WORDS and i > b + 1 and words[i - 1] in (",", ".", "!", "?"):
            # '... held under intolerable circumstances," Biden told reporters, adding she would arrive within
            # 24 hours': a quotation that closes after the event word holds its figures and dates, not what the
            # text says after it
            hi = i - 1
            break
        if words[i] == "of" and reason_phrase(words, i, ("of",)) \
                and readings(words[i - 1]).keys() & {"VERB", "ADJ"}:  # (not "99% of polling stations")
            # "was convicted of murdering his wife and son on June 7, 2021": what the gerund after "of" did,
            # and when, is the gerund's, not the verb's before it
            hi = i - 1
            break
        if _contact_relative(words, b, i, lex):
            # "pushed out of the company he co-founded in 2015": a relative clause with no relative
            # pronoun has a verb of its own, and its figures and dates are that verb's
            hi = i - 1
            break
        if words[i] in lex.contrast_conjunctions and i + 2 < len(words) and (((
                words[i + 1] in lex.determiners or _new_subject(words, i + 1, lex))
                and _finite_before(words, i + 2, min(len(words), i + 12), lex)) or (
                names and i + 1 in names and _finite_before(words, names[i + 1] + 1, names[i + 1] + 3, lex))):
            # "... in nine previous finals but the crackdown on foul play led to four over 80 minutes", "...
            # but Mbappé converted an 80th-minute penalty": a contrast with a subject (a noun phrase, a
            # pronoun or a name) and a verb of its own holds that verb's figures
            hi = i - 1
            break
        if words[i] == "," and i + 2 < len(words) and "NOUN" in readings(words[i + 1]) \
                and i + 1 not in (names or {}) and past_participle(words[i + 2]) and words[i + 2] not in _PERFECT \
                and "VERB" in readings(words[i + 2]):
            # "Benedict XVI dies aged 95, funeral set on January 5": a headline joins a second clause, a bare
            # noun and its participle, with a comma; its date is that clause's
            hi = i - 1
            break
        if words[i] in lex.day_prepositions and i + 2 < len(words) and words[i + 1] in lex.weekdays \
                and readings(words[i + 2]).keys() == {"VERB"} \
                and any(w in lex.relative_pronouns for w in words[max(0, a - 4):a]):
            # "The general who staged the coup on Friday declared himself leader": a day right before the main
            # verb, after a relative clause, dates the main verb (the wire's way of placing the day)
            hi = i - 1
            break
        if words[i] == "and" and i + 3 < len(words) and words[i + 1] in lex.determiners \
                and "NOUN" in readings(words[i + 2]) and words[i + 3] in (
                    lex.future_auxiliaries | lex.passive_auxiliaries | lex.linking_verbs):
            # "would lie in state from Monday and his funeral will be held on January 5": a clause with a
            # subject and verb of its own after "and" holds its own dates and figures
            hi = i - 1
            break
        # "and" closes the object when the next event word follows it closely ("... and injuring 22,000"),
        # not when more of the object comes first ("carrying 171 passengers and six crew when it landed")
        if words[i] in lex.value_breaks_right or (next_start < len(words) and words[i] == "and" and not range_and(
                words, i) and (next_start - i <= 4 or any(w in lex.passive_auxiliaries or w in _PERFECT
                                           for w in words[i + 1:next_start]))):
            hi = i - 1
            break
    t = next((i for i in range(a - 1, max(prev_end, a - 5), -1) if words[i] in _TEMPORAL), None)
    if t is not None and t > 0 and words[t - 1] == "," and "," in words[b + 1:hi + 1]:
        # "The increase, after a brief pause in June, brings the rate to 5.5%": an aside set off by commas
        # ends at its comma, and the main clause's figures are not its event's
        hi = words.index(",", b + 1) - 1
    if prev_end < 0 and "," in words[b + 1:hi + 1] and any(
            tuple(words[:len(phrase)]) == phrase for phrase in lex.addition_openers):
        # "In addition to the loss of life, 55 were injured": a phrase opening on what comes besides the
        # main clause ends at its comma, and the main clause's figures are not its event's
        hi = words.index(",", b + 1) - 1
    return lo, hi


def _aside_end(words: list[str], opening: int, limit: int) -> int:
    """The closing bracket of a short aside opened at ``opening`` ("(1802 GMT)", "(about $3.2 billion)"),
    if it closes within a few words and before ``limit`` with more of the clause after it; else -1."""
    for k in range(opening + 1, min(limit, opening + 7)):
        if words[k] == "(":
            return -1
        if words[k] == ")":
            return k if k + 1 < limit and words[k + 1] not in (".", ",", ";", ":") else -1
    return -1


def _origin_of_thing(m: Mentions, words: list[str], party: Party, registry: EntityRegistry, lex: Lexicon) -> bool:
    """Whether a place is where a named thing came from or lies ("JAL Flight 516 from New Chitose Airport in
    Hokkaido"): "from" right after a thing (a flight, a ship), or "in" right after such a place. It
    describes the thing, not where the event happened."""
    k = party.first - 1
    if k < 1 or words[k] not in lex.location_prepositions:
        return False
    before = next((q for q in m.parties if q.last == k - 1), None)
    if before is None:
        return False
    if words[k] == "from" and registry.kind(before.mention.entity) is EntityKind.other:
        return True
    return (before.place or registry.kind(before.mention.entity) is EntityKind.place) \
        and _origin_of_thing(m, words, before, registry, lex)


def _in_closed_relative(words: list[str], party: Party, a: int, lex: Lexicon) -> bool:
    """Whether a place before the event word sits in a relative clause that the sentence's own verb closes
    ("Modi, who is attending the summit in Johannesburg, joined ..." written without commas): the clause's
    place, not the event's."""
    if party.last >= a:
        return False
    k = party.first - 1
    while k >= 0 and words[k] not in lex.relative_pronouns and words[k] not in lex.clause_breaks:
        k -= 1
    if k < 0 or words[k] not in lex.relative_pronouns:
        return False
    return any(readings(words[j]).keys() == {"VERB"} and words[j].endswith("ed") for j in range(party.last + 1, a))


def _reduced_relative(words: list[str], a: int, b: int) -> bool:
    """Whether the event word is a participle right after its noun ("the spacecraft launched last month"):
    a phrase that qualifies the noun, not the sentence's own verb."""
    return a >= 1 and a == b and past_participle(words[a]) and words[a - 1].isalpha() \
        and readings(words[a - 1]).keys() == {"NOUN"}


def _coordinated_verb(words: list[str], a: int, b: int, lex: Lexicon) -> int:
    """The verb right after "and" whose object the event word at a..b is ("... and caught eight passes"),
    past its articles, figures and adjectives; -1 when there is none, or when the event word only
    qualifies a noun after it ("and roared a victory cry")."""
    k = a - 1
    while k > 0 and (words[k] in lex.determiners or words[k] in lex.number_words or words[k][:1].isdigit()
                     or "ADJ" in readings(words[k])):
        k -= 1
    if k < 1 or words[k - 1] != "and" or "VERB" not in readings(words[k]) \
            or words[k] in lex.determiners or (b + 1 < len(words) and "NOUN" in readings(words[b + 1])):
        return -1
    return k


def _title_owner(words: list[str], b: int, first: int, lex: Lexicon) -> bool:
    """Whether the name at ``first`` owns a title that "as" gives someone ("returned as CEO of OpenAI",
    "stays on as chief executive of Acme"): the title's organisation, not the event's patient."""
    k = first - 1
    if k - 2 <= b or words[k] != "of":
        return False
    return any(words[j] in lex.clause_as and all(w.isalpha() for w in words[j + 1:k])
               and tuple(words[j + 1:k]) in lex.person_titles for j in range(max(b + 1, k - 4), k - 1))


def _inner_verb(words: list[str], b: int, first: int, lex: Lexicon) -> bool:
    """Whether a verb of a phrase qualifying a noun stands between the event word at ``b`` and a name at
    ``first`` after it: a participle right after a noun ("34 counts related to ...", "two diplomats accused of
    spying for Chile") or an infinitive after a noun ("his effort to cover up ..."). The name is that verb's."""
    contact = True  # every word so far after the event word is a bare one (no article, figure or preposition)
    for k in range(b + 2, first):
        w = words[k - 1]
        contact = contact and w.isalpha() and w not in lex.determiners and w not in lex.quantifiers \
            and w not in lex.partitive_prepositions and w not in lex.location_prepositions \
            and w not in lex.denied_noun_prepositions
        if contact:
            continue  # "a penalty European regulators imposed on Amazon": the event noun's own relative clause
        noun_before = words[k - 1].isalpha() and "NOUN" in readings(words[k - 1]) \
            and words[k - 1] not in lex.determiners and k - 1 > b
        if noun_before and past_participle(words[k]) and "VERB" in readings(words[k]) \
                and not lex.passive_auxiliaries & set(words[k - 2:k]):
            return True
        if noun_before and words[k] == "to" and k + 1 < first:
            j = k + 1
            while j < first - 1 and set(readings(words[j])) == {"ADV"}:
                j += 1  # "a scheme to illegally influence the election"
            if "VERB" in readings(words[j]) and not words[j].endswith("s"):  # ("a response to attacks")
                return True
    return False


def _in_gloss(m: Mentions, span: Span, lex: Lexicon) -> bool:
    """Whether the event word sits in brackets that open with a word for a gloss ("a soft landing (i.e. one
    where the craft wasn't crashed into the surface)"): a definition of a word, not a statement of the story."""
    tokens = m.tokens
    k = span[0] - 1
    while k >= 0 and tokens[k].low not in ("(", ")"):
        k -= 1
    if k < 0 or tokens[k].low != "(":
        return False
    words = tuple(t.low for t in tokens[k + 1:k + 7])
    return any(words[:len(cue)] == cue for cue in lex.gloss_cues)


def _verb_after_participle(words: list[str], b: int, lex: Lexicon) -> bool:
    """Whether the participle phrase that ends at ``b`` qualifies the subject of a verb after it, within its
    clause: "one person rescued from the river has since been released", "two staff injured in the blast
    remain in hospital" (not a headline's "Two people rescued after bridge collapse")."""
    for i in range(b + 1, min(len(words), b + 10)):
        w = words[i]
        if w in lex.clause_breaks or w in lex.relative_pronouns or w in lex.relative_that \
                or not (w.isalnum() or w == "-"):
            return False
        if w in lex.linking_verbs or w in lex.passive_auxiliaries or w in lex.future_auxiliaries or (
                i > b + 1 and w.endswith("ed") and "VERB" in readings(w) and "NOUN" in readings(words[i - 1])
                and words[i - 1] not in lex.determiners):
            return True
    return False


def _closing_source(words: list[str], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the name at first..last closes the sentence as its source: a comma before it (past an article),
    a verb of saying or measuring right after it, and at most two words after that ("..., the USGS said on
    Friday"), or a source phrase before it ("..., according to the USGS")."""
    k = first - 1
    while k >= 0 and words[k] in lex.determiners:
        k -= 1
    if _after_source_phrase(words, first, lex) and "," in words[max(0, k - 3):k]:
        return True  # "..., according to the Central Weather Administration."
    # "the Central Weather Administration (CWA) said": the name's short form may follow it in brackets
    if last + 3 < len(words) and words[last + 1] == "(" and words[last + 3] == ")":
        last += 3
    verb = next((j for j in range(last + 1, min(len(words), last + 4))
                 if words[j] in lex.attribution_verbs or words[j] in lex.measuring_verbs), None)
    # "Finland's seismologists measured", "Finnish experts said": the name's people may stand between
    return k >= 0 and words[k] == "," and verb is not None and len(words) - verb <= 3 \
        and all(w.isalpha() for w in words[last + 1:verb])


def _clause_as(words: list[str], i: int, a: int, lex: Lexicon) -> bool:
    """Whether the "as" at ``i`` opens the clause of the event word at ``a`` after it: a subject and a verb
    follow it ("as the lander makes its landing"), and no word beside it makes it "such as" or "as well"."""
    return words[i] in lex.clause_as and 0 < i < a - 1 and words[i - 1] not in lex.clause_as_blockers \
        and words[i + 1] not in lex.clause_as_blockers and _finite_before(words, i + 2, a + 1, lex)


def _contact_relative(words: list[str], b: int, i: int, lex: Lexicon) -> bool:
    """Whether a subject pronoun at ``i`` opens a relative clause hung on the noun before it with no relative
    pronoun: "the company he co-founded", "the plane they flew" (not "said he had", a verb's object)."""
    if words[i] not in lex.contact_subjects or i - 1 <= b or i + 1 >= len(words):
        return False
    before = readings(words[i - 1])
    if "NOUN" not in before or ("VERB" in before and words[i - 2] not in lex.determiners):
        return False
    k = i + 1
    if k + 2 < len(words) and words[k + 1] == "-":
        k += 2  # "co-founded"
    elif "ADV" in readings(words[k]) and "VERB" not in readings(words[k]) and k + 1 < len(words):
        k += 1  # "he once ran", "she briefly led"
    return "VERB" in readings(words[k]) and "NOUN" not in readings(words[k])


def _passive(words: list[str], a: int, lex: Lexicon, b: int = -1) -> bool:
    # the participle may be inside a keyword of several words ("would be [fully implemented]")
    for j in range(max(0, a - 3), a):
        if words[j] in lex.passive_auxiliaries and any(_participle(w, lex) for w in words[j + 1:max(a, b) + 1]):
            return True
    # "that Bankman-Fried be held in a prison near ...": an auxiliary and its participle further back in
    # the same clause
    for j in range(a - 1, max(0, a - 9), -1):
        if words[j] in lex.clause_breaks:
            break
        if words[j] in lex.passive_auxiliaries and _participle(words[j + 1], lex):
            return "by" not in words[j + 2:a]  # "is compromised by a pro-Armenian bias": the event is the agent
    return False


def _light_passive(words: list[str], a: int, lo: int, lex: Lexicon) -> bool:
    """"faced criticism from Azerbaijan", "receives 25-year sentence": the subject undergoes the event."""
    for k in range(a - 1, max(lo, a - 7) - 1, -1):
        if words[k] in lex.clause_breaks:
            return False
        if words[k] in lex.passive_light_verbs:
            # "Kaplan handed down the sentence": a phrasal verb the subject does, not one done to it
            return not (k + 1 < len(words) and words[k + 1] in ("down", "out", "over"))
    return False


def _other_event(words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """"another quake", "the previous expulsion", "an earlier sentence", "struck ... again": an event of the
    same kind."""
    # "a 5.8-magnitude earthquake struck ... again": anywhere in the clause (most sentences have no "again")
    for step in (1, -1) if "again" in words else ():
        k = b + 1 if step == 1 else a - 1
        while 0 <= k < len(words) and abs(k - a) < 16 and words[k] not in lex.value_breaks_right:
            if words[k] == "again" and "and" not in words[k - 1:k + 2]:  # not "again and again"
                return True
            k += step
    if lex.other_event_words and _named_other(words, a, b, lex):
        return True
    if a and words[a - 1] in _TEMPORAL and b + 1 < len(words) and words[b + 1] in _CLAUSE_OPENERS:
        return True  # "Before sentencing he spent months in jail": a time set by the event, not the event
    k = a - 1
    while k >= 0 and a - k <= 4 and (_modifier_word(words[k]) or words[k] == "-") and not words[k][:1].isdigit() \
            and words[k] not in lex.number_words:
        k -= 1
    if k >= 1 and (words[k][:1].isdigit() or words[k] in lex.number_words) and words[k - 1] in _TEMPORAL - {"since"} \
            and any(w.endswith("s") and "NOUN" in readings(w) for w in words[a:b + 1]):
        # "held rates steady following ten consecutive hikes": the series before, not this event (but "after
        # 157 die" counts the event's own dead)
        return True
    if a and (words[a - 1] in lex.onset_verbs or (a >= 2 and words[a - 1] == "to" and words[a - 2] in lex.onset_verbs)):
        return True  # "when the Fed began raising rates": the first of a series, not this event
    for k in range(a - 1, max(-1, a - 5), -1):
        if words[k] in lex.clause_breaks and words[k] != "since":
            break
        if words[k] == "since" and any(w in lex.onset_verbs for w in words[k + 1:a]):
            # "Since it began raising rates in March 2022": the start of a series a span is counted from,
            # not this event
            return True
    k = a - 1
    while k >= max(0, a - 7) and (words[k] == "-" or words[k][:1].isdecimal() or (
            words[k] not in lex.other_event_cues and _modifier_word(words[k]))):
        k -= 1  # "another quarter-point interest rate rise": the cue before the event noun's modifiers
    if k >= 0 and a - k > 2 and words[k] in lex.other_event_cues and (
            k == 0 or words[k - 1] not in lex.negation_bridge):
        return True
    j = a - 1
    while j > max(0, a - 7) and words[j] not in lex.indefinite_articles and words[j] not in lex.clause_breaks \
            and readings(words[j]).keys() != {"VERB"}:
        j -= 1  # "adds to a €390 million euro penalty": past the figure and its unit
    if j >= 1 and words[j] in lex.indefinite_articles \
            and any(tuple(words[j - len(cue):j]) == cue for cue in lex.additive_cues):
        # what a new event adds to is one of its kind already there, not the new one ("in addition to the
        # prison term" is the story's own term, named again)
        return True
    if a and lex.further_cues & set(words[max(0, a - 2):a]) and "NOUN" in readings(words[a]) \
            and "ADJ" not in readings(words[a]):
        # "the likelihood of more rate increases to come": further events of the kind, not this one
        k = max(i for i in range(max(0, a - 2), a) if words[i] in lex.further_cues)
        if k + 1 == a or _modifier_word(words[k + 1]):
            return True
    for k in range(max(0, a - 2), a):
        if words[k] == "other" and (k == 0 or words[k - 1] not in lex.determiners | {"each", "one", "no"}):
            return True  # "compares with other fraud sentences"; "the other two" are this event's
        if words[k] not in lex.other_event_cues or (k + 1 < len(words) and words[k + 1] in lex.time_nouns):
            continue
        if k == 0 or words[k - 1] not in lex.negation_bridge:  # "had earlier expelled": a time, not another event
            return True
    return False


def _named_other(words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """"an aftershock of magnitude 5.3 hit", "a 5.3-magnitude aftershock": a story's own word for another event
    of the kind (its claims file's vocabulary) in the event word's clause before it, or right after it. Not
    further: "a 7.8 quake, followed by a strong aftershock, killed ..." still tells of the main quake."""
    k = a - 1
    while k >= 0 and a - k <= 12 and (words[k] not in lex.clause_breaks or (
            words[k] == "," and k + 1 < len(words) and words[k + 1] == "including")):
        # "Aftershocks continued, including one of magnitude 4.2": the including-phrase is the aftershocks'
        if words[k] in lex.other_event_words:
            return True
        k -= 1
    for k in range(b + 1, min(len(words), b + 3)):
        if words[k] in lex.clause_breaks:
            break
        if words[k] in lex.other_event_words:
            return True
    return False


def _counterfactual(words: list[str], negator: int, lex: Lexicon) -> str:
    """The auxiliary of an inverted condition the negation at ``negator`` stands in, after a "would have" ("the
    margin would have been greater had Earps not saved a penalty"): what did happen, told as its opposite.
    "" when there is none."""
    # (inverted: the auxiliary before its subject, "had Earps not", never "Earps had not")
    for k in range(negator - 1, max(0, negator - 8), -1):
        if words[k] in lex.clause_breaks and words[k] not in lex.conditional_inversions:
            return ""
        if words[k] in lex.conditional_inversions and negator - k >= 2 and any(
                words[j] in MODALS and words[j + 1] == "have" for j in range(max(0, k - 10), k - 1)):
            return words[k]
    return ""


def _denial_rejected(words: list[str], negator: int, lex: Lexicon) -> bool:
    """Whether the negation at ``negator`` stands in a "that" clause of a verb that rejects or denies it
    ("I reject entirely that there was no actual loss", "denied that it had not paid"): the speaker's
    argument, as "rejected the notion that ..." is."""
    if words[negator] in lex.refusal_cues:
        # "Norway denied that it had not expelled them": the rejecting verb is the first negation read
        k = next((j for j in range(negator + 1, min(len(words), negator + 4)) if words[j] == "that"), -1)
        return k > 0 and any(w in lex.negation_cues for w in words[k + 1:k + 10])
    for k in range(negator - 1, max(-1, negator - 12), -1):
        if words[k] == "that":
            return any(words[j] in lex.refusal_cues for j in range(max(0, k - 3), k))
        if words[k] in lex.clause_breaks and words[k] != "that":
            return False
    return False


def _existential(words: list[str], a: int, lex: Lexicon) -> int:
    """Where "there" and a linking verb open the clause that states the event noun at ``a`` ("there was a
    loss", "there was a loss to investors ..., and a loss to customers"), or -1: such a clause has no
    subject who does the event. No verb but the linking one stands between."""
    if "there" not in words[max(0, a - 30):a]:
        return -1  # (most nouns: no look back word by word)
    for k in range(a - 2, max(-1, a - 30), -1):
        if words[k] == "there" and words[k + 1] in lex.linking_verbs:
            return k
        if words[k] in (";", ":") or (readings(words[k]).keys() == {"VERB"} and words[k] not in lex.linking_verbs):
            return -1
    return -1


def _refers_back(words: list[str], prev_end: int, a: int, breaks: frozenset[str]) -> bool:
    """Whether the clause before the keyword points back at parties named earlier ("gave them 48 hours")."""
    start = a
    while start - 1 > prev_end and words[start - 1] not in breaks:
        start -= 1
    return any(w in _REFERRING for w in words[max(start - 1, 0):a])


_COORDINATORS = frozenset(("and", "but", "while", "whereas", "yet"))
_FINITE = frozenset("is was are were has have had will would could did does do".split())
_QUOTE_WORDS = frozenset(('"', "'"))
_TEMPORAL = frozenset(("before", "after", "until", "since", "during", "following"))
_CLAUSE_OPENERS = frozenset((",", "he", "she", "they", "we", "it", "i", "the"))
_BOUND_COMPARATIVES = frozenset(("more", "less", "fewer", "rather", "other"))
_TOPIC = frozenset(("on", "about", "regarding", "concerning", "over"))  # a noun's topic, not its doer
_PERFECT = frozenset(("had", "has", "have"))  # "... and 14.5 million people had voted": a clause of its own
_AFTER_PASSIVE = frozenset("for to over in after from by at on as until with".split())
_REFERRING = frozenset("them they their these those who whom which it its he she him her".split())


def _after_source_phrase(words: list[str], first: int, lex: Lexicon) -> bool:
    """Whether the name at ``first`` follows a source phrase, past an article ("according to the ministry")."""
    k = first
    while k > 0 and words[k - 1] in lex.determiners:
        k -= 1
    return any(tuple(words[max(0, k - len(ph)):k]) == ph for ph in lex.source_phrases)






__all__ = ["Predication", "Span", "analyse"]
