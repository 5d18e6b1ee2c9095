"""When a predication happens: which of the dates in its clause are its own.

A clause holds dates that belong to other things: the year of a noun ("the 2022 collapse"), the date a
comparison starts from ("the deadliest since 2015"), a reference point ("down from the June 2022 peak"),
when something else began ("the campaign that began in March 2022"). :func:`event_times` keeps the event's
own dates; :func:`since_date` tells the start of a period apart, because a claim may record that too.
"""

from __future__ import annotations

from factcheck._words import POSSESSIVE, _participle
from factcheck.keywords import derivations, readings
from factcheck.lexicon import Lexicon
from factcheck.mentions import DateMention, Mentions


def _reference_date(words: list[str], d: DateMention, lex: Lexicon) -> bool:
    """A date given to compare against ("down from the June 2022 peak", "compared with 2022"): the pack's
    reference phrases of two words or more, and "than", right before it (past an article)."""
    k = d.first - 1
    if k >= 0 and words[k] in ("the", "a", "its", "their"):
        k -= 1
    return any(len(phrase) >= 2 or phrase in (("than",), ("versus",), ("vs",))
               for phrase in lex.reference_words
               if k - len(phrase) + 1 >= 0 and tuple(words[k - len(phrase) + 1:k + 1]) == phrase)


def until_date(words: list[str], d: DateMention, lex: Lexicon) -> bool:
    """"Kotick to stay till year's end": a date a state lasts until is not when an event happens; after a
    negation it is ("did not close until 13 October")."""
    return d.first > 0 and words[d.first - 1] in lex.until_words


def _noun_date(words: list[str], d: DateMention, b: int) -> bool:
    """A year or a month that dates a noun inside a phrase ("his role in the 2022 collapse of the exchange",
    "related to the November 2022 FTX collapse"), not the event: after "of/in/to ... the", before a word that
    is not the event word."""
    if d.first > b and d.last + 2 < len(words) and words[d.last + 1] == "s" and words[d.last + 2][:1].isalnum():
        # "fell from June 2022's 41-year high to 3%": a date that owns a noun after the event dates the noun
        return True
    # "the 2022 collapse", "its 2016 election campaign", "the January 5 incident"
    return (d.day is None or d.year is None) and d.first >= 2 \
        and (words[d.first - 1] == "the" or words[d.first - 1] in POSSESSIVE) \
        and words[d.first - 2] in ("of", "in", "for", "over", "from", "after", "before", "since", "to", "into",
                                   "during", "amid", "about", "with") \
        and d.last + 1 < len(words) and d.last + 1 > b and words[d.last + 1].isalpha()


def _event_noun_date(words: list[str], d: DateMention, b: int, lex: Lexicon) -> bool:
    """"convicted ... in connection with the failure of FTX in November 2022": a date right after "the NOUN of
    NAME", where the noun names an event of its own (a derived noun, or one that is also a verb), dates that
    event, not the one the sentence's event word names before it."""
    k = d.first - 1
    if k <= b + 2 or words[k] not in lex.location_prepositions or words[k] in lex.partitive_prepositions:
        return False  # "in November 2022", "on 2 November"; not "the end of the third quarter of 2024"
    if k - 2 > b and (words[k - 2].endswith("'s") or words[k - 2] in POSSESSIVE) and _event_noun(words[k - 1], lex):
        return True  # "the sentence follows Bankman-Fried's trial in November 2023": a name's own event, dated
    j = k - 1
    while j > b and j >= k - 4 and words[j] != "of":
        j -= 1  # the name after "of": "the failure of FTX", "the collapse of Silicon Valley Bank"
    if j <= b + 1 or words[j] != "of" or j == k - 1:
        return False
    noun = words[j - 1]
    if j - 2 <= b + 1 or words[j - 2] not in lex.determiners:
        return False  # "completed the acquisition of Borealis in May": the event's own object dates the event
    return _event_noun(noun, lex)


def _event_noun(noun: str, lex: Lexicon) -> bool:
    """A noun that names an event of its own: a derived noun, or one that is also a verb."""
    kinds = readings(noun)
    return noun in derivations(lex.language) or ("NOUN" in kinds and "VERB" in kinds)


def onset_date(words: list[str], d: DateMention, b: int, lex: Lexicon) -> bool:
    """"the campaign of rate rises that began in March 2022": a date right after an onset verb dates when
    something began, not the event, unless the onset verb is the event word ("launched on 3 May")."""
    k = d.first - 1
    if k >= 0 and (words[k] in lex.location_prepositions or words[k] == "on"):
        k -= 1
    return k >= 0 and k != b and words[k] in lex.onset_verbs


def _apposed_date(words: list[str], d: DateMention, b: int, lex: Lexicon) -> bool:
    """"Seattle-based Splunk, founded in 2003, sells ...": a date after a participle set off by a comma is that
    participle's, not the event's."""
    k = d.first - 1
    return k >= 2 and words[k] in lex.year_prepositions and words[k - 2] == "," and k - 1 > b \
        and _participle(words[k - 1], lex)


def since_date(words: list[str], b: int, d: DateMention, lex: Lexicon) -> bool:
    """Whether the date is one the event is measured from: "the deadliest since 2015", "the 11th increase
    since it began tightening in March 2022", "their third in five seasons, dating back to 2019"."""
    if d.first and words[d.first - 1] in lex.since_words:
        return True
    if any(tuple(words[max(0, d.first - len(cue)):d.first]) == cue for cue in lex.since_phrases):
        return True
    k = next((i for i in range(b + 1, d.first) if words[i] in lex.since_words), None)
    return b < d.first and k is not None and not any(w in (";", ":", "(", ")") for w in words[k:d.first])


def _said_on(words: list[str], d: DateMention, b: int, lex: Lexicon) -> bool:
    """Whether the date dates the saying of what follows: "authorities on December 7 said they had ended a
    search for hikers killed in the eruption" (a verb of saying right after the date, before the event)."""
    k = d.last + 1
    if not any(c.isdigit() for c in d.text):
        return False  # a date the context lends a pronoun ("It said ..."), not one written before the verb
    return 0 <= k < b and (words[k] in lex.source_verbs or (k + 1 < b and words[k] == "," and
                                                              words[k + 1] in lex.source_verbs))


def _coordinated_verbs_date(words: list[str], d: DateMention, a: int, lex: Lexicon) -> bool:
    """"was elected party leader on September 5 and took over as prime minister the following day": a date
    right before the "and" that joins the event's verb to an earlier one dates that earlier verb."""
    if a <= 0 or d.last + 2 != a or words[a - 1] not in lex.coordinators or "VERB" not in readings(words[a]):
        return False
    return any("VERB" in readings(w) and "NOUN" not in readings(w) for w in words[max(0, d.first - 8):d.first])


def event_times(m: Mentions, words: list[str], lo: int, hi: int, lex: Lexicon, b: int = -1,
                a: int = -1) -> list[DateMention]:
    """Dates in the value window, and the date a "when"/"where" clause hangs from ("in 2015, when ...")."""
    out = [d for d in m.dates if lo <= d.first and d.last <= hi and not since_date(words, b, d, lex)
           and not _noun_date(words, d, b) and not _reference_date(words, d, lex)
           and not _apposed_date(words, d, b, lex) and not _event_noun_date(words, d, b, lex)
           and not onset_date(words, d, b, lex) and not _said_on(words, d, b, lex)
           and not _coordinated_verbs_date(words, d, a, lex)]
    if lo >= 2 and words[lo - 1] in lex.offset_words and words[lo - 2] in lex.time_nouns and b >= 0:
        # "Debris surrounds a building a day after a powerful earthquake struck, in Hualien, on April 4": a
        # date set off by a comma after an event placed that long before the main clause dates the main clause
        out = [d for d in out if d.first < b or "," not in words[b + 1:d.first]]
    if lo >= 1 and words[lo - 1] in lex.time_relatives:
        k = lo - 2
        while k >= 0 and words[k] == ",":
            k -= 1
        hung = [d for d in m.dates if d.last == k]
        if not hung and words[lo - 1] == "when":
            # "On Friday, Jan. 5, the jet had been in the air for six minutes when a panel tore away": the
            # "when" clause happens at the time of its main clause
            start = max((i for i in range(lo - 1) if words[i] in ("-", "—", ";", ":", ")")), default=-1)
            hung = [d for d in m.dates if start < d.first and d.last < lo - 1
                    and (d.first == 0 or words[d.first - 1] != "since")]
        out += hung
    elif lo >= 1 and words[lo - 1] in lex.relative_pronouns | {"that"} and (
            words[lo - 1] == "that" or b < 0 or b - lo <= 2):
        # "the 2015 earthquakes, which killed nearly 9,000": the year of the noun the clause hangs from, for
        # the clause's own verb; "downfall in November 2022, which resulted in his conviction" dates no
        # conviction
        k = lo - 2
        while k >= 0 and words[k] == ",":
            k -= 1
        # "the 2018 Camp Fire in Paradise, California, which killed 85": the noun's place comes between
        while (place := next((q for q in m.parties if q.last == k and q.place), None)) is not None:
            k = place.first - 1
            while k >= 0 and words[k] == ",":
                k -= 1
            if k >= 0 and words[k] in lex.location_prepositions:
                k -= 1
                break
        out += [d for d in m.dates if k - 3 <= d.last <= k]
    return out
