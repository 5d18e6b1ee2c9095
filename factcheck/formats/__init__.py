"""Report formats, chosen by name; plus the atomic write every report file goes through.

The name-to-class table is a read-only constant rather than a registry filled by decorators,
so the set of formats is visible in one place and cannot change while the program runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from factcheck.atomic import write_atomic

from .base import Formatter
from .github import GithubFormatter
from .html import HtmlFormatter
from .jsonfmt import JsonFormatter
from .junit import JunitFormatter
from .markdown import MarkdownFormatter
from .sarif import SarifFormatter
from .text import TextFormatter

FORMATS: Mapping[str, type[Formatter]] = MappingProxyType(
    {
        cls.name: cls
        for cls in (
            TextFormatter,
            JsonFormatter,
            MarkdownFormatter,
            HtmlFormatter,
            SarifFormatter,
            GithubFormatter,
            JunitFormatter,
        )
    }
)

__all__ = ["FORMATS", "Formatter", "get_formatter", "write_atomic"]


def get_formatter(name: str, **options: Any) -> Formatter:
    """Build the formatter called ``name``; an unknown name is a usage error that lists the valid ones."""
    try:
        cls = FORMATS[name]
    except KeyError:
        valid = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown report format {name!r}; choose one of: {valid}") from None
    return cls(**options)
