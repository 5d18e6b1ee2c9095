"""Report formats, chosen by name; plus the atomic write every report file goes through.

The name-to-class table is a read-only constant rather than a registry filled by decorators,
so the set of formats is visible in one place and cannot change while the program runs.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

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


def _new_file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give, since ``mkstemp`` always uses 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | Path, data: str) -> None:
    """Replace ``path`` with ``data`` (UTF-8) so readers see the old file or the new one, never half.

    The text goes to a temporary file in the same directory (so the rename stays on one file
    system), is flushed to disk, takes the old file's permissions, and is renamed over the
    target. A symbolic link is followed, so the link keeps pointing at the updated file.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _sync_directory(target.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory, so it is best-effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
