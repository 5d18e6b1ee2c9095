"""Reading documents: which text is checked, and that every sentence points back at its exact source."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from factcheck.document import Comment, Document, DocumentError, Sentence, read_file, read_text
from factcheck.findings import Position


def assert_exact_spans(doc: Document) -> None:
    """Every sentence character maps to the same character of the original (whitespace to whitespace)."""
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
        offsets = s.offsets if s.offsets is not None else range(s.start, s.end)
        if s.offsets is None:
            assert doc.text[s.start : s.end] == s.text
        assert len(offsets) == len(s.text)
        assert offsets[0] == s.start and offsets[-1] == s.end - 1
        assert list(offsets) == sorted(offsets)
        for ch, at in zip(s.text, offsets, strict=True):
            if ch.isspace():
                assert doc.text[at].isspace(), (s.text, at)
            else:
                assert doc.text[at] == ch, (s.text, ch, at, doc.text[at])
        assert s.text == " ".join(s.text.split())  # whitespace collapsed and trimmed


def sentence_texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


MARKDOWN_CASES: list[tuple[str, str, list[str]]] = [
    (
        "emphasis",
        "France expelled **two** *Azerbaijani* _envoys_.",
        ["France expelled two Azerbaijani envoys."],
    ),
    (
        "link text kept, URL dropped",
        'See [the statement](https://example.org/a.b?x=1 "Title (v2)") today. It was brief.',
        ["See the statement today.", "It was brief."],
    ),
    (
        "reference link",
        "See [the statement][ref] now.\n\n[ref]: https://example.org\n",
        ["See the statement now."],
    ),
    ("inline code", "Run `factcheck check.` now. Done.", ["Run now.", "Done."]),
    ("image and alt text skipped", "The map ![a map. Of Baku](map.png) shows Baku.", ["The map shows Baku."]),
    ("autolink skipped", "Read <https://example.org/x.y> first.", ["Read first."]),
    (
        "heading never merged",
        "# Tit-for-Tat Expulsions\nThe measures came later.\n\n## Next step\n\nMore text.",
        ["Tit-for-Tat Expulsions", "The measures came later.", "Next step", "More text."],
    ),
    ("setext heading", "Deep Contentions\n================\n\nBody.", ["Deep Contentions", "Body."]),
    (
        "bullet list",
        "- France expelled two diplomats.\n- Baku did the same. Both gave 48 hours.\n",
        ["France expelled two diplomats.", "Baku did the same.", "Both gave 48 hours."],
    ),
    (
        "ordered and nested list",
        "1. First point\n   - Sub point\n     continues here.\n2. Second point.",
        ["First point", "Sub point continues here.", "Second point."],
    ),
    ("block quote", "> Mr. Aliyev objected.\n> He left.\n", ["Mr. Aliyev objected.", "He left."]),
    (
        "table cells",
        "| Country | Expelled |\n|---|---|\n| France | two diplomats |\n| Azerbaijan | two employees |\n",
        ["Country", "Expelled", "France", "two diplomats", "Azerbaijan", "two employees"],
    ),
    ("front matter", "---\ntitle: Draft. Not checked\n---\n\nBody text.", ["Body text."]),
    (
        "fenced and indented code",
        "Intro.\n\n```python\nCode here. More code.\n```\n\n    indented code.\n\nOutro.",
        ["Intro.", "Outro."],
    ),
    ("html block", "<div>\nHidden text.\n</div>\n\nShown text.", ["Shown text."]),
    ("html comment", "<!-- A note. -->\nFrance acted.", ["France acted."]),
    ("hard breaks", "Line one\\\nline two  \nline three.", ["Line one line two line three."]),
    ("soft break", "France\nexpelled two.", ["France expelled two."]),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in MARKDOWN_CASES], ids=[c[0] for c in MARKDOWN_CASES]
)
def test_markdown_sentences(source: str, expected: list[str]) -> None:
    doc = read_text(source, "draft.md")
    assert sentence_texts(doc) == expected
    assert_exact_spans(doc)


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in MARKDOWN_CASES], ids=[c[0] for c in MARKDOWN_CASES]
)
def test_markdown_spans_survive_crlf(source: str, expected: list[str]) -> None:
    doc = read_text(source.replace("\n", "\r\n"), "draft.md")
    assert sentence_texts(doc) == expected
    assert_exact_spans(doc)


PLAIN_CASES: list[tuple[str, str, list[str]]] = [
    ("soft break", "France expelled\ntwo diplomats.", ["France expelled two diplomats."]),
    (
        "title on its own line",
        "France Expels Diplomats\n\nIn a rift, France acted. Baku objected.",
        ["France Expels Diplomats", "In a rift, France acted.", "Baku objected."],
    ),
    ("blank line splits", "No stop here\n\nnor here", ["No stop here", "nor here"]),
    (
        "bullets",
        "- first item\n- second item. Done\n  continued",
        ["first item", "second item.", "Done continued"],
    ),
    ("markdown is plain here", "# Heading\n\n**bold** text.", ["# Heading", "**bold** text."]),
    (
        "a marked heading line ends its unit",
        "Intro.\n\n## Court Jails Founder For 25 Years\nThe founder was jailed. He will appeal.",
        ["Intro.", "## Court Jails Founder For 25 Years", "The founder was jailed.", "He will appeal."],
    ),
    (
        "a title-case line wraps on",
        "Intro.\n\nThe Prime Minister Of Nepal Visited\nJajarkot today.",
        ["Intro.", "The Prime Minister Of Nepal Visited Jajarkot today."],
    ),
    ("whitespace collapsed", "Tabs\tand   spaces.", ["Tabs and spaces."]),
    (
        "a web address alone on its line is no statement and joins nothing",
        "https://example.org/news/france-expels?id=7\nFrance expelled two envoys. They left.",
        ["France expelled two envoys.", "They left."],
    ),
    (
        "a web address inside a sentence stays",
        "France expelled two envoys, https://example.org/x says.\nThey left.",
        ["France expelled two envoys, https://example.org/x says.", "They left."],
    ),
    (
        "dateline stays with the first sentence",
        "PARIS, Dec. 26 —\nFrance expelled two envoys. They left.",
        ["PARIS, Dec. 26 — France expelled two envoys.", "They left."],
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in PLAIN_CASES], ids=[c[0] for c in PLAIN_CASES]
)
def test_plain_text_sentences(source: str, expected: list[str]) -> None:
    for text in (source, source.replace("\n", "\r\n")):
        doc = read_text(text, "draft.txt")
        assert sentence_texts(doc) == expected
        assert_exact_spans(doc)


def test_markup_lies_inside_the_span_and_maps_back() -> None:
    source = "Intro.\n\nFrance expelled **two** [Azerbaijani](https://x.org) diplomats `now`.\n"
    doc = read_text(source, "a.md")
    s = doc.sentences[1]
    assert s.text == "France expelled two Azerbaijani diplomats."
    assert (
        doc.text[s.start : s.end] == "France expelled **two** [Azerbaijani](https://x.org) diplomats `now`."
    )
    i = s.text.index("two")
    start, end = s.source_span(i, i + 3)
    assert doc.text[start:end] == "two"
    i = s.text.index("Azerbaijani diplomats")
    start, end = s.source_span(i, i + len("Azerbaijani diplomats"))
    assert doc.text[start:end] == "Azerbaijani](https://x.org) diplomats"


def test_multibyte_and_tabs_keep_exact_offsets() -> None:
    source = "\ufeffCafé crème € 😀 here.\tNext 😀 one.\r\n\r\nÉtape *trois* 😀.\n"
    for path in ("a.txt", "a.md"):
        doc = read_text(source, path)
        assert doc.text == source[1:]
        assert sentence_texts(doc) == (
            [
                "Café crème € 😀 here.",
                "Next 😀 one.",
                "Étape *trois* 😀." if path == "a.txt" else "Étape trois 😀.",
            ]
        )
        assert_exact_spans(doc)


def test_entities_and_escapes_map_inside_the_block() -> None:
    source = "Intro.\n\nSmith &amp; Sons paid 5 \\* 2 caf&eacute;s in &#8364;.\n\nNext."
    doc = read_text(source, "a.md")
    assert sentence_texts(doc) == ["Intro.", "Smith & Sons paid 5 * 2 cafés in €.", "Next."]
    s = doc.sentences[1]
    assert doc.text[s.start : s.end] == "Smith &amp; Sons paid 5 \\* 2 caf&eacute;s in &#8364;."
    assert s.offsets is not None
    block_start = source.index("Smith") - 1  # the BOM-free text equals the source here
    block_end = source.index("\n\nNext")
    assert all(block_start <= at < block_end for at in s.offsets)
    for word in ("Smith", "Sons", "paid", "5", "*", "2"):
        a, b = s.source_span(s.text.index(word), s.text.index(word) + len(word))
        assert doc.text[a:b] == word
    a, b = s.source_span(s.text.index("é"), s.text.index("é") + 1)
    assert doc.text[a : b + 7] == "&eacute;"


def test_table_cells_are_separate_units_with_positions() -> None:
    doc = read_text("| a. | b \\| c |\n|---|---|\n| One. Two | 3 |\n", "t.md")
    assert sentence_texts(doc) == ["a.", "b | c", "One.", "Two", "3"]
    columns = [doc.position(s.start).column for s in doc.sentences]
    assert columns == [3, 8, 3, 8, 14]


def test_markdown_comments_are_collected_and_not_checked() -> None:
    source = (
        "<!-- factcheck-ignore-next claim-a claim-b -->\n"
        "France expelled two diplomats <!-- inline note --> yesterday.\n\n"
        "```\n<!-- in code: not a comment -->\n```\n\n"
        "<!--\nspans lines\n-->\n\n> Quoted. <!-- quoted note -->\n"
    )
    doc = read_text(source.replace("\n", "\r\n"), "a.md")
    assert [c.text for c in doc.comments] == [
        "factcheck-ignore-next claim-a claim-b",
        "inline note",
        "spans lines",
        "quoted note",
    ]
    for c in doc.comments:
        assert doc.text[c.start : c.start + 4] == "<!--" and doc.text[c.end - 3 : c.end] == "-->"
    assert sentence_texts(doc) == ["France expelled two diplomats yesterday.", "Quoted."]


def test_plain_text_comment_lines() -> None:
    source = (
        "First sentence.\n  <!-- factcheck-ignore-next x -->\n"
        "Second sentence.\nnot <!-- a comment --> line.\n"
    )
    doc = read_text(source, "-")
    assert doc.comments == (Comment("factcheck-ignore-next x", 18, 50),)
    assert doc.text[18:50] == "<!-- factcheck-ignore-next x -->"
    assert sentence_texts(doc) == ["First sentence.", "Second sentence. not <!-- a comment --> line."]


def test_position_in_crlf_bom_tab_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffTitle é\r\n\r\n\tFirst sentence. Second 😀 one.\r\nThird\tline.".encode())
    doc = read_file(path)
    assert doc.text.startswith("Title é\r\n")  # BOM gone, CRLF kept
    assert sentence_texts(doc) == ["Title é", "First sentence.", "Second 😀 one.", "Third line."]
    title, first, second, third = doc.sentences
    assert doc.position(title.start) == Position(0, 1, 1)
    assert doc.position(title.end) == Position(7, 1, 8)  # "é" is one column
    assert doc.position(first.start) == Position(first.start, 3, 2)  # the tab is one column
    assert doc.position(second.start).line == 3 and doc.position(second.start).column == 18
    assert doc.position(second.end).column == 31  # the emoji is one column too
    assert doc.position(third.start) == Position(third.start, 4, 1)
    assert third.offsets is not None  # the tab became a space
    start, end = third.source_span(third.text.index("line"), len(third.text))
    assert doc.text[start:end] == "line." and doc.position(start).column == 7
    assert doc.position(third.end) == Position(len(doc.text), 4, 12)
    assert doc.position(doc.text.index("\r")) == Position(doc.text.index("\r"), 1, 8)  # CR ends line 1
    with pytest.raises(ValueError):
        doc.position(len(doc.text) + 1)


def test_read_file_kind_comes_from_the_real_suffix(tmp_path: Path) -> None:
    for name in ("a.md", "b.MARKDOWN", "c.mdown"):
        (tmp_path / name).write_text("# Title\n\n**Bold** text.", encoding="utf-8")
        assert sentence_texts(read_file(tmp_path / name, display_path="shown.txt")) == ["Title", "Bold text."]
    (tmp_path / "d.txt").write_text("# Title\n\n**Bold** text.", encoding="utf-8")
    doc = read_file(tmp_path / "d.txt", display_path="docs/d.md")
    assert doc.path == "docs/d.md"
    assert sentence_texts(doc) == ["# Title", "**Bold** text."]


def test_read_text_kind_argument() -> None:
    assert sentence_texts(read_text("*a* b.", "-", kind="markdown")) == ["a b."]
    assert sentence_texts(read_text("*a* b.")) == ["*a* b."]
    with pytest.raises(ValueError, match="kind"):
        read_text("x", kind="html")


def test_missing_file_raises_document_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(DocumentError) as info:
        read_file(missing)
    assert info.value.path == str(missing)
    assert str(missing) in str(info.value)
    with pytest.raises(DocumentError):
        read_file(tmp_path)  # a directory is unreadable as a document


@pytest.mark.parametrize(("data", "offset"), [(b"ok\n\xff rest", 3), (b"\xef\xbb\xbfab\xc3(", 5)])
def test_invalid_utf8_names_the_byte_offset(tmp_path: Path, data: bytes, offset: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        read_file(path, display_path="shown/bad.txt")
    assert info.value.path == "shown/bad.txt"
    assert f"byte offset {offset}" in info.value.message
    assert str(info.value).startswith("shown/bad.txt: ")


def test_source_span_without_offsets_and_bounds() -> None:
    s = Sentence("abc.", 10, 14)
    assert s.source_span(1, 3) == (11, 13)
    assert s.source_span(4, 4) == (14, 14)
    with pytest.raises(IndexError):
        s.source_span(2, 5)
    mapped = Sentence("a b", 0, 4, (0, 1, 3))
    assert mapped.source_span(1, 3) == (1, 4)
    assert mapped.source_span(3, 3) == (4, 4)


def test_empty_and_blank_documents() -> None:
    for path in ("a.md", "a.txt"):
        doc = read_text("\ufeff\n\r\n  \n", path)
        assert doc.sentences == () and doc.comments == ()
        assert doc.position(len(doc.text)).line == 4


def test_removed_markup_leaves_no_space_before_punctuation() -> None:
    doc = read_text("They expelled two diplomats `at once`. Baku said *no* .", "a.md")
    assert sentence_texts(doc) == ["They expelled two diplomats.", "Baku said no ."]
    assert_exact_spans(doc)


_FRAGMENTS = (
    "France",
    " ",
    "two diplomats",
    "Mr.",
    " Dec. 26",
    ".",
    "?",
    '"',
    "é",
    "😀",
    "\t",
    "\u00a0",
    "**",
    "*",
    "_",
    "`",
    "``",
    "[",
    "]",
    "(",
    ")",
    "](https://x.org/a.b)",
    "![",
    "<",
    ">",
    "<!--",
    "-->",
    "<https://a.b>",
    "<div>",
    "&amp;",
    "&eacute;",
    "&#35;",
    "\\",
    "\\*",
    "\\\n",
    "  \n",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    "\n|---|---|\n",
    "    ",
    "```",
    "---\n",
    "[ref]",
    "\n[ref]: /url\n",
    "\x00",
)


def test_spans_stay_ordered_and_inside_the_text_on_arbitrary_input() -> None:
    """Seeded mixes of markup fragments: the parser may read them oddly, offsets must still be sane."""
    rng = random.Random(20231227)
    for _ in range(1500):
        source = "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 30)))
        for path in ("a.md", "a.txt"):
            doc = read_text(source, path)
            for s in doc.sentences:
                offsets = s.offsets if s.offsets is not None else range(s.start, s.end)
                assert 0 <= s.start < s.end <= len(doc.text)
                assert len(offsets) == len(s.text) and s.text.strip() == s.text
                assert offsets[0] == s.start and offsets[-1] == s.end - 1
                assert list(offsets) == sorted(offsets)
            for c in doc.comments:
                assert doc.text[c.start : c.start + 4] == "<!--" and doc.text[c.end - 3 : c.end] == "-->"


def _collapse_word_by_word(source: str, pieces: list[tuple[str, Sequence[int]]]) -> tuple[str, list[int]]:
    """The whitespace collapse written plainly, one word at a time: what the quicker one must equal."""
    out: list[str] = []
    offsets: list[int] = []
    pending: int | None = None
    for piece, offs in pieces:
        at = 0
        for word in re.finditer(r"\S+", piece):
            if word.start() > at and pending is None:
                pending = offs[at]
            if pending is not None and out:
                gap = source[offsets[-1] + 1 : offs[word.start()]] if word.group()[0] in ".,;:!?)]}”’»" else ""
                if not gap.strip("*_ \t\r\n"):
                    out.append(" ")
                    offsets.append(pending)
            pending = None
            out.append(word.group())
            offsets.extend(offs[word.start() : word.end()])
            at = word.end()
        if at < len(piece) and pending is None:
            pending = offs[at]
    return "".join(out), offsets


def test_the_whitespace_collapse_takes_whole_pieces_as_it_would_word_by_word() -> None:
    """A piece copied whole from the source is joined at once past its first word; any mix of words,
    punctuation, markup and whitespace (wide, doubled, non-breaking) gives the text and offsets the
    word-by-word reading gives, whether the offsets are a range or a list."""
    from factcheck.document import _collapse

    rng = random.Random(7)
    alphabet = ["ab", "Cd", "7", ".", ",", ")", "»", "*", "_", "`", " ", " ", " ", "\t", "\n", "\r", "\xa0",
                "\u2009", "\x0c", "  ", " \n"]
    for _ in range(3000):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        pieces: list[tuple[str, Sequence[int]]] = []
        at = 0
        while at < len(source):
            lo = rng.randrange(at, len(source))
            hi = rng.randrange(lo, len(source)) + 1
            kind = rng.random()
            if kind < 0.6:
                pieces.append((source[lo:hi], range(lo, hi)))
            elif kind < 0.8:
                pieces.append((source[lo:hi], list(range(lo, hi))))
            else:
                pieces.append((" ", [lo]))  # a line break, as the Markdown walk gives it
            at = hi
        text, offsets = _collapse(source, pieces)
        assert (text, list(offsets)) == _collapse_word_by_word(source, pieces), (source, pieces)
    for path in sorted(Path(__file__).parent.joinpath("articles").rglob("*.md")):
        assert_exact_spans(read_text(path.read_text(encoding="utf-8"), path.name))
