"""Find a claim's keywords in a sentence, in any inflected or derived form, without scanning every claim.

A claim's keywords name its action ("expel", "summon"). Copy writes them every way a language allows:
"expels", "expelled", "the expulsion", "sought" for "seek". Each word is reduced to *keys*: its lemmas
from lemminflect (a maintained English lemmatiser whose tables ship in its package, so nothing is fetched
at run time), the base a small per-language derivation table gives for nouns no lemmatiser joins to their
verb ("expulsion" -> "expel", in ``data/derivations.json``), and a few suffix-stripped candidates for words
neither knows. A sentence token matches a keyword word when their keys meet. Keywords are indexed by the
keys of their first word, so the cost of a sentence depends on its length, not on how many claims the base
holds; keys are cached per word, so a word seen before costs a dictionary lookup.

The lemmatiser's tables take about half a second to load, far more than checking an article. Building a
claim base loads them anyway, so a build with the cache on also stores them, once per lemminflect release,
as a small database beside the cached bases (:func:`store_lemma_table`); a later run that reads a cached
base looks each new word up there instead, and gets exactly the lemmatiser's answer without loading it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ion", "ions", "ment", "ments", "ly", "al")
DEFAULT_LANGUAGE = "en"


def _clean(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma the lemmatiser knows for ``word`` under any part of speech ("left" -> leave, left).

    Unknown words give nothing: guessing is left to the suffix rules, which never replace a known lemma.
    """
    word = _clean(word)
    if not word.isalpha():
        return frozenset()
    return frozenset(lemma.lower() for found in all_lemmas(word).values() for lemma in found)


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(word)`` for a lower-case word: its lemmas by part of speech.

    The lemmatiser answers when it is loaded already; otherwise the table stored by an earlier build gives
    the same answer for a dictionary lookup, and only without one is the lemmatiser loaded. The result is
    shared: read it, never change it.
    """
    if "lemminflect" not in sys.modules:
        found = _stored_table().get(word)
        if found is not None:
            return found
    import lemminflect  # imported on first use: it loads numpy, which commands that never match need not pay for

    return lemminflect.getAllLemmas(word)  # type: ignore[no-any-return]


@cache
def irregular_participles(language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Past participles without a regular ending ("held", "sent", "put"), from ``data/participles.json``.

    The list is what the lemmatiser's tables give: every word that is the past participle (VBN) of one of
    its own verb lemmas and does not end in -ed, -en, -wn, -ne or -ght.
    """
    raw = json.loads(resources.files("factcheck").joinpath("data/participles.json").read_text(encoding="utf-8"))
    return frozenset(raw.get(language.split("-")[0].lower(), ()))


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """Every base a word may be an inflection of: expelled -> {expelled, expel, ...}, sought -> {sought, seek}."""
    word = _clean(word)
    forms = {word, *lemmas(word)}
    table = derivations(DEFAULT_LANGUAGE)
    if any(table.get(f) == f for f in forms):
        return frozenset(forms)  # "government" is its own base, never a form of "govern": the table says so
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


@cache
def derivations(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The derivation table of one language (empty for a language that has none)."""
    raw = json.loads(resources.files("factcheck").joinpath("data/derivations.json").read_text(encoding="utf-8"))
    table = raw.get(language.split("-")[0].lower(), {})
    return {k.lower(): v.lower() for k, v in table.items()}


def _derived(forms: Iterable[str], language: str) -> set[str]:
    table = derivations(language)
    return {table[f] for f in forms if f in table}


@lru_cache(maxsize=65536)
def keyword_keys(word: str, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The keys a keyword word is indexed under: itself, its lemmas, and the base it is derived from.

    No suffix guessing on this side: a keyword is a word its author chose, and guessing on both sides
    would let unrelated words meet halfway.
    """
    word = _clean(word)
    forms = {word, *lemmas(word)}
    return frozenset(forms | _derived(forms, language))


@lru_cache(maxsize=65536)
def word_keys(word: str, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """The keys a text word is looked up under: its base forms and the bases they are derived from."""
    forms = base_forms(word)
    return forms | _derived(forms, language)


@lru_cache(maxsize=65536)
def readings(word: str) -> dict[str, frozenset[str]]:
    """The lemmas of ``word`` by part of speech ("back": NOUN, VERB, ADV, ADJ -> back)."""
    word = _clean(word)
    if not word.isalpha():
        return {}
    return {pos: frozenset(x.lower() for x in found) for pos, found in all_lemmas(word).items()}


@lru_cache(maxsize=65536)
def _bare_fits(token: str, literal: str, language: str) -> bool:
    """Whether a text word written as a bare lemma may stand for a keyword its author wrote inflected.

    "sought" is met by "seek" (a verb and nothing else), but "backed" is not met by "back", which is
    also an adverb ("back at target"), nor "founded" by "found", the past of "find" far more often.
    """
    if token in derivations(language).values() and _derived({literal, *lemmas(literal)}, language) & {token}:
        return True
    own = readings(token)
    if len({x for found in own.values() for x in found}) > 1:
        return False  # a homograph: "found" (find), "left" (leave), "saw" (see)
    wanted = {pos for pos, found in readings(literal).items() if token in found}
    return bool(wanted) and set(own) <= wanted


def _meets(token: str, keys: frozenset[str], literal: str, language: str) -> bool:
    """Whether a text token matches a keyword word, given its keys and how its author wrote it."""
    shared = word_keys(token, language) & keys
    if not shared:
        return False
    clean = _clean(token)
    if _superlative(literal) and not _superlative(clean):
        return False  # "slowest" is a record; "more slowly" is no such thing
    return shared != {clean} or literal == clean or _bare_fits(clean, literal, language)


@lru_cache(maxsize=65536)
def _superlative(word: str) -> bool:
    """An adjective in its superlative degree: a form of another lemma ending in "-est" ("slowest",
    "deadliest"), or "best", "worst", "most", "least"."""
    lemmas_ = readings(word).get("ADJ", frozenset())
    return bool(lemmas_) and word not in lemmas_ and word.endswith("st")


def split_keyword(keyword: str) -> tuple[str, ...]:
    return tuple(keyword.lower().replace("’", "'").replace("-", " ").split())


# a keyword: its words, the keys of each word, and the owners using it
_Entry = tuple[tuple[str, ...], tuple[frozenset[str], ...], frozenset[int]]
# a keyword a text word may start: the entry, and whether the word meets the keyword's first word
_Start = tuple[tuple[str, ...], tuple[frozenset[str], ...], frozenset[int], bool]
_STARTING_MAX = 200_000


class KeywordIndex:
    """Maps the keys of keyword first words to keywords and the set of owners (claim positions) using each."""

    def __init__(self, keywords: Iterable[tuple[int, Sequence[str]]], language: str = DEFAULT_LANGUAGE) -> None:
        self._language = language
        by_parts: dict[tuple[str, ...], set[int]] = {}
        for owner, words in keywords:
            for keyword in words:
                parts = split_keyword(keyword)
                if parts:
                    by_parts.setdefault(parts, set()).add(owner)
        first: dict[str, list[_Entry]] = {}
        for parts, owners in by_parts.items():
            keys = tuple(keyword_keys(p, language) for p in parts)
            entry = (parts, keys, frozenset(owners))
            for key in keys[0]:
                first.setdefault(key, []).append(entry)
        self._first = first
        # per text word, the keywords whose first word it may be (its keys looked up once): a sentence's
        # words are mostly words seen before, and most of them start no keyword at all
        self._starting: dict[str, tuple[_Start, ...]] = {}
        # (text word, keyword word) -> whether they meet; the keyword word's keys follow from the word itself
        self._meeting: dict[tuple[str, str], bool] = {}

    def _entries(self, word: str) -> tuple[_Start, ...]:
        """The keywords ``word`` may start, with whether it meets their first word, worked out once a word.

        A keyword whose first word the text word does not meet can still be found only as a phrasal
        verb split by its object (see :func:`_split_particle`); any other is left out here, so a
        sentence never tries it again."""
        found = self._starting.get(word)
        if found is None:
            entries: dict[tuple[str, ...], _Entry] = {}
            for form in word_keys(word, self._language):
                for entry in self._first.get(form, ()):
                    entries.setdefault(entry[0], entry)
            found = tuple((parts, keys, owners, head) for parts, keys, owners in entries.values()
                          for head in (self._meets(word, keys[0], parts[0]),)
                          if head or (len(parts) == 2 and parts[1] in _PARTICLES))
            if len(self._starting) >= _STARTING_MAX:
                self._starting.clear()  # a bound on memory for endless streams of new words
            self._starting[word] = found
        return found

    def _meets(self, token: str, keys: frozenset[str], literal: str) -> bool:
        pair = (token, literal)
        found = self._meeting.get(pair)
        if found is None:
            found = _meets(token, keys, literal, self._language)
            if len(self._meeting) >= _STARTING_MAX:
                self._meeting.clear()
            self._meeting[pair] = found
        return found

    def __getstate__(self) -> dict[str, Any]:
        # the per-word tables are rebuilt as words are seen
        return {**self.__dict__, "_starting": {}, "_meeting": {}}

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
        language = self._language
        starting = self._starting
        meets = self._meets
        for pos, i in enumerate(content):
            entries = starting.get(words[i])
            if entries is None:
                entries = self._entries(words[i])
            for parts, keys, owners, head in entries:
                end = pos + len(parts)
                if end > len(content):
                    continue
                if not head or (len(parts) > 1 and not all(
                        meets(words[content[pos + k]], keys[k], parts[k]) for k in range(1, len(parts)))):
                    last = _split_particle(words, content, pos, parts, keys, language)
                    if last is None:
                        continue
                    end = last + 1
                span = (i, content[end - 1])
                selected: AbstractSet[int] = owners
                if allowed is not None:
                    selected = frozenset().union(*(owners & a for a in allowed))
                for owner in selected:
                    spans = found.setdefault(owner, [])
                    if span not in spans:
                        spans.append(span)
        return found


# particles of phrasal verbs that copy splits from their verb: "ordered two diplomats out"
_PARTICLES = frozenset("out off back away down up in".split())
_PARTICLE_GAP = 4


def _split_particle(words: Sequence[str], content: list[int], pos: int, parts: tuple[str, ...],
                    keys: Sequence[frozenset[str]], language: str) -> int | None:
    """The content index of the particle of a two-word phrasal keyword written with its object between
    ("ordered four Azerbaijani diplomats out"), or None. The gap holds no clause punctuation."""
    if len(parts) != 2 or parts[1] not in _PARTICLES:
        return None
    for k in range(pos + 2, min(len(content), pos + 2 + _PARTICLE_GAP)):
        word = words[content[k]]
        if word in (",", ";", ":", "(", ")", '"'):
            return None
        if word == parts[1]:
            return k
    return None


# --- the lemmatiser's lookup table, stored beside the cached claim bases -----------------------------------

_TABLE_FORMAT = b"factcheck-lemmas\x00v1"


@cache
def _lemminflect_resources() -> tuple[Path, ...] | None:
    """The lemmatiser's lookup files, found without importing it (importing costs as much as a check)."""
    import importlib.util

    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return folder / "lemma_lu.csv.gz", folder / "lemma_overrides.csv"


def _table_name() -> str | None:
    """The file name of the stored table for the installed lemmatiser: it changes with its data."""
    files = _lemminflect_resources()
    if files is None:
        return None
    digest = hashlib.blake2b(_TABLE_FORMAT, digest_size=12)
    try:
        for path in files:
            stat = path.stat()
            digest.update(f"\0{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    except OSError:
        return None
    return f"lemmas-{digest.hexdigest()}.sqlite"


class _LemmaTable:
    """Read-only lookups in a stored table; ``get`` gives None whenever the table cannot answer."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._connection: Any = None
        self._pid = 0
        self._broken = path is None
        # the rows read by the last prefetch, by word (None: no row), which get answers from first
        self._ahead: dict[str, str | None] = {}

    def _connect(self) -> Any:
        import sqlite3

        assert self._path is not None
        connection = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True,
                                     check_same_thread=False)
        row = connection.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()
        if row is None or row[0] != self._path.name:  # an unfinished or foreign file
            connection.close()
            raise sqlite3.DatabaseError("not a complete lemma table")
        return connection

    def _connected(self) -> Any:
        if self._connection is None or self._pid != os.getpid():  # a forked worker opens its own
            self._connection, self._pid = self._connect(), os.getpid()
        return self._connection

    def get(self, word: str) -> dict[str, tuple[str, ...]] | None:
        if self._broken:
            return None
        with self._lock:
            try:
                if word in self._ahead:
                    readings = self._ahead[word]
                else:
                    row = self._connected().execute("SELECT readings FROM lemmas WHERE word = ?", (word,)).fetchone()
                    readings = None if row is None else row[0]
                if readings is None:
                    return {}  # not in the lemmatiser's dictionary: it knows no lemma either
                return {pos: tuple(found) for pos, found in json.loads(readings).items()}
            except Exception:  # a table is an optimisation: whatever goes wrong, ask the lemmatiser
                self._broken = True
                return None

    def prefetch(self, words: Iterable[str]) -> None:
        """Read the rows of ``words`` for :meth:`get`, a few hundred a query: one query a word costs a
        one-article check more than all of its words read at once.

        Rows read for earlier documents are kept (up to a bound), and only words not read yet are asked
        for: a run over many files meets the same common words in every one, and a file's words are
        mostly read already by the time it is checked."""
        if self._broken:
            return
        with self._lock:
            ahead = self._ahead
            if len(ahead) >= _AHEAD_MAX:
                ahead = self._ahead = {}
            wanted = sorted(w for w in set(words) if w not in ahead)
            try:
                for at in range(0, len(wanted), _PREFETCH_CHUNK):
                    chunk = wanted[at:at + _PREFETCH_CHUNK]
                    rows = dict.fromkeys(chunk)
                    rows.update(self._connected().execute(
                        f"SELECT word, readings FROM lemmas WHERE word IN ({', '.join('?' * len(chunk))})", chunk))
                    ahead.update(rows)
            except Exception:  # as in get: the lemmatiser answers instead
                self._broken = True


# words a prefetch asks for in one query, well below SQLite's least limit on a query's parameters (999)
_PREFETCH_CHUNK = 500
# rows kept from earlier prefetches: far more than the distinct words of a long run, a bound on memory all the same
_AHEAD_MAX = 200_000


_LETTERS = re.compile(r"[^\W\d_]+")


def prefetch_lemmas(text: str) -> None:
    """Read the stored lemmas of every word of ``text`` at once, ahead of the lookups a check of it makes
    word by word. Nothing changes but the time those take."""
    if "lemminflect" not in sys.modules:  # the lemmatiser answers when it is loaded already
        # a set as they are found: a 50 MB article has millions of words, but tens of thousands of distinct ones
        _stored_table().prefetch({found.group() for found in _LETTERS.finditer(text.lower())})


@cache
def _stored_table() -> _LemmaTable:
    from factcheck.cache import cache_dir

    name = _table_name()
    directory = cache_dir()
    if name is None or directory is None or not (directory / name).is_file():
        return _LemmaTable(None)
    return _LemmaTable(directory / name)


def store_lemma_table(directory: Path | None = None) -> bool:
    """Store the lemmatiser's lookup table in ``directory`` (default: the cache folder), unless it is there.

    Called after a claim base is built with the cache on, when the lemmatiser is loaded already; False when
    nothing could be written (no cache folder, a read-only disk).
    """
    import sqlite3

    from factcheck.cache import cache_dir

    directory = directory or cache_dir()
    name = _table_name()
    if directory is None or name is None:
        return False
    target = directory / name
    if target.is_file():
        return True
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    table = lemmatizer._getLemmaDict()
    overrides = lemmatizer._getOverridesDict()
    words = sorted({w for w in (*table, *overrides) if w == w.lower()})
    import lemminflect

    rows = [(w, json.dumps(lemminflect.getAllLemmas(w), separators=(",", ":"))) for w in words]
    tmp_name = None
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp_name = tempfile.mkstemp(prefix=".lemmas-", suffix=".tmp", dir=directory)
        os.close(fd)
        connection = sqlite3.connect(tmp_name)
        try:
            with connection:
                connection.execute("CREATE TABLE lemmas (word TEXT PRIMARY KEY, readings TEXT NOT NULL) WITHOUT ROWID")
                connection.executemany("INSERT INTO lemmas VALUES (?, ?)", rows)
                connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                connection.execute("INSERT INTO meta VALUES ('name', ?)", (name,))
        finally:
            connection.close()
        os.replace(tmp_name, target)
        tmp_name = None
        _stored_table.cache_clear()
        return True
    except (OSError, sqlite3.Error):
        return False
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
