"""When a document says it was published: a line of nothing but a date ("22 June 2023, 12:02 | Updated:
22 June 2023, 12:20", "Published 4 November 2023").

A report cannot be held to facts recorded after it was written: a June article's "13th rise in a row" is
no error against August's 14th, nor an early "toll rises to 143" against the toll published the day
after. Only a line that is all date counts; a date inside a sentence is the event's, not the document's.
"""

from __future__ import annotations

import datetime as _dt

from factcheck.keywords import readings
from factcheck.kinds.date import DateMention
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions

LOOK = 8  # a date line sits in the first lines, under the headline and byline


def date_line(m: Mentions, lex: Lexicon) -> _dt.date | None:
    """The earliest full date of a line that holds only dates, times and the pack's date-line words."""
    covered = {k for d in m.dates for k in range(d.first, d.last + 1)}
    for t in m.tokens:
        if t.index in covered or not t.low.isalnum() or t.low in lex.date_line_words or t.low.isdecimal():
            continue
        return None
    days = []
    for d in m.dates:
        if d.year and d.month and d.day:
            try:
                days.append(_dt.date(d.year, d.month, d.day))
            except ValueError:
                continue
    return min(days, default=None)


def date_stamp(m: Mentions, lex: Lexicon) -> DateMention | None:
    """A full date fused into a line of page furniture, the document's own date: right after a word that is
    no preposition and no verb, and followed by nothing or a capitalised word ("ABCNews logo Wednesday,
    January 17, 2024 Alaska Airlines passengers sue ...", "Workspan Daily December 08, 2023", "date
    2024-01-08 The passengers ..."). A date an event is given ("on January 5, 2024") is none."""
    tokens = m.tokens
    for d in m.dates:
        if not (d.year and d.month and d.day) or d.first == 0 or d.end is not None:
            continue
        k = d.first - 1
        if tokens[k].low == "," and k > 0 and tokens[k - 1].low in lex.calendar_words:
            k -= 2  # "logo Wednesday, January 17, 2024"
        if k < 0:
            continue
        before = tokens[k]
        verb = "VERB" in readings(before.low) and not before.text[:1].isupper() and before.low != "date"
        if verb or not before.low.isalpha() or before.low in lex.location_prepositions \
                or before.low in lex.year_prepositions or before.low in lex.date_line_words \
                or before.low in lex.determiners:
            continue
        nxt = d.last + 1
        if nxt < len(tokens) and not (tokens[nxt].text[:1].isupper() and tokens[nxt].text.isalpha()):
            continue
        return d
    return None
