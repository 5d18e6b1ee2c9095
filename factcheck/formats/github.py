"""GitHub Actions workflow commands, so findings appear as annotations on the pull-request diff.

Each file's annotations sit in a collapsible log group. Values are escaped by the runner's rules:
an article containing ``::`` or a newline cannot start a workflow command of its own.
Supported and suppressed findings are left out; they need no one's attention. File paths are
relative to the repository root (``base_dir``), as the runner matches them against the diff.
The runner ignores columns on an annotation spanning several lines, and then mis-places it, so
such an annotation names only its lines. A suppression comment that cannot be used is an
``::error`` on its line, since it fails the run.
"""

from __future__ import annotations

from factcheck.findings import DirectiveProblem, Finding, Position, Report

from .base import (
    RULE_LEVELS,
    SUPPRESSION_RULE,
    Formatter,
    clean_controls,
    directive_comment,
    full_message,
    problems,
    relative_path,
    report_summary_line,
)

# The runner knows only these three annotation levels; SARIF's "note" is GitHub's "notice".
_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """Escape the message part of a workflow command (control characters are neutralised too)."""
    return clean_controls(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a ``key=value`` property, where ``:`` and ``,`` are also separators."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """``::error``/``::warning``/``::notice`` lines grouped per file."""

    name = "github"
    extension = ".log"

    def _annotation(self, level: str, path: str, start: Position, end: Position, title: str, message: str) -> str:
        props = {"file": path, "line": str(start.line)}
        if end.line == start.line:
            props["col"] = str(start.column)
            props["endLine"] = str(end.line)
            props["endColumn"] = str(end.column)
        else:
            props["endLine"] = str(end.line)
        props["title"] = title
        joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
        return f"::{_COMMAND[level]} {joined}::{escape_data(message)}"

    def _command(self, path: str, finding: Finding) -> str:
        rule = finding.rule
        title = f"factcheck {rule}" + (f" ({finding.claim_id})" if finding.claim_id else "")
        message = full_message(finding, separator="\n")
        return self._annotation(RULE_LEVELS[rule], path, finding.start, finding.end, title, message)

    def _directive(self, path: str, problem: DirectiveProblem) -> str:
        message = f"{problem.message}\n{directive_comment(problem)}"
        return self._annotation(RULE_LEVELS[SUPPRESSION_RULE], path, problem.start, problem.end,
                                f"factcheck {SUPPRESSION_RULE}", message)

    def render(self, report: Report) -> str:
        lines: list[str] = []
        for doc in report.documents:
            found = problems(doc.active)
            if not found and not doc.directive_problems:
                continue
            path = relative_path(doc.path, self.base_dir)
            entries = [(f.start.offset, self._command(path, f)) for f in found]
            entries += [(p.start.offset, self._directive(path, p)) for p in doc.directive_problems]
            lines.append(f"::group::{escape_data(path)}")
            lines.extend(command for _offset, command in sorted(entries, key=lambda e: e[0]))
            lines.append("::endgroup::")
        lines.extend(f"::notice::{escape_data(n)}" for n in report.notices)
        lines.append(escape_data(report_summary_line(report)))
        return "\n".join(lines) + "\n"
