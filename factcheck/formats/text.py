"""Compiler-style lines for a terminal: ``path:line:col: verdict claim-id: message``.

Editors and terminals turn ``path:line:col`` into a jump target, so each finding is exactly one
such line; discrepancies follow on indented lines. User text is flattened to one line and
stripped of control characters, so an article cannot move the cursor or recolour the terminal.

Only findings at or above the ``show`` level are listed (by default the problems), and ``quiet``
lists none; the summary line always counts everything, so a short listing never hides how
many sentences were checked and agreed. A suppression comment that cannot be used is listed
whatever ``show`` says, in document order among the findings, because it fails the run.
"""

from __future__ import annotations

from factcheck.findings import DirectiveProblem, Finding, Report, Verdict

from .base import (
    SUPPRESSION_RULE,
    Formatter,
    directive_comment,
    discrepancy_text,
    one_line,
    plain_message,
    report_summary_line,
)

_RESET = "\x1b[0m"
_COLOURS = {
    Verdict.contradicted: "\x1b[1;31m",
    Verdict.unverified: "\x1b[1;33m",
    Verdict.uncovered: "\x1b[36m",
    Verdict.supported: "\x1b[32m",
}
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"


class TextFormatter(Formatter):
    """Plain lines for people at a terminal; ANSI colour only when the caller asks for it."""

    name = "text"
    extension = ".txt"

    def _paint(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text

    def _finding_lines(self, path: str, finding: Finding) -> list[str]:
        where = self._paint(_BOLD, f"{path}:{finding.start.line}:{finding.start.column}:")
        verdict = self._paint(_COLOURS[finding.verdict], finding.verdict.value)
        head = f"{where} {verdict}"
        if finding.claim is not None:
            head += f" {one_line(finding.claim.id)}"
        lines = [f"{head}: {one_line(plain_message(finding))}"]
        lines.extend("    " + self._paint(_DIM, one_line(discrepancy_text(d))) for d in finding.discrepancies)
        return lines

    def _directive_lines(self, path: str, problem: DirectiveProblem) -> list[str]:
        where = self._paint(_BOLD, f"{path}:{problem.start.line}:{problem.start.column}:")
        rule = self._paint(_COLOURS[Verdict.contradicted], SUPPRESSION_RULE)
        return [f"{where} {rule}: {one_line(problem.message)}",
                "    " + self._paint(_DIM, directive_comment(problem))]

    def render(self, report: Report) -> str:
        lines: list[str] = []
        for doc in report.documents if not self.quiet else ():
            path = one_line(doc.path)
            entries = [(f.start.offset, self._finding_lines(path, f)) for f in self.shown(doc.findings)]
            entries += [(p.start.offset, self._directive_lines(path, p)) for p in doc.directive_problems]
            for _offset, entry in sorted(entries, key=lambda e: e[0]):
                lines.extend(entry)
        lines.extend(f"note: {one_line(n)}" for n in report.notices)
        lines.append(report_summary_line(report))
        return "\n".join(lines) + "\n"
