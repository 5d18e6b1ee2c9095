"""Search quality on CLEF CheckThat! 2020 task 2: which verified claim is a tweet about?

The benchmark gives 10,375 verified claims (Snopes fact-checks) and tweets whose
relevant claims are known, split into train, dev and test. It is the closest
public stand-in for the question ``ClaimBase.search`` answers, so it tells
whether the fuzzy re-ranking earns its cost over the BM25 shortlist it starts
from. The data lives only in the development workspace (``../shared`` from the
repository root); nothing of it is shipped.

The measure is the official one, MAP@5: for each tweet, the average of the
precision at each rank (1 to 5) that holds a relevant claim, divided by the
number of relevant claims; a tweet with no result scores 0; the mean is over
every judged tweet.

Run as a script, this module also sweeps the re-ranking settings on train and
dev (``python bench/clef.py --tune``); test is only ever scored with the
settings ``ClaimBase.search`` ships with.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.claimbase import ClaimBase
from factcheck.index import BM25Index, terms
from factcheck.records import Claim

__all__ = [
    "SPLITS",
    "ClefData",
    "average_precision",
    "bm25_ranker",
    "build_base",
    "claim_id",
    "default_root",
    "load",
    "mean_average_precision",
    "search_ranker",
]

SPLITS = ("train", "dev", "test")
Ranker = Callable[[str], list[str]]


@dataclass(frozen=True)
class ClefData:
    """The verified claims and, per split, the tweets and their relevant claim ids."""

    claims: tuple[Claim, ...]
    queries: Mapping[str, tuple[tuple[str, str], ...]]  # split -> ((tweet id, tweet text), ...)
    qrels: Mapping[str, Mapping[str, frozenset[str]]]  # split -> tweet id -> relevant claim ids


def default_root(repo: Path) -> Path:
    """Where the development workspace keeps the benchmark, relative to the repository root."""
    return repo.parent / "shared" / "benchmarks" / "clef2020"


def claim_id(raw: str) -> str:
    """The benchmark's claim id as a claim-record slug: ``vclaim-<id>``."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", raw.strip().lower()).strip("-._")
    return f"vclaim-{slug}"


def _rows(path: Path) -> list[list[str]]:
    """A TSV file in the benchmark's dialect: a header row, and fields that may be quoted over several lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [row for row in rows[1:] if row]


def load(root: Path, splits: Iterable[str] = SPLITS) -> ClefData:
    """Read the claims and every split under ``root``; claim ids come back as ``vclaim-<id>``."""
    claims = []
    for row in _rows(root / "verified_claims.docs.tsv"):
        raw_id, statement = row[0], row[1].strip()
        title = row[2].strip() if len(row) > 2 else ""
        claims.append(Claim(id=claim_id(raw_id), statement=statement, aliases=(title,) if title else ()))
    queries: dict[str, tuple[tuple[str, str], ...]] = {}
    qrels: dict[str, dict[str, frozenset[str]]] = {}
    for split in splits:
        queries[split] = tuple((row[0].strip(), row[1]) for row in _rows(root / split / "tweets.queries.tsv"))
        relevant: dict[str, set[str]] = {}
        for line in (root / split / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) == 4 and fields[3] != "0":
                relevant.setdefault(fields[0], set()).add(claim_id(fields[2]))
        qrels[split] = {tweet: frozenset(ids) for tweet, ids in relevant.items()}
    return ClefData(tuple(claims), queries, qrels)


def build_base(data: ClefData) -> ClaimBase:
    return ClaimBase(data.claims)


# --- measure -------------------------------------------------------------------------------------


def average_precision(ranked: Sequence[str], relevant: frozenset[str] | set[str], k: int = 5) -> float:
    """AP@k: mean of the precision at each of the first ``k`` ranks holding a relevant id, over all relevant ids."""
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    seen: set[str] = set()
    for rank, item in enumerate(ranked[:k], start=1):
        if item in relevant and item not in seen:
            hits += 1
            total += hits / rank
        seen.add(item)
    return total / len(relevant)


def mean_average_precision(rank: Ranker, queries: Sequence[tuple[str, str]],
                           qrels: Mapping[str, frozenset[str]], k: int = 5) -> float:
    """MAP@k over every judged tweet; a judged tweet missing from ``queries`` counts as 0."""
    if not qrels:
        return 0.0
    texts = dict(queries)
    total = sum(average_precision(rank(texts[tweet]), relevant, k) if tweet in texts else 0.0
                for tweet, relevant in qrels.items())
    return total / len(qrels)


# --- rankers -------------------------------------------------------------------------------------


def search_ranker(base: ClaimBase, k: int = 5) -> Ranker:
    """What the product does: ``ClaimBase.search``."""
    return lambda text: [claim.id for claim, _score in base.search(text, k)]


def _index_text(claim: Claim) -> str:
    return " ".join((claim.statement, *claim.aliases))


def bm25_ranker(claims: Sequence[Claim], k: int = 5) -> Ranker:
    """The plain baseline: BM25 over statement and aliases, top ``k`` by BM25 score alone."""
    index = BM25Index(terms(_index_text(c)) for c in claims)
    ids = [c.id for c in claims]
    return lambda text: [ids[doc] for doc, _score in index.top(terms(text), k)]


# --- tuning (train and dev only) -----------------------------------------------------------------

_SCORERS: dict[str, Callable[..., float]] = {
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_ratio": fuzz.token_ratio,
    "WRatio": fuzz.WRatio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
}
_URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|\S+\.(?:com|org|net|ly)/\S*")
_TRAILER = re.compile(r"[—-]{1,2}\s*[^—]*\(@\w+\)\s+\w+ \d{1,2}, \d{4}\s*$")


def _clean(text: str) -> str:
    """Tweet furniture that carries no claim: links and the "— Name (@handle) Month day, year" trailer."""
    return _URL.sub(" ", _TRAILER.sub(" ", text))


@dataclass(frozen=True)
class _Candidates:
    """One query's BM25 shortlist at the largest size swept, with every scorer's fuzzy score per candidate."""

    ids: tuple[str, ...]
    positions: tuple[int, ...]  # place of each candidate in the base, for the "base order" tie-break
    bm25: tuple[float, ...]
    fuzzy: Mapping[str, tuple[float, ...]]


def _candidates(claims: Sequence[Claim], index: BM25Index, text: str, depth: int) -> _Candidates:
    shortlist = index.top(terms(text), depth)
    low = text.lower()
    fuzzy = {
        name: tuple(max(scorer(low, s.lower()) for s in (claims[d].statement, *claims[d].aliases)) / 100
                    for d, _ in shortlist)
        for name, scorer in _SCORERS.items()
    }
    return _Candidates(tuple(claims[d].id for d, _ in shortlist), tuple(d for d, _ in shortlist),
                       tuple(s for _, s in shortlist), fuzzy)


def _rerank(c: _Candidates, weight: float, size: int, scorer: str, ties: str = "id", k: int = 5) -> list[str]:
    """``ClaimBase.search``'s formula with its settings as parameters.

    Shipped: weight 0.6, shortlist 30, token_sort_ratio, equal scores kept in base order.
    """
    if not c.ids:
        return []
    top = c.bm25[0] or 1.0
    fuzzy = c.fuzzy[scorer]
    scored = [(round(weight * fuzzy[i] + (1 - weight) * c.bm25[i] / top, 4), i)
              for i in range(min(size, len(c.ids)))]
    if ties == "id":
        scored.sort(key=lambda item: (-item[0], c.ids[item[1]]))
    else:
        scored.sort(key=lambda item: (-item[0], c.positions[item[1]]))
    return [c.ids[i] for _score, i in scored[:k]]


_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
_SIZES = (10, 30, 100)
_TIES = {"id": "equal scores by claim id", "order": "equal scores by place in the base (shipped)"}


def tune(data: ClefData, out: Callable[[str], None] = print) -> None:
    """Sweep fuzzy weight x shortlist size x fuzzy scorer x tie order x tweet cleaning on train and dev.

    Prints one Markdown table per (tweets, tie order): a row per scorer and shortlist size, a column per
    fuzzy weight (0 = BM25 order alone), each cell ``dev MAP@5 (train MAP@5)``.
    """
    claims = data.claims
    index = BM25Index(terms(_index_text(c)) for c in claims)
    base = build_base(data)
    product = {split: mean_average_precision(search_ranker(base), data.queries[split], data.qrels[split])
               for split in ("train", "dev")}
    out(f"`ClaimBase.search` as shipped: dev {product['dev']:.4f}, train {product['train']:.4f}.")
    for cleaned in (False, True):
        prepared = {
            split: {tweet: _candidates(claims, index, _clean(text) if cleaned else text, max(_SIZES))
                    for tweet, text in data.queries[split]}
            for split in ("train", "dev")
        }
        for ties, ties_label in _TIES.items():
            tweets = "links and sign-off removed" if cleaned else "raw"
            out(f"\nTweets {tweets}; {ties_label}. Cells: dev MAP@5 (train MAP@5).\n")
            out("| scorer | shortlist | " + " | ".join(f"w={w:.1f}" for w in _WEIGHTS) + " |")
            out("| --- | ---: |" + " ---: |" * len(_WEIGHTS))
            for scorer in _SCORERS:
                for size in _SIZES:
                    cells = []
                    for weight in _WEIGHTS:
                        maps = []
                        for split in ("dev", "train"):
                            cands = prepared[split]
                            total = sum(average_precision(_rerank(cands[t], weight, size, scorer, ties), rel)
                                        if t in cands else 0.0 for t, rel in data.qrels[split].items())
                            maps.append(total / len(data.qrels[split]))
                        cells.append(f"{maps[0]:.4f} ({maps[1]:.4f})")
                    out(f"| {scorer} | {size} | " + " | ".join(cells) + " |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CLEF CheckThat! 2020 task 2: MAP@5 of claim search.")
    repo = Path(__file__).resolve().parent.parent
    parser.add_argument("--data", type=Path, default=default_root(repo))
    parser.add_argument("--tune", action="store_true", help="sweep re-ranking settings on train and dev")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    if args.tune:
        tune(load(args.data, ("train", "dev")))
    else:
        data = load(args.data)
        base = build_base(data)
        rankers = {"ClaimBase.search": search_ranker(base), "BM25 only": bm25_ranker(data.claims)}
        for name, rank in rankers.items():
            maps = [mean_average_precision(rank, data.queries[s], data.qrels[s]) for s in SPLITS]
            print(name, " ".join(f"{s} {m:.4f}" for s, m in zip(SPLITS, maps, strict=True)))
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
