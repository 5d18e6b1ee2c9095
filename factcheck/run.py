"""One check run over many files: read, match, suppress, baseline. The library side of ``factcheck check``.

It takes a typed :class:`~factcheck.config.Settings`, never command-line
arguments, so editors' scripts and the CLI run exactly the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from factcheck import __version__
from factcheck.baseline import load_baseline
from factcheck.claimbase import ClaimBase
from factcheck.config import Settings
from factcheck.document import Document, DocumentError, read_file, read_text
from factcheck.findings import DocumentReport, Report
from factcheck.suppress import UnusedSuppression, apply_suppressions


@dataclass(frozen=True)
class RunResult:
    """The report plus what could not be checked and which suppressions did nothing."""

    report: Report
    errors: tuple[str, ...] = ()
    unused_suppressions: tuple[tuple[str, UnusedSuppression], ...] = ()
    suppression_problems: tuple[str, ...] = ()
    # The report before the baseline filter, uncovered findings included whatever the settings say:
    # what a new baseline records, so turning ``uncovered`` on later brings up no accepted sentence.
    checked: Report | None = None


def check_files(
    base: ClaimBase,
    files: Sequence[Path | Literal["-"]],
    settings: Settings,
    *,
    stdin: Callable[[], str] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    root: Path | None = None,
) -> RunResult:
    """Check every file; unreadable files are reported in ``errors`` and the rest still checked.

    Uncovered findings are always computed, so suppression comments and baselines see them
    (a directive that silences one is not "unused"); the report leaves them out unless
    :attr:`Settings.shows_uncovered`.
    """
    documents: list[DocumentReport] = []
    errors: list[str] = []
    unused: list[tuple[str, UnusedSuppression]] = []
    problems: list[str] = []
    for n, item in enumerate(files, 1):
        shown = "-" if item == "-" else str(item)
        if progress is not None:
            progress(n, len(files), shown)
        try:
            document = _read(item, stdin)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        result = base.check_document(document, uncovered=True)
        suppression = apply_suppressions(document, result.findings)
        documents.append(replace(result, findings=tuple(suppression.findings)))
        unused.extend((document.path, u) for u in suppression.unused)
        problems.extend(f"{document.path}:{document.position(p.offset).line}: {p.message}"
                        for p in suppression.problems)
    checked = Report(tuple(documents), tool_version=__version__)
    report = checked
    if settings.baseline:
        report = load_baseline(Path(settings.baseline), root=root).filter(checked)
    if not settings.shows_uncovered:
        report = report.without_uncovered()
    return RunResult(report, tuple(errors), tuple(unused), tuple(problems), checked)


def _read(item: Path | Literal["-"], stdin: Callable[[], str] | None) -> Document:
    if item == "-":
        if stdin is None:
            raise DocumentError("-", "standard input is not available")
        return read_text(stdin(), "-", kind="markdown")
    return read_file(item)
