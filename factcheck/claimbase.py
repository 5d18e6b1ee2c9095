"""The claim base: loaded claims, their entities, and the two questions editors ask of it.

``search`` answers "which claims is this text about?"; ``check`` answers "does
this text agree with them?". Both are pure functions of the base and the text:
the base holds no per-call state, so one instance can serve many documents.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import cached_property

from rapidfuzz import fuzz

from factcheck import __version__
from factcheck.context import Context
from factcheck.document import Document, read_text, statement_text
from factcheck.entities import EntityRegistry
from factcheck.errors import ClaimsError
from factcheck.findings import ClaimInfo, DocumentReport, Finding, Report, Verdict
from factcheck.index import BM25Index, terms
from factcheck.loader import load_files
from factcheck.matcher import Matcher
from factcheck.mentions import extract
from factcheck.records import Claim, ClaimsFile, Entity, Source

# Claims with no keywords (a plain archive of statements) are matched on wording alone: below this
# similarity a sentence is not taken to be about them.
DEFAULT_MIN_SCORE = 0.8
SEARCH_SHORTLIST = 30
SEARCH_FUZZY_WEIGHT = 0.6


class ClaimBase:
    """An immutable set of claims with the indexes needed to search and check text against them."""

    def __init__(self, claims: Iterable[Claim], entities: Iterable[Entity] = (),
                 sources: Iterable[Source] = (), *, min_score: float = DEFAULT_MIN_SCORE) -> None:
        self.claims: tuple[Claim, ...] = tuple(claims)
        self.entities = EntityRegistry(entities)
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self._by_id = {c.id: c for c in self.claims}
        self.min_score = min_score

    def __len__(self) -> int:
        return len(self.claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._by_id

    def get(self, claim_id: str) -> Claim:
        return self._by_id[claim_id]

    @cached_property
    def _matcher(self) -> Matcher:
        return Matcher(self.claims, self.entities, free_min_score=self.min_score)

    @cached_property
    def _search_index(self) -> BM25Index:
        return BM25Index(self._search_terms(c) for c in self.claims)

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
        query = terms(text)
        shortlist = self._search_index.top(query, max(SEARCH_SHORTLIST, 3 * k))
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
        context = Context(self.entities)
        read = []
        story: set[str] = set()
        for sentence in document.sentences:
            text = statement_text(sentence.text)
            if text is None:
                continue
            mentions = context.resolve(extract(text, self.entities))
            assessments = matcher.assess(mentions, context.seen)
            context.observe(mentions)
            for a in assessments:
                if matcher.established(a):
                    source = matcher.source_of(a.index)
                    if source:
                        story.add(source)
            read.append((sentence, mentions, assessments))
        findings: list[Finding] = []
        for sentence, mentions, assessments in read:
            for match in matcher.decide(mentions, assessments, frozenset(story)):
                if match.verdict is Verdict.uncovered and not uncovered:
                    continue
                findings.append(Finding(
                    verdict=match.verdict,
                    start=document.position(sentence.start),
                    end=document.position(sentence.end),
                    sentence=sentence.text,
                    message=match.message,
                    claim=self._info(match.claim) if match.claim else None,
                    discrepancies=match.discrepancies,
                    score=match.score,
                ))
        return DocumentReport(document.path, document.text, tuple(findings))

    def check(self, text: str, path: str | None = None, *, uncovered: bool = False) -> Report:
        """Check one text (Markdown when ``path`` ends in .md/.markdown, plain text otherwise).

        ``uncovered=True`` also reports checkable statements no claim covers.
        """
        document = read_text(text, path or "-")
        return Report((self.check_document(document, uncovered=uncovered),), tool_version=__version__)

    def _info(self, claim: Claim) -> ClaimInfo:
        prov = claim.provenance
        return ClaimInfo(
            id=claim.id,
            statement=claim.statement,
            status=claim.status.value,
            source=prov.source if prov else None,
            paragraph=prov.paragraph if prov else None,
            anchor=prov.anchor if prov else None,
        )


def load_claims(*paths: str | os.PathLike[str], min_score: float = DEFAULT_MIN_SCORE) -> ClaimBase:
    """Load every claims file under ``paths`` (files or folders; default ``claims``).

    Raises :class:`~factcheck.errors.ClaimsError` carrying every problem found in
    every file, so an editor sees them all at once.
    """
    files, problems = load_files(paths or ("claims",))
    if problems:
        raise ClaimsError(problems)
    return build((f.record for f in files), min_score=min_score)


def build(records: Iterable[ClaimsFile], *, min_score: float = DEFAULT_MIN_SCORE) -> ClaimBase:
    """One claim base from several parsed claims files."""
    files = list(records)
    return ClaimBase(
        (c for f in files for c in f.claims),
        (e for f in files for e in f.entities),
        (f.source for f in files if f.source is not None),
        min_score=min_score,
    )


__all__: Sequence[str] = ("ClaimBase", "build", "load_claims")
