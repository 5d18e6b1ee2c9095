"""Calendar dates at any precision, date ranges and times of day.

Copy writes "19 September 2023", "September 19, 2023", "Sept. 19", "the 19th of September", "2023-09-19",
"19/09/2023", "in 2015", "by year's end", "4 to 6 March 2024", "March 4-6", "between May and July", "at
11:47 pm", "just before midnight". A text agrees when it says the same at its own precision; a part the text
does not give is never a disagreement, and a mention sharing no part with the record says nothing of it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from factcheck.findings import Discrepancy
from factcheck.keywords import readings
from factcheck.kinds.base import Context, Example, Kind, Result
from factcheck.kinds.numbers import Token, phrase_ending, span_text
from factcheck.lexicon import Lexicon, lexicon
from factcheck.plain import DatePoint, DateValue
from factcheck.render import describe_date

if TYPE_CHECKING:
    from factcheck.analysis import Predication
    from factcheck.mentions import Mentions

_ORDINAL = re.compile(r"\d{1,2}(st|nd|rd|th)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_CLOCK = re.compile(r"\d{1,2}\.\d\d")


class DateMention(NamedTuple):
    first: int
    last: int
    year: int | None
    month: int | None
    day: int | None
    text: str
    end: DateMention | None = None  # the last day of "4 to 6 March"
    hour: int | None = None  # a time of day: "at 11:47 pm", "midnight"
    minute: int | None = None
    fuzzy: bool = False  # "just before midnight", "around 9 am": within the hour
    twelve: bool = False  # "at 11:47 local time": a clock time with no am/pm, morning or evening
    zoned: bool = False  # "at 8:30 a.m. ET": told in a named zone, which the record's local time is not


def read_dates(tokens: tuple[Token, ...], lex: Lexicon | None = None) -> list[DateMention]:
    lex = lex or lexicon()
    out: list[DateMention] = []
    used: set[int] = set()
    n = len(tokens)

    def small_int(k: int, low: int, high: int) -> int | None:
        if 0 <= k < n and tokens[k].low.isdecimal() and low <= int(tokens[k].low) <= high:
            return int(tokens[k].low)
        if 0 <= k < n and _ORDINAL.fullmatch(tokens[k].low):
            value = int(tokens[k].low[:-2])
            return value if low <= value <= high else None
        return None

    # every figure starts with a decimal digit: most sentences have none, and their words are looked up once
    figures = [tok for tok in tokens if tok.low[0].isdecimal()]
    for tok in figures:
        numeric = _numeric_date(tok.low)
        if numeric is not None:
            out.append(DateMention(tok.index, tok.index, *numeric, tok.text))
            used.add(tok.index)
    months = lex.months
    named = [(tok, month) for tok in tokens
             if (month := months.get(tok.low[:-2] if tok.low.endswith("'s") else tok.low)) is not None]
    for tok, month in named:  # "October's meeting" too
        if tok.low in lex.ambiguous_month_words and not tok.text[0].isupper():
            continue
        if tok.index + 2 < n and tokens[tok.index + 1].text == "-" and tokens[tok.index + 1].start == tok.end \
                and tokens[tok.index + 2].text[:1].isalpha() and tokens[tok.index + 2].low not in months:
            continue  # "his Mar-a-Lago club", "May-December": a word the month name is hyphened into
        first = last = tok.index
        day = small_int(tok.index + 1, 1, 31)
        if day is not None and small_int(tok.index + 1, 1000, 2999) is None:
            last = tok.index + 1
        else:
            day = None
            before = small_int(tok.index - 1, 1, 31)
            if before is not None:
                day, first = before, tok.index - 1
            elif tok.index >= 2 and tokens[tok.index - 1].low == "of" and _ORDINAL.fullmatch(tokens[tok.index - 2].low):
                day, first = small_int(tok.index - 2, 1, 31), tok.index - 2  # "the 19th of September"
        k = last + 1
        if k < n and tokens[k].low == ",":
            k += 1
        year = small_int(k, 1000, 2999)
        if year is not None:
            last = k
        if tok.low in lex.ambiguous_month_words and day is None and year is None:
            prev = tokens[tok.index - 1].low if tok.index else ""
            # "at its March meeting", "the May decision": a determiner is never followed by the verb
            if prev not in lex.year_prepositions and (prev not in lex.determiners or prev == "that"):
                continue
        out.append(DateMention(first, last, year, month, day, span_text(tokens, first, last)))
        used.update(range(first, last + 1))
    for tok in figures:
        if tok.index in used or not _YEAR.fullmatch(tok.low):
            continue
        j = tok.index - 1
        while j > 0 and tok.index - j <= 2 and tokens[j].low in lex.year_qualifiers:
            j -= 1  # "by the third quarter of calendar 2026", "in fiscal year 2024"
        prev = tokens[j].low if j >= 0 and tok.index else ""
        nxt = tokens[tok.index + 1].low if tok.index + 1 < n else ""
        # "the 2015 disaster", "its 2022 collapse", "the devastating 2015 tremors": a year before a noun,
        # after a determiner and any adjectives
        k = tok.index - 1
        while k > 0 and tok.index - k <= 2 and k not in used and tokens[k].low not in lex.determiners and (
                "ADJ" in readings(tokens[k].low) or tokens[k].low.endswith(("ing", "ed"))):
            k -= 1
        attributive = k >= 0 and tokens[k].low in lex.determiners and nxt.isalpha() and nxt not in lex.people_nouns
        if nxt == "-" and tok.index + 2 < n and _YEAR.fullmatch(tokens[tok.index + 2].low) \
                and int(tokens[tok.index + 2].low) > int(tok.low) and tokens[tok.index + 2].index not in used \
                and tokens[tok.index + 1].start == tok.end and tokens[tok.index + 2].start == tokens[tok.index + 1].end:
            # "the 2012-2023 Model S", "2014-2023 cars": two years joined by a hyphen are a range of years
            # wherever they stand
            last = tok.index + 2
            out.append(DateMention(tok.index, last, int(tok.low), None, None, span_text(tokens, tok.index, last),
                                   DateMention(last, last, int(tokens[last].low), None, None, tokens[last].text)))
            used.update(range(tok.index, last + 1))
        elif (prev in lex.year_prepositions or prev == "of" or attributive) and nxt == "s":
            if tok.low.endswith("0") and tokens[tok.index + 1].start == tok.end:
                # "in the late 1990s": a decade, any of its years (how early or late is not read)
                first, last = int(tok.low), tok.index + 1
                out.append(DateMention(tok.index, last, first, None, None, span_text(tokens, tok.index, last),
                                       DateMention(tok.index, last, first + 9, None, None, str(first + 9))))
                used.update((tok.index, last))
        elif prev in lex.year_prepositions or prev == "of" or attributive or (
                prev in lex.coordinators and j - 1 in used and _YEAR.fullmatch(tokens[j - 1].low)):
            # (and a year coordinated with one just read: "after the 2015 and 2019 elections")
            month = 12 if tok.index >= 2 and tokens[tok.index - 2].low == "end" else None
            out.append(DateMention(tok.index, tok.index, int(tok.low), month, None, tok.text))
            used.add(tok.index)
    phrases = lex.date_phrases_by_first
    for i in [tok.index for tok in tokens if tok.low in phrases]:
        for words, month in phrases[tokens[i].low]:
            if tuple(t.low for t in tokens[i:i + len(words)]) == words:
                last = i + len(words) - 1
                out.append(DateMention(i, last, None, month, None, span_text(tokens, i, last)))
    if out:
        out = _ranges(tokens, out, lex)
    return out + _times(tokens, lex)


def _numeric_date(low: str) -> tuple[int, int, int] | None:
    """"2023-09-19"; "19/09/2023" only when the day cannot be read as a month (else it is left unread)."""
    m = _ISO_DATE.fullmatch(low)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    m = _NUMERIC_DATE.fullmatch(low)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if 12 < a <= 31 and 1 <= b <= 12:
            return year, b, a
        if 12 < b <= 31 and 1 <= a <= 12:
            return year, a, b
    return None


def _ranges(tokens: tuple[Token, ...], dates: list[DateMention], lex: Lexicon) -> list[DateMention]:
    """Join "4 to 6 March", "March 4-6, 2024", "4 March to 6 March", "between May and July 2023"."""
    n = len(tokens)
    by_first = {d.first: d for d in dates}
    dropped: set[int] = set()
    out: list[DateMention] = []
    for d in sorted(dates, key=lambda d: d.first):
        if d.first in dropped:
            continue
        k = d.last + 1
        word = tokens[k].low if k < n else ""
        between = d.first >= 1 and tokens[d.first - 1].low == "between"
        if (word,) not in lex.date_range_words or (word == "and" and not between):
            out.append(d)
            continue
        other = by_first.get(k + 1)
        if other is not None and other.first not in dropped:  # "4 March to 6 March 2024", "May to July"
            start = d._replace(year=d.year or other.year, month=d.month or other.month)
            out.append(start._replace(last=other.last, text=span_text(tokens, d.first, other.last), end=other))
            dropped.add(other.first)
            continue
        if d.day is not None and k + 1 < n and tokens[k + 1].low.isdecimal() and d.day < int(tokens[k + 1].low) <= 31:
            last = k + 1  # "March 4-6, 2024"
            year = d.year
            j = last + 1
            if j < n and tokens[j].low == ",":
                j += 1
            if year is None and j < n and _YEAR.fullmatch(tokens[j].low):
                year, last = int(tokens[j].low), j
            end = DateMention(k + 1, k + 1, year, d.month, int(tokens[k + 1].low), tokens[k + 1].text)
            out.append(d._replace(year=year, last=last, text=span_text(tokens, d.first, last), end=end))
            continue
        out.append(d)
    # "4 to 6 March 2024", "between 4 and 6 March": a bare day before a date
    joined = []
    for d in out:
        k = d.first - 1
        if d.day is not None and d.end is None and k >= 1 and ((tokens[k].low,) in lex.date_range_words) \
                and tokens[k - 1].low.isdecimal() and 1 <= int(tokens[k - 1].low) < d.day:
            opener = tokens[k - 2].low if k >= 2 else ""
            if tokens[k].low != "and" or opener == "between":
                start = DateMention(k - 1, d.last, d.year, d.month, int(tokens[k - 1].low),
                                    span_text(tokens, k - 1, d.last), end=d)
                joined.append(start)
                continue
        joined.append(d)
    return joined


def _times(tokens: tuple[Token, ...], lex: Lexicon) -> list[DateMention]:
    """"11:47 pm", "23:47", "11.47pm", "9 am", "midnight", with "around" or "just before" making them fuzzy."""
    out = []
    n = len(tokens)
    # a time is a time word or starts with a decimal digit
    words = lex.time_words
    for tok in [tok for tok in tokens if tok.low in words or tok.low[0].isdecimal()]:
        i = tok.index
        hour = minute = None
        last = i
        if tok.low in lex.time_words:
            hour, minute = lex.time_words[tok.low]
        elif tok.low.isdecimal() and int(tok.low) <= 24 and i + 2 < n and tokens[i + 1].low == ":" \
                and len(tokens[i + 2].low) == 2 and tokens[i + 2].low.isdecimal() and int(tokens[i + 2].low) < 60:
            if i + 3 < n and tokens[i + 3].low == ":" and _meridiem(tokens, i + 5, lex) is None:
                continue  # "in 2:00:35": a length in hours, minutes and seconds, no time of day
            hour, minute, last = int(tok.low), int(tokens[i + 2].low), i + 2
        elif _CLOCK.fullmatch(tok.low) or (tok.low.isdecimal() and 1 <= int(tok.low) <= 12):
            if _meridiem(tokens, i + 1, lex) is None or (i and tokens[i - 1].text == ":"):
                continue  # (the minutes of "7:08 p.m." are no hour of their own)
            whole, _, part = tok.low.partition(".")
            hour, minute = int(whole), int(part or 0)
            if hour > 12 or minute >= 60:
                continue
        else:
            continue
        mer = _meridiem(tokens, last + 1, lex)
        if mer is not None:
            length, offset = mer
            if hour is not None and hour <= 12:
                hour = hour % 12 + offset
            last += length
        twelve = mer is None and tok.low not in lex.time_words and hour is not None and 1 <= hour <= 12
        # "felt a strong jolt at midnight" for 23:47: a named time is a round one, within the hour as hedged
        hedged = tok.low in words or phrase_ending(tokens, i - 1, _hedges(lex.time_hedges)) is not None
        # "at 8:30 a.m. ET": another zone's clock than the record's local one, read but never compared
        zoned = last + 1 < n and tokens[last + 1].text in lex.time_zones
        out.append(DateMention(i, last + zoned, None, None, None, span_text(tokens, i, last + zoned), None, hour,
                               minute, hedged, twelve, zoned))
    return out


@lru_cache(maxsize=8)
def _hedges(words: frozenset[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    return {w: "x" for w in words}


def _meridiem(tokens: tuple[Token, ...], k: int, lex: Lexicon) -> tuple[int, int] | None:
    for length in (2, 1):
        words = tuple(t.low for t in tokens[k:k + length])
        if len(words) == length and words in lex.meridiem:
            return length, lex.meridiem[words]
    return None


def compare(value: DateValue, ctx: Context) -> Result:
    if _found_state(ctx.mentions.tokens, ctx.predication.span[0], ctx.lex):
        return None  # "were found dead on Monday": the day they were found, not the day they died
    times = ctx.predication.times
    if not times:
        return _by_weekday(value, ctx)
    # the calendar date and the time of day are judged apart: "at 11:47 p.m. on Friday, November 10" agrees
    # on the time and still gives the wrong day
    verdicts: dict[bool, tuple[bool | None, list[DateMention]]] = {}
    for clock in (False, True):
        found = [(d, _agrees(value, d)) for d in times if (d.hour is not None) == clock]
        agreed = any(r is True for _d, r in found)
        verdicts[clock] = (True if agreed else None, [d for d, r in found if r is False and not agreed])
    compared = [*verdicts[False][1], *verdicts[True][1]]
    if compared:
        return Discrepancy(value.field, describe(value), compared[0].text)
    if all(d.hour is not None for d in times) and (weekday := _weekday_of_time(value, ctx)):
        return weekday  # "just before midnight on Wednesday": the time of day agrees, the day does not
    return True if verdicts[False][0] or verdicts[True][0] else None


def _found_state(tokens: tuple[Token, ...], a: int, lex: Lexicon) -> bool:
    """Whether the event word at ``a`` is a state someone was found in ("found dead", "declared dead"):
    the sentence's date is when it was learned."""
    return a > 0 and tokens[a - 1].low in lex.finding_verbs and tokens[a].low in lex.found_states


def _by_weekday(value: DateValue, ctx: Context) -> Result:
    """A clause dated only by a weekday ("announced on Tuesday morning") against a claim of one recorded day:
    another weekday names another day. Copy dates most events of the week so."""
    found = weekday_named(value, ctx.mentions, ctx.predication, ctx.lex)
    if found is None:
        return None
    same, text = found
    # a weekday that agrees is weak evidence (one day in seven: two rounds of an election both fall on a
    # Sunday), so it confirms nothing; one that differs names another day
    return None if same else Discrepancy(value.field, describe(value), text)


def _weekday_of_time(value: DateValue, ctx: Context) -> Discrepancy | None:
    """The weekday right after a stated time of the event ("at 11:47 p.m. on Thursday", "just before midnight
    Thursday"), when it is not the weekday of the claim's one recorded day: the time dates the event, so its
    day does too, whatever verb stands between."""
    if not (value.year and value.month and value.day) or value.end is not None:
        return None
    tokens = ctx.mentions.tokens
    for d in ctx.predication.times:
        k = d.last + 1
        k += k < len(tokens) and tokens[k].low in _TIME_TO_DAY
        word = tokens[k].low.removesuffix("'s") if k < len(tokens) else ""
        if word in ctx.lex.weekdays and not _opens_date(tokens, k, ctx.lex) \
                and ctx.lex.weekdays.index(word) != datetime.date(value.year, value.month, value.day).weekday():
            return Discrepancy(value.field, describe(value), tokens[k].text)
    return None


_TIME_TO_DAY = frozenset(("on", ","))  # "at midnight on Friday", "at 11:47 p.m., Friday"


def weekday_named(value: DateValue, m: Mentions, p: Predication, lex: Lexicon) -> tuple[bool, str] | None:
    """The first weekday in the event's own clause and whether it is the weekday of the claim's one
    recorded day; None when the claim records no single day or the clause names no weekday."""
    if not (value.year and value.month and value.day) or value.end is not None:
        return None
    tokens, (a, b) = m.tokens, p.span
    if a < 0:
        return None
    for k in range(max(p.lo, 0), min(p.hi + 1, len(tokens))):  # the value window: nothing outside it holds
        tok = tokens[k]
        word = tok.low[:-2] if tok.low.endswith("'s") else tok.low  # "in Sunday's second round"
        if word in lex.weekdays and not _opens_date(tokens, k, lex) \
                and not (k and tokens[k - 1].low in lex.since_words) and not _deadline(tokens, k, lex) \
                and not (word != tok.low and _dates_its_noun(tokens, k, a, lex)) \
                and _dates_event(tokens, k, a, b, lex):
            # ("camping at the site since Saturday morning": where a period starts dates no act)
            day = datetime.date(value.year, value.month, value.day).weekday()
            return lex.weekdays.index(word) == day, tok.text
    return None


def _dates_its_noun(tokens: tuple[Token, ...], k: int, a: int, lex: Lexicon) -> bool:
    """Whether the possessive weekday at ``k`` dates only the noun it owns, a cause named after "from" or
    "after" ("the toll from Saturday's stampede"), and not the event word; "in Thursday's storm" and "a
    premium to Wednesday's close" set the event in that day."""
    return k > 0 and tokens[k - 1].low in lex.cause_prepositions and not k < a <= k + 3


def _deadline(tokens: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """Whether the weekday at ``k`` is a time something must be done by: "by Tuesday", "by the end of the day
    on Tuesday", with no verb between."""
    for j in range(k - 1, max(-1, k - 8), -1):
        word = tokens[j].low
        if word in lex.deadline_prepositions:
            return True
        if word in lex.clause_breaks or (word.isalpha() and "VERB" in readings(word) and "NOUN" not in readings(word)):
            return False
    return False


def _opens_date(tokens: tuple[Token, ...], k: int, lex: Lexicon) -> bool:
    """Whether the weekday at ``k`` starts a full date ("Monday, May 8, 2023", "Friday 3 November"): the date
    says the day, whether or not it is read as the event's (a page's date stamp is not)."""
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low == ",")
    return j < len(tokens) and (tokens[j].low in lex.months or tokens[j].low[:1].isdigit())


def _dates_event(tokens: tuple[Token, ...], k: int, a: int, b: int, lex: Lexicon) -> bool:
    """Whether the weekday at ``k`` dates the event at ``a``..``b``: the first verb before it is the event's
    ("reopened on Tuesday"), or none is before the start of its clause and the event comes after it ("On
    Tuesday, the Dow rose", "after the FAA on Wednesday approved"). A weekday after another verb is that
    verb's ("the quake that struck on Friday night, the prime minister visited ...", "said on Saturday that
    it had grounded ...")."""
    for j in range(k - 1, -1, -1):
        if a <= j <= b:
            # "to say more about the verdict Friday morning": a noun another verb speaks about is dated by
            # that verb, not the weekday after it
            first = a - 1 - (a >= 2 and tokens[a - 1].low in lex.determiners)
            return not (first >= 0 and tokens[first].low in lex.topic_prepositions
                        and "NOUN" in readings(tokens[a].low))
        if tokens[j].low in lex.clause_breaks:
            break  # the weekday opens its clause: it dates an event after it
        if tokens[j].low.isalpha() and "VERB" in readings(tokens[j].low) and "NOUN" not in readings(tokens[j].low):
            return False
    # "investigators on Wednesday probed a collision ...": a verb between the weekday and an event noun is
    # the one the weekday dates
    return k < a and not ("NOUN" in readings(tokens[a].low) and any(
        t.low.isalpha() and readings(t.low).keys() == {"VERB"} for t in tokens[k + 1:a]))


def _agrees(value: DateValue, d: DateMention) -> bool | None:
    """True: the mention says the record's date; False: another date; None: it shares no part with it."""
    if d.hour is not None or d.minute is not None:
        return _same_time(value, d)
    if not _shares(value.year, value.month, value.day, d):
        return None
    end = value.end
    if d.end is not None:  # a stated range
        if end is not None:
            return _within(value.year, value.month, value.day, d) and _within(
                end.year or value.year, end.month or value.month, end.day, d.end)
        stated_end = d.end
        lo = (d.year or value.year or 0, d.month or value.month or 1, d.day or 1)
        hi = (stated_end.year or d.year or value.year or 0, stated_end.month or d.month or value.month or 12,
              stated_end.day or 31)
        return None if lo <= _key(value.year, value.month, value.day, d) <= hi else False
    if _within(value.year, value.month, value.day, d):
        return True
    return end is not None and (_within(end.year, end.month, end.day, d) or _between(value, end, d))


def _shares(year: int | None, month: int | None, day: int | None, d: DateMention) -> bool:
    return any(x is not None and y is not None for x, y in ((year, d.year), (month, d.month), (day, d.day)))


def _within(year: int | None, month: int | None, day: int | None, d: DateMention) -> bool:
    pairs = ((year, d.year), (month, d.month), (day, d.day))
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and y is not None for x, y in pairs)


def _between(value: DateValue, end: DatePoint, d: DateMention) -> bool:
    """A date inside a claimed range ("4 to 6 March": 5 March agrees)."""
    if d.year is None and value.year is not None and end.year not in (None, value.year):
        return False
    lo = (value.year or d.year or 0, value.month or 1, value.day or 1)
    hi = (end.year or value.year or d.year or 0, end.month or value.month or 12, end.day or 31)
    point = (d.year or lo[0], d.month or lo[1], d.day or lo[2])
    return lo <= point <= hi


def _key(year: int | None, month: int | None, day: int | None, d: DateMention) -> tuple[int, int, int]:
    return (year or d.year or 0, month or d.month or 1, day or d.day or 1)


def _same_time(value: DateValue, d: DateMention) -> bool | None:
    if value.hour is None or d.hour is None or d.zoned:
        return None
    recorded = value.hour * 60 + (value.minute or 0)
    hours = (d.hour, d.hour % 12 + 12) if d.twelve else (d.hour,)  # "11:47" may be 23:47
    gap = min(min(abs(h * 60 + (d.minute or 0) - recorded), 24 * 60 - abs(h * 60 + (d.minute or 0) - recorded))
              for h in hours)
    if d.fuzzy or d.minute is None or value.minute is None:
        return gap <= 60
    if d.minute % 15 == 0 and value.minute % 15 and gap < 15:
        return None  # "took off at 10.30 am" for 10:33: copy gives a time to the quarter hour, consistent with it
    return gap == 0


def describe(value: DateValue, day: Callable[[int | None, int | None, int | None], str] = describe_date) -> str:
    """"4 March 2024", "4 March 2024 to 6 March 2024", "3 November 2023 23:47"; ``day`` may write each day
    another way (``validate --explain`` writes them as the record does: "2024-03-04")."""
    text = day(value.year, value.month, value.day)
    if value.end is not None:
        text += " to " + day(value.end.year, value.end.month, value.end.day)
    if value.hour is not None:
        text += f" {value.hour:02d}:{value.minute or 0:02d}"
    return text


def _dt(**fields: object) -> dict[str, object]:
    return {"kind": "date", **fields}


_MARCH_4_6 = _dt(year=2024, month=3, day=4, end={"year": 2024, "month": 3, "day": 6})

EXAMPLES = (
    Example("The port reopened on 19 September 2023.", _dt(year=2023, month=9, day=19), "confirm"),
    # a month name hyphened into a word is no date; one hyphened to another month is a range
    Example("The port reopened, and its chief flew to Mar-a-Lago.", _dt(year=2023, month=9, day=19), "none",
            event="reopened"),
    Example("The port reopened in Mar. 2023.", _dt(year=2023, month=9, day=19), "conflict", event="reopened"),
    # a year coordinated with one just read is read too ("the 2015 and 2019 elections")
    Example("The port reopened, as after the 2015 and 2019 storms.", _dt(year=2019), "confirm", event="storms"),
    Example("The port reopened between October-November 2023.", _dt(year=2023, month=9, day=19), "conflict",
            event="reopened"),
    # a time to the quarter hour against a record's minute within it: the copy's rounding
    Example("The jet took off at 10.30 am.", _dt(year=2023, month=1, day=15, hour=10, minute=33), "none"),
    Example("The jet took off at 10:33 am.", _dt(year=2023, month=1, day=15, hour=10, minute=33), "confirm"),
    Example("The jet took off at 10:40 am.", _dt(year=2023, month=1, day=15, hour=10, minute=33), "conflict"),
    Example("The jet took off at 10.30 am.", _dt(year=2023, month=1, day=15, hour=10, minute=50), "conflict"),
    # a weekday alone, in the event's own clause, against one recorded day (19 September 2023 was a Tuesday)
    Example("The port reopened on Tuesday.", _dt(year=2023, month=9, day=19), "none", event="reopened"),
    # a state found later is dated by the finding: "found dead on Monday" after a death on Sunday
    Example("Eleven climbers were found dead on Monday.", _dt(year=2023, month=12, day=3), "none", event="dead"),
    Example("Eleven climbers were found dead on 4 December 2023.", _dt(year=2023, month=12, day=3), "none",
            event="dead"),
    Example("Eleven climbers were dead on 4 December 2023.", _dt(year=2023, month=12, day=3), "conflict",
            event="dead"),
    Example("He was found guilty on 4 December 2023.", _dt(year=2023, month=12, day=3), "conflict",
            event="guilty"),
    Example("The port reopened on Thursday morning.", _dt(year=2023, month=9, day=19), "conflict",
            event="reopened"),
    Example("The port reopened on Thursday.", _dt(year=2023, month=9), "none", event="reopened"),
    Example("The toll from Thursday's storm rose after the port reopened.", _dt(year=2023, month=9, day=19),
            "none", event="reopened"),
    Example("The port reopened in Thursday's storm.", _dt(year=2023, month=9, day=19), "conflict",
            event="reopened"),
    Example("In response to the storm that struck on Thursday night, the mayor reopened the port.",
            _dt(year=2023, month=9, day=19), "none", event="reopened"),
    Example("On Thursday, the port reopened.", _dt(year=2023, month=9, day=19), "conflict", event="reopened"),
    Example("The mayor said on Thursday that the port had reopened.", _dt(year=2023, month=9, day=19), "none",
            event="reopened"),
    # a noun another verb speaks about is dated by that verb
    Example("The mayor will say more about the reopening Thursday morning.", _dt(year=2023, month=9, day=19),
            "none", event="reopening"),
    Example("The mayor spoke on the reopening Thursday.", _dt(year=2023, month=9, day=19), "none",
            event="reopening"),
    Example("The mayor ordered the reopening Thursday morning.", _dt(year=2023, month=9, day=19), "conflict",
            event="reopening"),
    # a verb between the weekday and the event noun is the one the weekday dates
    Example("Inspectors on Thursday examined the reopening of the port.", _dt(year=2023, month=9, day=19), "none",
            event="reopening"),
    Example("On Thursday the reopening of the port went ahead.", _dt(year=2023, month=9, day=19), "conflict",
            event="reopening"),
    # a time something must be done by is no time it was done
    Example("The port will reopen by the end of the day on Thursday.", _dt(year=2023, month=9, day=19), "none",
            event="reopen"),
    Example("The port must reopen by Thursday.", _dt(year=2023, month=9, day=19), "none", event="reopen"),
    Example("The port will reopen at the end of the day on Thursday.", _dt(year=2023, month=9, day=19),
            "conflict", event="reopen"),
    # where a period starts dates no act
    Example("The mayor, at the port since Thursday morning, reopened it.", _dt(year=2023, month=9, day=19),
            "none", event="reopened"),
    Example("The port, shut since Thursday, reopened.", _dt(year=2023, month=9, day=19), "none", event="reopened"),
    Example("The mayor, at the port on Thursday morning, reopened it.", _dt(year=2023, month=9, day=19),
            "conflict", event="reopened"),
    # a year before a noun, after a determiner and adjectives, dates the noun's event
    Example("The devastating 2015 tremors killed 9,000.", _dt(year=2015), "confirm"),
    # a decade stands for any of its years: it neither confirms one nor conflicts with it
    Example("Acme bought Mobil in the late 1990s.", _dt(year=1998), "none"),
    Example("Acme bought Mobil in the 1990s.", _dt(year=2003), "conflict"),
    Example("The 1990s merger made Acme the largest oil firm.", _dt(year=2001), "conflict"),
    # two years joined by a hyphen are a range wherever they stand ("the 2012-2023 Model S")
    Example("The recall covers 2012-2023 cars.", _dt(year=2012, end={"year": 2023}), "confirm"),
    Example("The recall covers 2014-2023 cars.", _dt(year=2012, end={"year": 2023}), "conflict"),
    Example("The recall covers the 2012-2020 models.", _dt(year=2012, end={"year": 2023}), "conflict"),
    Example("The devastating 2015 tremors killed 9,000.", _dt(year=2023), "conflict"),
    # a year after "calendar", "fiscal": "by the third quarter of calendar 2024"
    Example("The deal should close by the third quarter of calendar 2026.", _dt(year=2024), "conflict"),
    Example("The deal should close by the third quarter of calendar 2024.", _dt(year=2024), "confirm"),
    Example("Sales rose in fiscal year 2023.", _dt(year=2023), "confirm"),
    Example("The port reopened on September 19, 2023.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened on Sept. 19.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened on the 19th of September.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened on 2023-09-19.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened on 2023-09-21.", _dt(year=2023, month=9, day=19), "conflict"),
    Example("The port reopened on 19/09/2023.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened on 21 September 2023.", _dt(year=2023, month=9, day=19), "conflict"),
    Example("The port reopened in September.", _dt(year=2023, month=9, day=19), "confirm"),
    Example("The port reopened in October.", _dt(year=2023, month=9), "conflict"),
    Example("The port reopened in 2023.", _dt(year=2023, month=9), "confirm"),
    Example("The port reopened in 2022.", _dt(year=2023, month=9), "conflict"),
    # a date that shares no part with the record says nothing of it
    Example("The quake in 2015 was followed by an aftershock on May 12.", _dt(year=2015), "confirm"),
    Example("An aftershock followed on May 12.", _dt(year=2015), "none"),
    # ranges in the record
    Example("Dockers struck from 4 to 6 March 2024.", _MARCH_4_6, "confirm"),
    Example("Dockers struck on 5 March 2024.", _MARCH_4_6, "confirm"),
    Example("Dockers struck on 9 March 2024.", _MARCH_4_6, "conflict"),
    Example("Dockers struck on March 4-6, 2024.", _MARCH_4_6, "confirm"),
    Example("Dockers struck from 4 to 7 March 2024.", _MARCH_4_6, "conflict"),
    Example("The strike ended on 5 March 2024.",
            _dt(year=2024, month=3, day=4, end={"year": 2024, "month": 3, "day": 5}), "confirm"),
    # ranges in the text
    Example("Talks ran between 4 and 6 March.", _dt(year=2024, month=3, day=5), "none"),
    Example("Talks ran between 4 and 6 March.", _dt(year=2024, month=3, day=9), "conflict"),
    Example("Talks ran from May to July 2023.", _dt(year=2023, month=5, end={"year": 2023, "month": 7}), "confirm"),
    # times of day
    Example("The quake struck at 11:47 pm on 3 November.", _dt(year=2023, month=11, day=3, hour=23, minute=47),
            "confirm"),
    Example("The quake struck at 23:47.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "confirm"),
    Example("The quake struck at 11:47 pm on 10 November.", _dt(year=2023, month=11, day=3, hour=23, minute=47),
            "conflict"),
    Example("Aliyev skipped September's meeting.", _dt(year=2023, month=10), "conflict"),
    Example("Aliyev skipped October's meeting.", _dt(year=2023, month=10), "confirm"),
    # "May" and "March" are months after a determiner, never the verb
    Example("The bank held rates at its May meeting.", _dt(year=2023, month=6), "conflict"),
    Example("The bank held rates at the March meeting.", _dt(year=2023, month=3), "confirm"),
    Example("The bank held rates and may act later.", _dt(year=2023, month=3), "none"),
    Example("The quake struck at 11:47 local time.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "confirm"),
    Example("The quake struck at 10:47 local time.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "conflict"),
    Example("The quake struck at 11:47 am.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "conflict"),
    Example("The quake struck at 10:47 pm.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "conflict"),
    Example("The quake struck just before midnight.", _dt(year=2023, month=11, day=3, hour=23, minute=47),
            "confirm"),
    Example("The quake struck around noon.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "conflict"),
    # the weekday right after the event's time dates it (3 November 2023 was a Friday)
    Example("The quake struck just before midnight on Wednesday.",
            _dt(year=2023, month=11, day=3, hour=23, minute=47), "conflict"),
    Example("The quake struck at 11:47 p.m. Thursday.", _dt(year=2023, month=11, day=3, hour=23, minute=47),
            "conflict"),
    Example("The quake struck just before midnight on Friday.",
            _dt(year=2023, month=11, day=3, hour=23, minute=47), "confirm"),
    Example("People felt a strong jolt at midnight.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "confirm"),
    Example("The quake struck at noon.", _dt(year=2023, month=11, day=3, hour=10, minute=30), "conflict"),
    Example("The quake struck at 11:47 pm.", _dt(year=2023, month=11, day=3), "none"),
    # the minutes of a clock are no hour of their own: "At 7:08 p.m." is never "8 p.m." (a clock that opens the
    # sentence is not read as the event's time: its colon ends the clause the analysis looks in)
    Example("At 7:08 p.m., more calls came in.", _dt(year=2023, month=10, day=25, hour=19, minute=8), "none",
            event="came"),
    Example("More calls came in at 7:08 p.m.", _dt(year=2023, month=10, day=25, hour=20, minute=0), "conflict",
            event="came"),
    Example("More calls came in at 7:08 p.m.", _dt(year=2023, month=10, day=25, hour=19, minute=8), "confirm",
            event="came"),
    # a clock in a named zone is not the record's local time, and is never compared with it
    Example("The quake struck at 6:02 pm GMT.", _dt(year=2023, month=11, day=3, hour=23, minute=47), "none"),
    Example("The lander touched down at about 8:30 a.m. ET.", _dt(year=2023, month=8, day=23, hour=18, minute=4),
            "none"),
    Example("The lander touched down at about 8:30 a.m.", _dt(year=2023, month=8, day=23, hour=18, minute=4),
            "conflict"),
)

KIND = Kind("date", compare, EXAMPLES, identity=True)
