"""SARIF 2.1.0, the format code-scanning dashboards ingest (GitHub code scanning among them).

Only problems become results: supported findings are good news and would clutter an alert
list. Uncovered statements (present only when the run asked for them) are results of level
``note``. Suppressed problems stay, marked with an in-source suppression, so a dashboard can show
that someone silenced them. ``partialFingerprints`` hash the claim id and the normalised
sentence, so an alert keeps its identity when edits move the sentence to another line.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from factcheck.findings import DocumentReport, Finding, Report

from .base import PROBLEM_RULES, RULE_LEVELS, Formatter, fingerprint, full_message, problems, relative_path

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"

_RULE_TEXT = {
    "contradicted-claim": (
        "Contradicts a verified claim",
        "The sentence states a value (a count, a duration, a date, a party) that differs from the "
        "claim record.",
    ),
    "unattributed-allegation": (
        "Allegation stated as fact",
        "The claim record marks this as an allegation, but the sentence states it without attribution.",
    ),
    "unconfirmed-detail": (
        "Detail the claim record does not confirm",
        "The sentence matches a claim but adds a detail the record does not support.",
    ),
    "unverified-statement": (
        "Unverified statement with no claim record",
        "A finding without a claim marked unverified, as reports recorded statements no claim covers "
        "before the uncovered verdict existed.",
    ),
    "uncovered-statement": (
        "Check-worthy statement with no claim record",
        "The sentence states checkable facts (a party with a number, a date or a duration) that no claim "
        "record covers. Reported only when asked for.",
    ),
}


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule,
            "name": "".join(word.capitalize() for word in rule.split("-")),
            "shortDescription": {"text": _RULE_TEXT[rule][0]},
            "fullDescription": {"text": _RULE_TEXT[rule][1]},
            "defaultConfiguration": {"level": RULE_LEVELS[rule]},
        }
        for rule in PROBLEM_RULES
    ]


def _properties(finding: Finding) -> dict[str, Any]:
    props: dict[str, Any] = {
        "verdict": finding.verdict.value,
        "score": float(finding.score),
        "discrepancies": [
            {"field": d.field, "expected": d.expected, "found": d.found} for d in finding.discrepancies
        ],
    }
    if finding.claim is not None:
        props["claim"] = {
            "id": finding.claim.id,
            "statement": finding.claim.statement,
            "status": finding.claim.status,
            "provenance": finding.claim.provenance,
        }
    return props


class SarifFormatter(Formatter):
    """Deterministic SARIF with relative ``%SRCROOT%`` URIs and columns counted in code points."""

    name = "sarif"
    extension = ".sarif"

    def _result(self, doc: DocumentReport, finding: Finding) -> dict[str, Any]:
        rule = finding.rule
        uri = quote(relative_path(doc.path, self.base_dir), safe="/")
        result: dict[str, Any] = {
            "ruleId": rule,
            "ruleIndex": PROBLEM_RULES.index(rule),
            "level": RULE_LEVELS[rule],
            "message": {"text": full_message(finding)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": finding.start.line,
                            "startColumn": finding.start.column,
                            "endLine": finding.end.line,
                            "endColumn": finding.end.column,
                            "charOffset": finding.start.offset,
                            "charLength": max(finding.end.offset - finding.start.offset, 0),
                            "snippet": {"text": finding.sentence},
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
            "properties": _properties(finding),
        }
        if finding.suppressed:
            result["suppressions"] = [{"kind": "inSource"}]
        return result

    def render(self, report: Report) -> str:
        results = [
            self._result(doc, finding) for doc in report.documents for finding in problems(doc.findings)
        ]
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": report.tool_name,
                    "version": report.tool_version,
                    "rules": _rules(),
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        if report.notices:
            run["properties"] = {"notices": list(report.notices)}
        sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        return json.dumps(sarif, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
