"""What a sentence states: numbers, counts, durations, dates, entities, negation and attribution cues.

Extraction is deliberately local and rule-based: every mention keeps its token
span, so the matcher can ask what a number counts, which party stands before
or after the action, and whether a negation governs it. Composite number words
("forty-eight", "one hundred and twenty") are parsed by ``text2num``; the
phrases it does not know ("a pair of", "a dozen") come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from text_to_num import text2num

from factcheck.entities import EntityMention, EntityRegistry
from factcheck.lexicon import lexicon

_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_TOKEN = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b|\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+(?:'[^\W\d_]+)*|[-,;:()\"]")

_SECONDS = {"S": 1.0, "M": 60.0, "H": 3600.0, "D": 86400.0, "W": 604800.0}
_YEAR = 365.2425 * 86400.0
_MONTH = _YEAR / 12.0
_ISO = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def iso_seconds(iso: str) -> float:
    """Length of an ISO 8601 duration in seconds (months and years at their mean Gregorian length)."""
    total = 0.0
    date_part, _, time_part = iso[1:].partition("T")
    for amount, unit in _ISO.findall(date_part):
        total += float(amount) * {"Y": _YEAR, "M": _MONTH, "W": _SECONDS["W"], "D": _SECONDS["D"]}[unit]
    for amount, unit in _ISO.findall(time_part):
        total += float(amount) * _SECONDS[unit]
    return total


def normalise(text: str) -> str:
    """Same length as ``text``, typographic quotes and dashes made plain, so offsets stay valid."""
    return text.translate(_TYPOGRAPHY)


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True, slots=True)
class Number:
    first: int  # token indexes, inclusive
    last: int
    value: float
    text: str


@dataclass(frozen=True, slots=True)
class Duration:
    first: int
    last: int
    seconds: float
    text: str
    head: str | None  # the noun a hyphenated "48-hour deadline" qualifies


@dataclass(frozen=True, slots=True)
class DateMention:
    first: int
    last: int
    year: int | None
    month: int | None
    day: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Party:
    """An entity mention with the hints the matcher needs to assign it a role."""

    mention: EntityMention
    first: int
    last: int
    place: bool  # after "in", "at": a location, not an actor
    owner: bool  # "Azerbaijani diplomats", "Azerbaijan's ambassador": whose people
    by: bool  # "by France": the agent of a passive
    resolved: bool = False  # a referring expression ("it", "the two") resolved by the document context


@dataclass(frozen=True)
class Mentions:
    text: str
    tokens: tuple[Token, ...]
    numbers: tuple[Number, ...]
    durations: tuple[Duration, ...]
    dates: tuple[DateMention, ...]
    parties: tuple[Party, ...]
    negations: tuple[int, ...]
    attributed: bool
    unknown_places: tuple[tuple[int, str], ...] = ()

    @property
    def checkworthy(self) -> bool:
        """Names a party and states a number, a date or a length of time."""
        return bool(self.parties) and bool(self.numbers or self.durations or self.dates)

    @cached_property
    def counts(self) -> tuple[tuple[Number, tuple[str, ...]], ...]:
        """Numbers that are not part of a date or duration, with the words after them.

        Cached: every count and quantity slot of every candidate claim asks for it.
        """
        used = {i for d in self.durations for i in range(d.first, d.last + 1)}
        used |= {i for d in self.dates for i in range(d.first, d.last + 1)}
        out = []
        for number in self.numbers:
            if number.first in used:
                continue
            after = []
            for tok in self.tokens[number.last + 1: number.last + 6]:
                if tok.low in {",", ";", ":", "(", ")", '"'} or tok.low[0].isdigit():
                    break
                after.append(tok.low)
            out.append((number, tuple(after)))
        return tuple(out)


def _span(tokens: tuple[Token, ...], i: int, j: int) -> str:
    """The words from token i to token j as written (tokens carry their own text and offsets)."""
    parts = [tokens[i].text]
    for k in range(i + 1, j + 1):
        parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return "".join(parts)


def tokenize(text: str) -> tuple[Token, ...]:
    return tuple(
        Token(i, m.start(), m.end(), m.group(), m.group().lower()) for i, m in enumerate(_TOKEN.finditer(text))
    )


def _numbers(tokens: tuple[Token, ...]) -> list[Number]:
    lex = lexicon()
    out: list[Number] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        phrase = _longest_phrase(tokens, i, lex.number_phrases)
        if phrase:
            length, value = phrase
            if value is not None:
                out.append(Number(i, i + length - 1, float(value), _span(tokens, i, i + length - 1)))
            i += length
            continue
        if tok.low[0].isdigit() and tok.low[-1].isdigit():
            value = float(tok.low.replace(",", ""))
            last = i
            if i + 1 < n and tokens[i + 1].low in lex.scale_words:
                value *= lex.scale_words[tokens[i + 1].low]
                last = i + 1
            out.append(Number(i, last, value, _span(tokens, i, last)))
            i = last + 1
            continue
        if tok.low in lex.number_words and tok.low != "and":
            j = i
            while j + 1 < n and (tokens[j + 1].low in lex.number_words or tokens[j + 1].low == "-"):
                j += 1
            while tokens[j].low in ("and", "-"):
                j -= 1
            words = [t.low for t in tokens[i:j + 1] if t.low != "-"]
            out.extend(_parse_words(tokens, i, j, words))
            i = j + 1
            continue
        i += 1
    return out


def _parse_words(tokens: tuple[Token, ...], i: int, j: int, words: list[str]) -> list[Number]:
    text = _span(tokens, i, j)
    try:
        return [Number(i, j, float(text2num(" ".join(words), "en")), text)]
    except ValueError:
        # "two three" or "nineteen ninety-one": fall back to one number per word
        out = []
        for k in range(i, j + 1):
            if tokens[k].low not in ("and", "-"):
                try:
                    out.append(Number(k, k, float(text2num(tokens[k].low, "en")), tokens[k].text))
                except ValueError:
                    continue
        return out


def _longest_phrase(
    tokens: tuple[Token, ...], i: int, table: dict[tuple[str, ...], float | None]
) -> tuple[int, float | None] | None:
    best = None
    for words, value in table.items():
        n = len(words)
        if tuple(t.low for t in tokens[i:i + n]) == words and (best is None or n > best[0]):
            best = (n, value)
    return best


def _durations(tokens: tuple[Token, ...], numbers: list[Number]) -> list[Duration]:
    lex = lexicon()
    by_first = {num.first: num for num in numbers}
    out = []
    for tok in tokens:
        unit = lex.duration_units.get(tok.low)
        if unit is None or tok.index == 0:
            continue
        k = tok.index - 1
        hyphen = tokens[k].low == "-"
        if hyphen:
            k -= 1
        amount: float | None = None
        first = k
        for num in numbers:
            if num.last == k:
                amount, first = num.value, num.first
        if amount is None and k >= 0 and tokens[k].low in lex.duration_article_words and not hyphen:
            amount = 0.5 if tokens[k].low == "half" else 1.0
            first = k
            if tokens[k].low in ("a", "an") and k >= 1 and tokens[k - 1].low == "half":
                amount, first = 0.5, k - 1
        if amount is None or (first in by_first and by_first[first].value > 10000):
            continue
        head = None
        if hyphen and tok.index + 1 < len(tokens):
            head = tokens[tok.index + 1].low
        text = _span(tokens, first, tok.index)
        out.append(Duration(first, tok.index, amount * iso_seconds(unit), text, head))
    return out


def _dates(tokens: tuple[Token, ...]) -> list[DateMention]:
    lex = lexicon()
    out: list[DateMention] = []
    used: set[int] = set()
    n = len(tokens)

    def small_int(k: int, low: int, high: int) -> int | None:
        if 0 <= k < n and tokens[k].low.isdigit() and low <= int(tokens[k].low) <= high:
            return int(tokens[k].low)
        if 0 <= k < n and re.fullmatch(r"\d{1,2}(st|nd|rd|th)", tokens[k].low):
            value = int(tokens[k].low[:-2])
            return value if low <= value <= high else None
        return None

    for tok in tokens:
        month = lex.months.get(tok.low)
        if month is None:
            continue
        if tok.low in lex.ambiguous_month_words and not tok.text[0].isupper():
            continue
        first = last = tok.index
        day = small_int(tok.index + 1, 1, 31)
        if day is not None and small_int(tok.index + 1, 1000, 2999) is None:
            last = tok.index + 1
        else:
            day = None
            before = small_int(tok.index - 1, 1, 31)
            if before is not None:
                day, first = before, tok.index - 1
                if tok.index >= 2 and tokens[tok.index - 1].low == "of":
                    day = None
        k = last + 1
        if k < n and tokens[k].low == ",":
            k += 1
        year = small_int(k, 1000, 2999)
        if year is not None:
            last = k
        if tok.low in lex.ambiguous_month_words and day is None and year is None:
            prev = tokens[tok.index - 1].low if tok.index else ""
            if prev not in lex.year_prepositions:
                continue
        out.append(DateMention(first, last, year, month, day, _span(tokens, first, last)))
        used.update(range(first, last + 1))
    for tok in tokens:
        if tok.index in used or not re.fullmatch(r"(1[89]|20)\d\d", tok.low):
            continue
        prev = tokens[tok.index - 1].low if tok.index else ""
        if prev in lex.year_prepositions or prev == "of":
            month = 12 if tok.index >= 2 and tokens[tok.index - 2].low == "end" else None
            out.append(DateMention(tok.index, tok.index, int(tok.low), month, None, tok.text))
            used.add(tok.index)
    for i in range(n):
        for words, month in lex.date_phrases.items():
            if tuple(t.low for t in tokens[i:i + len(words)]) == words:
                out.append(DateMention(i, i + len(words) - 1, None, month, None, _span(tokens, i, i + len(words) - 1)))
    return out


def _parties(tokens: tuple[Token, ...], text: str, registry: EntityRegistry) -> list[Party]:
    lex = lexicon()
    starts = {t.start: t.index for t in tokens}
    ends = {t.end: t.index for t in tokens}
    out = []
    for mention in registry.find(text):
        first = starts.get(mention.start)
        last = ends.get(mention.end)
        if first is None:
            continue
        if last is None:  # possessive "Azerbaijan's": the token runs past the name
            last = first
            while last + 1 < len(tokens) and tokens[last].end < mention.end:
                last += 1
        prev = tokens[first - 1].low if first else ""
        prev2 = tokens[first - 2].low if first >= 2 else ""
        entity = registry.get(mention.entity)
        region = entity is not None and entity.kind.value == "place" and registry.metonym(entity.id) is None
        place = region or prev in lex.location_prepositions - {"to", "from"}
        by = prev == "by" or (prev == "the" and prev2 == "by")
        following = [t.low for t in tokens[last + 1:last + 4]]
        owner = mention.demonym or tokens[last].low.endswith("'s")
        owner = owner and any(w in lex.people_nouns for w in following)
        if mention.demonym and not owner and not any(w in lex.party_nouns for w in following[:2]):
            continue  # "European-mediated talks", "Armenian diaspora": an adjective, not a party
        out.append(Party(mention, first, last, place, owner, by))
    return out


def _negations(tokens: tuple[Token, ...]) -> list[int]:
    cues = lexicon().negation_cues
    return [t.index for t in tokens if t.low in cues or t.low.endswith("n't")]


def extract(text: str, registry: EntityRegistry) -> Mentions:
    """Read one sentence (already free of markup) into :class:`Mentions`."""
    plain = normalise(text)
    tokens = tokenize(plain)
    numbers = _numbers(tokens)
    lex = lexicon()
    return Mentions(
        text=plain,
        tokens=tokens,
        numbers=tuple(numbers),
        durations=tuple(_durations(tokens, numbers)),
        dates=tuple(_dates(tokens)),
        parties=tuple(_parties(tokens, plain, registry)),
        negations=tuple(_negations(tokens)),
        attributed=any(t.low in lex.attribution_cues for t in tokens),
        unknown_places=tuple(_unknown_places(tokens, registry)),
    )


def _unknown_places(tokens: tuple[Token, ...], registry: EntityRegistry) -> list[tuple[int, str]]:
    """Capitalised names after "in", "at", "to", "from" that no entity knows: "in Lyon", "posted to Strasbourg".

    They can only disagree with a claim's place; they never count as a party.
    """
    lex = lexicon()
    out = []
    for tok in tokens[1:]:
        prev = tokens[tok.index - 1].low
        if prev not in lex.location_prepositions or not tok.text[:1].isupper() or tok.low in lex.months:
            continue
        if tok.low in lex.calendar_words or registry.find(tok.text):
            continue
        out.append((tok.index, tok.text))
    return out
