"""Report formats, chosen by name; plus the atomic write every report file goes through.

The name-to-class table is a read-only constant rather than a registry filled by decorators,
so the set of formats is visible in one place and cannot change while the program runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from factcheck.atomic import write_atomic

from .base import Formatter

# name -> (module, class); the order is the order formats are listed in
_CLASSES = {
    "text": ("text", "TextFormatter"),
    "json": ("jsonfmt", "JsonFormatter"),
    "markdown": ("markdown", "MarkdownFormatter"),
    "html": ("html", "HtmlFormatter"),
    "sarif": ("sarif", "SarifFormatter"),
    "github": ("github", "GithubFormatter"),
    "junit": ("junit", "JunitFormatter"),
}


class _Formats(Mapping[str, type[Formatter]]):
    """The read-only name-to-class table, importing a format's module when its class is first asked for.

    A run prints one or two formats; importing all seven (XML, SARIF, HTML and their helpers) cost every
    check a few milliseconds for nothing.
    """

    def __getitem__(self, name: str) -> type[Formatter]:
        module, cls = _CLASSES[name]
        found: type[Formatter] = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)

    def __contains__(self, name: object) -> bool:
        return name in _CLASSES

    def __repr__(self) -> str:
        return f"FORMATS({', '.join(_CLASSES)})"


FORMATS: Mapping[str, type[Formatter]] = _Formats()

__all__ = ["FORMATS", "Formatter", "get_formatter", "write_atomic"]


def get_formatter(name: str, **options: Any) -> Formatter:
    """Build the formatter called ``name``; an unknown name is a usage error that lists the valid ones."""
    try:
        cls = FORMATS[name]
    except KeyError:
        valid = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown report format {name!r}; choose one of: {valid}") from None
    return cls(**options)
