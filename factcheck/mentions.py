"""What a sentence states: numbers, counts, amounts, durations, dates, entities, negation and attribution cues.

Extraction is deliberately local and rule-based: every mention keeps its token
span, so the matcher can ask what a number counts, which party stands before
or after the action, and whether a negation governs it. Each kind of value is
read by its own module of :mod:`factcheck.kinds` (figures by
:mod:`factcheck.kinds.numbers`); this module gathers their readings, with the
parties and cues, into one :class:`Mentions` per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from factcheck._memo import per_sentence
from factcheck.entities import EntityMention, EntityRegistry
from factcheck.index import STOPWORDS
from factcheck.keywords import readings
from factcheck.kinds.date import DateMention, read_dates
from factcheck.kinds.duration import Duration, iso_seconds, read_durations
from factcheck.kinds.numbers import Number, Token, normalise, phrase_at, read_numbers, tokenize
from factcheck.kinds.quantity import Amount, read_amounts
from factcheck.lexicon import Lexicon, lexicon
from factcheck.plain import EntityKind

__all__ = ["Amount", "DateMention", "Duration", "Mentions", "Number", "Party", "Token", "extract", "iso_seconds",
           "normalise", "tokenize"]


# A named tuple, not a dataclass: every check imports this module, and a dataclass compiles its methods
# at import (0.3 ms or more a class) where a named tuple compiles one.


class Party(NamedTuple):
    """An entity mention with the hints the matcher needs to assign it a role."""

    mention: EntityMention
    first: int
    last: int
    place: bool  # after "in", "at": a location, not an actor
    owner: bool  # "Azerbaijani diplomats", "Azerbaijan's ambassador": whose people
    by: bool  # "by France": the agent of a passive
    resolved: bool = False  # a referring expression ("it", "the two") resolved by the document context


@dataclass(frozen=True)
class Mentions:
    text: str
    tokens: tuple[Token, ...]
    numbers: tuple[Number, ...]
    durations: tuple[Duration, ...]
    dates: tuple[DateMention, ...]
    parties: tuple[Party, ...]
    negations: tuple[int, ...]
    attributed: bool
    unknown_places: tuple[tuple[int, str], ...] = ()
    amounts: tuple[Amount, ...] = ()  # figures with a unit: "$8 billion", "5.25%", "331 km"
    # the words of the sentences just before, when this one opens by pointing back at them ("This values the
    # company at $1.88 trillion" after "Shares opened 10% higher"): what they measured over, this one does too
    carried: tuple[str, ...] = ()

    @property
    def checkworthy(self) -> bool:
        """Names a party and states a number, a date or a length of time (a time of day alone is not enough)."""
        dated = any(d.year or d.month or d.day for d in self.dates)
        return bool(self.parties) and bool(self.numbers or self.durations or dated)

    @cached_property
    def counts(self) -> tuple[tuple[Number, tuple[str, ...]], ...]:
        """Numbers that are not part of a date, a duration or an amount, with the words after them.

        Cached: every count and quantity slot of every candidate claim asks for it.
        """
        used = {i for d in self.durations for i in range(d.first, d.last + 1)}
        used |= {i for d in self.dates for i in range(d.first, d.last + 1)}
        used |= {i for a in self.amounts for i in range(a.number.first, a.number.last + 1)}
        # a name between the figure and its noun is skipped: "65 Boeing 737 MAX 9 jets" counts jets
        named = {i for p in self.parties for i in range(p.first, p.last + 1)}
        # the next figure ends the words that follow one: "171 passengers and six crew" counts no crew
        starts = {n.first for n in self.numbers}
        out = []
        for number in self.numbers:
            if number.first in used:
                continue
            figures = [t.text for t in self.tokens[number.first:number.last + 1] if t.text[:1].isdigit()]
            if number.last + 1 in named and figures and all(_YEARLIKE.fullmatch(f) for f in figures):
                continue  # "2023 Model Y vehicles", "2014-2023 Model S cars": model years before a name, no count
            after: list[str] = []
            for tok in self.tokens[number.last + 1:]:
                if tok.index in named:
                    continue
                if len(after) == 5 or tok.low in {",", ";", ":", "(", ")", '"'} or tok.low[0].isdecimal() \
                        or tok.index in starts or (number.ordinal and tok.low in _ORDINAL_STOPS):
                    break  # "its third round of job cuts" counts rounds, not jobs
                after.append(tok.low)
            out.append((number, tuple(after)))
        return tuple(out)


_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def _parties(tokens: tuple[Token, ...], text: str, registry: EntityRegistry, lex: Lexicon) -> list[Party]:
    found = registry.find(text)
    if not found:
        return sorted((*_strangers(tokens, set(), lex), *_organisations(tokens, set(), lex)), key=lambda p: p.first)
    starts = {t.start: t.index for t in tokens}
    ends = {t.end: t.index for t in tokens}
    out = []
    people = registry.people_with(lex.people_nouns)
    firsts = {starts.get(m.start) for m in found}
    persons = {starts.get(m.start) for m in found if registry.kind(m.entity) is EntityKind.person}
    for mention in found:
        first = starts.get(mention.start)
        last = ends.get(mention.end)
        if first is None:
            continue
        if not mention.demonym and _titles_another(tokens, ends.get(mention.end, first), firsts):
            continue  # "U.S. District Judge Lewis Kaplan": the country names the judge's title, not a party
        if _affiliation(tokens, ends.get(mention.end, first), persons, people, lex):
            continue  # "West Ham and England midfielder Declan Rice": whose player he is, not a party
        kind = registry.kind(mention.entity)
        if first and tokens[first - 1].low in ("former", "ex") and kind is not None and kind.value in (
                "group", "government", "organisation"):
            continue  # "former federal prosecutors": people who were once of it, not the body itself
        if last is None:  # possessive "Azerbaijan's": the token runs past the name; "U.S.": the name runs past
            last = first  # its last token, whose stop is no token ("U.S. Marine" ends at "S", not "Marine")
            while last + 1 < len(tokens) and tokens[last + 1].start < mention.end:
                last += 1
        if kind is not None and kind.value in ("place", "country") and not mention.demonym \
                and last + 1 < len(tokens) and tokens[last + 1].low in lex.organisation_heads \
                and tokens[last + 1].text[:1].isupper():
            continue  # "the Seattle Times", "Nepal Airlines": the place begins a company's name
        if last - first >= 2 and tokens[last].low in lex.place_suffixes and tokens[last - 1].low == "-":
            last -= 2  # "London-based": the name, without the word that makes it a place
        prev = tokens[first - 1].low if first else ""
        prev2 = tokens[first - 2].low if first >= 2 else ""
        entity = registry.get(mention.entity)
        region = entity is not None and entity.kind.value == "place" and registry.metonym(entity.id) is None
        place = (region or prev in lex.location_prepositions - {"to", "from"}
                 # "in a Seattle federal court": a place naming where the thing after it stands
                 or (prev in lex.determiners and prev2 in lex.location_prepositions - {"to", "from"}
                     and kind is not None and kind.value == "place")
                 # "crashed near the town of Bishoftu": a place named by its kind first
                 or (prev in lex.partitive_prepositions and prev2 in lex.place_kind_nouns
                     and kind is not None and kind.value == "place")
                 # "due to go public at the Tadawul stock exchange": a body named as where something happens
                 or (prev in lex.definite_articles and prev2 in lex.venue_prepositions
                     and kind is not None and kind.value in ("organisation", "other"))
                 or _place_continued(tokens, first, last, lex) or _based(tokens, last, lex)
                 or (prev == "to" and prev2 in people))  # "Azerbaijan's ambassador to France": a posting
        by = prev == "by" or (prev in lex.determiners and prev2 == "by") or _titled_by(tokens, first)
        following = [t.low for t in tokens[last + 1:last + 4]]
        owner = mention.demonym or tokens[last].low.endswith("'s")
        owner = owner and any(w in people for w in following)
        # "the FTX founder", "an Azerbaijan embassy official": the name qualifies the people noun after it
        owner = owner or (bool(following) and following[0] in people)
        if mention.demonym and not owner and not any(w in lex.party_nouns for w in following[:2]):
            continue  # "European-mediated talks", "Armenian diaspora": an adjective, not a party
        out.append(Party(mention, first, last, place, owner, by))
    named = {i for p in out for i in range(p.first, p.last + 1)}
    covered = named | {i for i in firsts if i is not None}
    # a demonym that named no party ("American") may still begin a company's name ("American Airlines")
    return sorted((*out, *_strangers(tokens, covered, lex), *_organisations(tokens, named, lex)),
                  key=lambda p: p.first)


def _strangers(tokens: tuple[Token, ...], covered: set[int], lex: Lexicon) -> list[Party]:
    """People the claim base does not know, named with a title: "President Ram Chandra Paudel".

    They are parties of their own (the name stands for itself), so a sentence that gives the claim's
    event to someone else is read as such rather than as naming nobody."""
    titles = lex.person_titles_by_first
    if not titles:
        return []
    out = []
    headline: bool | None = None  # worked out only once a title is found: most sentences have none
    for i, tok in enumerate(tokens):
        if not tok.text[:1].isupper() or i in covered or tok.low not in titles:
            continue
        if headline is None:
            # in a title-case headline every word is capitalised: only a word no dictionary knows is a name
            # there ("Argentina's New President Pack Streets" names nobody called Pack Streets)
            headline = title_cased(tokens) and not (tokens and tokens[-1].text == ".")
        # longest first, so "Foreign Minister" wins over "Foreign"; two titles of one length that both
        # match are the same words, so which of them comes first does not matter
        title = next((t for t in titles[tok.low] if tuple(x.low for x in tokens[i:i + len(t)]) == t), None)
        if title is None:
            continue
        k = i + len(title)
        j = k
        while j < len(tokens) and j - k < 4 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
                and j not in covered and not (headline and readings(tokens[j].low)):
            j += 1
        if j - k >= 2 and not any(m in covered for m in range(i, j)):
            name = " ".join(t.text for t in tokens[k:j])
            prev = tokens[i - 1].low if i else ""
            out.append(Party(EntityMention(tokens[k].start, tokens[j - 1].end, name, False), k, j - 1,
                             False, False, prev == "by"))
    return out


def _organisations(tokens: tuple[Token, ...], covered: set[int], lex: Lexicon) -> list[Party]:
    """Companies the claim base does not know, named with a word that makes a name a company's:
    "American Airlines", "Acme Holdings". Like a titled stranger, a party of its own: "American Airlines
    cancelled 30 flights" gives the event to someone other than the claim's airline."""
    out = []
    for i, tok in enumerate(tokens):
        if i == 0 or i in covered or tok.low not in lex.organisation_heads or not tok.text[:1].isupper():
            continue
        first = i
        while first >= 1 and i - first < 4 and tokens[first - 1].text[:1].isupper() \
                and tokens[first - 1].text.isalpha() and first - 1 not in covered \
                and tokens[first - 1].low not in lex.determiners:
            first -= 1
        if first < i:
            name = " ".join(t.text for t in tokens[first:i + 1])
            prev = tokens[first - 1].low if first else ""
            out.append(Party(EntityMention(tokens[first].start, tok.end, name, False), first, i, False, False,
                             prev == "by"))
    return out


def _titles_another(tokens: tuple[Token, ...], last: int, firsts: set[int | None]) -> bool:
    """Whether a name is followed by one to four capitalised title words and then another name."""
    k = last + 1
    while k < len(tokens) and k - last <= 5 and k not in firsts and (
            tokens[k].text[:1].isupper() or tokens[k].low == "."):
        k += 1
    return last + 1 < k and k in firsts


def _affiliation(tokens: tuple[Token, ...], last: int, persons: set[int | None], people: frozenset[str],
                 lex: Lexicon) -> bool:
    """Whether a name, alone or joined to others by "and", qualifies a role noun right before a person's
    name ("West Ham and England midfielder Declan Rice", "Arsenal striker Eddie Nketiah"). A people noun
    the pack knows ("Chile envoy Ola Dahl") makes the name the owner of that person instead, as before."""
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].low in lex.coordinators and tokens[k + 1].text[:1].isupper():
        k += 2  # "... and England"
        while k < len(tokens) and tokens[k].text[:1].isupper() and k not in persons:
            k += 1
    if k + 1 >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return False
    word = tokens[k].low
    # (a word that may be a verb is read as one: "Acme hires Maria Lopez")
    return word not in people and word not in STOPWORDS and "VERB" not in readings(word) and k + 1 in persons


def _titled_by(tokens: tuple[Token, ...], first: int) -> bool:
    """"by U.S. District Judge P. Kevin Castel": the agent of a passive behind a run of titles and initials."""
    k = first - 1
    while k >= 0 and first - k <= 7 and (tokens[k].text[:1].isupper() or tokens[k].low in (".", "-")):
        k -= 1
    return k < first - 1 and k >= 0 and tokens[k].low == "by"


def _place_continued(tokens: tuple[Token, ...], first: int, last: int, lex: Lexicon) -> bool:
    """"in Granada, Spain, on Thursday": a name set off by commas after a place phrase is that place's region."""
    if first < 3 or tokens[first - 1].low != "," or not tokens[first - 2].text[:1].isupper():
        return False
    if last + 1 < len(tokens) and tokens[last + 1].low not in (",", ";", ")", '"'):
        return False
    return any(tokens[k].low in lex.location_prepositions - {"to", "from"} for k in range(max(0, first - 5), first - 2))



def _negations(tokens: tuple[Token, ...], lex: Lexicon, text: str) -> list[int]:
    cues = lex.negation_cues
    # "the failed Macron government", "a rejected bid": a cue after an article or possessive qualifies a
    # noun and denies no event, as "the no vote" does not ("that" excepted: "a bid that failed to win" denies)
    # "is not the first to cut jobs", "not only ... but": a comparison with others, which denies nothing
    return [t.index for t in tokens if (t.low in cues or t.low.endswith("n't")) and not (
        t.index > 0 and tokens[t.index - 1].low in lex.determiners
        and tokens[t.index - 1].low != "that") and not _numbering(tokens, t, text)
        and phrase_at(tokens, t.index + 1, lex.negation_exceptions_by_first) is None]


def _numbering(tokens: tuple[Token, ...], t: Token, text: str) -> bool:
    """"No. 1", "no. 3 seed", "No 10 has confirmed": the abbreviation of "number" before a figure (with its
    full stop, or capitalised inside a sentence), no negation."""
    if t.index + 1 >= len(tokens) or not tokens[t.index + 1].low[:1].isdecimal():
        return False
    return text[t.end:t.end + 1] == "." or (t.index > 0 and t.text[:1].isupper() and t.text[1:].islower())


def extract(text: str, registry: EntityRegistry, lex: Lexicon | None = None) -> Mentions:
    """Read one sentence (already free of markup) into :class:`Mentions`, in the words of ``lex`` (the claim
    base's language pack with its stories' vocabulary)."""
    lex = lex or lexicon()
    plain = normalise(text)
    # a web address is no prose: "world/2311043549/" holds no count, "aftershock-of-4-2-magnitude" no
    # event; blanked to spaces of the same length, so every token keeps its offset in the sentence
    tokens = tokenize(_URL.sub(lambda u: " " * len(u.group()), plain) if "/" in plain or "www." in plain else plain)
    parties = _parties(tokens, plain, registry, lex)
    # "Seattle-based": names joined to a place suffix, read once for the parties and the unknown places
    based = _based_names(tokens, lex) if lex.place_suffixes and "-" in plain else []
    if based:
        parties = _based_parties(tokens, parties, based, registry)
    numbers = read_numbers(tokens, lex)
    if len(numbers) >= 2:
        numbers = _without_ratios(tokens, numbers)
    if numbers and parties:
        # a figure inside a name is part of the name: "the Boeing 737 MAX 9" counts no nine of anything
        named = {i for p in parties for i in range(p.first, p.last + 1)}
        # "Boeing 737 MAX-9": a figure between two parts of a name belongs to it as well
        numbers = [n for n in numbers if not any(i in named for i in range(n.first, n.last + 1))
                   and not (n.first - 1 in named and n.last + 1 in named)]
    amounts = read_amounts(tokens, numbers, lex)
    if amounts and parties:
        # "will pay $59.5 billion U.S. for Pioneer": a country right after a figure in a currency sign says
        # whose currency it is; it is no party
        parties = [p for p in parties if not (registry.kind(p.mention.entity) is EntityKind.country and any(
            a.last + 1 == p.first and not tokens[a.first].low[:1].isalnum() for a in amounts))]
    return Mentions(
        text=plain,
        tokens=tokens,
        numbers=tuple(numbers),
        durations=tuple(read_durations(tokens, numbers, lex)),
        dates=tuple(read_dates(tokens, lex)),
        parties=tuple(parties),
        negations=tuple(_negations(tokens, lex, plain)),
        # "Powell: Fed staff no longer see a recession": a headline gives its speaker before a colon
        attributed=any(t.low in lex.attribution_cues for t in tokens) or _colon_speaker(tokens, parties) is not None,
        # a capitalised word right before a name or inside it is part of it ("from Sam Bankman-Fried's",
        # "from Judge Lewis Kaplan"), not a place
        unknown_places=tuple(u for u in _unknown_places(tokens, based, registry, lex)
                             if not any(p.first - 1 <= u[0] <= p.last for p in parties)),
        amounts=tuple(amounts),
    )


_ORDINAL_STOPS = frozenset(("of", "in", "since", "for", "to", "at", "on", "this", "that"))


def _colon_speaker(tokens: tuple[Token, ...], parties: list[Party]) -> Party | None:
    """The party that opens a sentence and is followed by a colon ("Powell: ..."), if any."""
    return next((p for p in parties if p.first <= 1 and p.last + 2 < len(tokens) and tokens[p.last + 1].low == ":"),
                None)


def _without_ratios(tokens: tuple[Token, ...], numbers: list[Number]) -> list[Number]:
    """Drop "one in six", "two out of three": a ratio counts nothing."""
    starts = {n.first: n for n in numbers}
    ratio: set[int] = set()
    for n in numbers:
        k = n.last + 1
        words = [t.low for t in tokens[k:k + 3]]
        gap = 1 if words[:1] == ["in"] else 2 if words[:2] == ["out", "of"] else 0
        other = starts.get(k + gap) if gap else None
        # "one in six", never "157 in two districts" or "five in 2023"
        if other is not None and n.value < other.value and not (other.high is None and 1900 <= other.value <= 2100):
            ratio |= {n.first, other.first}
    return [n for n in numbers if n.first not in ratio] if ratio else numbers


_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)


def _based(tokens: tuple[Token, ...], last: int, lex: Lexicon) -> bool:
    """"Stockholm-based", "San Francisco-headquartered": a name joined to a word that makes it a place."""
    return last + 2 < len(tokens) and tokens[last + 1].low == "-" and tokens[last + 2].low in lex.place_suffixes


def _based_names(tokens: tuple[Token, ...], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The capitalised names joined to a place suffix ("Seattle-based", "San Francisco-headquartered")."""
    out = []
    for k in range(len(tokens) - 2):
        if _based(tokens, k, lex) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
            first = k
            while first >= 1 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.isalpha() \
                    and tokens[first - 1].low not in lex.determiners:
                first -= 1
            out.append((first, k, " ".join(t.text for t in tokens[first:k + 1])))
    return out


def _based_parties(tokens: tuple[Token, ...], parties: list[Party], based: list[tuple[int, int, str]],
                   registry: EntityRegistry) -> list[Party]:
    """"Stockholm-based Spotify": a known place joined to "-based" is a place of the sentence; the name
    search does not find a name run into a hyphenated word."""
    taken = {i for p in parties for i in range(p.first, p.last + 1)}
    added = []
    for first, last, name in based:
        found = registry.find(name)
        if found and not taken & set(range(first, last + 1)) and found[0].end - found[0].start == len(name):
            added.append(Party(EntityMention(tokens[first].start, tokens[last].end, found[0].entity, False),
                               first, last, True, False, False))
    return sorted((*parties, *added), key=lambda p: p.first) if added else parties


def _unknown_places(tokens: tuple[Token, ...], based: list[tuple[int, int, str]], registry: EntityRegistry,
                    lex: Lexicon) -> list[tuple[int, str]]:
    """Capitalised names after "in", "at", "to", "from" that no entity knows: "in Lyon", "posted to Strasbourg";
    and before "-based": "Seattle-based".

    They can only disagree with a claim's place; they never count as a party.
    """
    out = [(first, name) for first, _last, name in based if not registry.find(name)]
    prepositions = lex.location_prepositions
    for tok in [tokens[k + 1] for k in range(len(tokens) - 1)
                if tokens[k].low in prepositions and tokens[k].low not in lex.area_prepositions]:
        # "across Latin America": an area the event spreads over may hold the claim's place, and a name no
        # entity knows cannot say whether it does
        if not tok.text[:1].isupper() or tok.low in lex.months:
            continue
        if tok.low.removesuffix("'s") in lex.calendar_words or registry.find(tok.text):
            continue
        last = tok.index
        while last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and tokens[last + 1].text.isalpha() \
                and tokens[last + 1].start == tokens[last].end + 1 and not registry.find(tokens[last + 1].text):
            last += 1  # "in New Caledonia": the whole name, as the report will quote it
        if last + 1 < len(tokens) and tokens[last + 1].text.isdigit():
            continue  # "near Hwy 217", "at Gate 5": a name that ends in a figure labels a road or a spot
        out.append((tok.index, " ".join(t.text for t in tokens[tok.index:last + 1])))
    return out


def in_a_region(m: Mentions, name: str, registry: EntityRegistry, lex: Lexicon) -> bool:
    """Whether the unknown place ``name`` is followed by ", Region" where the region is no country and no
    entity ("in Marion, Illinois"): the place lies inside it, and the region may lie inside the claim's own
    country. "Brussels, Belgium" names its country."""
    return any(_region_after(m.tokens, first + len(text.split()) - 1, registry, lex) is not None
               for first, text in m.unknown_places if text == name)


def _region_after(tokens: tuple[Token, ...], last: int, registry: EntityRegistry, lex: Lexicon) -> str | None:
    """The region in ", Region" after the name ending at ``last``, when it is no country and no entity."""
    k = last + 2
    if k >= len(tokens) or tokens[last + 1].text != "," or not tokens[k].text[:1].isupper():
        return None
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper() and tokens[end + 1].text.isalpha():
        end += 1
    region = " ".join(t.text for t in tokens[k:end + 1])
    if end + 1 < len(tokens) and tokens[end + 1].text.isalpha() and not tokens[end + 1].text[:1].isupper() \
            and tokens[end + 1].low not in lex.coordinators:
        return None  # "in Paris, Macron said": the comma closes the phrase and the clause goes on
    return None if region.lower() in lex.country_names or registry.find(region) else region


def unknown_names(m: Mentions, lex: Lexicon, before: int | None = None) -> tuple[int, ...]:
    """Where the sentence names someone the base does not know: the first of two capitalised words in a row
    that no named party covers, the second unknown to the dictionary and neither a function word nor a
    month ("Bernie Madoff", "Ross Ulbricht"), up to token ``before``. None in a title-case headline, where
    capitals mark no names."""
    return _unknown_names(m, lex, before)


@per_sentence  # the matcher asks it of the sentence again for every claim it decides
def _unknown_names(m: Mentions, lex: Lexicon, before: int | None) -> tuple[int, ...]:
    tokens = m.tokens
    if title_cased(tokens):
        return ()
    covered = {i for p in m.parties if not p.resolved for i in range(p.first, p.last + 1)}
    end = len(tokens) - 1 if before is None else min(before - 1, len(tokens) - 1)
    return tuple(k for k in range(max(0, end)) if tokens[k].text[:1].isupper() and tokens[k].text.isalpha()
                 and unknown_word(tokens[k + 1]) and k not in covered and k + 1 not in covered
                 and not {tokens[k].low, tokens[k + 1].low} & STOPWORDS
                 and tokens[k].low not in lex.months and tokens[k + 1].low not in lex.months)


def title_cased(tokens: Sequence[Token]) -> bool:
    """Whether nearly every longer word is capitalised, as in a title-case headline ("Turnout Reaches 76% In
    Second-Round Vote"), where capitals mark no names."""
    long = [t.text for t in tokens if len(t.text) > 3 and t.text.isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def relative_antecedent(m: Mentions, relative: int, articles: frozenset[str] = frozenset()) -> Party | None:
    """The party a relative clause hangs from: the one right before the relative pronoun at token
    ``relative``, a comma between them allowed ("Bernard Madoff, who ..." -> Madoff), the one that
    qualifies the noun there ("the JAL plane, which ..." -> JAL), or the name a noun phrase opened by one
    of ``articles`` stands in apposition to ("Paul Whelan, a former U.S. Marine who ..." -> Whelan). Never
    a place."""
    j = relative - 1 if m.tokens[relative - 1].low != "," else relative - 2
    found = next((p for p in m.parties if p.last == j and not p.place), None)
    if found is None and j > 0 and m.tokens[j].text.isalpha() and m.tokens[j].text.islower() \
            and "NOUN" in readings(m.tokens[j].low):
        # "collided with the JAL plane, which was flying from Sapporo": the name that qualifies the noun
        found = next((p for p in m.parties if p.last == j - 1 and not p.place), None)
    if (found is None or found.owner) and articles:
        # ("a former U.S. Marine": the people of a country are no antecedent when a name stands before them)
        start = found.first if found is not None else j
        k = start
        while k > 0 and start - k < 6 and m.tokens[k].text != ",":
            k -= 1
        if k > 0 and m.tokens[k].text == "," and m.tokens[k + 1].low in articles:
            found = next((p for p in m.parties if p.last == k - 1 and not p.place), found)
    return found


def unknown_word(tok: Token) -> bool:
    """A capitalised word, not in capitals throughout, that no dictionary knows: part of a name ("Madoff",
    "VMware"), not a model code ("MAX") or a word at the start of a sentence."""
    return tok.text[:1].isupper() and not tok.text.isupper() and tok.text.isalpha() and not readings(tok.low)
