"""Map JSON pointers to line and column in the original text.

``json.loads`` forgets where values were; an editor fixing a claims file needs
the line. This scanner walks text already known to be valid JSON and records
where every value starts, keyed by its JSON pointer.
"""

from __future__ import annotations

import re

_WS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def value_offsets(text: str) -> dict[str, int]:
    """Return ``{pointer: offset}`` for every value of a valid JSON document (root is ``""``)."""
    import json

    offsets: dict[str, int] = {}
    pos = 0

    def skip(p: int) -> int:
        m = _WS.match(text, p)
        return m.end() if m else p

    def parse(p: int, pointer: str) -> int:
        p = skip(p)
        offsets[pointer] = p
        ch = text[p]
        if ch == "{":
            p = skip(p + 1)
            if text[p] == "}":
                return p + 1
            while True:
                m = _STRING.match(text, p)
                if m is None:
                    raise ValueError(f"expected a key at offset {p}")
                key = json.loads(m.group())
                p = skip(m.end())
                p = parse(p + 1, f"{pointer}/{_escape(key)}")  # past ':'
                p = skip(p)
                if text[p] == "}":
                    return p + 1
                p = skip(p + 1)  # past ','
        if ch == "[":
            p = skip(p + 1)
            if text[p] == "]":
                return p + 1
            index = 0
            while True:
                p = skip(parse(p, f"{pointer}/{index}"))
                index += 1
                if text[p] == "]":
                    return p + 1
                p = p + 1
        if ch == '"':
            m = _STRING.match(text, p)
        else:
            m = _SCALAR.match(text, p)
        if m is None:
            raise ValueError(f"unexpected character at offset {p}")
        return m.end()

    parse(pos, "")
    return offsets


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)


def deep_offset(text: str, limit: int) -> int | None:
    """Offset of the first bracket that opens level ``limit + 1``, or ``None`` when nothing nests that deep.

    It works on any text, valid JSON or not, without recursion, so a file nested thousands
    deep (which makes ``json.loads`` give up) can still be pointed at.
    """
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif token in "]}":
            depth = max(0, depth - 1)
    return None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(text: str, pointer: str, offsets: dict[str, int] | None = None) -> tuple[int, int] | None:
    """Line and column of the value at ``pointer``, or of its nearest existing parent."""
    table = offsets if offsets is not None else value_offsets(text)
    while True:
        if pointer in table:
            return line_col(text, table[pointer])
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]
