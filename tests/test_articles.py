"""Article-level quality gate, and unit tests of the harness behind it.

The gate runs on every story folder under ``tests/articles/`` (format in its README), dev and test alike:
no false contradiction on a clean article, planted recall of at least 0.9 and at least 0.8 of the labelled
facts found supported. Figures and every error: ``python bench/quality.py --errors [--story NAME]``.

The harness tests use ``tests/fixtures/articles/mini``: an invented two-claim story, one clean article and
two planted edits, checked both with a fake checker (exact arithmetic) and with the real one.
"""

from __future__ import annotations

import json
import shutil
import sys
from functools import cache
from pathlib import Path

import pytest

from factcheck.evaluation import (
    PlantedEdit,
    StoryError,
    StoryScore,
    article_errors,
    article_tables,
    evaluate_story,
    find_stories,
    load_story,
    read_story,
    score_planted,
    tally,
    validate_claim_ids,
)
from factcheck.findings import ClaimInfo, DocumentReport, Finding, Position, Report, Verdict

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "articles"
MINI = ROOT / "tests" / "fixtures" / "articles" / "mini"
STORIES = find_stories(ARTICLES)
# With no story folder the gate fails (reading tests/articles itself as a story) rather than skipping.
GATED = STORIES or [ARTICLES]
GATED_IDS = [f.name for f in STORIES] or ["no-stories"]

MIN_RECALL = 0.9
MIN_KEY_FACTS = 0.8
# Stories below the gate, with the figures they must not fall below (a ratchet, not the target):
# tightened as the matcher improves, and an entry must go once its story meets the gate.
FLOORS: dict[str, dict[str, float | None]] = {
    k: v for k, v in json.loads((ARTICLES / "floors.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")}


def _floor(folder: Path, key: str, target: float) -> float:
    value = FLOORS.get(folder.name, {}).get(key)
    return target if value is None else value

COUNT_CLAIM = "brennmark-detains-fishermen"
DURATION_CLAIM = "tallis-recalls-ambassador"


# --- the gate -------------------------------------------------------------------------------------------


@cache
def _scored(folder: Path) -> StoryScore:
    story, base = load_story(folder)
    return evaluate_story(story, base=base)


def _errors(score: StoryScore, limit: int = 40) -> str:
    lines = article_errors([score]).splitlines()
    more = f"\n... {len(lines) - limit} more lines" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def test_the_corpus_has_dev_and_test_stories() -> None:
    unfinished = [p.name for p in ARTICLES.iterdir() if p.is_dir() and p not in STORIES]
    assert not unfinished, f"story folders without story.json: {unfinished}"
    splits = {read_story(folder).split for folder in STORIES}
    assert {"dev", "test"} <= splits, f"stories under {ARTICLES}: {[f.name for f in STORIES]}, splits {splits}"


@pytest.mark.parametrize("folder", GATED, ids=GATED_IDS)
def test_story_labels_are_valid(folder: Path) -> None:
    story, _base = load_story(folder)  # raises StoryError naming file and pointer
    assert story.articles
    assert any(a.planted for a in story.articles), "a story needs planted edits"
    assert any(label.expect for a in story.articles for label in a.sentences), "a story needs labelled facts"


@pytest.mark.parametrize("folder", GATED, ids=GATED_IDS)
def test_no_false_contradiction_on_clean_articles(folder: Path) -> None:
    score = _scored(folder)
    total = score.tally
    assert total.false_contradictions <= _floor(folder, "false_contradictions", 0), (
        f"{total.false_contradictions} false contradictions on {total.failing} of {total.articles} clean "
        f"articles\n{_errors(score)}")


@pytest.mark.parametrize("folder", GATED, ids=GATED_IDS)
def test_planted_recall(folder: Path) -> None:
    score = _scored(folder)
    total = score.tally
    assert total.planted > 0
    kinds = ", ".join(f"{k} {v.caught}/{v.planted}" for k, v in sorted(total.kinds.items()))
    assert total.recall >= _floor(folder, "recall", MIN_RECALL), (
        f"planted recall {total.recall:.3f} ({total.caught}/{total.planted}) < {MIN_RECALL}; {kinds}\n"
        f"{_errors(score)}")


@pytest.mark.parametrize("folder", GATED, ids=GATED_IDS)
def test_key_facts_supported(folder: Path) -> None:
    score = _scored(folder)
    total = score.tally
    assert total.key_facts > 0
    assert total.key_fact_ratio >= _floor(folder, "key_facts", MIN_KEY_FACTS), (
        f"key facts supported {total.key_fact_ratio:.3f} ({total.key_facts_supported}/{total.key_facts}) "
        f"< {MIN_KEY_FACTS}\n{_errors(score)}")


@pytest.mark.parametrize("folder", GATED, ids=GATED_IDS)
def test_floors_are_only_where_the_gate_is_not_met_yet(folder: Path) -> None:
    """An entry in floors.json may only excuse a real shortfall, and only by what is measured now."""
    floor = FLOORS.get(folder.name)
    if floor is None:
        return
    total = _scored(folder).tally
    below = [total.false_contradictions > 0, total.recall < MIN_RECALL, total.key_fact_ratio < MIN_KEY_FACTS]
    assert any(below), f"{folder.name} meets the gate: remove its entry from floors.json"
    excused = [floor.get("false_contradictions") is not None, floor.get("recall") is not None,
               floor.get("key_facts") is not None]
    for name, is_below, has in zip(("false_contradictions", "recall", "key_facts"), below, excused, strict=True):
        assert is_below or not has, f"{folder.name}: {name} meets the gate; drop that floor"


# --- reading and validating a story ---------------------------------------------------------------------


def test_read_story_gives_offsets_of_labels_and_edits() -> None:
    story = read_story(MINI)
    assert (story.name, story.split, story.title) == ("mini", "dev", "Brennmark detains Tallisian fishing crews")
    assert story.claims == (MINI / "claims",)
    [article] = story.articles
    assert article.name == "wire.md"
    assert article.style == "wire"
    for label in article.sentences:
        assert article.text[label.start : label.end] == label.text
    assert [label.pointer for label in article.sentences] == ["/sentences/0", "/sentences/1"]
    assert article.sentences[0].expect == ((COUNT_CLAIM, "supported"),)
    count, duration = article.planted
    assert (count.kind, count.claim, count.verdict, count.pointer) == ("count", COUNT_CLAIM, "contradicted",
                                                                      "/planted/0")
    assert article.text[count.start : count.start + len(count.find)] == count.find
    assert duration.kind == "duration"
    base = story.load_base()
    validate_claim_ids(story, base)
    assert len(base) == 2


def _copy_mini(tmp_path: Path) -> Path:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    # the claims folder is a sibling in the fixture: keep the story's relative path valid
    return folder


def _edit_labels(folder: Path, change: dict[str, object]) -> None:
    path = folder / "wire.labels.json"
    labels = json.loads(path.read_text(encoding="utf-8"))
    for pointer, value in change.items():
        *parents, last = pointer.strip("/").split("/")
        node = labels
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    path.write_text(json.dumps(labels, indent=2), encoding="utf-8")


def _problems(exc: pytest.ExceptionInfo[StoryError]) -> set[tuple[str, str | None]]:
    return {(Path(p.path).name, p.pointer) for p in exc.value.problems}


def test_labels_that_do_not_occur_exactly_once_are_errors_naming_file_and_pointer(tmp_path: Path) -> None:
    folder = _copy_mini(tmp_path)
    _edit_labels(folder, {
        "/planted/0/find": "Brennmark",  # three times in the article
        "/sentences/1/text": "Tallis withdrew its ambassador",  # not in the article
    })
    with pytest.raises(StoryError) as exc:
        read_story(folder)
    assert _problems(exc) == {("wire.labels.json", "/planted/0/find"), ("wire.labels.json", "/sentences/1/text")}
    message = str(exc.value)
    assert "wire.labels.json:" in message
    assert "/planted/0/find: 'Brennmark' occurs more than once in wire.md" in message
    assert "/sentences/1/text: 'Tallis withdrew its ambassador' does not occur in wire.md" in message
    located = {p.pointer: p.line for p in exc.value.problems}
    text = (folder / "wire.labels.json").read_text(encoding="utf-8").splitlines()
    line = located["/planted/0/find"]
    assert line is not None and '"Brennmark"' in text[line - 1]  # the line of the offending value


def test_unknown_claim_ids_are_errors_naming_file_and_pointer(tmp_path: Path) -> None:
    folder = _copy_mini(tmp_path)
    _edit_labels(folder, {"/planted/1/claim": "tallis-recalls-envoy",
                          "/sentences/0/expect": {"brennmark-detains-sailors": "supported"}})
    story = read_story(folder)  # well formed: claim ids need the base
    with pytest.raises(StoryError) as exc:
        validate_claim_ids(story, story.load_base())
    assert _problems(exc) == {("wire.labels.json", "/planted/1/claim"),
                              ("wire.labels.json", "/sentences/0/expect/brennmark-detains-sailors")}
    assert "unknown claim id 'tallis-recalls-envoy'" in str(exc.value)
    with pytest.raises(StoryError):
        load_story(folder)
    with pytest.raises(StoryError):
        evaluate_story(story)


def test_malformed_labels_and_story_files_are_all_reported_at_once(tmp_path: Path) -> None:
    folder = _copy_mini(tmp_path)
    _edit_labels(folder, {"/planted/0/kind": "number", "/planted/1/verdict": "wrong",
                          "/sentences/0/expect": {COUNT_CLAIM: "true"}, "/sentences/1/verdict": "supported"})
    (folder / "story.json").write_text('{"title": "t", "split": "train", "claims": ["claims", "missing"]}',
                                       encoding="utf-8")
    (folder / "orphan.md").write_text("An article nobody labelled.\n", encoding="utf-8")
    with pytest.raises(StoryError) as exc:
        read_story(folder)
    assert _problems(exc) == {
        ("wire.labels.json", "/planted/0/kind"),
        ("wire.labels.json", "/planted/1/verdict"),
        ("wire.labels.json", f"/sentences/0/expect/{COUNT_CLAIM}"),
        ("wire.labels.json", "/sentences/1/verdict"),  # an unknown key
        ("story.json", "/split"),
        ("story.json", "/claims/1"),
        ("orphan.md", None),
    }


def test_invalid_json_is_reported_with_line_and_column(tmp_path: Path) -> None:
    folder = _copy_mini(tmp_path)
    (folder / "wire.labels.json").write_text('{\n  "style": "wire",\n  "planted": [,]\n}', encoding="utf-8")
    with pytest.raises(StoryError) as exc:
        read_story(folder)
    [problem] = exc.value.problems
    assert (Path(problem.path).name, problem.line) == ("wire.labels.json", 3)
    assert "invalid JSON" in problem.message


# --- planted edits ---------------------------------------------------------------------------------------


def test_each_planted_edit_is_applied_alone_at_its_place() -> None:
    [article] = read_story(MINI).articles
    count, duration = article.planted
    edited = count.apply(article.text)
    start, end = count.span
    assert edited[start:end] == "41 Tallisian fishermen"
    assert edited.replace("41 Tallisian", "14 Tallisian") == article.text
    assert "two weeks" in edited  # the other edit is not applied
    assert duration.apply(article.text).count("six weeks") == 1
    with pytest.raises(ValueError, match="/planted/0"):
        count.apply(duration.apply(article.text).replace("14 Tallisian", "16 Tallisian"))


# --- scoring arithmetic with a fake checker --------------------------------------------------------------


def _finding(text: str, piece: str, verdict: Verdict, claim: str | None) -> Finding:
    """A finding on the span of ``piece`` (its "sentence") in ``text``."""
    start = text.index(piece)
    end = start + len(piece)

    def pos(offset: int) -> Position:
        return Position(offset, text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1)

    info = ClaimInfo(claim, claim) if claim is not None else None
    return Finding(verdict, pos(start), pos(end), piece, verdict.value, info)


class FakeChecker:
    """Findings chosen per text: the clean article and each planted copy get their own list."""

    def __init__(self, plan: dict[str, list[tuple[str, Verdict, str | None]]]) -> None:
        self.plan = plan
        self.calls: list[str] = []

    def __call__(self, text: str, path: str) -> Report:
        self.calls.append(text)
        key = next((k for k in self.plan if k in text), None)
        findings = [_finding(text, piece, v, claim) for piece, v, claim in self.plan.get(key or "", [])]
        return Report((DocumentReport(path, text, tuple(findings)),))


COUNT_SENTENCE = "PORT ESKEL (Example Wire) - Brennmark detained 14 Tallisian fishermen off Port Eskel"
RECALL_SENTENCE = "In response, Tallis recalled its ambassador to Brennmark for two weeks of consultations."
BACKGROUND = "The two neighbours have argued over fishing grounds in the strait for decades."


def test_scoring_arithmetic_on_clean_and_planted_copies() -> None:
    story = read_story(MINI)
    checker = FakeChecker({
        # planted copy 0 (count): caught, plus a contradiction on another sentence
        "41 Tallisian": [
            (COUNT_SENTENCE.replace("14", "41"), Verdict.contradicted, COUNT_CLAIM),
            (RECALL_SENTENCE, Verdict.supported, DURATION_CLAIM),
            (BACKGROUND, Verdict.contradicted, DURATION_CLAIM),
        ],
        # planted copy 1 (duration): the right claim, the wrong verdict: missed
        "six weeks": [(RECALL_SENTENCE.replace("two", "six"), Verdict.unverified, DURATION_CLAIM)],
        # the clean article: one fact supported (on a shorter span than the label: still matched), the other
        # unverified, a contradiction on background, an unverified statement with no claim
        "two weeks": [
            ("Brennmark detained 14 Tallisian", Verdict.supported, COUNT_CLAIM),
            (RECALL_SENTENCE, Verdict.unverified, DURATION_CLAIM),
            (BACKGROUND, Verdict.contradicted, COUNT_CLAIM),
            ("fishing grounds", Verdict.unverified, None),
        ],
    })
    score = evaluate_story(story, checker)
    assert len(checker.calls) == 3  # the clean article, then each planted copy
    [article] = score.articles
    assert [f.sentence for f in article.false_contradictions] == [BACKGROUND]
    assert [f.claim_id for f in article.false_unverified] == [DURATION_CLAIM]
    assert [(w.claim, w.expected, w.found) for w in article.wrong_verdicts] == [
        (DURATION_CLAIM, "supported", ("unverified",))]
    assert (article.key_facts, article.key_facts_supported) == (2, 1)
    assert [label.text for label, _claim in article.missed_key_facts] == ["Tallis recalled its ambassador"]
    assert article.fails_ci

    count, duration = article.planted
    assert count.caught and not count.via_unverified
    assert [f.sentence for f in count.false_contradictions] == [BACKGROUND]
    assert count.sentence == COUNT_SENTENCE.replace("14", "41")
    assert not duration.caught
    assert duration.false_contradictions == ()

    total = score.tally
    assert (total.articles, total.failing, total.false_contradictions, total.false_unverified) == (1, 1, 1, 1)
    assert (total.wrong_verdicts, total.key_facts, total.key_facts_supported) == (1, 2, 1)
    assert (total.planted, total.caught, total.recall, total.key_fact_ratio) == (2, 1, 0.5, 0.5)
    assert total.planted_false_contradictions == 1
    assert {k: (v.planted, v.caught) for k, v in total.kinds.items()} == {"count": (1, 1), "duration": (1, 0)}
    twice = tally([article, article])
    assert (twice.planted, twice.caught, twice.false_contradictions) == (4, 2, 2)

    tables = article_tables([score])
    assert "| dev | 1 | 1 | 1 | 1 | 1 | 0.500 (1/2) | 0.500 (1/2) | 0 | 1 |" in tables
    assert "| mini (dev) |" in tables
    assert "| count | 1.000 (1/1) |" in tables and "| duration | 0.000 (0/1) |" in tables
    errors = article_errors([score])
    assert f"mini/wire.md:7 false contradicted {COUNT_CLAIM}" in errors
    assert "/planted/1 (duration: 'for two weeks of' -> 'for six weeks of') missed: expected contradicted" in errors
    assert f"got unverified {DURATION_CLAIM}" in errors
    assert "key fact not supported" in errors


def test_a_party_edit_counts_unverified_as_caught_and_says_so() -> None:
    [article] = read_story(MINI).articles
    find = "Brennmark detained"
    edit = PlantedEdit(find, "Tallis detained", COUNT_CLAIM, "party", "contradicted", article.text.index(find),
                       "/planted/9")
    sentence = COUNT_SENTENCE.replace("Brennmark detained", "Tallis detained")
    unverified = FakeChecker({"Tallis detained": [(sentence, Verdict.unverified, COUNT_CLAIM)]})
    score = score_planted(article, edit, unverified)
    assert score.caught and score.via_unverified
    other_claim = FakeChecker({"Tallis detained": [(sentence, Verdict.contradicted, DURATION_CLAIM)]})
    assert not score_planted(article, edit, other_claim).caught
    count_edit = PlantedEdit(find, "Tallis detained", COUNT_CLAIM, "count", "contradicted", edit.start, "/x")
    assert not score_planted(article, count_edit, unverified).caught  # only party edits


def test_a_finding_on_another_sentence_does_not_catch_an_edit() -> None:
    [article] = read_story(MINI).articles
    count = article.planted[0]
    elsewhere = FakeChecker({"41 Tallisian": [(RECALL_SENTENCE, Verdict.contradicted, COUNT_CLAIM)]})
    score = score_planted(article, count, elsewhere)
    assert not score.caught
    assert score.at_edit == ()
    assert [f.sentence for f in score.false_contradictions] == [RECALL_SENTENCE]
    assert "41 Tallisian fishermen" in score.sentence  # taken from the text when no finding is there


# --- the real checker, and the bench script --------------------------------------------------------------


def test_real_checker_on_the_mini_story() -> None:
    story, base = load_story(MINI)
    score = evaluate_story(story, base=base)
    total = score.tally
    assert (total.false_contradictions, total.false_unverified, total.failing) == (0, 0, 0)
    assert (total.key_facts_supported, total.key_facts) == (2, 2)
    assert (total.caught, total.planted, total.planted_false_contradictions) == (2, 2, 0)


def test_bench_quality_prints_article_tables_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import quality  # type: ignore[import-not-found]

    assert quality.articles(MINI.parent, "dev", None, errors=True) == 0
    out = capsys.readouterr().out
    assert "1 stories (dev), 1 articles, 2 planted edits" in out
    assert "| mini (dev) | 1 | 0 | 0 | 0 | 0 | 1.000 (2/2) | 1.000 (2/2) | 0 | 0 |" in out
    assert "article errors:\n  (none)" in out
    assert quality.articles(MINI.parent, "test", None, errors=False) == 0
    assert "0 stories (test)" in capsys.readouterr().out
    assert quality.articles(MINI.parent, None, "absent", errors=False) == 2
