"""Print precision and recall per verdict on the labelled corpus (tests/corpus/sentences.jsonl).

    python bench/quality.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck import load_claims
from factcheck.evaluation import evaluate, read_corpus, table

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    base = load_claims(ROOT / "claims")
    corpus = read_corpus(ROOT / "tests" / "corpus" / "sentences.jsonl")
    sys.path.insert(0, str(ROOT / "tests"))
    from test_corpus_shape import SEED_CLAIM_IDS

    scope = set(SEED_CLAIM_IDS)
    scores = evaluate(base, corpus, scope)
    print(f"{len(corpus)} labelled sentences, {len(base)} claims\n")
    print(table(scores))
    if "--errors" in argv:
        texts = {item.id: item.text for item in corpus}
        missed, spurious = scores.errors()
        print("\nmissed:")
        for sid, claim, verdict in missed:
            print(f"  {sid} {verdict:12} {claim}: {texts[sid]}")
        print("spurious:")
        for sid, claim, verdict in spurious:
            print(f"  {sid} {verdict:12} {claim}: {texts[sid]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
