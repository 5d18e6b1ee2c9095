"""What every value kind provides, and the one rule that says whether a stated figure fits a recorded one.

A kind is data plus two functions: ``compare`` (a claim's value against one predication of a sentence)
and its table of ``examples``. Keeping the rule for figures here, once, means a count, an amount and a
length of time honour the same bounds, ranges and tolerances; only what they measure differs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from factcheck.findings import Discrepancy
from factcheck.lexicon import Lexicon
from factcheck.render import describe_number

if TYPE_CHECKING:
    from factcheck.analysis import Predication
    from factcheck.entities import EntityRegistry
    from factcheck.mentions import Mentions

Outcome = Literal["confirm", "conflict", "none"]


class Unconfirmed(NamedTuple):
    """A figure of the claim's slot that fits the record without confirming it: "at least 69 killed"
    against a toll of 157. No conflict, but no support either: the sentence may tell the story at an
    earlier hour, or give a part."""

    field: str
    expected: str
    found: str


Result = Discrepancy | Unconfirmed | bool | None

# The records of the kinds are named tuples, not dataclasses: every check imports them, and a dataclass
# compiles its methods at import (0.3 ms or more a class) where a named tuple compiles one.


class Context(NamedTuple):
    """What a slot may look at: the sentence, the event word's predication and, for parties, the candidates.

    ``parties`` is set by the matcher when it has already decided which stated parties play the claim's
    role (a speaker standing in for the actor); None means the predication's own roles.
    """

    mentions: Mentions
    predication: Predication
    registry: EntityRegistry | None
    lex: Lexicon  # the claim base's language pack and story vocabulary
    event_words: frozenset[str] = frozenset()
    parties: tuple[str, ...] | None = None
    years: frozenset[int] = frozenset()  # the years of the claim's event, when known
    # base forms of the words the claim itself uses (statement, aliases, keywords, counted nouns): what a
    # share may be "of" ("55.7% of the vote"; not "86.6% of polling stations")
    claim_words: frozenset[str] = frozenset()


def elsewhere(ctx: Context, first: int) -> bool:
    """The figure at token ``first`` belongs to another event of the same kind, so a different figure there
    is no error: it is a reference ("up from 5%"), its clause opens with "another", "the previous" ..., or
    the sentence is dated only to years other than the claim's ("the 2015 quake, of magnitude 7.8")."""
    from factcheck.kinds.numbers import phrase_ending

    lex = ctx.lex
    tokens = ctx.mentions.tokens
    start = first - 1 if first >= 1 and (tokens[first - 1].low,) in lex.unit_before else first
    if phrase_ending(tokens, start - 1, lex.value_bounds) is None and (
            phrase_ending(tokens, start - 1, lex.reference_words) is not None
            # "far higher than the six-and-a-half years requested", "closer to the 15-year term": past a
            # determiner too (a bound never takes one: "more than the 25 years" is a comparison)
            or (start >= 2 and tokens[start - 1].low in lex.determiners
                and tokens[start - 1].low not in lex.other_event_cues
                and phrase_ending(tokens, start - 2, lex.reference_words) is not None)):
        return True  # "up from 5%", "higher than 6.4", "compared with $9 billion": a figure to compare against
    k = first - 1
    # ("The previous toll was 632 dead and 329 injured": figures joined by "and" share what opens them)
    while k >= 0 and (tokens[k].low == "," or tokens[k].low not in lex.clause_breaks or (
            tokens[k].low in lex.coordinators and any(t.low[:1].isdecimal() for t in tokens[max(0, k - 3):k]))):
        after = tokens[k + 1].low
        # (a period is a time too: "over the past three years")
        period = k + 2 < len(tokens) and (after in lex.number_words or after[:1].isdecimal()) \
            and tokens[k + 2].low in lex.time_nouns
        if tokens[k].low in lex.other_event_cues and not (
                after in lex.time_nouns or after in lex.months or after in lex.calendar_words or period
                or (k >= 1 and tokens[k - 1].low in lex.negation_bridge and (
                    tokens[k - 1].low not in lex.determiners or not tokens[k + 1].text.islower()
                    or after in lex.people_nouns or after in lex.kind_nouns))):
            # "had earlier expelled": a time; "the former Borealis rival", "the former chief": a person of
            # before (but "the previous election" is another one)
            return True  # "another aftershock, magnitude 4.2", not "last November"
        k -= 1
    if lex.other_event_words and _beside(tokens, first, lex):
        return True
    if lex.other_place_words and _other_place(tokens, first, lex):
        return True  # "killed about 170 people elsewhere in the country": another place's figure
    if _of_the_compared(tokens, first, lex):
        return True  # "higher than in the general election, where 77.6 percent voted": the compared one's
    if _absolute(tokens, first, lex):
        return True  # "with 86% of votes counted": how far the count had got, not the event's figure
    if lex.goal_nouns and _goal(tokens, first, lex) and not (lex.goal_nouns & ctx.claim_words):
        return True  # "its gross-margin target of 30%", "the 2% target": an aim, not the event's figure
    # (unless the claim's own words give a rate: "every day", "per week")
    if rate_after(tokens, first, lex) and not (set(lex.period_words) & ctx.claim_words) and not (
            (lex.rate_words - lex.determiners) & ctx.claim_words and lex.time_nouns & ctx.claim_words):
        return True  # "will add $4 billion yearly in revenue": a rate, against a one-off figure
    # the dates of this event's own clause, else of the sentence; a date measured from ("the deadliest since
    # the 2015 quakes") dates nothing
    # ... nor a date after "from" beyond the figure ("climbed 4 percent in June, down from 9.1 percent in June
    # 2022"): the date of the figure the change is measured from
    years = {d.year for d in ctx.predication.times if d.year is not None} or {
        d.year for d in ctx.mentions.dates if d.year is not None
        and not any(t.low == "since" for t in tokens[max(0, d.first - 3):d.first])
        and not (d.first > first and any(t.low == "from" for t in tokens[first + 1:d.first]))}
    return bool(ctx.years and years and not years & ctx.years)


def _other_place(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """Whether the figure's clause sets it in another place than the story's: "Elsewhere, 170 died", "170
    people died elsewhere". After the figure, only up to the next figure or break: "105 in Jajarkot and
    52 elsewhere" leaves Jajarkot's figure its own."""
    k = first - 1
    while k >= 0 and (tokens[k].low == "," or tokens[k].low not in lex.clause_breaks):
        if tokens[k].low in lex.other_place_words:
            return True
        k -= 1
    for tok in tokens[first + 1:first + 8]:
        if tok.low in lex.other_place_words:
            return True
        if tok.low in lex.clause_breaks or tok.low[:1].isdecimal() or tok.low in lex.coordinators:
            return False
    return False


def _of_the_compared(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """Whether the figure stands in a "when"/"where" clause hanging from the thing a "than" compares with
    ("may be higher than in the general election, where 77.6 percent of voters cast ballots")."""
    k = first - 1
    while k >= 0 and first - k <= 12 and tokens[k].low not in lex.time_relatives \
            and tokens[k].low not in (";", ":", "."):
        k -= 1
    if k < 1 or tokens[k].low not in lex.time_relatives:
        return False
    j = k - 1
    while j >= 0 and k - j <= 8 and tokens[j].low != "than" and (
            tokens[j].low == "," or tokens[j].low not in lex.clause_breaks):
        j -= 1
    return j >= 0 and tokens[j].low == "than"


def rate_after(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """The figure runs per period: a period word or "a/per year" right after it and its unit ("$4 billion
    yearly", "$4 billion a year")."""
    after = [t.low for t in tokens[first + 1:first + 5]]
    for k, word in enumerate(after):
        if word in lex.period_words and word not in lex.time_nouns:
            return True
        # but "half a century", "a quarter of a century": the article belongs to the length itself
        before = after[k - 1] if k else tokens[first].low
        if word in lex.rate_words and k + 1 < len(after) and after[k + 1] in lex.time_nouns \
                and before not in lex.fraction_words and before not in lex.partitive_prepositions \
                and not (k + 2 < len(after) and (after[k + 2] in lex.offset_words or after[k + 2] in lex.ago_words)):
            return True  # (but "30 hostages a day after the truce began" is a lag, no rate)
    return False


def _goal(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """The figure is an aim: right after "<goal noun> of" ("a target of 30%") or right before a goal noun,
    past its unit ("the 2% target", "a 2 percent inflation goal")."""
    k = first - 1
    hedges, more = lex.value_bound_words, lex.intensifiers
    while k >= 0 and (tokens[k].low in hedges or tokens[k].low in more) and tokens[k].low not in ("of", "at"):
        k -= 1  # "the Fed's target of just 2 percent"
    if k >= 1 and tokens[k].low in ("of", "at") and tokens[k - 1].low in lex.goal_nouns:
        return True
    return any(t.low in lex.goal_nouns for t in tokens[first + 1:first + 4])


def _absolute(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """The figure sits in a "with ... <participle>" phrase ("with 87% counted", "with more than 94% of votes
    counted") or after "after/before <-ing>" ("after counting 96 percent of the votes"): a circumstance of the
    sentence, not a value of its event."""
    from factcheck.keywords import irregular_participles, readings

    hedges = lex.value_bound_words
    k = first - 1
    while k >= 0 and tokens[k].low in hedges:
        k -= 1  # "with more than 94%"
    if k >= 1 and tokens[k].low.endswith("ing") and tokens[k - 1].low in ("after", "before", "while"):
        return True  # "after counting 96 percent of the votes"
    if k < 0 or tokens[k].low != "with":
        return False
    for tok in tokens[first + 1:first + 9]:
        word = tok.low
        if word in lex.clause_breaks:
            return False
        if word.isalpha() and (word in irregular_participles() or (
                word.endswith("ed") and "VERB" in readings(word) and "NOUN" not in readings(word))):
            return True
    return False


def _beside(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """"an aftershock of magnitude 4.2", "a 5.3 aftershock": a story's own word for another event of the kind
    (its claims file's vocabulary) within a few words of the figure, in the same clause. Only that close: a
    clause may name an aftershock in passing and still give the main event's toll."""
    for step in (-1, 1):
        k = first + step
        while 0 <= k < len(tokens) and abs(k - first) <= 4 and tokens[k].low not in lex.clause_breaks:
            if tokens[k].low in lex.other_event_words:
                return True
            k += step
    return False


class Example(NamedTuple):
    """One line of a kind's table: a sentence, a claim value (as in a claims file) and what must come out.

    ``event`` names the event word the value hangs on (a keyword of the imagined claim); without it the
    whole sentence is one predication.
    """

    text: str
    value: dict[str, Any]
    outcome: Outcome
    event: str = ""


class Kind(NamedTuple):
    name: str
    compare: Callable[[Any, Context], Result]
    examples: tuple[Example, ...]
    identity: bool  # actor, target, place, date: agreeing ties a sentence to the claim's event


# --- figures ---------------------------------------------------------------------------------------------


class Recorded(NamedTuple):
    """A claim's figure: a point (``number``), a tolerance around it, or bounds (``lo``, ``hi``)."""

    number: float | None
    lo: float
    hi: float

    @property
    def point(self) -> bool:
        return self.number is not None and self.lo == self.hi == self.number

    @property
    def one_sided(self) -> bool:
        return math.isinf(self.lo) != math.isinf(self.hi)


def recorded(number: float, to: float | None = None, bound: str | None = None, tolerance: float | None = None,
             approx: bool = False, tally: str | None = None) -> Recorded:
    """The interval a claim's figure allows.

    A range ("40 to 50") or a bound ("at least 128") is the whole claim; otherwise the figure with its
    tolerance, where ``approx`` without a tolerance allows a tenth either way ("about 500 km"). The last
    figure of a tally that rose ("rising") allows every figure up to it, each an earlier count, and one that
    fell allows every figure from it up; the figure itself is kept, as the one that confirms.
    """
    if tally == "rising":
        return Recorded(number, -math.inf, number)
    if tally == "falling":
        return Recorded(number, number, math.inf)
    if to is not None:
        return Recorded(None, number, to)
    if bound == "min":
        return Recorded(None, number, math.inf)
    if bound == "max":
        return Recorded(None, -math.inf, number)
    spread = tolerance if tolerance is not None else (0.1 * abs(number) if approx else 0.0)
    return Recorded(number, number - spread, number + spread)


def fit(claim: Recorded, found: float, high: float | None, hedge: str, slack: float = 0.0,
        rel: float = 1e-9) -> bool | None:
    """True: the text confirms the record; False: it cannot be true of it; None: consistent, not confirmed.

    ``found``/``high`` is the stated figure (``high`` for a range), ``hedge`` how the text qualifies it
    ("min" for "at least"), ``slack`` how far a figure converted from another unit may stray, ``rel`` the
    relative difference still taken as equal (a length of time in seconds is never exact).
    """

    def close(a: float, b: float) -> bool:
        if math.isinf(a) or math.isinf(b):
            return False
        return abs(a - b) <= slack + rel * max(1.0, abs(a), abs(b))

    if high is not None:  # a stated range
        if claim.point:
            assert claim.number is not None
            return None if found - slack <= claim.number <= high + slack else False
        if high < claim.lo - slack or found > claim.hi + slack:
            return False
        if close(found, claim.lo) and close(high, claim.hi):
            return True
        if claim.one_sided:
            inside = claim.lo - slack <= found and high <= claim.hi + slack
            shared = close(found, claim.lo) if math.isinf(claim.hi) else close(high, claim.hi)
            return True if inside and shared else (None if inside else False)
        return False  # a stated range other than the recorded one
    if claim.point:
        assert claim.number is not None
        if hedge == "exact" and rounds_to(claim.number, found):
            return True  # "$1,478,000,000" against a record of $1.48 billion: the same figure, more precisely
        return _bounded(claim.number, found, hedge, close)
    lo, hi = _stated(found, hedge)
    if hi < claim.lo - slack or lo > claim.hi + slack:
        return False
    if claim.number is not None and not claim.one_sided:  # a figure with a tolerance
        if hedge == "below" and _bounded(claim.number, found, hedge, close):
            return True  # "inflation of nearly 150%" against 142.7% give or take 0.8: a little under the figure
        if hedge in ("exact", "approx", "below"):
            return claim.lo - slack <= found <= claim.hi + slack or close(found, claim.number)
        return None
    if hedge in ("min", "over") and math.isinf(claim.hi) and close(found, claim.lo):
        return True  # "at least 128" against a record of at least 128
    if hedge in ("max", "under") and math.isinf(claim.lo) and close(found, claim.hi):
        return True
    if claim.number is not None and hedge in ("approx", "below") and _bounded(claim.number, found, hedge, close):
        return True  # "about 23 dead" against a toll that rose to 23
    if hedge == "max" and math.isinf(claim.lo) and claim.number is None:
        return False  # "asked for two and a half years at most" against a request of up to six and a half: a
        # stated ceiling is the figure itself (a floor is not: "at least 69" is an early toll of a later 128)
    if hedge == "exact" and claim.one_sided and (close(found, claim.lo) or close(found, claim.hi)):
        return True  # the figure the record bounds: "128 killed" against "at least 128"
    return None


def rounds_to(recorded: float, found: float) -> bool:
    """Whether a figure stated more precisely than the record rounds to it ("1.478 billion" to "1.48
    billion"). A record of one significant digit ("8 billion") says too little of its precision to tell a
    rounding from an error, so it never takes one."""
    digits = significant_digits(recorded)
    if digits < 2 or significant_digits(found) <= digits or recorded == 0:
        return False
    return math.isclose(round_significant(found, digits), recorded, rel_tol=1e-9)


def round_figure_of(recorded: float, found: float) -> bool:
    """Whether a round figure ("10,000", "1,500") is the record's figure rounded off, as copy writes a
    large count. Only hundreds and more, one or two significant digits, and within a twentieth of the
    record: "ten members" is no rounding of eleven, nor "$30 billion" of $28 billion."""
    digits = significant_digits(found)
    if found != int(found) or not 0 < digits <= 2 or found == recorded:
        return False
    step = 10.0 ** (math.floor(math.log10(abs(found))) - digits + 1)
    return step >= 100 and abs(recorded - found) <= min(step / 2, 0.05 * abs(recorded))


def round_significant(x: float, digits: int) -> float:
    """``x`` rounded to ``digits`` significant digits (1.478e9 to three: 1.48e9)."""
    step = 10.0 ** (math.floor(math.log10(abs(x))) - digits + 1)
    return round(x / step) * step


def significant_digits(x: float) -> int:
    """How many significant digits a figure is written with (trailing zeros of a whole number not counted)."""
    if not math.isfinite(x) or x == 0:
        return 0
    mantissa = f"{abs(x):.12g}".split("e")[0].replace(".", "").strip("0")
    return len(mantissa)


def _stated(found: float, hedge: str) -> tuple[float, float]:
    """The interval a hedged figure states."""
    if hedge == "approx":
        return found * 0.9, found * 1.1
    if hedge == "below":
        return found * 0.9, found
    if hedge in ("min", "over"):
        return found, math.inf
    if hedge in ("max", "under"):
        return -math.inf, found
    return found, found


def _bounded(expected: float, found: float, kind: str, close: Callable[[float, float], bool]) -> bool | None:
    """A recorded point against a stated figure and its hedge."""
    near = abs(expected - found) <= 0.1 * max(abs(found), abs(expected))
    if kind == "exact":
        return close(expected, found)
    if kind == "approx":
        return near or close(expected, found)
    if kind == "below":  # "nearly 9,000", "almost 150": a little under the figure
        return (near and expected <= found) or close(expected, found)
    if kind == "min":  # "at least 128"
        return True if close(expected, found) else (None if expected > found else False)
    if kind == "over":  # "more than 100": a record of 100 is the round figure behind it
        return None if expected > found or close(expected, found) else False
    if kind == "max":  # "up to 50"
        return True if close(expected, found) else (None if expected < found else False)
    if kind == "under":  # "fewer than 10"
        return None if expected < found or close(expected, found) else False
    return None


def describe_recorded(number: float, to: float | None, bound: str | None, approx: bool,
                      show: Callable[[float], str] = describe_number) -> str:
    """The record's figure in words: "128", "about 500", "at least 128", "40 to 50"."""
    if to is not None:
        return f"{show(number)} to {show(to)}"
    if bound is not None:
        return ("at least " if bound == "min" else "at most ") + show(number)
    return ("about " if approx else "") + show(number)


_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def describe_large(number: float) -> str:
    """8000000000 -> '8 billion', 2500000 -> '2.5 million': figures as copy writes them."""
    for size, word in _LARGE:
        if abs(number) >= size and (number / size) * 1000 == int((number / size) * 1000):
            return f"{describe_number(round(number / size, 3))} {word}"
    return describe_number(number)


__all__ = ["Context", "Example", "Kind", "Outcome", "Recorded", "Result", "describe_large", "describe_recorded",
           "elsewhere", "fit", "recorded"]


def increment(tokens: tuple[Any, ...], first: int, lex: Lexicon) -> bool:
    """The figure at token ``first`` is added to another ("a further $2.51 billion", "another year off her
    sentence", "an extra two years"): a part of the whole, never the whole the record holds."""
    # ("another year": the article may be the figure's own first word)
    return (first >= 1 and tokens[first - 1].low in lex.increment_words) or tokens[first].low in lex.increment_words
