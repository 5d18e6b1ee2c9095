"""The claim base: loaded claims, their entities, and the two questions editors ask of it.

``search`` answers "which claims is this text about?"; ``check`` answers "does
this text agree with them?". Both are pure functions of the base and the text:
the base holds no per-call state, so one instance can serve many documents.

A base holds its claims twice: the validated records (:mod:`factcheck.records`), which the API hands out,
and plain copies (:mod:`factcheck.plain`), which checking reads. A pickled base stores the records and the
search index apart and reads them back only when asked for, so a check from the cache never imports
pydantic, and never reads the half of a cached base that only the API uses.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from factcheck import __version__, plain, published
from factcheck.context import Context
from factcheck.document import Document, Sentence, read_text, statement_text
from factcheck.entities import EntityRegistry
from factcheck.errors import ClaimsError, Problem
from factcheck.findings import ClaimInfo, DocumentReport, Finding, Report, Verdict
from factcheck.index import BM25Index, terms
from factcheck.keywords import prefetch_lemmas
from factcheck.lexicon import base_language, lexicon, with_vocabulary
from factcheck.matcher import Assessment, Matcher
from factcheck.mentions import Mentions, extract

if TYPE_CHECKING:
    from factcheck.cache import Deferred
    from factcheck.infer import InferredBase
    from factcheck.records import Claim, ClaimsFile, Entity, Source, Vocabulary

# Claims with no keywords (a plain archive of statements) are matched on wording alone: below this
# similarity a sentence is not taken to be about them.
DEFAULT_MIN_SCORE = 0.8
SEARCH_SHORTLIST = 30
# A sentence longer than this is left unchecked, with a notice: no news sentence comes near it (the longest
# in the test articles has about 300 characters), and bounding it keeps a check linear in the document
# whatever the input (a megabyte without a full stop, a pasted table).
MAX_SENTENCE_CHARS = 2_000
SEARCH_FUZZY_WEIGHT = 0.6


# A named tuple, not a dataclass: every check imports this module, and a dataclass compiles its methods
# at import (0.3 ms or more a class) where a named tuple compiles one.


class _Records(NamedTuple):
    """What a base keeps of its validated records: what the API returns and what rebuilding reads."""

    claims: tuple[Claim, ...]
    sources: dict[str, Source]
    inferred: InferredBase
    by_id: dict[str, Claim]


class ClaimBase:
    """An immutable set of claims with the indexes needed to search and check text against them."""

    def __init__(self, claims: Iterable[Claim], entities: Iterable[Entity] = (),
                 sources: Iterable[Source] = (), *, min_score: float = DEFAULT_MIN_SCORE,
                 vocabulary: Iterable[Vocabulary] = ()) -> None:
        records = tuple(claims)
        by_source = {s.id: s for s in sources}
        # the pack of the sources' language with the stories' own words: every step of a check reads it
        words = tuple(vocabulary)
        self.lex = with_vocabulary(lexicon(base_language(s.language for s in by_source.values())),
                                   people_nouns=(w for v in words for w in v.people_nouns),
                                   party_nouns=(w for v in words for w in v.party_nouns),
                                   other_event_words=(w for v in words for w in v.other_event_words))
        from factcheck.infer import infer_base  # only a build needs it: a cached base is inferred already

        declared = tuple(entities)
        # records without keywords or values are completed from their statements; names those introduce
        # join the registry so text naming them is read the same way
        inferred = infer_base(records, declared, by_source, lex=self.lex)
        counted = [n for c in records for v in c.values if v.kind == "count" for n in (v.noun, *v.noun_aliases)]
        self.entities = EntityRegistry((*declared, *inferred.entities), people_nouns=counted,
                                       metonym_kinds=self.lex.metonym_kinds,
                                       unknown=(e.id for e in inferred.entities))
        self._records: _Records | Deferred = _Records(records, by_source, inferred, {c.id: c for c in records})
        self._search: BM25Index | Deferred | None = None  # built on first search, or by prepare()
        # the one thing a report needs of a source: its address, kept here so checking never reads a record
        self._urls = {sid: s.url for sid, s in by_source.items()}
        self.min_score = min_score
        # what a base read from the cache was built from (claims paths, min_score, cache key), so a deferred
        # part found damaged when first asked for can be built again; None for a base built here
        self._origin: tuple[tuple[str, ...], float, str] | None = None

    # --- the validated records, for the API --------------------------------------------------------

    def _read(self) -> _Records:
        """The records, read back first if this base was unpickled (the first call pays for it)."""
        records = self._records
        if isinstance(records, _Records):
            return records
        read: _Records = self._undefer("_records")
        return read

    def _undefer(self, name: str) -> Any:
        """The deferred part held as ``name``, read and kept in its place.

        When its stored bytes turn out damaged, long after the base was taken from the cache, the base's
        claims files are built again (and stored anew) and every part this base defers is taken from that
        build: none of the damaged file is trusted.
        """
        from factcheck.cache import DamagedEntry

        part = getattr(self, name)
        try:
            value = part.value()
        except DamagedEntry:
            if self._origin is None:
                raise
            rebuilt = _rebuild(*self._origin)
            self._records, self._search = rebuilt._read(), rebuilt._search_index()
            return getattr(self, name)
        setattr(self, name, value)
        return value

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim record, in the order of the files and of each file."""
        return self._read().claims

    @property
    def sources(self) -> dict[str, Source]:
        """The sources by id."""
        return self._read().sources

    @property
    def inferred(self) -> InferredBase:
        """The claims as completed from their statements, and what reading them added."""
        return self._read().inferred

    def __getstate__(self) -> dict[str, Any]:
        from factcheck.cache import Deferred

        state = dict(self.__dict__)
        if isinstance(self._records, _Records):
            state["_records"] = Deferred.of(self._records)
        if isinstance(self._search, BM25Index):
            state["_search"] = Deferred.of(self._search)
        return state

    def __len__(self) -> int:
        return len(self.claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._read().by_id

    def get(self, claim_id: str) -> Claim:
        return self._read().by_id[claim_id]

    def prepare(self) -> ClaimBase:
        """Build every index now rather than on first use: before the base is stored, or timed."""
        _ = self._matcher, self._search_index()
        return self

    @cached_property
    def _matcher(self) -> Matcher:
        return Matcher(self.inferred.claims, self.entities, free_min_score=self.min_score, sources=self.sources,
                       lex=self.lex,
                       worded=[i for i, c in enumerate(self.claims) if not c.keywords])

    def _search_index(self) -> BM25Index:
        search = self._search
        if isinstance(search, BM25Index):
            return search
        if search is None:
            search = self._search = BM25Index(self._search_terms(c) for c in self.claims)
            return search
        index: BM25Index = self._undefer("_search")
        return index

    def _search_terms(self, claim: Claim) -> list[str]:
        names = [self.entities.name(getattr(v, "entity")) for v in claim.values if hasattr(v, "entity")]  # noqa: B009
        return terms(" ".join((claim.statement, *claim.aliases, *claim.keywords, *names)))

    def search(self, text: str, k: int = 5) -> list[tuple[Claim, float]]:
        """The ``k`` claims ``text`` is most likely about, best first, with a score in [0, 1].

        BM25 over the index picks a shortlist without touching every claim; the
        shortlist is then re-ranked by fuzzy similarity to each claim's wording.
        The weights were chosen on the CLEF CheckThat! 2020 train and dev splits
        (``python bench/clef.py --tune``): token_sort_ratio at 0.6 with equal scores
        kept in base order was the best on train and within a tweet of the best on dev.
        """
        from rapidfuzz import fuzz  # imported here: a check never needs it

        query = terms(text)
        shortlist = self._search_index().top(query, max(SEARCH_SHORTLIST, 3 * k))
        if not shortlist:
            return []
        top = shortlist[0][1] or 1.0
        low = text.lower()
        ranked = []
        for doc, bm25 in shortlist:
            claim = self.claims[doc]
            fuzzy = max(fuzz.token_sort_ratio(low, s.lower()) for s in (claim.statement, *claim.aliases)) / 100
            score = round(SEARCH_FUZZY_WEIGHT * fuzzy + (1 - SEARCH_FUZZY_WEIGHT) * bm25 / top, 4)
            ranked.append((doc, claim, score))
        ranked.sort(key=lambda item: (-item[2], item[0]))
        return [(claim, score) for _doc, claim, score in ranked[:k]]

    def check_document(self, document: Document, *, uncovered: bool = False) -> DocumentReport:
        """Every finding for one document, in document order.

        The document is read as a whole, in two passes. The first analyses each sentence once, with
        referring expressions resolved against the sentences before it, and notes which sources the
        document is shown to be about (a claim whose event a sentence establishes). The second decides
        the verdicts: a conflicting value contradicts a claim only when its event is established, in
        the sentence itself or by the story the document tells.

        Sentences that state checkable facts no claim covers (verdict ``uncovered``) are left out
        unless ``uncovered`` is true: they are mostly background nobody recorded.
        """
        matcher = self._matcher
        prefetch_lemmas(document.text)
        context = Context(self.entities, self.lex)
        story: set[str] = set()
        known: frozenset[str] = frozenset()  # the story as decide() takes it, rebuilt only when it grows
        decided: dict[int, list[Finding]] = {}
        # Sentences whose verdicts still depend on the story: the rest are decided as they are read, so
        # a document of any length keeps its findings, not the analysis of every sentence.
        pending: list[tuple[int, Sentence, Mentions, list[Assessment], _dt.date | None]] = []
        infos: dict[str, ClaimInfo] = {}
        notices: list[str] = []

        earlier: set[str] = set()  # sources the document tells at an earlier hour than the record (a lower toll)
        reached: list[_dt.date] = []  # the latest day of an event the document has established so far
        dated: list[_dt.date] = []  # the day the document says it was published, once its date line is read
        later: set[str] = set()  # claims recorded after that day, which the document was not checked against

        def decide(n: int, sentence: Sentence, mentions: Mentions, assessments: list[Assessment],
                   before: _dt.date | None) -> None:
            found = []
            if dated:
                kept = [a for a in assessments if not matcher.later_than(a.index, dated[0])]
                later.update(matcher.claim_id(a.index) for a in assessments if a not in kept)
                assessments = kept
            for match in matcher.decide(mentions, assessments, known, earlier, before):
                if match.verdict is Verdict.uncovered and not uncovered:
                    continue
                claim = match.claim
                info = None
                if claim is not None:
                    info = infos.get(claim.id)
                    if info is None:
                        info = infos[claim.id] = self._info(claim)
                found.append(Finding(
                    verdict=match.verdict,
                    start=document.position(sentence.start),
                    end=document.position(sentence.end),
                    sentence=sentence.text,
                    message=match.message,
                    claim=info,
                    discrepancies=match.discrepancies,
                    score=match.score,
                ))
            if found:
                decided[n] = found

        for n, sentence in enumerate(document.sentences):
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                # every step below is linear in the document only because a sentence's cost is bounded
                line = document.position(sentence.start).line
                notices.append(f"{document.path}:{line}: a sentence of {len(sentence.text):,} characters is too "
                               f"long to analyse (the limit is {MAX_SENTENCE_CHARS:,}); it was not checked")
                continue
            text = statement_text(sentence.text)
            if text is None:
                continue
            mentions = context.resolve(extract(text, self.entities, self.lex))
            if n < published.LOOK and not dated:
                day = published.date_line(mentions, self.lex)
                if day is not None:
                    dated.append(day)
                    continue
                stamp = published.date_stamp(mentions, self.lex)
                if stamp is not None and stamp.year and stamp.month and stamp.day:
                    # "ABCNews logo Wednesday, January 17, 2024 Alaska Airlines passengers sue ...": the page's
                    # date, fused into a headline; the headline is read without it
                    dated.append(_dt.date(stamp.year, stamp.month, stamp.day))
                    mentions = dataclasses.replace(mentions, dates=tuple(d for d in mentions.dates if d != stamp))
            assessments = matcher.assess(mentions, context.seen)
            context.observe(mentions)
            grown = False
            before = reached[0] if reached else None  # the document's time before this sentence's own events
            for a in assessments:
                if matcher.established(a):
                    day = matcher.day_of(a.index)
                    if day is not None and (not reached or day > reached[0]):
                        reached[:] = [day]
                    source = matcher.source_of(a.index)
                    if source and source not in story:
                        story.add(source)
                        grown = True
            if grown:
                known = frozenset(story)
            if matcher.settled(assessments, story):
                decide(n, sentence, mentions, assessments, before)
            else:
                pending.append((n, sentence, mentions, assessments, before))
        for n, sentence, mentions, assessments, before in pending:
            decide(n, sentence, mentions, assessments, before)
        findings = [f for n in sorted(decided) for f in decided[n]]
        if later:
            notices.append(f"{document.path}: dated {dated[0].isoformat()}; {len(later)} claim(s) recorded after "
                           f"that day were not checked against it ({', '.join(sorted(later))})")
        return DocumentReport(document.path, document.text, tuple(findings), notices=tuple(notices))

    def check(self, text: str, path: str | None = None, *, uncovered: bool = False) -> Report:
        """Check one text (Markdown when ``path`` ends in .md/.markdown, plain text otherwise).

        ``uncovered=True`` also reports checkable statements no claim covers.
        """
        document = read_text(text, path or "-")
        checked = self.check_document(document, uncovered=uncovered)
        return Report((checked,), tool_version=__version__, notices=checked.notices)

    def _info(self, claim: plain.Claim) -> ClaimInfo:
        prov = claim.provenance
        return ClaimInfo(
            id=claim.id,
            statement=claim.statement,
            status=claim.status.value,
            source=prov.source if prov else None,
            paragraph=prov.paragraph if prov else None,
            anchor=prov.anchor if prov else None,
            url=self._urls.get(prov.source) if prov else None,
        )


def load_claims(*paths: str | os.PathLike[str], min_score: float = DEFAULT_MIN_SCORE,
                cache: bool = False) -> ClaimBase:
    """Load every claims file under ``paths`` (files or folders; default ``claims``).

    Raises :class:`~factcheck.errors.ClaimsError` carrying every problem found in
    every file, so an editor sees them all at once. ``cache=True`` reuses a base built
    earlier from the same files (see :mod:`factcheck.cache`), as the command line does.
    """
    base, problems = load_base(paths or ("claims",), min_score=min_score, cache=cache)
    if base is None:
        raise ClaimsError(problems)
    return base


def load_base(paths: Iterable[str | os.PathLike[str]], *, min_score: float = DEFAULT_MIN_SCORE,
              cache: bool = True) -> tuple[ClaimBase | None, list[Problem]]:
    """The base built from the claims files under ``paths``, or None and every problem found.

    A base built before from the same bytes (and the same code) is read from the cache, fully indexed;
    otherwise the files are validated by the records alone (the JSON Schema only runs to explain a file
    they reject), the base is built and indexed, and stored for the next run. Only a base built from
    files without any problem is ever stored, so a hit needs no validation.
    """
    paths = list(paths)
    key = None
    if cache:
        from factcheck import cache as store

        key = _cache_key(paths, min_score)
        if key:
            cached = store.load(key)
            if isinstance(cached, ClaimBase):
                cached._origin = (tuple(os.fspath(p) for p in paths), min_score, key)
                return cached, []
    return _build_base(paths, min_score, key)


def _cache_key(paths: Sequence[str | os.PathLike[str]], min_score: float) -> str | None:
    """The cache key of the base the files under ``paths`` make, or None when a file cannot be read."""
    from factcheck import cache as store
    from factcheck.claimfiles import claim_files

    found, missing = claim_files(paths)
    if not found or missing:
        return None
    try:
        return store.cache_key(((str(p), p.read_bytes()) for p in found), min_score=min_score)
    except OSError:
        return None


def _build_base(paths: Sequence[str | os.PathLike[str]], min_score: float,
                key: str | None) -> tuple[ClaimBase | None, list[Problem]]:
    """The base the files under ``paths`` make, stored under ``key`` when there is one."""
    from factcheck.loader import load_files  # a base read from the cache is valid already: no validation

    files, problems = load_files(paths, schema=False)
    if problems:
        return None, problems
    base = build((f.record for f in files), min_score=min_score)
    if key:
        from factcheck import cache as store

        base.prepare()
        if store.save(key, base):
            # the lemmatiser is loaded by now: store its table too, so a run that reads this base need not
            from factcheck.keywords import store_lemma_table

            store_lemma_table()
    return base, []


def _rebuild(paths: tuple[str, ...], min_score: float, key: str) -> ClaimBase:
    """The base stored under ``key`` built again from its files, for a cached base found damaged in use.

    The files must still be the ones the key was made from: a base built from changed files would hand
    out records that are not those the cached indexes were built over.
    """
    if _cache_key(paths, min_score) != key:
        raise ClaimsError([Problem(paths[0] if paths else "claims",
                                   "the claims files changed after this claim base was read from the cache, "
                                   "and its stored records were found damaged: load the claims again")])
    base, problems = _build_base(paths, min_score, key)
    if base is None:
        raise ClaimsError(problems)
    return base


def build(records: Iterable[ClaimsFile], *, min_score: float = DEFAULT_MIN_SCORE) -> ClaimBase:
    """One claim base from several parsed claims files."""
    files = list(records)
    return ClaimBase(
        (c for f in files for c in f.claims),
        (e for f in files for e in f.entities),
        (f.source for f in files if f.source is not None),
        min_score=min_score,
        vocabulary=(f.vocabulary for f in files if f.vocabulary is not None),
    )


__all__: Sequence[str] = ("ClaimBase", "build", "load_base", "load_claims")
