"""One check run over many files: read, match, suppress, baseline. The library side of ``factcheck check``.

It takes a typed :class:`~factcheck.config.Settings`, never command-line
arguments, so editors' scripts and the CLI run exactly the same code.
"""

from __future__ import annotations

import codecs
import os
import re
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal, NamedTuple

from factcheck import __version__
from factcheck.claimbase import ClaimBase
from factcheck.config import Settings
from factcheck.document import MARKDOWN_SUFFIXES, Document, DocumentError, read_text
from factcheck.findings import DocumentReport, Report
from factcheck.suppress import UnusedSuppression, apply_suppressions

# Named tuples, not dataclasses: every check imports this module, and a dataclass compiles its methods at
# import (0.3 ms or more a class) where a named tuple compiles one.


class RunResult(NamedTuple):
    """The report plus what could not be checked and which suppressions did nothing."""

    report: Report
    errors: tuple[str, ...] = ()
    unused_suppressions: tuple[tuple[str, UnusedSuppression], ...] = ()
    suppression_problems: tuple[str, ...] = ()
    # The report before the baseline filter, uncovered findings included whatever the settings say:
    # what a new baseline records, so turning ``uncovered`` on later brings up no accepted sentence.
    checked: Report | None = None
    # Documents the checker itself failed on: a bug, never a verdict, so the run cannot pass or fail on them.
    failures: tuple[CheckFailure, ...] = ()


class CheckFailure(NamedTuple):
    """An unexpected exception while checking one document, kept as text so it crosses process boundaries."""

    path: str
    error: str
    traceback: str

    def __str__(self) -> str:
        return f"{self.path}: internal error while checking this document: {self.error}"


def check_files(
    base: ClaimBase,
    files: Sequence[Path | Literal["-"]],
    settings: Settings,
    *,
    stdin: Callable[[], str | bytes] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    root: Path | None = None,
    jobs: int | None = None,
) -> RunResult:
    """Check every file; unreadable files are reported in ``errors`` and the rest still checked.

    Uncovered findings are always computed, so suppression comments and baselines see them
    (a directive that silences one is not "unused"); the report leaves them out unless
    :attr:`Settings.shows_uncovered`.

    Many files are checked on every core (``jobs`` processes; ``None`` picks the number of usable
    cores, ``1`` never starts a process); the report lists documents in the order of ``files`` either way.
    """
    documents: list[DocumentReport] = []
    errors: list[str] = []
    unused: list[tuple[str, UnusedSuppression]] = []
    problems: list[str] = []
    failures: list[CheckFailure] = []
    # standard input is read here, once: a worker process has none
    texts = {"-": stdin()} if stdin is not None and "-" in files else {}
    for n, (shown, outcome) in enumerate(_outcomes(base, files, texts, jobs), 1):
        if progress is not None:
            progress(n, len(files), shown)
        if isinstance(outcome, str):
            errors.append(outcome)
            continue
        if isinstance(outcome, CheckFailure):
            failures.append(outcome)
            continue
        checked_one, path, unused_here, problems_here = outcome
        documents.append(checked_one)
        unused.extend((path, u) for u in unused_here)
        problems.extend(problems_here)
    checked = Report(tuple(documents), tool_version=__version__,
                     notices=tuple(n for d in documents for n in d.notices))
    report = checked
    if settings.baseline:
        from factcheck.baseline import load_baseline  # only a run with a baseline reads one

        report = load_baseline(Path(settings.baseline), root=root).filter(checked)
    if not settings.shows_uncovered:
        report = report.without_uncovered()
    return RunResult(report, tuple(errors), tuple(unused), tuple(problems), checked, tuple(failures))


# Below this many files a run stays in one process: starting workers costs more than it saves.
PARALLEL_MIN_FILES = 16
_Outcome = tuple[DocumentReport, str, tuple[UnusedSuppression, ...], tuple[str, ...]]
_worker_base: ClaimBase | None = None


def _check_one(base: ClaimBase, item: Path | Literal["-"],
               texts: dict[str, str | bytes]) -> _Outcome | str | CheckFailure:
    """One file read, checked and suppressed; an error message instead when it cannot be read.

    Whatever else goes wrong is a bug in the checker; it is caught here, per document, so the
    message can name the document and the other documents are still checked.
    """
    try:
        document = _read(item, texts)
    except DocumentError as exc:
        return str(exc)
    try:
        return _check_document(base, document)
    except Exception as exc:  # reported as an internal error naming the document
        return CheckFailure(document.path, f"{type(exc).__name__}: {exc}"[:500],
                            "".join(traceback.format_exception(exc)))


def _check_document(base: ClaimBase, document: Document) -> _Outcome:
    result = base.check_document(document, uncovered=True)
    suppression = apply_suppressions(document, result.findings)
    report = replace(result, findings=tuple(suppression.findings),
                     directive_problems=tuple(p.located(document.position) for p in suppression.problems))
    problems = tuple(f"{document.path}:{document.position(p.offset).line}: {p.message}"
                     for p in suppression.problems)
    return report, document.path, tuple(suppression.unused), problems


def _outcomes(base: ClaimBase, files: Sequence[Path | Literal["-"]], texts: dict[str, str | bytes],
              jobs: int | None) -> Iterator[tuple[str, _Outcome | str | CheckFailure]]:
    """Each file's outcome, in the order of ``files``, computed here or on worker processes."""
    shown = ["-" if item == "-" else display_path(str(item)) for item in files]
    workers = min(jobs or _usable_cores(), len(files))
    if workers < 2 or len(files) < (PARALLEL_MIN_FILES if jobs is None else 2):
        for name, item in zip(shown, files, strict=True):
            yield name, _check_one(base, item, texts)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded base with the workers for free; elsewhere each worker unpickles it once
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, min(32, len(files) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                             initializer=_start_worker, initargs=(base,)) as pool:
        outcomes = pool.map(_worker_check, files, [texts] * len(files), chunksize=chunk)
        yield from zip(shown, outcomes, strict=True)


def _start_worker(base: ClaimBase) -> None:
    global _worker_base
    _worker_base = base


def _worker_check(item: Path | Literal["-"], texts: dict[str, str | bytes]) -> _Outcome | str | CheckFailure:
    assert _worker_base is not None, "worker started without a claim base"
    return _check_one(_worker_base, item, texts)


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# Characters that would let a file name break a line-based report or drive a terminal: C0 and C1
# controls, DEL, line and paragraph separators, and the bidirectional overrides that reorder text.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def display_path(path: str) -> str:
    """A file name as reports show it: every unprintable character escaped, so the name cannot start a line.

    File names are chosen by whoever wrote the checkout; escaping (rather than dropping) keeps
    two different hostile names from looking the same.
    """
    return _UNPRINTABLE.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                                 else f"\\u{ord(m.group()):04x}"), path)


def _read(item: Path | Literal["-"], texts: dict[str, str | bytes]) -> Document:
    if item == "-":
        if "-" not in texts:
            raise DocumentError("-", "standard input is not available")
        raw = texts["-"]
        return read_text(decode(raw, "-") if isinstance(raw, bytes) else raw, "-", kind="markdown")
    shown = display_path(str(item))
    try:
        data = Path(item).read_bytes()
    except OSError as exc:
        raise DocumentError(shown, f"cannot read file: {exc.strerror or exc}") from exc
    # the suffix of the name as given decides Markdown or plain text
    kind = "markdown" if os.path.splitext(item)[1].lower() in MARKDOWN_SUFFIXES else "text"
    return read_text(decode(data, shown), shown, kind=kind)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, shown: str) -> str:
    """The text of a document: UTF-8, or UTF-16/32 announced by a byte-order mark; anything else is refused.

    Guessing an encoding turns a misread file into a silent pass (UTF-16 without a mark reads as
    UTF-8 with a NUL between letters, and no sentence is found), so what is not clearly one of
    these is an error that names the file.
    """
    encoding, skipped = "utf-8", 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding, skipped = data[len(bom):], name, len(bom)
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        what = "standard input is not" if shown == "-" else "not"
        raise DocumentError(shown, f"{what} valid {encoding.upper()} (byte {exc.start + skipped}: {exc.reason}); "
                                   "save it as UTF-8") from exc
    if "\x00" in text:
        even = data[0::2].count(0)
        odd = data[1::2].count(0)
        guess = "UTF-16-LE" if odd > even else "UTF-16-BE" if even > odd else "not text"
        hint = (f"it looks like {guess} without a byte-order mark; save it as UTF-8"
                if guess != "not text" else "it does not look like text")
        raise DocumentError(shown, f"contains NUL bytes: {hint}")
    return text

