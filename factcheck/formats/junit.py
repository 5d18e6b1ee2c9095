"""JUnit XML, for CI systems that only know how to show test results.

Each document is a test suite and each claim it touches is a test case: a contradiction fails
the case, and so does any active finding at or above the run's fail level (``fail_level``, the
``fail_on`` setting); other unverified or uncovered findings and suppressed ones are reported on
``system-out`` without failing it, and a case whose findings are all suppressed counts as skipped.
Statements no claim covers (shown only on request) are gathered in one case named
``uncovered-statements``. Suppression comments that cannot be used fail a case of their own,
``invalid-suppression``, at every fail level: the run fails on them. Notices about a document (a
sentence too long to analyse) go to its suite's ``system-out``, and any other notice to the root's.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from factcheck.findings import DirectiveProblem, DocumentReport, Finding, Report, Verdict

from .base import (
    SUPPRESSION_RULE,
    Formatter,
    directive_comment,
    discrepancy_text,
    document_notices,
    fails_case,
    full_message,
    plain_message,
)

UNCLAIMED_CASE = "uncovered-statements"
# XML 1.0 forbids most control characters and lone surrogates even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Make text legal in XML 1.0; ElementTree escapes markup but not these."""
    return _NOT_XML.sub("\ufffd", text)


def _describe(finding: Finding) -> str:
    head = f"{finding.start.line}:{finding.start.column}: {finding.verdict.value}"
    if finding.suppressed:
        head += " (suppressed)"
    lines = [f"{head}: {plain_message(finding)}", f"  sentence: {finding.sentence}"]
    lines += [f"  {discrepancy_text(d)}" for d in finding.discrepancies]
    if finding.claim is not None and finding.claim.provenance:
        lines.append(f"  source: {finding.claim.provenance}")
    return "\n".join(lines)


def _cases(doc: DocumentReport) -> dict[str, list[Finding]]:
    """Findings grouped by claim id, in order of first appearance."""
    groups: dict[str, list[Finding]] = {}
    for finding in doc.findings:
        groups.setdefault(finding.claim_id or UNCLAIMED_CASE, []).append(finding)
    return groups


def _testcase(
    suite: ET.Element, path: str, name: str, findings: list[Finding], level: Verdict | None
) -> tuple[bool, bool]:
    """Add one test case; return whether it failed and whether it was skipped."""
    case = ET.SubElement(suite, "testcase", classname=xml_text(path), name=xml_text(name))
    active = [f for f in findings if not f.suppressed]
    failures = [f for f in active if fails_case(f, level)]
    if failures:
        first = failures[0]
        failure = ET.SubElement(case, "failure", message=xml_text(full_message(first)), type=first.rule)
        failure.text = xml_text("\n\n".join(_describe(f) for f in failures))
    skipped = not active
    if skipped:
        ET.SubElement(case, "skipped", message="all findings suppressed")
    notes = [f for f in findings
             if f.suppressed or (f.verdict is not Verdict.supported and not fails_case(f, level))]
    if notes:
        ET.SubElement(case, "system-out").text = xml_text("\n\n".join(_describe(f) for f in notes))
    return bool(failures), skipped


def _directive_case(suite: ET.Element, path: str, problems: tuple[DirectiveProblem, ...]) -> None:
    case = ET.SubElement(suite, "testcase", classname=xml_text(path), name=SUPPRESSION_RULE)
    failure = ET.SubElement(case, "failure", message=xml_text(problems[0].message), type=SUPPRESSION_RULE)
    failure.text = xml_text("\n\n".join(
        f"{p.start.line}:{p.start.column}: {p.message}\n  comment: {directive_comment(p)}" for p in problems
    ))


@dataclass
class _Counts:
    """The attributes JUnit consumers read to show totals without walking the cases."""

    tests: int = 0
    failures: int = 0
    skipped: int = 0

    def add(self, failed: bool, skipped: bool) -> None:
        self.tests += 1
        self.failures += failed
        self.skipped += skipped

    def add_all(self, other: _Counts) -> None:
        self.tests += other.tests
        self.failures += other.failures
        self.skipped += other.skipped

    def apply(self, element: ET.Element) -> None:
        for key, value in (("tests", self.tests), ("failures", self.failures), ("errors", 0)):
            element.set(key, str(value))
        element.set("skipped", str(self.skipped))


class JunitFormatter(Formatter):
    """Deterministic JUnit XML: no timestamps, no host names, fixed element order."""

    name = "junit"
    extension = ".xml"

    def render(self, report: Report) -> str:
        root = ET.Element("testsuites", name=xml_text(report.tool_name))
        totals = _Counts()
        for doc in report.documents:
            suite = ET.SubElement(root, "testsuite", name=xml_text(doc.path))
            counts = _Counts()
            for name, findings in _cases(doc).items():
                counts.add(*_testcase(suite, doc.path, name, findings, self.fail_level))
            if doc.directive_problems:
                _directive_case(suite, doc.path, doc.directive_problems)
                counts.add(True, False)
            if notices := document_notices(report, doc):
                ET.SubElement(suite, "system-out").text = xml_text("\n".join(notices))
            counts.apply(suite)
            totals.add_all(counts)
        placed = {n for doc in report.documents for n in document_notices(report, doc)}
        if rest := [n for n in report.notices if n not in placed]:
            ET.SubElement(root, "system-out").text = xml_text("\n".join(rest))
        totals.apply(root)
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
