"""Where a sentence's clauses begin and end, and who opens them: the reading the matcher needs around
an event word beyond the sentence analysis (who is the subject, what a negation denies, which words are
inside a name or a set phrase)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, NamedTuple

from factcheck._claimfacts import NEGATORS, WORD, fits
from factcheck._memo import per_sentence
from factcheck._words import holds_phrase
from factcheck.analysis import Predication
from factcheck.entities import EntityRegistry
from factcheck.index import STOPWORDS
from factcheck.keywords import lemmas, readings
from factcheck.kinds.date import weekday_named
from factcheck.kinds.duration import iso_seconds
from factcheck.kinds.numbers import phrase_ending
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import Mentions, Token, title_cased, unknown_word
from factcheck.plain import (
    Claim,
    DateValue,
    DurationValue,
    EntityKind,
    PlaceValue,
)

if TYPE_CHECKING:
    from factcheck.kinds.date import DateMention


# readings of words that are no part of a noun phrase ("for", "by", "to")
_FUNCTION_READINGS = frozenset(("ADP", "ADV", "PART", "CCONJ", "SCONJ", "PRON"))


LINKING = frozenset("of for over to with from in on by about against".split())  # "accuses Norway of ..."

_QUOTES = frozenset('"\u201c\u201d\u2018\u2019\'')  # a quoted object: 'had not raised a "question"'


def intensified(m: Mentions, p: Predication, intensifiers: AbstractSet[str], lex: Lexicon) -> str | None:
    """The word that calls the event great ("considerable progress"), if one qualifies the event word itself.

    "a significant hurdle, with lives lost" calls another noun great, and "without the kind of really
    significant downturn" denies the greatness it names: neither says the claim's little was much."""
    toks = m.tokens
    event = p.span[0]
    for j in range(max(p.lo, event - 3), event):
        if toks[j].low not in intensifiers:
            continue
        before = range(max(p.lo, j - 6), j)
        if any(toks[k].low in lex.negation_cues or toks[k].low in NEGATORS for k in before
               if not any(t.text in ",;:" for t in toks[k:j])):
            continue
        return toks[j].text
    return None


def subject_of(m: Mentions, p: Predication, entity: str) -> bool:
    """Whether the party stands right before the event word as its subject ("Kaplan said FTX customers
    lost ..."), not as the object of a verb of saying ("Peru accuses Norway of favouritism")."""
    return any(q.mention.entity == entity and (p.span[0] - q.last == 1 or (
        p.span[0] - q.last == 2 and m.tokens[q.last + 1].low not in LINKING)) for q in m.parties)


def clause_opener(m: Mentions, p: Predication, reg: EntityRegistry, lex: Lexicon) -> str | None:
    """The named party that opens the event's clause, or ``UNKNOWN_OPENER`` for a name the base does not know,
    or None: what the clause is about even where the analysis binds it to no role of the event word ("The
    Nasdaq Composite dropped 17 points to finish at ...", "Peru recorded a tremor that killed 12"). Read once
    for each predication; which claims it keeps from being established is up to ``own`` in ``_compare``.

    The opening party is the first one before the event word that starts the clause or follows a comma, so
    "according to Peru, ...", "Peru's ..." and "talks between Norway and Peru" open nothing, nor does a party
    inside a relative clause; a resolved pronoun, a place or the speaker opens the clause as nobody."""
    if p.span[0] < 0:
        return None
    clause = clause_of(m, p.span, lex)
    lo = clause[0].index if clause else 0
    if lo and m.tokens[lo - 1].low in lex.relative_pronouns:
        return None  # "Bankman-Fried, whom a jury convicted ..., plans to appeal": the party is the relative's
    for q in m.parties:
        if q.first < lo or q.last >= p.span[0] or m.tokens[q.last].low.endswith("'s"):
            continue
        k = q.first - 1
        j = k
        while j >= lo and j >= q.first - 3 and m.tokens[j].text.isalpha() and m.tokens[j].text.islower() \
                and ("NOUN" in readings(m.tokens[j].low) or not readings(m.tokens[j].low)) \
                and m.tokens[j].low not in lex.determiners:
            j -= 1  # "the forward Kai Havertz", "the midfielder ...": a common noun before the name in apposition
        if j < k and j >= lo and m.tokens[j].low in lex.determiners:
            k = j
        while k >= lo and m.tokens[k].low in lex.determiners:
            k -= 1
        if k >= lo and m.tokens[k].low.isalnum():
            continue
        e = q.mention.entity
        return e if not q.resolved and reg.kind(e) is not EntityKind.place and e not in p.speakers else None
    return UNKNOWN_OPENER if opened_by_unknown_name(m, lo, p.span[0], lex) \
        or opened_by_unknown_body(m, lo, p.span[0], lex) else None


UNKNOWN_OPENER = "?"  # a clause opened by a name no entity holds: a stranger to every claim


class ClauseFacts(NamedTuple):
    """What every candidate claim asks of one predication's clause, read once per sentence: who opens it
    (``clause_opener``), the noun a relative clause holding it hangs from (``relative_head``), the stranger
    whose possessive owns the event noun (``event_owner``) and the unknown name it is done to
    (``unknown_object``)."""

    opener: str | None = None
    relative: str = ""
    verb_between: bool = False
    owner: str = ""
    outsider: str = ""


def clause_facts(m: Mentions, p: Predication, reg: EntityRegistry, lex: Lexicon) -> ClauseFacts:
    relative, verb_between = relative_head(m, p, lex)
    return ClauseFacts(clause_opener(m, p, reg, lex), relative, verb_between, event_owner(m, p, lex),
                       unknown_object(m, p, reg, lex))


def is_stranger(opener: str | None, own: AbstractSet[str], reg: EntityRegistry) -> bool:
    """Whether the clause's opener (see ``clause_opener``) is none of the claim's parties."""
    return opener is not None and (opener == UNKNOWN_OPENER or not any(reg.compatible(opener, x) for x in own))


def opened_by_unknown_name(m: Mentions, lo: int, event: int, lex: Lexicon) -> bool:
    """Whether the clause opens on a single name no entity holds and no dictionary knows, as the subject of
    the verb after it ("Broadcom is waiting for approval to purchase VMware for $70 billion", "Roos called
    for a sentence of 40 years"): someone the record does not know is the one acting. A word before a noun
    ("Canadian consumer prices") or in a title-case headline is no such subject."""
    tokens = m.tokens
    k = clause_start(tokens, lo, event, lex)
    comma = next((j for j in range(k, min(event, k + 5)) if tokens[j].low == ","), None)
    if comma is not None and tokens[k].low in lex.location_prepositions | lex.year_prepositions | lex.day_prepositions:
        k = clause_start(tokens, comma + 1, event, lex)  # "In October, LinkedIn announced ...": past the time
    if k + 3 < event and tokens[k + 1].low == "-" and tokens[k + 2].low in lex.place_suffixes | lex.owner_suffixes:
        k += 3  # "Microsoft-owned LinkedIn announced ...": the name after its owner or base
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
    return k + 1 == event or subject_verb(after, lex)  # the name right before the event word is its subject


def clause_start(tokens: Sequence[Token], lo: int, event: int, lex: Lexicon) -> int:
    """The first word of the clause from ``lo`` that is neither an article nor punctuation."""
    k = lo
    while k < event and (tokens[k].low in lex.determiners or not tokens[k].low.isalnum()):
        k += 1
    return k


def subject_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether the word after a name is the verb it is the subject of ("is waiting", "will pay", "paid")."""
    kinds = readings(tok.low)
    return tok.low in lex.passive_auxiliaries or tok.low in lex.future_auxiliaries or (
        "VERB" in kinds and "NOUN" not in kinds) or "AUX" in kinds


def opened_by_unknown_body(m: Mentions, lo: int, event: int, lex: Lexicon) -> bool:
    """Whether the clause opens on a capitalised name of two or more words that no party covers, as the
    subject of the event word or of the verb after it ("The Central Bank of Kuwait raised ...", "The Riga
    City Council will pay ..."): a body the record does not know is the one acting. Not in a title-case
    headline, where capitals mark no names."""
    tokens = m.tokens
    k = clause_start(tokens, lo, event, lex)
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
    return subject_verb(tokens[j], lex)  # "The Riga City Council will pay"


def near_parties(m: Mentions, p: Predication, subordinators: frozenset[str]) -> set[str]:
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


def after_since(m: Mentions, times: Iterable[DateMention]) -> tuple[DateMention, ...]:
    """The dates a "since" comes before in their own clause ("since democracy was restored in 1983")."""
    out = []
    for d in times:
        k = d.first - 1
        while k >= 0 and m.tokens[k].low not in (";", ".", "since"):
            k -= 1
        if k >= 0 and m.tokens[k].low == "since" and d not in out:
            out.append(d)
    return tuple(out)


def unknown_owner(m: Mentions, p: Predication, lex: Lexicon) -> str:
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


def event_owner(m: Mentions, p: Predication, lex: Lexicon) -> str:
    """The named party whose possessive owns the event noun, across adjectives ("ExxonMobil's closing price",
    "Pioneer's undisturbed closing price"), or ""."""
    tokens = m.tokens
    k = p.span[0] - 1
    while k >= 0 and p.span[0] - k <= 3 and set(readings(tokens[k].low)) == {"ADJ"}:
        k -= 1
    if k < 0 or not tokens[k].low.endswith("'s"):
        return ""
    return next((q.mention.entity for q in m.parties if q.last == k and not q.resolved and not q.place), "")


def unknown_object(m: Mentions, p: Predication, reg: EntityRegistry, lex: Lexicon) -> str:
    """The name right after an active event verb when no party of the base covers it ("Exxon purchased XTO
    Energy in 2009", "Microsoft bought LinkedIn"): the act was done to someone the record does not know, so
    it is another act of the claim's actor, not this one with errors. "" otherwise."""
    tokens = m.tokens
    if p.passive or p.patients or p.span[0] < 0 or title_cased(tokens):
        return ""
    k = p.span[1] + 1
    while k < len(tokens) and tokens[k].low in lex.determiners:
        k += 1
    if k >= len(tokens) or any(q.first <= k + 1 and k <= q.last for q in m.parties):
        return ""  # the name, or the word after it, is a known party's ("Pioneer Natural Resources")
    if any(a.first <= k <= a.last for a in m.amounts):
        return ""  # "will pay CHF 4 billion": a currency's code, no name
    first = tokens[k]
    if not first.text[:1].isupper() or not first.text.isalpha() or first.low in STOPWORDS \
            or first.low in lex.months or first.low in lex.weekdays \
            or reg.find(first.text) or reg.find(first.text.removesuffix("s")):
        return ""  # "arming the Armenians": a people the base knows by its demonym
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.text.isalpha() and after.text.islower() and after.low not in STOPWORDS \
            and "NOUN" in readings(after.low):
        return ""  # "expelling the French pair", "hired a Swiss bank": a word before a common noun, no name
    acronym = len(first.text) > 1 and first.text.isupper()  # "XTO", not the pronoun "I"
    if unknown_word(first) or acronym or (after is not None and after.text[:1].isupper() and after.text.isalpha()):
        return first.text if after is None or not after.text[:1].isupper() else f"{first.text} {after.text}"
    return ""


def relative_head(m: Mentions, p: Predication, lex: Lexicon) -> tuple[str, bool]:
    """The common noun a relative clause holding the event word hangs from ("a series of tremors, which had a
    magnitude of four or lower" -> tremors), and whether a verb of the clause's own stands before the event
    word ("the revolution, which turned the U.S. into the largest producer"). "" when the event word is in
    no relative clause or the clause hangs from a name."""
    tokens = m.tokens
    k = p.span[0] - 1
    participle = False
    closed = _main_verb_after(tokens, p.span[1])
    while k >= 0 and tokens[k].low not in lex.clause_breaks and not (
            tokens[k].low in lex.relative_that and not closed and all(
                t.low in lex.linking_verbs or t.low in lex.passive_auxiliaries or set(readings(t.low)) == {"ADV"}
                for t in tokens[k + 1:p.span[0]])):
        # "a deadly earthquake that struck the region on Monday": a "that" right before its verb opens the
        # clause, unless the sentence's own verb closes the clause later ("a measure that excludes food and
        # fuel prices rose 4.8 percent": the figure is the main verb's)
        k -= 1
    if k == p.span[0] - 1 and k >= 2 and tokens[k].low == "," and tokens[p.span[0]].low.endswith("ing"):
        # "the earthquake that struck on New Year's Day, killing at least 48": a participle after the comma
        # goes on with the relative clause before it, whose noun did it
        j = next((i for i in range(k - 1, max(-1, k - 12), -1)
                  if tokens[i].low in lex.relative_pronouns | lex.relative_that
                  or tokens[i].low in lex.clause_breaks), -1)
        if j >= 1 and (tokens[j].low in lex.relative_pronouns | lex.relative_that):
            k, participle = j, True
    if k < 1 or tokens[k].low not in lex.relative_pronouns | lex.relative_that:
        return "", False
    j = k - 1 if tokens[k - 1].low != "," else k - 2
    if j < 0 or any(q.first <= j <= q.last for q in m.parties):
        return "", False
    head = tokens[j]
    if not (head.text.isalpha() and head.text.islower() and "NOUN" in readings(head.low)):
        return "", False
    # (the participle is no object of the clause's verb, which an act noun may be: "the grounding, which
    # followed the blowout")
    return head.low, not participle and any(not _attribute_word(t, lex) for t in tokens[k + 1:p.span[0]])


def _main_verb_after(tokens: Sequence[Token], b: int) -> bool:
    """Whether an inflected verb right after a noun follows the event word at ``b`` before the next mark
    ("... that excludes food and fuel prices rose 4.8 percent"): the verb of the clause the relative one
    sits in."""
    for k in range(b + 2, len(tokens)):
        low = tokens[k].low
        if not low.isalnum():
            return False
        verb = readings(low).get("VERB")
        if verb and low not in verb and "NOUN" in readings(tokens[k - 1].low) and not low.endswith("ing"):
            return True
    return False


def _attribute_word(tok: Token, lex: Lexicon) -> bool:
    """A word that may stand between a relative pronoun and the noun the clause gives its antecedent ("which
    had a magnitude of", "which has been the highest"): a linking verb or auxiliary, an article, a figure or
    an adjective, not a verb of its own."""
    low = tok.low
    return low in lex.linking_verbs or low in lex.passive_auxiliaries or low in lex.future_auxiliaries \
        or low in lex.determiners or not low.isalpha() or low in lex.number_words \
        or set(readings(low)) <= {"ADJ", "ADV"}


def dates_another_noun(m: Mentions, d: DateMention, vocabulary: AbstractSet[str], lex: Lexicon) -> bool:
    """Whether a bare year or month written before a noun ("his 2016 presidential campaign", "a May filing")
    dates that noun rather than the event: the noun, within two words, is none the claim uses ("the 2015
    quake" against a quake claim still dates the quake)."""
    tokens = m.tokens
    if _dates_other_occasion(tokens, d, vocabulary, lex):
        return True
    # (a bare month too, after an indefinite article: "In a May corporate filing"; "its April meeting" is the
    # occasion the event took place at)
    if not d.first or d.first != d.last:
        return False
    before = tokens[d.first - 1].low
    if not ((d.year is not None and d.month is None and before in lex.determiners)
            or (d.month is not None and d.year is None and d.day is None and before in lex.indefinite_articles)):
        return False
    for tok in tokens[d.last + 1:d.last + 3]:
        if not tok.text.isalpha() or ({tok.low} | lemmas(tok.low)) & vocabulary:
            return False
        kinds = readings(tok.low)
        if "NOUN" in kinds and "ADJ" not in kinds:
            return True  # the head noun, past any adjectives ("presidential")
    return False


def _dates_other_occasion(tokens: Sequence[Token], d: DateMention, vocabulary: AbstractSet[str], lex: Lexicon) -> bool:
    """Whether the date is put by a preposition on a noun the claim never uses, whose phrase names another
    occasion ("at its next meeting in September", "the previous summit in May")."""
    k = d.first - 1
    if k < 2 or tokens[k].low not in lex.day_prepositions | lex.year_prepositions:
        return False
    noun = tokens[k - 1].low
    if not tokens[k - 1].text.isalpha() or "NOUN" not in readings(noun) or ({noun} | lemmas(noun)) & vocabulary:
        return False
    return any(t.low in lex.other_event_cues for t in tokens[max(0, k - 4):k - 1])


def during_event(claim: Claim, value: DateValue, m: Mentions, p: Predication, lex: Lexicon) -> bool:
    """Whether every day the event's clause gives falls after the one day the claim records and within the
    length it records for the same event, the clause naming no start ("members strike outside the plant on
    Thursday, October 12" against a strike that began on 15 September and lasted 41 days): a day during
    the event, not another start."""
    lengths = [v for v in claim.values if isinstance(v, DurationValue)]
    if not lengths or not (value.year and value.month and value.day) or value.end is not None:
        return False
    if any(t.low in lex.onset_verbs for t in m.tokens[max(p.lo, 0):p.hi + 1]):
        return False  # "the strike began on 12 October": a start the clause gives
    start = _dt.date(value.year, value.month, value.day)
    length = lengths[0]
    seconds = iso_seconds(length.to or length.iso) * (1.1 if length.approx else 1.0)
    end = start + _dt.timedelta(seconds=seconds)
    days = [d for d in p.times if d.hour is None]
    if not days or any(d.month is None or d.day is None or d.end is not None for d in days):
        return False
    try:
        return all(start < _dt.date(d.year or value.year, d.month or 1, d.day or 1) <= end for d in days)
    except ValueError:
        return False  # "30 February": no day at all


def looks_ahead(m: Mentions, ahead: AbstractSet[str]) -> bool:
    """Whether the sentence speaks of what is to come: a word of ``ahead`` (forecast, plan, possibility, future
    auxiliary), or a headline's "to" before a verb ("Layoffs to cost Spotify €130m")."""
    words = [t.low for t in m.tokens]
    return any(w in ahead for w in words) or any(
        w == "to" and i + 1 < len(words) and "VERB" in readings(words[i + 1]) for i, w in enumerate(words))


def whole_sentence(m: Mentions) -> Predication:
    """The whole sentence as one predication, for claims matched on wording alone (no event word)."""
    places = tuple(p.mention.entity for p in m.parties if p.place)
    return Predication((-1, -1), 0, len(m.tokens) - 1, (), (), places, tuple(t for _i, t in m.unknown_places),
                       (), (), frozenset(), m.dates, False, False, False)


def other_weekday(claim: Claim, m: Mentions, p: Predication, lex: Lexicon) -> str:
    """A weekday the event's clause names that is not the weekday of the claim's one recorded day, when the
    clause gives no date of its own; "" otherwise."""
    days = [v for v in claim.values if isinstance(v, DateValue) and v.day and v.end is None]
    found = weekday_named(days[0], m, p, lex) if len(days) == 1 and not p.times else None
    return found[1] if found is not None and not found[0] else ""


def other_direction(claim: Claim, value: PlaceValue, m: Mentions, p: Predication, reg: EntityRegistry,
                     lex: Lexicon) -> bool:
    """Whether every place the event's clause names is given in another direction than the claim gives its
    place ("to California" against "took off from Portland"): an origin and a destination do not conflict."""
    words = WORD.findall(claim.statement.lower())
    names = {w for name in (reg.name(value.entity), *(getattr(reg.get(value.entity), "aliases", ()) or ()))
             for w in WORD.findall(name.lower())}
    own = {lex.directions[words[k - 1]] for k in range(1, len(words))
           if words[k] in names and words[k - 1] in lex.directions}
    if not own:
        # a claim that says where ("came down near Tulu Fara"): a place named as where a journey was going
        # ("crashed Sunday morning en route to Nairobi") is no other place of it
        transit = [q for q in m.parties if q.mention.entity in p.places]
        return bool(transit) and all(phrase_ending(m.tokens, q.first - 1, lex.transit_phrases, 4) is not None
                                     for q in transit)
    if len(own) != 1:
        return False
    found = set()
    for q in m.parties:
        if q.mention.entity in p.places:
            before = m.tokens[q.first - 1].low if q.first else ""
            found.add(lex.directions.get(before, ""))
    return bool(found) and "" not in found and not found & own


def inside_name(m: Mentions, span: tuple[int, int], registry: EntityRegistry | None = None) -> bool:
    """Whether a keyword is written capitalised inside a name: within a known party's name after its first
    word, or amid capitalised words no party covers, not at the sentence's start ("the New York Stock
    Exchange"). A title that starts or stands beside a known name stays a word ("President Ilham Aliyev");
    the first word of a body's name does not ("the Central Weather Administration")."""
    a, b = span
    tokens = m.tokens
    if a <= 0 or not all(tokens[i].text[:1].isupper() for i in range(a, b + 1)):
        return False
    if any(p.first < a and b <= p.last for p in m.parties if not p.resolved):
        return True  # a word within a known name, after its first: "Stock" of "New York Stock Exchange"
    if registry is not None and any(
            p.first == a and b < p.last and registry.kind(p.mention.entity) is not EntityKind.person
            for p in m.parties if not p.resolved):
        return True
    named = {i for p in m.parties for i in range(p.first, p.last + 1)}

    def capital(i: int) -> bool:
        return 0 < i < len(tokens) and tokens[i].text[:1].isupper() and tokens[i].text.isalpha() and i not in named
    if any(i in named for i in range(a - 1, b + 2)):
        return False  # the keyword is, or stands beside, a known party's name
    return capital(a - 1) or capital(b + 1)


def in_fixed_phrase(words: Sequence[str], span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the keyword at ``span`` lies inside one of the pack's set phrases, written with spaces or
    hyphens ("short term", "short-term")."""
    a, b = span
    for phrase in lex.fixed_phrases:
        for form in (phrase, tuple(w for word in phrase for w in (word, "-"))[:-1]):
            for start in range(max(0, b - len(form) + 1), a + 1):
                if tuple(words[start:start + len(form)]) == form and start + len(form) > b:
                    return True
    return False


def is_particle(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """A keyword that is a lone particle ("up") right after a verb, with no figure after it: part of a
    phrasal verb ("sped up the rivalry", "set up a team"), not the claim's "shares were up 38%"."""
    a, b = span
    if a != b or m.tokens[a].low not in lex.particles or a == 0:
        return False
    if "VERB" not in readings(m.tokens[a - 1].low) or m.tokens[a - 1].low in lex.passive_auxiliaries:
        return False
    return not any(t.low[:1].isdecimal() or t.low in lex.number_words for t in m.tokens[a + 1:a + 4])


_MERGE_GAP = 6  # the most words between two keyword occurrences that make one phrase


def merge_spans(spans: list[tuple[int, int]], m: Mentions, every: frozenset[tuple[int, int]] = frozenset(),
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
        gap = [t.low for t in m.tokens[merged[-1][1] + 1:start]] if merged else []
        # nor across what one event adds to: "the fine adds to a €390 million penalty" (two fines)
        added = holds_phrase(gap, lex.additive_cues)
        # nor across a whole clause: "the picket line ... dissolved Wednesday as workers learned their strike
        # was over" holds two events, however few breaks stand between them
        far = len(gap) > _MERGE_GAP and any(readings(w).keys() == {"VERB"} for w in gap)
        if merged and not between and not added and not far \
                and not any(t.low in breaks or (t.low in lex.negation_cues and t.index < start - 2)
                            for t in m.tokens[merged[-1][1] + 1:start]):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def object_noun(m: Mentions, p: Predication, lex: Lexicon, own: AbstractSet[str]) -> str:
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


def denied_object(m: Mentions, span: tuple[int, int], lex: Lexicon) -> str:
    """The head noun of the plain object right after an active verb ("recovered the four bolts that ..." ->
    "bolts"), past determiners and figures; "" when a name, a mark or anything but a plain noun phrase follows."""
    tokens = m.tokens
    k = span[1] + 1
    while k < len(tokens) and (tokens[k].low in lex.determiners or tokens[k].low in lex.quantifiers
                               or tokens[k].low[:1].isdigit()
                               or tokens[k].low in lex.number_words or tokens[k].low in _QUOTES):
        k += 1  # (a quoted phrase too: "had not raised a "substantial question"")
    starts = {q.first for q in m.parties}
    noun = ""
    while k < len(tokens) and k not in starts and tokens[k].low.isalpha() and tokens[k].text.islower() \
            and tokens[k].low not in lex.clause_breaks \
            and tokens[k].low not in lex.relative_pronouns and tokens[k].low not in lex.determiners \
            and tokens[k].low not in lex.thing_refs and tokens[k].low not in lex.person_refs:  # ("it expected")
        found = readings(tokens[k].low)
        if "NOUN" in found:
            noun = tokens[k].low
        elif noun or "ADJ" not in found:
            break  # ("a substantial question": adjectives before the noun)
        k += 1
    return noun


def passive_subject(m: Mentions, negator: int, lex: Lexicon) -> str:
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


_SOFT_BREAKS = frozenset((",", "and", "or", '"', "(", ")"))


def clause_of(m: Mentions, span: tuple[int, int], lex: Lexicon) -> Sequence[Token]:
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


def superlative(word: str, lex: Lexicon) -> bool:
    """"deadliest", "worst", "first": a word that ranks its noun against all others of the kind."""
    if word in lex.superlative_words:
        return True
    return word.isalpha() and word.endswith(tuple(lex.superlative_suffixes)) and "ADJ" in readings(word)


def compared_since(m: Mentions, p: Predication, lex: Lexicon) -> bool:
    """Whether the event's clause is the one a superlative is measured since: "the deadliest wildfire since
    the Camp Fire killed 85 people in 2018" names the earlier fire's toll, not this one's."""
    tokens = m.tokens
    k = p.lo - 1
    if k < 1 or tokens[k].low not in lex.since_words or p.span[0] < k \
            or any(t.low in lex.clause_breaks for t in tokens[k + 1:p.span[0]]):
        return False  # ("the deadliest since 2015, killed 200": the main clause goes on after the comma)
    return any(superlative(t.low, lex) for t in tokens[max(0, k - 4):k])


def plural_subject(m: Mentions, p: Predication, lex: Lexicon) -> str | None:
    """The plural common noun that opens the event's clause as its subject ("Residents of the district, the
    worst hit, on Sunday inspected the damage"), when the clause's verb is active and no party is its agent:
    a group did it, which no one person can be."""
    tokens, (a, _b) = m.tokens, p.span
    if a < 0 or p.passive or "VERB" not in readings(tokens[a].low):
        return None
    # the clause's start, past any aside set off by commas ("Residents of X, the worst hit, on Sunday ...")
    k = next((i + 1 for i in range(a - 1, -1, -1) if tokens[i].low in lex.clause_breaks and tokens[i].low != ","), 0)
    while k < a and tokens[k].low in lex.determiners:
        k += 1
    if k >= a or any(q.first <= k <= q.last for q in m.parties):
        return None
    word = tokens[k]
    kinds = readings(word.low)
    if not (word.text.isalpha() and word.low.endswith("s") and "NOUN" in kinds and (k == 0 or "VERB" not in kinds)):
        return None  # (a word that may be a verb is a subject only where the sentence starts: "Soldiers flew")
    near = lex.partitive_prepositions | lex.location_prepositions
    if any(q.mention.entity in p.agents and not (k < q.first < a and tokens[q.first - 1].low in near)
           for q in m.parties):
        return None  # an agent of its own ("Residents of Jajarkot" names only a place; "the day Judge Kaplan ...")
    if any(t.low in lex.attribution_verbs or t.low in lex.relative_pronouns or t.low in lex.complementisers
           for t in tokens[k + 1:a]):
        return None  # "residents said the minister flew in", "villagers who saw him arrive"
    return word.text


def named_otherwise(m: Mentions, span: tuple[int, int], vocabulary: AbstractSet[str], lex: Lexicon) -> str:
    """The name written right before the event noun when the claim's own words do not make it up: "the
    Chiefs' Super Rugby final defeat in June" against the World Cup final is another final. "" when no such
    name stands there, or it is a party the base knows, or a title-case headline capitalises every word."""
    tokens, a = m.tokens, span[0]
    if a < 2 or title_cased(tokens) or "NOUN" not in readings(tokens[a].low):
        return ""
    top = a - 1
    while top >= 1 and a - top <= 2 and tokens[top].text.islower() and tokens[top].low in vocabulary \
            and "NOUN" in readings(tokens[top].low):
        top -= 1  # "Super Rugby final defeat": the claim's own noun may come between
    k = top
    while k >= 1 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
            and tokens[k].text != tokens[k].text.upper() and tokens[k].low not in lex.months \
            and tokens[k].low not in lex.weekdays:
        k -= 1
    named = {j for q in m.parties for j in range(q.first, q.last + 1)}
    # (a party's name before it, "the Chiefs' final", says whose; the other capitals say which)
    words = [t.low for t in tokens[k + 1:top + 1] if t.index not in named]
    return " ".join(t.text for t in tokens[k + 1:a + 1]) if any(w not in vocabulary for w in words) else ""


def repeated_occurrence(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the sentence says, before the event word, that the event is not the first of its kind ("This
    is not the first time Tesla has had to issue a fix: in February, it recalled ..."): the act it then
    tells of is an earlier one."""
    return holds_phrase([t.low for t in m.tokens[:max(span[0], 0)]], lex.repeat_cues)


@per_sentence
def pronouns(m: Mentions, lex: Lexicon) -> frozenset[str]:
    """The people the sentence names only by a personal pronoun in the subject's form ("he", "she", "they"
    for a group named as such), as the context resolved it: a description ("the judge") names its person
    more surely, and "him" in "found him guilty" is no one's subject."""
    return frozenset(q.mention.entity for q in m.parties if q.resolved and m.tokens[q.first].low in lex.contact_subjects
                     and (m.tokens[q.first].low in lex.person_refs or not q.owner))


def denies_severe(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a denial reaches the event word only past a word of severity: "escaped without serious
    injury", "no major injuries among the 171 passengers" deny the severe kind only, and say nothing of
    the event or its figures."""
    a = span[0]
    return any(c < a <= c + 6 and any(t.low in lex.severity_words for t in m.tokens[c + 1:a])
               for c in m.negations)


def denies_others(m: Mentions, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a denial's object, a few words after the event word, is other ones than those just told of:
    "found her not guilty on four other charges", "did not expel the other two", "failed to reach a verdict on
    three more"."""
    tokens = m.tokens
    for k in range(span[1] + 1, min(span[1] + 7, len(tokens))):
        if tokens[k].low in lex.clause_breaks:
            return False
        figure = tokens[k - 1].low[:1].isdecimal() or tokens[k - 1].low in lex.number_words
        if tokens[k].low in lex.distributive_others and (figure or tokens[k - 1].low in lex.definite_articles):
            return True
        if tokens[k].low in lex.further_cues and figure:
            return True
    return False


def indefinite_occurrence(m: Mentions, p: Predication, years: AbstractSet[int], lex: Lexicon) -> bool:
    """Whether the event noun is brought in with an indefinite article and dated only to other years than
    the claim's: "a not-so-successful moon landing in 2019" is an earlier landing, not this one misdated."""
    a = p.span[0]
    if a < 0 or "NOUN" not in readings(m.tokens[a].low):
        return False  # the event itself brought in by the article: "a moon landing", not "a quake struck"
    if not years or not p.times or any(d.year is None or d.month is not None or d.year in years for d in p.times):
        return False  # (a full date in another year, "a landing on 23 August 2022", is a wrong year)
    k = a - 1
    while k >= 0 and a - k <= 8 and m.tokens[k].low not in lex.indefinite_articles:
        if m.tokens[k].low in lex.clause_breaks or m.tokens[k].low in lex.determiners:
            return False
        k -= 1
    return k >= 0 and m.tokens[k].low in lex.indefinite_articles


def owner_of_fitting(m: Mentions, entity: str, wanted: Sequence[str], registry: EntityRegistry) -> bool:
    """Whether the sentence names ``entity`` as the owner of a party the claim wants ("Spain's King Felipe was
    in the royal box", the claim listing King Felipe among the spectators): his country, read into the
    event through "his country's new star", is no third party."""
    return any(p.mention.entity == entity and p.last + 1 < len(m.tokens) and m.tokens[p.last].low.endswith("'s")
               and any(q.first == p.last + 1 and any(fits(registry, e, [q.mention.entity]) for e in wanted)
                       for q in m.parties)
               for p in m.parties)


def distanced(m: Mentions, span: tuple[int, int], lex: Lexicon) -> str:
    """The word by which the text distances itself from the event's clause ("Hackers claimed they stole ...",
    "the allegedly stolen funds"), or "": a distancing verb before the event word, followed by a clause of
    its own ("that", a subject pronoun), or a distancing adverb right before it."""
    a = span[0]
    if a < 0:
        return ""
    for k in range(max(0, a - 6), a):
        word = m.tokens[k].low
        if word not in lex.distancing_verbs:
            continue
        if k == a - 1 and set(readings(word)) == {"ADV"}:
            return word  # "the allegedly stolen funds"
        nxt = m.tokens[k + 1].low if k + 1 < len(m.tokens) else ""
        if nxt in lex.complementisers or nxt in lex.contact_subjects:
            return word  # (not "the quake claimed the lives of 200": the taking sense has an object)
    return ""


def occasion_of(m: Mentions, p: Predication, lex: Lexicon) -> str:
    """The ordinal naming which occasion of a series the event is ("the first round of elections", "a
    second-round vote", "the first leg"), read just before the event word; else ""."""
    tokens = m.tokens
    for k in range(max(0, p.span[0] - 5), min(len(tokens) - 1, p.span[1] + 1)):
        word = tokens[k].low
        if word not in lex.ordinal_words and not any(n.ordinal and n.first == k for n in m.numbers):
            continue
        j = k + 2 if tokens[k + 1].low == "-" and k + 2 < len(tokens) else k + 1
        if tokens[j].low in lex.series_nouns:
            return word
    return ""
