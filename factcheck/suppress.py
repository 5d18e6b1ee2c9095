"""Inline suppression comments: an editor's way to say "this sentence is right, stop reporting it".

Directives live in HTML comments (``<!-- factcheck-ignore-next claim-id -->``), which Markdown
renders invisibly and which plain-text files use as a line of their own:

* ``factcheck-ignore-next [claim-id ...]`` silences the next sentence after the comment;
* ``factcheck-disable [claim-id ...]`` … ``factcheck-enable [claim-id ...]`` silences a region
  (an unclosed region runs to the end of the file);
* ``factcheck-ignore-file [claim-id ...]`` silences the whole file.

With claim ids a directive silences only findings about those claims; without, it silences
every finding, including sentences no claim covers. Text after ``--`` is a free-form reason.
Findings are kept and marked ``suppressed`` rather than dropped, so reports can still count
them, and directives that silence nothing are returned so stale ones can be reported.
A comment that starts with ``factcheck-`` but is not a directive is returned as a problem:
a misspelt directive would otherwise silently stop working.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal, NamedTuple, Protocol

from factcheck.findings import DirectiveProblem, Finding, Position

__all__ = [
    "DIRECTIVES",
    "Directive",
    "DirectiveKind",
    "SuppressionProblem",
    "SuppressionResult",
    "UnusedSuppression",
    "apply_suppressions",
    "parse_directives",
]

DirectiveKind = Literal["ignore-next", "disable", "enable", "ignore-file"]
PREFIX = "factcheck-"
DIRECTIVES: dict[str, DirectiveKind] = {
    "factcheck-ignore-next": "ignore-next",
    "factcheck-disable": "disable",
    "factcheck-enable": "enable",
    "factcheck-ignore-file": "ignore-file",
}
# The same shape as a claim id in a claims file (see records.SLUG).
_CLAIM_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ID_SEPARATORS = re.compile(r"[\s,]+")
_END_OF_ANY_TEXT = 1 << 62
_REASON = re.compile(r"(?:^|\s)--(?:\s|$)")


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class _Comment(_Span, Protocol):
    @property
    def text(self) -> str: ...


class SuppressibleDocument(Protocol):
    """What suppression needs of a :class:`factcheck.document.Document`."""

    @property
    def text(self) -> str: ...

    @property
    def sentences(self) -> Sequence[_Span]: ...

    @property
    def comments(self) -> Sequence[_Comment]: ...


# The records below are named tuples rather than dataclasses: every check imports this module, and a
# dataclass compiles its methods at import (0.3 ms or more a class) where a named tuple compiles one.


class Directive(NamedTuple):
    """One parsed suppression comment; ``start``/``end`` are the comment's offsets in the text."""

    kind: DirectiveKind
    claim_ids: tuple[str, ...]
    start: int
    end: int
    reason: str = ""

    @property
    def name(self) -> str:
        return PREFIX + self.kind

    @property
    def offset(self) -> int:
        return self.start

    def __str__(self) -> str:
        return " ".join((self.name, *self.claim_ids))


class UnusedSuppression(NamedTuple):
    """A directive, or some of the claim ids it names, that silenced no finding."""

    directive: Directive
    claim_ids: tuple[str, ...] = ()  # the named ids that matched nothing; empty: the directive names none

    @property
    def offset(self) -> int:
        return self.directive.start

    @property
    def message(self) -> str:
        if self.claim_ids:
            return f"unused suppression: {self.directive.name} for {', '.join(self.claim_ids)}"
        return f"unused suppression: {self.directive.name} silences nothing"


class SuppressionProblem(NamedTuple):
    """A comment meant as a directive that cannot be used as written."""

    offset: int
    end: int
    text: str
    message: str

    def located(self, position: Callable[[int], Position]) -> DirectiveProblem:
        """The problem as a report carries it, with line and column, so every format can show it."""
        return DirectiveProblem(position(self.offset), position(self.end), self.text, self.message)


class SuppressionResult(NamedTuple):
    findings: tuple[Finding, ...]
    unused: tuple[UnusedSuppression, ...] = ()
    problems: tuple[SuppressionProblem, ...] = ()


def parse_directives(
    comments: Sequence[_Comment],
) -> tuple[tuple[Directive, ...], tuple[SuppressionProblem, ...]]:
    """Directives in document order, plus every comment that looks like a directive but is not one."""
    directives: list[Directive] = []
    problems: list[SuppressionProblem] = []
    for comment in sorted(comments, key=lambda c: c.start):
        text = comment.text.strip()
        if not text.casefold().startswith(PREFIX):
            continue

        def problem(message: str, comment: _Comment = comment, text: str = text) -> None:
            problems.append(SuppressionProblem(comment.start, comment.end, text, message))

        head, rest = _split_head(text)
        kind = DIRECTIVES.get(head.casefold())
        if kind is None:
            import difflib  # only a misspelt directive needs it

            hint = difflib.get_close_matches(head.casefold(), DIRECTIVES, n=1, cutoff=0.6)
            suffix = f"; did you mean {hint[0]}?" if hint else f"; known: {', '.join(DIRECTIVES)}"
            problem(f"unknown directive {head!r}{suffix}")
            continue
        ids_text, sep, reason = _split_reason(rest)
        tokens = [t for t in _ID_SEPARATORS.split(ids_text) if t]
        ids = tuple(dict.fromkeys(t for t in tokens if _CLAIM_ID.match(t)))
        bad = [t for t in tokens if not _CLAIM_ID.match(t)]
        if bad:
            problem(
                f"{head}: {', '.join(repr(b) for b in bad)} "
                f"{'is not a claim id' if len(bad) == 1 else 'are not claim ids'} "
                "(put a reason after --)"
            )
            if not ids:
                # Dropping the ids would widen the directive to every claim; drop it instead.
                continue
        directives.append(Directive(kind, ids, comment.start, comment.end, reason.strip() if sep else ""))
    return tuple(directives), tuple(problems)


def _split_reason(rest: str) -> tuple[str, str, str]:
    """Split off ``-- reason``; a ``--`` inside a claim id is not a separator."""
    match = _REASON.search(rest)
    if match is None:
        return rest, "", ""
    return rest[: match.start()], "--", rest[match.end() :]


def _split_head(text: str) -> tuple[str, str]:
    parts = text.split(None, 1)
    return parts[0], parts[1] if len(parts) > 1 else ""


class _Region:
    """Where one directive silences findings; a later ``enable`` may still move its end."""

    __slots__ = ("directive", "end", "excluded", "ids", "start")

    def __init__(self, directive: Directive, start: int, end: int, ids: frozenset[str] | None,
                 excluded: frozenset[str] = frozenset()) -> None:
        self.directive = directive
        self.start = start
        self.end = end
        self.ids = ids  # None: every claim
        self.excluded = excluded

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.start.offset < self.end:
            return False
        cid = finding.claim_id
        if self.ids is None:
            return cid not in self.excluded
        return cid is not None and cid in self.ids


class _Usage:
    """What one directive silenced so far: anything at all, and which claims."""

    __slots__ = ("any", "ids")

    def __init__(self) -> None:
        self.any = False
        self.ids: set[str] = set()


def apply_suppressions(doc: SuppressibleDocument, findings: Sequence[Finding]) -> SuppressionResult:
    """Mark the findings the document's directives silence; report unused and malformed directives."""
    directives, parse_problems = parse_directives(doc.comments)
    problems = list(parse_problems)
    regions, region_problems = _regions(directives, len(doc.text))
    problems.extend(region_problems)
    regions.extend(_ignore_next_regions(directives, doc.sentences))

    usage: dict[int, _Usage] = {id(d): _Usage() for d in directives}
    out: list[Finding] = []
    for finding in findings:
        matched = False
        for region in regions:
            if region.covers(finding):
                matched = True
                used = usage[id(region.directive)]
                used.any = True
                if finding.claim_id is not None:
                    used.ids.add(finding.claim_id)
        out.append(replace(finding, suppressed=True) if matched and not finding.suppressed else finding)

    unused: list[UnusedSuppression] = []
    for d in directives:
        if d.kind == "enable":
            continue
        used = usage[id(d)]
        if d.claim_ids:
            missing = tuple(i for i in d.claim_ids if i not in used.ids)
            if missing:
                unused.append(UnusedSuppression(d, missing))
        elif not used.any:
            unused.append(UnusedSuppression(d))
    problems.sort(key=lambda p: p.offset)
    return SuppressionResult(tuple(out), tuple(unused), tuple(problems))


def _ignore_next_regions(directives: Sequence[Directive], sentences: Sequence[_Span]) -> list[_Region]:
    starts_sorted = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in starts_sorted]
    regions: list[_Region] = []
    for d in directives:
        if d.kind == "ignore-next":
            i = bisect.bisect_left(starts, d.end)
            if i < len(starts_sorted):
                target = starts_sorted[i]
                ids = frozenset(d.claim_ids) if d.claim_ids else None
                regions.append(_Region(d, target.start, max(target.end, target.start + 1), ids))
        elif d.kind == "ignore-file":
            ids = frozenset(d.claim_ids) if d.claim_ids else None
            regions.append(_Region(d, 0, _END_OF_ANY_TEXT, ids))
    return regions


def _regions(directives: Sequence[Directive], length: int) -> tuple[list[_Region], list[SuppressionProblem]]:
    """Turn disable/enable pairs into closed regions; an enable of ids narrows open regions."""
    closed: list[_Region] = []
    problems: list[SuppressionProblem] = []
    open_: list[_Region] = []
    for d in directives:
        if d.kind == "disable":
            ids = frozenset(d.claim_ids) if d.claim_ids else None
            open_.append(_Region(d, d.end, length, ids))
        elif d.kind == "enable":
            if not open_:
                message = f"{d.name} without a factcheck-disable before it"
                problems.append(SuppressionProblem(d.start, d.end, str(d), message))
                continue
            if not d.claim_ids:
                for region in open_:
                    region.end = d.start
                    closed.append(region)
                open_ = []
                continue
            names = frozenset(d.claim_ids)
            touched: set[str] = set()
            still_open: list[_Region] = []
            for region in open_:
                if region.ids is None:
                    newly = names - region.excluded
                    if newly:
                        touched |= newly
                        region.end = d.start
                        closed.append(region)
                        region = _Region(region.directive, d.end, length, None, region.excluded | names)
                    still_open.append(region)
                elif region.ids & names:
                    touched |= region.ids & names
                    region.end = d.start
                    closed.append(region)
                    remaining = region.ids - names
                    if remaining:
                        still_open.append(_Region(region.directive, d.end, length, remaining))
                else:
                    still_open.append(region)
            open_ = still_open
            stray = [i for i in d.claim_ids if i not in touched]
            if stray:
                problems.append(
                    SuppressionProblem(
                        d.start, d.end, str(d), f"{d.name}: {', '.join(stray)} not disabled at this point"
                    )
                )
    closed.extend(open_)
    return closed, problems
