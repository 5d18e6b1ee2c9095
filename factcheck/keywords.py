"""Find a claim's keywords in a sentence, in any inflected form, without scanning every claim.

A claim's keywords name its action ("expel", "summon"). They are indexed by
their first word; a sentence token is reduced to its candidate base forms
("expelled" -> "expel") and looked up, so the cost of a sentence depends on its
length, not on how many claims the base holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ment", "ments", "ly", "al")


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """Every base a word may be an inflection of: expelled -> {expelled, expell, expel, ...}."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    forms = {word}
    for suffix in _SUFFIXES[1:]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.add(stem)
            forms.add(stem + "e")
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
            if stem.endswith("i"):
                forms.add(stem[:-1] + "y")
    return frozenset(forms)


def split_keyword(keyword: str) -> tuple[str, ...]:
    return tuple(keyword.lower().replace("’", "'").replace("-", " ").split())


class KeywordIndex:
    """Maps keyword first words to keywords and the set of owners (claim positions) that use each."""

    def __init__(self, keywords: Iterable[tuple[int, Sequence[str]]]) -> None:
        first: dict[str, dict[tuple[str, ...], set[int]]] = {}
        for owner, words in keywords:
            for keyword in words:
                parts = split_keyword(keyword)
                if parts:
                    first.setdefault(parts[0], {}).setdefault(parts, set()).add(owner)
        self._first = {w: [(parts, frozenset(owners)) for parts, owners in table.items()]
                       for w, table in first.items()}

    def occurrences(
        self, words: Sequence[str], allowed: Sequence[AbstractSet[int]] | None = None
    ) -> dict[int, list[tuple[int, int]]]:
        """``{owner: [(first word index, last word index), ...]}`` for every keyword found in ``words``.

        ``words`` are lowercased tokens; hyphens are separate tokens and are skipped
        inside a keyword, so "kicked-out" matches "kick out". With ``allowed``, only
        owners in one of those sets are returned; the intersection walks the smaller
        side, so a keyword shared by a hundred thousand claims costs no more than the
        few claims that also name the sentence's parties.
        """
        found: dict[int, list[tuple[int, int]]] = {}
        content = [i for i, w in enumerate(words) if w != "-"]
        for pos, i in enumerate(content):
            for form in base_forms(words[i]):
                for parts, owners in self._first.get(form, ()):
                    end = pos + len(parts)
                    if end > len(content):
                        continue
                    if not all(parts[k] in base_forms(words[content[pos + k]]) for k in range(1, len(parts))):
                        continue
                    span = (i, content[end - 1])
                    selected: AbstractSet[int] = owners
                    if allowed is not None:
                        selected = frozenset().union(*(owners & a for a in allowed))
                    for owner in selected:
                        spans = found.setdefault(owner, [])
                        if span not in spans:
                            spans.append(span)
        return found
