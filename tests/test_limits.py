"""Input of any size is read in linear time and bounded memory; what cannot be analysed is said, not hidden."""

from __future__ import annotations

import pickle
from pathlib import Path

from factcheck.claimbase import MAX_SENTENCE_CHARS, load_claims
from factcheck.config import Settings
from factcheck.document import Offsets, read_text
from factcheck.run import check_files

ROOT = Path(__file__).resolve().parent.parent
TRUE = "France expelled two Azerbaijani diplomats on 26 December 2023."
RUN_ON = ("France expelled two Azerbaijani diplomats and gave them 48 hours to leave " * 400).strip()


def test_a_sentence_too_long_to_analyse_is_skipped_with_a_notice_naming_its_line() -> None:
    base = load_claims(ROOT / "claims")
    assert len(RUN_ON) > MAX_SENTENCE_CHARS
    report = base.check(f"{TRUE}\n\n{RUN_ON}\n\n{TRUE}\n", "draft.md")
    lines = [f.start.line for _d, f in report.findings()]
    assert lines and set(lines) == {1, 5}  # both short sentences are checked, the run-on is not
    [notice] = report.notices
    assert notice.startswith("draft.md:3: ") and "too long to analyse" in notice
    assert report.documents[0].notices == (notice,)


def test_the_notice_reaches_the_report_of_a_run(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Title\n\n{RUN_ON}\n", encoding="utf-8")
    result = check_files(load_claims(ROOT / "claims"), [draft], Settings())
    assert [n.split(": ", 1)[0] for n in result.report.notices] == [f"{draft}:3"]


def test_a_paragraph_of_inline_code_keeps_its_offsets_compact_and_exact() -> None:
    text = " ".join(f"`x{i}` word" for i in range(30_000))  # 300 KB: once quadratic to read
    document = read_text(text, "a.md")
    [sentence] = document.sentences
    assert sentence.text == " ".join(["word"] * 30_000)
    assert isinstance(sentence.offsets, Offsets)
    assert sentence.source_span(0, 4) == (text.index("word"), text.index("word") + 4)
    last = text.rindex("word")
    assert sentence.source_span(len(sentence.text) - 4, len(sentence.text)) == (last, last + 4)


def test_offsets_behave_as_the_list_they_replace() -> None:
    plain = [3, 4, 5, 9, 10, 20, 21, 22, 23]
    offsets = Offsets(plain)
    assert len(offsets) == len(plain) and list(offsets) == plain and offsets == plain
    assert [offsets[i] for i in range(-len(plain), len(plain))] == plain + plain
    assert offsets[2:6] == plain[2:6]
    assert pickle.loads(pickle.dumps(offsets)) == offsets
    assert hash(Offsets(plain)) == hash(offsets)
    try:
        offsets[len(plain)]
    except IndexError:
        pass
    else:
        raise AssertionError("an index past the end must raise IndexError")
