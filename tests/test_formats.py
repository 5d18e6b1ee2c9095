"""Report formats: golden output, schema validity, escaping of hostile text, atomic writes."""

from __future__ import annotations

import json
import os
import re
import stat
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from formats_fixtures import (
    ARTICLE,
    DIRECTIVES_TEXT,
    INJECTION_TEXT,
    JS_LINK,
    LONG_SENTENCE_NOTICE,
    PAYLOADS,
    SAMPLES,
    directives_report,
    empty_report,
    finding,
    injection_report,
    planted_report,
    position,
)
from markdown_it import MarkdownIt

from factcheck.cli import main
from factcheck.findings import Discrepancy, DocumentReport, Finding, Position, Report, Verdict
from factcheck.formats import FORMATS, base, get_formatter, write_atomic
from factcheck.formats.base import fingerprint, full_message, relative_path, repository_root
from factcheck.formats.github import escape_data, escape_property
from factcheck.formats.sarif import rules_doc_url

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
    assert lines[0] == (
        "articles/expulsions.md:5:1: contradicted az-expels-fr-staff: "
        "The record gives 48 hours to leave, not 72 hours."
    )
    assert lines[1] == "    duration: expected 48 hours, found 72 hours"
    assert "articles/expulsions.md:9:1: uncovered: No claim record covers this statement." in lines
    assert not any("az-retakes-karabakh" in line for line in lines), "suppressed findings are not listed"
    assert lines[-1] == "1 contradicted, 3 unverified, 1 uncovered, 3 supported (1 suppressed) in 3 documents"


def test_text_lists_problems_only_unless_asked_and_quiet_prints_the_summary() -> None:
    report = planted_report()
    default = render("text", report).splitlines()
    assert not any(" supported " in line for line in default[:-1]), "agreements are not listed by default"
    assert [re.match(r"\S+: (\w+)", line)[1] for line in default[:-1] if not line.startswith(" ")] == [
        "contradicted", "unverified", "uncovered", "unverified", "unverified",
    ]  # fmt: skip
    everything = render("text", report, show=Verdict.supported).splitlines()
    assert "articles/expulsions.md:3:1: supported fr-expels-az-diplomats: Consistent with the record." in everything
    assert len(everything) == len(default) + 3
    worst = render("text", report, show=Verdict.contradicted).splitlines()
    assert [line for line in worst if not line.startswith(" ")][:-1] == [default[0]]
    quiet = render("text", report, quiet=True, show=Verdict.supported)
    assert quiet == "1 contradicted, 3 unverified, 1 uncovered, 3 supported (1 suppressed) in 3 documents\n"
    assert default[-1] == everything[-1] == worst[-1] == quiet.strip(), "the summary always counts everything"


def test_text_drops_a_message_suffix_that_only_names_the_fields() -> None:
    text = "They had 72 hours to go.\n"
    found = finding(text, Verdict.contradicted, "They", "contradicts the record (deadline)", end_text="go.",
                    discrepancies=(Discrepancy("deadline", "48 hours", "72 hours"),))
    lines = render("text", Report((DocumentReport("a.md", text, (found,)),))).splitlines()
    assert lines[:2] == [
        "a.md:1:1: contradicted: contradicts the record",
        "    deadline: expected 48 hours, found 72 hours",
    ]


def test_text_colour_only_on_request_and_user_text_cannot_emit_escapes() -> None:
    plain = render("text", injection_report())
    coloured = render("text", injection_report(), color=True)
    assert "\x1b" not in plain
    assert "\x1b[1;31mcontradicted\x1b[0m" in coloured
    assert "\x1b[2J" not in coloured
    # 3 problems, 2 discrepancies, a broken suppression comment and the comment, 1 notice, the
    # summary: CR/LF in the data adds no line.
    assert plain.splitlines() == plain.rstrip("\n").split("\n")
    assert len(plain.splitlines()) == 9


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


def test_sarif_rules_carry_help_and_a_link_to_their_documentation() -> None:
    rules = json.loads(render("sarif", planted_report()))["runs"][0]["tool"]["driver"]["rules"]
    docs = (REPO / "docs" / "reports.md").read_text(encoding="utf-8")
    for rule in rules:
        assert rule["helpUri"] == f"{rules_doc_url()}#{rule['id']}"
        assert rules_doc_url().endswith("/docs/reports.md")
        assert f"\n### {rule['id']}\n" in docs, "the link's anchor is a heading of the page"
        assert rule["help"]["text"].startswith(rule["fullDescription"]["text"])
        assert len(rule["help"]["text"]) > len(rule["fullDescription"]["text"]) + 20
        assert f"]({rule['helpUri']})" in rule["help"]["markdown"]


def test_sarif_message_says_each_fact_once() -> None:
    text = "France expelled three diplomats.\n"
    found = finding(text, Verdict.contradicted, "France", "contradicts the record (count)", end_text="diplomats.",
                    discrepancies=(Discrepancy("count", "2 diplomats", "three diplomats"),))
    [result] = json.loads(render("sarif", Report((DocumentReport("a.md", text, (found,)),))))["runs"][0]["results"]
    assert result["message"]["text"] == "Contradicts the record (count: expected 2 diplomats, found three diplomats)"
    github = render("github", Report((DocumentReport("a.md", text, (found,)),)))
    assert "::contradicts the record%0Acount: expected 2 diplomats, found three diplomats\n" in github


def test_sarif_fingerprints_are_per_occurrence() -> None:
    sentence = "France expelled three diplomats."
    text = f"{sentence}\n\nSomething else.\n\n{sentence}\n"
    second = text.rindex(sentence)
    make = lambda at: Finding(  # noqa: E731
        Verdict.contradicted, position(text, at), position(text, at + len(sentence)), sentence, "m",
        planted_report().documents[0].findings[1].claim)
    first_finding, second_finding = make(0), make(second)
    doc = DocumentReport("a.md", text, (first_finding, second_finding))
    results = json.loads(render("sarif", Report((doc,))))["runs"][0]["results"]
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in results]
    assert len(set(prints)) == 2, "identical sentences stay two alerts"
    assert prints[0] == fingerprint(first_finding), "the first occurrence keeps the hash it always had"
    # Moving the pair elsewhere in the file keeps both identities.
    moved_text = "New lead.\n\n" + text
    shift = len("New lead.\n\n")
    moved = [replace(f, start=position(moved_text, f.start.offset + shift),
                     end=position(moved_text, f.end.offset + shift)) for f in (first_finding, second_finding)]
    again = json.loads(render("sarif", Report((DocumentReport("a.md", moved_text, tuple(moved)),))))
    assert [r["partialFingerprints"]["factcheck/v1"] for r in again["runs"][0]["results"]] == prints


def test_repository_root(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "desk" / "drafts").mkdir(parents=True)
    (tmp_path / "plain" / "sub").mkdir(parents=True)
    assert repository_root(tmp_path / "repo" / "desk" / "drafts") == str(tmp_path / "repo")
    config = tmp_path / "plain" / ".factcheck.toml"
    assert repository_root(tmp_path / "plain" / "sub", config) == str(tmp_path / "plain")
    assert repository_root(tmp_path / "plain" / "sub") == str(tmp_path / "plain" / "sub")


def test_sarif_and_annotations_name_files_from_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "draft.md").write_text("The two French diplomats were given 72 hours to leave Azerbaijan.\n", "utf-8")
    monkeypatch.chdir(desk)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    claims = str(REPO / "claims")
    assert main(["check", "draft.md", "--claims", claims, "--format", "sarif", "--report", "github:out.log"]) == 1
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "desk/draft.md"
    assert "::error file=desk/draft.md,line=1,col=1," in (desk / "out.log").read_text(encoding="utf-8")


# --- github ----------------------------------------------------------------------------------------------


def test_github_escaping_rules() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("a:b,c") == "a:b,c"


def test_github_output_cannot_be_hijacked_by_the_text() -> None:
    lines = render("github", injection_report()).splitlines()
    commands = [line for line in lines if line.startswith(("::error ", "::warning ", "::notice "))]
    assert [c.split(" ", 1)[0] for c in commands] == ["::error", "::warning", "::notice", "::error"]
    assert lines[0].startswith("::group::drafts/") and "::endgroup::" in lines
    assert not any(line.startswith("::error::") for line in lines), "injected command must not start a line"
    for command in commands:
        props, _sep, _message = command.split(" ", 1)[1].partition("::")
        pairs = dict(p.split("=", 1) for p in props.split(","))
        # The runner drops the columns of an annotation spanning lines: then only lines are sent.
        keys = {"file", "line", "endLine", "title"}
        if pairs["line"] == pairs["endLine"]:
            keys |= {"col", "endColumn"}
        assert set(pairs) == keys, command
    assert "line=3,endLine=5,title=factcheck uncovered-statement::" in commands[2]
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


ARTICLE_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "code", "pre", "blockquote",
    "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
}
PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "section", "div", "h1", "h2", "h3",
    "p", "ul", "ol", "li", "a", "mark", "span", "b", "br", "dl", "dt", "dd", "details", "summary",
}


def test_html_escapes_every_payload() -> None:
    page = render("html", injection_report(), show=Verdict.supported)
    for payload in PAYLOADS:
        if payload != JS_LINK:
            assert payload not in page
    assert JS_LINK in page, "a link to javascript: stays visible text, never a link"
    assert "<script" not in page.lower()
    assert 'onerror="' not in page, "the quote that would end an attribute is escaped"
    assert 'href="javascript:' not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "\x1b" not in page
    checker = check_html(page)
    assert not [name for name in checker.attrs if name.startswith("on")], "no event handler attribute"
    assert set(checker.tags) <= PAGE_TAGS | ARTICLE_TAGS
    assert all(href.startswith("#") for href in checker.hrefs)


def test_html_page_is_self_contained() -> None:
    page = render("html", planted_report())
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'none'" in page
    )
    assert " src=" not in page, "nothing is loaded: no images, scripts or frames"
    assert "@media print" in page and "@media (max-width" in page


def _sections(page: str) -> list[str]:
    return page.split('<section id="doc-')[1:]


def test_html_lists_problems_first_numbered_among_themselves() -> None:
    report = planted_report()
    page = render("html", report)
    checker = check_html(page)
    # Problems only (the suppressed contradiction is counted, not shown), numbered per document.
    assert [i for i in checker.ids if i.startswith("p-")] == ["p-1-1", "p-1-2", "p-1-3", "p-1-4", "p-2-1"]
    first, _second, third = _sections(page)
    titles = re.findall(r'<span class="title">([^<]*)</span>', first)
    assert titles == ["✗ Contradicts the record", "? Allegation stated as fact", "○ No claim record covers this",
                      "? Not settled by the record"]  # fmt: skip
    assert first.index('class="problems"') < first.index('<div class="article')
    assert "No problems found in this document." in third
    assert '<details><summary>The article</summary><div class="article">\n<p>Nothing here' in third
    # Agreements are counted in the summary but not listed, and nothing speaks in rule codes.
    assert '<li class="v-supported">✓ supported 3</li>' in page and "Counted but not listed: 3 supported." in page
    assert "<details class=\"agreements" not in page and "Consistent with the record" not in page
    assert "contradicted-claim" not in page and "column 1" not in page and "(duration)" not in page
    # Every problem links to its place in the article and back; every internal link has a target.
    assert all(h[1:] in checker.ids for h in checker.hrefs if h.startswith("#"))
    for n in range(1, 5):
        assert f'href="#p-1-{n}" title="problem {n}">{n}</a>' in first
    assert first.count('<a class="back" href="#m-1-') == 4


def test_html_folds_agreements_away_when_asked_for_them() -> None:
    page = render("html", planted_report(), show=Verdict.supported)
    check_html(page)
    first = _sections(page)[0]
    details = first.split('<details class="agreements v-supported">', 1)[1].split("</details>", 1)[0]
    assert "<summary>✓ 2 agreements with the record</summary>" in details
    assert "France has ordered two diplomats" in details
    assert "Counted but not listed" not in page
    assert first.index("</details>") < first.index('<div class="article')
    assert 'class="v-supported" title="Agrees with the record">France has ordered' in first


def test_html_highlights_the_conflicting_words_with_expected_and_found_beside_them() -> None:
    first = _sections(render("html", planted_report()))[0]
    card = first.split('id="p-1-1"', 1)[1].split("</li>", 1)[0]
    assert '<p class="quote">Earlier, Azerbaijan declared' in card
    assert '<mark class="hit">72 hours</mark> to go.</p>' in card
    assert (
        '<dt>duration</dt><dd>the record says <span class="expected">48 hours</span>; '
        'the text says <span class="found">72 hours</span></dd>'
    ) in card
    assert "The record gives 48 hours to leave, not 72 hours." in card
    assert 'Claim <a href="#c-' in card and "Source: france-azerbaijan-expulsions ¶4" in card
    article = first.split('<div class="article">', 1)[1]
    assert 'gave them <span class="hit">72 hours</span> to go.</mark>' in article
    # An allegation has no wrong word: the sentence is marked, no value inside it.
    arms = article.split("France is arming", 1)[1].split("</mark>", 1)[0]
    assert 'class="hit"' not in arms


def test_html_prefers_the_recorded_span_of_a_value() -> None:
    text = "Two were expelled, and two more left in two days.\n"
    second = text.index("two days")
    found = finding(text, Verdict.contradicted, "Two", "contradicts the record (duration)", end_text="days.",
                    discrepancies=(Discrepancy("duration", "48 hours", "two days", (second, second + 8)),))
    searched = replace(found, discrepancies=(Discrepancy("duration", "48 hours", "two"),))
    assert found.found_span(found.discrepancies[0], text) == (second, second + 8)
    assert searched.found_span(searched.discrepancies[0], text) == (0, 3), "searched: the first, case ignored"
    page = render("html", Report((DocumentReport("a.txt", text, (found,)),)))
    assert 'left in <mark class="hit">two days</mark>.</p>' in page
    assert 'left in <span class="hit">two days</span>.</mark>' in page


def test_html_renders_the_article_as_published() -> None:
    text = (
        "---\ntitle: Front matter stays hidden\n---\n\n"
        "# Paris and Baku\n\n"
        "<!-- desk note: hidden from readers -->\n\n"
        "France *expelled **three** diplomats. Baku* gave them 72 hours, said the "
        "[ministry](https://example.org/a?b=1&c=2).\n\n"
        "| Month | Event |\n| --- | --- |\n| October | talks |\n\n"
        "![a map](map.png) <b>raw</b> [bad](javascript:alert(1))\n"
    )
    three = finding(text, Verdict.contradicted, "France *expelled", "contradicts the record (count)",
                    end_text="diplomats.", discrepancies=(Discrepancy("count", "2 diplomats", "three diplomats"),))
    hours = finding(text, Verdict.contradicted, "Baku* gave", "contradicts the record (deadline)",
                    end_text="2).", discrepancies=(Discrepancy("deadline", "48 hours", "72 hours"),))
    page = render("html", Report((DocumentReport("story.md", text, (three, hours)),)))
    checker = check_html(page)
    article = page.split('<div class="article">', 1)[1].split("</div>", 1)[0]
    assert "<h1>Paris and Baku</h1>" in article
    assert "Front matter" not in page and "title:" not in article and "desk note" not in page
    assert "<table>" in article and "<td>October</td>" in article
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer"><mark class="v-contradicted" ' \
        'title="Contradicts the record">ministry</mark></a>' in article
    assert '<span class="image">[image: a map]</span>' in article and "<img" not in page
    assert "&lt;b&gt;raw&lt;/b&gt;" in article and "[bad](javascript:alert(1))" in article
    assert "<a>" not in article, "no link without a safe target here"
    # A highlight that starts inside emphasis and ends outside it is split at the tags, never mis-nested.
    assert "<em>" in article and "<strong>" in article
    assert '<strong><mark class="v-contradicted" title="Contradicts the record"><span class="hit">three</span>' \
        in article
    assert set(checker.tags) <= PAGE_TAGS | ARTICLE_TAGS
    assert article.count(' id="m-1-') == 2 and article.count('class="ref') == 2


def test_html_plain_text_keeps_paragraphs_and_merges_overlaps() -> None:
    text = "One.\n\nTwo three.\n"
    doc = DocumentReport(
        "x.txt",
        text,
        (
            finding(text, Verdict.unverified, "One.", "a", end_text="Two"),
            finding(text, Verdict.contradicted, "Two three.", "b"),
            finding(text, Verdict.supported, "three.", "c", end_text="\n"),
        ),
    )
    page = render("html", Report((doc,)), show=Verdict.supported)
    check_html(page)
    article = page.split('<div class="article plain">', 1)[1].split("</div>", 1)[0]
    # One highlight for the three overlapping findings, coloured by the worst, across two paragraphs.
    assert article.count(' id="m-') == 1 and article.count("<p>") == 2
    assert '<p><mark id="m-1-1" class="v-contradicted"' in article
    assert article.count("<mark ") == 2
    assert re.findall(r'href="#p-1-(\d)"', article) == ["1", "2"]


def test_html_links_the_claim_and_its_source() -> None:
    text = "They had 72 hours.\n"
    linked = replace(planted_report().documents[0].findings[1].claim, url="https://example.org/story")
    hostile = replace(linked, id="other", url="javascript:alert(1)")
    one = finding(text, Verdict.contradicted, "They", "m", end_text="hours.", claim=linked)
    two = finding(text, Verdict.unverified, "They", "m", end_text="hours.", claim=hostile)
    page = render("html", Report((DocumentReport("a.md", text, (one, two)),)))
    check_html(page)
    assert page.count('<a href="https://example.org/story" rel="noopener noreferrer">france-azerbaijan') == 2
    assert "javascript:" not in page
    claims = page.split('<section id="claims">', 1)[1]
    assert re.findall(r'<li id="(c-\d)"><b>([^<]*)</b>', claims) == [("c-1", "az-expels-fr-staff"), ("c-2", "other")]
    assert 'Claim <a href="#c-1">az-expels-fr-staff</a>' in page


def test_html_neutralises_marker_characters_in_the_article() -> None:
    text = "Odd \ue000\ue100\ue004 text\ue001\ue100\ue004 here. Then 72 hours.\n"
    found = finding(text, Verdict.contradicted, "Then", "m", end_text="hours.",
                    discrepancies=(Discrepancy("duration", "48 hours", "72 hours"),))
    page = render("html", Report((DocumentReport("a.md", text, (found,)),)))
    check_html(page)
    article = page.split('<div class="article">', 1)[1]
    assert article.count("<mark ") == 1 and "Odd \ufffd\ufffd\ufffd text" in article
    assert not re.search("[\ue000-\ue1ff]", page)


def _html_seconds(sentences: int) -> float:
    text = "".join(f"Item {i} gave them 72 hours to go.{chr(10) * 2 if i % 5 == 4 else ' '}" for i in range(sentences))
    findings, at = [], 0
    for i in range(sentences):
        start = text.index(f"Item {i} ", at)
        at = text.index("go.", start) + 3
        verdict = (Verdict.contradicted, Verdict.supported, Verdict.unverified)[i % 3]
        findings.append(Finding(verdict, Position(start, 1, 1), Position(at, 1, 1), text[start:at],
                                "contradicts the record (duration)", None,
                                (Discrepancy("duration", "48 hours", "72 hours"),)))
    report = Report((DocumentReport("big.md", text, tuple(findings)),))
    formatter = get_formatter("html", show=Verdict.supported)
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        formatter.render(report)
        best = min(best, time.perf_counter() - started)
    return best


def test_html_report_time_grows_linearly() -> None:
    small, large = _html_seconds(2000), _html_seconds(8000)
    # Four times the sentences: about four times the time; a quadratic page would take sixteen.
    assert large < 8 * small + 0.05, (small, large)


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
        "invalid-suppression",
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
    assert '<li id="p-1-3" class="problem v-uncovered"><p class="head"><span class="num">3</span> ' in page
    assert '<span class="title">○ No claim record covers this</span>' in page
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


def test_write_atomic_never_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    with pytest.raises(OSError, match="symbolic link"):
        write_atomic(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "old"


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


# --- what the command line lists ------------------------------------------------------------------------


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["check", "examples/desk-draft.md", "--claims", str(REPO / "claims"), "--format", "text", *args])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def test_cli_show_and_quiet_change_the_listing_never_the_exit_status(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code, default, _err = _check(capsys)
    verdicts = [re.match(r"\S+: (\w+)", line)[1] for line in default[:-1] if not line.startswith(" ")]  # type: ignore[index]
    assert code == 1 and verdicts and set(verdicts) <= {"contradicted", "unverified"}
    summary = default[-1]
    assert re.fullmatch(r"\d+ contradicted, \d+ unverified, (\d+) supported \(0 suppressed\) in 1 document", summary)
    agreements = int(summary.split(" supported")[0].rsplit(" ", 1)[1])
    code_all, everything, _err = _check(capsys, "--show", "all")
    assert code_all == 1 and everything[-1] == summary
    assert sum(" supported " in line for line in everything[:-1]) == agreements > 0
    assert _check(capsys, "--quiet") == (1, [summary], "")
    code_worst, worst, _err = _check(capsys, "--show", "contradicted", "--fail-on", "unverified")
    assert code_worst == 1 and not any(" unverified " in line for line in worst[:-1]) and worst[-1] == summary
    assert _check(capsys, "--quiet", "--fail-on", "never")[0] == 0


def test_cli_takes_show_from_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "desk-draft.md").write_bytes((REPO / "examples" / "desk-draft.md").read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / ".factcheck.toml").write_text('show = "all"\n', encoding="utf-8")
    _code, lines, _err = _check(capsys)
    assert any(" supported " in line for line in lines[:-1])
    _code, lines, _err = _check(capsys, "--show", "problems")
    assert not any(" supported " in line for line in lines[:-1]), "the flag wins over the file"
    (tmp_path / ".factcheck.toml").write_text('show = "everything"\n', encoding="utf-8")
    code, _lines, err = _check(capsys)
    assert code == 2 and "show: expected one of all, problems, unverified, contradicted, got 'everything'" in err


# --- suppression comments that cannot be used, and notices ------------------------------------------

MISSPELT = "unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?"
STRAY = "factcheck-enable without a factcheck-disable before it"
MISSPELT_COMMENT = "<!-- factcheck-ignore-nxt az-expels-fr-staff -->"


def test_text_lists_broken_suppression_comments_in_document_order_at_every_show_level() -> None:
    report = directives_report()
    for show in (Verdict.supported, Verdict.uncovered, Verdict.contradicted):
        lines = render("text", report, show=show).splitlines()
        assert lines[:4] == [
            f"drafts/suppressions.md:3:1: invalid-suppression: {MISSPELT}",
            f"    {MISSPELT_COMMENT}",
            "drafts/suppressions.md:4:1: contradicted az-expels-fr-staff: contradicts the record",
            "    duration: expected 48 hours, found 72 hours",
        ]
        assert f"drafts/suppressions.md:8:1: invalid-suppression: {STRAY}" in lines
        assert lines[-2:] == [
            f"note: {LONG_SENTENCE_NOTICE}",
            "1 contradicted, 0 unverified, 0 supported (0 suppressed) in 2 documents; 3 invalid suppression comments",
        ]
    quiet = render("text", report, quiet=True).splitlines()
    assert quiet == [f"note: {LONG_SENTENCE_NOTICE}", lines[-1]], "the summary alone still says why the run fails"
    assert "invalid suppression" not in render("text", planted_report())


def test_json_reports_broken_suppression_comments_per_document() -> None:
    data = json.loads(render("json", directives_report()))
    schema = json.loads((REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    first, clean = data["documents"]
    assert clean["directive_problems"] == []
    assert first["directive_problems"][0] == {
        "rule": "invalid-suppression",
        "line": 3, "column": 1, "end_line": 3, "end_column": 49, "start": 35, "end": 83,
        "comment": "factcheck-ignore-nxt az-expels-fr-staff",
        "message": MISSPELT,
    }  # fmt: skip
    for problem in first["directive_problems"]:
        assert DIRECTIVES_TEXT[problem["start"] : problem["end"]] == f"<!-- {problem['comment']} -->"
    assert [p["line"] for p in first["directive_problems"]] == [3, 8, 9]
    assert data["notices"] == [LONG_SENTENCE_NOTICE]
    wrong = json.loads(render("json", directives_report()))
    wrong["documents"][0]["directive_problems"][0]["rule"] = "contradicted-claim"
    assert not jsonschema.Draft202012Validator(schema).is_valid(wrong)
    # A report written before broken comments were reported still validates.
    del data["documents"][0]["directive_problems"], data["documents"][1]["directive_problems"]
    jsonschema.Draft202012Validator(schema).validate(data)


def test_sarif_reports_broken_suppression_comments_under_their_own_rule() -> None:
    run = json.loads(render("sarif", directives_report()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    broken = [r for r in run["results"] if r["ruleId"] == "invalid-suppression"]
    assert len(broken) == 3
    rule = rules[broken[0]["ruleIndex"]]
    assert rule["id"] == "invalid-suppression" and rule["defaultConfiguration"] == {"level": "error"}
    assert "factcheck-ignore-next" in rule["help"]["text"] and rule["helpUri"].endswith("#invalid-suppression")
    assert [r["message"]["text"] for r in broken] == [
        "Unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?", STRAY,
        "Unknown directive 'factcheck-ignore-nxt'; did you mean factcheck-ignore-next?",
    ]  # fmt: skip
    location = broken[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "drafts/suppressions.md", "uriBaseId": "%SRCROOT%"}
    region = location["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 1, 3, 49)
    assert region["snippet"]["text"] == MISSPELT_COMMENT
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in broken]
    assert len(set(prints)) == 3, "the same comment written twice stays two alerts"
    # Moving the comments down the file keeps their identities.
    moved_text = "A new first line.\n\n" + DIRECTIVES_TEXT
    shift = len("A new first line.\n\n")
    doc = directives_report().documents[0]
    moved = replace(doc, text=moved_text, findings=(), directive_problems=tuple(
        replace(p, start=position(moved_text, p.start.offset + shift), end=position(moved_text, p.end.offset + shift))
        for p in doc.directive_problems))
    again = json.loads(render("sarif", Report((moved,))))["runs"][0]["results"]
    assert [r["partialFingerprints"]["factcheck/v1"] for r in again] == prints
    assert again[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    [invocation] = run["invocations"]
    assert invocation["toolExecutionNotifications"] == [
        {"level": "warning", "message": {"text": LONG_SENTENCE_NOTICE}}]


def test_github_annotates_broken_suppression_comments_on_their_line() -> None:
    lines = render("github", directives_report()).splitlines()
    assert lines[:3] == [
        "::group::drafts/suppressions.md",
        "::error file=drafts/suppressions.md,line=3,col=1,endLine=3,endColumn=49,title=factcheck invalid-suppression::"
        f"{MISSPELT}%0A{MISSPELT_COMMENT}",
        "::error file=drafts/suppressions.md,line=4,col=1,endLine=4,endColumn=57,"
        "title=factcheck contradicted-claim (az-expels-fr-staff)::contradicts the record%0A"
        "duration: expected 48 hours, found 72 hours",
    ]
    assert f"::notice::{LONG_SENTENCE_NOTICE}" in lines
    assert lines[-1].endswith("; 3 invalid suppression comments")
    # A file whose only problem is a broken comment still gets its group.
    doc = directives_report().documents[0]
    only = render("github", Report((replace(doc, findings=()),)))
    assert only.startswith("::group::drafts/suppressions.md\n::error ") and only.count("::error ") == 3


def test_junit_fails_a_case_for_broken_suppression_comments_at_every_fail_level() -> None:
    for level in (None, Verdict.contradicted, Verdict.uncovered):
        root = ET.fromstring(render("junit", directives_report(), fail_level=level))
        suite = root.find("testsuite[@name='drafts/suppressions.md']")
        assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("2", "2")
        failure = suite.find("testcase[@name='invalid-suppression']/failure")
        assert failure is not None and failure.get("type") == "invalid-suppression"
        assert failure.get("message") == MISSPELT
        text = failure.text or ""
        assert f"3:1: {MISSPELT}\n  comment: {MISSPELT_COMMENT}" in text
        assert f"8:1: {STRAY}" in text and "\n9:1: " in text
        out = suite.find("system-out")
        assert out is not None and out.text == LONG_SENTENCE_NOTICE
        assert root.find("testsuite[@name='notes/clean.md']/system-out") is None
    # A notice about no document of the report is still written, at the root.
    root = ET.fromstring(render("junit", injection_report()))
    assert (root.findtext("system-out") or "").startswith("notice with <script>")


def test_markdown_lists_broken_suppression_comments_after_the_contradictions() -> None:
    output = render("markdown", directives_report())
    assert output.splitlines()[2].endswith("; 3 invalid suppression comments")
    section = output.split("## ✗ Suppression comments that cannot be used (3)\n\n", 1)[1]
    assert section.startswith(f"- **drafts/suppressions.md:3** `{MISSPELT_COMMENT}` — {MISSPELT}\n")
    assert output.index("## ✗ Contradicted claims") < output.index("## ✗ Suppression comments")
    assert f"> {LONG_SENTENCE_NOTICE}".replace("(", "\\(").replace(")", "\\)") in output
    # The comment's text is the article's: in a code span it can neither add markup nor leave the span.
    rendered = MarkdownIt("commonmark").render(render("markdown", injection_report()))
    assert "<script" not in rendered and "<a " not in rendered
    assert "<code>&lt;!-- factcheck-ignore &lt;script&gt;" in rendered
    assert "Suppression comments" not in render("markdown", planted_report())


def test_html_lists_broken_suppression_comments_after_the_problems() -> None:
    page = render("html", directives_report())
    check_html(page)
    assert '<li class="v-contradicted">✗ 3 invalid suppression comments</li>' in page
    assert f"<li>{LONG_SENTENCE_NOTICE}</li>" in page
    first, clean = _sections(page)
    listing = first.split("<h3>3 suppression comments that cannot be used</h3>", 1)[1].split("</ul>", 1)[0]
    assert first.index('class="problems"') < first.index("<h3>3 suppression comments")
    assert [int(n) for n in re.findall(r'<span class="meta">line (\d+)</span>', listing)] == [3, 8, 9]
    assert "<code>&lt;!-- factcheck-ignore-nxt az-expels-fr-staff --&gt;</code>" in listing
    assert "Unknown directive &#x27;factcheck-ignore-nxt&#x27;; did you mean factcheck-ignore-next?" in listing
    assert "suppression comment" not in clean
    # A document whose only problem is a broken comment does not say it has none.
    doc = directives_report().documents[0]
    alone = render("html", Report((replace(doc, findings=()),)))
    assert "No problems found" not in alone and "<h3>3 suppression comments that cannot be used</h3>" in alone


#: How each format names the broken comment of the real run below: where it is, and the comment.
REAL_RUN_PROBLEM = {
    "text": "draft.md:3:1: invalid-suppression: unknown directive 'factcheck-ignor'",
    "json": '"line": 3,\n          "column": 1,\n          "end_line": 3,\n          "end_column": 59,',
    "markdown": "- **draft.md:3** `<!-- factcheck-ignor french-diplomats-48-hour-deadline -->` — unknown directive",
    "html": '<span class="meta">line 3</span></p><p><code>&lt;!-- factcheck-ignor french-diplomats',
    "sarif": '"ruleId": "invalid-suppression",\n          "ruleIndex": 5,',
    "github": "::error file=draft.md,line=3,col=1,endLine=3,endColumn=59,title=factcheck invalid-suppression::",
    "junit": "<failure message=\"unknown directive 'factcheck-ignor'; did you mean factcheck-ignore-next?\" "
             'type="invalid-suppression">3:1: unknown directive',
}


@pytest.mark.parametrize("name", ALL)
def test_every_format_carries_the_broken_comments_and_notices_of_a_real_run(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "draft.md").write_text(
        "# Expulsions\n\n<!-- factcheck-ignor french-diplomats-48-hour-deadline -->\n"
        "The two French diplomats were given 72 hours to leave Azerbaijan.\n\n"
        + "Paris and Baku " + "traded words, " * 2000 + "and nothing else.\n",
        encoding="utf-8")
    args = ["check", "draft.md", "--claims", str(REPO / "claims"), "--format", name]
    assert main([*args, "--fail-on", "never"]) == 0, "fail_on never lets a broken comment pass, as everything else"
    out = capsys.readouterr().out
    assert REAL_RUN_PROBLEM[name] in out
    assert re.search(r"draft\.md:6: a sentence of [\d,]+ characters is too long to analyse", out)
    assert main([*args, "--quiet"]) == 1
    capsys.readouterr()


def test_documentation_address_comes_from_the_package_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["urls"]["Documentation"] == base.DEFAULT_DOCS_URL, "the fallback is the same address"
    assert pyproject["project"]["name"] == base.DISTRIBUTION

    class Metadata:
        def __init__(self, urls: list[str]) -> None:
            self.urls = urls

        def get_all(self, key: str) -> list[str] | None:
            return self.urls if key == "Project-URL" else None

    def installed(urls: list[str]) -> Any:
        return lambda name: Metadata(urls) if name == base.DISTRIBUTION else None

    def missing(name: str) -> Any:
        raise importlib.metadata.PackageNotFoundError(name)

    try:
        monkeypatch.setattr(importlib.metadata, "metadata", installed(
            ["Homepage, https://example.org/", "Documentation, https://docs.example.org/factcheck/"]))
        base.docs_url.cache_clear()
        rules = json.loads(render("sarif", planted_report()))["runs"][0]["tool"]["driver"]["rules"]
        assert rules[0]["helpUri"] == "https://docs.example.org/factcheck/reports.md#contradicted-claim"
        monkeypatch.setattr(importlib.metadata, "metadata", installed(["Homepage, https://example.org/"]))
        base.docs_url.cache_clear()
        assert base.docs_url() == base.DEFAULT_DOCS_URL
        monkeypatch.setattr(importlib.metadata, "metadata", missing)
        base.docs_url.cache_clear()
        assert base.docs_url() == base.DEFAULT_DOCS_URL
    finally:
        base.docs_url.cache_clear()
