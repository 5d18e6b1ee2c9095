"""The matcher's measured quality on the labelled corpus must not fall below the gate.

Figures are printed by ``python bench/quality.py``; this test fails below 0.95
contradiction precision or 0.90 contradiction recall.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck import Verdict, load_claims
from factcheck.evaluation import evaluate, read_corpus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_corpus_shape import SEED_CLAIM_IDS  # noqa: E402


def test_contradiction_quality_gate() -> None:
    base = load_claims(ROOT / "claims")
    scores = evaluate(base, read_corpus(ROOT / "tests" / "corpus" / "sentences.jsonl"), set(SEED_CLAIM_IDS))
    precision = scores.precision(Verdict.contradicted)
    recall = scores.recall(Verdict.contradicted)
    missed, spurious = scores.errors()
    detail = f"missed {missed[:10]}, spurious {spurious[:10]}"
    assert precision >= 0.95, f"contradiction precision {precision:.3f} < 0.95; {detail}"
    assert recall >= 0.90, f"contradiction recall {recall:.3f} < 0.90; {detail}"


def test_allegations_stated_as_fact_are_never_supported() -> None:
    base = load_claims(ROOT / "claims")
    corpus = [c for c in read_corpus(ROOT / "tests" / "corpus" / "sentences.jsonl")
              if c.category in ("allegation-as-fact", "misattached")]
    assert corpus
    for item in corpus:
        for _doc, finding in base.check(item.text).findings():
            wrong = {claim for claim, verdict in item.expect if verdict != "supported"}
            assert not (finding.claim_id in wrong and finding.verdict is Verdict.supported), item.text
