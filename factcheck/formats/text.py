"""Compiler-style lines for a terminal: ``path:line:col: verdict claim-id: message``.

Editors and terminals turn ``path:line:col`` into a jump target, so each finding is exactly one
such line; discrepancies follow on indented lines. User text is flattened to one line and
stripped of control characters, so an article cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

from factcheck.findings import Finding, Report, Verdict

from .base import Formatter, discrepancy_text, one_line, summary_line

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
        lines = [f"{head}: {one_line(finding.message)}"]
        lines.extend("    " + self._paint(_DIM, one_line(discrepancy_text(d))) for d in finding.discrepancies)
        return lines

    def render(self, report: Report) -> str:
        lines: list[str] = []
        for doc, finding in report.findings():
            lines.extend(self._finding_lines(one_line(doc.path), finding))
        lines.extend(f"note: {one_line(n)}" for n in report.notices)
        lines.append(summary_line(report.summary, len(report.documents)))
        return "\n".join(lines) + "\n"
