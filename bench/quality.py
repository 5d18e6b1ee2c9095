"""Print the checker's quality: precision and recall per verdict on the labelled sentence corpus
(tests/corpus/sentences.jsonl), then the article-level figures on the story folders (tests/articles/).

    python bench/quality.py [--errors] [--split dev|test] [--story NAME]

``--split`` and ``--story`` restrict the article-level tables; ``--errors`` lists every sentence-corpus
miss, and every false contradiction, false unverified finding, missed key fact and missed planted edit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck import ClaimsError, load_claims
from factcheck.evaluation import (
    SPLITS,
    StoryError,
    StoryScore,
    article_errors,
    article_tables,
    evaluate,
    evaluate_story,
    find_stories,
    load_story,
    read_corpus,
    table,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"


def sentence_corpus(errors: bool) -> None:
    base = load_claims(ROOT / "claims")
    corpus = read_corpus(ROOT / "tests" / "corpus" / "sentences.jsonl")
    sys.path.insert(0, str(ROOT / "tests"))
    from test_corpus_shape import SEED_CLAIM_IDS

    scope = set(SEED_CLAIM_IDS)
    scores = evaluate(base, corpus, scope)
    print(f"{len(corpus)} labelled sentences, {len(base)} claims\n")
    print(table(scores))
    if errors:
        texts = {item.id: item.text for item in corpus}
        missed, spurious = scores.errors()
        print("\nmissed:")
        for sid, claim, verdict in missed:
            print(f"  {sid} {verdict:12} {claim}: {texts[sid]}")
        print("spurious:")
        for sid, claim, verdict in spurious:
            print(f"  {sid} {verdict:12} {claim}: {texts[sid]}")


def articles(root: Path, split: str | None, story: str | None, errors: bool) -> int:
    """Article-level tables; 1 when a story folder cannot be read (its problems are printed)."""
    folders = [f for f in find_stories(root) if story is None or f.name == story]
    if story is not None and not folders:
        print(f"\nno story {story!r} under {root}", file=sys.stderr)
        return 2
    status = 0
    scored: list[StoryScore] = []
    for folder in folders:
        try:
            loaded, base = load_story(folder)
        except (StoryError, ClaimsError) as exc:
            print(f"\nstory {folder.name}: invalid, left out\n{exc}", file=sys.stderr)
            status = 1
            continue
        if split is None or loaded.split == split:
            scored.append(evaluate_story(loaded, base=base))
    n_articles = sum(len(s.articles) for s in scored)
    n_planted = sum(len(a.planted) for s in scored for a in s.articles)
    shown = f" ({split})" if split else ""
    print(f"\n{len(scored)} stories{shown}, {n_articles} articles, {n_planted} planted edits\n")
    if scored:
        print(article_tables(scored))
    if errors and scored:
        print("\narticle errors:")
        for line in article_errors(scored).splitlines():
            print(f"  {line}")
    return status


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/quality.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every miss and every false finding")
    parser.add_argument("--split", choices=SPLITS, help="article-level figures for one split only")
    parser.add_argument("--story", metavar="NAME", help="article-level figures for one story only")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sentence_corpus(args.errors)
    return articles(args.articles, args.split, args.story, args.errors)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
