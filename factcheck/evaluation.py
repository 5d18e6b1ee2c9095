"""Score the checker on labelled text: a sentence corpus, and whole articles with planted edits.

A desk that grows its own claim base can label sentences the same way and
measure whether a change to claims or lexicon helped; the project's own
quality gate uses the same code on ``tests/corpus/sentences.jsonl``.

The article-level half reads story folders (``tests/articles/<story>/``, format in that folder's
README): a claim base, clean articles, and for each article labels saying which sentences restate
which claims and which single edits must be caught. :func:`load_story` reads and validates a
folder, :func:`evaluate_story` runs the checker on every clean article and on every planted copy,
and :class:`Tally` adds the results up per story, split or planted kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck._jsonpos import locate
from factcheck.claimbase import ClaimBase, load_claims
from factcheck.errors import Problem
from factcheck.findings import Finding, Report, Verdict
from factcheck.segment import split_sentences

Triple = tuple[str, str, str]  # sentence id, claim id, verdict


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    category: str
    expect: tuple[tuple[str, str], ...]


@dataclass
class Scores:
    expected: set[Triple] = field(default_factory=set)
    predicted: set[Triple] = field(default_factory=set)

    def precision(self, verdict: Verdict) -> float:
        pred = {t for t in self.predicted if t[2] == verdict.value}
        return len(pred & self.expected) / len(pred) if pred else 1.0

    def recall(self, verdict: Verdict) -> float:
        exp = {t for t in self.expected if t[2] == verdict.value}
        return len(exp & self.predicted) / len(exp) if exp else 1.0

    def support(self, verdict: Verdict) -> tuple[int, int]:
        return (sum(1 for t in self.expected if t[2] == verdict.value),
                sum(1 for t in self.predicted if t[2] == verdict.value))

    def errors(self) -> tuple[list[Triple], list[Triple]]:
        """(missed, spurious) triples, sorted."""
        return sorted(self.expected - self.predicted), sorted(self.predicted - self.expected)


def read_corpus(path: Path) -> list[Labelled]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            out.append(Labelled(raw["id"], raw["text"], raw.get("category", ""),
                                tuple((e["claim"], e["verdict"]) for e in raw["expect"])))
    return out


def evaluate(base: ClaimBase, corpus: Iterable[Labelled], scope: set[str] | None = None) -> Scores:
    """Compare the base's findings with the labels; claims outside ``scope`` are not judged."""
    scores = Scores()
    for item in corpus:
        for claim, verdict in item.expect:
            scores.expected.add((item.id, claim, verdict))
        report = base.check(item.text)
        for _doc, finding in report.findings():
            if finding.claim_id is not None and (scope is None or finding.claim_id in scope):
                scores.predicted.add((item.id, finding.claim_id, finding.verdict.value))
    return scores


def table(scores: Scores) -> str:
    lines = ["| verdict | precision | recall | expected | predicted |", "|---|---|---|---|---|"]
    for verdict in (Verdict.supported, Verdict.contradicted, Verdict.unverified):
        exp, pred = scores.support(verdict)
        lines.append(f"| {verdict.value} | {scores.precision(verdict):.3f} | {scores.recall(verdict):.3f} "
                     f"| {exp} | {pred} |")
    return "\n".join(lines)


# Article-level evaluation ---------------------------------------------------------------------------------

SPLITS: tuple[str, ...] = ("dev", "test")
PLANTED_KINDS: tuple[str, ...] = ("count", "amount", "duration", "date", "place", "party", "allegation", "negation")
STORY_FILE = "story.json"
LABELS_SUFFIX = ".labels.json"

# A checker takes an article's text and display path and returns its report: ``base.check`` or a fake.
Checker = Callable[[str, str], Report]


class StoryError(Exception):
    """A story folder whose metadata or labels are wrong, with every problem found (file, place, pointer)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class SentenceLabel:
    """A sentence that restates claims: a unique piece of its text, where it is, and the expected verdicts."""

    text: str
    expect: tuple[tuple[str, str], ...]  # (claim id, verdict)
    start: int  # offset of ``text`` in the article
    pointer: str  # JSON pointer of the label in its labels file

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class PlantedEdit:
    """One single edit that must be caught: ``find`` (at ``start``) becomes ``replace``."""

    find: str
    replace: str
    claim: str
    kind: str
    verdict: str
    start: int  # offset of ``find`` in the clean article
    pointer: str

    @property
    def span(self) -> tuple[int, int]:
        """Where ``replace`` lies in the edited copy."""
        return self.start, self.start + len(self.replace)

    def apply(self, text: str) -> str:
        """The clean article with this edit alone applied."""
        if text[self.start : self.start + len(self.find)] != self.find:
            raise ValueError(f"{self.pointer}: {self.find!r} is not at offset {self.start}")
        return text[: self.start] + self.replace + text[self.start + len(self.find) :]


@dataclass(frozen=True)
class Article:
    name: str  # the file name, "wire.md"
    path: Path
    labels_path: Path
    text: str
    style: str
    sentences: tuple[SentenceLabel, ...]
    planted: tuple[PlantedEdit, ...]


@dataclass(frozen=True)
class Story:
    name: str
    path: Path
    title: str
    split: str
    claims: tuple[Path, ...]  # resolved against the story folder
    articles: tuple[Article, ...]

    def load_base(self) -> ClaimBase:
        return load_claims(*self.claims)


def find_stories(root: Path) -> list[Path]:
    """Every story folder (one holding ``story.json``) directly under ``root``, by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / STORY_FILE).is_file())


def load_story(folder: Path) -> tuple[Story, ClaimBase]:
    """Read and fully validate a story folder; its claim base is loaded to check the labels' claim ids."""
    story = read_story(folder)
    base = story.load_base()
    validate_claim_ids(story, base)
    return story, base


def read_story(folder: Path) -> Story:
    """Read ``story.json`` and every article with its labels; raise :class:`StoryError` listing all problems.

    Checked here: the shape of every file, every ``find`` and ``sentences[].text`` occurring exactly once in
    its article. Claim ids need the claim base: see :func:`validate_claim_ids`.
    """
    problems: list[Problem] = []
    meta_path = folder / STORY_FILE
    meta = _read_json(meta_path, problems)
    title, split, claims = "", "", []
    if meta is not None:
        raw, text = meta
        check = _Checker(meta_path, text, problems)
        if check.kind(raw, "", dict, "an object"):
            check.keys(raw, "", {"title", "split", "claims"})
            if check.kind(raw.get("title"), "/title", str, "a string"):
                title = raw["title"]
            if raw.get("split") in SPLITS:
                split = raw["split"]
            else:
                check.fail("/split", f"expected one of {', '.join(SPLITS)}, got {_shown(raw.get('split'))}")
            paths = raw.get("claims")
            if check.kind(paths, "/claims", list, "a list of paths") and not paths:
                check.fail("/claims", "expected at least one path")
            for i, item in enumerate(paths if isinstance(paths, list) else []):
                if check.kind(item, f"/claims/{i}", str, "a path relative to the story folder"):
                    resolved = folder / item
                    if resolved.exists():
                        claims.append(resolved)
                    else:
                        check.fail(f"/claims/{i}", f"{item!r} does not exist (resolved to {resolved})")

    articles = []
    markdown = sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")
    for labels_path in sorted(folder.glob("*" + LABELS_SUFFIX)):
        if not (folder / (labels_path.name[: -len(LABELS_SUFFIX)] + ".md")).is_file():
            problems.append(Problem(str(labels_path), "labels for an article that does not exist"))
    for md in markdown:
        labels_path = md.with_name(md.stem + LABELS_SUFFIX)
        if not labels_path.is_file():
            problems.append(Problem(str(md), f"article without labels: expected {labels_path.name}"))
            continue
        article = _read_article(md, labels_path, problems)
        if article is not None:
            articles.append(article)
    if meta is not None and not markdown:
        problems.append(Problem(str(folder), "story without articles: expected <article>.md files"))
    if problems:
        raise StoryError(problems)
    return Story(folder.name, folder, title, split, tuple(claims), tuple(articles))


def validate_claim_ids(story: Story, base: ClaimBase) -> None:
    """Raise :class:`StoryError` naming every label whose claim id is not in the story's claim base."""
    problems: list[Problem] = []
    for article in story.articles:
        text = article.labels_path.read_text(encoding="utf-8")
        check = _Checker(article.labels_path, text, problems)
        for label in article.sentences:
            for claim, _verdict in label.expect:
                if claim not in base:
                    check.fail(f"{label.pointer}/expect/{_escape(claim)}", f"unknown claim id {claim!r}")
        for edit in article.planted:
            if edit.claim not in base:
                check.fail(f"{edit.pointer}/claim", f"unknown claim id {edit.claim!r}")
    if problems:
        raise StoryError(problems)


def _read_json(path: Path, problems: list[Problem]) -> tuple[Any, str] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"cannot read file: {exc}"))
        return None
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        problems.append(Problem(str(path), f"invalid JSON: {exc.msg}", exc.lineno, exc.colno))
        return None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _Checker:
    """Shape checks on one JSON file: each failure becomes a problem with its pointer, line and column."""

    def __init__(self, path: Path, text: str, problems: list[Problem]) -> None:
        self.path, self.text, self.problems = path, text, problems

    def fail(self, pointer: str, message: str) -> None:
        where = locate(self.text, pointer)
        line, column = where if where else (None, None)
        self.problems.append(Problem(str(self.path), message, line, column, pointer or "/"))

    def kind(self, value: Any, pointer: str, expected: type, described: str) -> bool:
        if isinstance(value, expected) and not isinstance(value, bool):
            return True
        self.fail(pointer, f"expected {described}, got {_shown(value, type_only=True)}")
        return False

    def keys(self, raw: dict[str, Any], pointer: str, allowed: set[str]) -> None:
        """Unknown keys are errors: a misspelt key would otherwise silently drop a label."""
        for key in sorted(raw.keys() - allowed):
            self.fail(f"{pointer}/{_escape(key)}", f"unknown key {key!r}; expected one of {', '.join(sorted(allowed))}")

    def text_once(self, value: Any, pointer: str, article: str, name: str) -> int | None:
        """Offset of ``value`` in the article if it occurs there exactly once."""
        if not self.kind(value, pointer, str, "a string") or not value:
            if value == "":
                self.fail(pointer, "expected a non-empty string")
            return None
        first = article.find(value)
        if first < 0:
            self.fail(pointer, f"{value!r} does not occur in {name}")
            return None
        again = article.find(value, first + 1)
        if again >= 0:
            self.fail(pointer, f"{value!r} occurs more than once in {name} (offsets {first} and {again}): "
                               "make it longer")
            return None
        return first


def _shown(value: Any, type_only: bool = False) -> str:
    if value is None:
        return "nothing (missing or null)"
    return type(value).__name__ if type_only else repr(value)


def _verdicts() -> set[str]:
    return {v.value for v in Verdict}


def _read_article(md: Path, labels_path: Path, problems: list[Problem]) -> Article | None:
    try:
        text = md.read_text(encoding="utf-8").removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(md), f"cannot read article: {exc}"))
        return None
    loaded = _read_json(labels_path, problems)
    if loaded is None:
        return None
    raw, labels_text = loaded
    before = len(problems)
    check = _Checker(labels_path, labels_text, problems)
    if not check.kind(raw, "", dict, "an object"):
        return None
    check.keys(raw, "", {"style", "sentences", "planted", "note"})
    style = raw.get("style", "")
    check.kind(style, "/style", str, "a string")
    verdicts = _verdicts()

    sentences: list[SentenceLabel] = []
    items = raw.get("sentences", [])
    for i, item in enumerate(items if check.kind(items, "/sentences", list, "a list") else []):
        pointer = f"/sentences/{i}"
        if not check.kind(item, pointer, dict, "an object"):
            continue
        check.keys(item, pointer, {"text", "expect", "note"})
        start = check.text_once(item.get("text"), f"{pointer}/text", text, md.name)
        expect = item.get("expect")
        pairs: list[tuple[str, str]] = []
        if check.kind(expect, f"{pointer}/expect", dict, "an object of claim id to verdict"):
            if not expect:
                check.fail(f"{pointer}/expect", "expected at least one claim")
            for claim, verdict in expect.items():
                if verdict in verdicts:
                    pairs.append((claim, verdict))
                else:
                    check.fail(f"{pointer}/expect/{_escape(claim)}",
                               f"expected a verdict ({', '.join(sorted(verdicts))}), got {_shown(verdict)}")
        if start is not None:
            sentences.append(SentenceLabel(item["text"], tuple(pairs), start, pointer))

    planted: list[PlantedEdit] = []
    items = raw.get("planted", [])
    fields = {"find", "replace", "claim", "kind", "verdict"}
    for i, item in enumerate(items if check.kind(items, "/planted", list, "a list") else []):
        pointer = f"/planted/{i}"
        if not check.kind(item, pointer, dict, "an object"):
            continue
        check.keys(item, pointer, fields | {"note"})
        start = check.text_once(item.get("find"), f"{pointer}/find", text, md.name)
        ok = start is not None
        ok &= check.kind(item.get("replace"), f"{pointer}/replace", str, "a string")
        ok &= check.kind(item.get("claim"), f"{pointer}/claim", str, "a claim id")
        if item.get("kind") not in PLANTED_KINDS:
            check.fail(f"{pointer}/kind", f"expected one of {', '.join(PLANTED_KINDS)}, got {_shown(item.get('kind'))}")
            ok = False
        if item.get("verdict") not in verdicts:
            check.fail(f"{pointer}/verdict",
                       f"expected a verdict ({', '.join(sorted(verdicts))}), got {_shown(item.get('verdict'))}")
            ok = False
        if ok and item["find"] == item["replace"]:
            check.fail(f"{pointer}/replace", "the edit changes nothing: replace equals find")
            ok = False
        if ok and start is not None:
            planted.append(PlantedEdit(item["find"], item["replace"], item["claim"], item["kind"],
                                       item["verdict"], start, pointer))
    if len(problems) > before:
        return None
    return Article(md.name, md, labels_path, text, style, tuple(sentences), tuple(planted))


# Scoring ------------------------------------------------------------------------------------------------


def verdict_of(finding: Finding) -> str:
    """A finding's verdict as a plain string, whatever verdicts the enum grows."""
    return str(getattr(finding.verdict, "value", finding.verdict))


def _span(finding: Finding) -> tuple[int, int]:
    return finding.start.offset, finding.end.offset


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two ``[start, end)`` spans share a character; an empty span is a point."""
    if a[0] == a[1]:
        return b[0] <= a[0] < b[1] or b == a
    if b[0] == b[1]:
        return a[0] <= b[0] < a[1]
    return a[0] < b[1] and b[0] < a[1]


def _findings(checker: Checker, text: str, path: str) -> tuple[Finding, ...]:
    return tuple(f for _doc, f in checker(text, path).findings())


@dataclass(frozen=True)
class WrongVerdict:
    label: SentenceLabel
    claim: str
    expected: str
    found: tuple[str, ...]


@dataclass(frozen=True)
class PlantedScore:
    """What the checker said about one planted copy."""

    edit: PlantedEdit
    sentence: str  # the edited copy's sentence holding ``replace``
    at_edit: tuple[Finding, ...]  # every finding on that sentence
    caught: bool  # a finding there on the edit's claim with its verdict (or ``unverified`` for ``party``)
    via_unverified: bool  # caught only because a ``party`` edit got ``unverified``
    false_contradictions: tuple[Finding, ...]  # contradicted findings on other sentences


@dataclass(frozen=True)
class ArticleScore:
    """What the checker said about one clean article and each of its planted copies."""

    story: str
    split: str
    article: Article
    findings: tuple[Finding, ...]
    false_contradictions: tuple[Finding, ...]
    false_unverified: tuple[Finding, ...]
    wrong_verdicts: tuple[WrongVerdict, ...]
    key_facts: int  # labelled (sentence, claim, supported) pairs
    missed_key_facts: tuple[tuple[SentenceLabel, str], ...]  # of those, the ones not found supported
    planted: tuple[PlantedScore, ...]

    @property
    def key_facts_supported(self) -> int:
        return self.key_facts - len(self.missed_key_facts)

    @property
    def fails_ci(self) -> bool:
        """Whether a run at the default level (``fail_on = contradicted``) fails on the clean article."""
        return any(verdict_of(f) == Verdict.contradicted.value for f in self.findings)

    @property
    def display(self) -> str:
        return f"{self.story}/{self.article.name}"


def score_article(story: Story, article: Article, checker: Checker) -> ArticleScore:
    """Check the clean article and every planted copy, and judge the findings against the labels."""
    findings = _findings(checker, article.text, article.name)
    false_contradictions: list[Finding] = []
    false_unverified: list[Finding] = []
    for finding in findings:
        verdict = verdict_of(finding)
        if verdict not in (Verdict.contradicted.value, Verdict.unverified.value):
            continue
        if verdict == Verdict.unverified.value and finding.claim_id is None:
            continue  # a claim-less statement: not a verdict on any labelled fact
        expected = {pair for label in article.sentences if _overlaps((label.start, label.end), _span(finding))
                    for pair in label.expect}
        if (finding.claim_id, verdict) not in expected:
            (false_contradictions if verdict == Verdict.contradicted.value else false_unverified).append(finding)

    wrong: list[WrongVerdict] = []
    missed: list[tuple[SentenceLabel, str]] = []
    key_facts = 0
    for label in article.sentences:
        here = [f for f in findings if _overlaps((label.start, label.end), _span(f))]
        for claim, expected_verdict in label.expect:
            found = {verdict_of(f) for f in here if f.claim_id == claim}
            if expected_verdict == Verdict.supported.value:
                key_facts += 1
                if expected_verdict not in found:
                    missed.append((label, claim))
            if found - {expected_verdict}:
                wrong.append(WrongVerdict(label, claim, expected_verdict, tuple(sorted(found - {expected_verdict}))))

    planted = tuple(score_planted(article, edit, checker) for edit in article.planted)
    return ArticleScore(story.name, story.split, article, findings, tuple(false_contradictions),
                        tuple(false_unverified), tuple(wrong), key_facts, tuple(missed), planted)


def score_planted(article: Article, edit: PlantedEdit, checker: Checker) -> PlantedScore:
    """Apply ``edit`` alone to a copy of the article, check it, and judge the edited sentence and the rest."""
    text = edit.apply(article.text)
    findings = _findings(checker, text, article.name)
    at_edit = tuple(f for f in findings if _overlaps(_span(f), edit.span))
    on_claim = {verdict_of(f) for f in at_edit if f.claim_id == edit.claim}
    exact = edit.verdict in on_claim
    via_unverified = not exact and edit.kind == "party" and Verdict.unverified.value in on_claim
    elsewhere = tuple(f for f in findings
                      if verdict_of(f) == Verdict.contradicted.value and not _overlaps(_span(f), edit.span))
    sentence = at_edit[0].sentence if at_edit else _sentence_at(text, *edit.span)
    return PlantedScore(edit, sentence, at_edit, exact or via_unverified, via_unverified, elsewhere)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The raw sentence holding ``text[start:end]``, for reports when the checker said nothing there."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    for i, j in split_sentences(text[lo:hi]):
        if _overlaps((lo + i, lo + j), (start, end)):
            return " ".join(text[lo + i : lo + j].split())
    return " ".join(text[lo:hi].split())


@dataclass(frozen=True)
class StoryScore:
    story: Story
    articles: tuple[ArticleScore, ...]

    @property
    def tally(self) -> Tally:
        return tally(self.articles)


def evaluate_story(story: Story, checker: Checker | None = None, base: ClaimBase | None = None) -> StoryScore:
    """Score every article of a story. Without ``checker`` the story's claim base checks the text; the base
    (loaded when not given) also validates the labels' claim ids first."""
    if base is None:
        base = story.load_base()
    validate_claim_ids(story, base)
    run: Checker = checker if checker is not None else (lambda text, path: base.check(text, path))
    return StoryScore(story, tuple(score_article(story, article, run) for article in story.articles))


@dataclass
class KindTally:
    planted: int = 0
    caught: int = 0
    via_unverified: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else 1.0


@dataclass
class Tally:
    """Article-level figures added up over any set of articles (a story, a split, everything)."""

    articles: int = 0
    failing: int = 0  # clean articles a default CI run fails on
    false_contradictions: int = 0
    false_unverified: int = 0
    wrong_verdicts: int = 0
    key_facts: int = 0
    key_facts_supported: int = 0
    planted_false_contradictions: int = 0  # contradicted findings away from the edit, in planted copies
    kinds: dict[str, KindTally] = field(default_factory=dict)

    def add(self, score: ArticleScore) -> None:
        self.articles += 1
        self.failing += score.fails_ci
        self.false_contradictions += len(score.false_contradictions)
        self.false_unverified += len(score.false_unverified)
        self.wrong_verdicts += len(score.wrong_verdicts)
        self.key_facts += score.key_facts
        self.key_facts_supported += score.key_facts_supported
        for planted in score.planted:
            kind = self.kinds.setdefault(planted.edit.kind, KindTally())
            kind.planted += 1
            kind.caught += planted.caught
            kind.via_unverified += planted.via_unverified
            self.planted_false_contradictions += len(planted.false_contradictions)

    @property
    def planted(self) -> int:
        return sum(k.planted for k in self.kinds.values())

    @property
    def caught(self) -> int:
        return sum(k.caught for k in self.kinds.values())

    @property
    def via_unverified(self) -> int:
        return sum(k.via_unverified for k in self.kinds.values())

    @property
    def recall(self) -> float:
        """Planted edits caught / planted (1.0 when nothing was planted)."""
        return self.caught / self.planted if self.planted else 1.0

    @property
    def key_fact_ratio(self) -> float:
        """Labelled supported facts found supported / labelled (1.0 when none are labelled)."""
        return self.key_facts_supported / self.key_facts if self.key_facts else 1.0


def tally(scores: Iterable[ArticleScore]) -> Tally:
    total = Tally()
    for score in scores:
        total.add(score)
    return total


# Reports ------------------------------------------------------------------------------------------------

_ARTICLE_HEADER = ("| {first} | clean articles | failing | false contradictions | false unverified | wrong verdicts "
                   "| key facts supported | planted recall | party via unverified | planted false contradictions |")


def _row(name: str, t: Tally) -> str:
    return (f"| {name} | {t.articles} | {t.failing} | {t.false_contradictions} | {t.false_unverified} "
            f"| {t.wrong_verdicts} | {t.key_fact_ratio:.3f} ({t.key_facts_supported}/{t.key_facts}) "
            f"| {t.recall:.3f} ({t.caught}/{t.planted}) | {t.via_unverified} | {t.planted_false_contradictions} |")


def _header(first: str) -> list[str]:
    head = _ARTICLE_HEADER.format(first=first)
    return [head, "|" + "---|" * head.count(" | ") + "---|"]


def article_tables(stories: Sequence[StoryScore]) -> str:
    """Per split, per story and per planted kind, as Markdown tables."""
    splits = [s for s in SPLITS if any(st.story.split == s for st in stories)]
    by_split = {s: tally(a for st in stories if st.story.split == s for a in st.articles) for s in splits}
    lines = _header("split")
    lines += [_row(s, by_split[s]) for s in splits]
    lines += ["", *_header("story")]
    lines += [_row(f"{st.story.name} ({st.story.split})", st.tally) for st in stories]
    kinds = [k for k in PLANTED_KINDS if any(k in t.kinds for t in by_split.values())]
    kinds += sorted({k for t in by_split.values() for k in t.kinds} - set(kinds))
    lines += ["", "| planted kind | " + " | ".join(f"{s} recall" for s in splits) + " |",
              "|---|" + "---|" * len(splits)]
    for kind in kinds:
        cells = []
        for s in splits:
            k = by_split[s].kinds.get(kind)
            cells.append(f"{k.recall:.3f} ({k.caught}/{k.planted})" if k else "-")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _describe(finding: Finding) -> str:
    gaps = "; ".join(f"{d.field}: expected {d.expected!r}, found {d.found!r}" for d in finding.discrepancies)
    return f"{verdict_of(finding)} {finding.claim_id or '(no claim)'}" + (f" [{gaps}]" if gaps else "")


def article_errors(stories: Sequence[StoryScore]) -> str:
    """Every false contradiction and false unverified finding, missed key fact and missed planted edit."""
    out: list[str] = []
    for st in stories:
        for a in st.articles:
            for f in (*a.false_contradictions, *a.false_unverified):
                out.append(f"{a.display}:{f.start.line} false {_describe(f)}\n    {f.sentence}")
            for label, claim in a.missed_key_facts:
                out.append(f"{a.display} {label.pointer} key fact not supported: {claim}\n    {label.text}")
            for p in a.planted:
                e = p.edit
                where = f"{a.display} {e.pointer} ({e.kind}: {e.find!r} -> {e.replace!r})"
                if not p.caught:
                    said = "; ".join(_describe(f) for f in p.at_edit) or "nothing"
                    out.append(f"{where} missed: expected {e.verdict} {e.claim}, got {said}\n    {p.sentence}")
                for f in p.false_contradictions:
                    out.append(f"{where} false {_describe(f)} elsewhere\n    {f.sentence}")
    return "\n".join(out) if out else "(none)"
