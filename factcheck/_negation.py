"""Whether a sentence denies its event: the negation cue that governs the event word, if any.

"Norway did not expel the envoy" denies the expulsion; "no sign that the bolts were put back" denies the
bolts' refitting, not the finding; "not the first to cut jobs" compares, and denies nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck._words import POSSESSIVE, _nominal, _participle, past_participle
from factcheck.keywords import lemmas, readings
from factcheck.kinds.numbers import possessive
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions

Span = tuple[int, int]
_DEGREE = frozenset(("this", "that", "so", "as"))  # "not this high since": a degree, not a denial
_COMPARATIVES = frozenset("more less fewer later earlier longer shorter sooner greater higher lower".split())


def _supposed(words: list[str], cue: int, lex: Lexicon) -> bool:
    """Whether a phrase opening its clause at ``cue`` ("Without the options, ...") is followed, after its
    comma, by a clause that only supposes ("may slip", "could fall"): a condition, not a denial."""
    if cue and words[cue - 1] not in lex.clause_breaks and words[cue - 1] not in lex.complementisers:
        return False
    comma = next((k for k in range(cue + 1, min(len(words), cue + 12)) if words[k] == ","), None)
    if comma is None:
        return False
    for w in words[comma + 1:comma + 10]:
        if w in lex.clause_breaks:
            return False
        if w in lex.possibility_cues:
            return True
    return False


def _negated(m: Mentions, words: list[str], span: Span, lex: Lexicon,
             spans: Sequence[Span] = ()) -> int | None:
    """The negation cue that governs the event word, if any (its token index)."""
    a, b = span
    for cue in m.negations:
        if a < cue < b and (words[cue].endswith("n't") or (words[cue] in ("not", "never")
                            and words[cue - 1] in lex.negation_bridge and words[cue - 1] not in lex.determiners)):
            return cue  # "landslides did not block roads": a phrase keyword around its own verb's negation
        if a == cue + 3 and words[cue + 1] == "to" and words[cue] not in ("not", "never") \
                and "VERB" in readings(words[cue + 2]) and "NOUN" in readings(words[a]):
            continue  # "judges refusing to send convicts there": the infinitive's verb is denied, not its object
        if words[cue] == "no" and cue + 1 < len(words) and words[cue + 1] in _COMPARATIVES:
            continue  # "no more than six years", "no later than Friday": a bound, not a denial
        if words[cue] == "without" and not 0 < a - cue <= 2:
            continue  # "voted without dissent to raise rates": "without" denies only what follows it
        if words[cue] == "without" and _supposed(words, cue, lex):
            continue  # "Without the options, Musk may slip": a supposition, the options are not denied
        if cue + 1 < a - 1 and (possessive(m.tokens[a - 1], m.text) or words[a - 1] in POSSESSIVE) \
                and _denied_verb(words, cue, a, lex):
            continue  # "didn't openly praise Milei's win": an owned event noun is taken as given, not denied
        if cue < a and _nominal(words, a, lex) and any(
                _participle(w, lex) and w not in lex.passive_auxiliaries for w in words[cue + 1:a]):
            continue  # "was not surprised by this sentence": the participle is denied, not the event noun
        if words[cue] in ("no", "nobody", "none") and cue < a and _comparison_follows(words, cue, lex):
            continue  # "no candidate had won a bigger share since 1983": a superlative, not a denial
        if cue < a and any(w in _DEGREE for w in words[cue + 1:b + 3]) and "since" in words[a:b + 6]:
            continue  # "it hasn't been this high since 2001": the highest since then, not a denial
        if words[cue] == "no" and cue + 1 < a and any(w in lex.location_prepositions and w not in ("to", "from")
                                                       for w in words[cue + 2:a]) \
                and not any(w in lex.passive_auxiliaries for w in words[cue + 1:a]):
            continue  # "no casualties at the epicentre": the noun after "no" is denied, not the one it is at
        if cue + 2 < a and _denied_noun(words, cue, a, lex):
            continue  # "denied any wrongdoing in the collision": the wrongdoing is denied, the collision given
        if _in_negated_pair(words, cue, a, lex):
            continue  # "Neither the recall nor its remedy disables Autosteer": the verb is denied, not the recall
        if words[cue] == "no" and cue + 1 < a and "VERB" not in readings(words[a]) and any(
                _participle(w, lex) for w in words[cue + 2:a]):
            continue  # "no serious injuries were reported aboard the flight": denied are the injuries
        if words[cue] not in ("no", "none") and any(cue < s < a for s, _e in spans):
            # "would not appeal the conviction": the nearer event word is the one denied; but "no tremors
            # felt": a negated subject denies its predicate too
            continue
        verb = _verb_after(words, cue, a, lex)
        if verb is not None and words[a - 1] in ("those", "these") and words[a].endswith("ing"):
            continue  # "not to make those buying into the IPO happy": the people who do it, not the deed denied
        if verb is not None and words[a - 1] in ("the", "this", "that") and words[verb] not in lex.light_verbs \
                and not any(w in lex.light_verbs for w in lemmas(words[verb])):
            continue  # "will not affect the verdict": a verb of its own is denied; the event it names is given
        if _denied_progressive(words, cue, a, lex) is not None:
            # "he wasn't expecting to find anything", "are not locking themselves into rate hikes": the
            # progressive verb after the cue is the one denied; the event is its complement
            continue
        if cue < a and any(w in lex.timing_comparatives for w in _clause_after(words, b, lex, 12)):
            continue  # "he hadn't found the panel sooner": when is denied, not that he found it
        # the cue governs the event word unless the event sits inside another verb's object or question
        # ("did not give reasons for the expulsion", "did not say why they expelled")
        between = words[cue + 1:a]
        # "not convinced that rate hikes are the right strategy": after a plain negation, "that" opens the
        # object clause of the verb denied; after "denied that", the clause is what is denied
        stoppers = lex.negation_stoppers if words[cue] in lex.refusal_cues \
            else lex.negation_stoppers | lex.complementisers
        if cue < a and a - cue <= lex.negation_window + 1 and not any(
                w in lex.clause_breaks or w in stoppers for w in between):
            return cue
        if cue == b + 1 and words[cue] in ("no", "none", "never"):
            return cue
    return None


def _denied_noun(words: list[str], cue: int, a: int, lex: Lexicon) -> bool:
    """Whether a noun of its own follows the negation cue (past articles and adjectives), with a preposition
    after it that hangs the event word on that noun: "denied any wrongdoing in the collision", "no
    casualties at the quake's epicentre" (not "no expulsion", "no sign of an expulsion")."""
    k = cue + 1
    while k < a and (words[k] in lex.determiners or words[k] in lex.quantifiers or set(readings(words[k])) == {"ADJ"}):
        k += 1
    return k + 1 < a and words[k].isalpha() and "NOUN" in readings(words[k]) and not past_participle(words[k]) \
        and words[k + 1] in lex.denied_noun_prepositions


def _in_negated_pair(words: list[str], cue: int, a: int, lex: Lexicon) -> bool:
    """Whether the event word is one of a negated pair of subjects with a verb of its own after the pair
    ("Neither the recall nor its remedy disables ..."); "Neither Norway nor Chile expelled anyone" still
    denies the expulsion, the verb after the pair."""
    opener = next((k for k in range(cue, max(-1, cue - 10), -1) if words[k] in lex.negated_pairs), None)
    if opener is None:
        return False
    closer = next((k for k in range(opener + 1, min(len(words), opener + 10))
                   if words[k] == lex.negated_pairs[words[opener]]), None)
    if closer is None or not opener < a or a == closer:
        return False
    after = closer + 1
    while after < len(words) and (words[after] in lex.determiners or "VERB" not in readings(words[after])):
        after += 1
    return a < after and "NOUN" in readings(words[a])


def _clause_after(words: list[str], b: int, lex: Lexicon, most: int) -> list[str]:
    """At most ``most`` words after the event word, up to the next clause break (commas inside asides kept)."""
    out = []
    for w in words[b + 1:b + 1 + most]:
        if w in lex.clause_breaks and w != ",":
            break
        out.append(w)
    return out


def _verb_after(words: list[str], cue: int, a: int, lex: Lexicon) -> int | None:
    """The verb right after the negation cue (auxiliaries and adverbs skipped) when the event word is its
    object, two or three words on ("not affect the verdict"), else None."""
    k = cue + 1
    while k < a and ("AUX" in readings(words[k]) or set(readings(words[k])) == {"ADV"}):
        k += 1
    if k >= a - 1 or a - k > 3 or "VERB" not in readings(words[k]) or words[k] in lex.determiners \
            or words[k] in lex.passive_auxiliaries or past_participle(words[k]):
        return None
    return k


def _denied_verb(words: list[str], cue: int, a: int, lex: Lexicon) -> bool:
    """Whether a verb of its own follows the negation cue (adverbs skipped) before the event word: "did
    not praise Milei's win" denies the praise; "not the group's largest acquisition" has no such verb."""
    k = cue + 1
    while k < a and set(readings(words[k])) == {"ADV"}:
        k += 1
    return k < a - 1 and "VERB" in readings(words[k]) and words[k] not in lex.determiners \
        and words[k] not in lex.passive_auxiliaries


def _denied_progressive(words: list[str], cue: int, a: int, lex: Lexicon) -> int | None:
    """The progressive verb right after a verbal negation and before the event word ("is not looking to
    expel"), if any: it is what is denied, and the event only its complement."""
    if not (cue < a and (words[cue] in ("not", "never") or words[cue].endswith("n't"))):
        return None
    head = next((k for k in range(cue + 1, a) if words[k] not in lex.passive_auxiliaries
                 and set(readings(words[k])) != {"ADV"}), None)
    if head is not None and words[head].endswith("ing") and "VERB" in readings(words[head]):
        return head
    if head is not None and head + 1 < a and "ADJ" in readings(words[head]) and "VERB" not in readings(words[head]) \
            and (words[head + 1] in lex.location_prepositions | lex.modifier_prepositions
                 or words[head + 1] in lex.determiners or words[head + 1] in ("that", "whether", "if")):
        # "Spotify isn't alone in slashing jobs", "the market isn't sure this deal will go through": the
        # adjective is denied, not the event
        return head
    return None


def _not_yet(m: Mentions, words: list[str], lex: Lexicon) -> bool:
    """A negation limited in time ("had not yet", "still not", "so far", "by Saturday night", "until
    Friday"): the event may well have come after."""
    if any(tuple(words[i:i + len(limit)]) == limit for limit in lex.negation_limits for i in range(len(words))):
        return True
    by = {i + 1 for i, w in enumerate(words) if w in lex.negation_deadlines}
    return any(d.first in by for d in m.dates) or any(
        i < len(words) and (words[i] in lex.time_words or words[i] in lex.calendar_words) for i in by)


def _comparison_follows(words: list[str], cue: int, lex: Lexicon) -> bool:
    """A comparative in the clause after a negative quantifier ("no one has won a larger share")."""
    for w in words[cue + 1:]:
        if w in lex.clause_breaks:
            return False
        if w in _COMPARATIVES or (w.endswith("er") and any(
                lemma != w for lemma in readings(w).get("ADJ", ()))):
            return True
    return False
