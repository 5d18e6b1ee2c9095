"""How two neighbouring event words of one sentence share what it says.

The analysis (:mod:`factcheck.analysis`) reads each event word's clause on its own; these rules then hand
values, times and parties from one event word to the next where the grammar joins them: a verb coordinated
with the one before it, an adjective in a verb's object, an event noun in the "of" phrase of another, the
same noun again after "after" or "before".
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck._words import ARTICLES, _finite, _nominal, past_participle
from factcheck.keywords import lemmas, readings
from factcheck.lexicon import Lexicon

Span = tuple[int, int]


def repeated_after_time(words: list[str], ordered: Sequence[Span], lex: Lexicon) -> frozenset[Span]:
    """"The fine came four months after the DPC imposed a 390 million euro fine": the same event noun again,
    with an article of its own, in a clause that "after" or "before" sets against the first, is another event
    of the kind."""
    if len(ordered) < 2 or lex.offset_words.isdisjoint(words):
        return frozenset()
    out = set()
    forms = [{f for w in words[a:b + 1] for f in (w, *lemmas(w))} for a, b in ordered]
    for i, (a, b) in enumerate(ordered):
        for j, (_c, d) in enumerate(ordered[:i]):
            # the second within the clause the time word opens ("after the talks, and Chile expelled" is not)
            # (a noun with an article of its own: "had expelled two staff" after "France expelled ..." may
            # be an event the story records too)
            if any(words[k] in lex.offset_words and not any(w in lex.clause_breaks for w in words[k + 1:a])
                   and any(w in lex.indefinite_articles for w in words[k + 1:a])
                   for k in range(max(d + 1, a - 12), a - 1)) and _nominal(words, a, lex) \
                    and forms[i] & forms[j]:
                out.add((a, b))
                break
    return frozenset(out)


def object_modifier(words: list[str], before: Span, span: Span, lex: Lexicon) -> bool:
    """Whether the event word at ``span`` is an adjective in the object of the verb at ``before``, past
    nothing but determiners and quantifiers ("found some loose bolts")."""
    a = span[0]
    between = words[before[1] + 1:a]
    return len(between) <= 2 and all((w in lex.determiners or w in lex.quantifiers or w.isdigit())
                                     and w not in lex.relative_pronouns | {"that"} for w in between) \
        and "VERB" in readings(words[before[0]]) and "ADJ" in readings(words[a]) and not past_participle(words[a])


def head_of_complement(words: list[str], before: Span, span: Span, lex: Lexicon) -> bool:
    """Whether the event noun at ``span`` sits in an "of" phrase after the event noun at ``before`` and the
    verb of that subject follows it: "the enterprise value of the deal is $60 billion", "the enterprise value,
    including debt, of the deal works out to ..." (past an aside between commas)."""
    a, b = span
    if a < 2 or words[a - 1] not in lex.determiners or words[a - 2] != "of" or b + 1 >= len(words) \
            or not (words[b + 1] in lex.linking_verbs or _finite(words[b + 1], lex)) \
            or "NOUN" not in readings(words[before[1]]):
        return False
    between = words[before[1] + 1:a - 2]
    if not between:
        return True
    return between[0] == "," and between[-1] == "," and len(between) <= 8 \
        and not any(w in lex.clause_breaks and w != "," for w in between)


def shares_subject(words: list[str], before: Span, span: Span, lex: Lexicon) -> bool:
    """Whether the event word at ``span`` is a verb coordinated with the verb at ``before``, with no subject
    of its own ("killed 9,000 people and injured 22,000")."""
    a = span[0]
    if a < 2 or words[a - 1] != "and" or (before[0] and words[before[0] - 1] in ARTICLES):
        return False
    if "VERB" not in readings(words[a]) or "VERB" not in readings(words[before[0]]):
        return False
    between = range(before[1] + 1, a - 1)
    # the verb right after "and" has no subject of its own; a party in between is the first verb's object
    return not any(words[k] in lex.clause_breaks and words[k] != "," for k in between)
