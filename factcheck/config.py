"""Run settings: one typed, frozen object built from a config file and command-line flags.

The library only ever sees :class:`Settings`, never parsed command-line arguments, so a
setting behaves the same whether it came from ``pyproject.toml``, ``.factcheck.toml`` or a
flag. Every problem in a config file is reported with the file and the key, because a
silently ignored typo (``fail-on`` for ``fail_on``) would make CI pass for the wrong reason.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal, cast, get_args

from factcheck.findings import Verdict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

__all__ = [
    "CONFIG_NAME",
    "DEFAULT_INCLUDE",
    "FAIL_ON_CHOICES",
    "ConfigError",
    "FailOn",
    "Settings",
    "find_config",
    "load_settings",
]

CONFIG_NAME = ".factcheck.toml"
PYPROJECT_NAME = "pyproject.toml"

FailOn = Literal["contradicted", "unverified", "uncovered", "never"]
FAIL_ON_CHOICES: tuple[str, ...] = get_args(FailOn)
# The least severe verdict reports for people list: "problems" leaves agreements out.
Show = Literal["all", "problems", "unverified", "contradicted"]
SHOW_CHOICES: tuple[str, ...] = get_args(Show)
SHOW_LEVELS = {"all": Verdict.supported, "problems": Verdict.uncovered, "unverified": Verdict.unverified,
               "contradicted": Verdict.contradicted}
DEFAULT_INCLUDE: tuple[str, ...] = ("**/*.md", "**/*.markdown", "**/*.txt")

# tomllib reports positions only inside its message in Python 3.11-3.13.
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")


class ConfigError(Exception):
    """A config file or flag that cannot be used; the message names the file and the key."""

    def __init__(
        self,
        path: str | Path,
        key: str | None,
        message: str,
        *,
        table: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = str(path)
        self.key = key
        self.message = message
        self.table = table
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [f"{where}:"]
        if self.table:
            parts.append(f"[{self.table}]")
        if self.key:
            parts.append(f"{self.key}:")
        parts.append(self.message)
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a check run needs to know, with the defaults of a run without a config file.

    Paths taken from a config file are already resolved against that file's directory;
    globs in ``include``/``exclude`` stay as written, relative to the directory being walked.
    """

    claims: tuple[str, ...] = ("claims",)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: FailOn = "contradicted"
    format: str = "text"
    reports: tuple[str, ...] = ()
    min_score: float = 0.8
    baseline: str | None = None
    uncovered: bool = False
    allow_empty: bool = False
    show: Show = "problems"

    def __post_init__(self) -> None:
        # Settings built in code get the same checks as settings read from a file, so an
        # invalid object can never reach the library.
        values = _validate({f.name: getattr(self, f.name) for f in fields(self)}, "Settings", None)
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @property
    def fail_verdict(self) -> Verdict | None:
        """The level to pass to :meth:`Report.fails`; ``None`` for ``never``."""
        return None if self.fail_on == "never" else Verdict(self.fail_on)

    @property
    def shows_uncovered(self) -> bool:
        """Whether ``uncovered`` findings are reported: when asked for, or when they fail the run.

        ``fail_on = "uncovered"`` implies them, since a run must never fail on findings it hides.
        """
        return self.uncovered or self.fail_on == "uncovered"

    @property
    def show_verdict(self) -> Verdict:
        """The least severe verdict the text and HTML reports list (the summary counts them all)."""
        return SHOW_LEVELS[self.show]

    def merged(
        self,
        *,
        claims: Sequence[str] | None = None,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        fail_on: str | None = None,
        format: str | None = None,
        reports: Sequence[str] | None = None,
        min_score: float | None = None,
        baseline: str | None = None,
        uncovered: bool | None = None,
        allow_empty: bool | None = None,
        show: str | None = None,
    ) -> Settings:
        """A copy with every override that is not ``None`` applied: flags win over the file.

        Overrides replace the file's value; a caller that wants flags to add to a list
        (``--exclude``) passes the concatenation.
        """
        given: dict[str, Any] = {
            "claims": claims,
            "include": include,
            "exclude": exclude,
            "fail_on": fail_on,
            "format": format,
            "reports": reports,
            "min_score": min_score,
            "baseline": baseline,
            "uncovered": uncovered,
            "allow_empty": allow_empty,
            "show": show,
        }
        overrides = {k: v for k, v in given.items() if v is not None}
        for key in ("claims", "include", "exclude", "reports"):
            if key in overrides and not isinstance(overrides[key], str):
                overrides[key] = tuple(overrides[key])
        checked = _validate(overrides, "command line", None)
        return replace(self, **checked)


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``, or ``None`` when there is none.

    ``.factcheck.toml`` wins over ``pyproject.toml`` in the same directory; a
    ``pyproject.toml`` without a ``[tool.factcheck]`` table belongs to some other tool
    and is passed over, so the search goes on upwards.
    """
    here = start.absolute()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        dedicated = directory / CONFIG_NAME
        if dedicated.is_file():
            return dedicated
        pyproject = directory / PYPROJECT_NAME
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_settings(path: Path) -> Settings:
    """Read one config file into :class:`Settings`, raising :class:`ConfigError` on any problem."""
    data = _read_toml(path)
    table_name: str | None = None
    if path.name == PYPROJECT_NAME:
        table_name = "tool.factcheck"
        tool = data.get("tool", {})
        table = tool.get("factcheck") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError(path, None, "no [tool.factcheck] table")
        if not isinstance(table, dict):
            raise ConfigError(path, "tool.factcheck", f"expected a table, got {_describe(table)}")
    else:
        table = data
    values = _validate(table, path, table_name)
    base = path.parent
    for key in ("claims", "reports", "baseline"):
        if values.get(key) is not None:
            values[key] = _resolve(key, values[key], base, path, table_name)
    return Settings(**values)



def _has_tool_table(pyproject: Path) -> bool:
    data = _read_toml(pyproject)
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, None, f"not UTF-8 text (byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        line, column = _deepest_line(text)
        raise ConfigError(path, None, "invalid TOML: nested too deeply", line=line, column=column) from exc
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = column = None
        if match := _TOML_POSITION.search(message):
            line, column = int(match[1]), int(match[2])
            message = message[: match.start()]
        elif match := _TOML_AT_END.search(message):
            line = text.count("\n") + 1
            column = len(text) - text.rfind("\n")
            message = message[: match.start()]
        raise ConfigError(path, None, f"invalid TOML: {message}", line=line, column=column) from exc
    except ValueError as exc:  # an integer too long for Python to convert (over 4,300 digits)
        match = _LONG_NUMBER.search(text)
        line, column = _line_col(text, match.start()) if match else (None, None)
        raise ConfigError(path, None, "invalid TOML: number too large", line=line, column=column) from exc


_LONG_NUMBER = re.compile(r"[0-9_]{1000,}")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _deepest_line(text: str) -> tuple[int | None, int | None]:
    """Roughly where brackets start nesting past any sensible depth; strings are not told apart here."""
    depth = 0
    for offset, char in enumerate(text):
        if char in "[{":
            depth += 1
            if depth > 64:
                return _line_col(text, offset)
        elif char in "]}":
            depth = max(0, depth - 1)
    return None, None


def _resolve(key: str, value: Any, base: Path, path: Path, table_name: str | None) -> Any:
    """Make paths from a config file independent of the directory the tool runs in, and keep them inside it.

    A config file comes with the checkout, and a checkout may be a stranger's pull request: its
    paths must not reach files elsewhere on the machine (a report written into ``site-packages``
    runs code at the next Python start). Only the command line names paths outside the project.
    """

    def inside(entry: str) -> str:
        problem = _outside(entry, base)
        if problem:
            raise ConfigError(path, key, f"{entry!r} {problem}; a config file may only name paths inside "
                                         f"its own folder (name other paths on the command line)",
                              table=table_name)
        return str(base / entry)

    if key == "claims":
        return tuple(inside(p) for p in value)
    if key == "baseline":
        return inside(value)
    resolved = []
    for entry in value:
        fmt, _, target = entry.partition(":")
        resolved.append(f"{fmt}:{target}" if target == "-" else f"{fmt}:{inside(target)}")
    return tuple(resolved)


def _outside(entry: str, base: Path) -> str | None:
    """Why ``entry`` leads out of ``base``, or ``None`` when it stays inside once links are followed."""
    pure = Path(entry)
    if pure.anchor:
        return "is an absolute path"
    if ".." in pure.parts:
        return "goes up with '..'"
    real_base = os.path.realpath(base)
    real = os.path.realpath(base / pure)
    try:
        inside = os.path.commonpath([real, real_base]) == real_base
    except ValueError:
        inside = False
    return None if inside else "leads out of the project through a symbolic link"


_KEYS: tuple[str, ...] = (
    "claims",
    "include",
    "exclude",
    "fail_on",
    "format",
    "reports",
    "min_score",
    "baseline",
    "uncovered",
    "allow_empty",
    "show",
)


def _validate(table: Mapping[str, Any], path: str | Path, table_name: str | None) -> dict[str, Any]:
    """Check each value's type and range; return them normalised (lists become tuples)."""

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(path, key, message, table=table_name)

    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            import difflib  # only a misspelt key needs it

            hint = difflib.get_close_matches(key.replace("-", "_"), _KEYS, n=1)
            suffix = f"; did you mean '{hint[0]}'?" if hint else f"; known keys: {', '.join(_KEYS)}"
            raise fail(key, f"unknown key{suffix}")
        if key in ("claims", "include", "exclude", "reports"):
            items = _string_list(value)
            if items is None:
                raise fail(key, f"expected a list of strings, got {_describe(value)}")
            if key in ("claims", "include") and not items:
                raise fail(key, "expected at least one entry")
            if any(not item.strip() for item in items):
                raise fail(key, "entries must not be empty")
            if key == "reports":
                for item in items:
                    fmt, sep, target = item.partition(":")
                    if not sep or not fmt.strip() or not target.strip():
                        raise fail(key, f"expected FORMAT:PATH entries, got {item!r}")
                    if fmt not in _format_names():
                        raise fail(key, f"unknown format {fmt!r} in {item!r}; expected one of "
                                        f"{', '.join(_format_names())}")
            out[key] = items
        elif key == "fail_on":
            if value not in FAIL_ON_CHOICES:
                shown = repr(value) if isinstance(value, str) else _describe(value)
                raise fail(key, f"expected one of {', '.join(FAIL_ON_CHOICES)}, got {shown}")
            out[key] = value
        elif key == "format":
            if not isinstance(value, str) or not value.strip():
                raise fail(key, f"expected a format name, got {_describe(value)}")
            if value not in _format_names():
                raise fail(key, f"expected one of {', '.join(_format_names())}, got {value!r}")
            out[key] = value
        elif key == "min_score":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(key, f"expected a number between 0 and 1, got {_describe(value)}")
            if not 0.0 <= float(value) <= 1.0:
                raise fail(key, f"expected a number between 0 and 1, got {value!r}")
            out[key] = float(value)
        elif key == "baseline":
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise fail(key, f"expected a file path, got {_describe(value)}")
            out[key] = value
        elif key in ("uncovered", "allow_empty"):
            if not isinstance(value, bool):
                raise fail(key, f"expected true or false, got {_describe(value)}")
            out[key] = value
        elif key == "show":
            if value not in SHOW_CHOICES:
                shown = repr(value) if isinstance(value, str) else _describe(value)
                raise fail(key, f"expected one of {', '.join(SHOW_CHOICES)}, got {shown}")
            out[key] = value
    return out


def _format_names() -> tuple[str, ...]:
    from factcheck.formats import FORMATS  # imported when needed: the formats are the heavier part

    return tuple(sorted(FORMATS))


def _string_list(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list | tuple):
        return None
    if not all(isinstance(item, str) for item in value):
        return None
    return tuple(cast("Sequence[str]", value))


def _describe(value: Any) -> str:
    """Name a TOML value's kind the way the config file would spell it."""
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"string {value!r}"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, list | tuple):
        kinds = sorted({_kind(v) for v in value})
        return f"array of {', '.join(kinds)}" if kinds else "empty array"
    if isinstance(value, dict):
        return "table"
    return _kind(value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__
