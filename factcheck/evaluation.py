"""Score the matcher on a labelled corpus: precision and recall per verdict.

A desk that grows its own claim base can label sentences the same way and
measure whether a change to claims or lexicon helped; the project's own
quality gate uses the same code on ``tests/corpus/sentences.jsonl``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.claimbase import ClaimBase
from factcheck.findings import Verdict

Triple = tuple[str, str, str]  # sentence id, claim id, verdict


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    category: str
    expect: tuple[tuple[str, str], ...]


@dataclass
class Scores:
    expected: set[Triple] = field(default_factory=set)
    predicted: set[Triple] = field(default_factory=set)

    def precision(self, verdict: Verdict) -> float:
        pred = {t for t in self.predicted if t[2] == verdict.value}
        return len(pred & self.expected) / len(pred) if pred else 1.0

    def recall(self, verdict: Verdict) -> float:
        exp = {t for t in self.expected if t[2] == verdict.value}
        return len(exp & self.predicted) / len(exp) if exp else 1.0

    def support(self, verdict: Verdict) -> tuple[int, int]:
        return (sum(1 for t in self.expected if t[2] == verdict.value),
                sum(1 for t in self.predicted if t[2] == verdict.value))

    def errors(self) -> tuple[list[Triple], list[Triple]]:
        """(missed, spurious) triples, sorted."""
        return sorted(self.expected - self.predicted), sorted(self.predicted - self.expected)


def read_corpus(path: Path) -> list[Labelled]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            out.append(Labelled(raw["id"], raw["text"], raw.get("category", ""),
                                tuple((e["claim"], e["verdict"]) for e in raw["expect"])))
    return out


def evaluate(base: ClaimBase, corpus: Iterable[Labelled], scope: set[str] | None = None) -> Scores:
    """Compare the base's findings with the labels; claims outside ``scope`` are not judged."""
    scores = Scores()
    for item in corpus:
        for claim, verdict in item.expect:
            scores.expected.add((item.id, claim, verdict))
        report = base.check(item.text)
        for _doc, finding in report.findings():
            if finding.claim_id is not None and (scope is None or finding.claim_id in scope):
                scores.predicted.add((item.id, finding.claim_id, finding.verdict.value))
    return scores


def table(scores: Scores) -> str:
    lines = ["| verdict | precision | recall | expected | predicted |", "|---|---|---|---|---|"]
    for verdict in (Verdict.supported, Verdict.contradicted, Verdict.unverified):
        exp, pred = scores.support(verdict)
        lines.append(f"| {verdict.value} | {scores.precision(verdict):.3f} | {scores.recall(verdict):.3f} "
                     f"| {exp} | {pred} |")
    return "\n".join(lines)
