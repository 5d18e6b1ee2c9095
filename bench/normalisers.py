"""Compare number-word and date parsers on phrases from news copy: correctness and speed.

    python bench/normalisers.py

Libraries that are not installed are reported as skipped (install them with
``pip install number-parser word2number dateparser quantulum3`` to include
them). The last rows measure factcheck's own sentence reader, which uses
text2num for composite number words plus the lexicon's phrases, and its
token rules for dates.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from typing import Any

NUMBER_CASES: list[tuple[str, float | None]] = [
    ("two", 2), ("2", 2), ("forty-eight", 48), ("forty eight", 48), ("thirty", 30), ("a dozen", 12),
    ("a pair of", 2), ("a single", 1), ("one hundred and twenty", 120), ("1,500", 1500),
    ("three", 3), ("twelve", 12), ("seventy-two", 72), ("half a dozen", 6), ("nineteen", 19),
    ("two or three", None), ("no one", None), ("a couple of", 2), ("one thousand five hundred", 1500),
    ("ninety-nine", 99),
]
DATE_CASES: list[tuple[str, tuple[int | None, int | None, int | None]]] = [
    ("in September", (None, 9, None)), ("Sept. 2023", (2023, 9, None)), ("September 2023", (2023, 9, None)),
    ("19 September", (None, 9, 19)), ("Dec 26, 2023", (2023, 12, 26)), ("Dec. 26", (None, 12, 26)),
    ("in October", (None, 10, None)), ("on 19th September", (None, 9, 19)),
    ("by the end of the year", (None, 12, None)),
    ("in 2023", (2023, None, None)), ("within 48 hours", (None, None, None)), ("talks may resume", (None, None, None)),
]


def _timed(fn: Callable[[str], Any], cases: list[str]) -> tuple[list[Any], float]:
    out = []
    start = time.perf_counter()
    for _ in range(20):
        out = []
        for case in cases:
            try:
                out.append(fn(case))
            except Exception:  # a parser that raises on a phrase simply got it wrong
                out.append(None)
    return out, (time.perf_counter() - start) / (20 * len(cases)) * 1e6


def number_parsers() -> dict[str, Callable[[str], float | None]]:
    found: dict[str, Callable[[str], float | None]] = {}
    if importlib.util.find_spec("text_to_num"):
        from text_to_num import text2num

        found["text2num"] = lambda s: float(text2num(s, "en"))
    if importlib.util.find_spec("number_parser"):
        from number_parser import parse_number

        found["number-parser"] = lambda s: parse_number(s)
    if importlib.util.find_spec("word2number"):
        from word2number import w2n

        found["word2number"] = lambda s: float(w2n.word_to_num(s))
    if importlib.util.find_spec("quantulum3"):
        from quantulum3 import parser as q3

        found["quantulum3"] = lambda s: next((q.value for q in q3.parse(s)), None)
    from factcheck.entities import EntityRegistry
    from factcheck.mentions import extract

    empty = EntityRegistry(())

    def ours(s: str) -> float | None:
        numbers = extract(s + " diplomats", empty).numbers
        return numbers[0].value if len(numbers) == 1 else None

    found["factcheck (text2num + lexicon)"] = ours
    return found


def date_parsers() -> dict[str, Callable[[str], tuple[int | None, int | None, int | None]]]:
    found: dict[str, Callable[[str], tuple[int | None, int | None, int | None]]] = {}
    if importlib.util.find_spec("dateparser"):
        from dateparser.search import search_dates

        def with_dateparser(s: str) -> tuple[int | None, int | None, int | None]:
            hits = search_dates(s, languages=["en"])
            if not hits:
                return (None, None, None)
            d = hits[0][1]
            return (d.year, d.month, d.day)  # a full date always: the precision is lost

        found["dateparser search_dates"] = with_dateparser
    from factcheck.entities import EntityRegistry
    from factcheck.mentions import extract

    empty = EntityRegistry(())

    def ours(s: str) -> tuple[int | None, int | None, int | None]:
        dates = extract(s, empty).dates
        return (dates[0].year, dates[0].month, dates[0].day) if dates else (None, None, None)

    found["factcheck (token rules)"] = ours
    return found


def main() -> int:
    print("### Number words\n")
    print("| parser | right | µs/phrase |\n| --- | ---: | ---: |")
    phrases = [c for c, _ in NUMBER_CASES]
    for name, fn in number_parsers().items():
        got, us = _timed(fn, phrases)
        right = sum(1 for g, (_c, want) in zip(got, NUMBER_CASES, strict=True)
                    if (g is None and want is None) or (g is not None and want is not None and abs(g - want) < 1e-9))
        print(f"| {name} | {right}/{len(NUMBER_CASES)} | {us:,.0f} |")
    print("\n### Dates (year, month, day; a part the phrase does not give must stay empty)\n")
    print("| parser | right | µs/phrase |\n| --- | ---: | ---: |")
    phrases = [c for c, _ in DATE_CASES]
    for name, fn in date_parsers().items():
        got, us = _timed(fn, phrases)
        right = sum(1 for g, (_c, want) in zip(got, DATE_CASES, strict=True) if g == want)
        print(f"| {name} | {right}/{len(DATE_CASES)} | {us:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
