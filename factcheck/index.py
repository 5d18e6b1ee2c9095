"""A small BM25 inverted index over claim texts, for search and for claims without keywords.

Posting lists keep the cost of a query proportional to how many claims share
its words, not to the size of the base; very common words are skipped because
they cannot tell claims apart.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been being it its this that "
    "these those has have had do does did not no he she they we you i his her their our your them him us "
    "will would can could should may might must than then there here which who whom whose what when where "
    "why how all any both each few more most other some such only own same so too very just also into over "
    "after before about against between through during under again further once s t rt via".split()
)


def terms(text: str) -> list[str]:
    """Lowercased words without stopwords, plural -s folded: cheap and language-light."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


class BM25Index:
    """Okapi BM25 over a fixed list of documents (k1=1.2, b=0.75)."""

    def __init__(self, documents: Iterable[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> None:
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths: list[int] = []
        for doc_id, words in enumerate(documents):
            lengths.append(len(words))
            for term, tf in Counter(words).items():
                postings.setdefault(term, []).append((doc_id, tf))
        # two flat arrays a term, not a tuple an occurrence: a stored index opens in a fraction of the time
        self._postings: dict[str, tuple[array[int], array[int]]] = {
            t: (array("l", (d for d, _ in p)), array("l", (f for _, f in p))) for t, p in postings.items()}
        self._n = len(lengths)
        avg = (sum(lengths) / self._n) if self._n else 1.0
        self._norm = array("d", (k1 * (1 - b + b * length / (avg or 1.0)) for length in lengths))
        self._k1 = k1
        self._idf = {
            t: math.log(1 + (self._n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()
        }
        # a term in more than a third of a large base carries almost no signal but costs a full scan
        self._max_df = max(50, self._n // 3)

    def __len__(self) -> int:
        return self._n

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        acc: dict[int, float] = {}
        for term in set(query):
            postings = self._postings.get(term)
            if not postings or len(postings[0]) > self._max_df:
                continue
            idf = self._idf[term]
            k1 = self._k1
            norm = self._norm
            for doc_id, tf in zip(*postings, strict=True):
                acc[doc_id] = acc.get(doc_id, 0.0) + idf * tf * (k1 + 1) / (tf + norm[doc_id])
        return acc

    def top(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        scored = self.scores(query)
        return sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:k]
