"""SARIF 2.1.0, the format code-scanning dashboards ingest (GitHub code scanning among them).

Only problems become results: supported findings are good news and would clutter an alert
list. Uncovered statements (present only when the run asked for them) are results of level
``note``. Suppressed problems stay, marked with an in-source suppression, so a dashboard can show
that someone silenced them. ``partialFingerprints`` hash the claim id and the normalised
sentence, so an alert keeps its identity when edits move the sentence to another line; a
sentence repeated in the same file adds its occurrence number, so the repeats stay separate
alerts. Artifact URIs are relative to the repository root (``base_dir``), where code scanning
resolves them, and every rule links to its section of the documentation, whose address comes from
the package metadata (:func:`~factcheck.formats.base.docs_url`). A suppression comment that cannot
be used is a result of its own rule, ``invalid-suppression``; notices about how the documents were
checked are tool execution notifications of the run's invocation.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from factcheck.findings import DirectiveProblem, DocumentReport, Finding, Report

from .base import (
    PROBLEM_RULES,
    RULE_LEVELS,
    SUPPRESSION_RULE,
    Formatter,
    directive_message,
    docs_url,
    full_message,
    occurrence_fingerprints,
    problems,
    relative_path,
    suppression_fingerprints,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"


def rules_doc_url() -> str:
    """The page where each rule is explained; a rule's id is the anchor of its heading there."""
    return f"{docs_url()}/reports.md"

# What to do about each kind of finding, for the rule's ``help`` (shown beside an alert).
_RULE_HELP = {
    "contradicted-claim": (
        "Correct the value in the sentence to the one the claim record gives, or, if the record is out "
        "of date, update the claim and its source.",
        "**Fix:** correct the value in the sentence to the one the claim record gives, or update the "
        "claim record (and cite its source) if the facts have changed.",
    ),
    "unattributed-allegation": (
        "Attribute the statement to whoever made the allegation (\"Baku says ...\"), or add a source "
        "that confirms it to the claim record.",
        "**Fix:** attribute the statement to whoever made the allegation (*Baku says ...*, "
        "*according to ...*), or confirm it in the claim record with a source.",
    ),
    "unconfirmed-detail": (
        "Remove or attribute the detail, or record it in the claim with a source that confirms it.",
        "**Fix:** remove or attribute the detail, or add it to the claim record with a source.",
    ),
    "unverified-statement": (
        "Check the statement against a source and record it as a claim, or attribute it.",
        "**Fix:** check the statement against a source and record it as a claim, or attribute it.",
    ),
    "uncovered-statement": (
        "Nothing may be wrong: no claim records this fact. Record it as a claim if it matters to the "
        "story, or leave it.",
        "**No claim covers this.** Record the fact as a claim if it matters to the story; otherwise "
        "nothing needs doing.",
    ),
    SUPPRESSION_RULE: (
        "Correct the comment to one of factcheck-ignore-next, factcheck-disable, factcheck-enable or "
        "factcheck-ignore-file followed by claim ids, with any reason after --; or delete it.",
        "**Fix:** spell the directive as one of `factcheck-ignore-next`, `factcheck-disable`, "
        "`factcheck-enable` or `factcheck-ignore-file`, follow it with claim ids only (a reason goes "
        "after `--`), close every `factcheck-disable` with a matching `factcheck-enable`; or delete "
        "the comment.",
    ),
}

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
    SUPPRESSION_RULE: (
        "Suppression comment that cannot be used",
        "A comment starting with factcheck- is not a directive as written (a misspelt name, something "
        "other than claim ids after it, an enable without a disable), so it silences nothing. It fails "
        "the run unless fail_on is never.",
    ),
}


def _rules() -> list[dict[str, Any]]:
    page = rules_doc_url()
    return [
        {
            "id": rule,
            "name": "".join(word.capitalize() for word in rule.split("-")),
            "shortDescription": {"text": _RULE_TEXT[rule][0]},
            "fullDescription": {"text": _RULE_TEXT[rule][1]},
            "help": {
                "text": f"{_RULE_TEXT[rule][1]} {_RULE_HELP[rule][0]}",
                "markdown": f"{_RULE_TEXT[rule][1]}\n\n{_RULE_HELP[rule][1]}\n\n"
                f"[About {rule}]({page}#{rule})",
            },
            "helpUri": f"{page}#{rule}",
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


def _sentence(text: str) -> str:
    """A message as SARIF wants it: a sentence, starting with a capital."""
    return text[:1].upper() + text[1:]


class SarifFormatter(Formatter):
    """Deterministic SARIF with relative ``%SRCROOT%`` URIs and columns counted in code points."""

    name = "sarif"
    extension = ".sarif"

    def _result(self, doc: DocumentReport, finding: Finding, fingerprint: str) -> dict[str, Any]:
        rule = finding.rule
        uri = quote(relative_path(doc.path, self.base_dir), safe="/")
        result: dict[str, Any] = {
            "ruleId": rule,
            "ruleIndex": PROBLEM_RULES.index(rule),
            "level": RULE_LEVELS[rule],
            "message": {"text": _sentence(full_message(finding))},
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
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            "properties": _properties(finding),
        }
        if finding.suppressed:
            result["suppressions"] = [{"kind": "inSource"}]
        return result

    def _directive_result(self, doc: DocumentReport, problem: DirectiveProblem, fingerprint: str) -> dict[str, Any]:
        uri = quote(relative_path(doc.path, self.base_dir), safe="/")
        start = max(0, min(problem.start.offset, len(doc.text)))
        end = max(start, min(problem.end.offset, len(doc.text)))
        return {
            "ruleId": SUPPRESSION_RULE,
            "ruleIndex": PROBLEM_RULES.index(SUPPRESSION_RULE),
            "level": RULE_LEVELS[SUPPRESSION_RULE],
            "message": {"text": directive_message(problem)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": problem.start.line,
                            "startColumn": problem.start.column,
                            "endLine": problem.end.line,
                            "endColumn": problem.end.column,
                            "charOffset": start,
                            "charLength": end - start,
                            "snippet": {"text": doc.text[start:end]},
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            "properties": {"comment": problem.text},
        }

    def render(self, report: Report) -> str:
        results = []
        for doc in report.documents:
            found = problems(doc.findings)
            results += [self._result(doc, f, fp) for f, fp in zip(found, occurrence_fingerprints(found), strict=True)]
            broken = doc.directive_problems
            results += [self._directive_result(doc, p, fp)
                        for p, fp in zip(broken, suppression_fingerprints(broken), strict=True)]
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
            # Where SARIF readers look for what went wrong while checking; ``properties`` keeps the
            # list where earlier reports had it.
            run["invocations"] = [{
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {"level": "warning", "message": {"text": notice}} for notice in report.notices
                ],
            }]
            run["properties"] = {"notices": list(report.notices)}
        sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        return json.dumps(sarif, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
