"""Noun phrases that change what an event word's clause holds.

A caption's closing date, a site named by its event ("the site of the collapse"), a subject picked out by
an ordinal ("the fifth game"), a reason phrase on a gerund ("for helping ..."), a name that only says whose
a noun is ("the platforms of incumbent Widodo"), a person's title before a name: each read here from the
words around an event word, for :mod:`factcheck.analysis`.
"""

from __future__ import annotations

from factcheck._words import holds_phrase
from factcheck.keywords import readings
from factcheck.lexicon import Lexicon
from factcheck.mentions import DateMention, Mentions, Party


def reason_phrase(words: list[str], k: int, openers: tuple[str, ...] = ("for",)) -> bool:
    """Whether "for" (or another of ``openers``) at ``k`` opens a phrase on a gerund, the reason for the verb
    before it: "was sentenced to 20 years by a New York judge for helping Epstein abuse girls", "convicted
    of murdering his wife"."""
    return words[k] in openers and k + 1 < len(words) and words[k + 1].endswith("ing") \
        and "VERB" in readings(words[k + 1])


def at_site(words: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the event noun only names a place, "the site of the bridge collapse": a time or figure after
    it is of someone going there ("Divers returned to the site of the collapse early on Wednesday")."""
    k = a - 1
    while k >= 0 and a - k <= 2 and words[k] not in lex.determiners and words[k].isalpha():
        k -= 1  # "the bridge collapse": a noun before the event noun
    return k >= 2 and words[k] in lex.determiners and words[k - 1] == "of" and words[k - 2] in lex.site_nouns


def picture_date(m: Mentions, words: list[str], lex: Lexicon) -> DateMention | None:
    """The date that closes a caption ("Drone photo of ..., Ohio, Feb. 4, 2023.", "Mount Marapi spews ash as
    seen from Agam, Indonesia, December 4."), or None: a sentence that opens on a picture's noun and "of", or
    holds a caption's words, and ends on a date set off by a comma."""
    if not m.dates:
        return None
    last = m.dates[-1]
    end = len(words) - (1 if words[-1] in (".", ")") else 0)
    if last.last + 2 < end and words[last.last + 1] == "," and words[end - 1] in lex.media_nouns \
            and end - last.last <= 6 and last.first > 0 and words[last.first - 1] == ",":
        return last  # "..., March 11, 2020, in this courtroom sketch.": the picture's date, named as such
    if not (last.last == end - 1 and last.first > 0 and words[last.first - 1] == ","):
        return None  # (most sentences: no date set off at the end, and no caption's words to look for)
    opening = next((k for k in range(min(4, len(words))) if words[k] in lex.media_nouns), -1)
    if 0 <= opening < len(words) - 1 and words[opening + 1] == "of":
        return last
    return last if holds_phrase(words, lex.caption_cues) else None


def ordinal_subject(m: Mentions, words: list[str], a: int, lex: Lexicon) -> str:
    """The noun an event verb is said of when its subject picks out one of a series by an ordinal: "the
    fifth game of third set lasted 26 minutes" is said of one game, "the first quake killed ..." of one
    quake. "" for any other subject."""
    k = a - 1
    while k >= 0 and (words[k] in lex.passive_auxiliaries or words[k] in lex.future_auxiliaries
                      or words[k] in lex.linking_verbs or set(readings(words[k])) == {"ADV"}):
        k -= 1  # "the third game had lasted"
    of = next((j for j in range(k, max(-1, k - 4), -1) if words[j] == "of"), -1)
    head = of - 1 if of > 0 else k  # "the fifth game of third set": the noun before the "of" phrase
    if head < 2 or "NOUN" not in readings(words[head]) or not m.tokens[head].text.isalpha():
        return ""
    ordinal = words[head - 1] in lex.first_words or any(n.ordinal and n.last == head - 1 for n in m.numbers)
    return words[head] if ordinal and words[head - 2] in lex.definite_articles else ""


def of_another_noun(m: Mentions, words: list[str], party: Party, b: int, lex: Lexicon) -> bool:
    """Whether the name after the event word only follows "of" after a noun inside a prepositional phrase, past
    its article and lower-case words ("swept the election on promises of continuity of the platforms of
    two-term incumbent Widodo"): whose the noun is, no party of the event ("the expulsion of two envoys" has
    the event word itself before "of", "joined the board of Acme" the verb's own object, and "two diplomats of
    France" a people noun)."""
    k = party.first - 1
    while k > b + 2 and party.first - k <= 5 and words[k] != "of" and (
            words[k] in lex.determiners or words[k] == "-" or words[k][:1].isdecimal()
            or (m.tokens[k].text.isalpha() and m.tokens[k].text.islower())):
        k -= 1
    return words[k] == "of" and k - 1 > b and m.tokens[k - 1].text.isalpha() and m.tokens[k - 1].text.islower() \
        and "NOUN" in readings(words[k - 1]) and words[k - 1] not in lex.people_nouns \
        and any(w in lex.location_prepositions or w in lex.partitive_prepositions or w in lex.modifier_prepositions
                for w in words[b + 1:k - 1])


def before_title(words: list[str], first: int, b: int, lex: Lexicon) -> int:
    """The word before the title and its adjectives that a name at ``first`` carries ("alongside former
    president Greg Brockman" -> "alongside"), or the word right before the name."""
    k = first - 1
    while k - 1 > b and (tuple(words[k:k + 1]) in lex.person_titles or tuple(words[k - 1:k + 1]) in lex.person_titles
                         or ("ADJ" in readings(words[k]) and "VERB" not in readings(words[k]))):
        k -= 2 if tuple(words[k - 1:k + 1]) in lex.person_titles else 1
    return k
