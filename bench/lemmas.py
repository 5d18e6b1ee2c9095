"""Compare lemmatisers on news vocabulary: which base form each gives, how fast, how heavy.

    python bench/lemmas.py

A keyword or an entity name must match every inflection of its words ("expel": expels, expelled,
expelling; "prosecutor": prosecutors), so the lemmatiser must give the right base for irregular verbs
(sought, struck, rose, left) and spelling changes (cancelled, juries). Candidates that are not installed
are reported as skipped (``pip install simplemma lemmagen3`` to include them). Derivations (expulsion and
expel, a sentencing and to sentence) are outside every candidate: the last table shows what factcheck's
own word keys, lemmatiser plus derivation table, make of them.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# (inflected word, acceptable base forms): verbs and nouns of news copy, regular and irregular
ENGLISH: list[tuple[str, tuple[str, ...]]] = [
    ("expelled", ("expel",)), ("expels", ("expel",)), ("expelling", ("expel",)), ("summoned", ("summon",)),
    ("sentenced", ("sentence",)), ("sentencing", ("sentence",)), ("sentences", ("sentence",)),
    ("convicted", ("convict",)), ("jailed", ("jail",)), ("appealed", ("appeal",)), ("sought", ("seek",)),
    ("struck", ("strike",)), ("rose", ("rise",)), ("risen", ("rise",)), ("fell", ("fall",)),
    ("fallen", ("fall",)), ("left", ("leave",)), ("won", ("win",)), ("lost", ("lose",)), ("stole", ("steal",)),
    ("stolen", ("steal",)), ("killed", ("kill",)), ("injured", ("injure",)), ("died", ("die",)),
    ("cancelled", ("cancel",)), ("canceled", ("cancel",)), ("reopened", ("reopen",)), ("raised", ("raise",)),
    ("hiked", ("hike",)), ("bought", ("buy",)), ("acquired", ("acquire",)), ("paid", ("pay",)),
    ("fined", ("fine",)), ("ordered", ("order",)), ("gave", ("give",)), ("given", ("give",)),
    ("withdrew", ("withdraw",)), ("withdrawn", ("withdraw",)), ("declared", ("declare",)),
    ("accused", ("accuse",)), ("denies", ("deny",)), ("fled", ("flee",)), ("hit", ("hit",)),
    ("shook", ("shake",)), ("destroyed", ("destroy",)), ("displaced", ("displace",)),
    ("customers", ("customer",)), ("prosecutors", ("prosecutor",)), ("lawyers", ("lawyer",)),
    ("juries", ("jury",)), ("diplomats", ("diplomat",)), ("envoys", ("envoy",)), ("casualties", ("casualty",)),
    ("people", ("people", "person")), ("children", ("child",)), ("lenders", ("lender",)),
    ("investors", ("investor",)), ("quakes", ("quake",)), ("aftershocks", ("aftershock",)),
    ("ministries", ("ministry",)),
]
FRENCH: list[tuple[str, tuple[str, ...]]] = [
    ("expulsés", ("expulser",)), ("convoqué", ("convoquer",)), ("condamné", ("condamner",)),
    ("diplomates", ("diplomate",)), ("tués", ("tuer",)), ("blessées", ("blesser",)),
]
# derivations no lemmatiser gives: the pairs factcheck's derivation table joins
DERIVED: list[tuple[str, str]] = [
    ("expulsion", "expel"), ("expulsions", "expel"), ("sentencing", "sentence"), ("acquisition", "acquire"),
    ("conviction", "convict"), ("withdrawal", "withdraw"), ("death", "die"), ("imprisonment", "imprison"),
]

Lemmatiser = Callable[[str], set[str]]


def _lemminflect() -> Lemmatiser:
    import lemminflect

    def run(word: str) -> set[str]:
        return {lemma for lemmas in lemminflect.getAllLemmas(word).values() for lemma in lemmas} or {word}

    return run


def _simplemma(lang: str) -> Lemmatiser:
    import simplemma

    return lambda word: {simplemma.lemmatize(word, lang=lang)}


def _lemmagen(lang: str) -> Lemmatiser:
    from lemmagen3 import Lemmatizer

    lemmatiser = Lemmatizer(lang)
    return lambda word: {lemmatiser.lemmatize(word)}


CANDIDATES: list[tuple[str, str, Callable[[], Lemmatiser], Callable[[], Lemmatiser] | None, str]] = [
    ("lemminflect", "lemminflect", _lemminflect, None, "lemminflect.getAllLemmas('expelled')"),
    ("simplemma", "simplemma", lambda: _simplemma("en"), lambda: _simplemma("fr"),
     "simplemma.lemmatize('expelled', lang='en')"),
    ("lemmagen3", "lemmagen3", lambda: _lemmagen("en"), lambda: _lemmagen("fr"),
     "lemmagen3.Lemmatizer('en').lemmatize('expelled')"),
]


def _score(fn: Lemmatiser, cases: list[tuple[str, tuple[str, ...]]]) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for word, gold in cases:
        got = fn(word)
        if got & set(gold):
            right += 1
        else:
            wrong.append(f"{word}→{'/'.join(sorted(got))}")
    return right, wrong


def _per_word(fn: Lemmatiser, words: list[str], rounds: int = 200) -> float:
    """Median microseconds per word over several rounds (no cache: every call does the work)."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(rounds):
            for word in words:
                fn(word)
        times.append((time.perf_counter() - start) / (rounds * len(words)))
    return statistics.median(times) * 1e6


def _first_word_ms(module: str, first: str) -> float:
    """Import plus the first word, in a fresh interpreter: tables load lazily on first use."""
    code = f"import time; t = time.perf_counter(); import {module}; {first}; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    return min(runs) * 1000


def _size_mb(module: str) -> float:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return 0.0
    root = Path(spec.origin).parent
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    words = [w for w, _ in ENGLISH]
    print(f"{len(ENGLISH)} English and {len(FRENCH)} French inflected news words\n")
    print("| package | English right | French right | µs/word | import + first word ms | installed MB | wrong |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, module, english, french, first in CANDIDATES:
        if importlib.util.find_spec(module) is None:
            print(f"| {name} | skipped: not installed | | | | | |")
            continue
        fn = english()
        right, wrong = _score(fn, ENGLISH)
        fr = "—"
        if french is not None:
            fr_right, fr_wrong = _score(french(), FRENCH)
            fr = f"{fr_right}/{len(FRENCH)}"
            wrong += fr_wrong
        load = _first_word_ms(module, first)
        print(f"| {name} | {right}/{len(ENGLISH)} | {fr} | {_per_word(fn, words):.1f} | {load:.0f} "
              f"| {_size_mb(module):.1f} | {', '.join(wrong) or '—'} |")

    from factcheck.keywords import word_keys

    print("\nfactcheck's word keys (lemmatiser + derivation table): do the derived word and its base share a key?\n")
    print("| derived | base | shared |")
    print("|---|---|---|")
    for derived, base in DERIVED:
        shared = word_keys(derived) & word_keys(base)
        print(f"| {derived} | {base} | {', '.join(sorted(shared)) or 'NO'} |")
    word_keys.cache_clear()
    start = time.perf_counter()
    for word in words:
        word_keys(word)
    cold = (time.perf_counter() - start) / len(words) * 1e6
    start = time.perf_counter()
    for _ in range(1000):
        for word in words:
            word_keys(word)
    warm = (time.perf_counter() - start) / (1000 * len(words)) * 1e6
    print(f"\nword_keys: {cold:.1f} µs per new word, {warm:.2f} µs per word seen before (cached)")


if __name__ == "__main__":
    main()
