"""The writing rules of docs/claims.md as ``validate`` runs them: each rule with claims it must let pass and
claims it must warn about, one table row per example.

Every example is a small claims base written to a temporary folder and loaded the way ``validate`` loads it,
so the pointers and lines in the warnings are the ones an editor would see.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck import lint
from factcheck.claimbase import ClaimBase
from factcheck.loader import load_files

ENTITIES: list[dict[str, Any]] = [
    {"id": "france", "name": "France", "kind": "country", "demonyms": ["French"]},
    {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country", "demonyms": ["Azerbaijani", "Azeri"]},
    {"id": "paris", "name": "Paris", "kind": "place", "part_of": "france"},
    {"id": "aliyev", "name": "Ilham Aliyev", "kind": "person", "aliases": ["President Aliyev"]},
]
ACTOR_FR = {"kind": "actor", "entity": "france"}
TARGET_AZ = {"kind": "target", "entity": "azerbaijan"}
TWO_DIPLOMATS = {"kind": "count", "number": 2, "noun": "diplomats"}

SOURCE = """\
Envoys expelled

France ordered two Azerbaijani diplomats to leave the country within two days, the foreign ministry in Paris said.

The ministry called the step a measured answer to an earlier decision taken in Baku.

Azerbaijan didn’t comment on the expulsions.
"""


def claim(claim_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": claim_id, "statement": f"Statement of {claim_id}.", **fields}


def prov(paragraph: int) -> dict[str, Any]:
    return {"source": "story", "paragraph": paragraph}


# rule, claims (with the shared ENTITIES), extra entities, whether the source text is given,
# the pointers the rule must warn at (empty: the example must pass)
Case = tuple[str, list[dict[str, Any]], list[dict[str, Any]], bool, list[str]]

CASES: list[tuple[str, Case]] = [
    ("lowercase keywords pass", ("keyword-case", [claim("a", keywords=["expel", "persona non grata"])], [], False, [])),
    ("capitalised keyword", ("keyword-case", [claim("a", keywords=["expel", "Expulsion"])], [], False,
                             ["/claims/0/keywords/1"])),
    ("plain keyword passes", ("keyword-possessive", [claim("a", keywords=["azerbaijan ambassador"])], [], False,
                              [])),
    ("possessive keyword", ("keyword-possessive", [claim("a", keywords=["azerbaijan's ambassador"])], [], False,
                            ["/claims/0/keywords/0"])),
    ("nested keyword without a rival", ("keyword-overlap", [
        claim("a", keywords=["unwelcome", "declared unwelcome"])], [], False, [])),
    ("nested keyword shared by both", ("keyword-overlap", [
        claim("a", keywords=["unwelcome", "declared unwelcome"]),
        claim("b", keywords=["unwelcome", "declared unwelcome"])], [], False, [])),
    ("nested keyword splits rivals", ("keyword-overlap", [
        claim("a", keywords=["unwelcome", "declared unwelcome"]),
        claim("b", keywords=["unwelcome"])], [], False, ["/claims/0/keywords/0"])),
    ("inflection of the same phrase", ("keyword-overlap", [
        claim("a", keywords=["walk out", "walked out"]), claim("b", keywords=["walk out"])], [], False, [])),
    ("action keyword", ("keyword-is-a-name", [claim("a", keywords=["expel", "president aliyev"])], [], False, [])),
    ("country name as keyword", ("keyword-is-a-name", [claim("a", keywords=["expel", "france"])], [], False,
                                 ["/claims/0/keywords/1"])),
    ("demonym as keyword", ("keyword-is-a-name", [claim("a", keywords=["azeri"])], [], False,
                            ["/claims/0/keywords/0"])),
    ("mirrors share keywords", ("mirror-keywords", [
        claim("a", keywords=["expel", "oust"], values=[ACTOR_FR, TARGET_AZ]),
        claim("b", keywords=["oust", "expel"], values=[{"kind": "actor", "entity": "azerbaijan"},
                                                       {"kind": "target", "entity": "france"}])], [], False, [])),
    ("mirrors differ", ("mirror-keywords", [
        claim("a", keywords=["expel", "oust"], values=[ACTOR_FR, TARGET_AZ]),
        claim("b", keywords=["expel"], values=[{"kind": "actor", "entity": "azerbaijan"},
                                               {"kind": "target", "entity": "france"}])], [], False,
                        ["/claims/0/keywords"])),
    ("different events, different keywords", ("mirror-keywords", [
        claim("a", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ]),
        claim("b", keywords=["summon"], values=[{"kind": "actor", "entity": "azerbaijan"},
                                                {"kind": "target", "entity": "france"}])], [], False, [])),
    ("claims told apart by a party", ("hidden-claim", [
        claim("a", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS]),
        claim("b", keywords=["expel"], values=[{"kind": "actor", "entity": "azerbaijan"},
                                               {"kind": "target", "entity": "france"}])], [], False, [])),
    ("claims told apart by a count", ("hidden-claim", [
        claim("a", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS]),
        claim("b", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ,
                                               {"kind": "count", "number": 4, "noun": "diplomats"}])], [], False, [])),
    ("no shared keyword", ("hidden-claim", [
        claim("a", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS]),
        claim("b", keywords=["summon"], values=[ACTOR_FR, TARGET_AZ])], [], False, [])),
    ("a claim recording less hides one recording more", ("hidden-claim", [
        claim("a", keywords=["expel"], values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS]),
        claim("b", keywords=["expel", "oust"], values=[ACTOR_FR, TARGET_AZ])], [], False, ["/claims/0"])),
    ("an allegation hidden by a verified claim", ("hidden-claim", [
        claim("a", keywords=["arm"], status="alleged", attribution=["aliyev"], values=[ACTOR_FR]),
        claim("b", keywords=["arm"], values=[ACTOR_FR])], [], False, ["/claims/0"])),
    ("one slot per figure", ("value-slot", [claim("a", values=[
        {"kind": "duration", "iso": "PT48H", "slot": "deadline"}, {"kind": "duration", "iso": "P30Y"}])],
        [], False, [])),
    ("two actors of a joint decision", ("value-slot", [claim("a", values=[
        ACTOR_FR, {"kind": "actor", "entity": "azerbaijan"}])], [], False, [])),
    ("two dates under one name", ("value-slot", [claim("a", values=[
        {"kind": "date", "year": 2023}, {"kind": "date", "year": 2024}])], [], False, ["/claims/0/values/1"])),
    ("short anchor", ("anchor-length", [claim("a", provenance={"source": "story", "anchor": "two Azerbaijani "
                                                                                         "diplomats"})],
                      [], False, [])),
    ("long anchor", ("anchor-length", [claim("a", provenance={
        "source": "story", "anchor": "France ordered two Azerbaijani diplomats to leave the country"})],
        [], False, ["/claims/0/provenance/anchor"])),
    ("countries with adjectives", ("country-demonym", [], [], False, [])),
    ("country without adjective", ("country-demonym", [], [{"id": "spain", "name": "Spain", "kind": "country"}],
                                   False, ["/entities/4"])),
    ("own words", ("copied-statement", [claim("a", statement="France told two envoys of Azerbaijan to go.",
                                              provenance=prov(2))], [], True, [])),
    ("copied statement", ("copied-statement", [claim(
        "a", statement="France ordered two Azerbaijani diplomats to leave the country within two days.",
        aliases=["Two envoys were expelled."], provenance=prov(2))], [], True, ["/claims/0/statement"])),
    ("copied statement, no source given", ("copied-statement", [claim(
        "a", statement="France ordered two Azerbaijani diplomats to leave the country within two days.",
        provenance=prov(2))], [], False, [])),
    ("keyword in the cited paragraph", ("keyword-reach", [claim("a", keywords=["order", "expel"],
                                                                provenance=prov(2))], [], True, [])),
    ("keywords missing from the cited paragraph", ("keyword-reach", [
        claim("a", keywords=["expel", "oust"], provenance=prov(2))], [], True, ["/claims/0/keywords"])),
    # the paragraph is read as the checker reads it: a curly apostrophe is a plain one
    ("keyword with an apostrophe, source with a curly one", ("keyword-reach", [
        claim("a", keywords=["didn't comment"], provenance=prov(4))], [], True, [])),
    ("keyword with an apostrophe missing from the cited paragraph", ("keyword-reach", [
        claim("a", keywords=["didn't deny"], provenance=prov(4))], [], True, ["/claims/0/keywords"])),
    ("a claim its source confirms", ("unconfirmed-by-source", [
        claim("a", statement="France ordered two Azerbaijani diplomats to leave.", keywords=["order"],
              values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS], provenance=prov(2))], [], True, [])),
    ("a claim its source confirms, no source given", ("unconfirmed-by-source", [
        claim("a", statement="France ordered two Azerbaijani diplomats to leave.", keywords=["summon"],
              values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS], provenance=prov(2))], [], False, [])),
    ("a claim no sentence of its source confirms", ("unconfirmed-by-source", [
        claim("a", statement="France summoned two Azerbaijani diplomats.", keywords=["summon"],
              values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS], provenance=prov(2))], [], True, ["/claims/0"])),
]


def warned(tmp_path: Path, case: Case) -> list[str]:
    rule_name, claims, entities, with_source, _expected = case
    document = {"source": {"id": "story"}, "entities": [*ENTITIES, *entities], "claims": claims}
    path = tmp_path / "story.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    files, problems = load_files([path])
    assert problems == [], problems
    (rule,) = [r for r in lint.RULES if r.name == rule_name]
    advice = lint.lint(files, {"story": SOURCE} if with_source else {}, [rule])
    assert all(a.rule == rule_name and a.problem.path == str(path) and a.problem.line for a in advice)
    return [a.problem.pointer or "" for a in advice]


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[name for name, _ in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    assert warned(tmp_path, case) == case[4]


def test_every_rule_has_examples_that_pass_and_that_fail() -> None:
    names = [rule.name for rule in lint.RULES]
    assert len(names) == len(set(names))
    for name in names:
        outcomes = {bool(case[4]) for _, case in CASES if case[0] == name}
        assert outcomes == {True, False}, name


def test_warnings_come_in_file_and_line_order(tmp_path: Path) -> None:
    for name, keywords in (("b.json", ["Expel"]), ("a.json", ["Oust", "Evict"])):
        (tmp_path / name).write_text(json.dumps({"claims": [claim(name[0], keywords=keywords)]}, indent=1),
                                     encoding="utf-8")
    files, _problems = load_files([tmp_path])
    advice = lint.lint(files)
    assert [(Path(a.problem.path).name, a.problem.pointer) for a in advice] == [
        ("a.json", "/claims/0/keywords/0"), ("a.json", "/claims/0/keywords/1"), ("b.json", "/claims/0/keywords/0")]
    assert str(advice[0]).endswith("warning: keyword 'Oust' should be lowercase: 'oust' [keyword-case]")
    assert advice[0].as_json()["rule"] == "keyword-case"


def test_a_plain_text_source_is_read_as_check_reads_it(tmp_path: Path) -> None:
    """A source given as a .txt file is plain text for the lint rules too: its indented paragraphs are
    sentences, not a Markdown code block that would leave every claim unconfirmed."""
    path = tmp_path / "story.json"
    confirmed = claim("a", statement="France ordered two Azerbaijani diplomats to leave.", keywords=["order"],
                      values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS], provenance=prov(2))
    path.write_text(json.dumps({"source": {"id": "story"}, "entities": ENTITIES, "claims": [confirmed]}),
                    encoding="utf-8")
    files, _problems = load_files([path])
    indented = "\n".join("    " + line if line else line for line in SOURCE.splitlines())
    (rule,) = [r for r in lint.RULES if r.name == "unconfirmed-by-source"]
    assert lint.lint(files, {"story": indented}, [rule], source_paths={"story": "story.txt"}) == []
    # read as Markdown, the same text is one code block, and the claim goes unconfirmed
    assert [a.problem.pointer for a in lint.lint(files, {"story": indented}, [rule],
                                                 source_paths={"story": "story.md"})] == ["/claims/0"]


def test_claims_with_schema_errors_are_not_linted(tmp_path: Path) -> None:
    """A claim is judged once it is fixed: its remains would give advice about the wrong thing."""
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"claims": [claim("a", keywords=["Expel"], colour="red"),
                                           claim("b", keywords=["Oust"])]}), encoding="utf-8")
    files, problems = load_files([path], partial=True)
    assert [p.pointer for p in problems] == ["/claims/0"]
    assert [a.problem.pointer for a in lint.lint(files)] == ["/claims/1/keywords/0"]


def test_the_hidden_claim_warning_tells_the_truth(tmp_path: Path) -> None:
    """The checker really drops the contradiction the warning predicts, and reports it once the cover is gone."""
    claims = [claim("a", statement="France expelled two Azerbaijani diplomats.", keywords=["expel"],
                    values=[ACTOR_FR, TARGET_AZ, TWO_DIPLOMATS]),
              claim("b", statement="France declared Azerbaijani diplomats unwelcome.", keywords=["expel"],
                    values=[ACTOR_FR, TARGET_AZ])]
    case: Case = ("hidden-claim", claims, [], False, ["/claims/0"])
    assert warned(tmp_path, case) == ["/claims/0"]
    files, _ = load_files([tmp_path / "story.json"])
    record = files[0].record
    text = "France expelled three Azerbaijani diplomats on Tuesday."

    def verdicts(base: ClaimBase) -> set[tuple[str, str]]:
        return {(f.claim.id if f.claim else "", f.verdict.value) for _doc, f in base.check(text).findings()}

    assert ("a", "contradicted") not in verdicts(ClaimBase(record.claims, record.entities))
    assert ("a", "contradicted") in verdicts(ClaimBase(record.claims[:1], record.entities))


def test_self_check_locates_a_contradiction_in_the_claims_file(tmp_path: Path) -> None:
    claims = [claim("a", statement="France expelled two Azerbaijani diplomats.", keywords=["order", "expel"],
                    values=[ACTOR_FR, TARGET_AZ, {"kind": "count", "number": 3, "noun": "diplomats"}],
                    provenance=prov(2)),
              claim("b", statement="Paris called it a measured answer.", keywords=["measured answer"],
                    values=[ACTOR_FR], provenance=prov(3))]
    path = tmp_path / "story.json"
    text = json.dumps({"source": {"id": "story"}, "entities": ENTITIES, "claims": claims}, indent=1)
    path.write_text(text, encoding="utf-8")
    files, _ = load_files([path])
    (problem,) = lint.self_check(files, "story", SOURCE, "story.md")
    assert problem.pointer == "/claims/0"
    id_line = next(n for n, line in enumerate(text.splitlines(), 1) if '"id": "a"' in line)
    assert problem.line == id_line - 1  # the claim's opening brace
    assert "its own source contradicts it at story.md:3:" in problem.message
    assert "expected 3 diplomats" in problem.message
    assert lint.self_check(files, "other-story", SOURCE, "story.md") == []
