"""Result records shared by the matcher, the report formats and the CLI.

Every layer passes the same small immutable records, so a formatter never needs
the matcher and the exit status can be computed from a :class:`Report` alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum


class Verdict(str, Enum):
    """What the record says about one sentence and one claim, from best to worst for CI.

    * ``supported``: the sentence agrees with a claim.
    * ``uncovered``: a checkable statement (a party with a number, a date or a duration) that no
      claim covers. Background nobody recorded, as a rule; reported only on request and never
      failing a run unless ``fail_on`` is ``uncovered``.
    * ``unverified``: the record does not settle what the sentence says of a claim (an allegation
      stated as fact, a disputed claim restated as settled).
    * ``contradicted``: the sentence disagrees with a claim.
    """

    supported = "supported"
    uncovered = "uncovered"
    unverified = "unverified"
    contradicted = "contradicted"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    def __str__(self) -> str:
        # ``print(finding.verdict)`` and f-strings in users' scripts should show the word a report uses,
        # not the enum's Python name ``Verdict.supported``.
        return self.value


_SEVERITY = {Verdict.supported: 0, Verdict.uncovered: 1, Verdict.unverified: 2, Verdict.contradicted: 3}


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One slot where the text and the record disagree: ``48 hours`` expected, ``72 hours`` found."""

    field: str
    expected: str
    found: str
    #: Where the found value stands in the document (0-based character offsets), when the checker
    #: knows it; reports then highlight those words rather than the whole sentence.
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class ClaimInfo:
    """What a report shows of the claim behind a finding, so formatters need no claim base."""

    id: str
    statement: str
    status: str = "verified"
    source: str | None = None
    paragraph: int | None = None
    anchor: str | None = None
    #: The source document's address from the claims file, so a report can link to it.
    url: str | None = None

    @property
    def provenance(self) -> str:
        """Human-readable provenance, e.g. ``source-id ¶3 "within 48 hours"``."""
        if self.source is None:
            return ""
        text = self.source
        if self.paragraph is not None:
            text += f" ¶{self.paragraph}"
        if self.anchor:
            text += f' "{self.anchor}"'
        return text


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a document: 0-based character offset, 1-based line and column (in characters)."""

    offset: int
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one (sentence, claim) pair, or on a check-worthy sentence no claim covers."""

    verdict: Verdict
    start: Position
    end: Position
    sentence: str
    message: str
    claim: ClaimInfo | None = None
    discrepancies: tuple[Discrepancy, ...] = ()
    score: float = 0.0
    suppressed: bool = False

    @property
    def claim_id(self) -> str | None:
        return self.claim.id if self.claim else None

    def found_span(self, discrepancy: Discrepancy, text: str) -> tuple[int, int] | None:
        """Where ``discrepancy``'s found value stands in ``text`` (the document this finding is in).

        An editor fixes words, not sentences, so reports point at the conflicting value. The span the
        checker recorded wins; otherwise the found words are looked for inside this finding's
        sentence, tolerating markup and spacing between them. ``None`` when the value is not a
        phrase of the text (``stated as fact``) or cannot be found.
        """
        start = max(0, min(self.start.offset, len(text)))
        end = max(start, min(self.end.offset, len(text)))
        if discrepancy.span is not None:
            lo, hi = discrepancy.span
            if start <= lo < hi <= end:
                return lo, hi
        return find_phrase(text, discrepancy.found, start, end)

    @property
    def rule(self) -> str:
        """A stable finding kind for dashboards: what sort of problem this is."""
        if self.verdict is Verdict.contradicted:
            return "contradicted-claim"
        if self.verdict is Verdict.supported:
            return "supported-claim"
        if self.verdict is Verdict.uncovered:
            return "uncovered-statement"
        if any(d.field == "attribution" for d in self.discrepancies):
            return "unattributed-allegation"
        if self.claim is not None:
            return "unconfirmed-detail"
        # A claim-less unverified finding: what reports made before ``uncovered`` existed held.
        return "unverified-statement"


#: The kind of every :class:`DirectiveProblem`, as reports name it beside the kinds of findings.
INVALID_SUPPRESSION = "invalid-suppression"


@dataclass(frozen=True, slots=True)
class DirectiveProblem:
    """A suppression comment that cannot be used as written: a misspelt directive, a stray enable.

    It travels in the report beside the findings, not only on standard error, because a broken
    directive silently stops silencing what an editor meant to silence; every format can show it
    and :meth:`Report.fails` counts it.
    """

    start: Position
    end: Position
    text: str  # the comment's text, without ``<!--``/``-->``
    message: str

    @property
    def rule(self) -> str:
        return INVALID_SUPPRESSION


_WORD_GAP = r"[\W_]{0,8}?"  # markup, punctuation or spacing between two words of a value


def find_phrase(text: str, phrase: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """First place in ``text[start:end]`` where ``phrase``'s words occur in order, case ignored.

    Words may be separated by spacing, punctuation or Markdown markup (``**three** diplomats``),
    since values are recorded in the clean text a sentence is read as. A match starts at a word
    boundary and runs to the end of its last word, so ``Armenia`` marks ``Armenian`` whole.
    """
    end = len(text) if end is None else end
    words = phrase.split()
    if not words or not any(ch.isalnum() for ch in phrase):
        return None
    pattern = re.compile(r"(?<!\w)" + _WORD_GAP.join(re.escape(w) for w in words), re.IGNORECASE)
    found = pattern.search(text, start, end)
    if found is None:
        return None
    stop = found.end()
    while stop < end and text[stop].isalnum():
        stop += 1
    return found.start(), stop


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """Findings for one checked document, in document order; keeps the text so reports can quote it."""

    path: str
    text: str
    findings: tuple[Finding, ...] = ()
    # Suppression comments that could not be applied, in document order.
    directive_problems: tuple[DirectiveProblem, ...] = ()
    # What the reader must know about how the document was checked ("a sentence too long to analyse
    # was not checked"); a report gathers them into :attr:`Report.notices`.
    notices: tuple[str, ...] = ()

    @property
    def active(self) -> tuple[Finding, ...]:
        """Findings not silenced by a suppression comment or a baseline."""
        return tuple(f for f in self.findings if not f.suppressed)


@dataclass(frozen=True, slots=True)
class Summary:
    supported: int = 0
    contradicted: int = 0
    unverified: int = 0
    suppressed: int = 0
    uncovered: int = 0

    def count(self, verdict: Verdict) -> int:
        return int(getattr(self, verdict.value))


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found, ready for any formatter."""

    documents: tuple[DocumentReport, ...] = ()
    tool_name: str = "factcheck"
    tool_version: str = "0"
    notices: tuple[str, ...] = field(default=())

    def findings(self, include_suppressed: bool = False) -> Iterator[tuple[DocumentReport, Finding]]:
        for doc in self.documents:
            for f in doc.findings:
                if include_suppressed or not f.suppressed:
                    yield doc, f

    @property
    def summary(self) -> Summary:
        counts = {v: 0 for v in Verdict}
        suppressed = 0
        for _doc, f in self.findings(include_suppressed=True):
            if f.suppressed:
                suppressed += 1
            else:
                counts[f.verdict] += 1
        return Summary(
            supported=counts[Verdict.supported],
            contradicted=counts[Verdict.contradicted],
            unverified=counts[Verdict.unverified],
            suppressed=suppressed,
            uncovered=counts[Verdict.uncovered],
        )

    def directive_problems(self) -> Iterator[tuple[DocumentReport, DirectiveProblem]]:
        for doc in self.documents:
            for problem in doc.directive_problems:
                yield doc, problem

    def fails(self, level: Verdict | None) -> bool:
        """True when an active finding is at or above ``level`` (``None`` never fails).

        A suppression comment that cannot be applied fails the run at every level but ``never``:
        the editor meant to silence something and did not, which a green run would hide.
        """
        if level is None:
            return False
        if any(doc.directive_problems for doc in self.documents):
            return True
        return any(f.verdict.severity >= level.severity for _doc, f in self.findings())

    def with_documents(self, documents: Iterable[DocumentReport]) -> Report:
        return replace(self, documents=tuple(documents))

    def without_uncovered(self) -> Report:
        """The report with every ``uncovered`` finding left out, as shown when they were not asked for."""
        return self.with_documents(
            replace(doc, findings=tuple(f for f in doc.findings if f.verdict is not Verdict.uncovered))
            for doc in self.documents
        )
