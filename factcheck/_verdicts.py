"""The verdict on one (sentence, claim) pair, and how the verdicts of one sentence are settled among
sibling claims: which event word speaks for a claim, which claim an event word speaks for, and which
figures other claims already account for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process

from factcheck._figures import found_amounts, found_values
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy, Verdict
from factcheck.keywords import base_forms
from factcheck.kinds.base import Unconfirmed, recorded
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions
from factcheck.plain import (
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    QuantityValue,
    Status,
)

# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class Match(NamedTuple):
    """The verdict on one sentence against one claim (``claim`` is None for an uncovered sentence)."""

    claim: Claim | None
    verdict: Verdict
    discrepancies: tuple[Discrepancy, ...]
    score: float
    message: str
    span: tuple[int, int] = (-1, -1)
    group: int = -1
    fit: int = 0
    clean_spans: tuple[tuple[int, int], ...] = ()  # keyword phrases where this claim fits without a conflict
    measured: bool = False  # a count, amount, duration or date of the claim was confirmed
    reversed: bool = False  # unverified because the sentence reads the claim's roles the other way round


class Assessment(NamedTuple):
    """What one predication of a sentence says about one claim, before the document decides a verdict.

    ``identity`` counts the slots that tie the sentence to the claim's event (actor, target, place, time:
    agreements minus nothing), ``conflicts`` the identity slots that disagree. A sentence whose stated
    roles all disagree speaks of another event, never of this one with errors. The field ``index`` hides the
    tuple method of that name, which nothing calls on an assessment.
    """

    index: int  # type: ignore[assignment]
    span: tuple[int, int]
    discrepancies: tuple[Discrepancy, ...]
    agreements: int
    identity: int
    conflicts: int
    negated: bool
    skip: str  # why the sentence is not about this claim's event ("" when it may be)
    score: float
    clean_spans: tuple[tuple[int, int], ...]
    named: bool = False  # the sentence names (or refers to) one of the claim's parties somewhere
    reversed: bool = False  # agent and patient swapped against the claim: a counterpart event, or an error
    reported: bool = False  # the negation is a denial the sentence reports ("he said he did not ..."), not its own
    question: bool = False  # the sentence asks rather than states
    attributed: bool = True  # the predication is framed as someone's saying
    foreign: bool = False  # the event's own roles name a party the claim does not know ("Amazon employees")
    definite: bool = False  # "The quake struck ...": said of a definite noun the claim itself uses
    # figures of the claim's slots that fit the record without confirming it ("at least 69" against 157)
    unconfirmed: tuple[Unconfirmed, ...] = ()


def order_of(a: Assessment) -> tuple[bool, bool, int, int]:
    """Which of a claim's event words in one sentence speaks for it: one shown to be about its event, and
    among those the one that says most about it ("SENTENCE: Kaplan imposes a term of 45 years in prison":
    the term, not the bare label); else, cautiously, the one with fewest conflicts."""
    established = a.identity > 0 and a.conflicts == 0
    if established:
        return (bool(a.skip), False, -(a.agreements + len(a.discrepancies)), len(a.discrepancies))
    return (bool(a.skip), True, len(a.discrepancies), -a.agreements)


_PARTY_FIELDS = frozenset(("actor", "target"))


def _parties_around(m: Match, inner: Sequence[tuple[int, int]]) -> bool:
    """Whether ``m`` conflicts on parties only, at a keyword phrase that holds one of the ``inner`` spans."""
    return bool(m.discrepancies) and all(d.field in _PARTY_FIELDS for d in m.discrepancies) \
        and any(m.span[0] <= a and b <= m.span[1] and (a, b) != m.span for a, b in inner)


def compete(found: list[Match]) -> list[Match]:
    """Keep one claim per event group and keyword occurrence: the one the sentence fits best."""
    best: dict[tuple[int, tuple[int, int]], Match] = {}
    free: list[Match] = []
    for match in found:
        if match.span == (-1, -1):
            free.append(match)
            continue
        key = (match.group, match.span)
        current = best.get(key)
        if current is None or rank_of(match) < rank_of(current):
            best[key] = match
    # a conflict read at a phrase where a sibling claim fits cleanly is that sibling's fact, not an error
    clean = {(m.group, span) for m in best.values() if m.verdict is Verdict.supported for span in m.clean_spans}
    # ... and so is a conflict of parties only, read at a keyword phrase that holds a sibling's cleanly fitting
    # keyword ("a $5 billion settlement with Facebook" against settlements with Kogan and Nix, where the
    # fine on Facebook fits at "settlement")
    inner = [span for m in best.values() if m.verdict is Verdict.supported for span in m.clean_spans]
    kept = [m for m in best.values() if m.verdict is not Verdict.contradicted
            or ((m.group, m.span) not in clean and not _parties_around(m, inner))]
    # "157 dead: 105 in Jajarkot and 52 in Rukum West": sibling claims each confirmed by their own figure
    # are all supported, not only the best
    chosen = {id(m) for m in kept}
    kept += [m for m in found if m.span != (-1, -1) and id(m) not in chosen and m.verdict is Verdict.supported
             and m.measured and best[(m.group, m.span)].verdict is Verdict.supported
             and claim_figures(m.claim) and not claim_figures(m.claim) & claim_figures(best[(m.group, m.span)].claim)]
    # "France has expelled two diplomats from Azerbaijan's embassy" confirms France's expulsion; that it
    # reads Azerbaijan's the other way round is the same fact seen from its mirror, not a doubt
    confirmed = {span for m in kept if m.verdict is Verdict.supported for span in (m.span, *m.clean_spans)}
    kept = [m for m in kept if not (m.reversed and m.span in confirmed)]
    kept += free
    kept.sort(key=lambda m: (m.span, m.claim.id if m.claim else ""))
    return kept


def another_occasion(found: list[Match]) -> list[Match]:
    """Doubt, rather than contradict, when one sentence would contradict a date of one claim and a figure of
    another, confirming none: "Meanwhile, a 5.8-magnitude earthquake struck at 4:31 p.m." against the main
    quake's magnitude and time is another quake, not two slips in one sentence."""
    wrong = [m for m in found if m.verdict is Verdict.contradicted and m.claim is not None and m.discrepancies]
    if len(wrong) < 2 or any(m.verdict is Verdict.supported for m in found):
        return found
    kinds = {id(m): {type(v) for v in m.claim.values for d in m.discrepancies if v.field == d.field}
             for m in wrong if m.claim is not None}  # (always: the check narrows the type)
    dated = [m for m in wrong if DateValue in kinds[id(m)]]
    measured = [m for m in wrong if kinds[id(m)] & {CountValue, QuantityValue, DurationValue}]
    if not any(a is not b for a in dated for b in measured):
        return found
    return [m._replace(verdict=Verdict.unverified, message="another occasion: it differs from one claim's date "
                       "and another's figure, and confirms none") if id(m) in kinds else m for m in found]


def recurring_occasion(claim: Claim, discrepancies: Sequence[Discrepancy], m: Mentions, span: tuple[int, int],
                       lex: Lexicon, content: frozenset[str], keywords: frozenset[str] = frozenset()) -> bool:
    """Whether only the date of an occasion that recurs (a briefing, a news conference, an announcement)
    conflicts, and the sentence says nothing else the statement says: "Capt. Frederick said at a news
    conference on Wednesday" is Wednesday's briefing, not a wrong date of Thursday's announcement of the
    implosion."""
    if not discrepancies or span[0] < 0 or not all(
            isinstance(v, DateValue) for d in discrepancies for v in claim.values if v.field == d.field):
        return False
    # (an act of saying recurs too: "the judge announced late Sunday night that the trial was pushed back"
    # against the judge's announcement on Tuesday that the case had settled)
    words = [t.low for t in m.tokens[span[0]:span[1] + 1]]
    if " ".join(words) not in lex.occasion_nouns and not all(w in lex.announcing_verbs for w in words):
        return False
    event = {f for w in words for f in base_forms(w)}  # (the event word itself says nothing more)
    if " ".join(words) not in lex.occasion_nouns:
        content |= keywords  # "The deal was announced on Tuesday": the claim's other event words say more
    content = frozenset(w for w in content if not base_forms(w) & event)
    said = {f for t in m.tokens for f in base_forms(t.low)}
    stems = {t.low[:5] for t in m.tokens if len(t.low) > 5}  # "imploded" says "implosion"
    return not any(base_forms(w) & said or (len(w) > 5 and w[:5] in stems) for w in content)


def explained(found: list[Match], m: Mentions, lex: Lexicon, fitting: Sequence[Claim] = ()) -> list[Match]:
    """Drop conflicts on a figure that another claim, supported in the same sentence, accounts for.

    "Turnout reaches 76% in second-round vote": the 76% is the turnout the record holds, so it is no wrong
    vote share; "after 600 in January, Spotify cuts 1,500 more jobs": the 1,500 is the new cut, not a wrong
    January figure. A figure one claim confirms is read, and it is not evidence against a sibling.
    """
    # a bound ("more than 7%") accounts for no particular figure
    supported = [m.claim for m in found if m.verdict is Verdict.supported and m.claim]
    held = [recorded(v.number, v.to, None, v.tolerance, v.approx) for claim in (*supported, *fitting)
            for v in claim.values if isinstance(v, CountValue | QuantityValue) and v.bound is None]
    if not held:
        return found
    out = []
    for match in found:
        if match.verdict is not Verdict.contradicted:
            out.append(match)
            continue
        # an amount counts as far as it is written: "55%" stands for 54.5% to 55.5%, and so is the run-off
        # share of 55.69% that a sibling confirms, not a wrong first-round share
        left = tuple(d for d in match.discrepancies if not any(
            any(h.lo <= v <= h.hi for h in held) for v in found_values(d, lex)) and not any(
                h.lo <= a.value + a.precision and a.value - a.precision <= h.hi
                for a in found_amounts(m, d) for h in held))
        if len(left) == len(match.discrepancies):
            out.append(match)
        elif left:
            out.append(match._replace(discrepancies=left, message=contradiction_message(left)))
    return out


def claim_figures(claim: Claim | None) -> frozenset[float]:
    return frozenset(v.number for v in claim.values if isinstance(v, CountValue | QuantityValue)) if claim \
        else frozenset()


def rank_of(match: Match) -> tuple[int, int, float, float]:
    """Fewest discrepancies first, then the best fit ("Jajarkot counts 501 dead" is about the Jajarkot toll);
    among claims that fit alike, the one whose figure is nearest the text's ("raised the toll to 167" is
    about the 157 total, not the 105 of one district)."""
    return (len(match.discrepancies) + (match.verdict is not Verdict.supported), -match.fit,
            distance_of(match.discrepancies), -match.score)


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def distance_of(discrepancies: tuple[Discrepancy, ...]) -> float:
    """How far the stated figures are from the recorded ones, relatively (1 for anything not numeric)."""
    total = 0.0
    for d in discrepancies:
        expected, found = _FIGURE.search(d.expected), _FIGURE.search(d.found)
        if expected is None or found is None:
            total += 1.0
            continue
        e, f = float(expected.group().replace(",", "")), float(found.group().replace(",", ""))
        total += min(1.0, abs(e - f) / max(abs(e), abs(f), 1e-9))
    return total


def similarity(text: str, wordings: Sequence[str]) -> float:
    """The best token-set likeness of the sentence to one of a claim's wordings (lower-cased once per base);
    one ``extractOne`` call scores them all without a Python call per wording."""
    found = process.extractOne(text.lower(), wordings, scorer=fuzz.token_set_ratio)
    return found[1] / 100.0 if found is not None else 0.0


def verdict_of(claim: Claim, a: Assessment, m: Mentions, reg: EntityRegistry,
             framed: bool = False) -> tuple[Verdict, tuple[Discrepancy, ...], str]:
    discrepancies = a.discrepancies
    who = ", ".join(reg.name(e) for e in claim.attribution) or "someone"
    if claim.status is Status.alleged:
        if discrepancies:
            return Verdict.contradicted, discrepancies, contradiction_message(discrepancies)
        if a.negated:
            return (Verdict.unverified, (Discrepancy("polarity", f"alleged by {who}", "denied"),),
                    f"denies an allegation made by {who}; the record does not settle it")
        if not (m.attributed and a.attributed) and not framed:
            return (Verdict.unverified, (Discrepancy("attribution", f"alleged by {who}", "stated as fact"),),
                    f"states as fact what the record holds only as an allegation by {who}")
        return Verdict.supported, (), f"correctly attributes the allegation to {who}"
    if claim.status is Status.disputed:
        return (Verdict.unverified, (Discrepancy("status", "disputed", "stated as settled"), *discrepancies),
                "restates a claim the record marks as disputed")
    if claim.status is Status.false:
        if a.negated and not discrepancies:
            return Verdict.supported, (), "rejects a claim the record holds to be false"
        return (Verdict.contradicted, (Discrepancy("status", "false", "stated as true"),),
                "repeats a claim the record holds to be false")
    if a.negated:
        polarity = Discrepancy("polarity", "affirmed", "negated")
        return Verdict.contradicted, (polarity, *discrepancies), "denies a fact the record confirms"
    if discrepancies:
        return Verdict.contradicted, discrepancies, contradiction_message(discrepancies)
    return Verdict.supported, (), "agrees with the record"


def contradiction_message(discrepancies: tuple[Discrepancy, ...]) -> str:
    fields = ", ".join(dict.fromkeys(d.field for d in discrepancies))
    return f"contradicts the record ({fields})"
