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
from collections.abc import Iterable
from typing import ClassVar

from factcheck.baseline import normalise_sentence
from factcheck.findings import Discrepancy, Finding, Report, Summary, Verdict

#: Symbols that carry the verdict without relying on colour.
VERDICT_SYMBOLS = {Verdict.contradicted: "✗", Verdict.unverified: "?", Verdict.uncovered: "○", Verdict.supported: "✓"}

#: Every finding kind a non-supported finding can have, in a fixed order (SARIF rule indexes use it).
#: New kinds go at the end, so the index of an existing rule never changes.
PROBLEM_RULES: tuple[str, ...] = (
    "contradicted-claim",
    "unattributed-allegation",
    "unconfirmed-detail",
    "unverified-statement",
    "uncovered-statement",
)

#: Severity per finding kind, in the words SARIF and GitHub share (error / warning / note).
RULE_LEVELS = {
    "contradicted-claim": "error",
    "unattributed-allegation": "warning",
    "unconfirmed-detail": "note",
    "unverified-statement": "note",
    "uncovered-statement": "note",
}

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
    ) -> None:
        self.color = color
        self.base_dir = base_dir
        # The run's ``fail_on`` level, for formats that mark failures themselves (JUnit);
        # ``None`` (``never``) leaves contradictions as the only failures, as by default.
        self.fail_level = fail_level

    @abc.abstractmethod
    def render(self, report: Report) -> str:
        """Return the whole report; the caller chooses where it goes (stdout or a file)."""


def clean_controls(text: str) -> str:
    """Replace control characters one-for-one, so offsets into the text stay valid."""
    return _CONTROLS.sub("\ufffd", text)


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) so user text cannot break a line-based format."""
    return _WS.sub(" ", clean_controls(text)).strip()


def fingerprint(finding: Finding) -> str:
    """A hash of claim id and normalised sentence: stable when the sentence moves to another line.

    The sentence is normalised exactly as for baselines, so a dashboard and a
    baseline agree on when a finding is "the same" one.
    """
    key = f"{finding.claim_id or ''}\x00{normalise_sentence(finding.sentence)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def relative_path(path: str, base_dir: str | None = None) -> str:
    """A POSIX path relative to ``base_dir`` when one is given, for tools that resolve from a root."""
    if base_dir is not None and os.path.isabs(path):
        path = os.path.relpath(path, os.path.abspath(base_dir))
    path = path.replace(os.sep, "/")
    if os.altsep:
        path = path.replace(os.altsep, "/")
    return posixpath.normpath(path) if path else path


def discrepancy_text(d: Discrepancy) -> str:
    """``duration: expected 48 hours, found 72 hours`` — the wording every format uses."""
    return f"{d.field}: expected {d.expected}, found {d.found}"


def full_message(finding: Finding, separator: str | None = None) -> str:
    """The message with its discrepancies, for formats that show a single text per finding.

    By default the discrepancies follow in parentheses on the same line; with a ``separator``
    (such as a newline) each one becomes its own part.
    """
    details = [discrepancy_text(d) for d in finding.discrepancies]
    if separator is not None:
        return separator.join(p for p in (finding.message, *details) if p)
    if not details:
        return finding.message
    joined = "; ".join(details)
    return f"{finding.message} ({joined})" if finding.message else joined


def verdict_label(verdict: Verdict) -> str:
    """``✗ contradicted``: symbol plus word, so the verdict never depends on colour."""
    return f"{VERDICT_SYMBOLS[verdict]} {verdict.value}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def summary_line(summary: Summary, documents: int) -> str:
    """``1 contradicted, 2 unverified, 3 supported (1 suppressed) in 2 documents``.

    Uncovered findings are counted only when there are some (they are shown only on request).
    """
    counts = ", ".join(f"{summary.count(v)} {v.value}" for v in shown_verdicts(summary))
    return f"{counts} ({summary.suppressed} suppressed) in {plural(documents, 'document')}"


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
