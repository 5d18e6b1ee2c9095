"""When a document says it was published: a line of nothing but a date ("22 June 2023, 12:02 | Updated:
22 June 2023, 12:20", "Published 4 November 2023").

A report cannot be held to facts recorded after it was written: a June article's "13th rise in a row" is
no error against August's 14th, nor an early "toll rises to 143" against the toll published the day
after. Only a line that is all date counts; a date inside a sentence is the event's, not the document's.
"""

from __future__ import annotations

import datetime as _dt

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
