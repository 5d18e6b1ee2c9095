"""GitHub Actions workflow commands, so findings appear as annotations on the pull-request diff.

Each file's annotations sit in a collapsible log group. Values are escaped by the runner's rules:
an article containing ``::`` or a newline cannot start a workflow command of its own.
Supported and suppressed findings are left out; they need no one's attention.
"""

from __future__ import annotations

from factcheck.findings import Finding, Report

from .base import RULE_LEVELS, Formatter, clean_controls, full_message, problems, relative_path, summary_line

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

    def _command(self, path: str, finding: Finding) -> str:
        rule = finding.rule
        title = f"factcheck {rule}" + (f" ({finding.claim_id})" if finding.claim_id else "")
        props = {
            "file": path,
            "line": str(finding.start.line),
            "col": str(finding.start.column),
            "endLine": str(finding.end.line),
            "endColumn": str(finding.end.column),
            "title": title,
        }
        joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
        message = escape_data(full_message(finding, separator="\n"))
        return f"::{_COMMAND[RULE_LEVELS[rule]]} {joined}::{message}"

    def render(self, report: Report) -> str:
        lines: list[str] = []
        for doc in report.documents:
            found = problems(doc.active)
            if not found:
                continue
            path = relative_path(doc.path, self.base_dir)
            lines.append(f"::group::{escape_data(path)}")
            lines.extend(self._command(path, f) for f in found)
            lines.append("::endgroup::")
        lines.extend(f"::notice::{escape_data(n)}" for n in report.notices)
        lines.append(escape_data(summary_line(report.summary, len(report.documents))))
        return "\n".join(lines) + "\n"
