"""The per-sentence memo answers a repeated question only for the very same arguments."""

from __future__ import annotations

from factcheck._memo import per_sentence


def test_the_latest_call_is_remembered_by_identity_only() -> None:
    calls: list[tuple[object, ...]] = []

    @per_sentence
    def words(sentence: list[str], n: int) -> tuple[str, ...]:
        calls.append((sentence, n))
        return tuple(sentence[:n])

    first, same_words = ["France", "expelled", "two"], ["France", "expelled", "two"]
    assert words(first, 2) == ("France", "expelled")
    assert words(first, 2) == ("France", "expelled")
    assert len(calls) == 1  # the same objects: answered from memory
    assert words(same_words, 2) == ("France", "expelled")
    assert len(calls) == 2  # equal but another object: asked again, since it might have changed meanwhile
    first.append("diplomats")
    assert words(first, 4) == ("France", "expelled", "two", "diplomats")
    assert words(same_words, 2) == ("France", "expelled")
    assert len(calls) == 4  # one call is remembered, not every one
