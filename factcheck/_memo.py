"""Remembering the answer to a question about one sentence while every candidate claim asks it again."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")


def per_sentence(fn: Callable[..., R]) -> Callable[..., R]:
    """``fn`` remembering its latest call: asked again with the very same arguments (the same objects, by
    identity), it returns the same result without running again.

    The matcher judges the candidate claims of one sentence one after the other, and a rule that reads only
    the sentence (and the language pack) would otherwise redo the same work for each of them. One call is
    remembered, not many: the next sentence's arguments are other objects, so the entry is replaced and a
    long document keeps nothing of earlier sentences. The arguments are held by the entry, so an identical
    identity always means the same object, never a new one at a reused address; they must not change
    between calls (a sentence's frozen ``Mentions``, a language pack), since the same object is taken to
    give the same answer. Results are shared between callers: ``fn`` must return something immutable.
    """
    latest: tuple[tuple[Any, ...], R] | None = None

    @functools.wraps(fn)
    def remembered(*args: Any) -> R:
        nonlocal latest
        entry = latest  # one read: another thread may replace it meanwhile, never change it
        if entry is not None and len(entry[0]) == len(args) and all(map(operator.is_, entry[0], args)):
            return entry[1]
        result = fn(*args)
        latest = (args, result)
        return result

    return remembered
