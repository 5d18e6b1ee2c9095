"""The one interface every report format implements, and the small helpers they share.

Formatters only turn a finished :class:`~factcheck.findings.Report` into text; they never
decide the exit status and never look at the claim base. Helpers that more than one format
needs (paths, fingerprints, message wording, verdict labels) live here so the formats agree.
"""

from __future__ import annotations

import abc
import hashlib
import os
import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import ClassVar

from factcheck.findings import (
    INVALID_SUPPRESSION,
    DirectiveProblem,
    Discrepancy,
    DocumentReport,
    Finding,
    Report,
    Summary,
    Verdict,
)

#: Symbols that carry the verdict without relying on colour.
VERDICT_SYMBOLS = {Verdict.contradicted: "✗", Verdict.unverified: "?", Verdict.uncovered: "○", Verdict.supported: "✓"}

#: The kind of a suppression comment that cannot be used as written (see :class:`DirectiveProblem`).
SUPPRESSION_RULE = INVALID_SUPPRESSION

#: Every kind of problem a report can hold, in a fixed order (SARIF rule indexes use it): the kinds a
#: non-supported finding can have, then the suppression comment that cannot be used. New kinds go at
#: the end, so the index of an existing rule never changes.
PROBLEM_RULES: tuple[str, ...] = (
    "contradicted-claim",
    "unattributed-allegation",
    "unconfirmed-detail",
    "unverified-statement",
    "uncovered-statement",
    SUPPRESSION_RULE,
)

#: Severity per finding kind, in the words SARIF and GitHub share (error / warning / note).
RULE_LEVELS = {
    "contradicted-claim": "error",
    "unattributed-allegation": "warning",
    "unconfirmed-detail": "note",
    "unverified-statement": "note",
    "uncovered-statement": "note",
    # It fails the run at every level but ``never``: something meant to be silenced is not.
    SUPPRESSION_RULE: "error",
}

#: The distribution whose metadata names the documentation (``[project.urls]`` in pyproject.toml).
DISTRIBUTION = "factcheck-claims"
#: The documentation's address when the installed metadata gives none (a source tree run without
#: installing it, or an install made before the address was set). Keep it equal to
#: ``[project.urls] Documentation`` in pyproject.toml; a test compares the two.
DEFAULT_DOCS_URL = "https://github.com/OWNER/REPOSITORY/blob/main/docs"

_WS = re.compile(r"\s+")
# C0 controls except tab/newline/carriage return, DEL and C1 controls: they can drive a terminal
# (ANSI escapes) or make XML invalid, and no article needs them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Formatter(abc.ABC):
    """Turns a report into one string; instances are cheap and hold only rendering options."""

    name: ClassVar[str]
    extension: ClassVar[str]

    def __init__(
        self,
        *,
        color: bool = False,
        base_dir: str | None = None,
        fail_level: Verdict | None = Verdict.contradicted,
        show: Verdict = Verdict.uncovered,
        quiet: bool = False,
    ) -> None:
        self.color = color
        self.base_dir = base_dir
        # The run's ``fail_on`` level, for formats that mark failures themselves (JUnit);
        # ``None`` (``never``) leaves contradictions as the only failures, as by default.
        self.fail_level = fail_level
        # Formats read by people (text, HTML) list only findings at or above ``show``: by default
        # the problems, so agreements do not bury them. ``quiet`` leaves the summary alone.
        # Machine formats ignore both; their consumers filter for themselves.
        self.show = show
        self.quiet = quiet

    def shown(self, findings: Iterable[Finding]) -> list[Finding]:
        """The active findings a person asked to see, in document order."""
        return [f for f in findings if not f.suppressed and f.verdict.severity >= self.show.severity]

    @abc.abstractmethod
    def render(self, report: Report) -> str:
        """Return the whole report; the caller chooses where it goes (stdout or a file)."""


@lru_cache(maxsize=1)
def docs_url() -> str:
    """The base address of the documentation, without a trailing slash, for links in reports.

    It is read from the installed package's metadata, so whoever publishes factcheck sets it once,
    as ``Documentation`` under ``[project.urls]`` in pyproject.toml, and every report links there.
    Imported here: reading metadata pulls in the email package, and only SARIF links the documentation.
    """
    import importlib.metadata

    try:
        entries = importlib.metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:
        entries = []
    for entry in entries:
        label, _sep, url = str(entry).partition(",")
        if label.strip().casefold() == "documentation" and url.strip():
            return str(url).strip().rstrip("/")
    return DEFAULT_DOCS_URL


def clean_controls(text: str) -> str:
    """Replace control characters one-for-one, so offsets into the text stay valid."""
    return _CONTROLS.sub("\ufffd", text)


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) so user text cannot break a line-based format."""
    return _WS.sub(" ", clean_controls(text)).strip()


def fingerprint(finding: Finding, occurrence: int = 0) -> str:
    """A hash of claim id and normalised sentence: stable when the sentence moves to another line.

    The sentence is normalised exactly as for baselines, so a dashboard and a
    baseline agree on when a finding is "the same" one. ``occurrence`` tells apart the same
    sentence repeated in one file (0 for the first, 1 for the second, ...), so two identical
    problems stay two alerts; the first occurrence keeps the hash it always had.
    """
    from factcheck.baseline import normalise_sentence  # imported by the formats that fingerprint, not by text

    key = f"{finding.claim_id or ''}\x00{normalise_sentence(finding.sentence)}"
    if occurrence:
        key += f"\x00{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def occurrence_fingerprints(findings: Iterable[Finding]) -> list[str]:
    """:func:`fingerprint` of each finding of one file, numbering repeats of the same sentence and claim."""
    seen: Counter[str] = Counter()
    out = []
    for finding in findings:
        base = fingerprint(finding)
        out.append(fingerprint(finding, seen[base]))
        seen[base] += 1
    return out


def repository_root(start: str | os.PathLike[str], config: str | os.PathLike[str] | None = None) -> str:
    """The folder paths in SARIF and annotations are relative to: where code scanning resolves them.

    The nearest folder at or above ``start`` holding ``.git`` (the checkout); failing that, the
    config file's folder; failing that, ``start`` itself.
    """
    here = os.path.abspath(start)
    folder = here
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    if config is not None:
        return os.path.dirname(os.path.abspath(config))
    return here


def relative_path(path: str, base_dir: str | None = None) -> str:
    """A POSIX path relative to ``base_dir`` when one is given, for tools that resolve from a root.

    A relative ``path`` is taken from the working directory, as the command line gives it. A path
    outside ``base_dir`` (or standard input, ``-``) is kept as given: ``..`` would point nowhere.
    """
    if base_dir is not None and path != "-":
        root = os.path.abspath(base_dir)
        full = os.path.abspath(path)
        try:
            inside = os.path.commonpath([root, full]) == root
        except ValueError:  # another drive
            inside = False
        if inside:
            path = os.path.relpath(full, root)
    path = path.replace(os.sep, "/")
    if os.altsep:
        path = path.replace(os.altsep, "/")
    return posixpath.normpath(path) if path else path


def discrepancy_text(d: Discrepancy) -> str:
    """``duration: expected 48 hours, found 72 hours`` — the wording every format uses."""
    return f"{d.field}: expected {d.expected}, found {d.found}"


def plain_message(finding: Finding) -> str:
    """The message without a trailing list of the discrepancies' field names.

    ``contradicts the record (count)`` repeats what the discrepancy line beside it says in full
    (``count: expected 2 diplomats, found three``); a reader should get each fact once.
    """
    message = finding.message.strip()
    fields = ", ".join(dict.fromkeys(d.field for d in finding.discrepancies))
    if fields and message.endswith(f"({fields})"):
        message = message[: -len(fields) - 2].rstrip()
    return message


def full_message(finding: Finding, separator: str | None = None) -> str:
    """The message with its discrepancies, for formats that show a single text per finding.

    By default the discrepancies follow in parentheses on the same line; with a ``separator``
    (such as a newline) each one becomes its own part. Each fact appears once (see
    :func:`plain_message`).
    """
    message = plain_message(finding)
    details = [discrepancy_text(d) for d in finding.discrepancies]
    if separator is not None:
        return separator.join(p for p in (message, *details) if p)
    if not details:
        return message
    joined = "; ".join(details)
    return f"{message} ({joined})" if message else joined


def verdict_label(verdict: Verdict) -> str:
    """``✗ contradicted``: symbol plus word, so the verdict never depends on colour."""
    return f"{VERDICT_SYMBOLS[verdict]} {verdict.value}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(summary: Summary, documents: int, invalid_suppressions: int = 0) -> str:
    """``1 contradicted, 2 unverified, 3 supported (1 suppressed) in 2 documents``.

    Uncovered findings are counted only when there are some (they are shown only on request), and
    suppression comments that cannot be used likewise: they fail the run, so a summary read on its
    own (``--quiet``) must still say why.
    """
    counts = ", ".join(f"{summary.count(v)} {v.value}" for v in shown_verdicts(summary))
    line = f"{counts} ({summary.suppressed} suppressed) in {plural(documents, 'document')}"
    if invalid_suppressions:
        line += f"; {plural(invalid_suppressions, 'invalid suppression comment')}"
    return line


def report_summary_line(report: Report) -> str:
    """:func:`summary_line` for a whole report."""
    return summary_line(report.summary, len(report.documents), invalid_suppression_count(report))


def invalid_suppression_count(report: Report) -> int:
    return sum(len(doc.directive_problems) for doc in report.documents)


def directive_comment(problem: DirectiveProblem) -> str:
    """The comment as it was written, on one line: ``<!-- factcheck-ignore-nxt -->``."""
    return f"<!-- {one_line(problem.text)} -->"


def directive_message(problem: DirectiveProblem) -> str:
    """The problem's message as a sentence, for formats that start messages with a capital.

    A message that opens with the directive's name (``factcheck-enable without ...``) keeps it as
    written: the name is what the editor types, and capitalised it would read as another one.
    """
    message = problem.message
    return message if message.startswith("factcheck-") else message[:1].upper() + message[1:]


def document_notices(report: Report, doc: DocumentReport) -> list[str]:
    """The report's notices about ``doc``: those it carries, and those naming its path first."""
    own = set(doc.notices)
    return [n for n in report.notices if n in own or n.startswith(f"{doc.path}:")]


def suppression_fingerprints(problems: Iterable[DirectiveProblem]) -> list[str]:
    """Stable identities for a file's broken suppression comments, like :func:`occurrence_fingerprints`.

    The rule and the normalised comment, so an alert follows the comment when it moves; a comment
    repeated in one file adds its occurrence number.
    """
    from factcheck.baseline import normalise_sentence

    seen: Counter[str] = Counter()
    out = []
    for problem in problems:
        key = f"{SUPPRESSION_RULE}\x00{normalise_sentence(problem.text)}"
        count = seen[key]
        seen[key] += 1
        if count:
            key += f"\x00{count}"
        out.append(hashlib.sha256(key.encode("utf-8")).hexdigest())
    return out


def shown_verdicts(summary: Summary) -> tuple[Verdict, ...]:
    """The verdicts a report's counts list, worst first; ``uncovered`` only when the report has one."""
    return tuple(
        v for v in sorted(Verdict, key=lambda v: -v.severity) if v is not Verdict.uncovered or summary.uncovered
    )


def fails_case(finding: Finding, level: Verdict | None) -> bool:
    """Whether an active finding is a failure for a format that marks failures (JUnit).

    Contradictions always are; other verdicts from the run's fail level up (``uncovered`` only
    when the run fails on it).
    """
    threshold = Verdict.contradicted if level is None else level
    return finding.verdict is not Verdict.supported and finding.verdict.severity >= threshold.severity


def problems(findings: Iterable[Finding]) -> list[Finding]:
    """Findings worth a tool's attention (contradicted, unverified or uncovered), keeping their order."""
    return [f for f in findings if f.verdict is not Verdict.supported]
