"""A discrepancy memo in GitHub-flavoured Markdown, for a pull-request comment or a desk note.

Contradictions come first and in full (where, the sentence, expected against found, the claim
and where it comes from); unverified statements, and uncovered ones when the run asked for them,
are folded away so the comment stays short. Suppression comments that cannot be used follow the
contradictions: they fail the run, and an editor fixes them in the article like a wrong value.
Everything that comes from an article or a claims file is escaped, so a sentence cannot turn
into a link, an image, raw HTML or a broken table.
"""

from __future__ import annotations

import re

from factcheck.findings import DocumentReport, Finding, Report, Verdict

from .base import (
    VERDICT_SYMBOLS,
    Formatter,
    directive_comment,
    discrepancy_text,
    one_line,
    plain_message,
    report_summary_line,
    shown_verdicts,
)

_SPECIAL = re.compile(r"([\\`*_\[\]{}()!|~#])")
_LIST_MARK = re.compile(r"^([-+=])")
_NUMBER_MARK = re.compile(r"^(\d+)([.)])")


def md_escape(text: str) -> str:
    """Inline-safe Markdown: one line, HTML specials as entities, Markdown specials backslashed."""
    flat = one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _SPECIAL.sub(r"\\\1", flat)
    # A leading "-", "+", "1." or "=" would start a list or heading when the text opens a line.
    return _NUMBER_MARK.sub(r"\1\\\2", _LIST_MARK.sub(r"\\\1", flat))


def md_code(text: str) -> str:
    """A code span around ``text``, fenced by more backticks than it contains in a row.

    Inside a code span nothing is markup, so user text shows exactly as written; the fence is
    the only thing it could break out of.
    """
    flat = one_line(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(cells) + " |" for cells in rows)
    return lines


def _summary_table(report: Report) -> list[str]:
    order = shown_verdicts(report.summary)
    rows: list[tuple[str, ...]] = []
    for doc in report.documents:
        active = doc.active
        counts = [sum(1 for f in active if f.verdict is v) for v in order]
        rows.append((md_escape(doc.path), *(str(c) for c in counts)))
    return _table(("Document", *(v.value.capitalize() for v in order)), rows)


#: The folded sections after the contradictions: verdict and title.
_FOLDED = ((Verdict.unverified, "Unverified statements"), (Verdict.uncovered, "Statements no claim covers"))


def _claim_lines(finding: Finding) -> list[str]:
    claim = finding.claim
    if claim is None:
        return ["No claim record covers this statement."]
    lines = [f"**Claim {md_escape(claim.id)}** ({md_escape(claim.status)}): {md_escape(claim.statement)}"]
    if claim.provenance:
        lines.append(f"**Source:** {md_escape(claim.provenance)}")
    return lines


def _contradiction(number: int, doc: DocumentReport, finding: Finding) -> list[str]:
    where = md_escape(f"{doc.path}:{finding.start.line}")
    lines = [f"### {number}. {where}", "", f"> {md_escape(finding.sentence)}", ""]
    if message := plain_message(finding):
        lines += [md_escape(message), ""]
    if finding.discrepancies:
        rows = [tuple(md_escape(x) for x in (d.field, d.expected, d.found)) for d in finding.discrepancies]
        lines += [*_table(("Field", "Expected", "Found"), rows), ""]
    for line in _claim_lines(finding):
        lines += [line, ""]
    return lines


def _unverified_item(doc: DocumentReport, finding: Finding) -> list[str]:
    where = md_escape(f"{doc.path}:{finding.start.line}")
    lines = [f"- **{where}** — {md_escape(finding.sentence)}"]
    if message := plain_message(finding):
        lines.append(f"  - {md_escape(message)}")
    lines.extend(f"  - {md_escape(discrepancy_text(d))}" for d in finding.discrepancies)
    if finding.claim is not None:
        lines.extend(f"  - {line}" for line in _claim_lines(finding))
    return lines


def _directive_section(report: Report) -> list[str]:
    found = list(report.directive_problems())
    if not found:
        return []
    lines = [f"## {VERDICT_SYMBOLS[Verdict.contradicted]} Suppression comments that cannot be used ({len(found)})", ""]
    for doc, problem in found:
        where = md_escape(f"{doc.path}:{problem.start.line}")
        lines.append(f"- **{where}** {md_code(directive_comment(problem))} — {md_escape(problem.message)}")
    return [*lines, ""]


class MarkdownFormatter(Formatter):
    """GitHub-flavoured Markdown; readable as plain text too."""

    name = "markdown"
    extension = ".md"

    def render(self, report: Report) -> str:
        lines = ["# Fact-check report", "", report_summary_line(report), ""]
        lines += [f"> {md_escape(n)}" for n in report.notices]
        if report.notices:
            lines.append("")
        if report.documents:
            lines += [*_summary_table(report), ""]
        contradicted = [(d, f) for d, f in report.findings() if f.verdict is Verdict.contradicted]
        lines += [f"## {VERDICT_SYMBOLS[Verdict.contradicted]} Contradicted claims", ""]
        if not contradicted:
            lines += ["No contradictions found.", ""]
        for number, (doc, finding) in enumerate(contradicted, 1):
            lines += _contradiction(number, doc, finding)
        lines += _directive_section(report)
        for verdict, heading in _FOLDED:
            folded = [(d, f) for d, f in report.findings() if f.verdict is verdict]
            if folded:
                title = f"{VERDICT_SYMBOLS[verdict]} {heading} ({len(folded)})"
                lines += ["<details>", f"<summary>{title}</summary>", ""]
                for doc, finding in folded:
                    lines += _unverified_item(doc, finding)
                lines += ["", "</details>", ""]
        return "\n".join(lines).rstrip("\n") + "\n"
