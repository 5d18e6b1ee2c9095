from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from factcheck.findings import ClaimInfo, Finding, Position, Verdict
from factcheck.suppress import apply_suppressions, parse_directives

# --- a small stand-in for factcheck.document.Document -----------------------------------------

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_SENTENCE = re.compile(r"[^\s#>*-][^.!?]*[.!?]")


@dataclass(frozen=True, slots=True)
class FakeComment:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FakeSentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class FakeDocument:
    path: str
    text: str
    sentences: tuple[FakeSentence, ...]
    comments: tuple[FakeComment, ...]


def make_doc(text: str) -> FakeDocument:
    comments = tuple(FakeComment(m[1].strip(), m.start(), m.end()) for m in _COMMENT.finditer(text))
    blanked = _COMMENT.sub(lambda m: " " * len(m[0]), text)
    sentences = tuple(FakeSentence(m[0], m.start(), m.end()) for m in _SENTENCE.finditer(blanked))
    return FakeDocument("doc.md", text, sentences, comments)


def position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return Position(offset, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def finding(doc: FakeDocument, sentence_start: str, claim_id: str | None) -> Finding:
    """A finding on the fake sentence beginning with ``sentence_start``."""
    sentence = next(s for s in doc.sentences if s.text.startswith(sentence_start))
    claim = ClaimInfo(claim_id, "statement") if claim_id else None
    return Finding(
        verdict=Verdict.contradicted,
        start=position(doc.text, sentence.start),
        end=position(doc.text, sentence.end),
        sentence=sentence.text,
        message="m",
        claim=claim,
    )


# --- table -------------------------------------------------------------------------------------
# Each case: text, findings as (sentence start, claim id), which of them end up suppressed,
# unused directives as "name[:ids]" and problem message fragments.

MD = "markdown"
TXT = "plain text"

CASES: list[tuple[str, str, str, list[tuple[str, str | None]], list[bool], list[str], list[str]]] = [
    (
        "ignore-next, any claim",
        MD,
        "Alpha one.\n\n<!-- factcheck-ignore-next -->\nBeta two. Gamma three.\n",
        [("Alpha", "c1"), ("Beta", "c1"), ("Beta", None), ("Gamma", "c1")],
        [False, True, True, False],
        [],
        [],
    ),
    (
        "ignore-next, named claims only",
        MD,
        "<!-- factcheck-ignore-next c1 c2 -->\nBeta two.\n",
        [("Beta", "c1"), ("Beta", "c2"), ("Beta", "c3"), ("Beta", None)],
        [True, True, False, False],
        [],
        [],
    ),
    (
        "ignore-next inline before the sentence",
        MD,
        "Alpha one. <!-- factcheck-ignore-next --> Beta two.\n",
        [("Alpha", "c1"), ("Beta", "c1")],
        [False, True],
        [],
        [],
    ),
    (
        "ignore-next on plain text line",
        TXT,
        "Alpha one.\n<!-- factcheck-ignore-next c1 -- the archive is out of date -->\nBeta two.\nGamma.\n",
        [("Beta", "c1"), ("Gamma", "c1")],
        [True, False],
        [],
        [],
    ),
    (
        "ignore-next with nothing after it",
        TXT,
        "Alpha one.\n<!-- factcheck-ignore-next -->\n",
        [("Alpha", "c1")],
        [False],
        ["factcheck-ignore-next"],
        [],
    ),
    (
        "ignore-next partly unused",
        MD,
        "<!-- factcheck-ignore-next c1, c9 -->\nBeta two.\n",
        [("Beta", "c1")],
        [True],
        ["factcheck-ignore-next:c9"],
        [],
    ),
    (
        "region",
        MD,
        "Alpha.\n<!-- factcheck-disable -->\nBeta.\n\nGamma.\n<!-- factcheck-enable -->\nDelta.\n",
        [("Alpha", "c1"), ("Beta", "c1"), ("Gamma", None), ("Delta", "c1")],
        [False, True, True, False],
        [],
        [],
    ),
    (
        "region without enable runs to the end",
        TXT,
        "Alpha.\n<!-- factcheck-disable c2 -->\nBeta.\nGamma.\n",
        [("Alpha", "c2"), ("Beta", "c2"), ("Gamma", "c2"), ("Gamma", "c1")],
        [False, True, True, False],
        [],
        [],
    ),
    (
        "enable of one id narrows a named region",
        MD,
        "<!-- factcheck-disable c1 c2 -->\nBeta.\n<!-- factcheck-enable c1 -->\nGamma.\n",
        [("Beta", "c1"), ("Beta", "c2"), ("Gamma", "c1"), ("Gamma", "c2")],
        [True, True, False, True],
        [],
        [],
    ),
    (
        "enable of one id carves it out of a region for all claims",
        MD,
        "<!-- factcheck-disable -->\nBeta.\n<!-- factcheck-enable c1 -->\nGamma.\n"
        "<!-- factcheck-enable -->\nDelta.\n",
        [("Beta", "c1"), ("Gamma", "c1"), ("Gamma", "c2"), ("Delta", "c2")],
        [True, False, True, False],
        [],
        [],
    ),
    (
        "unused region",
        MD,
        "Alpha.\n<!-- factcheck-disable c5 -->\nBeta.\n<!-- factcheck-enable c5 -->\n",
        [("Alpha", "c5"), ("Beta", "c1")],
        [False, False],
        ["factcheck-disable:c5"],
        [],
    ),
    (
        "stray enable",
        TXT,
        "Alpha.\n<!-- factcheck-enable -->\nBeta.\n"
        "<!-- factcheck-disable c1 -->\n<!-- factcheck-enable c2 -->\n",
        [("Alpha", "c1")],
        [False],
        ["factcheck-disable:c1"],
        ["factcheck-enable without a factcheck-disable", "factcheck-enable: c2 not disabled"],
    ),
    (
        "ignore-file anywhere in the file",
        MD,
        "Alpha.\n\nBeta.\n\n<!-- factcheck-ignore-file c1 -->\n",
        [("Alpha", "c1"), ("Beta", "c1"), ("Beta", "c2")],
        [True, True, False],
        [],
        [],
    ),
    (
        "ignore-file for everything",
        TXT,
        "<!-- factcheck-ignore-file -->\nAlpha.\nBeta.\n",
        [("Alpha", "c1"), ("Beta", None)],
        [True, True],
        [],
        [],
    ),
    (
        "misspelt directive suppresses nothing and is reported",
        MD,
        "<!-- factcheck-ignore-nxt -->\nBeta.\n",
        [("Beta", "c1")],
        [False],
        [],
        ["unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?"],
    ),
    (
        "a reason without -- is read as ids, never as every claim",
        MD,
        "<!-- factcheck-ignore-next Because the source is old -->\nBeta.\n",
        [("Beta", "c1")],
        [False],
        ["factcheck-ignore-next:the,source,is,old"],
        ["'Because' is not a claim id"],
    ),
    (
        "bad id next to a good one keeps the good one, never widens",
        MD,
        "<!-- factcheck-ignore-next c1 C2! -->\nBeta.\n",
        [("Beta", "c1"), ("Beta", "c3")],
        [True, False],
        [],
        ["'C2!' is not a claim id"],
    ),
    (
        "ordinary comments are ignored",
        MD,
        "<!-- TODO check this -->\nBeta.\n<!-- factcheck notes: fine -->\n",
        [("Beta", "c1")],
        [False],
        [],
        [],
    ),
    (
        "directive names are case-insensitive",
        MD,
        "<!-- FactCheck-Ignore-Next -->\nBeta.\n",
        [("Beta", "c1")],
        [True],
        [],
        [],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "specs", "suppressed", "unused", "problems"),
    [pytest.param(*case[1:], id=f"{case[1]}: {case[0]}") for case in CASES],
)
def test_suppressions(
    kind: str,
    text: str,
    specs: list[tuple[str, str | None]],
    suppressed: list[bool],
    unused: list[str],
    problems: list[str],
) -> None:
    doc = make_doc(text)
    findings = [finding(doc, start, cid) for start, cid in specs]
    result = apply_suppressions(doc, findings)

    assert [f.suppressed for f in result.findings] == suppressed
    # Nothing but the flag changes.
    assert [f.sentence for f in result.findings] == [f.sentence for f in findings]
    assert [f.claim_id for f in result.findings] == [f.claim_id for f in findings]

    got_unused = [
        u.directive.name + (":" + ",".join(u.claim_ids) if u.claim_ids else "") for u in result.unused
    ]
    assert got_unused == unused
    assert len(result.problems) == len(problems)
    for problem, fragment in zip(result.problems, problems, strict=True):
        assert fragment in problem.message


def test_unused_and_problems_carry_offsets() -> None:
    text = "Alpha.\n<!-- factcheck-ignore-next -->\n<!-- factcheck-frobnicate -->\n"
    doc = make_doc(text)
    result = apply_suppressions(doc, [finding(doc, "Alpha", "c1")])
    assert [u.offset for u in result.unused] == [text.index("<!-- factcheck-ignore-next")]
    assert result.unused[0].message == "unused suppression: factcheck-ignore-next silences nothing"
    assert [p.offset for p in result.problems] == [text.index("<!-- factcheck-frobnicate")]
    assert result.problems[0].text == "factcheck-frobnicate"


def test_already_suppressed_findings_stay_suppressed() -> None:
    doc = make_doc("Alpha.\n")
    f = finding(doc, "Alpha", "c1")
    from dataclasses import replace

    result = apply_suppressions(doc, [replace(f, suppressed=True)])
    assert result.findings[0].suppressed


def test_parse_directive_reason_and_ids() -> None:
    comments = [FakeComment("factcheck-disable a.b, c--d -- moved to the 2024 record", 0, 10)]
    directives, problems = parse_directives(comments)
    assert problems == ()
    assert directives[0].kind == "disable"
    assert directives[0].claim_ids == ("a.b", "c--d")
    assert directives[0].reason == "moved to the 2024 record"


# --- with the real document reader ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("markdown", "# Title\n\nAlpha one.\n\n<!-- factcheck-ignore-next c1 -->\nBeta two. Gamma three.\n"),
        ("text", "Alpha one.\n<!-- factcheck-ignore-next c1 -->\nBeta two. Gamma three.\n"),
    ],
)
def test_with_real_document(kind: str, text: str) -> None:
    from factcheck.document import read_text

    doc = read_text(text, "doc", kind)
    by_start = {s.text.split()[0]: s for s in doc.sentences}

    def real_finding(word: str, claim_id: str) -> Finding:
        s = by_start[word]
        return Finding(
            Verdict.contradicted,
            doc.position(s.start),
            doc.position(s.end),
            s.text,
            "m",
            ClaimInfo(claim_id, "statement"),
        )

    findings = [real_finding("Alpha", "c1"), real_finding("Beta", "c1"), real_finding("Gamma", "c1")]
    result = apply_suppressions(doc, findings)
    assert [f.suppressed for f in result.findings] == [False, True, False]
    assert result.unused == ()
    assert result.problems == ()
