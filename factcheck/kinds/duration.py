"""Lengths of time, compared in seconds so "48 hours", "two days" and "a couple of days" agree.

Copy writes "six and a half years", "a year and a half", "a quarter-century", "40 to 50 years" and
"no more than six and a half years"; the record says ``iso`` (PT48H), or ``min``/``max`` for a bound or a
range, with ``approx`` or a ``tolerance`` when its own figure is rounded.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from factcheck.findings import Discrepancy
from factcheck.keywords import lemmas
from factcheck.keywords import readings as _readings
from factcheck.kinds.base import Context, Example, Kind, Result, elsewhere, fit, increment, recorded
from factcheck.kinds.numbers import (
    Number,
    Token,
    adjacent,
    hedge,
    phrase_at,
    phrase_ending,
    read_numbers,
    span_text,
    tokenize,
)
from factcheck.lexicon import Lexicon, lexicon
from factcheck.plain import DurationValue
from factcheck.render import describe_duration

if TYPE_CHECKING:
    from factcheck.mentions import Mentions

_SECONDS = {"S": 1.0, "M": 60.0, "H": 3600.0, "D": 86400.0, "W": 604800.0}
_YEAR = 365.2425 * 86400.0
_MONTH = _YEAR / 12.0
_ISO = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def iso_seconds(iso: str) -> float:
    """Length of an ISO 8601 duration in seconds (months and years at their mean Gregorian length)."""
    total = 0.0
    date_part, _, time_part = iso[1:].partition("T")
    for amount, unit in _ISO.findall(date_part):
        total += float(amount) * {"Y": _YEAR, "M": _MONTH, "W": _SECONDS["W"], "D": _SECONDS["D"]}[unit]
    for amount, unit in _ISO.findall(time_part):
        total += float(amount) * _SECONDS[unit]
    return total


class Duration(NamedTuple):
    first: int
    last: int
    seconds: float
    text: str
    head: str | None  # the noun a hyphenated "48-hour deadline" qualifies
    high: float | None = None  # the upper end of "40 to 50 years", in seconds
    ordinal: bool = False  # "in the 27th minute": a moment that much time in, not a length
    clock: bool = False  # "2:00:35": a length to the second, compared to the second


_ROUNDED_SHARE = 0.08  # how far, as a share of the whole, a length told in whole units may stray


def _calendar_slack(tokens: tuple[Token, ...], d: Duration, lex: Lexicon, iso: str = "P0D") -> float:
    """How far a length counted in months or decades may stray from its figure in seconds: a month runs 28 to
    31 days, so "a month and a half" is anything from 42 to 46.5 days (a length in days or weeks is exact).
    Against a record counted in months or years (``iso``) months are whole: 136 months are not 135."""
    calendar = bool(re.search(r"[YM]", iso.partition("T")[0]))
    months = not calendar and any(lex.duration_units.get(t.low) == "P1M" for t in tokens[d.first:d.last + 1])
    # "for the first time in two decades" against 17 years: a length counted in decades is told to the
    # nearest decade, so it holds anything that rounds to it (25 years is no "two decades")
    units = [iso_seconds(u) for t in tokens[d.first:d.last + 1] if (u := lex.duration_units.get(t.low))]
    coarse = 0.45 * iso_seconds("P10Y") if iso_seconds("P10Y") in units else 0.0
    # "after 45 days of war" against six weeks: a record counted in a coarser unit than the text is told to
    # the nearest unit, and holds lengths within half of it (and within a small share of the whole)
    parts = _ISO.findall(iso.partition("T")[0]) if "T" not in iso else []
    told = min((iso_seconds(f"P1{unit}") for _amount, unit in parts), default=0.0)
    rounded = min(0.5 * told, _ROUNDED_SHARE * iso_seconds(iso)) if units and told > min(units) else 0.0
    # ... and the other way round: "six weeks after being installed" against 44 days is the text's rounding
    if units and told and told < min(units) <= iso_seconds("P1W"):
        rounded = max(rounded, min(0.5 * min(units), _ROUNDED_SHARE * d.seconds))
    return max(0.08 * d.seconds if months else 0.0, coarse, rounded)


def read_durations(tokens: tuple[Token, ...], numbers: list[Number], lex: Lexicon | None = None) -> list[Duration]:
    lex = lex or lexicon()
    units = lex.duration_units
    found = [(tok, units[tok.low]) for tok in tokens if tok.low in units and tok.index]
    # "a monthlong trial", "a yearlong inquiry": one unit, written as one word with "long"
    joined = {tok.index: units[tok.low[:-4]] for tok in tokens
              if tok.low.endswith("long") and tok.low[:-4] in units and not tok.low[:-4].endswith("s")}
    if joined:
        found = sorted([*found, *((tokens[k], unit) for k, unit in joined.items())], key=lambda f: f[0].index)
    out = _clock_lengths(tokens, lex) if ":" in (t.text for t in tokens) else []
    if not found:
        return out
    by_first = {num.first: num for num in numbers}
    for tok, unit in found:
        if tok.index in joined:
            head = tokens[tok.index + 1].low if tok.index + 1 < len(tokens) else None
            out.append(Duration(tok.index, tok.index, iso_seconds(unit), tok.text, head))
            continue
        k = tok.index - 1
        hyphen = tokens[k].low == "-"
        if hyphen:
            k -= 1
        amount: float | None = None
        high: float | None = None
        first = k
        ordinal = False
        for num in numbers:
            if num.last == k:
                amount, high, first, ordinal = num.value, num.high, num.first, num.ordinal
        if amount is None and k >= 0 and tokens[k].low in lex.fraction_words and hyphen:
            amount, first = lex.fraction_words[tokens[k].low], k  # "a quarter-century", "a half-hour"
        if amount is None and k >= 0 and tokens[k].low in lex.duration_article_words and not hyphen \
                and not (tok.low.endswith("s") and tok.low[:-1] in units) \
                and not (tok.text.isupper() and len(tok.text) > 1 and not tokens[k].text.isupper()):
            # ("a months-long process": an article counts one unit, never a plural)
            # but "per an SEC filing": a unit word in capitals after a lower-case article is an acronym
            amount = 0.5 if tokens[k].low == "half" else 1.0
            first = k
            if tokens[k].low in ("a", "an") and k >= 1 and tokens[k - 1].low == "half":
                amount, first = 0.5, k - 1
            elif tokens[k].low in ("a", "an") and k >= 2 and tokens[k - 1].low in lex.partitive_prepositions \
                    and tokens[k - 2].low in lex.fraction_words:
                # "a quarter of a century", "half of a year": the fraction of the unit, not the unit
                amount, first = lex.fraction_words[tokens[k - 2].low], k - 2
                if first >= 1 and tokens[first - 1].low in ("a", "an"):
                    first -= 1
        if amount is None and k >= 0 and tokens[k].low == "quarter" and not hyphen:
            amount, first = 0.25, k
        if amount is None or (first in by_first and by_first[first].value > 10000):
            continue
        last = tok.index
        fraction = phrase_at(tokens, last + 1, lex.number_fractions_by_first)
        if fraction is not None and high is None:  # "a year and a half"
            length, extra = fraction
            amount += extra
            last += length
        head = None
        if hyphen and tok.index + 1 < len(tokens):
            head = tokens[tok.index + 1].low
        seconds = iso_seconds(unit)
        out.append(Duration(first, last, amount * seconds, span_text(tokens, first, last), head,
                            high * seconds if high is not None else None, ordinal))
    return _compound(tokens, out, lex)


def _compound(tokens: tuple[Token, ...], found: list[Duration], lex: Lexicon) -> list[Duration]:
    """"an 11-year, three-month prison term": hyphenated lengths joined by a comma qualify one noun
    together, and make one length; so do "four hours and 42 minutes", "four hours, 42 minutes" and "4
    hours 42 minutes", each part counted in a smaller unit than the one before and less than one of it."""
    out: list[Duration] = []
    for d in found:
        before = out[-1] if out else None
        single = before is not None and before.high is None and d.high is None and not (before.clock or d.clock)
        if single and before is not None and before.head == "," and d.first == before.last + 2 \
                and d.head is not None and d.head != ",":
            out[-1] = Duration(before.first, d.last, before.seconds + d.seconds,
                               span_text(tokens, before.first, d.last), d.head)
        elif single and before is not None and before.head is None and d.head is None \
                and not (before.ordinal or d.ordinal) and _smaller_part(tokens, before, d, lex):
            out[-1] = Duration(before.first, d.last, before.seconds + d.seconds,
                               span_text(tokens, before.first, d.last), None)
        else:
            out.append(d)
    return out


def _smaller_part(tokens: tuple[Token, ...], before: Duration, d: Duration, lex: Lexicon) -> bool:
    """Whether ``d`` goes on the length ``before`` gives, right after it ("and", a comma or nothing between),
    in a smaller unit and less than one of ``before``'s units: "four hours and 42 minutes"."""
    between = [t.low for t in tokens[before.last + 1:d.first]]
    if between not in ([], ["and"], [","]):
        return False
    unit, part = lex.duration_units.get(tokens[before.last].low), lex.duration_units.get(tokens[d.last].low)
    if unit is None or part is None:
        return False
    return iso_seconds(part) < iso_seconds(unit) and d.seconds < iso_seconds(unit)


_CLOCK = re.compile(r"\d:\d\d:\d\d")


def _clock_lengths(tokens: tuple[Token, ...], lex: Lexicon) -> list[Duration]:
    """Lengths written as a clock with seconds, "2:00:35" (a marathon, a race, a flight): hours, minutes
    and seconds joined by colons. A time of day ("at 11:47:02 p.m.") is none."""
    out = []
    for k in range(len(tokens) - 4):
        parts = tokens[k:k + 5]
        if not (parts[1].text == ":" == parts[3].text and all(adjacent(tokens, j, j + 1) for j in range(k, k + 4))
                and all(t.text.isdigit() for t in parts[::2]) and len(parts[2].text) == 2 == len(parts[4].text)
                and len(parts[0].text) <= 2 and int(parts[2].text) < 60 and int(parts[4].text) < 60):
            continue
        if (k and tokens[k - 1].text == ":") or any(tuple(t.low for t in tokens[k + 5:k + 5 + n]) in lex.meridiem
                                                     for n in (1, 2)):
            continue  # "at 11:47:02 p.m.": a time of day
        seconds = int(parts[0].text) * 3600 + int(parts[2].text) * 60 + int(parts[4].text)
        out.append(Duration(k, k + 4, float(seconds), span_text(tokens, k, k + 4), None, clock=True))
    return out


def compare(value: DurationValue, ctx: Context) -> Result:
    m, p = ctx.mentions, ctx.predication
    heads = ctx.lex.duration_heads | ctx.event_words
    # ("a 40-year sentence": a noun of the claim's own words heads its length too)
    durations = [d for d in m.durations if (d.head is None or d.head in heads or (
                     d.head in ctx.claim_words and "NOUN" in _readings(d.head))) and p.holds(d.first, d.last)
                 and not _part_of_period(m.tokens, d, ctx.lex) and not _change_of_length(m.tokens, d, ctx.lex)
                 and not _span_of_series(m, d, ctx.lex) and not _restates_part(m.tokens, d, ctx.lex)
                 and phrase_at(m.tokens, d.last + 1, ctx.lex.difference_cues_by_first) is None
                 and not (ctx.claim_words and _length_of_another(m.tokens, d, ctx))
                 and not (ctx.claim_words and _gap_before_first(m.tokens, d, ctx.lex)
                          and not ctx.lex.first_words & ctx.claim_words)
                 and not (d.last + 1 < len(m.tokens) and m.tokens[d.last + 1].low in ctx.lex.ago_words)
                 and not _age_or_record_span(m.tokens, d, ctx.lex)
                 and not (_offset(m.tokens, d, ctx.lex) and not ctx.lex.offset_words & ctx.claim_words)]
    # ("handed the sentence two weeks ago": a point in time, not a length)
    # "in the 29th minute" is a moment of a match or a trial, "over 80 minutes" a length: a record written
    # with an ordinal agrees or conflicts with ordinals only, and a length with lengths
    moment = _ordinal_phrase(value.phrase or "", ctx.lex)
    durations = [d for d in durations if d.ordinal == moment]
    # a time written as a clock ("a time of 2:00:35") meets a record of such a time only, never a margin or
    # a gap ("34 seconds" off the record): the claim's phrase is a clock too, or the length is hours long
    clock = _CLOCK.search(value.phrase) is not None if value.phrase else iso_seconds(value.iso) >= 3600
    durations = [d for d in durations if clock or not d.clock]
    if not durations:
        return None
    claim = recorded(iso_seconds(value.iso), _seconds(value.to), value.bound, _seconds(value.tolerance), value.approx)
    served = _served(m.tokens, durations, ctx.lex)
    if served is not None:
        # "a 240-month sentence and a 60-month sentence, to be served consecutively": the terms add up, and
        # no one of them is the length
        found = [fit(claim, total, None, "exact", rel=0.005) for total in served]
        if any(r is True for r in found):
            return True
        if any(r is None for r in found):
            return None
        return Discrepancy(value.field, describe(value), " + ".join(d.text for d in durations))
    results = [fit(claim, d.seconds, d.high, hedge(m.tokens, d.first, d.last, ctx.lex),
                   slack=0.5 if d.clock else _calendar_slack(m.tokens, d, ctx.lex, value.iso),
                   rel=0.0 if d.clock else 0.005)
               for d in durations]
    if any(r is True for r in results):
        return True
    if len(durations) > 1 and all(d.high is None for d in durations) \
            and fit(claim, sum(d.seconds for d in durations), None, "exact", rel=0.005) is True:
        return True  # "240 months for four charges and 60 months for two others": the terms make the whole
    if any(r is None for r in results) or elsewhere(ctx, durations[0].first):
        return None
    if any(increment(m.tokens, d.first, ctx.lex) for d in durations):
        return None  # "another year off her sentence", "an extra two years": a length added, a part of the whole
    return Discrepancy(value.field, describe(value), durations[0].text)


def _age_or_record_span(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """Whether the length gives how old something is ("a ceremony that dates back almost a thousand years")
    or how long a record has stood ("the biggest ceremonial event in the capital for 70 years"): neither is
    how long the event lasted."""
    before = [t.low for t in tokens[max(0, d.first - 4):d.first]]
    if any(tuple(before[k:k + len(phrase)]) == phrase for phrase in lex.age_phrases for k in range(len(before))):
        return True
    if d.first < 1 or tokens[d.first - 1].low not in lex.length_prepositions:
        return False
    return any(t.low == "most" or (t.low.endswith("est") and "ADJ" in _readings(t.low))
               for t in tokens[max(0, d.first - 12):d.first - 1])


def _ordinal_phrase(phrase: str, lex: Lexicon) -> bool:
    """Whether the record's own words give its length as an ordinal ("in the 29th minute")."""
    tokens = tokenize(phrase)
    return any(d.ordinal for d in read_durations(tokens, read_numbers(tokens, lex), lex))


def _offset(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """"delivered four months after a jury convicted him": the time between two events, not a length (unless
    the claim measures such a time: "six minutes after take-off"); "jailed for 25 years after a trial" keeps
    the length its preposition gives it."""
    return d.last + 1 < len(tokens) and tokens[d.last + 1].low in lex.offset_words \
        and not (d.first > 0 and tokens[d.first - 1].low in lex.length_prepositions)


def _served(tokens: tuple[Token, ...], durations: list[Duration], lex: Lexicon) -> list[float] | None:
    """The whole length of several terms said to run one after another, or None.

    The sentence may state the whole too ("300 months, 240 months followed by 60 more, to be served
    consecutively"): a term as long as all the shorter ones together is the whole; else the sum is."""
    if len(durations) < 2 or any(d.high is not None for d in durations):
        return None
    if not {t.low for t in tokens[durations[-1].last + 1:]} & lex.consecutive_cues:
        return None
    lengths = [d.seconds for d in durations]
    stated = [x for x in lengths if math.isclose(x, sum(y for y in lengths if y < x), rel_tol=0.005)]
    return stated or [sum(lengths)]


def _change_of_length(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """"reducing it by 45 months", "cut by two years": how much a length changed, not the length."""
    if d.first < 2 or tokens[d.first - 1].low not in lex.change_prepositions:
        return False
    changes = _change_forms(lex.change_words)
    for t in reversed(tokens[max(0, d.first - 9):d.first - 1]):
        if t.low in lex.clause_breaks:
            return False
        if t.low in changes or lemmas(t.low) & changes:
            return True
    return False


@lru_cache(maxsize=8)
def _change_forms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(words) | frozenset(lemma for w in words for lemma in lemmas(w))


def _part_of_period(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """"the remaining 20 days of its term", "the first 100 days of his presidency", "a remaining prison term of
    291 months": a stretch of a longer period, not its length."""
    if d.first >= 3 and tokens[d.first - 1].low in lex.partitive_prepositions \
            and any(t.low in lex.part_modifiers for t in tokens[d.first - 4:d.first - 2]):
        return True  # "a remaining prison term of 291 months": what is left of the term, once time served is off
    return d.first > 0 and tokens[d.first - 1].low in lex.part_modifiers and d.last + 1 < len(tokens) \
        and tokens[d.last + 1].low in lex.partitive_prepositions


def _restates_part(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """"after serving two-thirds of his sentence, or about 15 years": the length restates a part of the
    period named before the comma, not the period."""
    k = d.first - 1
    hedged = phrase_ending(tokens, k, lex.number_bounds)
    if hedged is not None:
        k = hedged[0] - 1
    if k < 2 or tokens[k].low not in lex.restating_words or tokens[k - 1].text != ",":
        return False
    before = tokens[max(0, k - 8):k - 1]
    return any(t.low in lex.fraction_nouns and j + 1 < len(before) and before[j + 1].low in lex.partitive_prepositions
               for j, t in enumerate(before))


def _span_of_series(m: Mentions, d: Duration, lex: Lexicon) -> bool:
    """"a third title in five years", "its 11th increase in 16 months": the time a numbered series took, not
    the length of the event; the ordinal stands a few words before the preposition."""
    k = d.first - 1
    if k < 2 or m.tokens[k].low not in lex.series_prepositions:
        return False
    # ("their first title in 20 years" is the time since the last one: a length the record may hold)
    return any((t.low[:-2].isdecimal() and int(t.low[:-2]) > 1 and t.low.endswith(_ORDINAL_ENDINGS))
               or ((t.low,) in lex.number_phrases and t.low.endswith(_ORDINAL_ENDINGS))
               for t in m.tokens[max(0, k - 4):k - 1])


def _gap_before_first(tokens: tuple[Token, ...], d: Duration, lex: Lexicon) -> bool:
    """"raised its rate for the first time in 17 years": the time since the last such event, which only a
    claim about a first in so long ("the first repeat champions in 20 years") records."""
    k = d.first - 1
    return k >= 1 and tokens[k].low in lex.series_prepositions \
        and any(t.low in lex.first_words for t in tokens[max(0, k - 4):k])


def _length_of_another(tokens: tuple[Token, ...], d: Duration, ctx: Context) -> bool:
    """Whether "of" after the length, or a noun right after it, names what lasted that long, and the claim
    never names it: "ending 11 years of its massive monetary easing campaign" against eight years of
    negative rates ("eight years of negative rates" is the claim's own), "five years probation" against a
    prison term."""
    k = d.last + 1
    if k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and set(_readings(tokens[k].low)) == {"NOUN"} and tokens[k].low not in ctx.lex.duration_heads:
        # "five years probation", "48 hours notice": the noun right after the length is what lasted so long
        return not ({tokens[k].low} | lemmas(tokens[k].low)) & ctx.claim_words
    if k >= len(tokens) or tokens[k].low not in ctx.lex.partitive_prepositions:
        return False
    nouns = []
    for tok in tokens[k + 1:k + 7]:
        if not tok.text.isalpha() or tok.low in ctx.lex.clause_breaks:
            break
        if tok.low in ctx.lex.determiners or set(_readings(tok.low)) == {"ADJ"}:
            continue
        nouns.append(tok.low)
        if tok.low in ctx.lex.location_prepositions or tok.low in ctx.lex.partitive_prepositions:
            break
    return bool(nouns) and not any(({w} | lemmas(w)) & ctx.claim_words for w in nouns)


def _seconds(iso: str | None) -> float | None:
    return None if iso is None else iso_seconds(iso)


def describe(value: DurationValue) -> str:
    """"48 hours", "40 years to 50 years", "at most 6 years 6 months", "about 30 years"."""
    if value.to is not None:
        return f"{describe_duration(value.iso)} to {describe_duration(value.to)}"
    if value.bound is not None:
        return ("at least " if value.bound == "min" else "at most ") + describe_duration(value.iso)
    return ("about " if value.approx else "") + describe_duration(value.iso)


def _d(iso: str, **extra: object) -> dict[str, object]:
    return {"kind": "duration", "iso": iso, **extra}


EXAMPLES = (
    Example("France gave the diplomats 48 hours to leave.", _d("PT48H"), "confirm"),
    Example("France gave the diplomats two days to leave.", _d("PT48H"), "confirm"),
    Example("France gave the diplomats 72 hours to leave.", _d("PT48H"), "conflict"),
    # a record told in whole weeks holds a count of days that rounds to it, not one a week away
    Example("The talks ended after 45 days of war.", _d("P6W"), "confirm"),
    Example("The talks ended after 49 days of war.", _d("P6W"), "conflict"),
    Example("The talks ended after 53 days of war.", _d("P6W"), "conflict"),
    Example("The talks lasted six weeks.", _d("P44D"), "confirm"),
    # how old something is, or how long a record has stood, is no length of the event
    Example("The service, a rite that dates back almost a thousand years, was held.", _d("PT2H"), "none",
            event="service"),
    Example("The service was the biggest held in the capital for 70 years.", _d("PT2H"), "none", event="service"),
    Example("The service was held in the capital for 70 years.", _d("PT2H"), "conflict", event="service"),
    Example("The talks lasted seven weeks.", _d("P44D"), "conflict"),
    # "the past": a period of time, not another event
    Example("Shares gained 38% over the past three years.", _d("P1Y"), "conflict"),
    Example("Shares gained 38% over the past 12 months.", _d("P1Y"), "confirm"),
    # a record written with an ordinal is a moment ("in the 29th minute"): it meets ordinals only
    Example("He was sent off in the 29th minute.", _d("PT29M", phrase="in the 29th minute"), "confirm",
            event="sent"),
    Example("He was sent off in the 27th minute.", _d("PT29M", phrase="in the 29th minute"), "conflict",
            event="sent"),
    Example("He was sent off in a match that ran over 80 minutes.", _d("PT29M", phrase="in the 29th minute"),
            "none", event="sent"),
    Example("He played for 29 minutes.", _d("PT29M", phrase="29 minutes"), "confirm", event="played"),
    Example("He played until the 29th minute.", _d("PT29M", phrase="29 minutes"), "none", event="played"),
    Example("The diplomats left on the third day.", _d("PT48H", phrase="48 hours"), "none", event="left"),
    # the time a numbered series took is not the event's length
    Example("It gave them a third title in five years.", _d("P20Y"), "none", event="title"),
    Example("The Fed made its 11th increase in 16 months.", _d("P20Y"), "none", event="increase"),
    Example("It was their first title in five years.", _d("P20Y"), "conflict", event="title"),
    Example("It gave them a title in five years.", _d("P20Y"), "conflict", event="title"),
    Example("They won three titles in five years.", _d("P20Y"), "conflict", event="titles"),
    # a month runs 28 to 31 days: a length in months is only as precise as that
    Example("The strike lasted a month and a half.", _d("P41D", approx=True), "confirm"),
    Example("The strike lasted roughly a month and a half.", _d("P41D", approx=True), "confirm"),
    Example("The strike lasted two months.", _d("P41D", approx=True), "conflict"),
    Example("The strike lasted 50 days.", _d("P41D", approx=True), "conflict"),
    Example("France set a 48-hour deadline.", _d("PT48H"), "confirm"),
    Example("He was jailed for 25 years.", _d("P25Y"), "confirm"),
    Example("He was jailed for a quarter-century.", _d("P25Y"), "confirm"),
    Example("He was jailed for two and a half decades.", _d("P25Y"), "confirm"),
    # a length written as a clock with seconds ("2:00:35"); a time of day is none
    Example("Kiptum won the race in 2:00:35.", _d("PT2H0M35S"), "confirm", event="won"),
    Example("Kiptum won the race in 2:00:45.", _d("PT2H0M35S"), "conflict", event="won"),
    Example("Kiptum won the race at 2:00:35 p.m.", _d("PT2H0M35S"), "none", event="won"),
    Example("Kiptum won the race by 2:35.", _d("PT2H0M35S"), "none", event="won"),
    Example("Kiptum won the race in 2:00:35.", _d("PT34S", phrase="34 seconds"), "none", event="won"),
    Example("Kiptum won the race in 2:00:35.", _d("PT2H0M35S", phrase="2:00:35"), "confirm", event="won"),
    Example("Kiptum won the race in 2:01:35.", _d("PT2H0M35S", phrase="2:00:35"), "conflict", event="won"),
    # a length in decades is told to the nearest decade
    Example("It raised rates for the first time in two decades.", _d("P17Y"), "confirm", event="raised"),
    Example("It raised rates for the first time in nearly two decades.", _d("P17Y"), "confirm", event="raised"),
    Example("It raised rates for the first time in three decades.", _d("P17Y"), "conflict", event="raised"),
    Example("It raised rates for the first time in 20 years.", _d("P17Y"), "conflict", event="raised"),
    Example("He was jailed for two decades.", _d("P25Y"), "conflict"),
    Example("They held the region for half a century.", _d("P30Y"), "conflict", event="held"),
    Example("The lawyers asked for six and a half years.", _d("P6Y6M"), "confirm"),
    Example("The lawyers asked for six and a half years.", _d("P6Y"), "conflict"),
    Example("The lawyers asked for 6-1/2 years.", _d("P6Y6M"), "confirm"),
    Example("The ban runs for six-and-a-half years.", _d("P6Y6M"), "confirm"),
    Example("The lawyers asked for a six-and-a-half-year period.", _d("P6Y6M"), "confirm"),
    Example("The lawyers asked for 6½ years.", _d("P6Y6M"), "confirm"),
    Example("The talks lasted a year and a half.", _d("P18M"), "confirm"),
    Example("It ends a months-long process.", _d("P25Y"), "none"),
    Example("He was jailed four months after the verdict.", _d("P25Y"), "none"),
    Example("They argued for leniency instead of a century in prison.", _d("P40Y", to="P50Y"), "none"),
    Example("He was jailed for four months after the verdict.", _d("P25Y"), "conflict"),
    Example("The talks lasted two years.", _d("P18M"), "conflict"),
    # bounds and ranges in the text
    Example("The lawyers asked for no more than six and a half years.", _d("P6Y6M"), "confirm"),
    Example("The lawyers asked for six and a half years at most.", _d("P6Y6M"), "confirm"),
    Example("The lawyers asked for at least ten years.", _d("P6Y6M"), "conflict"),
    Example("Prosecutors asked for 40 to 50 years.", _d("P40Y"), "none"),
    Example("Prosecutors asked for 20 to 30 years.", _d("P40Y"), "conflict"),
    Example("Prosecutors asked for between 63 and 78 months.", _d("P70M"), "none"),
    # bounds and ranges in the record
    Example("Prosecutors asked for 40 to 50 years.", _d("P40Y", to="P50Y"), "confirm"),
    Example("Prosecutors asked for 40-50 years.", _d("P40Y", to="P50Y"), "confirm"),
    Example("Prosecutors asked for 20 to 30 years.", _d("P40Y", to="P50Y"), "conflict"),
    Example("Prosecutors asked for 40 to 60 years.", _d("P40Y", to="P50Y"), "conflict"),
    Example("Prosecutors asked for between 63 and 78 months.", _d("P63M", to="P78M"), "confirm"),
    Example("The defence proposed five and a quarter to six and a half years.", _d("P6Y6M", bound="max"), "confirm"),
    Example("The defence proposed six and a half years.", _d("P6Y6M", bound="max"), "confirm"),
    Example("The defence proposed ten years.", _d("P6Y6M", bound="max"), "conflict"),
    Example("The defence proposed five years.", _d("P6Y6M", bound="max"), "none"),
    # a stated ceiling against a recorded one is the same figure or a wrong one
    Example("The defence asked for two and a half years at most.", _d("P6Y6M", bound="max"), "conflict"),
    Example("The defence asked for six and a half years at most.", _d("P6Y6M", bound="max"), "confirm"),
    Example("The defence asked for at least two years.", _d("P6Y6M", bound="max"), "none"),
    # terms served one after another add up
    Example("The judge imposed terms of 240 months and 60 months, to be served consecutively.", _d("P25Y"),
            "confirm"),
    Example("The judge imposed terms of 240 months and 60 months, to be served consecutively.", _d("P20Y"),
            "conflict"),
    Example("He got 240 months for four charges and 60 months for two others.", _d("P25Y"), "confirm"),
    Example("He got 240 months for four charges and 50 months for two others.", _d("P25Y"), "conflict"),
    Example("He got 300 months: a term of 240 months followed by 60 months, to be served consecutively.",
            _d("P25Y"), "confirm"),
    Example("The region was held for 29 years.", _d("P30Y", approx=True), "confirm"),
    Example("The region was held for 35 years.", _d("P30Y", tolerance="P2Y"), "conflict"),
    # a fraction of a unit ("a quarter of a century") is that fraction, not the unit
    Example("The region was held for a quarter of a century.", _d("P25Y"), "confirm"),
    Example("The region was held for a quarter of a century.", _d("P100Y"), "conflict"),
    Example("The talks lasted half of a year.", _d("P6M"), "confirm"),
    # hyphenated lengths joined by a comma make one length ("an 11-year, three-month prison term")
    Example("The court set an 11-year, three-month period of probation.", _d("P135M"), "confirm"),
    Example("The court set a 12-year, three-month period of probation.", _d("P135M"), "conflict"),
    Example("The court set an 11-year period of probation.", _d("P135M"), "conflict"),
    # a length in parts, each in a smaller unit ("four hours and 42 minutes"), is one length, whatever other
    # length the sentence gives
    Example("He won after four hours and 42 minutes against a man 16 years older.", _d("PT4H42M"), "confirm"),
    Example("The final lasted 4 hours 42 minutes.", _d("PT4H42M"), "confirm"),
    Example("The final lasted four hours, 42 minutes.", _d("PT4H42M"), "confirm"),
    Example("He won after four hours and 12 minutes against a man 16 years older.", _d("PT4H42M"), "conflict"),
    # same units, or a part as long as the unit before it, are two lengths
    Example("She served 20 years and 10 years for two crimes.", _d("P30Y"), "confirm"),
    Example("She served two years, 18 months of them in a cell.", _d("P2Y"), "confirm"),
    # one unit written as one word with "long" is a length, as "month-long" is ("a yearlong deadline")
    Example("The talks had a yearlong deadline.", _d("P1Y"), "confirm"),
    Example("The talks had a weeklong deadline.", _d("P1Y"), "conflict"),
    # months against a record counted in months or years are whole; against one in days they stray
    Example("She was sentenced to 136 months in prison.", _d("P135M"), "conflict"),
    Example("She was sentenced to 135 months in prison.", _d("P135M"), "confirm"),
    Example("The talks lasted a month and a half.", _d("P45D"), "confirm"),
    # a length added to another ("another year", "an extra two years") is a part, never the whole
    Example("Good conduct will earn her another year off her sentence.", _d("P135M"), "none"),
    # a part of the term restated ("two-thirds of his sentence, or about 15 years"), a length past another
    Example("He could be paroled after serving two-thirds of his sentence, or about 15 years.", _d("P270M"),
            "none", event="sentence"),
    Example("He could be freed after serving half of the sentence, or 11 years.", _d("P270M"), "none",
            event="sentence"),
    Example("His sentence went 10 years beyond what the guidelines called for.", _d("P270M"), "none",
            event="sentence"),
    Example("The sentence was two years longer than prosecutors asked.", _d("P270M"), "none", event="sentence"),
    Example("He could be paroled after serving his sentence, or about 15 years.", _d("P270M"), "conflict",
            event="sentence"),
    Example("His sentence went to 10 years, beyond what the guidelines called for.", _d("P270M"), "conflict",
            event="sentence"),
    Example("The judge added an extra two years to the term.", _d("P135M"), "none"),
    Example("The judge gave her two years.", _d("P135M"), "conflict"),
    # what remains of a term once time served is off is a part of it
    Example("Deducting time served leaves a remaining prison term of 291 months.", _d("P25Y"), "none"),
    Example("He was handed a prison term of 291 months.", _d("P25Y"), "conflict"),
)

KIND = Kind("duration", compare, EXAMPLES, identity=False)
