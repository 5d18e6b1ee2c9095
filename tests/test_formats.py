"""Report formats: golden output, schema validity, escaping of hostile text, atomic writes."""

from __future__ import annotations

import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from formats_fixtures import (
    ARTICLE,
    INJECTION_TEXT,
    JS_LINK,
    PAYLOADS,
    SAMPLES,
    empty_report,
    finding,
    injection_report,
    planted_report,
)
from markdown_it import MarkdownIt

from factcheck.findings import DocumentReport, Report, Verdict
from factcheck.formats import FORMATS, get_formatter, write_atomic
from factcheck.formats.base import fingerprint, full_message, relative_path
from factcheck.formats.github import escape_data, escape_property

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden" / "formats"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared/schemas/sarif-schema-2.1.0.json"
ALL = sorted(FORMATS)


def render(name: str, report: Report, **options: Any) -> str:
    return get_formatter(name, **options).render(report)


# --- the table of formats -------------------------------------------------------------------------


def test_formats_table_is_complete_and_read_only() -> None:
    assert set(FORMATS) == {"text", "json", "markdown", "html", "sarif", "github", "junit"}
    assert all(cls.name == name and cls.extension.startswith(".") for name, cls in FORMATS.items())
    with pytest.raises(TypeError):
        FORMATS["evil"] = FORMATS["text"]  # type: ignore[index]


def test_unknown_format_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="github, html, json, junit, markdown, sarif, text"):
        get_formatter("yaml")


def test_options_reach_the_formatter() -> None:
    formatter = get_formatter("sarif", base_dir="/srv/news", color=True)
    assert formatter.base_dir == "/srv/news" and formatter.color


# --- golden files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize("name", ALL)
def test_golden(sample: str, name: str) -> None:
    output = render(name, SAMPLES[sample]())
    golden = GOLDEN / f"{sample}-{name}{FORMATS[name].extension}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(output.encode("utf-8"))
    assert golden.exists(), f"missing {golden}; run with UPDATE_GOLDEN=1 to create it"
    assert output == golden.read_bytes().decode("utf-8"), (
        f"{golden.name} differs; UPDATE_GOLDEN=1 rewrites it"
    )


@pytest.mark.parametrize("name", ALL)
def test_render_is_deterministic_and_handles_an_empty_report(name: str) -> None:
    assert render(name, planted_report()) == render(name, planted_report())
    output = render(name, empty_report())
    assert output.endswith("\n")


# --- text ------------------------------------------------------------------------------------------------


def test_text_lines_and_summary() -> None:
    lines = render("text", planted_report()).splitlines()
    assert lines[1] == (
        "articles/expulsions.md:5:1: contradicted az-expels-fr-staff: "
        "The record gives 48 hours to leave, not 72 hours."
    )
    assert lines[2] == "    duration: expected 48 hours, found 72 hours"
    assert "articles/expulsions.md:9:1: uncovered: No claim record covers this statement." in lines
    assert not any("az-retakes-karabakh" in line for line in lines), "suppressed findings are not listed"
    assert lines[-1] == "1 contradicted, 3 unverified, 1 uncovered, 3 supported (1 suppressed) in 3 documents"


def test_text_colour_only_on_request_and_user_text_cannot_emit_escapes() -> None:
    plain = render("text", injection_report())
    coloured = render("text", injection_report(), color=True)
    assert "\x1b" not in plain
    assert "\x1b[1;31mcontradicted\x1b[0m" in coloured
    assert "\x1b[2J" not in coloured
    # 4 active findings, 2 discrepancies, 1 notice, the summary: CR/LF in the data adds no line.
    assert plain.splitlines() == plain.rstrip("\n").split("\n")
    assert len(plain.splitlines()) == 8


# --- json ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_json_matches_its_schema_and_the_text(sample: str) -> None:
    report = SAMPLES[sample]()
    data = json.loads(render("json", report))
    schema = json.loads((REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    for doc, out in zip(report.documents, data["documents"], strict=True):
        for f in out["findings"]:
            assert doc.text[f["start"] : f["end"]] == f["sentence"]
            assert doc.text.splitlines(keepends=True)[f["line"] - 1][f["column"] - 1 :].startswith(
                f["sentence"].splitlines()[0]
            )
    summary = report.summary
    assert data["summary"] == {
        "supported": summary.supported,
        "contradicted": summary.contradicted,
        "unverified": summary.unverified,
        "uncovered": summary.uncovered,
        "suppressed": summary.suppressed,
    }


def test_json_keeps_suppressed_findings_flagged() -> None:
    data = json.loads(render("json", planted_report()))
    suppressed = [f for d in data["documents"] for f in d["findings"] if f["suppressed"]]
    assert [f["claim_id"] for f in suppressed] == ["az-retakes-karabakh"]
    assert data["documents"][0]["findings"][1]["claim"]["provenance"] == (
        'france-azerbaijan-expulsions ¶4 "within 48 hours"'
    )


def test_json_schema_rejects_a_wrong_report() -> None:
    data = json.loads(render("json", planted_report()))
    data["documents"][0]["findings"][0]["verdict"] = "maybe"
    schema = json.loads((REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert not jsonschema.Draft202012Validator(schema).is_valid(data)


# --- sarif -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_sarif_is_valid_against_the_official_schema(sample: str) -> None:
    if not SARIF_SCHEMA.exists():
        pytest.skip(
            "the official SARIF schema is only present beside the repository (../shared/schemas) "
            "in the development/CI workspace"
        )
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class(schema).validate(json.loads(render("sarif", SAMPLES[sample]())))


def test_sarif_results_rules_and_suppressions() -> None:
    run = json.loads(render("sarif", planted_report()))["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert len(results) == 6, "supported findings are not results; suppressed ones are"
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels == {
        "contradicted-claim": "error",
        "unattributed-allegation": "warning",
        "uncovered-statement": "note",
        "unconfirmed-detail": "note",
    }
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["properties"]["claim"]["id"] for r in suppressed] == ["az-retakes-karabakh"]
    assert suppressed[0]["suppressions"] == [{"kind": "inSource"}]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"]) == (5, 1, 5)
    assert ARTICLE[region["charOffset"] : region["charOffset"] + region["charLength"]].startswith("Earlier")
    assert results[0]["properties"]["discrepancies"] == [
        {"field": "duration", "expected": "48 hours", "found": "72 hours"}
    ]


def test_sarif_uri_is_relative_to_base_dir_and_percent_encoded(tmp_path: Path) -> None:
    doc = planted_report().documents[0]
    moved = replace(doc, path=str(tmp_path / "news desk" / "story.md"))
    run = json.loads(render("sarif", Report((moved,)), base_dir=str(tmp_path)))["runs"][0]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "news%20desk/story.md"


def test_fingerprint_survives_moving_and_rewrapping_the_sentence() -> None:
    sentence = "Baku has expelled 14 French diplomats since 2020."
    first = finding(ARTICLE, Verdict.unverified, sentence, "m")
    moved_text = "New opening paragraph.\n\n" + ARTICLE.replace(
        sentence, "Baku has expelled 14  French\ndiplomats since 2020."
    )
    second = finding(moved_text, Verdict.unverified, "Baku has expelled", "m", end_text="2020.")
    assert second.start.line != first.start.line
    assert fingerprint(first) == fingerprint(second)
    other_claim = replace(first, claim=planted_report().documents[0].findings[0].claim)
    assert fingerprint(other_claim) != fingerprint(first)


def test_relative_path() -> None:
    assert relative_path("/work/news/a/b.md", "/work/news") == "a/b.md"
    assert relative_path("./a//b.md") == "a/b.md"
    assert relative_path("drafts/x.md", "/elsewhere") == "drafts/x.md"


# --- github ----------------------------------------------------------------------------------------------


def test_github_escaping_rules() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("a:b,c") == "a:b,c"


def test_github_output_cannot_be_hijacked_by_the_text() -> None:
    lines = render("github", injection_report()).splitlines()
    commands = [line for line in lines if line.startswith(("::error ", "::warning ", "::notice "))]
    assert [c.split(" ", 1)[0] for c in commands] == ["::error", "::warning", "::notice"]
    assert lines[0].startswith("::group::drafts/") and "::endgroup::" in lines
    assert not any(line.startswith("::error::") for line in lines), "injected command must not start a line"
    keys = {"file", "line", "col", "endLine", "endColumn", "title"}
    for command in commands:
        props, _sep, _message = command.split(" ", 1)[1].partition("::")
        pairs = [p.split("=", 1) for p in props.split(",")]
        assert {k for k, _v in pairs} == keys, command
    assert "title=factcheck unattributed-allegation (claim|with%3Aodd%2Cchars%25)" in commands[1]
    assert "%0D%0A::error::injected" in commands[0]


def test_github_skips_supported_and_suppressed() -> None:
    output = render("github", planted_report())
    assert output.count("\n::error ") + output.startswith("::error ") == 1
    assert "az-retakes-karabakh" not in output and "fr-expels-az-diplomats)::Consistent" not in output
    assert "::group::notes/clean.md" not in output


# --- junit -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_junit_parses_and_counts_match(sample: str) -> None:
    root = ET.fromstring(render("junit", SAMPLES[sample]()).encode("utf-8"))
    assert root.tag == "testsuites"
    for element in [root, *root.findall("testsuite")]:
        cases = element.findall(".//testcase")
        assert int(element.get("tests", "-1")) == len(cases)
        assert int(element.get("failures", "-1")) == sum(1 for c in cases if c.find("failure") is not None)
        assert int(element.get("skipped", "-1")) == sum(1 for c in cases if c.find("skipped") is not None)


def test_junit_cases_per_claim() -> None:
    root = ET.fromstring(render("junit", planted_report()))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "articles/expulsions.md"
    names = [c.get("name") for c in suite.findall("testcase")]
    assert names == [
        "fr-expels-az-diplomats",
        "az-expels-fr-staff",
        "az-declares-png",
        "aliyev-accuses-fr-arms",
        "uncovered-statements",
        "az-retakes-karabakh",
        "aliyev-boycotts-spain",
    ]
    failure = suite.find("testcase[@name='az-expels-fr-staff']/failure")
    assert failure is not None and "expected 48 hours, found 72 hours" in (failure.text or "")
    assert suite.find("testcase[@name='az-retakes-karabakh']/skipped") is not None
    assert suite.find("testcase[@name='fr-expels-az-diplomats']/*") is None, "a supported claim passes"


# --- markdown --------------------------------------------------------------------------------------------


def test_markdown_escapes_user_text() -> None:
    output = render("markdown", injection_report())
    rendered = MarkdownIt("commonmark").enable("table").render(output)
    assert "<script" not in rendered and "<img" not in rendered
    assert 'href="javascript:' not in rendered and "<a " not in rendered
    rows = [line for line in output.splitlines() if line.startswith("| duration")]
    assert rows == ["| duration | 48 hours \\| &lt;b&gt; | 72 hrs ::error::injected |"]
    table = rendered.split("<table>")[2].split("</table>")[0]
    assert all(row.count("<td>") == 3 for row in table.split("<tr>")[2:]), "a | must not add table cells"


def test_markdown_structure() -> None:
    output = render("markdown", planted_report())
    assert "| Document | Contradicted | Unverified | Uncovered | Supported |" in output
    assert "| articles/expulsions.md | 1 | 2 | 1 | 2 |" in output
    assert "### 1. articles/expulsions.md:5" in output
    assert "> Earlier, Azerbaijan declared" in output
    assert "| duration | 48 hours | 72 hours |" in output
    assert "**Source:** france-azerbaijan-expulsions ¶4" in output
    details = output.split("<details>", 1)[1]
    assert "<summary>? Unverified statements (3)</summary>" in details
    assert "France is arming Armenia" in details and "</details>" in details
    uncovered = output.split("<summary>○ Statements no claim covers (1)</summary>", 1)[1]
    assert "Baku has expelled 14 French diplomats" in uncovered.split("</details>", 1)[0]
    assert "Azerbaijan regained" not in output, "suppressed findings stay out of the memo"


# --- html ------------------------------------------------------------------------------------------------


class _TagChecker(HTMLParser):
    """Collects element ids and link targets and fails on mis-nested tags."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        self.attrs.update(values)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if values.get("href"):
            self.hrefs.append(str(values["href"]))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


def check_html(page: str) -> _TagChecker:
    checker = _TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], "unclosed elements"
    return checker


def test_html_escapes_every_payload() -> None:
    page = render("html", injection_report())
    for payload in PAYLOADS:
        if payload != JS_LINK:
            assert payload not in page
    assert JS_LINK in page, "Markdown link syntax has no meaning in HTML and stays visible as text"
    assert "<script" not in page.lower()
    assert 'onerror="' not in page, "the quote that would end an attribute is escaped"
    assert 'href="javascript:' not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "\x1b" not in page
    checker = check_html(page)
    assert not [name for name in checker.attrs if name.startswith("on")], "no event handler attribute"
    assert set(checker.tags) <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "ul", "ol", "li", "a",
        "nav", "section", "mark", "span", "b", "table", "tr", "th", "td",
    }  # fmt: skip
    assert all(href.startswith("#") for href in checker.hrefs)


def test_html_page_is_self_contained() -> None:
    page = render("html", planted_report())
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'none'" in page
    )
    assert not re.search(r"(src|href)=\"(https?:|//)", page)
    assert "@media print" in page


def test_html_navigation_and_marks() -> None:
    report = planted_report()
    page = render("html", report)
    checker = check_html(page)
    active = [(d, n) for d, doc in enumerate(report.documents, 1) for n in range(1, len(doc.active) + 1)]
    anchors = [f"f-{d}-{n}" for d, n in active]
    assert [i for i in checker.ids if i.startswith("f-")] == anchors
    assert set(checker.ids) >= {"doc-1", "doc-2", "doc-3"}
    assert all(h[1:] in checker.ids for h in checker.hrefs), "every internal link has a target"
    assert page.count("next finding →</a>") == len(anchors) - 1
    assert page.count("← previous finding</a>") == len(anchors) - 1
    # Two findings on the same sentence share one highlight that lists both.
    assert page.count("<mark ") == len(anchors) - 1
    assert "✗ contradicted 2</a>" in page and "✓ supported 3</a>" in page
    assert 'class="v-contradicted" title="✗ contradicted: The record gives 48 hours' in page
    assert "Azerbaijan regained control" in page and 'id="f-1-6"' in page
    assert page.count("✗ contradicted 1 · ? unverified 2 · ○ uncovered 1 · ✓ supported 2") == 2


def test_html_merges_partial_overlaps_across_paragraphs() -> None:
    page = render("html", injection_report())
    check_html(page)
    # Findings 2, 3 and 4 overlap in a chain that crosses a paragraph break: one highlight.
    assert page.count("<mark ") == 2
    merged = page.split('<mark id="m-1-2"', 1)[1].split("</mark>", 1)[0]
    assert "France expelled two diplomats." in merged and "Президент" in merged
    for n in (2, 3, 4):
        assert f'href="#f-1-{n}">' in page


def test_html_overlap_with_document_edges() -> None:
    text = "One.\n\nTwo three.\n"
    doc = DocumentReport(
        "x.md",
        text,
        (
            finding(text, Verdict.unverified, "One.", "a", end_text="Two"),
            finding(text, Verdict.contradicted, "Two three.", "b"),
            finding(text, Verdict.supported, "three.", "c", end_text="\n"),
        ),
    )
    page = render("html", Report((doc,)))
    check_html(page)
    assert page.count("<mark ") == 1
    assert '<mark id="m-1-1" class="v-contradicted"' in page


# --- uncovered statements --------------------------------------------------------------------------------


def test_verdict_order_puts_uncovered_between_supported_and_unverified() -> None:
    by_severity = sorted(Verdict, key=lambda v: v.severity)
    assert [v.value for v in by_severity] == ["supported", "uncovered", "unverified", "contradicted"]
    text = "Azerbaijan has a population of about 10 million.\n"
    only = Report((DocumentReport("a.md", text, (finding(text, Verdict.uncovered, "Azerbaijan", "m"),)),))
    assert only.documents[0].findings[0].rule == "uncovered-statement"
    assert (only.summary.uncovered, only.summary.unverified) == (1, 0)
    assert not only.fails(Verdict.contradicted) and not only.fails(Verdict.unverified) and not only.fails(None)
    assert only.fails(Verdict.uncovered)


def test_sarif_uncovered_is_a_note_with_its_own_rule() -> None:
    run = json.loads(render("sarif", planted_report()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    # The new rule is appended, so the index of every older rule stays what dashboards recorded.
    assert [r["id"] for r in rules] == [
        "contradicted-claim",
        "unattributed-allegation",
        "unconfirmed-detail",
        "unverified-statement",
        "uncovered-statement",
    ]
    assert rules[4]["defaultConfiguration"] == {"level": "note"}
    assert rules[4]["shortDescription"]["text"] != rules[3]["shortDescription"]["text"]
    [result] = [r for r in run["results"] if r["properties"]["verdict"] == "uncovered"]
    assert (result["ruleId"], result["ruleIndex"], result["level"]) == ("uncovered-statement", 4, "note")
    assert "claim" not in result["properties"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 9


def test_json_reports_uncovered_findings_and_counts_them() -> None:
    data = json.loads(render("json", planted_report()))
    [found] = [f for d in data["documents"] for f in d["findings"] if f["verdict"] == "uncovered"]
    assert (found["claim_id"], found["claim"], found["rule"], found["line"]) == (None, None, "uncovered-statement", 9)
    assert data["summary"]["uncovered"] == 1 and data["summary"]["unverified"] == 3


def test_github_uncovered_is_a_notice() -> None:
    output = render("github", planted_report())
    [line] = [line for line in output.splitlines() if "uncovered-statement" in line]
    assert line.startswith("::notice file=articles/expulsions.md,line=9,col=1,")
    assert ",title=factcheck uncovered-statement::No claim record covers this statement." in line


def test_html_labels_uncovered_findings() -> None:
    page = render("html", planted_report())
    check_html(page)
    assert '<li class="v-uncovered">○ uncovered 1</li>' in page
    assert '<li id="f-1-5" value="5" class="note v-uncovered"><p><span class="badge">○ uncovered</span>' in page
    assert '<span class="rule">uncovered-statement</span>' in page
    assert ".v-uncovered{" in page and "mark.v-uncovered{" in page


def _junit_failures(level: Verdict | None) -> dict[tuple[str | None, str | None], str | None]:
    root = ET.fromstring(render("junit", planted_report(), fail_level=level))
    return {
        (suite.get("name"), case.get("name")): failure.get("type")
        for suite in root.findall("testsuite")
        for case in suite.findall("testcase")
        if (failure := case.find("failure")) is not None
    }


@pytest.mark.parametrize(
    ("level", "failing"),
    [
        (Verdict.contradicted, set()),
        (None, set()),
        (
            Verdict.unverified,
            {
                ("articles/expulsions.md", "aliyev-accuses-fr-arms"),
                ("articles/expulsions.md", "aliyev-boycotts-spain"),
                ("briefs/diplomats.txt", "fr-expels-az-diplomats"),
            },
        ),
        (
            Verdict.uncovered,
            {
                ("articles/expulsions.md", "aliyev-accuses-fr-arms"),
                ("articles/expulsions.md", "aliyev-boycotts-spain"),
                ("briefs/diplomats.txt", "fr-expels-az-diplomats"),
                ("articles/expulsions.md", "uncovered-statements"),
            },
        ),
    ],
)
def test_junit_fails_a_case_only_at_the_fail_level(
    level: Verdict | None, failing: set[tuple[str, str]]
) -> None:
    failures = _junit_failures(level)
    # A contradiction fails its case at every level, as before; "never" (None) adds nothing.
    assert failures == {
        ("articles/expulsions.md", "az-expels-fr-staff"): "contradicted-claim",
        **{case: failures[case] for case in failing},
    }
    uncovered = ("articles/expulsions.md", "uncovered-statements")
    assert failures.get(uncovered) == ("uncovered-statement" if level is Verdict.uncovered else None)


def test_junit_uncovered_statements_are_output_not_failures_by_default() -> None:
    root = ET.fromstring(render("junit", planted_report()))
    case = root.find("testsuite/testcase[@name='uncovered-statements']")
    assert case is not None and case.find("failure") is None and case.find("skipped") is None
    out = case.find("system-out")
    assert out is not None and "9:1: uncovered: No claim record covers this statement." in (out.text or "")


def test_formats_say_nothing_of_uncovered_when_the_run_did_not_ask() -> None:
    report = planted_report().without_uncovered()
    assert report.summary.uncovered == 0 and report.summary.unverified == 3 and report.summary.suppressed == 1
    text = render("text", report)
    assert text.splitlines()[-1] == "1 contradicted, 3 unverified, 3 supported (1 suppressed) in 3 documents"
    assert "uncovered" not in text
    markdown = render("markdown", report)
    assert "| Document | Contradicted | Unverified | Supported |" in markdown
    assert "uncovered" not in markdown.lower() and "no claim covers" not in markdown
    assert "○" not in render("html", report)
    assert "uncovered" not in render("github", report) and "uncovered" not in render("junit", report)
    assert json.loads(render("json", report))["summary"]["uncovered"] == 0


# --- atomic writes ---------------------------------------------------------------------------------------


def test_write_atomic_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    write_atomic(target, "first ✓\n")
    assert target.read_text(encoding="utf-8") == "first ✓\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    write_atomic(str(target), "second\n")
    assert target.read_bytes() == b"second\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"]


def test_write_atomic_failure_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"], "the temporary file is removed"


def test_write_atomic_follows_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_injection_text_keeps_crlf_tab_and_multibyte() -> None:
    # Guards the fixture itself: the hostile sample must keep the characters the formats are tested on.
    assert "\r\n" in INJECTION_TEXT and "\t" in INJECTION_TEXT and "🇫🇷" in INJECTION_TEXT
    assert JS_LINK in INJECTION_TEXT


def test_full_message_wording() -> None:
    contradicted = planted_report().documents[0].findings[1]
    assert full_message(contradicted) == (
        "The record gives 48 hours to leave, not 72 hours. (duration: expected 48 hours, found 72 hours)"
    )
    assert full_message(contradicted, "\n").splitlines()[1] == "duration: expected 48 hours, found 72 hours"
    assert full_message(planted_report().documents[0].findings[0]) == "Consistent with the record."
