"""The machine-readable report described by ``schemas/report.schema.json``.

Output is byte-for-byte reproducible: every object is built with a fixed key order, findings
keep document order, and the encoder settings never change, so reports can be diffed and
cached. Suppressed findings are kept (flagged) so downstream tools can audit suppressions.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.findings import ClaimInfo, DirectiveProblem, DocumentReport, Finding, Report

from .base import Formatter

#: Bumped only when the shape of the JSON changes incompatibly.
SCHEMA_VERSION = 1


def _claim(claim: ClaimInfo | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    return {
        "id": claim.id,
        "statement": claim.statement,
        "status": claim.status,
        "provenance": claim.provenance,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as plain data; positions are 0-based offsets and 1-based line/column."""
    return {
        "verdict": finding.verdict.value,
        "claim_id": finding.claim_id,
        "line": finding.start.line,
        "column": finding.start.column,
        "end_line": finding.end.line,
        "end_column": finding.end.column,
        "start": finding.start.offset,
        "end": finding.end.offset,
        "sentence": finding.sentence,
        "discrepancies": [
            {"field": d.field, "expected": d.expected, "found": d.found} for d in finding.discrepancies
        ],
        "message": finding.message,
        "score": float(finding.score),
        "rule": finding.rule,
        "suppressed": finding.suppressed,
        "claim": _claim(finding.claim),
    }


def directive_problem_dict(problem: DirectiveProblem) -> dict[str, Any]:
    """A suppression comment that cannot be used, located like a finding."""
    return {
        "rule": problem.rule,
        "line": problem.start.line,
        "column": problem.start.column,
        "end_line": problem.end.line,
        "end_column": problem.end.column,
        "start": problem.start.offset,
        "end": problem.end.offset,
        "comment": problem.text,
        "message": problem.message,
    }


def _document(doc: DocumentReport) -> dict[str, Any]:
    return {
        "path": doc.path,
        "findings": [finding_dict(f) for f in doc.findings],
        "directive_problems": [directive_problem_dict(p) for p in doc.directive_problems],
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as plain data, in the key order the JSON is written."""
    summary = report.summary
    return {
        "tool": {"name": report.tool_name, "version": report.tool_version},
        "schema_version": SCHEMA_VERSION,
        "documents": [_document(d) for d in report.documents],
        "notices": list(report.notices),
        "summary": {
            "supported": summary.supported,
            "contradicted": summary.contradicted,
            "unverified": summary.unverified,
            "uncovered": summary.uncovered,
            "suppressed": summary.suppressed,
        },
    }


class JsonFormatter(Formatter):
    """Deterministic JSON for scripts, dashboards and baselines."""

    name = "json"
    extension = ".json"

    def render(self, report: Report) -> str:
        return json.dumps(report_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
