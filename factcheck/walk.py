"""Which files a run checks: explicit files as given, directories walked the way git sees them.

Files named on the command line are always checked, whatever the globs say: pre-commit and
editors pass exact file names and expect them to be looked at. Directories are walked
recursively and filtered by ``include``/``exclude`` globs (gitignore syntax, matched against
the path relative to ``root``), by every ``.gitignore`` from ``root`` down, and by a fixed
list of directories that never hold articles (``.git``, hidden directories, ``node_modules``).
The result is sorted so that reports and baselines do not depend on directory order.

pathspec (with the typing_extensions and asyncio it imports) is loaded only for a directory to walk or
a glob to check: the default globs are known to be valid, so a check of named files never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from factcheck.config import DEFAULT_INCLUDE

if TYPE_CHECKING:
    import pathspec

__all__ = ["STDIN", "WalkError", "find_files"]

STDIN: Literal["-"] = "-"
_SKIPPED_DIRS = frozenset({".git", "node_modules"})
_IGNORE_FILE = ".gitignore"


class WalkError(Exception):
    """A path that cannot be checked; the message names it."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_IgnoreStack = tuple[tuple[Path, "pathspec.GitIgnoreSpec"], ...]
# globs that need no checking: the defaults, which every run without settings of its own uses
_KNOWN_VALID = frozenset(DEFAULT_INCLUDE)


def find_files(
    paths: Sequence[str],
    include: Sequence[str],
    exclude: Sequence[str],
    root: Path,
) -> list[Path | Literal["-"]]:
    """Expand command-line paths into the files to check, each once, in a stable order.

    ``"-"`` (standard input) is passed through in its place. Explicit files keep the spelling
    they were given in; files found in a directory are that directory joined with their
    relative path, sorted by it.
    """
    # every glob is checked before any path is looked at, whether or not a directory needs it
    _check_globs(include, "include")
    _check_globs(exclude, "exclude")
    specs: tuple[pathspec.GitIgnoreSpec, pathspec.GitIgnoreSpec] | None = None
    root_abs = _absolute(root)
    out: list[Path | Literal["-"]] = []
    seen: set[str] = set()

    def add(item: Path | Literal["-"]) -> None:
        key = item if isinstance(item, str) else str(_absolute(item))
        if key not in seen:
            seen.add(key)
            out.append(item)

    for given in paths:
        if given == STDIN:
            add(STDIN)
            continue
        path = Path(given)
        if not path.exists():
            raise WalkError(given, "no such file or directory")
        if not path.is_dir():
            add(path)
            continue
        if specs is None:
            specs = _glob_spec(include), _glob_spec(exclude)
        for found in _walk_directory(path, *specs, root_abs):
            add(found)
    return out


def _walk_directory(
    directory: Path,
    include: pathspec.GitIgnoreSpec,
    exclude: pathspec.GitIgnoreSpec,
    root: Path,
) -> list[Path]:
    dir_abs = _absolute(directory)
    base = root if _is_within(dir_abs, root) else dir_abs
    # .gitignore files above the walked directory (up to root) still apply inside it.
    ignores: _IgnoreStack = ()
    parts = dir_abs.relative_to(base).parts
    for depth in range(len(parts)):
        ancestor = base.joinpath(*parts[:depth])
        spec = _read_gitignore(ancestor)
        if spec is not None:
            ignores += ((ancestor, spec),)
    found = [
        (rel, directory / Path(*rel.split("/")))
        for rel in _visit(dir_abs, base, ignores, include, exclude, str(directory))
    ]
    found.sort(key=lambda pair: pair[0])
    return [path for _rel, path in found]


def _visit(
    dir_abs: Path,
    base: Path,
    ignores: _IgnoreStack,
    include: pathspec.GitIgnoreSpec,
    exclude: pathspec.GitIgnoreSpec,
    shown: str,
) -> Iterator[str]:
    """Yield paths of wanted files under ``dir_abs``, relative to the walked directory."""
    own = _read_gitignore(dir_abs)
    if own is not None:
        ignores += ((dir_abs, own),)
    try:
        entries = sorted(os.scandir(dir_abs), key=lambda e: e.name)
    except OSError as exc:
        raise WalkError(shown, exc.strerror or str(exc)) from exc
    for entry in entries:
        entry_abs = dir_abs / entry.name
        rel = entry_abs.relative_to(base).as_posix()
        if entry.is_dir(follow_symlinks=False):
            if entry.name in _SKIPPED_DIRS or entry.name.startswith("."):
                continue
            if _ignored(entry_abs, True, ignores) or exclude.match_file(rel + "/"):
                continue
            for sub in _visit(entry_abs, base, ignores, include, exclude, f"{shown}/{entry.name}"):
                yield f"{entry.name}/{sub}"
        elif entry.is_file():  # follows symlinks to files; symlinked directories are never entered
            if _ignored(entry_abs, False, ignores):
                continue
            if include.match_file(rel) and not exclude.match_file(rel):
                yield entry.name


def _ignored(path: Path, is_dir: bool, ignores: _IgnoreStack) -> bool:
    """Apply .gitignore files deepest first: the nearest file with a matching rule decides."""
    for directory, spec in reversed(ignores):
        rel = path.relative_to(directory).as_posix() + ("/" if is_dir else "")
        decision = spec.check_file(rel).include
        if decision is not None:
            return decision
    return False


def _read_gitignore(directory: Path) -> pathspec.GitIgnoreSpec | None:
    import pathspec

    try:
        text = (directory / _IGNORE_FILE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lines = text.splitlines()
    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except ValueError:
        # git skips lines it cannot parse; so do we, rather than ignoring the whole file.
        return pathspec.GitIgnoreSpec.from_lines(line for line in lines if _valid_pattern(line))


def _valid_pattern(line: str) -> bool:
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except ValueError:
        return False
    return True


def _check_globs(globs: Sequence[str], what: str) -> None:
    for glob in globs:
        if glob not in _KNOWN_VALID and not _valid_pattern(glob):
            raise WalkError(glob, f"invalid {what} glob")


def _glob_spec(globs: Sequence[str]) -> pathspec.GitIgnoreSpec:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(list(globs))


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
