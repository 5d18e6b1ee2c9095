"""Which files make a claim base: every ``*.json`` file below the folders named, and the files named.

A ``*.schema.json`` file below a folder is the JSON Schema kept beside the claims for editors
(``factcheck schema -o claims/claims.schema.json``), not claims, and is left out; named on its own it is read.

Kept apart from :mod:`factcheck.loader` because a run that finds its base in the cache needs the list of
files (their bytes are the cache key) but none of the validation the loader imports.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import Problem

__all__ = ["claim_files"]

_SCHEMA_SUFFIX = ".schema.json"


def claim_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """Expand directories to the ``*.json`` files below them, sorted; report paths that do not exist."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.json") if p.is_file() and not p.name.endswith(_SCHEMA_SUFFIX)))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(raw), "no such file or directory"))
    return files, problems
