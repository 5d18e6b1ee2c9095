"""Plain text and Markdown → plain sentences with exact spans into the original text.

Everything downstream (mentions, matcher, reports, suppression comments) points into the file a writer
edits, so a sentence carries both the clean text it is analysed by and where each of its characters
came from. Markdown is parsed by markdown-it-py, never by regexes; the parser gives block line ranges, and
each inline text piece is then located in the source from a moving cursor, so markup removed from the
analysis text (emphasis, link targets, inline code) still lies inside the span a finding reports.
"""

from __future__ import annotations

import bisect
import html
import os
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, overload

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from factcheck.boilerplate import classify, dateline, embedded_post, load_cues
from factcheck.findings import Position
from factcheck.segment import split_sentences

__all__ = ["Comment", "Document", "DocumentError", "Sentence", "read_file", "read_text"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})

_WORDS = re.compile(r"\S+")
# a gap between words other than one space, tab or line break (which _collapse copies as one space)
_UNEVEN_GAP = re.compile(r"\s\s|[^\S \t\r\n]")
_ONE_SPACE = str.maketrans("\t\r\n", "   ")
_LINE_COMMENT = re.compile(r"[ \t]*<!--(.*?)-->[ \t]*\r?")
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?=\S)")
_URL_LINE = re.compile(r"[ \t]*<?https?://\S+>?[ \t]*\r?")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NEWLINE = re.compile(r"\n")
_LONE_CR = re.compile(r"\r(?!\n)")
_MARKUP_GAP = re.compile(r"[\s*_\[\]>#|+\-.)\d]*")  # what may stand between two text pieces
_BACKTICKS = re.compile(r"`+")
_TIGHT = ".,;:!?)]}”’»"  # punctuation that hugs the word before it
_FIND_WINDOW = 1024  # how far past the cursor a text piece may start: only markup lies in between
_ALIGN_WINDOW = 16  # how far a single unmatched character may be looked for

# One unit (paragraph, heading, table cell, ...) is a list of pieces: text and the offset of each character.
_Pieces = list[tuple[str, Sequence[int]]]


class Offsets(Sequence[int]):
    """Where each character of a sentence's analysis text came from, kept as runs of consecutive offsets.

    Markup interrupts the text only here and there, so a sentence of any length needs a few runs, not one
    integer per character: a Markdown document keeps about the size of its text in memory whatever its
    sentences look like.
    """

    __slots__ = ("_at", "_length", "_source")

    def __init__(self, offsets: Sequence[int]) -> None:
        at: list[int] = []
        source: list[int] = []
        previous = -2
        for i, offset in enumerate(offsets):
            if offset != previous + 1:
                at.append(i)
                source.append(offset)
            previous = offset
        self._at = array("q", at)
        self._source = array("q", source)
        self._length = len(offsets)

    def __len__(self) -> int:
        return self._length

    def _one(self, i: int) -> int:
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        run = bisect.bisect_right(self._at, i) - 1
        return self._source[run] + i - self._at[run]

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self._one(k) for k in range(*i.indices(self._length))]
        return self._one(i)

    def __iter__(self) -> Iterator[int]:
        bounds = [*self._at, self._length]
        for run, start in enumerate(self._at):
            yield from range(self._source[run], self._source[run] + bounds[run + 1] - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._length, self._at, self._source) == (other._length, other._at, other._source)
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        return hash((self._length, tuple(self._at), tuple(self._source)))

    def __repr__(self) -> str:
        return f"Offsets({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return Offsets, (list(self),)


# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class Sentence(NamedTuple):
    """A sentence's analysis text and its place in the document."""

    text: str
    start: int
    end: int
    offsets: Offsets | None = None
    block: int = 0  # which paragraph, heading or cell (0-based): the reader of a whole document needs it
    heading: bool = False  # a Markdown heading, or a plain-text first line without closing punctuation

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """Map ``text[i:j]`` to a ``(start, end)`` slice of the document, so a number found in the
        clean text can be reported where the writer typed it, markup and all."""
        if not 0 <= i <= j <= len(self.text):
            raise IndexError(f"span [{i}, {j}) outside a sentence of {len(self.text)} characters")
        if self.offsets is None:
            return self.start + i, self.start + j
        if i == j:
            at = self.offsets[i] if i < len(self.offsets) else self.end
            return at, at
        return self.offsets[i], self.offsets[j - 1] + 1


class Comment(NamedTuple):
    """An HTML comment: suppression and other directives are written this way in both kinds of file."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One checked file: its exact text and what in it is checked."""

    path: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    comments: tuple[Comment, ...] = ()
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line_starts", _line_starts(self.text))

    def position(self, offset: int) -> Position:
        """1-based line and column of ``offset``; a bisection, since reports ask for many positions."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside a text of {len(self.text)} characters")
        line = bisect.bisect_right(self._line_starts, offset)
        return Position(offset, line, offset - self._line_starts[line - 1] + 1)


class DocumentError(Exception):
    """A file that cannot be checked at all: unreadable or not UTF-8."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def read_file(path: str | os.PathLike[str], display_path: str | None = None) -> Document:
    """Read and decode a file; its suffix (not ``display_path``) decides whether it is Markdown."""
    fs_path = os.fspath(path)
    shown = display_path if display_path is not None else fs_path
    try:
        data = Path(fs_path).read_bytes()
    except OSError as exc:
        raise DocumentError(shown, f"cannot read file: {exc.strerror or exc}") from exc
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(shown, f"invalid UTF-8 at byte offset {exc.start + bom}: {exc.reason}") from exc
    return read_text(text, shown, kind=_kind_of(fs_path))


def read_text(text: str, path: str = "-", kind: str | None = None) -> Document:
    """Build a document from decoded text; ``kind`` is "markdown" or "text", or ``None`` to go by suffix."""
    kind = kind or _kind_of(path)
    if kind not in ("markdown", "text"):
        raise ValueError(f"unknown document kind {kind!r}: expected 'markdown' or 'text'")
    text = text.removeprefix("\ufeff")
    units, comments = _markdown_units(text) if kind == "markdown" else _plain_units(text)
    sentences: list[Sentence] = []
    for block, (pieces, heading) in enumerate(units):
        _add_sentences(text, *_collapse(text, pieces), sentences, block, heading)
    return Document(path, text, tuple(sentences), tuple(comments))


def _kind_of(path: str) -> str:
    return "markdown" if os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES else "text"


def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(newline.end() for newline in _NEWLINE.finditer(text)))


def _collapse(source: str, pieces: _Pieces) -> tuple[str, array[int]]:
    """Join a unit's pieces with each whitespace run as one space (mapped to the run's first character).

    Where removed content left a space before punctuation ("diplomats `now`." → "diplomats ."), the space
    is dropped so the analysis text reads as prose.

    Most of a piece is words with one space or line break between them, copied from the source as it is:
    past its first word, such a piece is taken whole (its breaks made spaces, its offsets those of the
    piece) rather than word by word, which gives the same text and offsets."""
    out: list[str] = []
    offsets = array("q")  # 8 bytes a character, not a Python int each: a paragraph may be megabytes long
    pending: int | None = None
    for piece, offs in pieces:
        at = 0
        # a piece found whole in the source has consecutive offsets: every gap in it that is one space or
        # break is the one character between two words, which the test below always keeps as a space
        whole = type(offs) is range
        for word in _WORDS.finditer(piece):
            if word.start() > at and pending is None:
                pending = offs[at]
            if pending is not None and out:
                gap = source[offsets[-1] + 1 : offs[word.start()]] if word.group()[0] in _TIGHT else ""
                if not gap.strip("*_ \t\r\n"):
                    out.append(" ")
                    offsets.append(pending)
            pending = None
            out.append(word.group())
            offsets.extend(offs[word.start() : word.end()])
            at = word.end()
            if whole:  # past the first word, the rest of the piece at once if its gaps are all even
                whole = False
                end = len(piece.rstrip())
                if end > at and _UNEVEN_GAP.search(piece, at, end) is None:
                    out.append(piece[at:end].translate(_ONE_SPACE))
                    offsets.extend(offs[at:end])
                    at = end
                    break
        if at < len(piece) and pending is None:
            pending = offs[at]
    return "".join(out), offsets


def _add_sentences(source: str, text: str, offsets: array[int], out: list[Sentence], block: int = 0,
                   heading: bool = False) -> None:
    for i, j in split_sentences(text):
        start, end = offsets[i], offsets[j - 1] + 1
        piece = text[i:j]
        exact = source[start:end] == piece
        out.append(Sentence(piece, start, end, None if exact else Offsets(offsets[i:j]), block, heading))


# Plain text ---------------------------------------------------------------------------------------------


def _plain_units(text: str) -> tuple[list[tuple[_Pieces, bool]], list[Comment]]:
    """Paragraphs split at blank lines, comment lines and list bullets; a single newline is a soft break.

    A first paragraph of one line without closing punctuation is the headline; so is a line opened by
    Markdown's "#" right above the text it heads."""
    units: list[tuple[_Pieces, bool]] = []
    comments: list[Comment] = []
    para: list[int] = []  # [start, end] of the paragraph being collected

    def flush(heading: bool = False) -> None:
        if para:
            line = text[para[0] : para[1]]
            heading = heading or (not units and "\n" not in line.strip() and not _closed(line))
            units.append(([(line, range(para[0], para[1]))], heading))
            para.clear()

    for start in _line_starts(text):
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        comment = _LINE_COMMENT.fullmatch(text, start, end)
        bullet = _BULLET.match(text, start, end)
        link = _URL_LINE.fullmatch(text, start, end)
        if comment or bullet or link or not text[start:end].strip():
            flush()
        if link:
            continue  # a web address alone on its line (where the copy came from) states nothing
        if comment:
            inner_start = text.index("<!--", start)
            comments.append(Comment(comment.group(1).strip(), inner_start, comment.end(1) + 3))
        elif bullet:
            para[:] = [bullet.end(), end]
        elif text[start:end].strip():
            if para and "\n" not in text[para[0]:para[1]] and _heading_line(text[para[0]:para[1]]) \
                    and not text[start:end].lstrip()[:1].islower():
                flush(heading=True)  # "## Former Billionaire Sentenced to 25 Years" above its first paragraph
            para[:] = [para[0] if para else start, end]
    flush()
    return units, comments


def _closed(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", ":"))


def _heading_line(line: str) -> bool:
    """A line written as a Markdown heading ("## ...") with no closing punctuation. (A line in title case is
    not enough: a wrapped line of names looks the same.)"""
    stripped = line.strip()
    return stripped.startswith("#") and not _closed(stripped)


# Markdown -----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def _markdown_units(text: str) -> tuple[list[tuple[_Pieces, bool]], list[Comment]]:
    """One unit per inline token (paragraph, heading, table cell); comments from HTML blocks and inline."""
    # markdown-it takes a lone CR for a line end, but lines are counted by LF only: blank it for parsing.
    # Same length, so offsets into the parsed copy are offsets into the original.
    src = _LONE_CR.sub(" ", text)
    starts = _line_starts(text)
    units: list[tuple[_Pieces, bool]] = []
    comments: list[Comment] = []
    cursor = 0
    heading = False
    for token in _markdown().parse(src):
        if token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
        if token.map is None:
            continue
        lo = starts[token.map[0]] if token.map[0] < len(starts) else len(text)
        hi = starts[token.map[1]] if token.map[1] < len(starts) else len(text)
        if token.type == "html_block":
            comments.extend(_block_comments(text, lo, hi))
        elif token.type == "inline" and lo < hi:
            walk = _InlineWalk(src, hi, max(lo, cursor) if cursor < hi else lo)
            walk.run(token.children or [])
            cursor = walk.pos
            units.append((walk.pieces, heading))
            comments.extend(walk.comments)
    return units, comments


def _block_comments(text: str, lo: int, hi: int) -> list[Comment]:
    found: list[Comment] = []
    at = text.find("<!--", lo, hi)
    while at >= 0:
        close = text.find("-->", at + 4, hi)
        if close < 0:
            break
        found.append(Comment(text[at + 4 : close].strip(), at, close + 3))
        at = text.find("<!--", close + 3, hi)
    return found


class _InlineWalk:
    """Walks one inline token's children, finding each kept character in ``src[pos:hi]`` from a cursor."""

    def __init__(self, src: str, hi: int, pos: int) -> None:
        self.src, self.hi, self.pos = src, hi, pos
        self.pieces: _Pieces = []
        self.comments: list[Comment] = []

    def run(self, children: Sequence[Token]) -> None:
        in_autolink = False
        for child in children:
            kind = child.type
            if kind == "link_open":
                in_autolink = child.markup == "autolink"
            elif kind == "link_close":
                if in_autolink:  # "<https://...>": the URL is not prose
                    close = self.src.find(">", self.pos, self.hi)
                    self.pos = close + 1 if close >= 0 else self.pos
                else:  # past the "]" closing the text, then any "(destination)" or "[label]"
                    close = self.src.find("]", self.pos, self.hi)
                    self.pos = _past_group(self.src, close + 1, self.hi) if close >= 0 else self.pos
                in_autolink = False
            elif in_autolink:
                continue
            elif kind == "text":
                self._text(child.content)
            elif kind in ("softbreak", "hardbreak"):
                self._line_break()
            elif kind == "code_inline":
                self._skip_code(child.markup)
            elif kind == "html_inline":
                self._html(child.content)
            elif kind == "image":
                start = self.src.find("![", self.pos, self.hi)
                if start >= 0:
                    self.pos = _past_group(self.src, _past_group(self.src, start + 1, self.hi), self.hi)

    def _text(self, content: str) -> None:
        if not content:
            return
        window = min(self.hi, self.pos + len(content) + _FIND_WINDOW)
        at = self.src.find(content, self.pos, window)
        if at >= 0 and _MARKUP_GAP.fullmatch(self.src, self.pos, at):
            self.pieces.append((content, range(at, at + len(content))))
            self.pos = at + len(content)
        else:
            self._align(content)

    def _align(self, content: str) -> None:
        """Character by character, for text changed by the parser: ``&amp;`` → "&", ``\\*`` → "*"."""
        src, hi = self.src, self.hi
        pos = self._first_match(content[0])
        offsets: list[int] = []
        k = 0
        while k < len(content):
            ch = content[k]
            entity = _ENTITY.match(src, pos, hi) if pos < hi and src[pos] == "&" and ch != "&" else None
            decoded = html.unescape(entity.group()) if entity else ""
            if pos < hi and src[pos] == ch:
                offsets.append(pos)
                pos += 1
            elif pos + 1 < hi and src[pos] == "\\" and src[pos + 1] == ch:
                offsets.append(pos + 1)
                pos += 2
            elif entity and decoded and content.startswith(decoded, k):
                offsets.extend([pos] * len(decoded))
                k += len(decoded)
                pos = entity.end()
                continue
            else:
                near = src.find(ch, pos, min(hi, pos + _ALIGN_WINDOW))
                offsets.append(near if near >= 0 else min(pos, hi - 1))
                pos = near + 1 if near >= 0 else pos
            k += 1
        self.pieces.append((content, offsets))
        self.pos = max(self.pos, pos)

    def _first_match(self, ch: str) -> int:
        """Where a piece starting with ``ch`` begins: past markup, at ``ch``, its escape or an entity."""
        src = self.src
        for at in range(self.pos, min(self.hi, self.pos + _FIND_WINDOW)):
            if src[at] == ch or (src[at] == "\\" and src.startswith(ch, at + 1)):
                return at
            entity = _ENTITY.match(src, at, self.hi) if src[at] == "&" else None
            if entity and html.unescape(entity.group()).startswith(ch):
                return at
        return self.pos

    def _line_break(self) -> None:
        newline = self.src.find("\n", self.pos, self.hi)
        if newline < 0:
            self.pieces.append((" ", [min(self.pos, self.hi - 1)]))
            return
        at = newline - 1 if newline > self.pos and self.src[newline - 1] == "\r" else newline
        self.pieces.append((" ", [at]))
        self.pos = newline + 1

    def _skip_code(self, ticks: str) -> None:
        """Past the span: it opens and closes with backtick runs of exactly the markup's length."""
        ends: list[int] = []
        for run in _BACKTICKS.finditer(self.src, self.pos, self.hi):
            if run.group() == ticks:
                ends.append(run.end())
                if len(ends) == 2:  # stop here: scanning on would make a paragraph of spans quadratic
                    break
        self.pos = ends[-1] if ends else self.pos

    def _html(self, content: str) -> None:
        # The parser reads CRLF as LF: let each LF of the content match either.
        # the tag stands next to the cursor: a bounded window keeps many tags in one paragraph linear
        window = min(self.hi, self.pos + 2 * len(content) + _FIND_WINDOW)
        found = re.compile(re.escape(content).replace("\\\n", "\\r?\\n")).search(self.src, self.pos, window)
        if found:
            if content.startswith("<!--") and content.endswith("-->"):
                self.comments.append(Comment(found.group()[4:-3].strip(), found.start(), found.end()))
            self.pos = found.end()


def _past_group(src: str, at: int, hi: int) -> int:
    """Index after the ``[...]`` or ``(...)`` opening at ``at`` (nesting, escapes honoured), else ``at``."""
    if at >= hi or src[at] not in "[(":
        return at
    opening, closing = src[at], "]" if src[at] == "[" else ")"
    depth, i = 0, at
    while i < hi:
        if src[i] == "\\":
            i += 2
            continue
        depth += (src[i] == opening) - (src[i] == closing)
        i += 1
        if depth == 0:
            return i
    return at


def statement_text(text: str) -> str | None:
    """The part of a sentence that states something, or None for boilerplate (bylines, credits, captions).

    A dateline ("PARIS, Dec 27 (Reuters) - ") is blanked rather than cut, so offsets into the sentence
    stay valid for everything read from it.
    """
    cues = load_cues("en")
    if classify(text, cues) is not None:
        return None
    post = embedded_post(text)
    if post is not None:
        # "... pic.twitter.com/xyz — Kyle Rinker (@Kyrinker) January 6, 2024 The landing took place ...": the
        # post and its signature are blanked, and what follows them is the story's next statement
        if not text[post.end:].strip(" \t\n.,;:—–-"):
            return None
        return " " * post.end + text[post.end:]
    head = dateline(text, cues)
    if head is not None:
        return " " * head.end + text[head.end:]
    return text
