"""One self-contained HTML page an editor reads at a glance: the problems first, then the article.

Each document gets a numbered list of its problems, each with the sentence quoted, the
conflicting words highlighted, what the record says beside what the text says, and links to the
claim and its source; then the article as it will be published (Markdown rendered by the same
parser the checker reads it with, front matter and comments hidden), with the same problems
marked in place. Agreements are listed only when asked for (``show`` at ``supported``), folded
into a ``<details>`` block. Suppression comments that cannot be used are listed after the
problems, with their line and what is wrong with them: they fail the run too.

The page is meant to be mailed or attached to a CI run and opened anywhere: inline CSS, no
external resources and no JavaScript (the Content-Security-Policy forbids scripts outright).
Articles are untrusted input: raw HTML in Markdown is shown as text, links other than http(s)
and mailto lose their target, images become their description, and every string from a report goes
through :func:`esc`. The policy is a second wall, not the first.

Highlights are placed with markers from the Private Use Area inserted into the source before it
is rendered; the rendered page is then walked once and every run of text between two markers
is wrapped in its own ``<mark>``, so a highlight that starts inside emphasis or runs across
paragraphs still nests correctly. The whole page is built in time linear in the input.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from factcheck.document import MARKDOWN_SUFFIXES
from factcheck.findings import ClaimInfo, DirectiveProblem, DocumentReport, Finding, Report, Verdict, find_phrase

from .base import (
    VERDICT_SYMBOLS,
    Formatter,
    clean_controls,
    directive_comment,
    directive_message,
    invalid_suppression_count,
    plain_message,
    plural,
    shown_verdicts,
    verdict_label,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'"

#: What each kind of finding is, in an editor's words rather than a rule code.
TITLES = {
    "contradicted-claim": "Contradicts the record",
    "unattributed-allegation": "Allegation stated as fact",
    "unconfirmed-detail": "Not settled by the record",
    "unverified-statement": "Not verified",
    "uncovered-statement": "No claim record covers this",
    "supported-claim": "Agrees with the record",
}
# Discrepancy fields whose name alone would read as jargon.
_FIELD_WORDS = {"polarity": "affirmed or denied", "status": "standing of the claim"}

CSS = """
*{box-sizing:border-box}
body{font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#f6f6f4;margin:0;
padding:1rem}
main{max-width:46rem;margin:0 auto}
h1{font-size:1.5rem;margin:.3rem 0}h2{font-size:1.2rem;margin:2rem 0 .4rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1.2rem 0 .4rem;text-transform:uppercase;letter-spacing:.04em;color:#444}
.meta{color:#555;font-size:.9em}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0;list-style:none}
.counts li{border:1px solid #bbb;border-radius:.4rem;padding:.15rem .6rem;font-weight:600;background:#fff}
.v-contradicted{--c:#a61b12;--bg:#fde0de}.v-unverified{--c:#7a5c00;--bg:#fff1c2}
.v-uncovered{--c:#3d5a80;--bg:#e3ebf5}.v-supported{--c:#1d6a29;--bg:#dff3dc}
.counts li[class]{background:var(--bg);border-color:var(--c)}
.problems{list-style:none;padding:0;margin:0;counter-reset:none}
.problem{background:#fff;border:1px solid #ddd;border-left:6px solid var(--c);border-radius:.4rem;
padding:.6rem .9rem;margin:.7rem 0}
.problem .head{display:flex;flex-wrap:wrap;gap:.2rem .7rem;align-items:baseline;margin:0}
.num{font-weight:700;color:#fff;background:var(--c);border-radius:1rem;padding:0 .55rem}
.title{font-weight:700;color:var(--c)}
.problem p{margin:.35rem 0}
.quote{font-family:Georgia,"Times New Roman",serif;font-size:1.05em;border-left:3px solid #ddd;
padding-left:.7rem;overflow-wrap:anywhere}
.hit{background:var(--bg);border-bottom:3px solid var(--c);font-weight:700;padding:0 .1em}
.vs{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0;font-size:.95em}
.vs dt{color:#555}.vs dd{margin:0}
.expected{color:#1d6a29;font-weight:700}.found{color:#a61b12;font-weight:700}
.claim,.src{font-size:.9em;color:#333;overflow-wrap:anywhere}
a{color:#0b57a4}
details{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.4rem .9rem;margin:.7rem 0}
summary{cursor:pointer;font-weight:600}
.agreements li{margin:.4rem 0}
.article{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem 1.4rem;
font-family:Georgia,"Times New Roman",serif;font-size:1.05em;overflow-wrap:anywhere}
.article h1,.article h2,.article h3,.article h4{font-family:system-ui,sans-serif;text-transform:none;
letter-spacing:0;color:#1b1b1b}
.article h1{font-size:1.6rem}.article h2{font-size:1.3rem}
.article table{border-collapse:collapse}.article th,.article td{border:1px solid #ccc;padding:.2rem .5rem}
.article pre{overflow-x:auto;background:#f3f3f3;padding:.5rem}
.plain p{white-space:pre-line}
.image{font-style:italic;color:#555}
.raw{white-space:pre-wrap;color:#555}
mark{color:inherit;background:var(--bg);border-bottom:2px solid var(--c);padding:0 .05em}
mark.v-unverified{border-bottom-style:dashed}
mark.v-uncovered{border-bottom:3px double var(--c)}
mark.v-supported{background:none;border-bottom:2px dotted var(--c)}
a.ref{font:700 .7em system-ui,sans-serif;vertical-align:super;text-decoration:none;color:#fff;
background:var(--c);border-radius:1rem;padding:0 .4em;margin-left:.1em}
.directives{list-style:none;padding:0;margin:0}
.directive{background:#fff;border:1px solid #ddd;border-left:6px solid var(--c);border-radius:.4rem;
padding:.5rem .9rem;margin:.7rem 0;overflow-wrap:anywhere}
.directive code{font-size:.9em;background:#f3f3f3;padding:0 .2em}
.notices{background:#fff8e1;border:1px solid #e0c46c;border-radius:.4rem;padding:.4rem 1.6rem}
.back{font-size:.85em}
@media (max-width:40rem){body{padding:.4rem;font-size:16px}.article{padding:.3rem .8rem}
.problem{padding:.5rem .6rem}}
@media print{body{background:#fff;padding:0;font-size:11pt}.back{display:none}
mark,.hit,.problem,a.ref,.num{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.problem{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""

# Markers put into the source before rendering: a cluster opens/closes (with its number, written in
# digits from _DIGIT0), a conflicting value opens/closes. All lie in the Private Use Area, which the
# source is cleared of first, so nothing in an article can forge one.
_OPEN, _CLOSE, _HIT, _UNHIT, _STOP = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_DIGIT0 = 0xE100
_MARKER_CHARS = re.compile("[\ue000-\ue1ff]")
_TOKENS = re.compile("(<[^>]*>)|([\ue000\ue001])([\ue100-\ue1ff]*)\ue004|([\ue002\ue003])")
_LONE_CR = re.compile(r"\r(?!\n)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PARAGRAPH_BREAK = re.compile(r"(?:\r?\n[ \t]*){2,}")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SAFE_LINK = ("http://", "https://", "mailto:")


def esc(text: str) -> str:
    """Escape for HTML text and attribute values alike; every user string goes through here."""
    return html.escape(clean_controls(text), quote=True)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class _Cluster:
    """Overlapping findings shown as one highlight in the article, coloured by the worst verdict."""

    start: int
    end: int
    findings: list[Finding] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)  # the findings listed as numbered problems
    numbers: list[int] = field(default_factory=list)  # problem numbers, for the references after it
    anchor: str = ""

    @property
    def verdict(self) -> Verdict:
        return max((f.verdict for f in self.findings), key=lambda v: v.severity)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _bounds(finding: Finding, size: int) -> tuple[int, int]:
    start = min(max(finding.start.offset, 0), size)
    return start, min(max(finding.end.offset, start), size)


def _clusters(findings: Sequence[Finding], size: int) -> list[_Cluster]:
    """Findings grouped where their spans overlap, in one pass over the findings sorted by start."""
    out: list[_Cluster] = []
    for finding in sorted(findings, key=lambda f: _bounds(f, size)):
        start, end = _bounds(finding, size)
        if out and start < out[-1].end:
            out[-1].end = max(out[-1].end, end)
        else:
            out.append(_Cluster(start, end))
        out[-1].findings.append(finding)
    return out


def _hits(text: str, finding: Finding) -> list[tuple[int, int]]:
    """The conflicting values of a finding, as spans of the document."""
    spans = (finding.found_span(d, text) for d in finding.discrepancies)
    return [s for s in spans if s is not None]


def _sentence_hits(doc_text: str, finding: Finding) -> list[tuple[int, int]]:
    """The conflicting values as spans of ``finding.sentence``, the clean text a card quotes."""
    sentence = finding.sentence
    start, end = _bounds(finding, len(doc_text))
    exact = doc_text[start:end] == sentence
    spans = []
    for d in finding.discrepancies:
        if exact and d.span is not None and start <= d.span[0] < d.span[1] <= end:
            spans.append((d.span[0] - start, d.span[1] - start))
        elif (found := find_phrase(sentence, d.found)) is not None:
            spans.append(found)
    return _merge(spans)


def _highlighted(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in spans:
        out += [esc(text[pos:start]), f'<mark class="hit">{esc(text[start:end])}</mark>']
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def _digits(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 256)
        out = chr(_DIGIT0 + digit) + out
        if not number:
            return out


def _number(digits: str) -> int:
    value = 0
    for ch in digits:
        value = value * 256 + ord(ch) - _DIGIT0
    return value


def _insert_markers(source: str, clusters: Sequence[_Cluster], hits: Sequence[tuple[int, int]]) -> str:
    """The source with markers at cluster and value boundaries, moved off escapes and entities.

    At one offset, closing markers come before opening ones and values nest inside clusters.
    """
    events: list[tuple[int, int, str]] = []
    for k, c in enumerate(clusters):
        events.append((_start_at(source, c.start), 2, _OPEN + _digits(k) + _STOP))
        events.append((_end_at(source, c.end), 1, _CLOSE + _digits(k) + _STOP))
    for start, end in hits:
        events.append((_start_at(source, start), 3, _HIT))
        events.append((_end_at(source, end), 0, _UNHIT))
    events.sort(key=lambda e: (e[0], e[1]))
    out, pos = [], 0
    for at, _rank, marker in events:
        out += [source[pos:at], marker]
        pos = at
    out.append(source[pos:])
    return "".join(out)


def _start_at(source: str, at: int) -> int:
    """Before a backslash escape rather than between it and the character it escapes."""
    return at - 1 if at > 0 and source[at - 1] == "\\" and at < len(source) and not source[at].isalnum() else at


def _end_at(source: str, at: int) -> int:
    """After an entity (``&amp;``) whose first character ends the span, not inside it."""
    if at > 0 and source[at - 1] == "&" and (entity := _ENTITY.match(source, at - 1)):
        return entity.end()
    return at


# Rendering Markdown ---------------------------------------------------------------------------------------


def _render_html_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    content = _COMMENT.sub("", tokens[idx].content)
    return f'<p class="raw">{esc(content.strip())}</p>\n' if content.strip() else ""


def _render_html_inline(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    content = tokens[idx].content
    return "" if content.startswith("<!--") else esc(content)


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    alt = self.renderInlineAsText(tokens[idx].children or [], options, env)
    return f'<span class="image">[image{": " if alt else ""}{alt}]</span>'


def _render_link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if href.strip().lower().startswith(_SAFE_LINK):
        token.attrSet("rel", "noopener noreferrer")
    else:  # a relative link leads nowhere from a report; it stays text, still marked up as a link
        token.attrs.pop("href", None)
    return str(self.renderToken(tokens, idx, options, env))


def _render_nothing(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return ""


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    """The checker's parser setup (CommonMark, tables, front matter), with a safe renderer."""
    # The parser's own link check already refuses javascript:, vbscript:, file: and data: URLs.
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    md.add_render_rule("html_block", _render_html_block)
    md.add_render_rule("html_inline", _render_html_inline)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("front_matter", _render_nothing)
    return md


def _render_source(path: str, marked: str) -> tuple[str, str]:
    """The marked source as HTML, and the class of the element it goes in."""
    suffix = os.path.splitext(path)[1].lower()
    if path == "-" or suffix in MARKDOWN_SUFFIXES:
        return _markdown().render(_LONE_CR.sub(" ", marked)), "article"
    paragraphs = (p.strip("\r\n") for p in _PARAGRAPH_BREAK.split(marked))
    return "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs if p.strip()), "article plain"


class _Marks:
    """Turns the markers in rendered HTML into ``<mark>`` elements around each run of text.

    A mark never contains a tag: it is closed before every tag and reopened after, so it nests
    correctly whatever the Markdown around it. Only the first mark of a cluster gets its id.
    """

    def __init__(self, d: int, clusters: Sequence[_Cluster]) -> None:
        self.d = d
        self.clusters = clusters
        self.anchored: set[int] = set()
        self.out: list[str] = []
        self.current: int | None = None
        self.hit = False
        self.open = False

    def apply(self, page: str) -> str:
        pos = 0
        for token in _TOKENS.finditer(page):
            self._text(page[pos : token.start()])
            pos = token.end()
            tag, kind, digits, value = token.groups()
            if tag is not None:
                self._close()
                self.out.append(_MARKER_CHARS.sub("", tag))
            elif value is not None:
                self.hit = value == _HIT
            elif kind == _OPEN:
                self._close()
                number = _number(digits)
                self.current = number if number < len(self.clusters) else None
            elif self.current is not None and _number(digits) == self.current:
                self._close()
                self.out.append(self._refs(self.clusters[self.current]))
                self.current, self.hit = None, False
        self._text(page[pos:])
        self._close()
        return "".join(self.out)

    def _close(self) -> None:
        if self.open:
            self.out.append("</mark>")
            self.open = False

    def _text(self, text: str) -> None:
        text = _MARKER_CHARS.sub("", text)
        if not text:
            return
        if self.current is None or (not self.open and not text.strip()):
            self.out.append(text)
            return
        cluster = self.clusters[self.current]
        if not self.open:
            anchor = ""
            if self.current not in self.anchored:
                self.anchored.add(self.current)
                anchor = f' id="{cluster.anchor}"'
            title = esc("; ".join(dict.fromkeys(TITLES.get(f.rule, f.rule) for f in cluster.findings)))
            self.out.append(f'<mark{anchor} class="v-{cluster.verdict.value}" title="{title}">')
            self.open = True
        self.out.append(f'<span class="hit">{text}</span>' if self.hit and cluster.numbers else text)

    def _refs(self, cluster: _Cluster) -> str:
        return "".join(
            f'<a class="ref v-{f.verdict.value}" href="#p-{self.d}-{n}" title="problem {n}">{n}</a>'
            for f, n in zip(cluster.problems, cluster.numbers, strict=True)
        )


class HtmlFormatter(Formatter):
    """A standalone, printable page; works with scripts disabled because it has none."""

    name = "html"
    extension = ".html"

    def render(self, report: Report) -> str:
        claims: dict[str, int] = {}  # claim id -> its number in the list of claims cited
        cited: list[ClaimInfo] = []
        for _doc, f in report.findings():
            if f.claim is not None and f.claim.id not in claims and self._listed(f):
                claims[f.claim.id] = len(cited) + 1
                cited.append(f.claim)
        verdicts = shown_verdicts(report.summary)
        body = [self._header(report, verdicts)]
        body += [self._document(d, doc, verdicts, claims) for d, doc in enumerate(report.documents, 1)]
        if cited:
            body.append(self._claims(cited))
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>Fact-check report</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body)
            + "\n</main>\n</body>\n</html>\n"
        )

    def _listed(self, f: Finding) -> bool:
        return not f.suppressed and f.verdict.severity >= self.show.severity

    def _header(self, report: Report, verdicts: tuple[Verdict, ...]) -> str:
        s = report.summary
        counts = "".join(
            f'<li class="v-{v.value}">{esc(verdict_label(v))} {s.count(v)}</li>' for v in verdicts
        )
        hidden = [v for v in verdicts if s.count(v) and v.severity < self.show.severity]
        note = ""
        if hidden:
            words = " and ".join(f"{s.count(v)} {v.value}" for v in hidden)
            note = f'<p class="meta">Counted but not listed: {words}.</p>'
        notices = "".join(f"<li>{esc(n)}</li>" for n in report.notices)
        broken = invalid_suppression_count(report)
        if broken:
            counts += (f'<li class="v-contradicted">{esc(VERDICT_SYMBOLS[Verdict.contradicted])} '
                       f"{plural(broken, 'invalid suppression comment')}</li>")
        toc = ""
        if len(report.documents) > 1:
            items = "".join(
                f'<li><a href="#doc-{d}">{esc(doc.path)}</a> <span class="meta">'
                f"{_counts(doc.active, verdicts)}</span></li>"
                for d, doc in enumerate(report.documents, 1)
            )
            toc = f'<nav aria-label="Documents"><ol>{items}</ol></nav>'
        return (
            f'<header><h1>Fact-check report</h1><p class="meta">{esc(report.tool_name)} '
            f"{esc(report.tool_version)} · {plural(len(report.documents), 'document')}</p>"
            f'<ul class="counts" aria-label="Summary">{counts}'
            f"<li>{s.suppressed} suppressed</li></ul>{note}"
            + (f'<ul class="notices">{notices}</ul>' if notices else "")
            + toc
            + "</header>"
        )

    def _document(self, d: int, doc: DocumentReport, verdicts: tuple[Verdict, ...], claims: dict[str, int]) -> str:
        listed = [f for f in doc.findings if self._listed(f)]
        problems = [f for f in listed if f.verdict is not Verdict.supported]
        agreements = [f for f in listed if f.verdict is Verdict.supported]
        numbers = {id(f): n for n, f in enumerate(problems, 1)}
        clusters = _clusters(listed, len(doc.text))
        hits: list[tuple[int, int]] = []
        for k, c in enumerate(clusters, 1):
            c.anchor = f"m-{d}-{k}"
            c.problems = [f for f in c.findings if id(f) in numbers]
            c.numbers = [numbers[id(f)] for f in c.problems]
            spans = [s for f in c.problems for s in _hits(doc.text, f)]
            hits += [(max(a, c.start), min(b, c.end)) for a, b in _merge(spans)]
        article, kind = self._article(doc, d, clusters, hits)
        where = {id(f): c.anchor for c in clusters if c.anchor in article.anchors for f in c.findings}
        out = [f'<section id="doc-{d}"><h2>{esc(doc.path)}</h2><p class="meta">{_counts(doc.active, verdicts)}</p>']
        if problems:
            out.append(f"<h3>{plural(len(problems), 'problem')}</h3><ol class=\"problems\">")
            out += [self._problem(d, n, f, doc.text, where.get(id(f)), claims) for n, f in enumerate(problems, 1)]
            out.append("</ol>")
        elif not doc.directive_problems:
            out.append('<p class="meta">No problems found in this document.</p>')
        if doc.directive_problems:
            heading = plural(len(doc.directive_problems), "suppression comment")
            out.append(f'<h3>{heading} that cannot be used</h3><ul class="directives">')
            out += [_directive(p) for p in doc.directive_problems]
            out.append("</ul>")
        if agreements:
            rows = "".join(self._agreement(f, where.get(id(f)), claims) for f in agreements)
            out.append(
                f'<details class="agreements v-supported"><summary>{VERDICT_SYMBOLS[Verdict.supported]} '
                f"{plural(len(agreements), 'agreement')} with the record</summary><ol>{rows}</ol></details>"
            )
        if problems:
            out.append(f'<h3>The article</h3><div class="{kind}">\n{article.html}</div></section>')
        else:  # nothing to look at: the article stays at hand but takes no room in a long run
            out.append(f'<details><summary>The article</summary><div class="{kind}">\n{article.html}</div>'
                       "</details></section>")
        return "\n".join(out)

    def _article(
        self, doc: DocumentReport, d: int, clusters: list[_Cluster], hits: list[tuple[int, int]]
    ) -> tuple[_Rendered, str]:
        # Characters of the marker range in the article itself would pass for markers: replace them
        # one for one, so every offset still points where it did.
        source = _MARKER_CHARS.sub("\ufffd", clean_controls(doc.text))
        rendered, kind = _render_source(doc.path, _insert_markers(source, clusters, hits))
        marks = _Marks(d, clusters)
        page = marks.apply(rendered)
        return _Rendered(page, {clusters[k].anchor for k in marks.anchored}), kind

    def _problem(
        self, d: int, n: int, f: Finding, text: str, anchor: str | None, claims: dict[str, int]
    ) -> str:
        title = TITLES.get(f.rule, f.rule)
        parts = [
            f'<li id="p-{d}-{n}" class="problem v-{f.verdict.value}"><p class="head">'
            f'<span class="num">{n}</span> <span class="title">{esc(VERDICT_SYMBOLS[f.verdict])} {esc(title)}</span> '
            f'<span class="meta">line {f.start.line}</span>'
            + (f' <a class="back" href="#{anchor}">show in the article</a>' if anchor else "")
            + "</p>",
            f'<p class="quote">{_highlighted(f.sentence, _sentence_hits(text, f))}</p>',
        ]
        if f.discrepancies:
            rows = "".join(
                f"<dt>{esc(_FIELD_WORDS.get(x.field, x.field))}</dt><dd>the record says "
                f'<span class="expected">{esc(x.expected)}</span>; the text says '
                f'<span class="found">{esc(x.found)}</span></dd>'
                for x in f.discrepancies
            )
            parts.append(f'<dl class="vs">{rows}</dl>')
        message = plain_message(f)
        if message and message.lower().rstrip(".") != title.lower():
            parts.append(f'<p class="msg">{esc(_sentence_case(message))}</p>')
        parts += [_claim_line(f.claim, claims), "</li>"]
        return "".join(parts)

    def _agreement(self, f: Finding, anchor: str | None, claims: dict[str, int]) -> str:
        where = f'<a href="#{anchor}">line {f.start.line}</a>' if anchor else f"line {f.start.line}"
        return f'<li><span class="meta">{where}</span> {esc(f.sentence)}{_claim_line(f.claim, claims)}</li>'

    def _claims(self, cited: list[ClaimInfo]) -> str:
        rows = []
        for n, claim in enumerate(cited, 1):
            rows.append(
                f'<li id="c-{n}"><b>{esc(claim.id)}</b> <span class="meta">({esc(claim.status)})</span><br>'
                f"{esc(claim.statement)}" + (f'<br><span class="src">Source: {_source(claim)}</span>'
                                              if claim.source else "") + "</li>"
            )
        return f'<section id="claims"><h2>Claims cited</h2><ol>{"".join(rows)}</ol></section>'


@dataclass(frozen=True)
class _Rendered:
    html: str
    anchors: set[str]


def _directive(problem: DirectiveProblem) -> str:
    return (
        f'<li class="directive v-contradicted"><p class="head"><span class="title">'
        f"{esc(VERDICT_SYMBOLS[Verdict.contradicted])} Suppression comment that cannot be used</span> "
        f'<span class="meta">line {problem.start.line}</span></p>'
        f"<p><code>{esc(directive_comment(problem))}</code></p>"
        f'<p class="msg">{esc(directive_message(problem))}</p></li>'
    )


def _source(claim: ClaimInfo) -> str:
    """The provenance, linked to the source document when the claims file gives its address."""
    text = esc(claim.provenance)
    url = (claim.url or "").strip()
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{text}</a>'
    return text


def _claim_line(claim: ClaimInfo | None, claims: dict[str, int]) -> str:
    if claim is None:
        return ""
    link = f'<a href="#c-{claims[claim.id]}">{esc(claim.id)}</a>' if claim.id in claims else esc(claim.id)
    parts = [f'<p class="claim">Claim {link}: {esc(claim.statement)}']
    if claim.source:
        parts.append(f' <span class="src">Source: {_source(claim)}</span>')
    return "".join(parts) + "</p>"


def _counts(findings: Iterable[Finding], order: tuple[Verdict, ...]) -> str:
    tally = dict.fromkeys(order, 0)
    for f in findings:
        if f.verdict in tally:
            tally[f.verdict] += 1
    return " · ".join(f"{esc(verdict_label(v))} {n}" for v, n in tally.items())
