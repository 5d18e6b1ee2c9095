"""Tokens and the figures written in them: what every value kind reads before it reads its own words.

A figure is read once, here, with everything that changes its size ("2.5 million", "1.9 lakh crore",
"six and a half", "6-1/2", "10³") and the ranges copy writes ("40 to 50", "between 63 and 78"). The kinds
then say what the figure measures: a count of a noun, an amount in a unit, a length of time, a date.
Hedges ("at least", "nearly", "at most") are read where the value ends, so a kind asks for them around
its own span (a currency sign or a unit may stand between the hedge and the digits).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple, TypeVar

from text_to_num import text2num

from factcheck.lexicon import Lexicon, lexicon

_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ",
                             "\u202f": " ", "\u2212": "-"})
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Superscript digits are tokens of their own (footnote marks, powers): they are digits to Unicode but not
# to float(), so they must never reach the number reader as part of a word or a figure. Words come first:
# they are most tokens, and no other branch can match where a word starts.
_TOKEN_SOURCE = (
    rf"[^\W\d_{_SUPER}]+(?:'[^\W\d_{_SUPER}]+)*"
    r"|\d{4}-\d{2}-\d{2}(?![\d-])"  # ISO date
    r"|\d{1,2}/\d{1,2}/\d{4}(?![\d/])"  # 19/09/2023
    r"|\d+/\d+(?![\d/])"  # a fraction: 6-1/2
    r"|\d{1,2}(?:st|nd|rd|th)\b"
    r"|\d+(?:,\d{3})*(?:\.\d+)?"
    rf"|[{_SUPER}]+"
    r"|[-,;:()\"%$€£¥₹/]"
)
# On text of ASCII characters alone the pattern matches the same under ASCII rules, which test faster.
_TOKEN_ASCII = re.compile(_TOKEN_SOURCE, re.ASCII)


@cache
def _unicode_tokens() -> re.Pattern[str]:
    """The token pattern under Unicode rules, compiled the first time a sentence is not all ASCII: a check
    of copy in ASCII alone never needs it, and it takes 0.4 ms to compile."""
    return re.compile(_TOKEN_SOURCE)

V = TypeVar("V")
_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)/(\d+)")


def normalise(text: str) -> str:
    """Same length as ``text``, typographic quotes and dashes made plain, so offsets stay valid."""
    return text.translate(_TYPOGRAPHY)


class Token(NamedTuple):
    """One word, figure or sign of a sentence: its place, its offsets, its text and its text lower-cased.

    A named tuple rather than a data class: a sentence makes dozens, and a tuple is the cheapest to build.
    The field ``index`` hides the tuple method of that name, which nothing calls on a token.
    """

    index: int  # type: ignore[assignment]
    start: int
    end: int
    text: str
    low: str


class Number(NamedTuple):
    """A figure at tokens ``first``..``last`` (inclusive); a range ("40 to 50") has its upper end in ``high``."""

    first: int
    last: int
    value: float
    text: str
    high: float | None = None
    places: int = 0  # decimal places as written, scaled: "2.5 million" is precise to 100,000
    ordinal: bool = False  # "the 11th increase", "its third round": counts the noun right after it only
    share: bool = False  # "a quarter of a", "half a": a fraction of the unit after it

    @property
    def precision(self) -> float:
        """Half a unit of the last written digit: how far a figure converted from it may stray."""
        return 0.5 * 10.0 ** (-self.places)


def tokenize(text: str) -> tuple[Token, ...]:
    new = _new_tuple  # a named tuple built without its generated ``__new__``: the cheapest way to make one
    low = text.lower()
    # Lower-casing maps each character on its own, except that it may lengthen one ("İ") and that a capital
    # sigma lowers by its context: then each token is lowered alone, otherwise cut from the lowered text.
    if len(low) != len(text) or "Σ" in text:
        return tuple(new(Token, (i, m.start(), m.end(), m.group(), m.group().lower()))
                     for i, m in enumerate(_unicode_tokens().finditer(text)))
    out = []
    for i, m in enumerate((_TOKEN_ASCII if text.isascii() else _unicode_tokens()).finditer(text)):
        start, end = m.span()
        out.append(new(Token, (i, start, end, text[start:end], low[start:end])))
    return tuple(out)


_new_tuple = tuple.__new__


def possessive(t: Token, text: str) -> bool:
    """"the firm's", "the candidates'": a word that owns what follows (the sentence's text is normalised, so
    only the plain apostrophe occurs)."""
    return t.low.endswith("'s") or text[t.end:t.end + 1] == "'"


def span_text(tokens: tuple[Token, ...], i: int, j: int) -> str:
    """The words from token i to token j as written (tokens carry their own text and offsets)."""
    parts = [tokens[i].text]
    for k in range(i + 1, j + 1):
        parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return "".join(parts)


def figure(low: str) -> bool:
    """A token that is a plain figure ("1,200", "6.4"): never a date, fraction or superscript."""
    return _FIGURE.fullmatch(low) is not None


def adjacent(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """Tokens i and j touch, with no space between ("$8", "8bn", "US$")."""
    return 0 <= i < len(tokens) and 0 <= j < len(tokens) and tokens[i].end == tokens[j].start


def phrase_at(tokens: tuple[Token, ...], i: int, table: Mapping[str, tuple[tuple[tuple[str, ...], V], ...]]
              ) -> tuple[int, V] | None:
    """The longest phrase of ``table`` (indexed by first word) starting at token i."""
    if not 0 <= i < len(tokens):
        return None
    for words, value in table.get(tokens[i].low, ()):
        n = len(words)
        if tuple(t.low for t in tokens[i:i + n]) == words:
            return n, value
    return None


def phrase_ending(tokens: tuple[Token, ...], last: int, table: Mapping[tuple[str, ...], V],
                  longest: int = 3) -> tuple[int, V] | None:
    """The longest phrase of ``table`` whose last word is token ``last``: (its first token, its value)."""
    for n in range(longest, 0, -1):
        if last - n + 1 >= 0:
            words = tuple(t.low for t in tokens[last - n + 1:last + 1])
            if words in table:
                return last - n + 1, table[words]
    return None


def hedge(tokens: tuple[Token, ...], first: int, last: int | None = None, lex: Lexicon | None = None) -> str:
    """How a value at tokens first..last is hedged: "exact", "approx", "below", "min", "over", "max", "under".

    Read before the value ("at least 128", "nearly 9,000") and, given its ``last`` token, after it ("six
    and a half years at most").
    """
    lex = lex or lexicon()
    before = phrase_ending(tokens, first - 1, lex.value_bounds)
    if before is None and first >= 2 and tokens[first - 1].low in lex.indefinite_articles:
        before = phrase_ending(tokens, first - 2, lex.value_bounds)  # "close to a 7% premium"
    if before is not None:
        return before[1]
    if first >= 2 and tokens[first - 1].low == "(":
        # "more than 2,100 acres (850 hectares)": the figure in brackets restates the one before it in
        # other units, and is hedged as that one is
        k = first - 2
        while k >= 0 and first - k <= 5 and not tokens[k].low[:1].isdecimal():
            k -= 1
        while k > 0 and tokens[k - 1].low[:1].isdecimal():
            k -= 1
        if k >= 0 and first - k <= 6 and tokens[k].low[:1].isdecimal() and tokens[k - 1].low != "(":
            return hedge(tokens, k, None, lex)
    after = phrase_at(tokens, last + 1, lex.value_bounds_after_by_first) if last is not None else None
    return after[1] if after is not None else "exact"


_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
_ORDINAL_WORD_ENDINGS = ("th", "rd", "st", "nd")  # "third", "eleventh": ordinal number phrases


def _camel(word: str) -> bool:
    """A word in mixed case past its first letter ("andMe", "eBay"), as brand names are written."""
    return word.isalpha() and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _stray_space_group(tokens: tuple[Token, ...], last: int) -> bool:
    """Whether the figure ending at ``last`` goes on after ", " with a group of three digits: either it is
    itself grouped ("24,025, 940") or the group after it is ("8, 794,726"). A figure of one to three digits
    before a lone three-digit group ("in 3, 500 were hurt") is two figures."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != "," or tokens[last + 1].start != tokens[last].end \
            or tokens[last + 2].start != tokens[last + 1].end + 1:
        return False
    before, after = tokens[last].low, tokens[last + 2].low
    groups = after.split(",")
    if not all(len(g) == 3 and g.isdecimal() for g in groups) or not before.replace(",", "").isdecimal():
        return False
    head = before.split(",")
    well_grouped = 1 <= len(head[0]) <= 3 and all(len(g) == 3 for g in head[1:])
    return well_grouped and (len(head) > 1 or len(groups) > 1)


def read_numbers(tokens: tuple[Token, ...], lex: Lexicon | None = None) -> list[Number]:
    """Every figure of a sentence, in order, ranges joined, in the words of ``lex``'s language."""
    lex = lex or lexicon()
    out: list[Number] = []
    n = len(tokens)
    phrases = lex.number_phrases_by_first
    # the words a figure may start with, so that a sentence without any costs one pass over its words
    starts = lex.number_starts
    i = next((tok.index for tok in tokens if tok.low in starts or tok.low[0].isdecimal()), n)
    while i < n:
        tok = tokens[i]
        if not (tok.low in starts or tok.low[0].isdecimal()):
            i += 1
            continue
        share = _unit_fraction(tokens, i, lex)
        if share is not None:
            out.append(share)
            i = share.last + 1
            continue
        phrase = phrase_at(tokens, i, phrases) if tok.low in phrases else None
        if phrase:
            length, value = phrase
            if value is not None:
                out.append(Number(i, i + length - 1, float(value), span_text(tokens, i, i + length - 1),
                                  ordinal=tok.low.endswith(_ORDINAL_WORD_ENDINGS) and length == 1))
            i += length
            continue
        if tok.low[0].isdecimal() and tok.low.endswith(_ORDINAL_ENDINGS) and tok.low[:-2].isdecimal():
            out.append(Number(i, i, float(tok.low[:-2]), tok.text, ordinal=True))  # "its 13th straight advance"
            i += 1
            continue
        if tok.low[0].isdecimal() and i and tokens[i - 1].end == tok.start and tokens[i - 1].text[-1:].isalpha():
            i += 1  # "Q4", "G7", "H1": a figure run into letters is part of a code, not a count
            continue
        if tok.low[0].isdecimal() and i + 1 < n and tokens[i + 1].start == tok.end and _camel(tokens[i + 1].text):
            i += 1  # "23andMe": a figure run into a word in mixed case is part of a name
            continue
        if tok.low[0].isdecimal() and figure(tok.low):
            value = float(tok.low.replace(",", ""))
            places = len(tok.low.partition(".")[2])
            last = i
            while _stray_space_group(tokens, last):
                # "Tinubu got 8, 794,726 votes from the 24,025, 940 total": a stray space after a thousands
                # comma, in copy typed in haste; the groups still make one figure
                value = value * 10 ** (3 * (tokens[last + 2].low.count(",") + 1)) \
                    + float(tokens[last + 2].low.replace(",", ""))
                last += 2
            if len(tok.low) <= 3 and tok.low.isdecimal() and not (i and tokens[i - 1].low[:1].isdecimal()):
                # "11 300 people": thousands set apart by a space, as much copy outside the US writes them
                while last + 1 < n and len(tokens[last + 1].low) == 3 and tokens[last + 1].low.isdecimal() \
                        and tokens[last + 1].start == tokens[last].end + 1:
                    value = value * 1000 + float(tokens[last + 1].low)
                    last += 1
            if value == 10 and i + 1 < n and adjacent(tokens, i, i + 1) and tokens[i + 1].low[0] in _SUPER:
                value = 10.0 ** int(tokens[i + 1].low.translate(_FROM_SUPER))  # "10³": a power of ten
                last = i + 1
            else:
                extra, last = _fraction_after(tokens, last, lex)
                value += extra
                places = max(places, 2 if extra else 0)
            value, places, last = _scaled(tokens, value, places, last, lex)
            out.append(Number(i, last, value, span_text(tokens, i, last), places=places))
            i = last + 1
            continue
        if tok.low in lex.fraction_words and i + 2 < n and tokens[i + 1].low in ("a", "an") \
                and tokens[i + 2].low in lex.scale_words:
            scale = lex.scale_words[tokens[i + 2].low]  # "half a million"
            out.append(Number(i, i + 2, lex.fraction_words[tok.low] * scale, span_text(tokens, i, i + 2)))
            i += 3
            continue
        if tok.low in lex.number_words and tok.low != "and":
            j = i
            while j + 1 < n and (tokens[j + 1].low in lex.number_words or tokens[j + 1].low == "-"):
                j += 1
            while tokens[j].low in ("and", "-"):
                j -= 1
            words = [t.low for t in tokens[i:j + 1] if t.low != "-"]
            found = _parse_words(tokens, i, j, words, lex.language)
            if found:
                extra, last = _fraction_after(tokens, found[-1].last, lex)
                if extra:
                    base = found[-1]
                    value, _places, last = _scaled(tokens, base.value + extra, 2, last, lex)
                    found[-1] = Number(base.first, last, value, span_text(tokens, base.first, last))
                    j = last
                elif last + 1 < n and tokens[last + 1].low in lex.scale_words \
                        and tokens[last + 1].low not in lex.number_words:
                    # "two dozen": a scale word the number words do not hold themselves
                    base = found[-1]
                    value, _places, last = _scaled(tokens, base.value, base.places, last, lex)
                    found[-1] = Number(base.first, last, value, span_text(tokens, base.first, last))
                    j = last
            out.extend(found)
            i = j + 1
            continue
        i += 1
    return _ranges(tokens, out, lex)


_FROM_SUPER = str.maketrans(_SUPER, "0123456789")


def _one(word: str, lex: Lexicon) -> bool:
    """Whether a number word says one ("one", "un"): "a quarter of one point" is a quarter of a point."""
    if word not in lex.number_words:
        return False
    try:
        return float(text2num(word, lex.language)) == 1.0
    except ValueError:
        return False


def _unit_fraction(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> Number | None:
    """A fraction of a unit ("a quarter of a percentage point", "half a point", "a quarter-point",
    "three-quarters of a point"), read only before a unit the lexicon knows: "a quarter of its staff" or
    "in the third quarter" is no figure."""
    n = len(tokens)
    k, numerator = i, 1.0
    if tokens[k].low in lex.number_words and tokens[k].low not in lex.fraction_words:
        try:
            numerator = float(text2num(tokens[k].low, lex.language))
        except ValueError:
            return None
        k += 1
        if k < n and tokens[k].low == "-":
            k += 1
        if k >= n or tokens[k].low not in lex.fraction_words or (
                tokens[k].low in ("half", "quarter") and numerator != 1.0):
            return None  # "three quarters", not "three quarter"; but "one quarter of one point"
    if tokens[k].low not in lex.fraction_words:
        return None
    value = numerator * lex.fraction_words[tokens[k].low]
    j = k + 1
    if j + 1 < n and tokens[j].low == "of" and (tokens[j + 1].low in ("a", "an") or _one(tokens[j + 1].low, lex)):
        j += 2  # "a quarter of a point", "one quarter of one percentage point"
    elif j < n and tokens[j].low in ("a", "an", "-"):
        j += 1  # "half a point", "a quarter-point"
    if phrase_at(tokens, j, lex.unit_names_by_first) is None \
            and phrase_at(tokens, j, lex.unit_after_fraction_by_first) is None:
        return None
    first = i - 1 if i and numerator == 1.0 and tokens[i - 1].low in ("a", "an") else i
    return Number(first, j - 1, value, span_text(tokens, first, j - 1), places=2, share=True)


def _fraction_after(tokens: tuple[Token, ...], last: int, lex: Lexicon) -> tuple[float, int]:
    """"and a half", "½", "-1/2" after a whole number: the fraction and the token it ends at."""
    phrase = phrase_at(tokens, last + 1, lex.number_fractions_by_first)
    if phrase is not None:
        length, value = phrase
        return value, last + length
    # hyphenated as one modifier: "a six-and-a-half-year sentence"
    words: list[str] = []
    k = last + 1
    while k + 1 < len(tokens) and tokens[k].low == "-" and len(words) < 4:
        words.append(tokens[k + 1].low)
        k += 2
    for joined, value in lex.number_fractions_by_first.get(words[0], ()) if words else ():
        if tuple(words[:len(joined)]) == joined:
            return value, last + 2 * len(joined)
    k = last + 1
    if k < len(tokens) and tokens[k].low == "-":
        k += 1
    if k < len(tokens) and (k == last + 2 or adjacent(tokens, last, k) or tokens[k].start == tokens[last].end + 1):
        m = _FRACTION.fullmatch(tokens[k].low)
        if m and 0 < int(m.group(1)) < int(m.group(2)):
            return int(m.group(1)) / int(m.group(2)), k
    return 0.0, last


def _scaled(tokens: tuple[Token, ...], value: float, places: int, last: int,
            lex: Lexicon) -> tuple[float, int, int]:
    """Apply the scale words after a figure ("2.5 million", "1.9 lakh crore", "$3 bn")."""
    scale = 1.0
    while last + 1 < len(tokens):
        word = tokens[last + 1].low
        hyphen = word == "-" and last + 2 < len(tokens) and tokens[last + 2].low in lex.scale_words
        if hyphen:
            word = tokens[last + 2].low  # "16-thousand feet"
        factor = lex.scale_words.get(word) or lex.number_multipliers.get(word)
        if factor is None:
            break
        scale *= factor
        last += 2 if hyphen else 1
    if scale != 1.0:
        digits = len(str(int(scale))) - 1
        places -= digits
    return value * scale, places, last


def _parse_words(tokens: tuple[Token, ...], i: int, j: int, words: list[str], language: str) -> list[Number]:
    text = span_text(tokens, i, j)
    try:
        return [Number(i, j, float(text2num(" ".join(words), language)), text)]
    except ValueError:
        # "two three" or "nineteen ninety-one": fall back to one number per word
        out = []
        for k in range(i, j + 1):
            if tokens[k].low not in ("and", "-"):
                try:
                    out.append(Number(k, k, float(text2num(tokens[k].low, language)), tokens[k].text))
                except ValueError:
                    continue
        return out


def _ranges(tokens: tuple[Token, ...], numbers: list[Number], lex: Lexicon) -> list[Number]:
    """Join "40 to 50", "40-50", "between 63 and 78" into one figure with a low and a high end.

    "rose from 128 to 157" and "raised 0.25 to 5.25%" state a change, not a range; "6-4" is a score.
    """
    out: list[Number] = []
    k = 0
    while k < len(numbers):
        a = numbers[k]
        b = numbers[k + 1] if k + 1 < len(numbers) else None
        if b is not None and a.high is None and _range_between(tokens, a, b, lex):
            low = a.value
            if low < b.value / 1000 and b.text != a.text and not any(t.low in lex.scale_words or
                                                                     t.low in lex.number_multipliers
                                                                     for t in tokens[a.first:a.last + 1]):
                low *= b.value / _unscaled(tokens, b, lex)  # "8 to 10 billion": the scale is shared
            if low < b.value:
                out.append(Number(a.first, b.last, low, span_text(tokens, a.first, b.last), b.value,
                                  min(a.places, b.places)))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _unscaled(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> float:
    scale = 1.0
    for t in tokens[number.first:number.last + 1]:
        scale *= lex.scale_words.get(t.low) or lex.number_multipliers.get(t.low) or 1.0
    return number.value / scale


def _range_between(tokens: tuple[Token, ...], a: Number, b: Number, lex: Lexicon) -> bool:
    words = [t.low for t in tokens[a.last + 1:b.first]]
    start = a.first
    if start and (tokens[start - 1].low,) in lex.unit_before:
        start -= 1  # "between $63 and $78"
    before = [t.low for t in tokens[max(0, start - 2):start]]
    if any(w in lex.change_words for w in before):
        return False
    # "4% to 5%", "$8bn to $10bn": the unit may be written at both ends
    unit = phrase_at(tokens, a.last + 1, lex.unit_names_by_first)
    if unit is not None:
        words = words[unit[0]:]
    if words and (words[-1],) in lex.unit_before:
        words = words[:-1]
    between = tuple(words)
    if between in lex.range_words:
        return True
    return between == ("and",) and bool(before) and before[-1] == "between"


__all__ = ["Number", "Token", "adjacent", "figure", "hedge", "normalise", "phrase_at", "phrase_ending",
           "possessive", "read_numbers", "span_text", "tokenize"]
