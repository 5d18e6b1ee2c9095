"""Recognise the lines of news copy that are not statements of the story.

Real copy carries datelines (``PARIS (AP) — ``), bylines, agency credits, photo
captions, "Read more" links and page chrome.  None of them makes a claim, so
checking them against claim records only produces noise ("Reuters" is not a
fact about Nepal).  This module finds them so callers can skip them.

Two entry points:

* :func:`dateline` finds a dateline *prefix* of the first sentence; the
  statement itself starts at ``result.end`` and must still be checked.
* :func:`classify` says whether a *whole* line or sentence is boilerplate.
* :func:`embedded_post` finds a social-media post embedded in a web page ("... pic.twitter.com/xyz
  — Kyle Rinker (@Kyrinker) January 6, 2024"), which copied text runs into the next sentence.

Cue words (agency names, months, "Read more", ...) live in
``data/boilerplate.json`` keyed by language so that new languages are a data
change.  Shapes (how a dateline is built) live here.

Every check is linear time: the dateline pattern is anchored at the start and
made of bounded tokens, the tail patterns only look at the last few hundred
characters, and :func:`classify` rejects long input before doing any work,
because boilerplate lines are short and the input may be a 1 MB paragraph.
"""

# Annotations are evaluated here (no ``from __future__ import annotations``): a named tuple compiles each
# annotation it is given as a string, 6 µs a field, and the records below have over forty fields.
import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Boilerplate", "BoilerplateCues", "classify", "dateline", "embedded_post", "load_cues"]

# Boilerplate lines are short; anything longer is a statement (or several) and
# is rejected up front so that a huge input costs nothing.
_MAX_LINE = 600
# Caption credits sit at the very end of a caption; only this tail is searched.
_TAIL = 200
# One word of a place or name; bounded so the anchored pattern cannot run away.
_UPPER_START = r"[^\W\d_a-zß-ÿ]"
_TOKEN = _UPPER_START + r"[\w'’.-]{0,30}"
_DASHES = ("--", "-", "–", "—")
_EDGE_PUNCT = " \t.,;:!?()[]\"'“”‘’«»"


# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class Boilerplate(NamedTuple):
    """A span of text that is not a statement of the story.

    ``kind`` is one of "dateline", "byline", "credit", "caption", "link" or
    "chrome"; the kind is kept so reports can say *why* a line was skipped.
    ``start``/``end`` are offsets into the text that was examined.
    """

    kind: str
    start: int
    end: int


class _OnDemand:
    """A pattern compiled the first time it is used."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled


class _Prefixes:
    """Cues that a line may begin with (case ignored), looked up by the line's first letter.

    ``starting(line)`` gives, in the order of the list, every cue ``c`` whose test string (``c`` plus
    ``suffix``) begins the line: ``line[:len(test)].casefold() == test.casefold()``. Where folding keeps
    one character for each (nearly always), the folded line's start is the fold of the line's start, so
    a cue is a candidate only if its fold begins with the folded line's first character.
    """

    __slots__ = ("_by_first", "_firsts", "_tests")

    def __init__(self, cues: tuple[str, ...], suffix: str = "") -> None:
        self._tests = tuple((cue, cue + suffix, (cue + suffix).casefold()) for cue in cues)
        by_first: dict[str, list[tuple[str, str]]] = {}
        for cue, test, folded in self._tests:
            # a cue its fold lengthens or shortens can never begin a line that folding leaves as long
            if len(folded) == len(test):
                by_first.setdefault(folded[:1], []).append((cue, folded))
        # an empty cue begins every line: then the table cannot help
        self._by_first = None if "" in by_first else {first: tuple(found) for first, found in by_first.items()}
        # a line begins a cue only if its first character folds to what the cue's fold starts with
        self._firsts = frozenset(folded[:1] for _cue, _test, folded in self._tests)

    def starting(self, line: str) -> Sequence[str]:
        if line and self._by_first is not None and line[0].casefold()[0] not in self._firsts:
            return ()
        last = _LAST_FOLD
        folded = last[1] if last[0] is line else _casefold(line)
        if len(folded) != len(line) or not folded or self._by_first is None:
            return [cue for cue, test, fold in self._tests if line[: len(test)].casefold() == fold]
        entries = self._by_first.get(folded[0])
        if entries is None:
            return ()
        return [cue for cue, fold in entries if folded.startswith(fold)]


class BoilerplateCues(NamedTuple):
    """Word lists and compiled patterns for one language.

    Built once per language by :func:`load_cues`; all sets hold casefolded
    words so lookups do not depend on the capitalisation of the copy.
    """

    language: str
    agencies: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    not_names: frozenset[str]
    name_particles: frozenset[str]
    phrase_connectors: frozenset[str]
    name_joiners: frozenset[str]
    not_places: frozenset[str]
    byline_prefixes: tuple[str, ...]
    timestamp_prefixes: tuple[str, ...]
    time_words: frozenset[str]
    credit_by_prefixes: tuple[str, ...]
    credit_by_connectors: frozenset[str]
    copyright_prefixes: tuple[str, ...]
    rights_reserved: tuple[str, ...]
    credit_lines: frozenset[str]
    usage_notices: tuple[str, ...]  # "EDITORIAL USE ONLY": a photo agency's terms, in capitals
    caption_prefixes: tuple[str, ...]
    photographer_singles: frozenset[str]
    link_cues: tuple[str, ...]
    chrome_lines: frozenset[str]
    chrome_prefixes: tuple[str, ...]
    # The patterns that spell out every agency and month take 5 ms to compile, more than the rest of a
    # one-article check's reading of boilerplate, and nearly every line is ruled out before they are
    # needed: by a sieve that only a possible dateline passes, and by whether a line ends in an agency's
    # name. They are compiled the first time a line gets past that test.
    dateline_re: _OnDemand
    dateline_sieve: re.Pattern[str]  # matches every text the dateline pattern matches, and few others
    agency_end_re: _OnDemand  # an agency's name at the end of a line, as every credit line has
    agency_end_span: int  # how far from the end of a line that name may start
    # the agencies lower-cased, when every one is ASCII: an ASCII line is tested against them without the
    # pattern, which compares the same characters the same way (case ignored) but tries every position
    agency_ends: tuple[str, ...] | None
    agency_list_re: _OnDemand
    with_credit_re: _OnDemand
    outlet_credit_re: _OnDemand
    read_time_re: re.Pattern[str]
    byline_split_re: re.Pattern[str]
    wire_photo_re: _OnDemand
    photograph_re: re.Pattern[str]
    photo_by_re: re.Pattern[str]
    # the prefix lists above as lookup tables, built once: a line is tested only against the cues that
    # begin with its own first letter
    byline_index: _Prefixes
    timestamp_index: _Prefixes
    credit_by_index: _Prefixes
    copyright_index: _Prefixes
    caption_index: _Prefixes
    link_index: _Prefixes
    chrome_index: _Prefixes
    link_lines: frozenset[str]  # the link cues casefolded
    link_capitals: dict[str, tuple[str, ...]]  # "RELATED " by first letter
    rights_folded: tuple[str, ...]
    credit_by_words: frozenset[str]  # connectors and name particles


# --------------------------------------------------------------------------- loading





def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so "Kyodo News" wins over "Kyodo"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _fold(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


def _sorted(words: Iterable[str]) -> tuple[str, ...]:
    """Longest first, so the most specific prefix is tried before its stem."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _raw_data() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("factcheck").joinpath("data").joinpath("boilerplate.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, list[str]]] = {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}
    return data


def _any_of(words: Iterable[str]) -> str:
    """A pattern matching every text as long as one of ``words``, and so each of them in any case."""
    lengths = [len(w) for w in words]
    return rf"[\s\S]{{{min(lengths)},{max(lengths)}}}"


def _dateline_pattern(cues: dict[str, list[str]], sieve: bool = False) -> str:
    """The dateline shape, anchored and bounded; validation of case is done in Python.

    place [, region | (region)] [, date [, year]] [(agency) | /agency/] sep

    The ``sieve`` has the same shape with any text of an agency's or a month's length where the pattern
    names them, and without the two exclusions that name them: it matches a superset, and compiles in a
    tenth of the time.
    """
    months = _any_of(cues["months"]) if sieve else _alternation(cues["months"])
    agencies = _any_of(cues["agencies"]) if sieve else _alternation(cues["agencies"])
    particles = _alternation(cues["place_particles"])
    not_agency = "" if sieve else rf"(?!(?i:{agencies})[)/,])"
    not_month = "" if sieve else rf"(?!(?i:{months})\b)"
    tok = _TOKEN
    place = rf"(?P<place>{tok}(?: (?:(?:{particles}) )?{tok}){{0,3}})"
    region = (
        rf"(?:,? ?\({not_agency}(?P<pregion>{tok}(?: {tok}){{0,2}})\)"
        rf"|, {not_month}(?P<region>{tok}(?: {tok}){{0,2}}))?"
    )
    date = rf"(?:,? (?P<date>(?i:{months})\.? \d{{1,2}}|\d{{1,2}} (?i:{months})\.?)(?:,? \d{{4}})?)?"
    agency = (
        rf"(?: ?(?:\((?P<agency>(?i:{agencies})(?:[/,] ?(?i:{agencies})){{0,2}})\)"
        rf"|/(?P<wire>(?i:{agencies})(?:-(?i:{agencies}))?)/))?"
    )
    sep = r"(?P<sep> ?(?:--|-|–|—|:))(?:[ \t\u00a0]{1,8}|$)"
    return r"[ \t\u00a0]{0,8}" + place + region + date + agency + sep


@cache
def load_cues(language: str = "en") -> BoilerplateCues:
    """Cues for ``language``; unknown languages get English.

    A language's lists are merged with the English ones because copy in any
    language carries English agency names, credits and page chrome.  Cached:
    compiling the patterns is the expensive part and the cues never change.
    """
    return _build_cues(language if language in _raw_data() else "en")


@cache
def _build_cues(language: str) -> BoilerplateCues:
    """Build (once) the cues of a known language, so aliases share one object."""
    data = _raw_data()
    base = data["en"]
    own = data[language] if language != "en" else {}
    merged: dict[str, list[str]] = {key: [*values, *own.get(key, [])] for key, values in base.items()}
    for key, values in own.items():
        merged.setdefault(key, list(values))

    agencies = _alternation(merged["agencies"])
    ag_list = (
        rf"(?:{agencies})(?:(?:[ ]?[/,&][ ]?|[ ]?-[ ]?|[ ](?:and|via|et|with|avec)[ ])(?:{agencies})){{0,5}}"
    )
    with_words = _alternation(merged["credit_with"])
    units = _alternation(merged["read_time_units"])
    suffixes = _alternation(merged["read_time_suffixes"])
    joiners = _alternation(merged["name_joiners"])
    credit_words = _alternation(merged["caption_credit_words"])
    upper_agencies = _alternation([a.upper() for a in merged["agencies"] if " " not in a])
    byline_prefixes = _sorted(merged["byline_prefixes"])
    timestamp_prefixes = _sorted(merged["timestamp_prefixes"])
    credit_by_prefixes = _sorted(merged["credit_by_prefixes"])
    copyright_prefixes = _sorted(merged["copyright_prefixes"])
    caption_prefixes = _sorted(merged["caption_prefixes"])
    link_cues = _sorted(merged["link_cues"])
    chrome_prefixes = _sorted(merged["chrome_prefixes"])
    capitals: dict[str, list[str]] = {}
    for cue in link_cues:
        if cue and cue.upper() != cue.casefold():
            capitals.setdefault(cue.upper()[0], []).append(cue.upper() + " ")

    return BoilerplateCues(
        language=language,
        agencies=_fold(merged["agencies"]),
        months=_fold(merged["months"]),
        weekdays=_fold(merged["weekdays"]),
        not_names=_fold([*merged["not_names"], *merged["months"], *merged["weekdays"]]),
        name_particles=_fold(merged["name_particles"]),
        phrase_connectors=_fold(merged["phrase_connectors"]),
        name_joiners=_fold(merged["name_joiners"]),
        not_places=_fold(merged["not_places"]),
        byline_prefixes=byline_prefixes,
        timestamp_prefixes=timestamp_prefixes,
        time_words=_fold(merged["time_words"]),
        credit_by_prefixes=credit_by_prefixes,
        credit_by_connectors=_fold(merged["credit_by_connectors"]),
        copyright_prefixes=copyright_prefixes,
        rights_reserved=tuple(merged["rights_reserved"]),
        credit_lines=frozenset(_norm(line) for line in merged["credit_lines"]),
        usage_notices=tuple(merged.get("usage_notices", ())),
        caption_prefixes=caption_prefixes,
        photographer_singles=_fold(merged["photographer_singles"]),
        link_cues=link_cues,
        chrome_lines=frozenset(_norm(line) for line in merged["chrome_lines"]),
        chrome_prefixes=chrome_prefixes,
        dateline_re=_OnDemand(_dateline_pattern(merged)),
        dateline_sieve=re.compile(_dateline_pattern(merged, sieve=True)),
        agency_end_re=_OnDemand(rf"(?i:{agencies})\)?\.?\Z"),
        agency_end_span=max(map(len, merged["agencies"])) + 2,
        agency_ends=tuple({a.lower() for a in merged["agencies"]}) if all(
            a.isascii() for a in merged["agencies"]) else None,
        agency_list_re=_OnDemand(rf"\(?{ag_list}\)?\.?", re.IGNORECASE),
        with_credit_re=_OnDemand(rf"[(—–-]?[ ]?(?i:{with_words})[ ]{{1,3}}(?i:{ag_list})\)?\.?"),
        outlet_credit_re=_OnDemand(
            rf"\((?P<outlet>[^()]{{1,40}}?) (?i:with|avec|and|et) (?P<ags>(?i:{ag_list}))\)\.?"
        ),
        read_time_re=re.compile(rf"\d{{1,3}} ?(?:{units})\.?(?: (?:{suffixes}))?\.?", re.IGNORECASE),
        byline_split_re=re.compile(rf"[ ]*[,|;][ ]*|[ ]+(?:{joiners})[ ]+", re.IGNORECASE),
        wire_photo_re=_OnDemand(
            rf"(?:^|[\s(])(?:{upper_agencies})/(?P<who>{_TOKEN}(?: {_TOKEN}){{0,3}})"
            r"(?:/(?:File Photo|File|Pool|Handout))?\)?\.?$"
        ),
        photograph_re=re.compile(rf"(?:^|\s)(?:{credit_words})(?: by| credit)? ?: (?P<credit>[^:\n]{{2,80}})$"),
        # "(Photo by X/AFP via Getty Images)", and the wires' own "(AP Photo/Matias Delacroix, File)"
        photo_by_re=re.compile(
            rf"\((?:{credit_words})s? (?:by|credit|courtesy)\b[^()]{{1,120}}\)\.?$"
            rf"|\((?:{upper_agencies}) (?:{credit_words})s?/[^()]{{1,80}}\)\.?$", re.IGNORECASE
        ),
        byline_index=_Prefixes(byline_prefixes, " "),
        timestamp_index=_Prefixes(timestamp_prefixes),
        credit_by_index=_Prefixes(credit_by_prefixes, " "),
        copyright_index=_Prefixes(copyright_prefixes),
        caption_index=_Prefixes(caption_prefixes),
        link_index=_Prefixes(link_cues),
        chrome_index=_Prefixes(chrome_prefixes),
        link_lines=frozenset(cue.casefold() for cue in link_cues),
        link_capitals={first: tuple(cues) for first, cues in capitals.items()},
        rights_folded=tuple(r.casefold() for r in merged["rights_reserved"]),
        credit_by_words=_fold(merged["credit_by_connectors"]) | _fold(merged["name_particles"]),
    )


# --------------------------------------------------------------------------- helpers


def _norm(text: str) -> str:
    """Casefolded, single-spaced, without trailing punctuation, for exact-line lookups."""
    return " ".join(text.split()).casefold().rstrip(" .:!»›|-–—")


def _word(token: str) -> str:
    return token.strip(_EDGE_PUNCT)


def _is_capword(token: str) -> bool:
    """A capitalised word of letters (names allow dots, hyphens and apostrophes)."""
    word = _word(token)
    if not word or not word[0].isupper():
        return False
    return all(ch.isalpha() or ch in ".'’-" for ch in word)


def _is_name(phrase: str, cues: BoilerplateCues) -> bool:
    """A person's name (two to five capitalised words) or an agency.

    A single capitalised word is *not* a name: "By Tuesday" and "By March" are
    prose, and one-word bylines are too rare to be worth that risk.
    """
    folded = _norm(phrase)
    if folded in cues.agencies:
        return True
    tokens = phrase.split()
    if not 2 <= len(tokens) <= 5:
        return False
    first = _word(tokens[0])
    if not _is_capword(first) or first.casefold().rstrip(".") in cues.not_names:
        return False
    return all(_is_capword(t) or _word(t).casefold() in cues.name_particles for t in tokens[1:])


def _is_title_phrase(phrase: str, cues: BoilerplateCues) -> bool:
    """A short capitalised phrase such as "BBC News" or "Senior Correspondent"."""
    if _norm(phrase) in cues.agencies:
        return True
    tokens = phrase.split()
    if not 1 <= len(tokens) <= 6 or not _is_capword(tokens[0]):
        return False
    return all(_is_capword(t) or _word(t).casefold() in cues.phrase_connectors for t in tokens[1:])


# Lines are many, and each is tested against dozens of cues: each line is casefolded and normalised once
# for all its tests (the last line is remembered), and each cue list is a table by first letter.
_LAST_FOLD: tuple[str, str] = ("", "")
_LAST_NORM: tuple[str, str] = ("", "")


def _casefold(text: str) -> str:
    global _LAST_FOLD
    last = _LAST_FOLD
    if last[0] is not text:
        last = _LAST_FOLD = (text, text.casefold())
    return last[1]


def _normed(text: str) -> str:
    """:func:`_norm` of the line every check of :func:`classify` looks at, worked out once."""
    global _LAST_NORM
    last = _LAST_NORM
    if last[0] is not text:
        last = _LAST_NORM = (text, _norm(text))
    return last[1]





def _strip_span(text: str) -> tuple[str, int, int]:
    """The text without surrounding whitespace, and where that lies in the original."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return text[start:end], start, max(start, end)


# --------------------------------------------------------------------------- datelines


def _is_upper_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and not any(ch.isdigit() for ch in word)


def _is_abbreviation(region: str) -> bool:
    """US-style region abbreviations ("DC", "D.C.", "N.Y.", "Calif.") that follow a city."""
    compact = region.replace(" ", "")
    letters = [ch for ch in compact if ch.isalpha()]
    if not letters or len(compact) > 6:
        return False
    return all(ch.isupper() for ch in letters) or (compact.endswith(".") and compact[0].isupper())


def dateline(text: str, cues: BoilerplateCues) -> Boilerplate | None:
    """The dateline at the start of ``text``, or None; the statement starts at ``.end``.

    A dateline is recognised by shape rather than by a gazetteer: an upper-case
    place ("KATHMANDU"), or a Title Case place only when something else proves
    it is a dateline (an agency, a region plus a date, or a region
    abbreviation), because Title Case words before a dash are usually prose
    ("Paris - the city of light - is ...").
    """
    head = text[:_MAX_LINE]
    # a dateline ends in a dash or a colon: a line without one is not worth the pattern
    if "-" not in head and ":" not in head and "—" not in head and "–" not in head:
        return None
    if cues.dateline_sieve.match(head) is None:
        return None
    match = cues.dateline_re.compiled.match(head)
    if match is None:
        return None
    place = match["place"]
    region = match["region"] or match["pregion"]
    has_date = match["date"] is not None
    has_agency = match["agency"] is not None or match["wire"] is not None
    words = [w for w in place.split() if w.casefold() not in cues.name_particles]
    if any(ch.isdigit() for ch in place):
        return None
    if all(_is_upper_word(w) for w in words):
        letters = sum(ch.isalpha() for ch in place)
        bare = not (has_agency or has_date)
        if bare and (place.casefold() in cues.not_places or (letters < 3 and not region)):
            return None
    else:
        if not all(_is_capword(w) for w in words):
            return None
        if not (has_agency or (region and has_date) or (region and _is_abbreviation(region))):
            return None
    start = len(match.group(0)) - len(match.group(0).lstrip(" \t\u00a0"))
    return Boilerplate("dateline", start, match.end())


# An embedded post ends in its author's signature, "— Name (@handle) January 6, 2024", or in its picture
# link; the date is the post's, never the story's. Bounded pieces only, so a search is linear.
_POST_DATE = r"(?:[^\W\d_]{3,10}\.? \d{1,2},? \d{4}|\d{1,2} [^\W\d_]{3,10},? \d{4})"
_POST_END = re.compile(r"\(@\w{1,30}\)(?:[ \t]{0,3}" + _POST_DATE + r")?|pic\.twitter\.com/\w{1,40}(?:[ \t]{0,3}"
                       + _POST_DATE + r")?")
_SIGNATURE_DASHES = ("—", "–", " - ")


def embedded_post(text: str) -> Boilerplate | None:
    """The embedded post that ``text`` opens with, up to its signature or picture link, or None.

    Pages copy a post's text, its picture link and the signature under it into the running text, and the
    signature's date would be read as the date of the story's event. A handle counts only after a dash
    (the signature's shape) and before a date or the end, so "(@handle)" in prose is left alone."""
    if "(@" not in text and "pic.twitter.com/" not in text:
        return None
    end = -1
    for found in _POST_END.finditer(text):
        if found.group(0).startswith("(@"):
            before = text[max(0, found.start() - 80):found.start()]
            dated = found.end() > found.start() + len(found.group(0).split(")")[0]) + 1
            if not any(d in before for d in _SIGNATURE_DASHES) or not (dated or not text[found.end():].strip()):
                continue
        end = found.end()
    return Boilerplate("embed", 0, end) if end > 0 else None


# --------------------------------------------------------------------------- whole lines


def _chrome(line: str, cues: BoilerplateCues) -> bool:
    """Page furniture: ads, share buttons, newsletter prompts."""
    if _normed(line) in cues.chrome_lines:
        return True
    return bool(cues.chrome_index.starting(line))


def _link(line: str, cues: BoilerplateCues) -> bool:
    """"Read more: ..." style links to other stories.

    The cue must stand alone or be followed by a separator (or be written in
    capitals), so prose such as "Related to this, ..." is left alone.
    """
    if _normed(line) in cues.link_lines:
        return True
    if line and line.startswith(cues.link_capitals.get(line[0], ())):
        return True
    for cue in cues.link_index.starting(line):
        rest = line[len(cue) :]
        if rest.lstrip().startswith((":", "|", "»", "›")) or rest.startswith((" - ", " – ", " — ")):
            return True
    return False


def _credit_by(line: str, cues: BoilerplateCues) -> bool:
    """"Reporting by X in Paris; Editing by Y", with or without brackets."""
    inner = line.strip("()[] .")
    segments = [s.strip() for s in inner.split(";")]
    for segment in segments:
        starting = cues.credit_by_index.starting(segment)
        if not starting:
            return False
        prefix = starting[0]
        tokens = segment[len(prefix) :].replace(",", " , ").split()
        if not tokens or not _is_capword(tokens[0]):
            return False
        for token in tokens:
            if token == "," or _is_capword(token):
                continue
            if _word(token).casefold() not in cues.credit_by_words:
                return False
    return True


def _ends_in_agency(line: str, cues: BoilerplateCues) -> bool:
    r"""Whether ``line`` ends in an agency's name, then perhaps ")" and ".": a line the credit patterns
    match whole always does, and a line of prose seldom.

    Asked of every sentence, twice: an ASCII line is compared by its end with each agency (the pattern's
    ``\)?\.?\Z`` allows a ")" and a "." after the name), which gives the pattern's answer without its
    search from every position of the line's tail."""
    tail = line[-cues.agency_end_span:]
    ends = cues.agency_ends
    if ends is not None and tail.isascii():
        low = tail.lower()
        return low.endswith(ends) or (low[-1:] in (")", ".") and low[:-1].endswith(ends)) or (
            low.endswith(").") and low[:-2].endswith(ends))
    return cues.agency_end_re.compiled.search(tail) is not None


def _credit(line: str, cues: BoilerplateCues) -> bool:
    """Agency credits, copyright notices and trust-principle footers."""
    if _normed(line) in cues.credit_lines:
        return True
    if line.isupper() and any(notice in line for notice in cues.usage_notices):
        return True  # "EPA-EFE/SAUDI ARAMCO HANDOUT HANDOUT EDITORIAL USE ONLY/NO SALES": a photo's terms of use
    if _ends_in_agency(line, cues):
        if cues.with_credit_re.compiled.fullmatch(line):
            return True
        outlet = cues.outlet_credit_re.compiled.fullmatch(line)
        if outlet is not None:
            words = outlet["outlet"].split()
            if all(_is_upper_word(w) or w.isdigit() or _is_capword(w) for w in words):
                return True
        if line.startswith("(") and cues.agency_list_re.compiled.fullmatch(line):
            return True
    if _credit_by(line, cues):
        return True
    if len(line) <= 200:
        for prefix in cues.copyright_index.starting(line):
            rest = line[len(prefix) :].lstrip()
            if prefix in ("©", "(c)") or rest[:1] in ("©", "(") or rest[:4].isdigit():
                return True
        if _normed(line).endswith(cues.rights_folded):
            return True
    return False


def _photographer(who: str, cues: BoilerplateCues) -> bool:
    tokens = who.split()
    if len(tokens) == 1:
        return _word(tokens[0]).casefold() in cues.photographer_singles
    return all(_is_capword(t) or _word(t).casefold() in cues.name_particles for t in tokens)


def _caption(line: str, cues: BoilerplateCues) -> bool:
    """Photo captions and picture credits.

    Recognised by a caption prefix ("Photo:", "FILE PHOTO:"), by a credit at
    the end ("REUTERS/Jane Smith", "(Photo by X/AFP via Getty Images)",
    "Photograph: X/Reuters"), or by a line that is nothing but agency names.
    """
    if cues.caption_index.starting(line):
        return True
    if _ends_in_agency(line, cues) and cues.agency_list_re.compiled.fullmatch(line):
        return True
    tail = line[-_TAIL:]
    # each credit pattern needs a character most prose lines lack: look for it before searching
    wire = cues.wire_photo_re.compiled.search(tail) if "/" in tail else None
    if wire is not None and _photographer(wire["who"], cues):
        return True
    if ")" in tail and cues.photo_by_re.search(tail):
        return True
    photo = cues.photograph_re.search(tail) if ":" in tail else None
    if photo is not None:
        credit = photo["credit"].strip()
        if credit[:1].isupper() and ("/" in credit or cues.agency_list_re.compiled.search(credit)):
            return True
    return False


def _timestamp(line: str, cues: BoilerplateCues) -> bool:
    """"Updated 12:03 GMT, 28 March 2024": a cue word followed only by date and time words."""
    starting = cues.timestamp_index.starting(line)
    if not starting:
        return False
    prefix = starting[0]
    rest = line[len(prefix) :]
    if not rest or rest[0] not in " :\t":
        return False
    anchored = False
    for token in re.split(r"[\s,;|]+", rest):
        word = token.strip(" :().-–—/")
        if not word:
            continue
        folded = word.casefold().rstrip(".")
        if any(ch.isdigit() for ch in word):
            if not all(ch.isdigit() or ch in ":./-hH" or ch.isalpha() for ch in word):
                return False
            anchored = True
        elif folded in cues.months or folded in cues.weekdays:
            anchored = True
        elif folded in cues.time_words:
            anchored = anchored or folded == "ago"
        elif not (word.isalpha() and word.isupper() and len(word) <= 4):
            return False
    return anchored


def _byline(line: str, cues: BoilerplateCues) -> bool:
    """"By Jane Smith and Ali Khan, Reuters", "Jane Smith | Reporter", timestamps, read times."""
    if cues.read_time_re.fullmatch(line) or _timestamp(line, cues):
        return True
    starting = cues.byline_index.starting(line)
    if starting:
        rest = line[len(starting[0]) + 1 :].strip().rstrip(".")
        parts = cues.byline_split_re.split(rest)
        if not parts or not _is_name(parts[0], cues):
            return False
        return all(_is_name(p, cues) or _is_title_phrase(p, cues) for p in parts[1:])
    if " | " in line:
        parts = [p.strip() for p in line.split("|")]
        if 2 <= len(parts) <= 3 and len(parts[0].split()) >= 2 and _is_name(parts[0], cues):
            return all(_is_title_phrase(p, cues) for p in parts[1:])
    return False


def classify(text: str, cues: BoilerplateCues) -> Boilerplate | None:
    """The kind of boilerplate ``text`` is as a whole, or None if it may be a statement.

    The span covers ``text`` without surrounding whitespace.  A bare dateline
    with nothing after it ("PARIS (AP) —") counts as a dateline.  Input longer
    than any boilerplate line is rejected immediately.
    """
    line, start, end = _strip_span(text)
    if not line or len(line) > _MAX_LINE:
        return None
    line = " ".join(line.split())
    found = dateline(line, cues)
    if found is not None and found.end >= len(line):
        return Boilerplate("dateline", start, end)
    checks = (
        ("chrome", _chrome),
        ("link", _link),
        ("credit", _credit),
        ("caption", _caption),
        ("byline", _byline),
    )
    for kind, check in checks:
        if check(line, cues):
            return Boilerplate(kind, start, end)
    return None
