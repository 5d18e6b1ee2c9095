"""Word classes the sentence analysis asks of one word at a time: a finite verb, a participle, a noun.

Kept apart from :mod:`factcheck.analysis` so that the clause readings built on them (negation among
them, :mod:`factcheck._negation`) can use them without importing the whole analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from factcheck.keywords import irregular_participles, readings
from factcheck.lexicon import Lexicon

POSSESSIVE = frozenset(("its", "his", "her", "their"))  # the owners a noun's own event may take
LINKS = frozenset(("and", "or", "&"))  # the words that join two names, verbs or nouns into one list
ARTICLES = frozenset("a an the its their his her our this these those".split())  # the words opening a noun phrase



def _finite(word: str, lex: Lexicon) -> bool:
    """A verb that can only be finite here: a simple past that is no participle ("fell", "came", "drew") or a
    present in -s ("follows"); no auxiliary, and no "-ed" form, which may be a participle qualifying the noun
    ("the sentence handed to him")."""
    found = readings(word)
    return "VERB" in found and "AUX" not in found and word not in lex.linking_verbs \
        and not past_participle(word) and not word.endswith(("ed", "ing"))


def _participle(word: str, lex: Lexicon) -> bool:
    return word not in lex.stative_participles and past_participle(word)


@lru_cache(maxsize=65536)
def past_participle(word: str) -> bool:
    """Regular endings, else the lemmatiser's tables ("held", "sent", "struck", "put")."""
    if not word.isalpha():
        return False
    if word in irregular_participles():  # the lemmatiser's, listed in data/participles.json
        return True
    if word.endswith(("ed", "en", "wn", "ne", "ght")):
        known = readings(word)
        return not known or "VERB" in known  # "indeed", "sudden", "often", "nine": no verb at all
    return False


def _bare_verb(word: str) -> bool:
    """A verb in its base form ("see", "cut"), which after "and" continues the verb phrase before it."""
    verb = readings(word).get("VERB") or frozenset()
    return word in verb and "NOUN" not in readings(word)


@lru_cache(maxsize=65536)
def _noun_only(word: str) -> bool:
    if not word.isalpha():
        return False
    return set(readings(word)) == {"NOUN"}


def _modifier_word(word: str) -> bool:
    """A word that may stand inside a noun phrase before its head: a noun or adjective, never only a verb
    or a function word."""
    kinds = readings(word)
    return bool(kinds) and ("NOUN" in kinds or "ADJ" in kinds) and not past_participle(word)


def _nominal(words: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the event word is a noun here: "the expulsion", "its decision", "Azerbaijan's expulsion",
    "a $1.48 billion termination fee" (a figure between the article and the noun)."""
    k = a - 1
    while k >= 0 and a - k <= 5 and (words[k][:1].isdigit() or words[k] in lex.scale_words
                                      or words[k] in lex.number_multipliers or words[k] in lex.amount_multipliers
                                      or words[k] in ("$", "€", "£", "¥", "-", "%")
                                      or (words[k] in lex.unit_names_by_first and k > 0
                                          and (words[k - 1][:1].isdigit() or words[k - 1] in lex.scale_words))):
        # (a unit after its figure: "a 390 million euro penalty")
        k -= 1
    before = words[k] if k >= 0 else ""
    return before in lex.determiners or before.endswith("'s")


def holds_phrase(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` stands, word for word, somewhere in ``words``."""
    return any(tuple(words[k:k + len(phrase)]) == phrase for phrase in phrases for k in range(len(words)))


def _finite_before(words: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether an inflected verb ("makes", "expelled", "bought") stands among words[lo:hi] before any mark
    or clause word: "as the lander makes", not "as a signal, expelled"."""
    for w in words[lo:hi]:
        if w in lex.clause_breaks or w in (",", ";", ":"):
            return False
        verb = readings(w).get("VERB")
        if (verb and w not in verb) or w in lex.linking_verbs or w in lex.passive_auxiliaries:
            return True
    return False


def _new_subject(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a pronoun at ``k`` is the subject of a verb right after it ("... and this is likely to rise",
    "... and it will close"): the start of a clause of its own."""
    pronouns = lex.thing_refs | lex.person_refs | lex.group_pronouns | lex.determiners  # "this", "that"
    verbs = lex.linking_verbs | lex.passive_auxiliaries | lex.future_auxiliaries
    if words[k] in pronouns and k + 2 < len(words) and past_participle(words[k + 1]) \
            and past_participle(words[k + 2]):
        return True  # "... have been evacuated, and those injured sent to hospital": a clause with its own subject
    return words[k] in pronouns and words[k + 1] in verbs
