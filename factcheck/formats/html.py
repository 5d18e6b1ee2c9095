"""One self-contained HTML page that shows each article with its findings marked in place.

The page is meant to be mailed or attached to a CI run and opened anywhere: inline CSS, no
external resources and no JavaScript (the Content-Security-Policy forbids scripts outright).
Articles are untrusted input, so every piece of text goes through :func:`esc`; the CSP is a
second wall, not the first. Overlapping findings are merged into one highlight that lists them
all, so the markup always nests correctly.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from factcheck.findings import DocumentReport, Finding, Report, Verdict

from .base import Formatter, clean_controls, plural, shown_verdicts, verdict_label

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'; form-action 'none'"
_PARAGRAPH_BREAK = re.compile(r"(?:\r?\n[ \t]*){2,}")

CSS = """
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff;
max-width:62rem;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc;
overflow-wrap:anywhere}
.meta,.loc,.rule{color:#555;font-size:.9em}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.counts li{border:1px solid #bbb;border-radius:.4rem;padding:.3rem .7rem;font-weight:600}
.toc li{margin:.2rem 0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:1rem 0 .3rem}
.v-contradicted{--c:#a61b12;--bg:#fde0de}.v-unverified{--c:#7a5c00;--bg:#fff1c2}
.v-uncovered{--c:#3d5a80;--bg:#e3ebf5}.v-supported{--c:#1d6a29;--bg:#dff3dc}
.counts li[class]{background:var(--bg);border-color:var(--c)}
mark{color:inherit;background:var(--bg);padding:0 .1em;border-bottom:2px solid var(--c)}
mark.v-unverified{border-bottom-style:dashed}mark.v-supported{border-bottom-style:dotted}
mark.v-uncovered{border-bottom:3px double var(--c)}
a.ref{font-size:.72em;font-weight:700;vertical-align:super;text-decoration:none;white-space:nowrap;
color:#1b1b1b;background:var(--bg);border:1px solid var(--c);border-radius:.3em;padding:0 .25em;
margin-left:.15em}
.notes{margin:.2rem 0 1.2rem;padding-left:2rem;font-size:.92em}
.note{margin:.5rem 0;padding:.4rem .6rem;border-left:4px solid var(--c);background:#fafafa}
.badge{font-weight:700}.note p{margin:.25rem 0}
table.diff{border-collapse:collapse;margin:.3rem 0}
.diff th,.diff td{border:1px solid #bbb;padding:.15rem .5rem;text-align:left}
.pager{font-size:.85em}.pager a{margin-right:.8rem}
@media print{body{max-width:none;padding:0;font-size:11pt}.pager,.toc{display:none}
mark,.note,a.ref{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.note,table.diff{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""


def esc(text: str) -> str:
    """Escape for HTML text and attribute values alike; every user string goes through here."""
    return html.escape(clean_controls(text), quote=True)


@dataclass(frozen=True)
class _Item:
    """An active finding with its place in the page: document number and number in the document."""

    doc: int
    number: int
    finding: Finding

    @property
    def anchor(self) -> str:
        return f"f-{self.doc}-{self.number}"


@dataclass(frozen=True)
class _Cluster:
    """Overlapping findings shown as one highlight, coloured by the worst verdict in it."""

    start: int
    end: int
    items: tuple[_Item, ...]

    @property
    def verdict(self) -> Verdict:
        return max((i.finding.verdict for i in self.items), key=lambda v: v.severity)

    @property
    def anchor(self) -> str:
        return f"m-{self.items[0].doc}-{self.items[0].number}"


def _clusters(items: list[_Item], size: int) -> list[_Cluster]:
    def bounds(i: _Item) -> tuple[int, int]:
        start = min(max(i.finding.start.offset, 0), size)
        return start, min(max(i.finding.end.offset, start), size)

    out: list[_Cluster] = []
    for item in sorted(items, key=lambda i: (*bounds(i), i.number)):
        start, end = bounds(item)
        if out and start < out[-1].end:
            last = out[-1]
            out[-1] = _Cluster(last.start, max(last.end, end), (*last.items, item))
        else:
            out.append(_Cluster(start, end, (item,)))
    return out


def _blocks(text: str, clusters: list[_Cluster]) -> list[tuple[int, int]]:
    """Paragraph ranges, never cut inside a highlight (such paragraphs are shown as one block)."""
    cuts = [
        m.span()
        for m in _PARAGRAPH_BREAK.finditer(text)
        if not any(c.start < m.end() and c.end > m.start() for c in clusters)
    ]
    starts = [0, *(end for _s, end in cuts)]
    ends = [*(s for s, _e in cuts), len(text)]
    pairs = zip(starts, ends, strict=True)
    return [(a, b) for a, b in pairs if text[a:b].strip() or any(a <= c.start <= b for c in clusters)]


def _mark(text: str, cluster: _Cluster) -> str:
    titles = "; ".join(f"{verdict_label(i.finding.verdict)}: {i.finding.message}" for i in cluster.items)
    refs = "".join(
        f'<a class="ref v-{i.finding.verdict.value}" href="#{i.anchor}">'
        f"{esc(verdict_label(i.finding.verdict))} {i.number}</a>"
        for i in cluster.items
    )
    return (
        f'<mark id="{cluster.anchor}" class="v-{cluster.verdict.value}" title="{esc(titles)}">'
        f"{esc(text[cluster.start : cluster.end])}</mark>{refs}"
    )


def _note(item: _Item, cluster: _Cluster, prev: _Item | None, nxt: _Item | None) -> str:
    f = item.finding
    parts = [
        f'<li id="{item.anchor}" value="{item.number}" class="note v-{f.verdict.value}">',
        f'<p><span class="badge">{esc(verdict_label(f.verdict))}</span> '
        f'<span class="loc">line {f.start.line}, column {f.start.column}</span> '
        f'<span class="rule">{esc(f.rule)}</span></p>',
    ]
    if f.message:
        parts.append(f'<p class="msg">{esc(f.message)}</p>')
    if f.discrepancies:
        rows = "".join(
            f"<tr><td>{esc(d.field)}</td><td>{esc(d.expected)}</td><td>{esc(d.found)}</td></tr>"
            for d in f.discrepancies
        )
        head = "<tr><th>Field</th><th>Expected</th><th>Found</th></tr>"
        parts.append(f'<table class="diff">{head}{rows}</table>')
    if f.claim is not None:
        claim = f"<b>Claim {esc(f.claim.id)}</b> ({esc(f.claim.status)}): {esc(f.claim.statement)}"
        parts.append(f'<p class="claim">{claim}</p>')
        if f.claim.provenance:
            parts.append(f'<p class="prov"><b>Source:</b> {esc(f.claim.provenance)}</p>')
    pager = [f'<a href="#{prev.anchor}">← previous finding</a>'] if prev else []
    pager.append(f'<a href="#{cluster.anchor}">↑ in the text</a>')
    pager += [f'<a href="#{nxt.anchor}">next finding →</a>'] if nxt else []
    parts += [f'<p class="pager">{"".join(pager)}</p>', "</li>"]
    return "".join(parts)


def _counts(findings: tuple[Finding, ...] | list[Finding], order: tuple[Verdict, ...]) -> str:
    counts = ((v, sum(1 for f in findings if f.verdict is v)) for v in order)
    return " · ".join(f"{esc(verdict_label(v))} {n}" for v, n in counts)


class HtmlFormatter(Formatter):
    """A standalone, printable page; works with scripts disabled because it has none."""

    name = "html"
    extension = ".html"

    def render(self, report: Report) -> str:
        items = [
            [_Item(d, n, f) for n, f in enumerate(doc.active, 1)] for d, doc in enumerate(report.documents, 1)
        ]
        order = [i for doc_items in items for i in doc_items]
        neighbours = {
            i.anchor: (order[k - 1] if k else None, order[k + 1] if k + 1 < len(order) else None)
            for k, i in enumerate(order)
        }
        verdicts = shown_verdicts(report.summary)
        body = [self._header(report, order[0].anchor if order else None, verdicts)]
        for d, (doc, doc_items) in enumerate(zip(report.documents, items, strict=True), 1):
            body.append(self._document(d, doc, doc_items, neighbours, verdicts))
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>Fact-check report</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )

    def _header(self, report: Report, first: str | None, verdicts: tuple[Verdict, ...]) -> str:
        s = report.summary
        counts = "".join(
            f'<li class="v-{v.value}">{esc(verdict_label(v))} {s.count(v)}</li>' for v in verdicts
        )
        toc = "".join(
            f'<li><a href="#doc-{d}">{esc(doc.path)}</a> '
            f'<span class="meta">{_counts(doc.active, verdicts)}</span></li>'
            for d, doc in enumerate(report.documents, 1)
        )
        notices = "".join(f"<li>{esc(n)}</li>" for n in report.notices)
        return (
            f'<header><h1>Fact-check report</h1><p class="meta">{esc(report.tool_name)} '
            f"{esc(report.tool_version)} · {plural(len(report.documents), 'document')}</p>"
            f'<ul class="counts" aria-label="Summary">{counts}'
            f"<li>{s.suppressed} suppressed (not shown)</li></ul>"
            + (f'<ul class="notices">{notices}</ul>' if notices else "")
            + (f'<p class="pager"><a href="#{first}">Go to the first finding</a></p>' if first else "")
            + f'<nav class="toc" aria-label="Documents"><h2>Documents</h2><ol>{toc}</ol></nav></header>'
        )

    def _document(
        self,
        d: int,
        doc: DocumentReport,
        items: list[_Item],
        neighbours: dict[str, tuple[_Item | None, _Item | None]],
        verdicts: tuple[Verdict, ...],
    ) -> str:
        clusters = _clusters(items, len(doc.text))
        out = [
            f'<section id="doc-{d}"><h2>{esc(doc.path)}</h2>'
            f'<p class="meta">{_counts(doc.active, verdicts)}</p>'
        ]
        if not items:
            out.append('<p class="meta">No findings in this document.</p>')
        for start, end in _blocks(doc.text, clusters):
            inside = [c for c in clusters if start <= c.start <= end]
            pos, text = start, []
            for c in inside:
                text += [esc(doc.text[pos : c.start]), _mark(doc.text, c)]
                pos = c.end
            text.append(esc(doc.text[pos:end]))
            out.append(f'<p class="text">{"".join(text)}</p>')
            notes = [
                _note(i, c, *neighbours[i.anchor])
                for c in inside
                for i in sorted(c.items, key=lambda i: i.number)
            ]
            if notes:
                out.append(f'<ol class="notes">{"".join(notes)}</ol>')
        out.append("</section>")
        return "\n".join(out)
