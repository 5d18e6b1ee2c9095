"""Sentence splitting that survives abbreviations, initials, quotes, ellipses and datelines.

A full stop is only a candidate sentence end: what stands before it and what follows it decide. The
words that take part in that decision are data, so an editor can extend them without touching code.
Both files live in ``factcheck/data/`` and hold one JSON object whose values are lists of strings; every
entry is written as it appears in text, without its final period ("U.S" for "U.S.").

``abbreviations.json``
    ``never_final``: words after which a period never ends a sentence because a name or an example
    always follows: titles ("Mr", "Gen", "St"), "vs", "e.g", "i.e".
    ``before_number``: words whose period does not end a sentence when a number follows: months
    ("Dec. 26", "Sept. 19") and numbering words ("No. 10").
    ``acronyms``: dotted forms that often end a sentence and as often modify the next word ("U.S",
    "Inc", "Jr"); their period ends a sentence only when a usual sentence opener follows. Single capital
    initials ("J. Smith") and chains of them ("J.R.R") get the same treatment without being listed.

``segment_starters.json``
    ``starters``: capitalised words that commonly open a sentence ("The", "He", "But"). They tell "in the
    U.S. The talks" (two sentences) from "the U.S. State Department" (one).

Rules that need no list: a period followed by a lowercase word never ends a sentence ("etc. and",
"p.m. on"), so "etc." ends one only before a capital; "?" and "!" end a sentence unless lowercase
follows; an ellipsis ends one only before a sentence opener; a period inside a number ("1.5") is no
candidate because no space follows; closing quotes and brackets after the mark stay with the sentence
that ends there. A blank line always ends a sentence. Datelines ("PARIS, Dec. 26 —") need no special case:
"Dec." before a number does not split, and dashes never do.

Every step looks at each character a bounded number of times, so the cost is linear in the input.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Lexicon", "default_lexicon", "split_sentences"]

# A run of end marks, then any closing quotes or brackets. No lookahead, so no backtracking.
_GLUED = re.compile(r"(?<=[a-z]{3})([A-Z][a-z]*)(?=[ \t])")
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = re.compile(r"\s*")
_OPENERS = "\"'“‘«([¿¡"
_CLOSERS = "\"'”’»)]"
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_WORD = re.compile(r"\w+")
_MAX_ABBREVIATION = 24  # longest token looked at before a period; longer ones are never abbreviations


# A named tuple, not a dataclass: every check imports this module, and a dataclass compiles its methods
# at import (0.3 ms or more a class) where a named tuple compiles one.


class Lexicon(NamedTuple):
    """The word lists that decide whether a period ends a sentence (see the module docstring)."""

    never_final: frozenset[str]
    before_number: frozenset[str]
    acronyms: frozenset[str]
    starters: frozenset[str]


def _data(name: str) -> dict[str, list[str]]:
    raw = resources.files("factcheck").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, list[str]] = json.loads(raw)
    return loaded


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lists, read once: splitting is called per paragraph and must not reread files."""
    abbreviations = _data("abbreviations.json")
    return Lexicon(
        never_final=frozenset(abbreviations["never_final"]),
        before_number=frozenset(abbreviations["before_number"]),
        acronyms=frozenset(abbreviations["acronyms"]),
        starters=frozenset(_data("segment_starters.json")["starters"]),
    )


def split_sentences(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, each trimmed of surrounding whitespace."""
    lex = lexicon or default_lexicon()
    spans: list[tuple[int, int]] = []
    start = 0
    for blank in _BLANK_LINE.finditer(text):
        _split_block(text, start, blank.start(), lex, spans)
        start = blank.end()
    _split_block(text, start, len(text), lex, spans)
    return spans


def _split_block(text: str, lo: int, hi: int, lex: Lexicon, spans: list[tuple[int, int]]) -> None:
    """Split ``text[lo:hi]`` (no blank lines inside) and append the trimmed, non-empty spans."""
    for glue in _GLUED.finditer(text, lo, hi):
        # "... third layoff round this yearIt currently has 601 million users": a headline run into the
        # text after it, with no space, ends where a sentence starter begins inside a lowercase word
        if glue.group(1) in lex.starters:
            _split_marks(text, lo, glue.start(1), lex, spans)
            lo = glue.start(1)
    _split_marks(text, lo, hi, lex, spans)


def _split_marks(text: str, lo: int, hi: int, lex: Lexicon, spans: list[tuple[int, int]]) -> None:
    begin = lo
    for match in _CANDIDATE.finditer(text, lo, hi):
        end = match.end()
        if end < hi and not text[end].isspace():
            if _glued(text, match, hi, lex):
                # "(October 2).It is one of the world's worst": copy pasted without the space
                _append_trimmed(text, begin, end, spans)
                begin = end
            continue  # "1.5", "U.S.-led", "Yahoo!Inc": a mark inside a token
        if _ends_sentence(text, match, hi, lex):
            _append_trimmed(text, begin, end, spans)
            begin = end
    _append_trimmed(text, begin, hi, spans)


def _glued(text: str, match: re.Match[str], hi: int, lex: Lexicon) -> bool:
    """Whether a full stop with no space after it still ends a sentence: a word of three lowercase letters
    or a closing bracket before it, and after it a sentence starter ("disasters.The tragedy") or a
    capitalised word of four letters or more ("Surabaya.East Java police"); "Yahoo.Com" stays one token."""
    before = text[max(0, match.start() - 3):match.start()]
    if match.group() != "." or (not (before.isalpha() and before.islower()) and not before.endswith(")")):
        return False
    word = _WORD.match(text, match.end(), hi)
    return word is not None and word.group()[:1].isupper() and word.group()[1:].islower() \
        and (word.group() in lex.starters or len(word.group()) >= 4)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _ends_sentence(text: str, match: re.Match[str], hi: int, lex: Lexicon) -> bool:
    """Decide one candidate from the token before the mark and the first word after it."""
    following = _SPACE.match(text, match.end(), hi)
    nxt = following.end() if following else match.end()
    while nxt < hi and text[nxt] in _OPENERS:
        nxt += 1
    if nxt >= hi:
        return True  # end of the block
    first = text[nxt]
    if first.islower():
        return False  # '"Why?" he asked', "etc. and", "p.m. on"
    marks = match.group().rstrip(_CLOSERS)
    if "?" in marks or "!" in marks:
        return True
    word_match = _WORD.match(text, nxt, hi)
    next_word = word_match.group() if word_match else ""
    if len(marks) > 1 or "…" in marks:
        return next_word in lex.starters  # "He paused... Then" ends; "the minister... France" does not
    if len(match.group()) > len(marks):
        return True  # a closing quote or bracket after the period: the quoted sentence is over
    token = _token_before(text, match.start())
    if token in lex.never_final:
        return False
    if first.isdigit() and token in lex.before_number:
        return False
    if token in lex.acronyms or _INITIALS.fullmatch(token):
        return next_word in lex.starters
    return True


def _token_before(text: str, end: int) -> str:
    """The non-space run that ends at ``end``, without opening punctuation; bounded so scans stay linear."""
    start = end
    limit = max(0, end - _MAX_ABBREVIATION)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    if start == limit and limit > 0 and not text[limit - 1].isspace():
        return ""  # longer than any abbreviation
    return text[start:end].lstrip(_OPENERS)
