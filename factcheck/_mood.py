"""The mood of an event word: whether the sentence tells it as a fact, or as a wish, plan, request,
possibility or condition ("Prosecutors wanted him jailed for 50 years", "the toll could rise"), and whether
an event noun only says where someone spoke. Kept apart from :mod:`factcheck.analysis`, which asks it once
per event word."""

from __future__ import annotations

from factcheck._words import LINKS, _bare_verb, _finite
from factcheck.keywords import readings
from factcheck.lexicon import Lexicon

MODALS = frozenset(("would", "could", "might", "may", "should"))


def irrealis(words: list[str], a: int, lex: Lexicon) -> str:
    """The word that makes the event a wish, request, plan or condition rather than a fact, if any.

    "Prosecutors wanted him jailed for 40 to 50 years", "asked the court to impose a term of 50 years",
    "his request for a sentence of six years": the values belong to what was asked, not to what happened.
    Looks back within the event word's clause only."""
    k, stop = a - 1, max(-1, a - 9)
    while k > stop:
        if words[k] == "," and k >= 2 and words[k - 1][:1].isdecimal() and words[k - 2] == ",":
            # "recommended Bankman-Fried, 32, receives a sentence of 40 to 50 years": an age in commas
            k, stop = k - 3, max(-1, stop - 3)
            continue
        if words[k] in LINKS and k + 1 < a and (_bare_verb(words[k + 1]) or (
                words[k + 1] in (readings(words[k + 1]).get("VERB") or ()) and any(
                    words[j] == "to" and "VERB" in readings(words[j + 1]) for j in range(max(0, k - 8), k - 1)))):
            k, stop = k - 1, max(-1, stop - 4)
            continue  # "could avoid a recession and see inflation dip", "urged the judge to consider his good
            # deeds and issue less than 6.5 years": the verbs share the modal or the infinitive's wish
        if words[k] in LINKS and k + 1 == a and readings(words[a]).keys() == {"NOUN"}:
            k -= 1
            continue  # "seeks to achieve maximum employment and inflation at 2 percent": objects joined share the aim
        if words[k] in lex.clause_breaks and not (words[k] == "and" and range_and(words, k)):
            if k and words[k] != "," and words[k - 1] in lex.irrealis_cues:
                return words[k - 1]  # "whether or not it will raise rates": the break is the cue's own
            return _fronted_cue(words, k, lex) if words[k] == "," else ""
        if words[k] in lex.irrealis_cues:
            return words[k]
        k -= 1
    for j in range(k, max(-1, a - 21), -1):  # on from where the first scan stopped
        # "If inflation is still not at the Fed's 2% target", "inmates can receive a reduction of 54 days from
        # their sentence": a condition or a possibility governs its whole clause, however long
        if words[j] in lex.clause_breaks:
            break
        if words[j] in lex.possibility_cues and not _month_may(words, j):
            return words[j]
        # "attempts to win approval from the UK's regulator to acquire Activision": an infinitive whose chain
        # of infinitives goes back to a wish word
        if words[a - 1] == "to" and words[j] in lex.irrealis_cues and words[j + 1] == "to":
            return words[j]
    return ""


def _fronted_cue(words: list[str], comma: int, lex: Lexicon) -> str:
    """"noting that under the Bank's newest forecast, inflation will be below 3%": a phrase before the clause
    that names a forecast, plan or request as its source makes the whole clause that forecast's."""
    j = comma - 1
    while j >= 0 and words[j] not in lex.clause_breaks and words[j] != "that":
        j -= 1
    phrase = words[j + 1:comma]
    if phrase and phrase[0] in lex.source_prepositions:
        return next((w for w in phrase if w in lex.irrealis_cues), "")
    return ""


def purpose(words: list[str], a: int, lex: Lexicon) -> str:
    """"to get inflation back down to 2%", "the process of getting inflation down": an event noun that is the
    object of an infinitive or of a gerund after "of" is an aim, not a reading. Returns the cue word."""
    if a < 2 or "NOUN" not in readings(words[a]) or "VERB" in readings(words[a]):
        return ""
    verb, before = words[a - 1], words[a - 2]
    if before == "to" and _bare_verb(verb):
        return "to"
    if before in lex.partitive_prepositions and verb.endswith("ing") and "VERB" in readings(verb):
        return verb
    return ""


def modal_after(words: list[str], b: int, lex: Lexicon) -> str:
    """"the death toll in Jajarkot could rise": a modal verb right after the event noun's phrase."""
    for k in range(b + 1, min(len(words), b + 5)):
        if words[k] in lex.clause_breaks or words[k] in lex.attribution_verbs or (
                readings(words[k]).keys() == {"VERB"} and _finite(words[k], lex)):
            return ""  # "London-based Spotify said it would ...": the modal is another verb's
        if words[k] in MODALS and not _month_may(words, k):
            return words[k]
        if words[k] in lex.passive_auxiliaries and k + 1 < len(words) and words[k + 1] in lex.irrealis_cues:
            return words[k + 1]  # "a further increase in September was possible": a possibility, not the event
    return ""


def _month_may(words: list[str], k: int) -> bool:
    """"in May", "May 5": the month, not the modal."""
    before = words[k - 1] if k else ""
    return words[k] == "may" and (before in ("in", "of", "since", "by", "until", "on", "early", "late", "mid")
                                  or (k + 1 < len(words) and words[k + 1][:1].isdigit()))


def range_and(words: list[str], i: int) -> bool:
    """Whether the "and" at ``i`` closes a range ("between 110 and 150 flights"), which no clause ends in."""
    return "between" in words[max(0, i - 4):i] and "and" not in words[max(0, i - 4):i]


def told_at(words: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the event noun at ``a`` only says where someone spoke ("Kawaakoa said at an evacuation shelter
    on Wednesday"): the time after it is the telling's."""
    k = a - 1
    while k > 0 and a - k <= 3 and words[k] not in lex.location_prepositions and (
            words[k] in lex.determiners or (words[k].isalpha() and readings(words[k]).keys() <= {"NOUN", "ADJ"})):
        k -= 1
    return k >= 1 and words[k] in lex.location_prepositions and words[k] != "to" \
        and words[k - 1] in lex.attribution_verbs


def speech_goes_on(words: list[str], last: int, a: int, lex: Lexicon) -> bool:
    """Whether a party's verb of saying and a comma come right after it, and the event word follows with no
    new clause between ("...,” he stated, along with inflation that is growing at 300%"): the event is still
    what the party said ("he said, as rescuers searched" starts a clause of the narrator's)."""
    return last + 2 < a and words[last + 1] in lex.attribution_verbs and words[last + 2] == "," and not any(
        w in lex.clause_breaks and w != "," and w not in lex.coordinators for w in words[last + 3:a])


def says(words: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """An attribution verb between i and j, not itself passive ("France is accused of ...")."""
    return any(words[k] in lex.attribution_verbs and words[k - 1] not in lex.passive_auxiliaries
               for k in range(max(i, 1), j))
