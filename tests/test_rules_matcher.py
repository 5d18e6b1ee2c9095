"""Every decision rule of the matcher (:mod:`factcheck.matcher`) with examples that must pass and must fail.

The claim base is built here from Python dicts, one claims file per story: a diplomatic row, an earthquake,
a court sentence, a company deal and a football transfer, each with its own source. Each table holds rows
``(text, expectation)``. The text is one sentence, or a tuple of sentences read as one document, whose
last sentence is the one judged. The expectation is a ";"-separated list of ``claim=verdict``:

* ``expelled=supported``, ``=contradicted``, ``=unverified``: that claim gets that verdict on the sentence;
  ``expelled=contradicted:count`` also names the field of a discrepancy;
* ``expelled=-``: no finding for that claim; ``expelled=!contradicted``: any verdict but that one;
* ``*=-``: no claim is reported at all; ``uncovered=yes`` / ``uncovered=no``: the sentence is (not) reported
  as a checkable statement no claim covers.

"Must pass" rows show a rule's reading applying; "must fail" rows show where it must not. Rows the code
gets wrong today are ``xfail(strict=True)`` with the verdict expected and what the code does instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factcheck.claimbase import ClaimBase, build, load_claims
from factcheck.document import read_text
from factcheck.entities import EntityRegistry
from factcheck.findings import Finding, Verdict
from factcheck.kinds.numbers import hedge
from factcheck.matcher import Matcher
from factcheck.mentions import extract
from factcheck.records import ClaimsFile, Entity

ENTITIES = {"entities": [
    {"id": "norway", "name": "Norway", "kind": "country", "demonyms": ["Norwegian"]},
    {"id": "chile", "name": "Chile", "kind": "country", "demonyms": ["Chilean"]},
    {"id": "oslo", "name": "Oslo", "kind": "place", "part_of": "norway"},
    {"id": "santiago", "name": "Santiago", "kind": "place", "part_of": "chile"},
    {"id": "peru", "name": "Peru", "kind": "country", "demonyms": ["Peruvian"]},
    {"id": "finland", "name": "Finland", "kind": "country", "demonyms": ["Finnish"]},  # in no claim
    {"id": "nepal", "name": "Nepal", "kind": "country", "demonyms": ["Nepali", "Nepalese"]},
    {"id": "jajarkot", "name": "Jajarkot", "kind": "place", "part_of": "nepal"},
    {"id": "ramidanda", "name": "Ramidanda", "kind": "place", "part_of": "jajarkot"},
    {"id": "nalgad", "name": "Nalgad", "kind": "place", "part_of": "jajarkot"},
    {"id": "maria-lopez", "name": "Maria Lopez", "kind": "person", "aliases": ["Lopez"]},
    {"id": "judge-hart", "name": "Judge Ann Hart", "kind": "person", "aliases": ["Judge Hart", "Hart"]},
    {"id": "norway-ministry", "name": "Norwegian Foreign Ministry", "kind": "government", "part_of": "oslo"},
    {"id": "ola-dahl", "name": "Ola Dahl", "kind": "person", "aliases": ["Dahl"], "part_of": "norway-ministry"},
    {"id": "acme", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]},
    {"id": "borealis", "name": "Borealis Systems", "kind": "organisation", "aliases": ["Borealis"]},
    {"id": "northfield", "name": "Northfield United", "kind": "organisation", "aliases": ["Northfield"]},
    {"id": "tomas-berg", "name": "Tomas Berg", "kind": "person", "aliases": ["Berg"]},
    {"id": "summons-court", "name": "Oslo Summons Court", "kind": "organisation"},  # a name holding a keyword
]}


def story(source: str, published: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    for c in claims:
        c.setdefault("provenance", {"source": source})
    return {"source": {"id": source, "published": published}, "claims": claims}


def actor(e: str) -> dict[str, str]:
    return {"kind": "actor", "entity": e}


def target(e: str) -> dict[str, str]:
    return {"kind": "target", "entity": e}


ROW = story("row-2023", "2023-05-06", [
    {"id": "expelled", "statement": "Norway expelled two Chilean diplomats and gave them 48 hours to leave.",
     "keywords": ["expel", "expulsion", "leave"],
     "values": [actor("norway"), target("chile"),
                {"kind": "count", "number": 2, "noun": "diplomats", "noun_aliases": ["envoys", "staff"]},
                {"kind": "duration", "iso": "PT48H"}]},
    {"id": "summoned", "statement": "Norway summoned Chile's ambassador in Oslo on 5 May 2023.",
     "keywords": ["summon"],
     "values": [actor("norway"), target("chile"), {"kind": "place", "entity": "oslo"},
                {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
    {"id": "bias", "statement": "Chile accuses Norway of bias.", "status": "alleged", "attribution": ["chile"],
     "keywords": ["bias", "biased"], "values": [target("norway")]},
    {"id": "sanctions", "statement": "Norway and Peru sanctioned Chile.", "keywords": ["sanctioned"],
     "values": [actor("norway"), actor("peru"), target("chile")]},
    {"id": "favouritism", "statement": "Chile accused Norway of favouritism.", "keywords": ["favouritism"],
     "values": [actor("chile"), target("norway")]},
])
QUAKE = story("quake-2023", "2023-11-04", [
    {"id": "quake-toll", "statement": "The earthquake in Jajarkot killed 153 people.",
     "keywords": ["killed", "death toll"],
     "values": [{"kind": "place", "entity": "jajarkot"},
                {"kind": "count", "number": 153, "noun": "people", "noun_aliases": ["dead"]}]},
    {"id": "roads-blocked", "statement": "Landslides after the quake blocked roads in Jajarkot.",
     "keywords": ["landslide", "block road"], "values": [{"kind": "place", "entity": "jajarkot"}]},
])
TRIAL = story("trial-2024", "2024-03-01", [
    {"id": "sentence", "statement": "Judge Ann Hart sentenced Maria Lopez to 12 years in prison.",
     "keywords": ["sentence", "jailed"],
     "values": [actor("judge-hart"), target("maria-lopez"), {"kind": "duration", "iso": "P12Y"}]},
    {"id": "asked", "statement": "Ola Dahl asked for a term of 20 years for Maria Lopez.",
     "keywords": ["asked for", "sought", "recommended"],
     "values": [actor("ola-dahl"), target("maria-lopez"), {"kind": "duration", "iso": "P20Y"}]},
])
DEAL = story("deal-2022", "2022-01-10", [
    {"id": "deal", "statement": "Acme agreed to buy Borealis for 2 billion euros.",
     "keywords": ["buy", "takeover", "acquire"],
     "values": [actor("acme"), target("borealis"), {"kind": "quantity", "number": 2e9, "unit": "euros"}]},
    {"id": "rejected", "statement": "Borealis rejected Acme's offer.", "status": "false",
     "keywords": ["rejected"], "values": [actor("borealis")]},
    {"id": "jobs", "statement": "Acme will cut 500 jobs at Borealis.", "status": "disputed",
     "keywords": ["jobs"], "values": [actor("acme"), {"kind": "count", "number": 500, "noun": "jobs"}]},
    {"id": "announced", "statement": "Acme announced its deal for Borealis on 10 January 2022.",
     "keywords": ["announced"], "values": [actor("acme"), {"kind": "date", "year": 2022, "month": 1, "day": 10}]},
    {"id": "closed", "statement": "Acme completed its takeover of Borealis on 3 March 2023.",
     "keywords": ["completion", "completed"],
     "values": [actor("acme"), {"kind": "date", "year": 2023, "month": 3, "day": 3}]},
])
SPORT = story("transfer-2024", "2024-03-06", [
    {"id": "transfer", "statement": "Northfield signed Tomas Berg for 9 million euros.",
     "keywords": ["signed", "signing", "transfer"],
     "values": [actor("northfield"), target("tomas-berg"), {"kind": "quantity", "number": 9e6, "unit": "euros"}]},
    {"id": "ban", "statement": "Tomas Berg was banned for three matches.", "keywords": ["ban", "banned"],
     "values": [target("tomas-berg"), {"kind": "count", "number": 3, "noun": "matches", "noun_aliases": ["games"]}]},
    {"id": "captain", "statement": "Tomas Berg was sworn in as captain on 6 March 2024.", "keywords": ["sworn in"],
     "values": [actor("tomas-berg"), {"kind": "date", "year": 2024, "month": 3, "day": 6}]},
    {"id": "derby", "statement": "Northfield won the derby, played over 3 to 5 March 2024.", "keywords": ["derby"],
     "values": [actor("northfield"), {"kind": "date", "year": 2024, "month": 3, "day": 3,
                                      "end": {"year": 2024, "month": 3, "day": 5}}]},
])
ARCHIVE = {"claims": [  # plain statements, no keywords: matched on wording alone
    {"id": "league-title", "statement": "Northfield United won the league title for the first time in 1998."},
    {"id": "stadium", "statement": "The Northfield stadium holds 41,000 spectators."},
]}

CUTS = story("cuts-2023", "2023-12-04", [  # two occasions of one kind of event, apart from the other stories
    {"id": "december-cut", "statement": "On 4 December 2023 Acme announced it would cut 17% of its staff.",
     "keywords": ["cut"], "values": [actor("acme"), {"kind": "quantity", "number": 17, "unit": "percent"},
                                     {"kind": "date", "year": 2023, "month": 12, "day": 4}]},
    {"id": "january-cut", "statement": "In January 2023 Acme cut 6% of its staff.",
     "keywords": ["cut"], "values": [actor("acme"), {"kind": "quantity", "number": 6, "unit": "percent"},
                                     {"kind": "date", "year": 2023, "month": 1}]},
])
FLIGHT = story("flight-2024", "2024-01-05", [  # a claim with two counts, and a thing found
    {"id": "flight", "statement": "The jet carried 171 passengers and 6 crew.", "keywords": ["carried", "aboard"],
     "values": [{"kind": "count", "number": 171, "noun": "passengers"},
                {"kind": "count", "number": 6, "noun": "crew", "noun_aliases": ["crew members"]}]},
    {"id": "blowout", "statement": "The door plug blew out six minutes after take-off.", "keywords": ["blew out"],
     "values": [{"kind": "duration", "iso": "PT6M"}]},
    {"id": "plug-found", "statement": "A teacher in Oslo found the jet's door plug.", "keywords": ["found"],
     "values": [{"kind": "place", "entity": "oslo"}]},
    {"id": "cancellations", "statement": "During the grounding Acme cancelled 110 to 150 flights every day.",
     "keywords": ["cancel", "cancellation"],
     "values": [actor("acme"), {"kind": "count", "number": 110, "to": 150, "noun": "flights"}]},
])
COURT = story("court-2023", "2023-07-11", [  # a claim that is itself a refusal
    {"id": "injunction-refused", "statement": "Judge Ann Hart refused Acme's request for an injunction.",
     "keywords": ["injunction"], "values": [actor("judge-hart"), target("acme")]},
])

FILES = [ClaimsFile.model_validate(f) for f in (ENTITIES, ROW, QUAKE, TRIAL, DEAL, SPORT)]
BASE = build(FILES)
ARCHIVE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, ARCHIVE)])
MIXED_BASE = build([*FILES, ClaimsFile.model_validate(ARCHIVE)])
PRICES = story("prices-2023", "2023-07-12", [  # two measures of one noun, one named by a modifier
    {"id": "inflation", "statement": "Norway's inflation was 3% in June 2023.", "keywords": ["inflation"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "quantity", "number": 3, "unit": "percent"}]},
    {"id": "core-inflation", "statement": "Norway's core inflation was 4.8% in June 2023.", "keywords": ["core"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "quantity", "number": 4.8, "unit": "percent"}]},
])
CUTS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, CUTS, COURT, FLIGHT, PRICES)])
TOLLS = story("tolls-2023", "2023-11-04", [  # a place's later toll beside an earlier total of the story
    {"id": "jajarkot-toll", "statement": "The quake killed 105 people in Jajarkot.",
     "keywords": ["killed", "died", "lives", "deaths"],
     "values": [{"kind": "place", "entity": "jajarkot"}, {"kind": "count", "number": 105, "noun": "people"}]},
    {"id": "early-toll", "statement": "Early counts said the quake had killed 128 people.",
     "keywords": ["killed", "died", "lives", "deaths"],
     "values": [{"kind": "count", "number": 128, "noun": "people"}]},
])
TOLLS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, TOLLS)])
STREAK_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("streak-2023", "2023-07-26", [
    {"id": "streak", "statement": "On 26 July 2023 Acme shares rose for a 13th straight session, the longest run "
     "since 1987.", "keywords": ["straight", "winning streak"],
     "values": [actor("acme"), {"kind": "count", "number": 13, "noun": "sessions"},
                {"kind": "date", "year": 2023, "month": 7, "day": 26},
                {"kind": "date", "year": 1987, "slot": "longest-since"}]},
]))])
TERM_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("term-2023", "2023-11-20", [
    {"id": "term", "statement": "Maria Lopez will serve a four-year term as mayor.", "keywords": ["term"],
     "values": [actor("maria-lopez"), {"kind": "duration", "iso": "P4Y"}]},
]))])

BOARD_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("board-2024", "2024-03-06", [
    # one act recorded for two actors: the record itself shows that many do it to the same party
    {"id": "berg-joins", "statement": "Tomas Berg will join the board of Acme.", "keywords": ["join"],
     "values": [actor("tomas-berg"), target("acme")]},
    {"id": "lopez-joins", "statement": "Maria Lopez will join the board of Acme.", "keywords": ["join"],
     "values": [actor("maria-lopez"), target("acme")]},
    {"id": "hart-fired", "statement": "Acme fired Judge Ann Hart.", "keywords": ["fired"],
     "values": [actor("acme"), target("judge-hart")]},
]))])
LOSSES_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("fraud-2024", "2024-03-06", [
    # the one the event happens to is the claim's target, and may be the subject of the sentence's verb
    {"id": "losses", "statement": "Borealis lost 2 billion euros to a fraud by Acme.", "keywords": ["lose", "loss"],
     "values": [actor("acme"), target("borealis"), {"kind": "quantity", "number": 2e9, "unit": "euros"}]},
    {"id": "unveiled", "statement": "Acme unveiled its bid for Borealis on 10 January 2022.", "keywords": ["unveil"],
     "values": [actor("acme"), target("borealis"), {"kind": "date", "year": 2022, "month": 1, "day": 10}]},
]))])
VOTES_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("vote-2024", "2024-03-06", [
    # two sibling claims on one event word, each a party's own figure
    {"id": "norway-share", "statement": "Norway won 55% of the vote.", "keywords": ["vote"],
     "values": [actor("norway"), {"kind": "quantity", "number": 55, "unit": "percent"}]},
    {"id": "chile-share", "statement": "Chile won 45% of the vote.", "keywords": ["vote"],
     "values": [actor("chile"), {"kind": "quantity", "number": 45, "unit": "percent"}]},
    {"id": "peru-share", "statement": "Peru won 55.69% of the run-off vote.", "keywords": ["vote"],
     "values": [actor("peru"), {"kind": "quantity", "number": 55.69, "unit": "percent", "tolerance": 0.35}]},
    {"id": "peru-first-round", "statement": "Peru won 20% of the first-round vote.", "keywords": ["won"],
     "values": [actor("peru"), {"kind": "quantity", "number": 20, "unit": "percent"}]},
]))])
WALKOUT_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("walkout-2023", "2023-10-25", [
    # two events of one story, each with its own length
    {"id": "deal", "statement": "Acme and Borealis reached a four-year deal.", "keywords": ["deal", "strike a deal"],
     "values": [actor("acme"), target("borealis"), {"kind": "duration", "iso": "P4Y"}]},
    {"id": "walkout", "statement": "The strike at Acme lasted 41 days.", "keywords": ["strike", "walkout"],
     "values": [target("acme"), {"kind": "duration", "iso": "P41D"}]},
    {"id": "raise", "statement": "Acme workers get raises totalling 25% over the deal.", "keywords": ["raise"],
     "values": [actor("acme"), {"kind": "quantity", "number": 25, "unit": "percent"}]},
    {"id": "plug", "statement": "Tomas Berg found the door plug of Acme's jet on 22 October 2023.",
     "keywords": ["find", "recover"],
     "values": [actor("tomas-berg"), {"kind": "date", "year": 2023, "month": 10, "day": 22}]},
    {"id": "price", "statement": "Acme pays 157 euros a share for Borealis, in cash.",
     "keywords": ["per share", "in cash"],
     "values": [actor("acme"), target("borealis"), {"kind": "quantity", "number": 157, "unit": "euros"}]},
]))])

def findings(text: str | tuple[str, ...], base: ClaimBase = BASE) -> list[Finding]:
    """The findings on the last sentence of ``text`` (a sentence or a document of sentences)."""
    doc = (text,) if isinstance(text, str) else text
    report = base.check_document(read_text(" ".join(doc), "-"), uncovered=True)
    last = doc[-1]
    return [f for f in report.findings if f.sentence.strip() == last.strip()]


def problems(text: str | tuple[str, ...], expect: str, base: ClaimBase = BASE) -> list[str]:
    found = findings(text, base)
    by_claim: dict[str, list[Finding]] = {}
    for f in found:
        by_claim.setdefault(f.claim_id or "uncovered", []).append(f)
    seen = {k: [f"{f.verdict.value}:{','.join(d.field for d in f.discrepancies)}" for f in v]
            for k, v in by_claim.items()}
    out = []
    for item in (i.strip() for i in expect.split(";")):
        key, want = item.split("=")
        if key == "*":
            ok = not [k for k in by_claim if k != "uncovered"]
        elif key == "uncovered":
            ok = ("uncovered" in by_claim) == (want == "yes")
        else:
            verdicts = {f.verdict.value for f in by_claim.get(key, [])}
            if want == "-":
                ok = not verdicts
            elif want.startswith("!"):
                ok = want[1:] not in verdicts
            else:
                verdict, _, field = want.partition(":")
                ok = any(f.verdict.value == verdict and (not field or field in [d.field for d in f.discrepancies])
                         for f in by_claim.get(key, []))
        if not ok:
            out.append(f"{item} (got {seen})")
    return out


@dataclass(frozen=True)
class Bug:
    reason: str
    row: tuple[str | tuple[str, ...], str]


def bug(reason: str, text: str | tuple[str, ...], expect: str) -> Bug:
    return Bug(reason, (text, expect))


Row = tuple[str | tuple[str, ...], str] | Bug
TABLES: list[tuple[str, str, Row, ClaimBase]] = []


def rule(name: str, must_pass: list[Row], must_fail: list[Row], base: ClaimBase = BASE) -> None:
    assert len(must_pass) >= 3 and len(must_fail) >= 2, name
    TABLES.extend((name, kind, row, base) for kind, rows in (("pass", must_pass), ("fail", must_fail))
                  for row in rows)


EXPELLED = "Norway expelled two Chilean diplomats on Monday."

# candidates: a claim is weighed only where one of its keywords occurs, in any inflected form
# keywords.KeywordIndex.occurrences, keywords.base_forms, Matcher.assess
rule("keyword-gate", must_pass=[
    ("Norway expelled two Chilean diplomats.", "expelled=supported"),
    ("Norway expels two Chilean diplomats.", "expelled=supported"),
    ("The expulsion of two Chilean diplomats by Norway angered Chile.", "expelled=supported"),
    ("Acme agreed to acquire Borealis for 2 billion euros.", "deal=supported"),
], must_fail=[
    ("Norway criticised two Chilean diplomats.", "expelled=-"),
    ("Norway hosted three Chilean diplomats.", "expelled=-"),
    ("Acme praised Borealis for its 3 billion euros in sales.", "deal=-"),
])

# party gate: a claim with parties is weighed only when the sentence or the document so far names one
# Matcher._reachable, Matcher._compare ("names none of the claim's parties")
rule("party-gate", must_pass=[
    ("Two Chilean diplomats were expelled.", "expelled=supported"),
    ((EXPELLED, "The two were given 48 hours to leave."), "expelled=supported"),
    ("Tomas Berg was banned for three matches.", "ban=supported"),
], must_fail=[
    ("Three diplomats were expelled.", "*=-"),
    ("Peru expelled three Peruvian diplomats.", "expelled=-"),
    ("The two were given 72 hours to leave.", "*=-"),
])

# roles: the actor is compared with the event's agents, the target with its patients
# matcher._entity_slot, Matcher._compare
rule("roles", must_pass=[
    ("Two Chilean diplomats were expelled by Norway.", "expelled=supported"),
    ("Chile's ambassador was summoned by Norway.", "summoned=supported"),
    ("Judge Ann Hart sentenced Maria Lopez to 12 years in prison.", "sentence=supported"),
    ("Maria Lopez receives 12-year sentence", "sentence=supported"),
    ("Three Chilean diplomats were expelled by Peru.", "expelled=contradicted:actor"),
    ("Judge Hart sentenced Tomas Berg to 12 years in prison.", "sentence=contradicted:target"),
], must_fail=[
    ("Norway's ambassador was summoned by Chile.", "summoned=!contradicted"),
    # a country in a person's role (or the other way round) is a misreading, never the wrong party:
    # EntityRegistry.comparable
    ("Judge Hart sentenced Chile's most famous fraudster to 12 years in prison.", "sentence=!contradicted"),
    ("Judge Hart sentenced Chile to 12 years in prison.", "sentence=!contradicted"),
    ("Norway criticised Chile's bias.", "bias=!supported"),
    ("Peru expelled three Peruvian diplomats.", "expelled=-"),
])

# a claim with two parties in one role: a sentence may name one or both, and only a third party conflicts
# Matcher._compare (other values of the same role)
rule("several-parties-in-a-role", must_pass=[
    ("Norway sanctioned Chile on Monday.", "sanctions=supported"),
    ("Peru sanctioned Chile on Monday.", "sanctions=supported"),
    ("Norway and Peru sanctioned Chile.", "sanctions=supported"),
    ("Norway and Peru said they sanctioned Chile.", "sanctions=supported"),
], must_fail=[
    ("Nepal sanctioned Chile on Monday.", "sanctions=contradicted:actor"),
    ("Norway and Peru sanctioned Nepal.", "sanctions=contradicted:target"),
    ("Nepal and Peru sanctioned Chile.", "sanctions=contradicted:actor"),
])

# a list of three or more dates names other occasions, not a wrong date (Matcher._compare)
rule("lists-of-dates", must_pass=[
    ("Norway also summoned Chile's ambassador on 1 February, 22 March and 3 May.", "summoned=!contradicted"),
    ("Norway summoned Chile's ambassador on 5 May, and again on 9 and 12 May.", "summoned=!contradicted"),
    # a span of months: a series of occasions, not the one day's event
    ("In 2022 Norway summoned Chile's ambassador four times, from June through November.", "summoned=-"),
    ("Norway summoned Chile's ambassador in Oslo on 3 May.", "summoned=contradicted:date"),
], must_fail=[
    ("Norway summoned Chile's ambassador on 3 May and 9 May.", "summoned=contradicted:date"),
    ("Norway summoned Chile's ambassador on 5 May.", "summoned=supported"),
    ("Norway summoned Chile's ambassador in Oslo from 3 to 4 May.", "summoned=contradicted:date"),
])

# a denial dated otherwise than the claim denies nothing of it; "skipped" denies its event
# (Matcher._decide, lex.negation_cues)
rule("dated-denials", must_pass=[
    ("Norway did not summon Chile's ambassador on 9 May.", "summoned=-"),
    ("Norway had skipped a summons of Chile's ambassador on 2 May.", "summoned=-"),
    ("Norway did not summon Chile's ambassador on 5 May.", "summoned=contradicted:polarity"),
], must_fail=[
    ("Norway did not summon Chile's ambassador.", "summoned=contradicted:polarity"),
    ("Norway skipped the summons of Chile's ambassador on 5 May.", "summoned=contradicted:polarity"),
])

# "V no N": the negation denies the claim's event only when N is what the claim speaks of
# (Matcher._compare, the claim's vocabulary)
rule("negated-objects", must_pass=[
    ("Norway expelled no Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway expelled no diplomat.", "expelled=contradicted:polarity"),
    ("Norway sanctioned no companies, only Chile.", "sanctions=!contradicted"),
], must_fail=[
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway never sanctioned Chile.", "sanctions=contradicted:polarity"),
])

# a count put down to a cause in its own clause ("due to", "because of", "because", lex.cause_markers) that
# no word of the story's claims names counts what that cause did; the story's own cause still contradicts
# (_figures.another_cause)
rule("count-of-another-cause", must_pass=[
    ("In Jajarkot, 27 people were killed because of flooding.", "quake-toll=-"),
    ("In Jajarkot, 32 people were killed because the shelters collapsed in the cold.", "quake-toll=-"),
    ("In Jajarkot, 27 people were killed owing to a cholera outbreak.", "quake-toll=-"),
], must_fail=[
    ("In Jajarkot, 27 people were killed due to the earthquake.", "quake-toll=contradicted:count"),
    ("In Jajarkot, 27 people were killed as a result of the earthquake, officials said.",
     "quake-toll=contradicted:count"),
])

# a figure placed in a place the base does not know, named as lying in the claim's place ("in Kushe Rural
# Municipality of Jajarkot", "in Sani Bheri in Jajarkot"), is a part's figure (_figures.in_unknown_part)
rule("count-in-an-unknown-part", must_pass=[
    ("Eight people were killed in Kushe Rural Municipality of Jajarkot.", "quake-toll=-"),
    ("Eight people were killed in Sani Bheri in Jajarkot.", "quake-toll=-"),
    ("Eight people were killed in Kushe Municipality of the Jajarkot district.", "quake-toll=-"),
    # the kind of place in lower case between the name and "of"
    ("Eight people were killed in Kushe rural municipality of Jajarkot.", "quake-toll=-"),
    ("Eight deaths were reported from Aathbiskot and ten from Sanibheri rural municipality of Jajarkot.",
     "quake-toll=-"),
], must_fail=[
    ("Eight people were killed in Jajarkot.", "quake-toll=contradicted:count"),
    ("In Jajarkot, eight people were killed near Kushe.", "quake-toll=contradicted:count"),
    ("Eight people were killed in Kushe and later taken to hospitals of Jajarkot.", "quake-toll=contradicted:count"),
])

# a figure placed in the claim's place and another together ("154 lives in Jajarkot and Rukum West") is both
# places' total; a part of the claim's place beside it changes nothing (_figures.places_together)
rule("count-for-two-places", must_pass=[
    ("The quake killed 160 people in Jajarkot and Oslo.", "quake-toll=-"),
    ("The quake claimed 160 lives in Jajarkot and Oslo.", "quake-toll=-"),
    ("In all, 160 people were killed in Jajarkot and Oslo.", "quake-toll=-"),
], must_fail=[
    ("The quake killed 160 people in Jajarkot.", "quake-toll=contradicted:count"),
    ("The quake killed 160 people in Jajarkot and Nalgad.", "quake-toll=contradicted:count"),
])

# a date right after "the NOUN of NAME", the noun an event of its own set after a preposition, dates that
# event ("in connection with the failure of FTX in November 2022"); the event's own object does not
# (_times._event_noun_date)
rule("date-of-another-event-noun", must_pass=[
    ("Acme completed its takeover in connection with the collapse of Borealis in May 2022.", "closed=supported"),
    ("Acme completed its takeover of Borealis through the merger of its units in May 2022.", "closed=supported"),
    ("Acme completed its takeover, citing the failure of Borealis Systems in May 2022.", "closed=!contradicted"),
], must_fail=[
    ("Acme completed the acquisition of Borealis in May 2023.", "closed=contradicted:date"),
    ("Acme completed its takeover of Borealis in May 2023.", "closed=contradicted:date"),
], base=MIXED_BASE)

# a word right before a noun event word that is another claim's one-word keyword, and none of this claim's
# words, names that claim's measure ("core" inflation); a name, a verb's subject or an event noun (the
# head's object: "the acquisition announcement") does not (Matcher._modified_by_rival)
rule("modifier-of-another-measure", must_pass=[
    ('In Norway, "core" inflation was 5.5% in June.', "inflation=-"),
    ("In Norway, core inflation stood at 5.5% in June.", "inflation=-"),
    ("Norway's core inflation rose to 5.5% in June.", "inflation=-"),
], must_fail=[
    ("In Norway, inflation was 5.5% in June.", "inflation=contradicted:quantity"),
    ("Norway's annual inflation was 5.5% in June.", "inflation=contradicted:quantity"),
], base=CUTS_BASE)

# a keyword written capitalised inside a name (within a known party's name after its first word, or amid
# capitalised words no party covers) is part of the name, not the claim's event; a capitalised keyword
# beside a known name stays the event (Matcher.assess, _clauses.inside_name)
rule("keyword-inside-a-name", must_pass=[
    ("Chile's ambassador went to the Oslo Summons Court in Oslo on 9 May.", "summoned=-"),
    ("Norway sent its report to the Expulsion Appeals Tribunal on 9 May.", "expelled=-"),
    ("On 9 May, Norway's envoy visited the Summons Review Board in Oslo.", "summoned=-"),
], must_fail=[
    ("On 9 May, Norway Summoned Chile's ambassador.", "summoned=contradicted:date"),
    ("Norway summoned Chile's ambassador on 9 May.", "summoned=contradicted:date"),
])

# a clause opened by a capitalised name of two or more words that no party covers, as the subject of the
# event word or of the verb after it, is that unknown body's ("The Central Bank of Kuwait raised the discount
# rate to 4.25%" in a report on the Fed); one that only speaks is a source (_clauses.opened_by_unknown_body)
rule("clause-opened-by-an-unknown-body", must_pass=[
    (("Acme agreed to buy Borealis.", "The Central Bank of Latvia paid 6 billion euros for a takeover last year."),
     "deal=-"),
    (("Acme agreed to buy Borealis.", "The Riga City Council will pay 7 billion euros for the takeover of a stadium."),
     "deal=-"),
    (("Acme agreed to buy Borealis.", "The Latvian State Railways also paid 5 billion euros for a takeover."),
     "deal=-"),
], must_fail=[
    (("Acme agreed to buy Borealis.", "The Central Bank of Latvia said the takeover will cost 3 billion euros."),
     "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "The takeover will cost 3 billion euros."), "deal=contradicted:quantity"),
])

# a date between "the", "its", "his" or "their" and a noun after the event word dates that noun ("over the
# May 9 incident", "its 2016 election campaign"), a full day included; "on the May 9 deadline" is still the
# event's (_times._noun_date)
rule("date-inside-a-noun-phrase", must_pass=[
    ("Norway summoned Chile's ambassador over the May 9 incident.", "summoned=supported"),
    ("Norway summoned Chile's ambassador over its May 2021 election campaign.", "summoned=supported"),
    ("Norway summoned Chile's ambassador because of the May 9 attack in Oslo.", "summoned=supported"),
], must_fail=[
    ("Norway summoned Chile's ambassador on May 9.", "summoned=contradicted:date"),
    ("Norway summoned Chile's ambassador on the May 9 deadline.", "summoned=contradicted:date"),
])

# figures each placed in a part of the claim's place, or in a place the base does not know, a few words
# after the figure, are a breakdown; a figure whose words run into the next figure is not placed
# (_figures.in_part)
rule("breakdown-by-place", must_pass=[
    ("In all, 40 people were killed in Ramidanda, 12 in Nalgad and one in Kushe.", "quake-toll=-"),
    ("Officials said 40 people were killed in Ramidanda and 12 more were killed in Nalgad.",
     "quake-toll=!contradicted"),
    ("Forty people were reported killed in Ramidanda, 12 in Nalgad.", "quake-toll=-"),
], must_fail=[
    ("The quake killed 160 people: 40 in Ramidanda and 12 in Nalgad.", "quake-toll=contradicted:count"),
    ("The quake killed 160 people in Jajarkot.", "quake-toll=contradicted:count"),
])

# "the companies", "both firms", "the two companies" stand for the two organisations the document named
# last (lex.body_plurals, Context._pair); not "the companies of the region", nor with one body named
rule("two-bodies-referred-to", must_pass=[
    (("Acme agreed to buy Borealis.", "The companies completed the takeover on 9 March 2023."),
     "closed=contradicted:date"),
    (("Acme agreed to buy Borealis.", "Both firms completed the takeover on 9 March 2023."),
     "closed=contradicted:date"),
    (("Acme agreed to buy Borealis.", "The two companies completed the takeover on 3 March 2023."),
     "closed=supported"),
], must_fail=[
    (("Acme agreed to buy Borealis.", "The companies of the region completed a takeover on 9 March 2023."),
     "closed=-"),
    (("Acme made a profit in 2022.", "The companies completed the takeover on 9 March 2023."), "closed=-"),
], base=MIXED_BASE)

# a year in a "from FIGURE in DATE" phrase after the figure dates the figure a change is measured from,
# not the sentence: it does not put the event in another year (kinds.base.elsewhere)
rule("date-of-a-baseline-figure", must_pass=[
    ("Norway's inflation stood at 5.5% in June, down from a peak of 9.1% in October 2022.",
     "inflation=contradicted:quantity"),
    ("Norway's inflation eased to 5.5% in June, from a peak of 9.1% in October 2022.",
     "inflation=contradicted:quantity"),
    ("Norway's inflation slowed to 5.5% in June, down from a peak of 9.1% in October 2022.",
     "inflation=contradicted:quantity"),
], must_fail=[
    ("Norway's inflation was 9.1% in October 2022.", "inflation=-"),
    ("In 2021, inflation in Norway rose to 5.5%, up from 2%.", "inflation=-"),
], base=CUTS_BASE)

# a count the claim gives per period ("every day") is compared only with figures given per period ("a day",
# "daily", "per day"); a total ("3,000 flights in January", one day's 170) is another measure
# (_figures.counted_per_period, Matcher._per_period, kinds.base.elsewhere)
rule("counts-per-period", must_pass=[
    ("Acme cancelled 3,000 flights in January.", "cancellations=-"),
    ("Acme has cancelled 170 of its flights scheduled for Sunday.", "cancellations=-"),
    ("In all, Acme cancelled 500 flights during the grounding.", "cancellations=-"),
], must_fail=[
    ("Acme cancelled 210 to 250 flights a day during the grounding.", "cancellations=contradicted:count"),
    ("Acme was cancelling 300 flights daily.", "cancellations=contradicted:count"),
    ("Acme cancelled 300 flights per day.", "cancellations=contradicted:count"),
], base=CUTS_BASE)

# a negation inside a phrase keyword's span denies it when it follows an auxiliary ("landslides did not
# block roads"); a negation that sets another thing against the event's own words does not; a verb of
# refusal before "to VERB NOUN" denies that verb, not the noun that is its object
# (analysis._negated)
rule("negations-inside-and-before-infinitives", must_pass=[
    ("In Jajarkot, landslides did not block roads.", "roads-blocked=contradicted:polarity"),
    ("In Jajarkot, landslides didn't block roads.", "roads-blocked=contradicted:polarity"),
    ("Judge Hart refused to shorten sentences for Maria Lopez.", "sentence=!contradicted"),
], must_fail=[
    ("In Jajarkot, the landslide risk versus not blocking roads was debated.", "roads-blocked=!contradicted"),
    ("Judge Hart refused to sentence Maria Lopez.", "sentence=contradicted:polarity"),
])

# a claim with one party names it however the sentence turns the verb: the subject of a passive agrees
# with the actor, and never conflicts with it (Matcher._compare)
rule("one-party-passives", must_pass=[
    ("Tomas Berg was sworn in as captain on 6 March.", "captain=supported"),
    ("Berg will be sworn in as captain on 9 March.", "captain=contradicted:date"),
    (("Tomas Berg joined Northfield.", "He was sworn in as captain on 9 March."), "captain=contradicted:date"),
], must_fail=[
    ("Maria Lopez was sworn in as captain on 9 March.", "captain=!contradicted"),
    ("Northfield swore in Berg as captain on 9 March.", "captain=!supported"),
])

# a participle used as an adjective ("a summoned envoy", "a grounded jet in a hangar on 10 May") says the
# noun underwent the event, but the sentence's date and place are not the event's: analysis._adjective
rule("participle-adjectives", must_pass=[
    ("A summoned Chilean envoy left Oslo on 7 May.", "summoned=!contradicted"),
    ("Photographers waited as the summoned Chilean ambassador left the Norwegian ministry on 7 May.",
     "summoned=!contradicted"),
    ("Crowds watched the expelled Chilean diplomats leave on Friday.", "expelled=!contradicted"),
    # ... nor its figures: they are the sentence's own verb's (analysis: the value window ends at the word)
    ((EXPELLED, "The expelled staff flew home within 72 hours."), "expelled=!contradicted"),
    ((EXPELLED, "The expelled envoys stayed 72 hours in a hotel."), "expelled=!contradicted"),
    ((EXPELLED, "The expelled diplomats packed for 72 hours."), "expelled=!contradicted"),
], must_fail=[
    ("Norway summoned Chile's ambassador on 7 May.", "summoned=contradicted:date"),
    ((EXPELLED, "The two expelled diplomats were given 72 hours to leave."), "expelled=contradicted:duration"),
    ("The ambassador that Norway summoned on 7 May was Chilean.", "summoned=!supported"),
])

# a claim about the odds of an event is denied only by a denial of the odds: "it failed to land" says the
# event did not happen, not that nobody gave it even odds (Matcher._decide, lex.likelihood_nouns)
ODDS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("odds-2023", "2023-04-20", [
    {"id": "odds", "statement": "Before the flight Tomas Berg rated the jet's chance of landing in Oslo at 50-50.",
     "keywords": ["odds", "chance", "landing"],
     "values": [actor("tomas-berg"), {"kind": "quantity", "number": 50, "unit": "percent", "slot": "odds"}]},
    {"id": "landed", "statement": "The jet landed in Oslo on 20 April 2023.", "keywords": ["landed"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "date", "year": 2023, "month": 4, "day": 20}]},
]))])
rule("odds-are-not-the-event", must_pass=[
    ("Tomas Berg's jet failed to complete a landing in Oslo.", "odds=!contradicted"),
    ("The jet never made its landing in Oslo, despite the odds Berg gave.", "odds=!contradicted"),
    ("Berg had given the jet even odds, but it did not manage a landing in Oslo.", "odds=!contradicted"),
], must_fail=[
    ("Tomas Berg gave no odds of a landing in Oslo.", "odds=contradicted:polarity"),
    ("Tomas Berg did not give odds of a landing in Oslo.", "odds=contradicted:polarity"),
], base=ODDS_BASE)

# a joint event of two parties done to no one ("Acme and Borealis merged"): the same actor doing the event
# word to a party the claim does not know is another deal, not this one at a wrong price (Matcher._compare)
MERGER_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("merger-1999", "1999-12-01", [
    {"id": "merger", "statement": "Acme and Borealis combined in 1999 in a merger worth about $80 billion.",
     "keywords": ["merger", "buy", "deal"],
     "values": [actor("acme"), actor("borealis"), {"kind": "date", "year": 1999},
                {"kind": "quantity", "number": 80e9, "unit": "dollars", "approx": True, "slot": "price"}]},
]))])
rule("joint-event-done-to-another", must_pass=[
    ("In July Acme announced it was buying Northfield United in a deal valued at $4.9 billion.",
     "merger=!contradicted"),
    ("Acme agreed a $4.9 billion deal to buy Northfield United.", "merger=!contradicted"),
    ("Acme is buying Tomas Berg's firm Northfield United in a $4.9 billion deal.", "merger=!contradicted"),
], must_fail=[
    ("Acme bought Borealis in a deal worth $40 billion.", "merger=contradicted:price"),
    ("Acme and Borealis agreed a merger worth $40 billion.", "merger=contradicted:price"),
], base=MERGER_BASE)

# a count the claim gives for several places together: a figure placed in one of them alone, the sentence
# never naming them all, is that place's part (Matcher._compare, _figures.in_one_of_places)
STORM_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("storm-2023", "2023-02-06", [
    {"id": "storm-toll", "statement": "The storm killed 500 people in Norway and Chile.",
     "keywords": ["killed", "deaths", "fatalities", "toll"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "place", "entity": "chile"},
                {"kind": "count", "number": 500, "noun": "people", "noun_aliases": ["deaths", "fatalities"]}]},
]))])
rule("one-of-the-places", must_pass=[
    ("That brought the total number of victims to 812, with 297 fatalities in Chile.", "storm-toll=!contradicted"),
    ("There were 297 fatalities in Chile.", "storm-toll=!contradicted"),
    ("The storm killed 203 people in Oslo.", "storm-toll=!contradicted"),
], must_fail=[
    ("The storm killed 400 people in Norway and Chile.", "storm-toll=contradicted:count"),
    ("The storm killed 400 people, 203 of them in Norway.", "storm-toll=contradicted:count"),
], base=STORM_BASE)

# a claim that something was called off ("charges were dropped") agrees with a sentence denying that thing
# ("will not face prosecution"); only a denial of the calling off contradicts it (Matcher._decide,
# lex.cancel_verbs)
DROPPED_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("dropped-2023", "2023-06-24", [
    {"id": "dropped", "statement": "On 24 June 2023 Norway said the charges against Tomas Berg were dropped.",
     "keywords": ["drop", "dropped", "prosecute", "prosecution"],
     "values": [actor("norway"), target("tomas-berg")]},
]))])
rule("called-off", must_pass=[
    ("Norway said Tomas Berg will not face prosecution.", "dropped=!contradicted"),
    ("Tomas Berg won't be prosecuted, Norway said.", "dropped=!contradicted"),
    ("Norway explained that Berg's men will also not face prosecution.", "dropped=!contradicted"),
], must_fail=[
    ("Norway has not dropped the charges against Tomas Berg.", "dropped=contradicted:polarity"),
    ("Norway said the charges against Tomas Berg were never dropped.", "dropped=contradicted:polarity"),
], base=DROPPED_BASE)

# a figure the claim gives at an hour of the day ("by 7 a.m.") is not contradicted by a reading at another
# hour (Matcher._hours)
HOURS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("storm-hours", "2023-08-30", [
    {"id": "winds", "statement": "By 7 a.m., as it reached Oslo, the storm's top winds were 125 mph.",
     "keywords": ["top winds", "sustained winds"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "quantity", "number": 125, "unit": "mph"}]},
]))])
# ... and a part of the day the statement gives ("before dawn") holds its hours (lex.day_parts)
DAWN_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("storm-dawn", "2023-08-30", [
    {"id": "peak", "statement": "Before dawn on 30 August the storm's top winds over Oslo reached 130 mph.",
     "keywords": ["top winds", "sustained winds"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "quantity", "number": 130, "unit": "mph"}]},
]))])
rule("readings-outside-the-part-of-day", must_pass=[
    ("At 9 a.m. the storm's top winds over Oslo were near 110 mph.", "peak=!contradicted"),
    ("By 2 p.m. the storm's sustained winds over Oslo had fallen to 70 mph.", "peak=!contradicted"),
    ("At 8 a.m. radar showed the storm's top winds over Oslo at 115 mph.", "peak=!contradicted"),
], must_fail=[
    ("At 4 a.m. the storm's top winds over Oslo were 110 mph.", "peak=contradicted:quantity"),
    ("The storm's top winds over Oslo reached 110 mph.", "peak=contradicted:quantity"),
], base=DAWN_BASE)

rule("readings-at-other-hours", must_pass=[
    ("At 9 a.m. radar data indicated that the storm's top winds near Oslo were 110 mph.", "winds=!contradicted"),
    ("By 11 a.m. the storm's top winds in Oslo had eased to 110 mph.", "winds=!contradicted"),
    ("At 1 p.m. the storm's sustained winds over Oslo were 90 mph.", "winds=!contradicted"),
], must_fail=[
    ("At 7 a.m. the storm's top winds in Oslo were 110 mph.", "winds=contradicted:quantity"),
    ("The storm's top winds in Oslo were 110 mph.", "winds=contradicted:quantity"),
], base=HOURS_BASE)

# a change the other way is another measure's: "dropped by 2.5 metres" against water that rose by 10
# (FigureRules._other_direction_of_change, lex.rise_words, lex.fall_words)
LEVELS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("levels-2023", "2023-06-06", [
    {"id": "water-rose", "statement": "Within hours the water in Oslo had climbed by 10 metres.",
     "keywords": ["rose", "risen", "water level"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "quantity", "number": 10, "unit": "metres"}]},
]))])
rule("changes-the-other-way", must_pass=[
    ("Near Oslo the water level has already dropped by 2.5 metres.", "water-rose=!contradicted"),
    ("Upstream of Oslo the water level fell 3 metres as the reservoir emptied.", "water-rose=!contradicted"),
    ("The water level in Oslo was down by 2 metres on Wednesday.", "water-rose=!contradicted"),
], must_fail=[
    ("The water level in Oslo rose by 5 metres.", "water-rose=contradicted:quantity"),
    ("In Oslo the water level has risen 4 metres.", "water-rose=contradicted:quantity"),
], base=LEVELS_BASE)

# a thing named by a definite noun the story's claims never use, with nothing else tying the sentence to the
# claim, is another thing (Matcher._compare, analysis._definite_subject)
SERVICE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("service-2023", "2023-05-06", [
    {"id": "service", "statement": "The coronation service in Oslo took two hours.", "keywords": ["lasted"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "duration", "iso": "PT2H"}]},
]))])
rule("said-of-another-thing", must_pass=[
    (("The coronation service in Oslo lasted two hours.", "The flypast was cut short, and the scaled-down version "
      "lasted just two minutes and 30 seconds."), "service=!contradicted"),
    (("The coronation service in Oslo lasted two hours.", "The parade lasted six hours."), "service=!contradicted"),
    (("The coronation service in Oslo lasted two hours.", "Later, the concert lasted three hours."),
     "service=!contradicted"),
], must_fail=[
    (("The coronation service in Oslo lasted two hours.", "The service lasted three hours."), "service=contradicted"),
    (("The coronation service in Oslo lasted two hours.", "The coronation lasted three hours."),
     "service=contradicted"),
], base=SERVICE_BASE)

# a claim with two counts of one noun ("85 of the 169 seats"): a figure one of them holds is that count's,
# and a figure neither holds cannot say which it would be wrong for (Matcher._compare)
SEATS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("seats-2023", "2023-09-11", [
    {"id": "majority", "statement": "A majority in Norway's parliament takes 85 of the 169 seats.",
     "keywords": ["majority"],
     "values": [{"kind": "place", "entity": "norway"},
                {"kind": "count", "number": 85, "noun": "seats", "slot": "majority"},
                {"kind": "count", "number": 169, "noun": "seats", "slot": "chamber"}]},
]))])
# a claim whose statement or aliases say what is required ("85 seats are needed for a majority") is not
# denied by a sentence saying it was not reached (Matcher._pending, lex.obligation_cues)
NEEDED_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("needed-2023", "2023-09-11", [
    {"id": "needed", "statement": "A majority in Norway's parliament takes 85 seats.", "keywords": ["majority"],
     "aliases": ["85 seats are needed for a majority in Norway"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "count", "number": 85, "noun": "seats"}]},
]))])
rule("requirements-not-reached", must_pass=[
    ("In Norway, the right did not achieve a majority.", "needed=!contradicted"),
    ("In Norway the left bloc does not have a majority after the vote.", "needed=!contradicted"),
    ("Neither bloc won a majority in Norway.", "needed=!contradicted"),
], must_fail=[
    ("A majority in Norway's parliament takes 90 seats.", "needed=contradicted:count"),
    ("In Norway 90 seats are needed for a majority.", "needed=contradicted:count"),
], base=NEEDED_BASE)

# a denial of winning another thing than the claim counts ("did not win the clear majority it expected"
# against 136 seats) denies nothing of the count (Matcher._decide, _clauses.denied_object)
WON_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("won-2023", "2023-07-24", [
    {"id": "won", "statement": "Acme came first in Norway on 23 July 2023, with 136 seats.",
     "keywords": ["win", "came first", "election"],
     "values": [actor("acme"), {"kind": "count", "number": 136, "noun": "seats"},
                {"kind": "date", "year": 2023, "month": 7, "day": 23}]},
]))])
# a plural event noun dated to two other years, with no figure, names other occasions
# (Matcher._compare, date.read_dates)
VOTE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("vote-2023", "2023-07-24", [
    {"id": "vote", "statement": "Norway voted in a general election on 23 July 2023.", "keywords": ["election"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "date", "year": 2023, "month": 7, "day": 23}]},
]))])
rule("plural-events-of-other-years", must_pass=[
    ("This was also the case in Norway after the 2015 and 2019 parliamentary elections.", "vote=!contradicted"),
    ("As after the 2011 and 2015 elections, talks in Norway will take weeks.", "vote=!contradicted"),
    ("Norway saw the same after its 2009 and 2013 elections.", "vote=!contradicted"),
], must_fail=[
    ("Norway held a general election on 30 July 2023.", "vote=contradicted:date"),
    ("Norway voted in a general election on 30 July.", "vote=contradicted:date"),
], base=VOTE_BASE)

rule("denial-of-another-thing-won", must_pass=[
    ("Though Acme did not win the clear majority it expected, it gained ground in Norway.", "won=!contradicted"),
    ("Acme did not win the outright victory it wanted in Norway.", "won=!contradicted"),
    ("In Norway Acme failed to win the majority it sought.", "won=!contradicted"),
], must_fail=[
    ("Acme did not win any seats in Norway.", "won=contradicted:polarity"),
    ("Acme did not win 136 seats in Norway.", "won=contradicted:polarity"),
], base=WON_BASE)

rule("two-counts-of-one-noun", must_pass=[
    ("In Norway the blocs fought for a majority of 85 seats.", "majority=supported"),
    ("Norway's parliament needs 85 seats in the 169-seat chamber for a majority.", "majority=supported"),
    ("In Norway's 169-seat parliament, a majority takes 85 seats.", "majority=supported"),
], must_fail=[
    ("A majority in Norway's parliament takes 90 of the 179 seats.", "majority=contradicted:majority"),
    ("A majority in Norway's parliament takes 85 of the 179 seats.", "majority=contradicted:chamber"),
], base=SEATS_BASE)

# a false claim is repeated only of its own party: the same act said of others repeats nothing
# (Matcher._compare)
TRIP_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("trip-2023", "2023-05-06", [
    {"id": "trip", "statement": "Tomas Berg travelled to Norway for the ceremony.", "status": "false",
     "keywords": ["travel"], "values": [actor("tomas-berg"), {"kind": "place", "entity": "norway"}]},
]))])
rule("false-claims-of-other-parties", must_pass=[
    ("The king and his wife, Maria Lopez, travelled from Oslo to the ceremony.", "trip=-"),
    ("Maria Lopez travelled to Oslo for the ceremony.", "trip=-"),
    ("Ola Dahl and Maria Lopez travelled across Norway.", "trip=-"),
], must_fail=[
    ("Tomas Berg travelled to Oslo for the ceremony.", "trip=contradicted:status"),
    ("Berg travelled to Norway.", "trip=contradicted:status"),
], base=TRIP_BASE)

# reversed roles: agent and patient swapped against the claim is a counterpart event, never a
# contradiction; reported as unverified only when a measure agrees
# Matcher._compare (reversed_roles), Matcher._decide
rule("reversed-roles", must_pass=[
    ("Chile expelled two Norwegian diplomats.", "expelled=unverified"),
    ("Chile expelled three Norwegian diplomats.", "expelled=-"),
    ("Chile summoned Norway's ambassador in Santiago on 6 May.", "summoned=-"),
    ("Borealis agreed to buy Acme for 3 billion euros.", "deal=-"),
    ("After Norway expelled two Chilean diplomats, Chile expelled three Norwegian diplomats.",
     "expelled=supported; expelled=!contradicted"),
    # one of the claim's parties in the other one's role: the roles are read the other way round
    ("Peru summoned Norway's ambassador in Oslo on 5 May.", "summoned=unverified"),
], must_fail=[
    ("Peru summoned Chile's ambassador in Oslo on 5 May.", "summoned=contradicted:actor"),
    ("Norway expelled two Chilean diplomats.", "expelled=supported"),
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
    bug("the speaker of 'accuses' is the actor of a claim about an accusation and the accused its target, so "
        "'Norway accuses Chile of favouritism' reverses 'Chile accused Norway'; the speaker swap only runs "
        "when the speaker fits the claim's actor, Chile (after the verb) is read as the agent, fits the "
        "actor, and the claim is supported",
        "Norway accuses Chile of favouritism.", "favouritism=!supported"),
])

# speaker as actor: in a verified claim about criticism, "Chile accuses Norway of X" makes Chile the actor
# Matcher._compare (speakers swapped in when the speaker fits the actor)
rule("speaker-as-actor", must_pass=[
    ("Chile accuses Norway of favouritism.", "favouritism=supported"),
    ("Chile criticised Norway's favouritism.", "favouritism=supported"),
    ("Chile said Norway showed favouritism.", "favouritism=supported"),
], must_fail=[
    ("Norway criticised Chile's favouritism.", "favouritism=!supported"),
    ("Peru accuses Norway of favouritism.", "favouritism=!supported"),
])

# possessors: "Norway's bias" may hold either role of the claim; it conflicts only when it fits neither
# Matcher._compare (p.possessors)
rule("possessor-either-role", must_pass=[
    ("Chile criticised Norway's bias.", "bias=supported"),
    ("Chile criticised Oslo's biased stance.", "bias=supported"),
    bug("an objection is an attribution: 'Chile objected to Oslo's biased stance' says who holds the view; "
        "'objected' is not an attribution cue, so the allegation reads as stated as fact (unverified)",
        "Chile objected to Oslo's biased stance.", "bias=supported"),
    ("Chile accuses Norway of bias.", "bias=supported"),
], must_fail=[
    ("Chile criticised Acme's bias.", "bias=!supported"),
    ("Norway criticised Chile's bias.", "bias=!supported"),
])

# establish the event before contradicting it: a conflicting value contradicts only when a role, place or
# time agrees (identity) or the document's story has established the claim's source
# Matcher._decide (established), Matcher.established, ClaimBase.check_document (two passes)
rule("establish-before-contradicting", must_pass=[
    ("Three Chilean diplomats were expelled.", "expelled=contradicted:count"),
    ((EXPELLED, "In a row with Norway, three diplomats were expelled."), "expelled=contradicted:count"),
    ((EXPELLED, "The two were given 72 hours to leave."), "expelled=contradicted:duration"),
    (("Judge Ann Hart sentenced Maria Lopez on Friday.", "Lopez was jailed for 20 years."),
     "sentence=contradicted:duration"),
    ("Peru summoned Chile's ambassador on 5 May.", "summoned=contradicted:actor"),
    ("Norway summoned Chile's ambassador on 9 July 2023.", "summoned=contradicted:date"),
], must_fail=[
    # a party and the date both differ: another event of the same kind, not two errors (Matcher._compare)
    ("Norway summoned Peru's ambassador on 9 July 2023.", "summoned=-"),
    ("Chile's shares fell after Peru summoned Norway's ambassador in July.", "summoned=-"),
    # a date in common is not enough: the parties differ, so it may be another event (Matcher._compare)
    ("Peru summoned Norway's ambassador on 5 May.", "summoned=unverified"),
    ("In a row with Norway, three diplomats were expelled.", "expelled=-"),
    ("The quake killed 135 people, Nepali officials said.", "quake-toll=-"),
    (("Chile protested on Monday.", "The two were given 72 hours to leave."), "*=-"),
])

# one party in common, with a date at most, and in the other role a party no claim gives any role: many
# may do the same to one ("Trump congratulated Milei" against Massa's call, "United grounded its jets"
# against the FAA's order), so the sentence may speak of another event. A figure, a place or a second
# party in common establishes it, and a rival from the record's own cast is a swap to report
# (Matcher._compare, strangers)
rule("bystander-in-a-role", must_pass=[
    ("Finland summoned Chile's ambassador on 5 May.", "summoned=unverified"),
    ("Finland sanctioned Chile on Monday.", "sanctions=unverified"),
    ("Finland expelled Chilean diplomats.", "expelled=unverified"),
], must_fail=[
    ("Peru summoned Chile's ambassador on 5 May.", "summoned=contradicted:actor"),
    ("Finland summoned Chile's ambassador in Oslo on 5 May.", "summoned=contradicted:actor"),
    ("Finland expelled two Chilean diplomats.", "expelled=contradicted:actor"),
    ("Norway and Peru sanctioned Finland.", "sanctions=contradicted:target"),
])

# a noun that restates the event in apposition ("..., the largest takeover this year") names no party of its
# own, so it cannot outweigh the party the sentence states for the same event (Matcher._judge, stranger)
rule("restated-event-keeps-the-stated-party", must_pass=[
    ("Northfield agreed to buy Borealis for 2 billion euros, the largest takeover this year, Acme said.",
     "deal=contradicted:actor"),
    ("Peru expelled two Chilean diplomats, the second expulsion this year, Norway said.",
     "expelled=contradicted:actor"),
    ("Acme signed Tomas Berg for 9 million euros, the biggest transfer this year, Northfield said.",
     "transfer=contradicted:actor"),
], must_fail=[
    ("Acme agreed to buy Borealis for 2 billion euros, the largest takeover this year, Northfield said.",
     "deal=supported"),
    ("Northfield signed Tomas Berg for 9 million euros, a transfer Acme had also sought, Borealis said.",
     "transfer=supported"),
])

# a party of the record's cast in another claim's role is a swap to report, unless the record holds the act
# for more than one actor on the same party (two people join one board): then one more actor is a
# bystander, as a party no claim knows is (Matcher._compare, _claimfacts.shared_events)
rule("many-actors-of-one-act", must_pass=[
    ("Judge Hart joined the board of Acme on Monday.", "berg-joins=unverified; lopez-joins=!contradicted"),
    ("Judge Hart, who joined the board of Acme on Monday, spoke to reporters.",
     "berg-joins=!contradicted; lopez-joins=!contradicted"),
    ("Judge Ann Hart will join the board of Acme.", "berg-joins=!contradicted; lopez-joins=!contradicted"),
], must_fail=[
    ("Tomas Berg fired Judge Hart.", "hart-fired=contradicted:actor"),
    ("Maria Lopez fired Judge Hart.", "hart-fired=contradicted:actor"),
], base=BOARD_BASE)

# the subject of a verb whose subject always undergoes it ("lost", "suffered") is the one the event happened
# to: the claim's target, which ties the sentence to the claim; the subject of any other verb that fits only
# the target is no conflict, and ties nothing (Matcher._compare, lex.undergoing_verbs)
rule("subject-that-undergoes", must_pass=[
    ("Borealis lost 3 billion euros to the fraud.", "losses=contradicted:quantity"),
    ("Borealis lost 2 billion euros.", "losses=supported"),
    (("Judge Hart heard the case.", "The judge found that Borealis lost 3 billion euros."),
     "losses=contradicted:quantity"),
], must_fail=[
    ("Borealis unveiled on 12 January 2022 a plan to merge.", "unveiled=!contradicted"),
    ("Northfield lost 3 billion euros to the fraud.", "losses=!contradicted"),
], base=LOSSES_BASE)

# one act the record holds for each of two parties, both named doing it in one sentence, confirms both
# claims; a party named in another role or clause confirms nothing (Matcher._set_aside)
rule("two-actors-one-act", must_pass=[
    ("Tomas Berg and Maria Lopez will join the board of Acme.", "berg-joins=supported; lopez-joins=supported"),
    ("Maria Lopez and Tomas Berg will join the board of Acme.", "berg-joins=supported; lopez-joins=supported"),
    ("Both Tomas Berg and Maria Lopez joined the board of Acme on Monday.",
     "berg-joins=supported; lopez-joins=supported"),
], must_fail=[
    ("Tomas Berg will join the board of Acme, Maria Lopez said.", "berg-joins=supported; lopez-joins=-"),
    ("Maria Lopez welcomed Tomas Berg, who will join the board of Acme.", "berg-joins=supported; lopez-joins=-"),
], base=BOARD_BASE)

# a length joined by a hyphen to another claim's event word ("to end a 41-day strike") measures that event,
# not the event before it, even where a word of the first claim's own phrases is that event word
# ("strike a deal") (Matcher._compare, kinds.duration.Duration.head)
rule("length-of-another-event", must_pass=[
    ("Acme and Borealis reached a deal to end a 41-day strike.", "deal=supported; walkout=supported"),
    ("Acme reached a deal with Borealis to end a 30-day strike.", "deal=supported; walkout=contradicted:duration"),
    ("Acme signed a deal with Borealis that ends a six-week strike.", "deal=supported"),
], must_fail=[
    ("Acme and Borealis reached a two-year deal.", "deal=contradicted:duration"),
    ("Acme and Borealis reached a deal for 30 days.", "deal=contradicted:duration"),
], base=WALKOUT_BASE)

# ... unless the claim's own words give the length that noun ("sought a 40-year sentence" against a request
# recorded as "a 30-year sentence", beside a claim of the sentence handed down)
REQUEST_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("request-2024", "2024-03-01", [
    {"id": "sentence", "statement": "Judge Ann Hart sentenced Maria Lopez to 12 years in prison.",
     "keywords": ["sentence", "jailed"],
     "values": [actor("judge-hart"), target("maria-lopez"), {"kind": "duration", "iso": "P12Y"}]},
    {"id": "asked", "statement": "Ola Dahl asked for a 20-year sentence for Maria Lopez.",
     "keywords": ["asked for", "sought"],
     "values": [actor("ola-dahl"), target("maria-lopez"), {"kind": "duration", "iso": "P20Y"}]},
]))])
rule("length-of-the-claims-own-noun", must_pass=[
    ("Ola Dahl had sought a 30-year sentence for Maria Lopez.", "asked=contradicted:duration"),
    ("Ola Dahl asked for a 30-year sentence.", "asked=contradicted:duration"),
    ("Ola Dahl had sought a 20-year sentence for Maria Lopez.", "asked=supported"),
], must_fail=[
    ("Ola Dahl had sought a 20-year sentence, but Judge Ann Hart gave Maria Lopez a 30-year sentence.",
     "asked=!contradicted; sentence=contradicted:duration"),
    ("Maria Lopez, for whom Ola Dahl sought more, got a 30-year sentence.", "asked=!contradicted"),
    ("Judge Ann Hart handed Maria Lopez a 30-year sentence.", "asked=-"),
], base=REQUEST_BASE)

# a figure called a first part ("an immediate 11% raise") of a figure the claim records as a total ("raises
# totalling 25% over the deal") is a step of it, not a wrong total (_figures.instalment_of_total,
# lex.instalment_words, lex.total_words)
rule("first-part-of-a-total", must_pass=[
    ("Acme workers will get an immediate 11% raise.", "raise=!contradicted"),
    ("Acme workers get an initial 10% raise on ratification.", "raise=!contradicted"),
    ("Acme staff will receive an upfront 11% raise.", "raise=!contradicted"),
], must_fail=[
    ("Acme workers will get a 15% raise.", "raise=contradicted:quantity"),
    ("Acme workers will get raises of 15% in all, starting with a raise of 11%.", "raise=contradicted:quantity"),
], base=WALKOUT_BASE)

# an event word that says nothing of the claim cannot vouch for it: where another event word of the claim
# states the sentence's only figure, and it conflicts, the empty one no longer makes the claim supported
# (Matcher._judge)
DEAL_DONE = "Acme agreed to buy Borealis on Monday."
rule("empty-event-word-vouches-for-nothing", must_pass=[
    ((DEAL_DONE, "Borealis will fetch 57 euros per share, paid in cash."), "price=!supported"),
    ((DEAL_DONE, "Borealis will fetch 57 euros per share in cash."), "price=!supported"),
    ((DEAL_DONE, "Borealis holders will get 57 euros per share, all in cash."), "price=contradicted:quantity"),
], must_fail=[
    ((DEAL_DONE, "Borealis will fetch 157 euros per share, paid in cash."), "price=supported"),
    ((DEAL_DONE, "Borealis will fetch 57 euros per share and 20 euros more in cash."), "price=-"),
], base=WALKOUT_BASE)

# a denial that states nothing of the claim but its event word, done to a thing the claim never names, may
# deny the event of anything ("have not yet recovered the four bolts" against the finding of the door plug)
# (Matcher._decide, _clauses.denied_object)
PLUG_FOUND = "Tomas Berg found the door plug of Acme's jet."
rule("denial-of-another-thing", must_pass=[
    ((PLUG_FOUND, "We have not yet recovered the four bolts that held it."), "plug=-"),
    ((PLUG_FOUND, "Investigators have not found the bolts."), "plug=-"),
    ((PLUG_FOUND, "They never found the two pins that held it in place."), "plug=-"),
], must_fail=[
    ((PLUG_FOUND, "We have not found the door plug."), "plug=contradicted"),
    ((PLUG_FOUND, "Nobody has recovered the plug."), "plug=contradicted"),
], base=WALKOUT_BASE)

# a figure a sibling claim confirms is no evidence against another claim, and an amount counts as far as it
# is written: "55%" is the run-off share of 55.69% a sibling confirms, not a wrong first-round share of 20%
# (_verdicts.explained)
RUNOFF = "Peru won 55.69% of the run-off vote."
rule("figure-a-sibling-accounts-for", must_pass=[
    ((RUNOFF, "Peru won 55% of the vote."), "peru-share=supported; peru-first-round=-"),
    ((RUNOFF, "In the vote count, Peru won 55% of the vote to 44% for Chile."), "peru-first-round=-"),
    ((RUNOFF, "Peru won 56% of the vote."), "peru-share=supported; peru-first-round=-"),
], must_fail=[
    ((RUNOFF, "In the vote count, Peru won 58% of the vote."), "peru-first-round=contradicted:quantity"),
    ((RUNOFF, "Peru won 54% of the vote."), "peru-first-round=contradicted:quantity"),
], base=VOTES_BASE)

# a body named where an event happens ("at Acme", "at ISRO's control centre") is no other place than the
# claim's: only a place, or a name of unknown kind, conflicts with the claim's place (kinds.entity.compare_place)
rule("a-body-is-no-place", must_pass=[
    ("Norway summoned Chile's ambassador at Acme on 5 May 2023.", "summoned=supported"),
    ("Norway summoned Chile's ambassador at Borealis's offices on 5 May 2023.", "summoned=supported"),
    ("Norway summoned Chile's ambassador at Acme Corp on 5 May 2023.", "summoned=!contradicted"),
], must_fail=[
    ("Norway summoned Chile's ambassador in Santiago on 5 May 2023.", "summoned=contradicted:place"),
    ("Norway summoned Chile's ambassador at Acme in Santiago on 5 May 2023.", "summoned=contradicted:place"),
])

# a figure written right after a party's name ("Norway had 57%", "gives Chile 48%", "Chile's 45%") is that
# party's: where two sibling claims share the event word, each is compared with its own party's figure, and
# a claim is never contradicted by a figure another named party holds (Matcher._own_figures,
# _figures.figure_owner); a place owns no figure
VOTE = "Norway won 55% of the vote."
rule("each-party-its-own-figure", must_pass=[
    ((VOTE, "In the vote count, Norway had 57% to Chile's 45%."),
     "norway-share=contradicted:quantity; chile-share=supported"),
    ((VOTE, "In the final vote, Chile had 57% to Norway's 55%."),
     "chile-share=contradicted:quantity; norway-share=supported"),
    ((VOTE, "In the vote count, Norway took 51% to Chile's 45%."), "norway-share=contradicted:quantity"),
], must_fail=[
    ((VOTE, "In the vote count, Norway had 55% to Chile's 45%."), "norway-share=supported; chile-share=supported"),
    ((VOTE, "In the vote count, Chile had 45%."), "chile-share=supported; norway-share=-"),
], base=VOTES_BASE)
rule("another-partys-figure", must_pass=[
    ((VOTE, "In the vote count, Peru had 57%."), "norway-share=-"),
    ((VOTE, "In the vote count, Peru took 57%."), "norway-share=-"),
    ((VOTE, "In the vote count, Peru's 57% led the field."), "norway-share=-"),
], must_fail=[
    ((VOTE, "In the vote count in Oslo, 57% went to Norway."), "norway-share=contradicted:quantity"),
    ((VOTE, "In the vote count, Norway had 57%."), "norway-share=contradicted:quantity"),
], base=VOTES_BASE)

# a clause that opens on a named party the claim does not hold is that party's, even where the analysis
# binds the party to no role of the event word ("The Nasdaq Composite dropped 17 points to finish at ...");
# a party after a preposition ("according to"), a possessive or a speaker opens nothing
# (_clauses.clause_opener, _clauses.is_stranger)
rule("clause-opened-by-another-party", must_pass=[
    (("Acme agreed to buy Borealis.", "The Northfield club, for its part, paid 7 billion euros to buy a stadium."),
     "deal=-"),
    (("An earthquake in Jajarkot killed 153 people.", "Finland, by contrast, saw floods that killed 40 people."),
     "quake-toll=-"),
    (("An earthquake in Jajarkot killed 153 people.", "Peru recorded a tremor that killed 12 people."),
     "quake-toll=-"),
], must_fail=[
    (("Acme agreed to buy Borealis.", "The takeover will cost 3 billion euros."), "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "According to Northfield, the takeover will cost 3 billion euros."),
     "deal=contradicted:quantity"),
    (("An earthquake in Jajarkot killed 153 people.", "Nepal said 40 people were killed."),
     "quake-toll=contradicted:count"),
    (("Acme agreed to buy Borealis.", "The buyer, whom Northfield advised, pays 3 billion euros in the takeover."),
     "deal=contradicted:quantity"),
])

# ... and so does a single name no entity holds and no dictionary knows, as the subject of the verb after it
# (_clauses.opened_by_unknown_name); a name before a noun, or in a title-case headline, is no subject
rule("clause-opened-by-an-unknown-name", must_pass=[
    (("Acme agreed to buy Borealis.", "Zyntrax is waiting for approval to buy a rival for 5 billion euros."),
     "deal=-"),
    (("Acme agreed to buy Borealis.", "Vantrolis paid 6 billion euros for a takeover in Asia last year."),
     "deal=-"),
    (("Acme agreed to buy Borealis.", "Quorvex will pay 7 billion euros for the takeover of a smaller rival."),
     "deal=-"),
    # a capitalised word inside the sentence is a name even if the dictionary knows it, and a name right
    # before the event word is its subject
    (("Acme agreed to buy Borealis.", "Shares rose when Rich bought a rival for 5 billion euros."), "deal=-"),
    (("Acme agreed to buy Borealis.", "Shares rose when Zyntrax bought a rival for 5 billion euros."), "deal=-"),
], must_fail=[
    (("Acme agreed to buy Borealis.", "Shares rose when Acme agreed to buy it for 5 billion euros."),
     "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "Zyntrax analysts expect the takeover to cost 3 billion euros."),
     "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "ZYNTRAX SAYS TAKEOVER WILL COST 3 BILLION EUROS"),
     "deal=contradicted:quantity"),
])

# a figure that a sibling claim fits in every value is that claim's, even where the sibling is set aside
# because the sentence reads its past event as a plan ("said it would cut 6%" for January's cut):
# no wrong figure of the December cut (Matcher.decide, _verdicts.explained)
rule("figure-of-a-sibling-set-aside", must_pass=[
    ("Acme said it would cut 6% of its staff.", "december-cut=-"),
    ("Acme planned to cut 6% of its staff, it said.", "december-cut=-"),
    ("Acme would cut 6% of its staff, its chief said.", "december-cut=-"),
], must_fail=[
    ("Acme said it would cut 9% of its staff.", "december-cut=contradicted:quantity"),
    ("Acme said in January it would cut 17% of its staff.", "december-cut=contradicted:date"),
], base=CUTS_BASE)

# a verb of refusal ("denied", "rejected", "declined") negates an event, but confirms a claim that is
# itself a refusal in its statement or a wording ("refused Acme's request"); any other negation still
# contradicts (Matcher._compare, lex.refusal_cues)
rule("refusal-confirms-a-refusal", must_pass=[
    ("Judge Hart rejected the injunction Acme sought.", "injunction-refused=supported"),
    ("Judge Hart declined to grant Acme an injunction.", "injunction-refused=supported"),
    ("Judge Hart denied Acme's request for an injunction.", "injunction-refused=supported"),
], must_fail=[
    ("Acme refused to cut 6% of its staff in January.", "january-cut=contradicted:polarity"),
    ("Acme declined to cut 6% of its staff in January.", "january-cut=contradicted:polarity"),
    ("Acme refuses to cut 6% of its staff in January.", "january-cut=contradicted:polarity"),
    ("Acme fails to cut 6% of its staff in January.", "january-cut=contradicted:polarity"),
    ("Acme did not cut 6% of its staff in January.", "january-cut=contradicted:polarity"),
], base=CUTS_BASE)

# a figure written as "NOUN of FIGURE" measures that noun: one the claim's wordings never use names
# another measure ("debts of 5 billion euros" against a purchase price), unless it is a mere word for a
# figure ("a price of", "a total of") (_figures.of_another_measure, lex.value_nouns)
rule("figure-of-another-measure", must_pass=[
    (("Acme agreed to buy Borealis.", "Acme took on debts of 5 billion euros for the takeover."),
     "deal=!contradicted"),
    (("Acme agreed to buy Borealis.", "Acme will fund the takeover with a loan of 4 billion euros."),
     "deal=!contradicted"),
    (("Acme agreed to buy Borealis.", "Acme will book savings of 1 billion euros from the takeover."),
     "deal=!contradicted"),
], must_fail=[
    (("Acme agreed to buy Borealis.", "Acme paid a price of 3 billion euros in the takeover."),
     "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "The takeover has a value of 3 billion euros."), "deal=contradicted:quantity"),
    (("Acme agreed to buy Borealis.", "Acme completed the takeover for a total of 3 billion euros."),
     "deal=contradicted:quantity"),
])

# one figure for two of a claim's counted nouns together is their sum, not a wrong figure of either
# ("177 passengers and crew" for 171 passengers and 6 crew) (_figures.counted_together)
rule("figure-of-two-counts-together", must_pass=[
    ("None of the 177 passengers and crew aboard were hurt.", "flight=!contradicted"),
    ("The jet carried 177 passengers and crew.", "flight=!contradicted"),
    ("The jet carried 177 crew members and passengers.", "flight=!contradicted"),
], must_fail=[
    ("The jet carried 180 passengers and crew.", "flight=contradicted"),
    ("The jet carried 177 passengers.", "flight=contradicted"),
], base=CUTS_BASE)

# a negated passive said of a thing the claim's wordings never name denies nothing of the claim: "those
# bolts have not been found" against the finding of the door plug (Matcher._compare, _clauses.passive_subject)
FOUND = "A teacher in Oslo found the door plug of the jet."
rule("negated-passive-of-another-thing", must_pass=[
    ((FOUND, "In Oslo, those bolts have not yet been found."), "plug-found=-"),
    ((FOUND, "In Oslo, the four missing bolts were never found."), "plug-found=-"),
    ((FOUND, "In Oslo, its four bolts were not found."), "plug-found=-"),
    # the thing a relative clause hangs from is what the passive is said of
    ((FOUND, "In Oslo, four bolts that held the door plug in place were not found."), "plug-found=-"),
], must_fail=[
    ((FOUND, "In Oslo, the door plug has not been found."), "plug-found=contradicted:polarity"),
    ((FOUND, "In Oslo, the door plug that held four bolts in place was not found."),
     "plug-found=contradicted:polarity"),
    ((FOUND, "In Oslo, the plug was not found."), "plug-found=contradicted:polarity"),
], base=CUTS_BASE)

# a negated active act whose object is a plain noun the claim's wordings never use denies nothing of the
# claim: "Acme will not buy shares in Borealis" against its takeover (Matcher._compare, _clauses.object_noun)
rule("negated-act-on-another-thing", must_pass=[
    ("Acme will not buy shares in Borealis.", "deal=-"),
    ("Acme will not acquire cloud rights for the games of Borealis.", "deal=-"),
    ("Norway did not expel journalists from Chile.", "expelled=-"),
], must_fail=[
    ("Acme will not buy Borealis.", "deal=contradicted:polarity"),
    ("Norway did not expel diplomats from Chile.", "expelled=contradicted:polarity"),
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    # an object that names an act (a derived noun, or a singular event word of the base) is the act itself
    ("Acme has not completed the acquisition of Borealis.", "closed=contradicted:polarity"),
    ("Acme has not completed its takeover of Borealis.", "closed=contradicted:polarity"),
])

# a figure right after a named party's possessive is that party's ("the Nasdaq's 1.6% loss"), unless the
# party is the claim's own (_figures.owned_by_another)
rule("figure-owned-by-another-party", must_pass=[
    ("Acme agreed to buy Borealis, topping Northfield's 3 billion euros.", "deal=!contradicted"),
    ("Acme's takeover of Borealis tops Northfield's 3 billion euros.", "deal=!contradicted"),
    ("Acme agreed to buy Borealis, beating Northfield's 3 billion euros and Peru's 4 billion euros.",
     "deal=!contradicted"),
], must_fail=[
    ("Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted:quantity"),
    ("Acme agreed to buy Borealis, paying Acme's 3 billion euros.", "deal=contradicted:quantity"),
])

# a figure placed in one part of the claim's place counts that part, not the whole; two parts are a
# breakdown beside the whole's figure (Matcher._compare, _figures.in_part)
rule("figures-of-a-part", must_pass=[
    ("In Ramidanda, 40 people were killed.", "quake-toll=-"),
    ("The earthquake killed 40 people in Ramidanda.", "quake-toll=-"),
    ("In nearby Nalgad, 12 people were killed, officials said.", "quake-toll=-"),
], must_fail=[
    ("The earthquake killed 180 people in Jajarkot.", "quake-toll=contradicted:count"),
    ("The earthquake killed 180 people: 140 in Ramidanda and 40 in Nalgad.", "quake-toll=contradicted:count"),
    ("The earthquake killed 180 people in Jajarkot, most of them in Ramidanda.", "quake-toll=contradicted:count"),
])

# a figure placed in a place named only by a kind smaller than any toll is recorded for ("in his
# village", "in one household") counts a part too (_figures.in_local_place, lex.local_places)
QUAKE_LEAD = "An earthquake in Jajarkot killed 153 people."
rule("figures-of-a-local-place", must_pass=[
    ((QUAKE_LEAD, "Her family were among 13 people in her village killed by the quake."), "quake-toll=-"),
    ((QUAKE_LEAD, "The quake killed 12 people in one household."), "quake-toll=-"),
    ((QUAKE_LEAD, "Rescuers said the quake killed 20 people in their town."), "quake-toll=-"),
    ((QUAKE_LEAD, "The quake killed four people of the same family."), "quake-toll=-"),
    # the place of the figure's own clause, after its verb
    ((QUAKE_LEAD, "A villager said the quake killed 13 people in the village."), "quake-toll=-"),
    ((QUAKE_LEAD, "In Jajarkot, the quake killed 13 people at night in one remote village."), "quake-toll=-"),
], must_fail=[
    ((QUAKE_LEAD, "The quake killed 135 people in the district."), "quake-toll=contradicted:count"),
    ((QUAKE_LEAD, "In Jajarkot the quake killed 135 people, the police said."), "quake-toll=contradicted:count"),
    ((QUAKE_LEAD, "The quake killed 135 people in Jajarkot, where rescuers searched the village."),
     "quake-toll=contradicted:count"),
    ((QUAKE_LEAD, "The quake killed 135 people, among them a family in his village."),
     "quake-toll=contradicted:count"),
])

# a verb whose object is another claim's event, dated as that claim records it: the date is the object
# event's, not a wrong date of the verb's claim (analysis: Predication.governed; Matcher._dated_object)
rule("date-of-the-object-event", must_pass=[
    ("On 3 March 2023 Acme announced the completion of its takeover.", "announced=!contradicted"),
    ("Acme announced the completion of the deal on 3 March 2023.", "announced=!contradicted"),
    ("On 3 March 2023, Acme announced the completion of its Borealis takeover.", "announced=!contradicted"),
], must_fail=[
    # the object event's own claim disagrees: nothing explains the date
    ("On 9 March 2023 Acme announced the completion of its deal.", "announced=contradicted:date"),
    ("On 14 January 2022 Acme announced its deal for Borealis.", "announced=contradicted:date"),
])

# a sentence about a correction cites the wrong figure on purpose (Matcher._decide, lex.correction_cues)
rule("corrections", must_pass=[
    ("Initial reports said Hart sentenced Lopez to 20 years in prison, since corrected to 12.", "sentence=-"),
    ("Norway first said it expelled three Chilean diplomats, a figure it later corrected.", "expelled=-"),
    ("A report that Norway expelled three Chilean diplomats was erroneously published.", "expelled=-"),
], must_fail=[
    ("Judge Hart sentenced Lopez to 20 years in prison.", "sentence=contradicted:duration"),
    ("Norway expelled three Chilean diplomats, officials said.", "expelled=contradicted:count"),
])

# an allegation is attributed by any verb of saying ("states", "hinted", "citing"); a sentence that is all
# quotation is someone's words and states nothing as fact (lex.attribution_cues; Matcher._decide)
rule("allegations-attributed", must_pass=[
    ("Chile states that Norway is biased.", "bias=supported"),
    ("Chile hinted that Norway was biased.", "bias=supported"),
    ("Chile, citing Norway's bias, walked out.", "bias=supported"),
    ("Chile walked out, dubbing Norway biased.", "bias=supported"),
    ("Chile has labelled Norway biased.", "bias=supported"),
    ("Chile boasted that Norway was biased.", "bias=supported"),
    ("Chile thinks Norway is biased.", "bias=supported"),
    ('"Norway is biased against us."', "bias=-"),
    # ... and so by a word that frames the clause as a view, in the event's own clause (lex.framing_cues)
    ("Chile expects Norway to stay biased.", "bias=supported"),
    ("Chile fears that Norway is biased.", "bias=supported"),
], must_fail=[
    ("Norway is biased.", "bias=unverified"),
    ("Norway has shown clear bias in the talks.", "bias=unverified"),
    ("Norway is biased, though Chile hopes for talks.", "bias=unverified"),
])

# a negation word that is itself another claim's event word ("rejected", a claim of its own) tells of that
# event; it denies nothing of the claim it negates (Matcher._compare, heads)
rule("negation-that-is-another-event", must_pass=[
    ("Borealis rejected the takeover by Acme.", "deal=-; rejected=contradicted:status"),
    ("Borealis rejected Acme's takeover.", "deal=-"),
    ("The board of Borealis rejected the acquisition by Acme on Monday.", "deal=-"),
], must_fail=[
    ("Acme did not buy Borealis.", "deal=contradicted:polarity"),
    ("Acme failed to buy Borealis.", "deal=contradicted:polarity"),
])

# an allegation stated as fact must read like the allegation: a sentence that shares its keyword and a
# party but says something else is no restatement of it (Matcher._decide, _ALLEGATION_LIKENESS)
rule("allegation-restated-in-other-words-only", must_pass=[
    ("Norway, which has long worked to remove bias from its courts, opened an inquiry into the tax records "
     "of its fishing fleet.", "bias=-"),
    ("Norway's census office corrected a bias in the way rural households were counted last year.", "bias=-"),
    ("Norway's regulator fined three banks over a bias in mortgage pricing that hurt first-time buyers in the "
     "north.", "bias=-"),
], must_fail=[
    ("Norway is biased.", "bias=unverified:attribution"),
    ("Norway has shown clear bias in the talks.", "bias=unverified:attribution"),
])

# resolved parties may confirm but never conflict: a role known only through "it", "the two" agrees or
# is silent
# Matcher._compare (p.guessed), analysis.Predication.guessed
rule("resolved-parties-never-conflict", must_pass=[
    ((EXPELLED, "The two were given 48 hours to leave."), "expelled=supported"),
    (("Chile protested on Monday.", "It expelled two diplomats."), "expelled=!contradicted"),
    (("Borealis made a statement.", "It said Acme agreed to buy Borealis for 2 billion euros."),
     "deal=supported"),
    # ... nor does a pronoun's agreement establish the event against a named rival in another role
    (("Judge Ann Hart spoke on Monday.", "She sentenced Tomas Berg to 12 years in prison."), "sentence=unverified"),
], must_fail=[
    ("Chile expelled three diplomats.", "expelled=!supported"),
    ("Three Chilean diplomats were expelled by Peru.", "expelled=contradicted:actor"),
    # a resolved possessive pronoun ("two of its diplomats") may agree but never conflict
    (("Chile protested on Monday.", "Norway then expelled two of its diplomats."), "expelled=!contradicted"),
])

# other event of the same kind, and background dated to another year, are skipped
# Matcher._compare (p.other_event, "dated to another year"), matcher._claim_years
rule("other-event-and-background", must_pass=[
    ("Another quake killed 9,000 people in Jajarkot in 2015.", "quake-toll=-"),
    ("Norway expelled three Chilean diplomats in 2019.", "expelled=-"),
    ("Norway had expelled five Chilean diplomats in 2011.", "expelled=-"),
    # a year the claim's story does not cover marks background ("since 2015, when ...")
    ("It was the deadliest quake since 2015, when nearly 9,000 people were killed in Nepal.", "quake-toll=-"),
    bug("'in a separate case' marks another sentencing; the other-event cues are only looked for before the "
        "event word, so the 20-year term contradicts the claim",
        (("Maria Lopez was sentenced to 12 years.", "She was jailed in a separate case for 20 years.")),
        "sentence=-"),
], must_fail=[
    ("Norway expelled three Chilean diplomats in 2023.", "expelled=contradicted:count"),
    ("Norway had earlier expelled three Chilean diplomats.", "expelled=contradicted:count"),
    ("Last week Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
])

# hedged numbers: "at least", "more than", "up to" are consistent without confirming; "nearly", "about"
# confirm a nearby figure on the right side
# kinds.numbers.hedge, kinds.base.fit, kinds.count.compare, kinds.quantity.compare
rule("hedged-numbers", must_pass=[
    ("At least 69 people were killed in the quake in Jajarkot.", "quake-toll=!contradicted"),
    ("More than 100 people were killed in the quake in Jajarkot.", "quake-toll=!contradicted"),
    ("Up to 200 people were killed in the quake in Jajarkot.", "quake-toll=!contradicted"),
    ("Fewer than 200 people were killed in the quake in Jajarkot.", "quake-toll=!contradicted"),
    ("Nearly 160 people were killed in the quake in Jajarkot.", "quake-toll=supported"),
    ("About 150 people were killed in the quake in Jajarkot.", "quake-toll=supported"),
    ("Northfield signed Tomas Berg for more than 5 million euros.", "transfer=supported"),
    # a hedged figure is consistent, never confirming, however the sentence names the claim's parties
    ("The quake killed at least 69 people, Nepali officials said.", "quake-toll=!supported"),
], must_fail=[
    ("At least 200 people were killed in the quake in Jajarkot.", "quake-toll=contradicted:count"),
    ("More than 200 people were killed in the quake in Jajarkot.", "quake-toll=contradicted:count"),
    ("Nearly 150 people were killed in the quake in Jajarkot.", "quake-toll=contradicted:count"),
    ("About 120 people were killed in the quake in Jajarkot.", "quake-toll=contradicted:count"),
    ("Fewer than 100 people were killed in the quake in Jajarkot.", "quake-toll=contradicted:count"),
    ("Northfield signed Tomas Berg for more than 10 million euros.", "transfer=contradicted:quantity"),
])

# counts: a number is compared only with the claim's noun (or its aliases) within a few words
# matcher._count_slot, matcher._heads
rule("counts", must_pass=[
    ("Norway expelled two Chilean envoys.", "expelled=supported"),
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
    ("Tomas Berg was banned for four games.", "ban=contradicted:count"),
], must_fail=[
    ("Norway expelled two Chilean diplomats and three journalists.", "expelled=supported"),
    ("Tomas Berg was banned for three matches after 40 fouls.", "ban=supported"),
    ("Tomas Berg was banned for four weeks.", "ban=!contradicted"),
])

# durations: compared in seconds, so "two days" is "48 hours"; a hyphenated duration counts only
# before a duration noun or the claim's own keyword
# matcher._duration_slot (lex.duration_heads)
rule("durations", must_pass=[
    ("Norway gave the Chilean diplomats two days to leave.", "expelled=supported"),
    ("Norway gave two Chilean diplomats a 72-hour deadline to leave.", "expelled=contradicted:duration"),
    ("Maria Lopez receives 20-year sentence", "sentence=contradicted:duration"),
    ("Judge Ann Hart gave Maria Lopez a 12-year sentence.", "sentence=supported"),
], must_fail=[
    ("Norway expelled two Chilean diplomats on a 72-hour flight.", "expelled=supported"),
    ("Lopez lodged an appeal two weeks after she was sentenced to 12 years.", "sentence=supported"),
])

# quantities: a number before the claim's unit
# matcher._quantity_slot
rule("quantities", must_pass=[
    ("Acme agreed to buy Borealis for 2 billion euros.", "deal=supported"),
    ("Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted:quantity"),
    ("Northfield signed Tomas Berg for 12 million euros.", "transfer=contradicted:quantity"),
    ("Acme agreed to buy Borealis for €3 billion.", "deal=contradicted:quantity"),
    ("Acme agreed to buy Borealis for €2bn.", "deal=supported"),
], must_fail=[
    ("Acme agreed to buy Borealis for 3 billion dollars.", "deal=!contradicted"),
    ("Acme agreed to buy Borealis for $3 billion.", "deal=!contradicted"),
    ("Acme agreed to buy Borealis, whose 900 staff earn 3 billion euros a year.", "deal=!contradicted"),
])

# places compare strictly: a city is not another city of the same country, but a country holds its cities
# matcher._place_slot, Matcher._compare (PlaceValue)
rule("places", must_pass=[
    ("Norway summoned Chile's ambassador in Oslo on 5 May.", "summoned=supported"),
    ("Norway summoned Chile's ambassador in Norway.", "summoned=supported"),
    ("Norway summoned Chile's ambassador in Bergen on 5 May.", "summoned=contradicted:place"),
    ("Norway summoned Chile's ambassador in Santiago on 5 May.", "summoned=contradicted:place"),
    # a person belongs to a ministry in Oslo, but naming them does not say where the event took place
    ("Ola Dahl summoned Chile's ambassador in Santiago on 5 May.", "summoned=contradicted:place"),
], must_fail=[
    ("Ola Dahl summoned Chile's ambassador on 5 May.", "summoned=supported"),
    ("The Norwegian Foreign Ministry summoned Chile's ambassador on 5 May.", "summoned=supported"),
    ("Norway summoned Chile's ambassador on 5 May.", "summoned=supported"),
    ("Oslo summoned Chile's ambassador on 5 May.", "summoned=supported"),
])

# dates: any stated precision agrees when it fits; a day inside a claimed range agrees
# matcher._date_slot, matcher._within, matcher._between
rule("dates", must_pass=[
    ("Norway summoned Chile's ambassador in May 2023.", "summoned=supported"),
    ("Norway summoned Chile's ambassador on 5 May.", "summoned=supported"),
    ("Northfield won the derby on 4 March.", "derby=supported"),
    ("Northfield won the derby in March 2024.", "derby=supported"),
], must_fail=[
    ("Norway summoned Chile's ambassador on 7 May.", "summoned=contradicted:date"),
    ("Norway summoned Chile's ambassador in 2022.", "summoned=contradicted:date"),
    ("Northfield won the derby on 9 March.", "derby=contradicted:date"),
])

# status and polarity: a negated verified claim is denied; a negated false claim is rejected; an
# allegation must be attributed; a disputed claim restated as settled is unverified
# _verdicts.verdict_of
rule("status-and-polarity", must_pass=[
    ("Norway did not expel any Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Acme never agreed to buy Borealis.", "deal=contradicted:polarity"),
    ("Borealis never rejected Acme's offer.", "rejected=supported"),
    ("Borealis rejected Acme's offer.", "rejected=contradicted:status"),
    ("Norway is biased.", "bias=unverified:attribution"),
    ("Chile accuses Norway of bias.", "bias=supported"),
    ("Acme will cut 500 jobs at Borealis.", "jobs=unverified:status"),
], must_fail=[
    ("Norway made no comment on the expulsion of two Chilean diplomats.", "expelled=supported"),
    ("Norway did not give reasons for the expulsion of two Chilean diplomats.", "expelled=supported"),
    ("Chile says Norway is biased.", "bias=supported"),
    bug("'does not accuse' denies the allegation the record holds; the negation cue is kept from the event "
        "word 'bias' by the stopper 'of', so the sentence reads as a correct attribution and is supported",
        "Chile does not accuse Norway of bias.", "bias=!supported"),
])

# supported needs something confirmed: an event word alone, or with only hedged or unrelated values,
# is no support
# Matcher._decide (agreements == 0)
rule("supported-needs-confirmation", must_pass=[
    ("Norway expelled two Chilean diplomats.", "expelled=supported"),
    ("The quake in Jajarkot killed 153 people.", "quake-toll=supported"),
    ("Acme agreed to buy Borealis.", "deal=supported"),
], must_fail=[
    ("Diplomats were expelled.", "*=-"),
    ("The quake killed 153 people.", "quake-toll=-"),
    bug("nothing of the claim is confirmed by 'Norway accuses Chile of bias' (the accused party is Chile, "
        "not the record's Norway); the claim is 'named', so the code supports it as a correct attribution",
        "Norway accuses Chile of bias.", "bias=!supported"),
])

# claims without keywords are matched on wording alone, above the base's min_score
# Matcher.assess (free index), Matcher._judge (free_min_score)
rule("wording-only-claims", must_pass=[
    ("Northfield United won the league title for the first time in 1998.", "league-title=supported"),
    ("The Northfield stadium holds 41,000 spectators.", "stadium=supported"),
    ("Northfield United won the league title in 1998 for the first time.", "league-title=supported"),
], must_fail=[
    ("Northfield United lost the cup final in 2001.", "league-title=-"),
    ("Tomas Berg scored twice in the league.", "league-title=-; stadium=-"),
    ("Northfield won the derby on 4 March.", "league-title=!contradicted"),
], base=ARCHIVE_BASE)

# claims completed from their statements must not disturb claims that have keywords: in a base holding
# both, each sentence is judged as it is in a base without the archive
# claimbase.ClaimBase (infer_base), Matcher.assess (every claim's event words), _verdicts.compete
rule("archive-beside-keyword-claims", must_pass=[
    ("Northfield signed Tomas Berg for 12 million euros.", "transfer=contradicted:quantity"),
    ("Tomas Berg was banned for three matches.", "ban=supported; league-title=-"),
    ("Northfield United won the league title for the first time in 1998.", "league-title=supported"),
    bug("an archive claim whose inferred keyword ('win') occurs in the sentence splits it into two events, "
        "so Northfield is no longer the agent of 'derby' and the date conflict of 'Northfield won the derby "
        "on 9 March' is not established; the derby claim gets no finding (league-title is supported instead)",
        "Northfield won the derby on 9 March.", "derby=contradicted:date"),
], must_fail=[
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted:count; league-title=-; stadium=-"),
    ("Judge Ann Hart sentenced Maria Lopez to 12 years in prison.", "sentence=supported; league-title=-"),
    bug("a sentence about another win ('won the derby on 4 March') confirms nothing of 'won the league title "
        "in 1998'; the archive claim's inferred keyword and party make it supported",
        "Northfield won the derby on 4 March.", "league-title=-"),
], base=MIXED_BASE)

# uncovered: a checkable sentence (a party and a number, date or duration) no claim speaks about
# Matcher.decide (Verdict.uncovered), Mentions.checkworthy
rule("uncovered", must_pass=[
    ("Nepal has 77 districts.", "uncovered=yes"),
    ("Chile and Peru signed a trade pact in 2019.", "uncovered=yes"),
    ("Tomas Berg is 27 years old.", "uncovered=yes"),
], must_fail=[
    ("Norway expelled two Chilean diplomats.", "uncovered=no"),
    ("Chile protested strongly.", "uncovered=no"),
    ("Around 40 people gathered outside.", "uncovered=no"),
])

# irrealis and questions: a wish, threat or question asserts no fact to contradict
# Matcher._compare (p.irrealis), Matcher._decide (question)
rule("irrealis-and-questions", must_pass=[
    ("Will Norway expel three Chilean diplomats?", "expelled=-"),
    ("Norway threatened to expel three Chilean diplomats.", "expelled=-"),
    ("Acme could buy Borealis for 3 billion euros.", "deal=!contradicted"),
], must_fail=[
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted"),
    ("Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted"),
])


# a request is known by what it asks for: another asker in a sentence with no figure is another request,
# while another doer of a deed is an error even without the figure (Matcher._decide, Matcher._request)
rule("another-asker-without-figures", must_pass=[
    ("Judge Hart recommended that Maria Lopez be held in a prison near Oslo.", "asked=-"),
    ("Judge Hart recommended Maria Lopez serve her sentence close to Oslo.", "asked=-"),
    ("Judge Hart has recommended that Maria Lopez be sent to a prison in Norway.", "asked=-"),
], must_fail=[
    ("Judge Hart asked for a term of 20 years for Maria Lopez.", "asked=unverified:actor"),
    ("Ola Dahl sentenced Maria Lopez.", "sentence=contradicted:actor"),
    ("Peru agreed to buy Borealis.", "deal=contradicted:actor"),
])


# parts that add up to a figure the record holds are that report's breakdown, not a wrong count of a part
# (Matcher._breakdown_of_sibling)
rule("breakdown-of-a-recorded-total", must_pass=[
    ("Police said 92 people died in Jajarkot and 36 died in Nalgad.", "jajarkot-toll=!contradicted"),
    ("The quake killed 92 people in Jajarkot and 36 people elsewhere.", "jajarkot-toll=!contradicted"),
    ("Officials said 100 people died in Jajarkot and 28 died in Ramidanda.", "jajarkot-toll=!contradicted"),
    ("The police said 92 people died in Jajarkot and 36 in Nalgad.", "jajarkot-toll=!contradicted"),
], must_fail=[
    ("Police said 92 people died in Jajarkot.", "jajarkot-toll=contradicted:count"),
    ("Police said 92 people died in Jajarkot and 30 died in Nalgad.", "jajarkot-toll=contradicted:count"),
], base=TOLLS_BASE)


# an unknown town placed in a region that is no country ("in Marion, Illinois") may lie in the claim's country
# and is not read against it; one placed in a country, or read against a claim's town, still disagrees
# (mentions.in_a_region, lex.country_names)
PLANT_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("plant-2023", "2023-11-04", [
    {"id": "plant", "statement": "Acme opened a plant in Norway.", "keywords": ["opened"],
     "values": [actor("acme"), {"kind": "place", "entity": "norway"}]},
]))])
rule("town-in-an-unknown-region", must_pass=[
    ("Acme opened a plant in Moss, Viken, last week.", "plant=!contradicted"),
    ("Acme opened a plant in Alta, Finnmark.", "plant=!contradicted"),
    ("Acme opened a plant in Moss, Viken and Alta, Finnmark.", "plant=!contradicted"),
], must_fail=[
    ("Acme opened a plant in Lyon.", "plant=contradicted:place"),
    ("Acme opened a plant in Brussels, Belgium.", "plant=contradicted:place"),
    ("Acme opened a plant in Lyon, Acme said.", "plant=contradicted:place"),
], base=PLANT_BASE)
rule("town-in-an-unknown-region-against-a-town", must_pass=[
    ("Norway summoned Chile's ambassador in Oslo on 5 May 2023.", "summoned=supported"),
    ("Norway summoned Chile's ambassador in Oslo, Norway, on 5 May 2023.", "summoned=supported"),
    ("On 5 May 2023 in Oslo, Norway summoned Chile's ambassador.", "summoned=supported"),
], must_fail=[
    ("Norway summoned Chile's ambassador in Bergen, Hordaland, on 5 May 2023.", "summoned=contradicted:place"),
    ("Norway summoned Chile's ambassador in Bergen, Vestland.", "summoned=contradicted:place"),
])

# the one who does the event owns its own things: "Dahl should pay ... for his lies" names no other payee
# (Matcher._compare's owners, p.agents)
PAY_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("pay-2023", "2023-11-04", [
    {"id": "pay", "statement": "Acme must pay Borealis and Tomas Berg 2 million euros.",
     "keywords": ["should pay", "must pay", "damages"],
     "values": [target("borealis"), target("tomas-berg"), {"kind": "quantity", "number": 2e6, "unit": "euros"}]},
]))])
rule("owner-who-does-the-event", must_pass=[
    ("Jury decides Ola Dahl should pay nearly 2 million euros in damages to Borealis for his lies about the deal",
     "pay=!contradicted"),
    ("Ola Dahl should pay 2 million euros to Borealis for his lies.", "pay=!contradicted"),
    ("Ola Dahl must pay Borealis 2 million euros over his false claims.", "pay=!contradicted"),
], must_fail=[
    ("Ola Dahl should pay 2 million euros to Borealis and Chile.", "pay=contradicted:target"),
    ("Ola Dahl should pay 2 million euros to Tomas Berg and Chile.", "pay=contradicted:target"),
], base=PAY_BASE)

# a claim whose only party is the person the event is said of ("Lopez is serving six years") takes the
# subject as that party, and is not judged on a sentence that says it of another named person
# (Matcher._compare, "the event is said of another person")
SERVING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("serving-2023", "2023-11-04", [
    {"id": "swap", "statement": "Chile freed Tomas Berg in a swap for Maria Lopez.", "keywords": ["swap"],
     "values": [actor("chile"), target("tomas-berg"), target("maria-lopez")]},
    {"id": "serving", "statement": "Maria Lopez is serving a six-year sentence.",
     "keywords": ["sentence", "prison sentence", "serving"],
     "values": [target("maria-lopez"), {"kind": "duration", "iso": "P6Y"}]},
]))])
rule("event-of-another-person", must_pass=[
    ("Tomas Berg, a former Acme executive who is serving a 16-year sentence, was not freed.", "serving=-"),
    ("Ola Dahl is serving a 16-year sentence.", "serving=-"),
    (("Tomas Berg freed in swap for arms dealer Maria Lopez\n\n",
      "Reports said the swap did not include Ola Dahl, a former Marine who is serving a 16-year prison sentence."),
     "serving=!contradicted"),
    ("Maria Lopez is serving a six-year sentence.", "serving=supported"),
], must_fail=[
    ("Maria Lopez is serving a 16-year sentence.", "serving=contradicted:duration"),
    ("Maria Lopez, who is serving a 16-year sentence, appealed.", "serving=contradicted:duration"),
    ("Maria Lopez has been serving a 16-year sentence since 2020.", "serving=contradicted:duration"),
], base=SERVING_BASE)

# the moments of a market day are periods too: a valuation at the offering price is not the one at the
# close or during the day (pack period_phrases "offering", "opening", "day", "intraday"; other_period)
IPO_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("ipo-2024", "2024-03-21", [
    {"id": "ipo-value", "statement": "At the 34-euro offering price Acme was worth 6.4 billion euros.",
     "keywords": ["valuing", "valued", "valuation"],
     "values": [actor("acme"), {"kind": "quantity", "number": 6.4e9, "unit": "euros"}]},
    {"id": "opened", "statement": "Acme's shares opened at 47 euros.", "keywords": ["opened at", "opening price"],
     "values": [actor("acme"), {"kind": "quantity", "number": 47, "unit": "euros"}]},
]))])
rule("market-moments", must_pass=[
    ("By the close of trade on Thursday its shares stood at 50 euros, valuing Acme at more than 9 billion euros.",
     "ipo-value=!contradicted"),
    ("Acme was valued at about 8 billion euros during the day.", "ipo-value=!contradicted"),
    ("Acme was valued at 9 billion euros at the close, well above the offer price.", "ipo-value=!contradicted"),
    ("With its opening price rising, Acme's shares passed 50 euros during the day.", "opened=!contradicted"),
    ("Acme's shares opened at 47 euros.", "opened=supported"),
    ("At the offering price Acme was valued at 6.4 billion euros.", "ipo-value=supported"),
], must_fail=[
    ("Acme's IPO share price put its valuation at 9 billion euros.", "ipo-value=contradicted:quantity"),
    ("Acme was valued at 9 billion euros in the offering.", "ipo-value=contradicted:quantity"),
], base=IPO_BASE)

# a sentence opening on "This" + verb + object points back at the sentences before: the moment they measured
# at is its own (Context.resolve, Mentions.carried, _figures.other_period)
rule("moments-carried-over", must_pass=[
    (("Acme's shares opened at 47 euros, 10% above the offer price.", "This values the company at 9 billion euros."),
     "ipo-value=!contradicted"),
    (("Acme's shares opened at 47 euros.", "The rise was capped by a limit for the stock.",
      "This values the company at 9 billion euros."), "ipo-value=!contradicted"),
    (("Acme's shares closed the day at 50 euros.", "That puts the company's valuation at 9 billion euros."),
     "ipo-value=!contradicted"),
], must_fail=[
    (("Acme's shares opened at 47 euros.", "Acme was valued at 9 billion euros."), "ipo-value=contradicted:quantity"),
    (("Acme's shares opened at 47 euros.", "The rise was capped by a limit for the stock.", "Trading was calm.",
      "This values the company at 9 billion euros."), "ipo-value=contradicted:quantity"),
], base=IPO_BASE)

# an amount that a wish participle after it qualifies ("the valuation long sought by", "hoped for") is what
# someone wanted (_figures.wished_for, lex.irrealis_cues, lex.wish_followers)
rule("amount-wished-for", must_pass=[
    ("Acme shares closed in on the 9 billion euro valuation long sought by Tomas Berg.", "ipo-value=!contradicted"),
    ("Acme fell short of the 9 billion euro valuation hoped for by Tomas Berg.", "ipo-value=!contradicted"),
    ("Acme's valuation missed the 9 billion euros wanted by Tomas Berg.", "ipo-value=!contradicted"),
], must_fail=[
    ("Acme was valued at 9 billion euros in the offering, the figure Tomas Berg sought.",
     "ipo-value=contradicted:quantity"),
    ("Acme was valued at 9 billion euros in the offering.", "ipo-value=contradicted:quantity"),
], base=IPO_BASE)

# a figure right after the claim's own event word is its figure, though the word is one of change ("Aramco
# raised $26.5 billion" against proceeds of $25.6 billion); after "by" it is still a change
# (_figures.change_size, object_of)
FUND_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("fund-2019", "2019-12-11", [
    {"id": "proceeds", "statement": "Acme's share sale brought in 2 billion euros.",
     "keywords": ["raised", "brought in"],
     "values": [actor("acme"), {"kind": "quantity", "number": 2e9, "unit": "euros"}]},
]))])
rule("figure-after-the-claims-change-word", must_pass=[
    ("Acme raised 3 billion euros in its share sale.", "proceeds=contradicted:quantity"),
    ("Acme raised nearly 3 billion euros.", "proceeds=contradicted:quantity"),
    ("Acme raised about 2 billion euros.", "proceeds=supported"),
], must_fail=[
    ("Acme raised it by 3 billion euros.", "proceeds=!contradicted"),
    ("Acme raised the offer by a further 3 billion euros.", "proceeds=!contradicted"),
], base=FUND_BASE)

# how far above the ground something flew is not how tall it is (lex.measure_relations: "above", "up" are
# altitude, "tall", "high" height; a converted figure in brackets is passed over) (kinds/quantity._other_direction)
ROCKET_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("rocket-2023", "2023-04-20", [
    {"id": "tall", "statement": "Acme's rocket stands nearly 400 feet tall.", "keywords": ["rocket"],
     "values": [actor("acme"), {"kind": "quantity", "number": 400, "unit": "feet", "approx": True}]},
]))])
rule("altitude-is-no-height", must_pass=[
    ("Acme's rocket reached a height of 24.2 miles (39 kilometers) above the earth.", "tall=!contradicted"),
    ("Acme's rocket climbed to 24 miles up before it blew apart.", "tall=!contradicted"),
    ("Acme's rocket, nearly 400 feet tall, lifted off.", "tall=supported"),
], must_fail=[
    ("Acme's rocket stands 300 feet tall.", "tall=contradicted:quantity"),
    ("Acme's rocket is 300 feet high.", "tall=contradicted:quantity"),
], base=ROCKET_BASE)

# a conflict of parties only, at a keyword phrase holding a sibling claim's keyword that fits cleanly, is that
# sibling's fact (_verdicts.compete): "a settlement with Acme" is the fine on Acme, not a wrong party of the
# settlements with Borealis and Berg
SETTLE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("settle-2019", "2019-07-24", [
    {"id": "fine", "statement": "Norway fined Acme 2 million euros in a settlement.", "keywords": ["settlement"],
     "values": [actor("norway"), target("acme"), {"kind": "quantity", "number": 2e6, "unit": "euros"}]},
    {"id": "deals", "statement": "Norway reached settlements with Borealis and Tomas Berg.",
     "keywords": ["settlement with", "settlements with"],
     "values": [actor("norway"), target("borealis"), target("tomas-berg")]},
]))])
rule("sibling-fits-inside-the-phrase", must_pass=[
    ("Norway announced a 2 million euro settlement with Acme on Wednesday.", "deals=!contradicted; fine=supported"),
    ("Norway announced a settlement with Acme worth 2 million euros.", "deals=!contradicted"),
    ("Norway fined Acme 2 million euros as part of a settlement with Acme.", "deals=!contradicted"),
], must_fail=[
    ("Chile fined Acme 2 million euros in a settlement.", "fine=contradicted:actor"),
    ("Norway announced a 5 million euro settlement with Acme.", "fine=contradicted:quantity"),
], base=SETTLE_BASE)

# a record's figure may be the last of a tally that changed as the story went on ("tally": "rising" for a
# toll, "falling" for the missing): an earlier count on its side of the figure is consistent, not confirmed,
# and one past it is an error (kinds.base.recorded, kinds/count.compare's floor)
TALLY_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("tally-2023", "2023-11-04", [
    {"id": "final-toll", "statement": "The quake killed 23 people in Jajarkot.", "keywords": ["killed", "dead"],
     "values": [{"kind": "place", "entity": "jajarkot"},
                {"kind": "count", "number": 23, "noun": "people", "tally": "rising"}]},
    {"id": "still-missing", "statement": "Ten people were still missing in Jajarkot.", "keywords": ["missing"],
     "values": [{"kind": "place", "entity": "jajarkot"},
                {"kind": "count", "number": 10, "noun": "people", "tally": "falling"}]},
    {"id": "toll-confirmed", "statement": "Norway confirmed the toll on 5 May 2023.", "keywords": ["confirmed"],
     "values": [actor("norway"), {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
]))])
rule("tally-rising-or-falling", must_pass=[
    ("The quake killed 11 people in Jajarkot.", "final-toll=unverified"),
    ("Thirteen people have been declared dead in Jajarkot.", "final-toll=unverified"),
    ("Rescuers in Jajarkot searched for 12 missing people.", "still-missing=unverified"),
    ("The quake killed 23 people in Jajarkot.", "final-toll=supported"),
], must_fail=[
    ("The quake killed 30 people in Jajarkot.", "final-toll=contradicted:count"),
    ("Rescuers in Jajarkot searched for eight missing people.", "still-missing=contradicted:count"),
], base=TALLY_BASE)

# a possessive weekday after "from" or "after" dates the cause it owns, not the event ("the toll from
# Saturday's stampede"); in a phrase of time it dates the event (kinds/date._dates_its_noun, lex.cause_prepositions)
rule("weekday-of-a-cause", must_pass=[
    ("The toll from Thursday's quake in Jajarkot has risen to 30, Norway has confirmed.",
     "toll-confirmed=!contradicted"),
    ("After Thursday's quake in Jajarkot the toll rose to 30, Norway confirmed.", "toll-confirmed=!contradicted"),
    ("The damage following Thursday's quake is worse, Norway has confirmed.", "toll-confirmed=!contradicted"),
], must_fail=[
    ("The toll has risen to 30, Norway confirmed on Thursday.", "toll-confirmed=contradicted:date"),
    ("The toll in Thursday's count was 30, Norway has confirmed.", "toll-confirmed=contradicted:date"),
], base=TALLY_BASE)

# the subject of "claimed/took the lives of" is what took them: a cause no word of the story names counts
# its own dead; "the quake", "the disaster" are the story's (_figures.taker_of, lex.taking_verbs)
# refusing or failing to do what a claim says was ordered denies no order (Matcher._ordered, lex.causative_verbs,
# lex.refusal_cues)
ORDER_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("evacuation-2023", "2023-11-04", [
    {"id": "evacuation", "statement": "Norway ordered residents of Oslo evacuated.", "keywords": ["evacuate"],
     "values": [actor("norway"), {"kind": "place", "entity": "oslo"}]},
    {"id": "evacuated", "statement": "Residents of Santiago were evacuated.", "keywords": ["evacuate"],
     "values": [{"kind": "place", "entity": "santiago"}]},
]))])
rule("refusing-what-was-ordered", must_pass=[
    ("In Oslo more than 500 residents declined to evacuate.", "evacuation=!contradicted"),
    ("Many in Oslo refused to evacuate, Norway said.", "evacuation=!contradicted"),
    ("Some Oslo residents have declined to evacuate their homes.", "evacuation=!contradicted"),
], must_fail=[
    ("Norway did not evacuate residents of Oslo.", "evacuation=contradicted:polarity"),
    # a claim of no order: a refusal denies it
    ("In Santiago more than 500 residents declined to evacuate.", "evacuated=contradicted:polarity"),
], base=ORDER_BASE)

# the source's own words for a measure (its "phrase", "a one-mile zone") are the claim's words too: a measure
# hyphenated before that noun is the claim's (_claimfacts.vocabulary_of)
ZONE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("zone-2023", "2023-11-04", [
    {"id": "zone", "statement": "Norway ordered an area one mile around Oslo evacuated.", "keywords": ["evacuate"],
     "values": [actor("norway"), {"kind": "quantity", "number": 1, "unit": "miles", "phrase": "a one-mile zone"}]},
]))])
rule("words-of-a-measure-phrase", must_pass=[
    ("Norway ordered a five-mile zone around Oslo evacuated.", "zone=contradicted:quantity"),
    ("Norway ordered a one-mile zone around Oslo evacuated.", "zone=supported"),
    ("Norway had a two-mile zone around Oslo evacuated.", "zone=contradicted:quantity"),
], must_fail=[
    # a noun neither the statement nor the phrase uses
    ("Norway ordered a five-mile radius around Oslo evacuated.", "zone=!contradicted"),
    ("Norway ordered Oslo evacuated after a five-mile traffic jam.", "zone=!contradicted"),
], base=ZONE_BASE)

# a place the sentence names elsewhere than as the event's place ("..., Norwegian officials said") ties the
# sentence to the claim no more than a date does: another party held is another event (Matcher._compare)
HELD_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("held-2023", "2023-11-04", [
    {"id": "held", "statement": "Maria Lopez was held in Norway for 12 years.", "keywords": ["held"],
     "values": [target("maria-lopez"), {"kind": "place", "entity": "norway"}, {"kind": "duration", "iso": "P12Y"}]},
]))])
rule("place-named-elsewhere", must_pass=[
    ("Tomas Berg, held for a week, flew home, Norwegian officials said.", "held=!contradicted"),
    ("Tomas Berg, held for a week before the talks, was freed, officials in Norway said.", "held=!contradicted"),
    ("Judge Hart, held for two days, flew home, Norway said.", "held=!contradicted"),
], must_fail=[
    ("Maria Lopez was held in Norway for ten years.", "held=contradicted:duration"),
    ("Maria Lopez, held for ten years, flew home, Norwegian officials said.", "held=contradicted:duration"),
], base=HELD_BASE)

# a name set after a common noun in apposition ("the forward Kai Havertz") still opens its clause: someone
# the claim does not name, whose fee is no error of the claim's (_clauses.clause_opener)
SIGNED = "Northfield signed Tomas Berg on Monday."
rule("opener-after-a-common-noun", must_pass=[
    ((SIGNED, "It came after the striker Maria Lopez was bought from Acme in a transfer worth 5 million euros."),
     "transfer=!contradicted"),
    ((SIGNED, "It came after the midfielder Maria Lopez was bought from Acme in a transfer worth 5 million euros."),
     "transfer=!contradicted"),
    ((SIGNED, "It came after the defender Judge Hart was bought from Acme in a transfer worth 5 million euros."),
     "transfer=!contradicted"),
], must_fail=[
    ((SIGNED, "It came after the striker Tomas Berg was bought from Acme in a transfer worth 5 million euros."),
     "transfer=contradicted:quantity"),
    ((SIGNED, "It came after the strikers were bought from Acme in a transfer worth 5 million euros."),
     "transfer=contradicted:quantity"),
])

# a figure in a clause the text distances itself from ("Rebels claimed that ...", "the allegedly killed")
# is someone's claim, which the record cannot settle: unverified, not contradicted (lex.distancing_verbs)
rule("claims-the-text-does-not-adopt", must_pass=[
    ("Rebels claimed that the quake killed 400 people in Jajarkot.", "jajarkot-toll=unverified:count"),
    ("In Jajarkot, villagers claimed they had seen 400 people killed.", "jajarkot-toll=unverified:count"),
    ("The allegedly killed 400 people in Jajarkot were never counted.", "jajarkot-toll=unverified:count"),
], must_fail=[
    # the taking sense of "claim", and a plain report
    ("In Jajarkot the quake has claimed the lives of 200 people.", "jajarkot-toll=contradicted:count"),
    ("Officials said the quake killed 400 people in Jajarkot.", "jajarkot-toll=contradicted:count"),
], base=TOLLS_BASE)

rule("count-of-a-cause-as-subject", must_pass=[
    ("In Jajarkot, the bitter cold has already claimed the lives of 34 people.", "jajarkot-toll=-"),
    ("Hypothermia has taken the lives of 20 people in Jajarkot.", "jajarkot-toll=-"),
    ("In Jajarkot, a cholera outbreak claimed the lives of 12 people.", "jajarkot-toll=-"),
], must_fail=[
    ("In Jajarkot the quake has claimed the lives of 200 people.", "jajarkot-toll=contradicted:count"),
    ("In Jajarkot, police have confirmed the deaths of 200 people.", "jajarkot-toll=contradicted:count"),
    ("Officials said the disaster took the lives of 200 people in Jajarkot.", "jajarkot-toll=contradicted:count"),
], base=TOLLS_BASE)


# a keyword inside a set phrase ("in the short term") names no event (_clauses.in_fixed_phrase)
rule("set-phrases", must_pass=[
    ("Maria Lopez said the plan does not seem feasible in the short term.", "term=-"),
    ("Maria Lopez said she would not raise taxes in the long term.", "term=-"),
    ("Maria Lopez did not set out any short-term goals.", "term=-"),
], must_fail=[
    ("Maria Lopez will not serve a four-year term.", "term=contradicted:polarity"),
    ("Maria Lopez will serve a six-year term.", "term=contradicted:duration"),
], base=TERM_BASE)


# a length right before "after"/"before" is the time between two events, no length of the event, unless the
# claim measures such a time (kinds.duration._offset)
rule("time-between-events", must_pass=[
    ("Judge Hart jailed Maria Lopez four months after the verdict.", "sentence=!contradicted"),
    ("Judge Hart sentenced Maria Lopez two weeks before the election.", "sentence=!contradicted"),
    ("Maria Lopez was jailed by Judge Hart three years after her arrest.", "sentence=!contradicted"),
], must_fail=[
    ("Judge Hart jailed Maria Lopez for four months after the verdict.", "sentence=contradicted:duration"),
    ("Judge Hart jailed Maria Lopez for 20 years.", "sentence=contradicted:duration"),
])
rule("claims-that-measure-a-time-between-events", must_pass=[
    ("The door plug blew out six minutes after take-off.", "blowout=supported"),
    ("The door plug blew out 6 minutes after take-off.", "blowout=supported"),
    ("A door plug blew out six minutes after the jet took off.", "blowout=supported"),
], must_fail=[
    ("The door plug blew out 25 minutes after take-off.", "blowout=contradicted:duration"),
    ("The door plug blew out 20 minutes after take-off.", "blowout=contradicted:duration"),
], base=CUTS_BASE)


# a date one of the claim's own dates holds is not a wrong one for its other date (_figures.held_by_sibling)
rule("a-claim's-own-other-date", must_pass=[
    ("Acme marked its longest winning streak since January 1987.", "streak=supported"),
    ("Acme's winning streak is now the longest since 1987.", "streak=supported"),
    ("Acme shares rose for a 13th straight session, the longest run since 1987.", "streak=supported"),
], must_fail=[
    ("Acme marked its longest winning streak since January 1990.", "streak=contradicted:longest-since"),
    ("Acme shares rose for a 13th straight session on 27 July 2023.", "streak=contradicted:date"),
], base=STREAK_BASE)

# a figure reached by a subject the claim never names is that subject's (quantity._measures_another)
rule("figure-reached-by-another-subject", must_pass=[
    ("Norway's inflation eased as unemployment remained at 3.6%.", "inflation=!contradicted"),
    ("Norway's inflation eased, as wage growth stood at 4.1%.", "inflation=!contradicted"),
    ("Norway's inflation eased as mortgages were priced at over 6%.", "inflation=!contradicted"),
], must_fail=[
    ("Norway's inflation rose to 4%.", "inflation=contradicted"),
    ("In Norway, inflation stood at 4% in June 2023.", "inflation=contradicted"),
    ("Norway's inflation rates rose to 4%.", "inflation=contradicted"),
], base=CUTS_BASE)

# what the claim's target did not do denies nothing of what was done to it, unless the sentence names the
# claim's actor too (Matcher._compare)
FINAL_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("final-2023", "2023-05-06", [
    {"id": "final", "statement": "Norway defeated Chile in the final on 5 May 2023.",
     "keywords": ["win", "defeat", "beat"],
     "values": [actor("norway"), target("chile"), {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
]))])
rule("negated-act-of-the-target", must_pass=[
    ("Chile did not even win on 5 May 2023.", "final=-"),
    ("In the final on 5 May 2023, Chile never won a single set.", "final=-"),
    ("On 5 May 2023 Chile did not win in most regions.", "final=-"),
], must_fail=[
    ("Norway did not win on 5 May 2023.", "final=contradicted"),
    ("Chile was not beaten by Norway on 5 May 2023.", "final=contradicted"),
], base=FINAL_BASE)

# a noun right after a length that the claim never names is what lasted so long ("five years probation"
# against a prison term; kinds.duration._length_of_another)
rule("length-of-another-noun", must_pass=[
    ("Judge Hart's sentence for Lopez included five years probation.", "sentence=!contradicted"),
    ("Judge Hart's sentence for Lopez included five years supervision after release.", "sentence=!contradicted"),
    ("Judge Hart sentenced Lopez to 12 years and five years probation.", "sentence=supported"),
], must_fail=[
    # the claim's own noun ("in prison"), or no noun at all
    ("Judge Hart's sentence for Lopez included 15 years prison.", "sentence=contradicted:duration"),
    ("Judge Hart's sentence for Lopez was 15 years.", "sentence=contradicted:duration"),
])

# a subject that picks out one of a series by an ordinal ("the fifth game of the third set") is a part of the
# event, unless the claim names that noun itself (_phrases.ordinal_subject)
MATCH_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("match-2023", "2023-05-06", [
    {"id": "won", "statement": "Northfield beat Chile in the final.", "keywords": ["won", "beat"],
     "values": [actor("northfield"), target("chile")]},
    {"id": "final", "statement": "Northfield won the final, which lasted 95 minutes.", "keywords": ["lasted"],
     "values": [actor("northfield"), {"kind": "duration", "iso": "PT95M"}]},
    {"id": "unbeaten", "statement": "Northfield lost at home for the first time in ten years.",
     "keywords": ["first home defeat", "had not lost", "unbeaten"],
     "values": [actor("northfield"), {"kind": "duration", "iso": "P10Y", "approx": True}]},
    {"id": "trial-length", "statement": "Maria Lopez's trial lasted a month.", "keywords": ["trial"],
     "values": [target("maria-lopez"), {"kind": "duration", "iso": "P1M"}]},
    {"id": "watched", "statement": "Maria Lopez, Tomas Berg, Judge Ann Hart and Ola Dahl watched the final.",
     "keywords": ["watched", "royal box"],
     "values": [actor("maria-lopez"), actor("tomas-berg"), actor("judge-hart"), actor("ola-dahl")]},
]), story("talks-2023", "2023-05-06", [
    {"id": "talks", "statement": "Acme held talks with Borealis.", "keywords": ["talks"],
     "values": [actor("acme"), target("borealis")]},
    {"id": "sets", "statement": "Acme's third set of talks lasted 40 minutes.", "keywords": ["lasted"],
     "values": [actor("acme"), {"kind": "duration", "iso": "PT40M"}]},
]))])
WON = "Northfield beat Chile in the final."
rule("one-of-a-series", must_pass=[
    ((WON, "The fifth game of the third set lasted 26 minutes with Northfield winning a break point."), "final=-"),
    ((WON, "The first set of the final lasted 26 minutes with Northfield serving first."), "final=-"),
    ((WON, "The third game had lasted 26 minutes with Northfield winning it."), "final=-"),
], must_fail=[
    ((WON, "The final lasted 26 minutes with Northfield winning a break point."), "final=contradicted:duration"),
    # the claim's own noun
    (("Acme held talks with Borealis.", "The third set of talks lasted 30 minutes with Acme leaving early."),
     "sets=contradicted:duration"),
], base=MATCH_BASE)

# a body named as the owner of a party the claim lists ("Spain's King Felipe ... supporting his country's new
# star") is no third party, however the sentence reads it into the event (matcher._owner_of_fitting)
rule("owner-of-a-listed-party", must_pass=[
    ((WON, "Chile's Maria Lopez was in the royal box supporting her country's new star."), "watched=supported"),
    ((WON, "Norway's Tomas Berg watched from the royal box, cheering his country's side."), "watched=supported"),
    ((WON, "Norway's Tomas Berg and Chile's Maria Lopez were in the royal box supporting their countries' teams."),
     "watched=supported"),
], must_fail=[
    ((WON, "Peru and Maria Lopez were in the royal box."), "watched=contradicted:actor"),
    # a body named beside the party, not as its owner
    ((WON, "Chile and Maria Lopez were in the royal box, supporting her country's new star."),
     "watched=contradicted:actor"),
], base=MATCH_BASE)

# a keyword that holds its own negation ("had not lost", for an unbeaten run) is the claim's wording, no
# denial of it (Matcher._compare, _negated_keyword)
rule("negation-inside-the-keyword", must_pass=[
    ((WON, "Northfield had not lost at home in over 10 years before the final."), "unbeaten=supported"),
    ((WON, "Northfield had not lost at home since 2013 and had not lost at all in 10 years."), "unbeaten=supported"),
    ((WON, "Before the final, Northfield had not lost at home in a decade."), "unbeaten=supported"),
], must_fail=[
    ((WON, "Northfield had not lost at home in over 20 years."), "unbeaten=contradicted:duration"),
    # a negation outside the keyword still denies
    ((WON, "Northfield was not unbeaten at home in the last ten years."), "unbeaten=contradicted:polarity"),
], base=MATCH_BASE)

# a subject pronoun standing for someone the claim does not name ("they", the defence, against the
# prosecutor's request) gives someone else's figures: too weakly named to contradict, not the claim's either
# (Matcher._compare, _clauses.pronouns)
DEFENCE_BASE = build([ClaimsFile.model_validate(f) for f in ({"entities": [
    *ENTITIES["entities"],
    {"id": "lopez-lawyers", "name": "Lopez's defence team", "kind": "group", "aliases": ["Her lawyers"]},
]}, TRIAL)])
TRIED = "Maria Lopez stood trial before Judge Ann Hart."
rule("pronoun-for-another-party", must_pass=[
    ((TRIED, "Her lawyers argued for leniency.", "They asked for a term of five years."), "asked=-"),
    ((TRIED, "Her lawyers argued for leniency.", "They sought a term of five years for Lopez."), "asked=-"),
    ((TRIED, "Judge Hart spoke first.", "She asked for a term of five years."), "asked=-"),
], must_fail=[
    ((TRIED, "Ola Dahl spoke first.", "He asked for a term of five years."), "asked=contradicted:duration"),
    # the claim's own party, named after the group
    ((TRIED, "Her lawyers argued for leniency.", "Ola Dahl then asked for a term of five years."),
     "asked=contradicted:duration"),
], base=DEFENCE_BASE)

# one unit written as one word with "long" ("a monthlong trial") is a length, as "month-long" is
# (kinds.duration.read_durations); it qualifies the noun after it
rule("one-word-lengths", must_pass=[
    ("Maria Lopez was convicted after a monthlong trial.", "trial-length=supported"),
    ("Maria Lopez's weeklong trial ended.", "trial-length=contradicted:duration"),
    ("Maria Lopez's yearlong trial ended.", "trial-length=contradicted:duration"),
], must_fail=[
    # a length of another noun
    ("After a monthlong recess, Maria Lopez's trial lasted a year.", "trial-length=contradicted:duration"),
    ("Maria Lopez's trial ended after a weeklong recess.", "trial-length=supported"),
], base=MATCH_BASE)

# a measure set between an article and a noun only ever used as a noun ("an 80 percent turnout") measures
# that noun; one the claim never names is another measure (kinds.quantity._qualifies_another)
rule("measure-of-a-noun-after-it", must_pass=[
    ("In the vote, Norway recorded an 80 percent turnout.", "norway-share=!contradicted"),
    ("Norway's vote saw an 80% turnout.", "norway-share=!contradicted"),
    ("Norway won the vote, with a 12% premium for its allies.", "norway-share=!contradicted"),
], must_fail=[
    # a noun that may be a verb, or no noun at all
    ("Norway won an 80 percent share of the vote.", "norway-share=contradicted:quantity"),
    ("Norway won the vote with a 60 percent majority.", "norway-share=contradicted:quantity"),
], base=VOTES_BASE)

# the one elected wins: after "elect" the object is the claim's winner and the electorate no party of the
# claim (Lexicon.electing_verbs), unless the claim itself records who elected whom
ELECTION_BASE = build([ClaimsFile.model_validate(f) for f in ({"entities": [
    *ENTITIES["entities"],
    {"id": "ana-vik", "name": "Ana Vik", "kind": "person", "aliases": ["Vik"]},
    {"id": "per-lund", "name": "Per Lund", "kind": "person", "aliases": ["Lund"]},
]}, story("runoff-2023", "2023-05-06", [
    {"id": "runoff", "statement": "Ana Vik defeated Per Lund in Norway's run-off on 5 May 2023.",
     "keywords": ["win", "defeat", "beat", "elected"],
     "values": [actor("ana-vik"), target("per-lund"), {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
    {"id": "chosen", "statement": "Chile elected Maria Lopez as its president on 5 May 2023.",
     "keywords": ["elected"],
     "values": [actor("chile"), target("maria-lopez"), {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
]))])
rule("the-one-elected-wins", must_pass=[
    ("Norway elected Ana Vik as its new president on 5 May 2023.", "runoff=supported"),
    ("Ana Vik was elected president on 5 May 2023.", "runoff=supported"),
    ("Voters elected Ana Vik on 5 May 2023, rolling the dice on an outsider.", "runoff=supported"),
    ("Ana Vik was elected president on 9 May 2023.", "runoff=contradicted:date"),
    ("NORWAY ELECTS VIK AS PRESIDENT IN RUN-OFF DEFEAT OF LUND", "runoff=supported"),
], must_fail=[
    ("NORWAY ELECTS VIK AS PRESIDENT IN RUN-OFF DEFEAT OF BERG", "runoff=!supported"),
    ("Voters elected Per Lund as president on 5 May 2023.", "runoff=!supported"),
    ("Per Lund was elected president on 5 May 2023.", "runoff=!supported"),
    # a claim recording the electorate as its actor keeps the roles as written
    ("Chile elected Maria Lopez as its president on 5 May 2023.", "chosen=supported"),
], base=ELECTION_BASE)

# a date the record gives as where a period starts ("the lowest since March 2021") is read only from dates
# the sentence starts a period at, never from the event's own (_claimfacts.since_value, _clauses.after_since)
LOWEST_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("lowest-2023", "2023-07-12", [
    {"id": "lowest", "statement": "Norway's inflation in June 2023 was the lowest since March 2021.",
     "keywords": ["lowest"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "date", "year": 2021, "month": 3, "slot": "since"}]},
]))])
rule("dates-a-period-starts-at", must_pass=[
    ("Norway's inflation hit 3% in June 2023, the lowest in more than two years.", "lowest=!contradicted"),
    ("In Norway prices rose 3% in the year to June 2023, the lowest rise since the 2.6% rise in the year to "
     "March 2021.", "lowest=supported"),
    ("Norway's inflation in June 2023 was the lowest since March 2021.", "lowest=supported"),
], must_fail=[
    ("Norway's inflation in June 2023 was the lowest since May 2020.", "lowest=contradicted:since"),
    ("In Norway inflation is now at its lowest since May 2020.", "lowest=contradicted:since"),
], base=LOWEST_BASE)

# one sentence that would contradict a date of one claim and a figure of another, confirming none, tells
# of another occasion: doubted, not contradicted (_verdicts.another_occasion)
TREMOR_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("tremor-2023", "2023-11-04", [
    {"id": "struck", "statement": "The quake struck Jajarkot at 11:47 pm on 3 November 2023.",
     "keywords": ["struck", "hit"],
     "values": [{"kind": "place", "entity": "jajarkot"},
                {"kind": "date", "year": 2023, "month": 11, "day": 3, "hour": 23, "minute": 47}]},
    {"id": "magnitude", "statement": "The quake in Jajarkot had a magnitude of 6.4.", "keywords": ["magnitude"],
     "values": [{"kind": "place", "entity": "jajarkot"}, {"kind": "quantity", "number": 6.4, "unit": "magnitude"}]},
]))])
rule("another-occasion-across-claims", must_pass=[
    ("Meanwhile, a 5.8-magnitude quake struck Jajarkot at 4:31 pm.", "struck=unverified; magnitude=unverified"),
    ("A 5.2-magnitude quake struck Jajarkot on 5 November 2023.", "struck=unverified; magnitude=unverified"),
    ("A 5.2-magnitude quake hit Jajarkot at 4:31 pm on 5 November 2023.", "struck=unverified; magnitude=unverified"),
], must_fail=[
    ("A 5.8-magnitude quake struck Jajarkot at 11:47 pm on 3 November 2023.", "magnitude=contradicted"),
    ("A 6.4-magnitude quake struck Jajarkot at 4:31 pm.", "struck=contradicted"),
], base=TREMOR_BASE)

# a figure that borrows its unit from the next ("the 6.4 and 5.9-magnitude quakes") is read with that
# unit, and the event of the phrase holds both (quantity.read_amounts, quantity._shares_unit)
rule("figures-sharing-a-unit", must_pass=[
    ("Two people died when the 6.4 and 5.9-magnitude quakes hit Jajarkot.", "magnitude=supported"),
    ("Jajarkot was shaken by the 6.4 and 5.9- magnitude quakes.", "magnitude=supported"),
    ("The 6.4 and 5.9 magnitude quakes hit Jajarkot a day apart.", "magnitude=supported"),
    ("The quake struck Jajarkot as the 6.4 and 5.9-magnitude quakes were felt.", "magnitude=!contradicted"),
], must_fail=[
    ("The 6.9 and 5.9-magnitude quakes hit Jajarkot.", "magnitude=!supported"),
    ("Jajarkot was shaken by a 5.9-magnitude quake.", "magnitude=!supported"),
], base=TREMOR_BASE)

# a noun the derivation table gives as its own base is no form of a shorter verb: "the government" is not
# "governed" (keywords.base_forms, data/derivations.json)
GOVERNED_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("governed-2023", "2023-11-22", [
    {"id": "governed", "statement": "Maria Lopez has governed Oslo for 16 years.", "keywords": ["govern"],
     "values": [actor("maria-lopez"), {"kind": "place", "entity": "oslo"}, {"kind": "duration", "iso": "P16Y"}]},
    {"id": "departed", "statement": "Tomas Berg departed Oslo after 16 years.", "keywords": ["depart"],
     "values": [actor("tomas-berg"), {"kind": "place", "entity": "oslo"}, {"kind": "duration", "iso": "P16Y"}]},
]))])
rule("own-base-nouns", must_pass=[
    ("Maria Lopez and the government agreed to stop all fighting in Oslo for four days.", "governed=-"),
    ("Maria Lopez's government in Oslo met for four days.", "governed=-"),
    ("Tomas Berg's department in Oslo closed for four years.", "departed=-"),
], must_fail=[
    ("Maria Lopez has governed Oslo for four years.", "governed=contradicted:duration"),
    ("Tomas Berg departed Oslo four years after arriving.", "departed=contradicted:duration"),
], base=GOVERNED_BASE)

# a count given per period ("12 a night") is no wrong total, and "a day after" is a lag, not a rate
# (_figures.rate_past_its_noun, kinds.base.rate_after)
RELEASE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("release-2023", "2023-11-22", [
    {"id": "release", "statement": "Under the deal Chile is to free at least 50 prisoners.",
     "keywords": ["free", "release"],
     "values": [actor("chile"), {"kind": "count", "number": 50, "bound": "min", "noun": "prisoners",
                                 "noun_aliases": ["women and children"]}]},
]))])
rule("count-per-period", must_pass=[
    ("Chile is to release 12 Norwegian women and children every night for four days.", "release=!contradicted"),
    ("Chile will free 12 prisoners a day.", "release=!contradicted"),
    ("Chile is to release ten prisoners each day of the truce.", "release=!contradicted"),
], must_fail=[
    ("Chile released 30 prisoners a day after the truce began.", "release=contradicted:count"),
    ("Chile is to release 12 Norwegian women and children.", "release=contradicted:count"),
], base=RELEASE_BASE)

# one named occasion of a series ("the first round of elections") that the claim never names, on another
# date, is another occasion, not the claim's event misdated (Matcher._occasion)
ROUNDS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("rounds-2023", "2023-12-10", [
    {"id": "won-november", "statement": "Maria Lopez won Chile's presidential election in November 2023.",
     "keywords": ["won", "elected", "run-off"],
     "values": [actor("maria-lopez"), {"kind": "place", "entity": "chile"},
                {"kind": "date", "year": 2023, "month": 11}]},
]))])
rule("occasions-of-a-series", must_pass=[
    ("Chile's first round of presidential elections took place on 22 October.", "won-november=!contradicted"),
    ("Maria Lopez topped Chile's first-round elections on 22 October.", "won-november=!contradicted"),
    ("The 1st round of elections in Chile was held on 22 October.", "won-november=!contradicted"),
], must_fail=[
    ("Maria Lopez was elected president of Chile on 22 October.", "won-november=contradicted:date"),
    ("Maria Lopez won the run-off on 22 October.", "won-november=contradicted:date"),
], base=ROUNDS_BASE)

# a reading is its source's: a figure another party gives is not settled by it, even when that party
# belongs to the claim's place (Matcher._sources_of); and a cumulative figure is no yearly one
READINGS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("readings-2023", "2023-12-10", [
    {"id": "poverty", "statement": "According to Acme data, 40 percent of Norwegians live in poverty.",
     "keywords": ["poverty"], "values": [actor("acme"), {"kind": "place", "entity": "norway"},
                                         {"kind": "quantity", "number": 40, "unit": "percent"}]},
    {"id": "inflation", "statement": "Norway's annual inflation stands at 12 percent.", "keywords": ["inflation"],
     "values": [{"kind": "place", "entity": "norway"}, {"kind": "quantity", "number": 12, "unit": "percent"}]},
]))])
# a speaker's words go on past "he said," into the clause after it, unless a new clause starts there
# (_mood.speech_goes_on, analysis: the predication's sources)
rule("speech-going-on", must_pass=[
    ("In Norway, “we have no money,” Ola Dahl said, along with a poverty rate of 45%.", "poverty=!contradicted"),
    ("In Norway, “we are broke,” Ola Dahl stated, adding that the poverty rate was 45%.", "poverty=!contradicted"),
    ("In Norway, “times are hard,” Ola Dahl said, with a poverty rate of 45%.", "poverty=!contradicted"),
], must_fail=[
    ("In Norway, “we have no money,” Ola Dahl said, as the poverty rate reached 45%.", "poverty=contradicted"),
    ("In Norway the poverty rate is 45%, Acme said.", "poverty=contradicted:quantity"),
], base=READINGS_BASE)

rule("readings-and-cumulative-figures", must_pass=[
    ("In Norway the poverty rate is 45%, Ola Dahl said.", "poverty=!contradicted"),
    ("Norway has accumulated an inflation of 500% over the decade.", "inflation=!contradicted"),
    ("Norway's cumulative inflation reached 500% in ten years.", "inflation=!contradicted"),
], must_fail=[
    ("In Norway the poverty rate is 45%, Acme said.", "poverty=contradicted:quantity"),
    ("Norway's inflation reached 50% this year.", "inflation=contradicted:quantity"),
], base=READINGS_BASE)

# two keywords of one claim make one phrase, but not across a negation of some other word between them
# (_clauses.merge_spans)
rule("phrases-not-joined-across-a-denial", must_pass=[
    ("The two Chilean diplomats Norway expelled are not a result of any leave policy.", "expelled=!contradicted"),
    ("The staff Norway is expelling are not the result of any expulsion by Chile.", "expelled=!contradicted"),
    ("The changes Acme is announcing are not a result of its takeover of Borealis.", "deal=!contradicted"),
], must_fail=[
    ("Acme did not acquire Borealis.", "deal=contradicted"),
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted"),
])

# a figure that starts a name of the party after it is part of that name, no count (count._names_start)
MODEL_BASE = build([ClaimsFile.model_validate(f) for f in (
    {"entities": [*ENTITIES["entities"], {"id": "tern-9", "name": "Tern 9", "kind": "other",
                                          "aliases": ["747 Tern 9", "Tern-9", "Tern 9s"]}]},
    story("fleet-2024", "2024-01-06", [
        {"id": "fleet", "statement": "Acme grounded its 65 Tern 9 jets.", "keywords": ["grounded"],
         "values": [actor("acme"), target("tern-9"), {"kind": "count", "number": 65, "noun": "jets"}]},
    ]))])
rule("figures-that-start-a-name", must_pass=[
    ("Acme grounded all of its 747 Tern-9 jets.", "fleet=!contradicted"),
    ("Acme grounded its 747 Tern-9 jets for checks.", "fleet=!contradicted"),
    ("Acme grounded its 65 Tern-9 jets.", "fleet=supported"),
], must_fail=[
    ("Acme grounded its 56 Tern-9 jets.", "fleet=contradicted:count"),
    ("Acme grounded 56 jets.", "fleet=contradicted:count"),
], base=MODEL_BASE)

# a conflicting count that is exactly what a sibling claim of the same event words counts is that claim's
# (Matcher._sibling_figure)
rule("a-sibling-claim's-exact-figure", must_pass=[
    ("Over 128 people died in Jajarkot.", "jajarkot-toll=-"),
    ("More than 128 people were killed in Jajarkot.", "jajarkot-toll=-"),
    ("In Jajarkot, over 128 people have died.", "jajarkot-toll=-"),
], must_fail=[
    ("Over 140 people died in Jajarkot.", "jajarkot-toll=contradicted:count"),
    ("In Jajarkot the quake killed 140 people.", "jajarkot-toll=contradicted:count"),
], base=TOLLS_BASE)

OFFER_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("offer-2022", "2022-01-10", [
    {"id": "offer", "statement": "Acme will pay Borealis shareholders 40 euros for each share.",
     "keywords": ["per share", "a share", "purchase price"],
     "values": [actor("acme"), target("borealis"), {"kind": "quantity", "number": 40, "unit": "euros"}]},
    {"id": "takeover-done", "statement": "Acme completed its takeover of Borealis.", "keywords": ["completed"],
     "values": [actor("acme"), target("borealis")]},
    {"id": "customers", "statement": "Borealis has more than 15,000 customers.", "keywords": ["customers"],
     "values": [actor("borealis"), {"kind": "count", "number": 15000, "bound": "min", "noun": "customers"}]},
    {"id": "close", "statement": "Borealis shares closed at 31.45 euros before the offer.", "keywords": ["closed"],
     "values": [actor("borealis"), {"kind": "quantity", "number": 31.45, "unit": "euros"}]},
    {"id": "acme-fee", "statement": "Acme must pay Borealis a break fee of 50 million euros if it walks away.",
     "keywords": ["break fee"], "values": [actor("acme"), {"kind": "quantity", "number": 5e7, "unit": "euros"}]},
    {"id": "borealis-fee", "statement": "Borealis must pay Acme a break fee of 30 million euros if it walks away.",
     "keywords": ["break fee"], "values": [actor("borealis"), {"kind": "quantity", "number": 3e7, "unit": "euros"}]},
]))])

# an amount that another claim of the same event words records exactly is that claim's figure, where the
# sentence's roles leave it open whose it is (Matcher._sibling_figure)
rule("a-sibling-claim's-exact-amount", must_pass=[
    ("Should Acme back out of the deal, it will owe a break fee of 30 million euros.", "acme-fee=-"),
    ("Borealis would owe a break fee of 50 million euros if it walks away.", "borealis-fee=-"),
    ("If the deal collapses, Acme is to pay a break fee of 30 million euros.", "acme-fee=-"),
    # a figure of four significant digits or more is that of any claim of the story recording it
    ("Acme will pay Borealis shareholders, who saw 31.45 euros a share on Monday.", "offer=-"),
    ("Borealis was trading at 31.45 euros a share before Acme's offer.", "offer=-"),
], must_fail=[
    ("Acme will pay Borealis shareholders, who saw 31.5 euros a share on Monday.", "offer=contradicted"),
    ("Should Acme back out of the deal, it will owe a break fee of 40 million euros.", "acme-fee=contradicted"),
    ("Borealis would owe a break fee of 45 million euros if it walks away.", "borealis-fee=contradicted"),
], base=OFFER_BASE)

# the level a change with no object reached ("its stock rose 34% to 55 euros") is another measure's, when the
# claim's wordings use no change word (_figures.level_after_change)
rule("level-a-change-reached", must_pass=[
    ("Acme's stock has risen 34% in the past year to 55 euros a share.", "offer=!contradicted"),
    ("Acme shares dropped 3% to 38 euros a share on Monday.", "offer=!contradicted"),
    ("Acme's stock fell to 31 euros a share.", "offer=!contradicted"),
], must_fail=[
    ("Acme will pay 45 euros a share for Borealis.", "offer=contradicted"),
    ("Acme raised its offer to 45 euros a share.", "offer=contradicted"),
], base=OFFER_BASE)

# ... and an object that names an act (a derived noun, or a singular event word of the base) is the act
# itself, not another thing (Matcher._act_noun)
rule("negated-act-on-another-thing-named-as-act", must_pass=[
    ("Acme has not completed checks on the books of Borealis.", "takeover-done=-"),
    ("Acme has not completed the audit of Borealis.", "takeover-done=-"),
    ("Acme has not completed cloud deals for the games of Borealis.", "takeover-done=-"),
], must_fail=[
    ("Acme has not completed its purchase of Borealis.", "takeover-done=contradicted:polarity"),
    ("Acme has not completed the acquisition of Borealis.", "takeover-done=contradicted:polarity"),
], base=OFFER_BASE)

RUNNING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("running-2023", "2023-11-04", [
    {"id": "toll-morning", "statement": "In the morning the quake in Nepal had killed 128 people.",
     "keywords": ["killed", "toll"], "values": [{"kind": "place", "entity": "nepal"},
                                              {"kind": "count", "number": 128, "noun": "people"}]},
    {"id": "toll-evening", "statement": "By the evening the quake in Nepal had killed 157 people.",
     "keywords": ["killed", "toll"], "values": [{"kind": "place", "entity": "nepal"},
                                              {"kind": "count", "number": 157, "noun": "people"}]},
    {"id": "toll-jajarkot", "statement": "By the evening the quake had killed 105 people in Jajarkot.",
     "keywords": ["killed", "toll"], "values": [{"kind": "place", "entity": "jajarkot"},
                                              {"kind": "count", "number": 105, "noun": "people"}]},
    {"id": "toll-2015", "statement": "The 2015 quake in Nepal killed 9,000 people.",
     "keywords": ["killed", "toll"], "values": [{"kind": "place", "entity": "nepal"},
                                              {"kind": "count", "number": 9000, "noun": "people"},
                                              {"kind": "date", "year": 2015}]},
]))])

# a count between two counts the story records of one tally (same parties, places and dates) is that tally
# at another hour, not a wrong figure; a count of another occasion does not widen the span (_sibling_figure)
rule("a-tally-between-its-recorded-counts", must_pass=[
    ("In Nepal the quake killed 143 people.", "toll-evening=-"),
    ("In Nepal, 150 people were killed by the quake.", "toll-evening=-"),
    ("The quake killed 135 people in Nepal.", "toll-evening=-"),
], must_fail=[
    ("In Nepal the quake killed 175 people.", "toll-evening=contradicted:count"),
    ("In Nepal the quake killed 1,500 people.", "toll-evening=contradicted:count"),
    # the 2015 quake's 9,000 is another event (its own date), and too far from 157 to be this tally's
    ("In Nepal the quake killed 4,000 people.", "toll-evening=contradicted:count"),
    ("In Nepal the quake killed 120 people.", "toll-morning=contradicted:count"),
], base=RUNNING_BASE)

# a document that gives such a tally below the claim's, or a floor below the record ("at least 37"), is an
# early report: a lower count of the same story is then no contradiction (Matcher.decide, earlier,
# Matcher._early_counts)
EARLY = "In Nepal the quake killed 143 people."
rule("a-document-at-an-earlier-hour", must_pass=[
    ((EARLY, "In Jajarkot the quake killed 90 people."), "toll-jajarkot=unverified"),
    # so does a floor below the record: "killing at least 37 people" is written while the toll still rises
    (("The quake in Nepal killed at least 37 people.", "In Jajarkot the quake killed 17 people."),
     "toll-jajarkot=unverified"),
    (("More than 40 people were killed in the quake in Nepal.", "In Jajarkot the quake killed 17 people."),
     "toll-jajarkot=unverified"),
    ((EARLY, "The quake killed 62 people in Jajarkot."), "toll-jajarkot=unverified"),
    ((EARLY, "In Jajarkot, 70 people were killed by the quake."), "toll-jajarkot=unverified"),
    # a tally told as still rising gives its figures as floors (pack tally_cues)
    ("So far the quake has killed 62 people in Jajarkot.", "toll-jajarkot=unverified"),
    (("The quake toll in Nepal rose to 70 people.", "In Jajarkot the quake killed 40 people."),
     "toll-jajarkot=unverified"),
    ("As of now, the quake has killed 80 people in Jajarkot.", "toll-jajarkot=unverified"),
    ("To date, the quake has killed 81 people in Jajarkot.", "toll-jajarkot=unverified"),
], must_fail=[
    ("The quake has killed 62 people in Jajarkot.", "toll-jajarkot=contradicted:count"),
    ("So far the quake has killed 140 people in Jajarkot.", "toll-jajarkot=contradicted:count"),
    ("In Jajarkot the quake killed 90 people.", "toll-jajarkot=contradicted:count"),
    (("In Nepal the quake killed 175 people.", "In Jajarkot the quake killed 90 people."),
     "toll-jajarkot=contradicted:count"),
    ((EARLY, "In Jajarkot the quake killed 120 people."), "toll-jajarkot=contradicted:count"),
    (("The quake in Nepal killed at least 160 people.", "In Jajarkot the quake killed 17 people."),
     "toll-jajarkot=contradicted:count"),
], base=RUNNING_BASE)

# a floor below a floor the record holds ("at least 27" against "at least 48") is the same toll told earlier
# (Matcher._early_counts)
FLOOR_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("floor-2023", "2023-10-29", [
    {"id": "toll-all", "statement": "The storm killed at least 48 people in Nepal.", "keywords": ["killed"],
     "values": [{"kind": "place", "entity": "nepal"}, {"kind": "count", "number": 48, "noun": "people",
                                                      "bound": "min"}]},
    {"id": "toll-j", "statement": "The storm killed at least 43 people in Jajarkot.", "keywords": ["killed"],
     "values": [{"kind": "place", "entity": "jajarkot"}, {"kind": "count", "number": 43, "noun": "people",
                                                         "bound": "min"}]},
]))])
rule("a-floor-below-a-recorded-floor", must_pass=[
    (("The storm killed at least 27 people in Nepal.", "In Jajarkot the storm killed 20 people."), "toll-j=unverified"),
    (("The storm in Nepal killed more than 30 people.", "The storm killed 25 people in Jajarkot."),
     "toll-j=unverified"),
    (("At least 27 people were killed by the storm in Nepal.", "In Jajarkot the storm killed 20 people."),
     "toll-j=unverified"),
], must_fail=[
    ("In Jajarkot the storm killed 20 people.", "toll-j=contradicted:count"),
    (("The storm killed at least 60 people in Nepal.", "In Jajarkot the storm killed 20 people."),
     "toll-j=contradicted:count"),
], base=FLOOR_BASE)

# a figure in a clause dated only by a weekday other than that of the claim's one recorded day is another
# day's figure (26 July 2023 was a Wednesday) (_clauses.other_weekday, lex.weekdays)
rule("another-weekday's-figure", must_pass=[
    ("On Tuesday, Acme shares rose for a 12th straight session.", "streak=-"),
    ("Acme shares rose on Monday for a 12th straight session.", "streak=-"),
    ("On Friday Acme shares rose for a 14th straight session.", "streak=-"),
], must_fail=[
    ("On Wednesday, Acme shares rose for a 12th straight session.", "streak=contradicted:count"),
    ("Acme shares rose for a 12th straight session.", "streak=contradicted:count"),
    ("Acme shares rose for a 12th straight session on Wednesday, July 26.", "streak=contradicted:count"),
], base=STREAK_BASE)

READING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, QUAKE, story("reading-2023", "2023-11-04", [
    {"id": "reading", "statement": "The Norwegian Foreign Ministry measured the quake in Jajarkot at magnitude 6.4.",
     "keywords": ["magnitude"], "values": [actor("norway-ministry"), {"kind": "place", "entity": "jajarkot"},
                                           {"kind": "quantity", "number": 6.4, "unit": "magnitude"}]},
]))])

# a claim that records its actor's reading ("measured", "estimated") is not contradicted by a figure that
# another named source gives: that is the other source's reading (Matcher._compare, lex.measuring_verbs)
rule("another-source's-reading", must_pass=[
    ("Finland said the quake in Jajarkot had a magnitude of 5.6.", "reading=-"),
    ("Chile said the quake in Jajarkot had a preliminary magnitude of 5.7.", "reading=-"),
    ("Finland's seismologists said the quake in Jajarkot had a magnitude of 5.9.", "reading=-"),
    ("According to Finland, the quake in Jajarkot had a magnitude of 5.6.", "reading=-"),
    # the source named after a comma at the sentence's end (analysis._closing_source)
    ("The quake in Jajarkot had a magnitude of 5.6, Finland said.", "reading=-"),
    ("The quake struck Jajarkot with a magnitude of 5.6, Finland's seismologists measured.", "reading=-"),
    ("The quake in Jajarkot had a magnitude of 5.6, Chile said on Friday.", "reading=-"),
], must_fail=[
    ("The quake in Jajarkot had a magnitude of 5.6, the Norwegian Foreign Ministry said.",
     "reading=contradicted:quantity"),
    ("The quake in Jajarkot had a magnitude of 5.6.", "reading=contradicted:quantity"),
    ("The Norwegian Foreign Ministry said the quake in Jajarkot had a magnitude of 5.6.",
     "reading=contradicted:quantity"),
    # a claim that is no one's reading is contradicted whoever gives the figure
    ("Chile said the quake in Jajarkot killed 160 people.", "quake-toll=contradicted:count"),
], base=READING_BASE)

# a sentence that opens on a pronoun stays in the year of the one before ("... in 2015. It killed 9,000"),
# unless it goes on in the present tense: "It has 5,000 customers" is a state now (Context._same_year,
# Context._present, lex.present_verbs)
rule("present-tense-keeps-no-year", must_pass=[
    (("Borealis, founded in 1990, sells software.", "It has about 5,000 customers."),
     "customers=contradicted:count"),
    (("Borealis was founded in 1990.", "It has about 5,000 customers worldwide."), "customers=contradicted:count"),
    (("Borealis, founded in 1990, sells software.", "It has more than 15,000 customers."),
     "customers=supported"),
], must_fail=[
    (("Borealis lost most of its clients in 1990.", "It had about 5,000 customers."), "customers=-"),
    (("Borealis lost most of its clients in 1990.", "It has been left with about 5,000 customers."),
     "customers=-"),
], base=OFFER_BASE)

TRIP_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("trip-2023", "2023-05-06", [
    {"id": "departed", "statement": "Norway's envoy flew out from Oslo on 5 May 2023.", "keywords": ["flew"],
     "values": [actor("norway"), {"kind": "place", "entity": "oslo"},
                {"kind": "date", "year": 2023, "month": 5, "day": 5}]},
]))])

# a place the sentence gives in another direction than the claim gives its own ("to Santiago" against
# "took off from Oslo") is where the trip went, no wrong place (_clauses.other_direction, lex.directions)
rule("a-place-in-another-direction", must_pass=[
    ("Norway flew the envoy on a trip to Santiago on 5 May 2023.", "departed=supported"),
    ("Norway flew the envoy to Santiago on 5 May 2023.", "departed=supported"),
    ("Norway flew the envoy towards Santiago on 5 May 2023.", "departed=supported"),
], must_fail=[
    ("Norway flew the envoy from Santiago on 5 May 2023.", "departed=contradicted:place"),
    ("Norway flew the envoy in Santiago on 5 May 2023.", "departed=contradicted:place"),
    ("Norway flew the envoy from Santiago to Peru on 5 May 2023.", "departed=contradicted:place"),
], base=TRIP_BASE)

# a claim that says where its event happened ("came down near Jajarkot") is not contradicted by a place named
# as where a journey was going ("crashed en route to Oslo", "bound for Oslo") (_clauses.other_direction,
# lex.transit_phrases)
CRASH_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("crash-2019", "2019-03-10", [
    {"id": "crashed", "statement": "Acme's jet came down near Jajarkot on 10 March 2019.", "keywords": ["crashed"],
     "values": [actor("acme"), {"kind": "place", "entity": "jajarkot"}]},
]))])
rule("a-place-a-journey-was-going", must_pass=[
    ("Acme's jet crashed on Sunday morning en route to Oslo.", "crashed=!contradicted"),
    ("The Acme jet bound for Oslo crashed on Sunday.", "crashed=!contradicted"),
    ("Acme's jet crashed minutes after take-off, on its way to Oslo.", "crashed=!contradicted"),
], must_fail=[
    ("Acme's jet crashed near Oslo on Sunday.", "crashed=contradicted:place"),
    ("Acme's jet crashed in Oslo, bound for Santiago.", "crashed=contradicted:place"),
], base=CRASH_BASE)

# a sentence with no date of its own is not held to a claim of a day more than a week after the latest event
# the document has established so far: the document tells an earlier time (Matcher.decide, reached;
# ClaimBase.check_document)
ANNOUNCED = "On 10 January 2022 Acme announced its deal for Borealis."
rule("a-later-event-than-the-document-tells", must_pass=[
    ((ANNOUNCED, "Acme has not completed the takeover."), "closed=-"),
    ((ANNOUNCED, "Acme has not yet completed its takeover of Borealis."), "closed=-"),
    ((ANNOUNCED, "Acme never completed the takeover."), "closed=-"),
], must_fail=[
    ("Acme has not completed the takeover.", "closed=contradicted:polarity"),
    (("Acme completed its takeover of Borealis on 3 March 2023.", "Acme has not completed the takeover."),
     "closed=contradicted:polarity"),
])

# a claim with no date of its own is not contradicted by a clause dated weeks before the first day its story
# records: that is an earlier event of the kind (Matcher._compare, _claimfacts.story_starts)
rule("dated-before-the-story", must_pass=[
    ("In September the quake in Jajarkot had a magnitude of 5.1.", "magnitude=-"),
    ("On October 2 a quake in Jajarkot had a magnitude of 6.2.", "magnitude=-"),
    ("On 2 October 2023 the quake in Jajarkot had a magnitude of 6.2.", "magnitude=-"),
], must_fail=[
    ("The quake in Jajarkot on 30 October had a magnitude of 6.2.", "magnitude=contradicted"),
    ("On 3 November the quake in Jajarkot had a magnitude of 6.2.", "magnitude=contradicted"),
], base=TREMOR_BASE)

# a plain noun the claim never uses, right before its one-word event noun, names another thing of that name
# (Matcher._modified_by_noun)
rule("another-thing-of-the-same-name", must_pass=[
    ("Norway's food inflation was 9% in June 2023.", "inflation=-"),
    ("In Norway, a wage inflation of 6% worried the bank.", "inflation=-"),
    ("Norway's energy inflation hit 12%.", "inflation=-"),
], must_fail=[
    ("Norway's inflation was 4% in June 2023.", "inflation=contradicted"),
    ("Norway's annual inflation was 4%.", "inflation=contradicted"),
    ("Norway's inflation rates rose to 4%.", "inflation=contradicted"),
], base=CUTS_BASE)

# an event noun owned by a name the base does not know is that person's event (_clauses.unknown_owner)
HART_LEAD = "Judge Ann Hart sentenced Maria Lopez to 12 years in prison."
rule("event-of-an-unknown-name", must_pass=[
    ((HART_LEAD, "Madsen's two-year sentence gave him a second chance, her lawyers wrote."), "sentence=-"),
    ((HART_LEAD, "Her lawyers cited Madsen's 150-year sentence."), "sentence=-"),
    ((HART_LEAD, "Kowalczyk's four-year sentence was cited by the defence."), "sentence=-"),
], must_fail=[
    ((HART_LEAD, "Lopez's two-year sentence was handed down by Judge Hart."), "sentence=contradicted:duration"),
    ((HART_LEAD, "Her two-year sentence was handed down by Judge Hart."), "sentence=contradicted:duration"),
])

# an aim word the claim uses only to qualify another noun ("target range") does not make an aim's figure the
# claim's ("its target of 2%") (Matcher._measure_words)
RANGE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("range-2023", "2023-07-26", [
    {"id": "range", "statement": "Norway raised its policy target range to 5.25%-5.5%.", "keywords": ["raise"],
     "values": [actor("norway"), {"kind": "quantity", "number": 5.25, "to": 5.5, "unit": "percent"}]},
]))])
rule("aims-beside-a-target-range", must_pass=[
    ("Norway raised rates to bring inflation down to its target of 2%.", "range=!contradicted"),
    ("Norway raised rates as inflation stayed well above its target of 2%.", "range=!contradicted"),
    ("Norway raised rates to return inflation to its target of 2 percent.", "range=!contradicted"),
], must_fail=[
    ("Norway raised its policy target range to 6%.", "range=contradicted:quantity"),
    ("Norway raised rates to 6%.", "range=contradicted:quantity"),
], base=RANGE_BASE)

# a figure a sentence reports as a result is not the one a forecast claim records (Matcher._compare,
# _clauses.looks_ahead)
FORECAST_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("outlook-2026", "2026-01-30", [
    {"id": "forecast-loss", "statement": "Acme expects an operating loss of 90 million euros for the quarter.",
     "keywords": ["operating loss"], "values": [actor("acme"), {"kind": "quantity", "number": 9e7, "unit": "euros"}]},
    {"id": "output-2027", "statement": "Acme's output in Oslo is projected to reach 2 million barrels a day in 2027.",
     "keywords": ["output", "production"], "values": [{"kind": "place", "entity": "oslo"},
                                                       {"kind": "date", "year": 2027}]},
    {"id": "approved", "statement": "On 24 January 2026 Norway approved Acme's checks, each expected to take 12 "
     "hours.", "keywords": ["approved"], "values": [actor("norway"), {"kind": "date", "year": 2026, "month": 1,
                                                                         "day": 24}]},
]))])
rule("results-against-forecasts", must_pass=[
    ("In Oslo nearly one-fifth of all natural gas production took place in 2022.", "output-2027=!contradicted"),
    ("Acme's output in Oslo reached 1 million barrels a day in 2022.", "output-2027=!contradicted"),
    ("Acme's operating loss was 75 million euros for the quarter.", "forecast-loss=!contradicted"),
    ("Acme posted an operating loss of 75 million euros.", "forecast-loss=!contradicted"),
    ("In the quarter Acme's operating loss came in at 75 million euros.", "forecast-loss=!contradicted"),
], must_fail=[
    ("Acme expects an operating loss of 75 million euros for the quarter.", "forecast-loss=contradicted"),
    ("Acme warns of an operating loss of up to 75 million euros.", "forecast-loss=contradicted"),
    ("Acme to post operating loss of 75 million euros.", "forecast-loss=contradicted"),
    ("Norway approved Acme's checks on 25 January.", "approved=contradicted:date"),
], base=FORECAST_BASE)

# the story's event named by a definite noun of the claim's own, opening the event's clause: another time
# or place it gives is an error, though no party is named (analysis._definite_subject, Matcher._story_event)
BOUGHT = "Acme agreed to buy Borealis for 2 billion euros."
rule("definite-story-event", must_pass=[
    ((BOUGHT, "The deal was announced on 12 January 2022."), "announced=contradicted:date"),
    ((BOUGHT, "Two days later, the deal was announced on 12 January 2022."), "announced=contradicted:date"),
    ((BOUGHT, "The deal was announced on 10 January 2022."), "announced=supported"),
    ((BOUGHT, "Shares rose and the deal was announced on 12 January 2022."), "announced=contradicted:date"),
    ((EXPELLED, "The ambassador was summoned on 9 May 2023."), "summoned=contradicted:date"),
], must_fail=[
    ("The deal was announced on 12 January 2022.", "announced=!contradicted"),
    ((BOUGHT, "Another deal was announced on 12 January 2022."), "announced=!contradicted"),
    ((BOUGHT, "Shares fell when the deal was announced on 12 January 2022."), "announced=!contradicted"),
    ((BOUGHT, "Analysts said the deal was announced on 12 January 2022."), "announced=!contradicted"),
    ((BOUGHT, "The deal was not announced on 12 January 2022."), "announced=!contradicted"),
    ((EXPELLED, "The ambassador was summoned in Santiago."), "summoned=!contradicted"),
])

# an active event verb done to a name the base does not know: another act of the claim's actor
# (_clauses.unknown_object, Matcher._compare)
rule("done-to-an-unknown-name", must_pass=[
    ("Acme bought Zentrix Labs for 3 billion euros.", "deal=-"),
    ("Acme acquired XTO for 5 billion euros.", "deal=-"),
    ("Acme also bought Zentrix Labs on 3 January 2022, filings show.", "deal=-"),
], must_fail=[
    ("Acme will buy Borealis for 3 billion euros.", "deal=contradicted"),
    ("Acme agreed to buy Northfield United for 2 billion euros.", "deal=contradicted:target"),
    ("Acme agreed to buy rival Borealis for 3 billion euros.", "deal=contradicted"),
    ("Acme agreed to buy a Finnish rival for 3 billion euros.", "deal=contradicted"),
    ("Norway expelled the Chileans on Monday, the ministry said.", "expelled=supported"),
    # a currency's code before the figure is no name
    ("Acme bought EUR 3 billion of Borealis stock.", "deal=contradicted"),
])

# a relative clause says its values of the noun it hangs from: a thing the claim never names is another
# thing (_clauses.relative_head, Matcher._compare)
KILLED = "The quake in Jajarkot killed 153 people."
rule("relative-clause-of-another-thing", must_pass=[
    ((KILLED, "Days later came a landslide, which killed 9 people in Jajarkot."), "quake-toll=-"),
    ((KILLED, "Rescuers then faced a flood, which killed 12 people in Jajarkot."), "quake-toll=-"),
    ((KILLED, "It came after a storm, which killed 40 people in Jajarkot."), "quake-toll=-"),
    # a participle after a comma goes on with the "that" clause before it
    ((KILLED, "Aid went to those hurt in the storm that struck on Friday, killing 40 people in Jajarkot."),
     "quake-toll=-"),
    ((KILLED, "Rescuers faced a landslide that blocked the road, killing 9 people in Jajarkot."), "quake-toll=-"),
], must_fail=[
    ((KILLED, "The earthquake that struck Jajarkot on Friday, killing 140 people, was the deadliest in years."),
     "quake-toll=contradicted:count"),
    ((KILLED, "The earthquake, which killed 140 people in Jajarkot, struck at night."),
     "quake-toll=contradicted:count"),
    ((KILLED, "Rescuers reached Jajarkot, where the quake killed 140 people."), "quake-toll=contradicted:count"),
    ((KILLED, "Rescuers reached Jajarkot, which the quake hit hardest, killing 140 people."),
     "quake-toll=contradicted:count"),
    ((BOUGHT, "Shares jumped in a rally, which followed Acme's completion on 5 March 2023."),
     "closed=contradicted:date"),
])

# an event noun that is the subject of a modal and a verb ("The takeover will help ..."): the parties after
# that verb are its own, not the noun's (analysis: subject_noun)
rule("event-noun-subject-of-a-modal", must_pass=[
    ((BOUGHT, "The acquisition will help reduce Acme's reliance on its old business."), "deal=!unverified"),
    ((BOUGHT, "The acquisition could help reduce Acme's reliance on its old business."), "deal=!unverified"),
    ((BOUGHT, "The takeover will help reduce Peru's debt."), "deal=-"),
], must_fail=[
    ((BOUGHT, "The takeover will cost Acme 3 billion euros."), "deal=contradicted"),
    ((BOUGHT, "The acquisition of Acme's rival will help reduce its reliance on its old business."),
     "deal=!supported"),
])

# the period word right before the event word gives the event's period, whatever other periods the sentence
# names (_figures.period_of_event, Matcher._compare)
PROFIT_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("profit-2023", "2023-11-04", [
    {"id": "q-profit", "statement": "Acme made a quarterly net profit of 65 million euros.",
     "keywords": ["net profit"], "values": [actor("acme"), {"kind": "quantity", "number": 65e6, "unit": "euros"}]},
]))])
rule("period-before-the-event-word", must_pass=[
    ("Acme has never posted a full-year net profit and only rarely quarterly profits.", "q-profit=!contradicted"),
    ("Acme has never made an annual net profit, though quarterly ones come and go.", "q-profit=!contradicted"),
    ("Acme's full-year net profit of 20 million euros beat its quarterly best.", "q-profit=!contradicted"),
], must_fail=[
    ("Acme has never posted a quarterly net profit.", "q-profit=contradicted"),
    ("Acme posted a quarterly net profit of 40 million euros, unlike its full-year results.",
     "q-profit=contradicted"),
], base=PROFIT_BASE)

# what a new event adds to, brought in with an indefinite article, is one of its kind already there: its
# figure is not this one's, and the two event words are not one phrase (_clauses.merge_spans,
# analysis._other_event, pack additive_cues)
FINE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("fine-2023", "2023-05-22", [
    {"id": "fine", "statement": "Norway fined Acme 1.2 billion euros.", "keywords": ["fine", "penalty"],
     "values": [actor("norway"), target("acme"), {"kind": "quantity", "number": 1.2e9, "unit": "euros"}]},
]))])
rule("what-an-event-adds-to", must_pass=[
    ("Norway's fine adds to a 390 million euro penalty it imposed on Acme in May.", "fine=!contradicted"),
    ("Norway's fine on Acme comes on top of a 390 million euro penalty imposed in 2022.", "fine=!contradicted"),
    ("Norway's fine, in addition to a penalty of 390 million euros on Acme last year, was a record.",
     "fine=!contradicted"),
], must_fail=[
    ("Norway fined Acme 390 million euros.", "fine=contradicted"),
    ("The 390 million euro penalty Norway imposed on Acme adds to its costs.", "fine=contradicted"),
    ("Norway's 1.5 billion euro fine adds to a 390 million euro penalty it imposed on Acme in May.",
     "fine=contradicted"),
], base=FINE_BASE)

# a figure another value of the claim holds is no error of its sibling, but only in the same currency:
# currencies never convert (_figures.held_by_sibling)
FINE_TWICE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("fine-2023", "2023-05-22", [
    {"id": "fine", "statement": "Norway fined Acme 1.2 billion euros, about $1.3 billion.", "keywords": ["fine"],
     "values": [actor("norway"), target("acme"),
                {"kind": "quantity", "number": 1.2e9, "unit": "euros", "slot": "fine"},
                {"kind": "quantity", "number": 1.3e9, "unit": "dollars", "approx": True, "slot": "in-dollars"}]},
]))])
rule("figure-the-claim-holds-in-another-currency", must_pass=[
    ("Norway fined Acme 1.2 billion euros, or about $1.3 billion.", "fine=supported"),
    ("Norway fined Acme $1.3 billion.", "fine=supported"),
    ("Norway fined Acme 1.2 billion euros ($1.3 billion).", "fine=supported"),
], must_fail=[
    ("Norway fined Acme 1.3 billion euros.", "fine=contradicted:fine"),
    ("Norway fined Acme $2 billion.", "fine=contradicted:in-dollars"),
], base=FINE_TWICE_BASE)

# a year written right before a name is a model year, no count ("2023 Model Y vehicles")
# (mentions.Mentions.counts)
RECALL_BASE = build([ClaimsFile.model_validate(f) for f in ({"entities": [
    *ENTITIES["entities"], {"id": "model-y", "name": "Model Y", "kind": "other", "part_of": "acme"}]},
    story("recall-2023", "2023-12-13", [
        {"id": "recall", "statement": "Acme is recalling more than 2 million vehicles.", "keywords": ["recall"],
         "values": [actor("acme"), {"kind": "count", "number": 2e6, "noun": "vehicles", "bound": "min"}]},
    ]))])
rule("model-year-before-a-name", must_pass=[
    ("Acme's recall covers 2023 Model Y vehicles.", "recall=!contradicted"),
    ("Acme's recall covers 2019-2023 Model Y cars.", "recall=!contradicted"),
    ("Acme's recall also covers some 2021 Model Y vehicles in Norway.", "recall=!contradicted"),
], must_fail=[
    ("Acme is recalling 1,500,000 vehicles.", "recall=contradicted"),
    ("Acme is recalling 2023 vehicles.", "recall=contradicted"),
], base=RECALL_BASE)

# a country right after a figure in a currency sign says whose currency it is (mentions.extract), and one
# that only describes a company named after its common nouns is no party (analysis._affiliation)
DOLLAR_BASE = build([ClaimsFile.model_validate(f) for f in ({"entities": [
    *ENTITIES["entities"], {"id": "united-states", "name": "United States", "kind": "country",
                            "aliases": ["U.S.", "US"]}]},
    story("deal-2023", "2023-10-11", [
        {"id": "deal", "statement": "Acme agreed to buy Borealis for $2 billion.", "keywords": ["buy", "pay"],
         "values": [actor("acme"), target("borealis"), {"kind": "quantity", "number": 2e9, "unit": "dollars"}]},
    ]))])
rule("countries-that-only-qualify", must_pass=[
    ("Acme will pay $2 billion U.S. for Borealis.", "deal=supported"),
    ("Acme will pay $2 billion for U.S. software maker Borealis.", "deal=supported"),
    ("Acme agreed to buy Finnish software group Borealis for $2 billion.", "deal=supported"),
], must_fail=[
    ("Acme will pay $3 billion U.S. for Borealis.", "deal=contradicted"),
    ("Acme agreed to buy Finland's Borealis stake for $2 billion.", "deal=!contradicted"),
    ("The U.S. agreed to buy Borealis for $2 billion.", "deal=contradicted:actor"),
], base=DOLLAR_BASE)

# a party that another claim of the same event words records in the same role is that claim's event, even
# where that claim was set aside (Matcher._sibling_party)
HIRE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("hire-2023", "2023-11-20", [
    {"id": "hire-berg", "statement": "Acme pledged to hire Tomas Berg.", "keywords": ["hire"],
     "values": [actor("acme"), target("tomas-berg")]},
    {"id": "hire-dahl", "statement": "Acme hired Ola Dahl.", "keywords": ["hire"],
     "values": [actor("acme"), target("ola-dahl")]},
]))])
rule("a-sibling's-party", must_pass=[
    ("Acme said it would hire Ola Dahl instead.", "hire-berg=!contradicted"),
    ("Berg said Acme could hire Ola Dahl.", "hire-berg=!contradicted"),
    ("Acme pledged to hire Ola Dahl, a spokesman said.", "hire-berg=!contradicted"),
], must_fail=[
    # a party no sibling records is still doubted
    ("Acme pledged to hire Maria Lopez.", "hire-berg=unverified:target"),
    ("Northfield pledged to hire Tomas Berg.", "hire-berg=unverified:actor"),
], base=HIRE_BASE)

# an event word that names the claim's group itself: the people after it are its members (Matcher._compare)
BOARD_BASE = build([ClaimsFile.model_validate(f) for f in ({"entities": [
    *ENTITIES["entities"], {"id": "acme-board", "name": "Acme board", "kind": "group", "part_of": "acme"}]},
    story("board-2023", "2023-11-22", [
        {"id": "board", "statement": "Acme agreed to name a new board.", "keywords": ["new board"],
         "values": [actor("acme"), target("acme-board")]},
    ]))])
rule("members-of-the-group-the-event-word-names", must_pass=[
    ("Acme agreed on a new board of Tomas Berg and Ola Dahl.", "board=supported"),
    ("Acme said it had reached a deal on a new board of Tomas Berg, Ola Dahl and Maria Lopez.", "board=supported"),
    ("Acme named a new board of Ola Dahl and Tomas Berg on Monday.", "board=supported"),
], must_fail=[
    ("Northfield agreed on a new board of Tomas Berg and Ola Dahl.", "board=!supported"),
    ("Acme agreed on a new board of Northfield United.", "board=!supported"),
], base=BOARD_BASE)

# a measure hyphenated before a noun the claim never uses measures that noun (quantity._qualifies_another)
PASS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("final-2024", "2024-02-12", [
    {"id": "winning-pass", "statement": "Tomas Berg threw a 3-yard pass for the winning touchdown.",
     "keywords": ["winning touchdown", "game-winning"],
     "values": [actor("tomas-berg"), {"kind": "quantity", "number": 3, "unit": "yards"}]},
]))])
rule("a-measure-of-another-noun", must_pass=[
    ("Berg led a 75-yard game-winning drive.", "winning-pass=!contradicted"),
    ("Berg capped a 14-play, 75-yard drive with the winning touchdown.", "winning-pass=!contradicted"),
    ("Berg's 60-yard run set up the winning touchdown.", "winning-pass=!contradicted"),
], must_fail=[
    ("Berg threw a 5-yard pass for the winning touchdown.", "winning-pass=contradicted"),
    ("Berg's game-winning 5-yard touchdown pass came late.", "winning-pass=contradicted"),
], base=PASS_BASE)

# a day within the recorded length of an event that lasts is no other start (_clauses.during_event)
STRIKE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("strike-2023", "2023-10-26", [
    {"id": "strike", "statement": "Workers at Acme went on strike on 15 September 2023, for 41 days.",
     "keywords": ["strike"], "values": [target("acme"), {"kind": "date", "year": 2023, "month": 9, "day": 15},
                                         {"kind": "duration", "iso": "P41D"}]},
]))])
rule("a-day-during-the-event", must_pass=[
    ("Acme workers strike outside the plant on 12 October 2023.", "strike=!contradicted"),
    ("Pickets strike at Acme's gates on 20 October 2023 in the rain.", "strike=!contradicted"),
    ("Acme workers strike outside the plant on Thursday, October 12, 2023.", "strike=!contradicted"),
], must_fail=[
    ("Acme workers strike outside the plant on 30 November 2023.", "strike=contradicted"),
    ("Acme workers strike outside the plant on 10 September 2023.", "strike=contradicted"),
], base=STRIKE_BASE)

# a claim with two targets: a sentence naming one of them is not contradicted by the claim's own actor
# misread as another target (Matcher._compare, "third")
SUIT_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("suit-2024", "2024-03-06", [
    {"id": "suit", "statement": "Northfield United sued Acme and Borealis.", "keywords": ["sue"],
     "values": [actor("northfield"), target("acme"), target("borealis")]},
]))])
rule("one-of-two-targets-beside-the-actor", must_pass=[
    ("Northfield members sue Acme members.", "suit=supported"),
    ("Northfield members sue Borealis staff.", "suit=supported"),
    ("Northfield fans sue Acme over the stadium deal.", "suit=supported"),
], must_fail=[
    ("Northfield sued Acme and Peru.", "suit=contradicted:target"),
    ("Northfield members sue Peru members.", "suit=!supported"),
], base=SUIT_BASE)

# an event noun owned by a stranger's possessive is the stranger's event, though the claim's party is read
# into it from another verb (_clauses.event_owner, Matcher._compare)
CLOSE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("close-2023", "2023-10-11", [
    {"id": "close", "statement": "Borealis shares ended at 40 euros on 10 October 2023.",
     "keywords": ["closing price"], "values": [target("borealis"), {"kind": "quantity", "number": 40, "unit": "euros"},
                                               {"kind": "date", "year": 2023, "month": 10, "day": 10}]},
]))])
rule("event-of-a-possessive-stranger", must_pass=[
    ("Acme will buy Borealis for 2 billion euros based on Acme's closing price on 5 October 2023.",
     "close=!contradicted"),
    ("Acme will pay for Borealis in shares at Acme's closing price of 30 euros.", "close=!contradicted"),
    ("Acme bought Borealis at a ratio set by Acme's final closing price on 5 October 2023.", "close=!contradicted"),
], must_fail=[
    ("Borealis's closing price on 5 October 2023 was 40 euros.", "close=contradicted:date"),
    ("Acme bought Borealis at a ratio set by Borealis's closing price on 5 October 2023.",
     "close=contradicted:date"),
], base=CLOSE_BASE)

# fewer of a kind the claim never names ("two federal criminal cases" against four) count a part of the
# claim's group, and "one ..., the other ..." picks members out of it (kinds.count._kind_of, compare)
rule("a-kind-of-what-is-counted", must_pass=[
    ("Norway expelled one senior Chilean diplomat on Monday.", "expelled=!contradicted"),
    ("Norway expelled one junior Chilean envoy.", "expelled=!contradicted"),
    ("Norway expelled the Chilean diplomats, one in Oslo and the other in Bergen.", "expelled=supported"),
    ("Norway expelled Chilean diplomats, one on Monday and the other on Tuesday.", "expelled=supported"),
], must_fail=[
    ("Norway expelled three senior Chilean diplomats.", "expelled=contradicted:count"),
    ("Norway expelled one Chilean diplomat.", "expelled=contradicted:count"),
    ("Norway expelled one new Chilean diplomat.", "expelled=contradicted:count"),
    ("Norway expelled one diplomat, and Chile expelled the other.", "expelled=contradicted:count"),
])

# a time placed months before now ("a year ago"), opening the sentence or right after the event word, dates
# an earlier act (Matcher._compare, pack past_offset_words)
rule("placed-months-before-now", must_pass=[
    ("A year ago, Acme offered to buy Borealis for 3 billion euros.", "deal=-"),
    ("Acme tried to buy Borealis two years ago for 3 billion euros.", "deal=-"),
    ("Eighteen months ago, Acme agreed to buy Borealis for 3 billion euros.", "deal=-"),
], must_fail=[
    ("Two days ago, Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted"),
    ("Acme, founded a century ago, agreed to buy Borealis for 3 billion euros.", "deal=contradicted"),
    ("Acme agreed to buy Borealis for 3 billion euros, up from its offer a year earlier.", "deal=contradicted"),
])


# a date another claim of the same story and event words records, with none of this claim's figures agreeing,
# tells of that claim's event (Matcher._sibling_date)
rule("date-of-a-sibling-set-aside", must_pass=[
    ("In January, Acme announced it would cut more jobs.", "december-cut=-"),
    ("In January, Acme announced it would cut 200 more jobs.", "december-cut=-"),
    (("Acme cut 6% of jobs in January.", "In January, Acme announced it would cut more jobs."), "december-cut=-"),
], must_fail=[
    ("In March, Acme announced it would cut more jobs.", "december-cut=contradicted:date"),
    ("Acme said in January it would cut 17% of its staff.", "december-cut=contradicted:date"),
], base=CUTS_BASE)

# what a party the claim never names did not do denies nothing of what the claim says was done
# (Matcher._compare)
rule("denial-by-another-party", must_pass=[
    ("Finland refused to expel two Chilean diplomats.", "expelled=-"),
    ("Finland declined to block roads in Jajarkot.", "roads-blocked=-"),
    ("Finland did not expel any Chilean diplomats.", "expelled=-"),
], must_fail=[
    ("Norway did not expel any Chilean diplomats.", "expelled=contradicted"),
    ("Two Chilean diplomats were not expelled.", "expelled=contradicted"),
])

# a bare year before a noun the claim never uses dates that noun, not the event; so does a bare month after
# an indefinite article ("a May filing"), but not after a possessive ("its April meeting": the occasion)
# (_clauses.dates_another_noun, Matcher._compare)
rule("year-of-another-noun", must_pass=[
    ("Acme announced its deal for Borealis to revive its 2019 expansion plan.", "announced=supported"),
    ("Acme announced its deal for Borealis to win its 2019 pricing war.", "announced=supported"),
    ("Acme announced its deal for Borealis to revive the 2019 talks.", "announced=supported"),
    ("In a May corporate filing, Acme said its deal for Borealis had been announced.", "announced=!contradicted"),
    ("Acme announced its deal for Borealis, a May filing showed.", "announced=!contradicted"),
    ("Acme announced its deal for Borealis in a May statement.", "announced=!contradicted"),
], must_fail=[
    ("Acme announced its 2021 deal for Borealis.", "announced=contradicted:date"),
    ("Acme announced its deal for Borealis in 2021.", "announced=contradicted:date"),
    ("Acme announced its deal for Borealis in May.", "announced=contradicted:date"),
])

# a document that gives exactly the tally the story records for an earlier hour tells the story at that hour:
# its lower counts are doubted, not contradicted (Matcher._earlier_tally)
EARLY_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("early-2023", "2023-11-04", [
    {"id": "early-dead", "statement": "Early counts said the quake had killed 128 people.",
     "keywords": ["killed", "dead"], "values": [{"kind": "count", "number": 128, "noun": "people"}]},
    {"id": "dead", "statement": "The quake killed 157 people.",
     "keywords": ["killed", "dead"], "values": [{"kind": "count", "number": 157, "noun": "people"}]},
    {"id": "hurt", "statement": "The quake injured 184 people.",
     "keywords": ["injured"], "values": [{"kind": "count", "number": 184, "noun": "people"}]},
]))])
rule("a-document-at-an-earlier-hour", must_pass=[
    ("As many as 128 people have been reported dead, and 141 injured.", "hurt=!contradicted"),
    (("As many as 128 people have been reported dead.", "Officials said 141 people were injured."),
     "hurt=!contradicted"),
    (("Police said 128 people were killed.", "Another 141 people were injured."), "hurt=!contradicted"),
], must_fail=[
    (("As many as 157 people have been reported dead.", "Officials said 141 people were injured."),
     "hurt=contradicted"),
    ("Officials said 141 people were injured.", "hurt=contradicted"),
], base=EARLY_BASE)

# fewer people "on/aboard the X", a vehicle the claim never names, are that vehicle's part of the group
# (kinds.count._aboard, pack aboard_prepositions)
rule("the-people-of-one-vehicle", must_pass=[
    ("Some 140 people on the train were injured.", "hurt=-"),
    ("Nine people aboard the bus were injured.", "hurt=-"),
    ("Fourteen people on the rescue helicopter were injured.", "hurt=-"),
], must_fail=[
    ("Some 140 people were injured.", "hurt=contradicted:count"),
    ("Some 240 people on the train were injured.", "hurt=contradicted:count"),
], base=EARLY_BASE)


FERRY_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("ferry-2024", "2024-01-03", [
    {"id": "ferry-hit", "statement": "The ferry hit the pier in Oslo on 2 January 2024.",
     "keywords": ["hit", "struck"], "values": [{"kind": "place", "entity": "oslo"},
                                               {"kind": "date", "year": 2024, "month": 1, "day": 2}]},
    {"id": "storm-category", "statement": "The storm hit Oslo as a category 5 storm.", "keywords": ["storm"],
     "values": [{"kind": "place", "entity": "oslo"}, {"kind": "quantity", "number": 5, "unit": "category"}]},
    {"id": "acme-rammed", "statement": "An Acme tug rammed the Borealis barge in Oslo on 3 January 2024.",
     "keywords": ["rammed"], "values": [actor("acme"), target("borealis"), {"kind": "place", "entity": "oslo"},
                                        {"kind": "date", "year": 2024, "month": 1, "day": 3}]},
]))])

# a relative clause opened by "that" right before the event verb is said of its noun: "a deadly earthquake
# that struck the region on Monday" dates the quake, a thing the claim never names (_clauses.relative_head);
# a main verb after the clause closes it, and the figures then are that verb's
rule("that-clause-of-another-thing", must_pass=[
    ("Ferries carried aid to residents affected by a deadly earthquake that struck Oslo on 5 January 2024.",
     "ferry-hit=!contradicted"),
    ("Crews in Oslo are still clearing debris from a storm that struck the coast on 9 January 2024.",
     "ferry-hit=!contradicted"),
    ("Oslo sent help to villages near a volcano that had struck fear into residents on 7 January 2024.",
     "ferry-hit=!contradicted"),
], must_fail=[
    ("The ferry struck the pier in Oslo on 5 January 2024.", "ferry-hit=contradicted:date"),
    ("It was the ferry that struck the pier in Oslo on 5 January 2024.", "ferry-hit=contradicted:date"),
], base=FERRY_BASE)


# another year and another place than the record's: another time the event happened, more likely than two
# errors, so unverified (Matcher._another_occurrence); one of them alone is an error
rule("another-year-and-place-is-another-occurrence", must_pass=[
    ("An Acme tug also rammed a Borealis barge in Santiago in 2019.", "acme-rammed=unverified"),
    ("In 2021 Acme rammed Borealis in Santiago.", "acme-rammed=unverified"),
    ("Acme rammed the Borealis barge in Santiago on 3 January 2020.", "acme-rammed=unverified"),
], must_fail=[
    ("Acme rammed the Borealis barge in Oslo on 3 January 2023.", "acme-rammed=contradicted:date"),
    ("Acme rammed the Borealis barge in Santiago on 3 January 2024.", "acme-rammed=contradicted:place"),
    ("Acme rammed the Borealis barge in Santiago on 5 January 2024.", "acme-rammed=contradicted:date"),
], base=FERRY_BASE)

# a date a preposition puts on a noun the claim never uses, in a phrase naming another occasion ("at its next
# meeting in September"), dates that occasion (_clauses._dates_other_occasion)
rule("date-of-another-occasion", must_pass=[
    ("Acme rammed Borealis in Oslo ahead of the upcoming regatta in May 2024.", "acme-rammed=!contradicted"),
    ("Acme rammed Borealis in Oslo days before its next race on 9 January 2024.", "acme-rammed=!contradicted"),
    ("Acme rammed Borealis in Oslo, as at the previous regatta in May 2023.", "acme-rammed=!contradicted"),
], must_fail=[
    ("Acme rammed Borealis in Oslo in March 2024.", "acme-rammed=contradicted:date"),
    ("Acme rammed Borealis in Oslo at the regatta in May 2024.", "acme-rammed=contradicted:date"),
], base=FERRY_BASE)


PENDING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("deal-2024", "2024-02-01", [
    {"id": "vote-needed", "statement": "The Acme takeover must be approved by Borealis shareholders.",
     "keywords": ["approve", "approved"], "values": [target("borealis")]},
    {"id": "merger-cleared", "statement": "Norway cleared the Acme takeover of Borealis.",
     "keywords": ["cleared"], "values": [actor("norway"), target("borealis")]},
]))])

# a claim that says something is still required ("must be approved") is not denied by a sentence that says
# it has not happened; a denial of the requirement itself, or of a deed, is (Matcher._pending)
rule("denial-of-what-is-still-required", must_pass=[
    ("Borealis shareholders have not approved the takeover yet.", "vote-needed=!contradicted"),
    ("Borealis shareholders did not approve the deal on Monday.", "vote-needed=!contradicted"),
    ("The Borealis takeover has not been approved.", "vote-needed=!contradicted"),
], must_fail=[
    ("Norway has not cleared the Acme takeover of Borealis.", "merger-cleared=contradicted:polarity"),
    ("Norway never cleared the Acme takeover of Borealis.", "merger-cleared=contradicted:polarity"),
], base=PENDING_BASE)


# brackets that open with a word for a gloss define a word; they state nothing of the story
# (analysis._in_gloss, Predication.gloss)
rule("gloss-in-brackets", must_pass=[
    ("Acme lost its licence (i.e. Norway did not clear the takeover of Borealis) last year.",
     "merger-cleared=-"),
    ("It was a full takeover (that is, one Norway never cleared for Borealis).", "merger-cleared=-"),
    ("The bid was hostile (e.g. Norway had not cleared the Borealis takeover).", "merger-cleared=-"),
], must_fail=[
    ("Norway (the regulator) has not cleared the Acme takeover of Borealis.", "merger-cleared=contradicted:polarity"),
    ("Norway has not cleared the Acme takeover of Borealis (a bid worth 2 billion euros).",
     "merger-cleared=contradicted:polarity"),
], base=PENDING_BASE)


# the grade a change of state reached ("downgraded to a Category 4") is a later state: it may agree with the
# record, never contradict it (_figures.grade_after_change, lex.state_changes)
rule("grade-after-a-change-of-state", must_pass=[
    ("The storm in Oslo has since been downgraded to a Category 4.", "storm-category=!contradicted"),
    ("The storm in Oslo was later downgraded to category 3.", "storm-category=!contradicted"),
    ("The storm in Oslo strengthened to a Category 5.", "storm-category=supported"),
    # ... and so is a grade it became on the way (lex.becoming_verbs)
    ("The storm in Oslo became a Category 1 hurricane on Tuesday and then intensified.",
     "storm-category=!contradicted"),
    ("The storm in Oslo, becoming a Category 3 by noon, kept growing.", "storm-category=!contradicted"),
], must_fail=[
    ("The storm hit Oslo as a category 4 storm.", "storm-category=contradicted"),
    ("The storm in Oslo was a Category 1 hurricane on Tuesday.", "storm-category=contradicted"),
    ("The storm in Oslo grew to a Category 4.", "storm-category=contradicted"),
], base=FERRY_BASE)


GOALS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("match-2024", "2024-05-04", [
    {"id": "berg-goals", "statement": "Tomas Berg scored three goals for Northfield.",
     "aliases": ["Berg netted a hat-trick of goals"], "keywords": ["goals"],
     "values": [actor("tomas-berg"), {"kind": "count", "number": 3, "noun": "goals"}]},
    {"id": "berg-kicks", "statement": "Tomas Berg landed 12 kicks, three of them penalties.",
     "keywords": ["kicks"], "values": [actor("tomas-berg"),
                                      {"kind": "count", "number": 12, "noun": "kicks", "slot": "kicks"},
                                      {"kind": "count", "number": 3, "noun": "penalties", "slot": "penalties"}]},
    {"id": "cup-final", "statement": "Northfield won the Nordic Cup final in Oslo.", "keywords": ["Nordic Cup"],
     "values": [actor("northfield"), {"kind": "place", "entity": "oslo"}]},
    {"id": "negative-rates", "statement": "Norway kept negative rates for eight years.",
     "keywords": ["negative rates"], "values": [actor("norway"), {"kind": "duration", "iso": "P8Y"}]},
    {"id": "northfield-seats", "statement": "Northfield won 12 seats on the council.", "keywords": ["seats"],
     "values": [actor("northfield"), {"kind": "count", "number": 12, "noun": "seats"}]},
]))])

# a count whose noun is the event word itself, the object of a verb the claim never uses, counts another act
# on the same kind of thing ("conceded five goals" against three scored) (count._done_otherwise)
rule("counted-event-noun-of-another-verb", must_pass=[
    ("Tomas Berg missed five goals.", "berg-goals=!contradicted"),
    ("Tomas Berg watched his side concede only five goals.", "berg-goals=!contradicted"),
    ("Tomas Berg celebrated five goals with the fans.", "berg-goals=!contradicted"),
    ("Tomas Berg will be disputing about five goals.", "berg-goals=!contradicted"),
    ("Tomas Berg saw the annulment of five goals.", "berg-goals=!contradicted"),
], must_fail=[
    ("Tomas Berg saw a total of five goals.", "berg-goals=contradicted:count"),
    ("Tomas Berg scored five goals.", "berg-goals=contradicted:count"),
    ("Tomas Berg netted five goals.", "berg-goals=contradicted:count"),
    ("Tomas Berg has five goals for Northfield.", "berg-goals=contradicted:count"),
], base=GOALS_BASE)

# a poll's or a projection's figure estimates a result; it is no result the record can be wrong about
# (Matcher._estimated, lex.estimate_sources)
rule("estimate-against-result", must_pass=[
    ("An exit poll put Northfield at 10 seats.", "northfield-seats=!contradicted"),
    ("Northfield won 10 seats, the exit poll showed.", "northfield-seats=!contradicted"),
    ("Northfield was projected to take 14 seats.", "northfield-seats=!contradicted"),
], must_fail=[
    ("Northfield won 10 seats.", "northfield-seats=contradicted:count"),
    ("Northfield won 10 seats, the final count showed.", "northfield-seats=contradicted:count"),
], base=GOALS_BASE)

# a capitalised name the claim's own words make up ("in Nordic Cup") is the event's name, no unknown place
rule("event-name-is-no-place", must_pass=[
    ("Northfield are champions with 2-1 win in Nordic Cup", "cup-final=!contradicted"),
    ("Northfield celebrate victory in Nordic Cup", "cup-final=!contradicted"),
    ("Northfield won in Nordic Cup final.", "cup-final=!contradicted"),
], must_fail=[
    ("Northfield won the Nordic Cup final in Bergen.", "cup-final=contradicted:place"),
    ("Northfield won the Nordic Cup in Trondheim.", "cup-final=contradicted:place"),
], base=GOALS_BASE)

# "of" after a length names what lasted that long: a thing the claim never names has a length of its own
# (duration._length_of_another)
rule("length-of-another-thing", must_pass=[
    ("Norway ended negative rates, closing 11 years of monetary easing.", "negative-rates=!contradicted"),
    ("Norway dropped negative rates after 17 years of easy money.", "negative-rates=!contradicted"),
    ("Norway kept negative rates through 20 years of slow growth.", "negative-rates=!contradicted"),
], must_fail=[
    ("Norway ended eleven years of negative rates.", "negative-rates=contradicted"),
    ("Norway kept negative rates for 11 years.", "negative-rates=contradicted"),
], base=GOALS_BASE)

# a figure of the claim's counted noun, qualified by the noun another count of the claim records ("three
# penalty kicks" against 12 kicks and 3 penalties), counts that other noun (_figures.held_by_sibling)
rule("count-qualified-by-a-sibling-noun", must_pass=[
    ("Tomas Berg landed three penalty kicks.", "berg-kicks=!contradicted"),
    ("Tomas Berg, who landed three penalty kicks, was named man of the match.", "berg-kicks=!contradicted"),
    ("Tomas Berg landed 3 penalty kicks in the second half.", "berg-kicks=!contradicted"),
], must_fail=[
    ("Tomas Berg landed five penalty kicks.", "berg-kicks=contradicted"),
    ("Tomas Berg landed three kicks.", "berg-kicks=contradicted"),
], base=GOALS_BASE)

# "for the first time in 17 years" is the time since the last such event: only a claim about a first in so
# long records it (duration._gap_before_first)
rule("first-time-in-years-is-a-gap", must_pass=[
    ("Norway raised rates for the first time in 17 years, ending negative rates.", "negative-rates=!contradicted"),
    ("In its first rise in 17 years, Norway ended negative rates.", "negative-rates=!contradicted"),
    ("Norway ended negative rates, the first such move in 11 years.", "negative-rates=!contradicted"),
], must_fail=[
    ("Norway ended 11 years of negative rates.", "negative-rates=contradicted"),
    ("Norway ended negative rates, in place for 11 years.", "negative-rates=contradicted"),
], base=GOALS_BASE)

RAMMED = "Acme rammed the Borealis barge in Oslo on 3 January 2024."

# a clause whose subject is a name the base does not know (past a fronted time, past "X-owned") is that
# one's act: a pronoun in it ties it to the claim no more than a date does (Matcher._compare, clause_opener)
rule("stranger-subject-with-a-pronoun", must_pass=[
    ((RAMMED, "In March, Kestrel-owned Lumo rammed its barge."), "acme-rammed=!contradicted"),
    ((RAMMED, "In May, Lumo rammed its own barge."), "acme-rammed=!contradicted"),
    ((RAMMED, "On Friday, Lumo rammed its barge too."), "acme-rammed=!contradicted"),
], must_fail=[
    ((RAMMED, "In March, Acme rammed its barge."), "acme-rammed=contradicted:date"),
    ((RAMMED, "In March, it rammed its barge."), "acme-rammed=contradicted:date"),
], base=FERRY_BASE)

STRIKE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("strike-2024", "2024-10-30", [
    {"id": "strike-began", "statement": "Borealis drivers went on strike against Acme on 15 September 2024.",
     "keywords": ["strike", "picket"], "values": [target("acme"),
                                                  {"kind": "date", "year": 2024, "month": 9, "day": 15,
                                                   "slot": "start"}]},
]))])

# two keyword occurrences with a whole clause between them (more than a few words, a verb among them) are
# two events, not one phrase: "the picket line ... dissolved on Friday as workers learned their strike was
# over" does not date the strike's start (_clauses.merge_spans)
rule("keywords-a-clause-apart", must_pass=[
    ("The picket line outside the Acme plant in Oslo dissolved on 25 October 2024 as workers learned their "
     "strike was over.", "strike-began=!contradicted"),
    ("Pickets outside the Acme depot in Oslo vanished on 25 October 2024 as drivers learned the strike had "
     "ended.", "strike-began=!contradicted"),
    ("Pickets from the Acme plant across Oslo dispersed on 25 October 2024 as members learned the strike had "
     "ended.", "strike-began=!contradicted"),
], must_fail=[
    ("The picket line of the Acme strike formed on 25 October 2024.", "strike-began=contradicted:start"),
    ("Borealis drivers went on strike against Acme on 25 October 2024.", "strike-began=contradicted:start"),
], base=STRIKE_BASE)

WRECK_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("wreck-2024", "2024-06-20", [
    {"id": "wreck-distance", "statement": "The wreck of the Borealis barge lay about 1,600 feet off the Oslo pier.",
     "keywords": ["wreck", "wreckage"], "values": [target("borealis"),
                                                   {"kind": "quantity", "number": 1600, "unit": "feet",
                                                    "approx": True, "slot": "distance"}]},
]))])

# a length measured in another direction than the claim's (a depth against a distance off the pier) is
# another measure (quantity._other_direction, lex.measure_relations)
rule("length-in-another-direction", must_pass=[
    ("The wreck of the Borealis barge was found over 2 miles beneath the surface.", "wreck-distance=!contradicted"),
    ("The wreck of the Borealis barge rests 3,800 feet below the surface.", "wreck-distance=!contradicted"),
    ("Divers reached the wreck of the Borealis barge at a depth of 400 feet.", "wreck-distance=!contradicted"),
], must_fail=[
    ("The wreck of the Borealis barge lay about 2,600 feet off the Oslo pier.", "wreck-distance=contradicted:distance"),
    ("The wreck of the Borealis barge was found 900 feet from the pier.", "wreck-distance=contradicted:distance"),
    ("The wreck of the Borealis barge lay 900 feet away.", "wreck-distance=contradicted:distance"),
], base=WRECK_BASE)

BRIEFING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("verdict-2024", "2024-06-23", [
    {"id": "verdict-announced", "statement": "Judge Hart announced the verdict against Lopez at a news conference "
     "on 22 June 2024.", "keywords": ["news conference", "briefing", "announce"],
     "values": [actor("judge-hart"), {"kind": "date", "year": 2024, "month": 6, "day": 22}]},
]))])

# an occasion that recurs (a briefing, a news conference), dated otherwise in a sentence that says nothing
# else the statement says, is another occasion: unverified, not a wrong date (_verdicts.recurring_occasion,
# lex.occasion_nouns)
rule("recurring-occasion", must_pass=[
    ("“We are still hearing evidence,” Judge Hart said at a news conference in Oslo on 20 June 2024.",
     "verdict-announced=unverified"),
    ("Judge Hart spoke about the weather at a briefing on 19 June 2024.", "verdict-announced=!contradicted"),
    ("At a news conference on 21 June 2024, Judge Hart said the trial would go on.",
     "verdict-announced=!contradicted"),
    # an act of telling recurs too (lex.announcing_verbs)
    ("The trial was set to go on, but Judge Hart announced late on 20 June 2024 that it would be delayed.",
     "verdict-announced=!contradicted"),
], must_fail=[
    ("Judge Hart announced the verdict against Lopez on 20 June 2024.", "verdict-announced=contradicted:date"),
    ("Judge Hart read the verdict against Lopez at a briefing on 20 June 2024.", "verdict-announced=contradicted:date"),
    ("Judge Hart announced the verdict against Lopez at a news conference on 20 June 2024.",
     "verdict-announced=contradicted:date"),
], base=BRIEFING_BASE)

# a figure that only fits the record ("at least 69" against 153) confirms nothing: the sentence is unverified
# with the reason, never supported on its place alone (count.compare -> Unconfirmed, Matcher._decide); a floor
# just under the record ("at least 150") is the record rounded down
rule("unconfirmed-figure-is-no-support", must_pass=[
    ("At least 69 people were killed as the earthquake hit Jajarkot.", "quake-toll=unverified"),
    ("At least 69 people were killed in Jajarkot.", "quake-toll=unverified"),
    ("The earthquake in Jajarkot killed more than 40 people.", "quake-toll=unverified"),
], must_fail=[
    ("At least 150 people were killed as the earthquake hit Jajarkot.", "quake-toll=supported"),
    ("The earthquake in Jajarkot killed 153 people.", "quake-toll=supported"),
    ("At least 200 people were killed as the earthquake hit Jajarkot.", "quake-toll=contradicted:count"),
])

# the clause "since" opens after a superlative is the earlier event it is measured against ("the deadliest
# quake since a tremor killed 9,000 people in 2015") (_clauses.compared_since, lex.since_words,
# lex.superlative_words, lex.superlative_suffixes)
rule("compared-since", must_pass=[
    ("It is the deadliest quake in Jajarkot since the Gorkha Quake killed 9,000 people.", "quake-toll=!contradicted"),
    ("It was the worst disaster in Jajarkot since the Gorkha Quake killed 700 people.", "quake-toll=!contradicted"),
    ("Jajarkot saw its deadliest day since the Bhojpur Quake killed 700 people.", "quake-toll=!contradicted"),
], must_fail=[
    ("The earthquake in Jajarkot killed 9,000 people.", "quake-toll=contradicted:count"),
    ("Since Friday, the earthquake in Jajarkot has killed 9,000 people.", "quake-toll=contradicted:count"),
])

LANDING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("landing-2023", "2023-08-24", [
    {"id": "landing", "statement": "The Borealis lander touched down in Patagonia on 23 August 2023.",
     "keywords": ["landing", "touch down"], "values": [actor("borealis"),
                                                       {"kind": "date", "year": 2023, "month": 8, "day": 23}]},
]))])

# an event noun brought in with an indefinite article and dated only to another year is another occurrence
# ("a not-so-successful moon landing in 2019"); a full date in another year is a wrong year
# (_clauses.indefinite_occurrence)
rule("indefinite-occurrence-in-another-year", must_pass=[
    ("Borealis engineers recalled a failed landing in 2019 as they celebrated.", "landing=!contradicted"),
    ("Borealis, after a not-so-successful landing in 2019, tried again.", "landing=!contradicted"),
    ("Borealis has a long record, with a successful orbit in 2014 and a troubled landing in 2019.",
     "landing=!contradicted"),
], must_fail=[
    ("Borealis made its landing in 2022.", "landing=contradicted:date"),
    ("Borealis made a landing on 23 August 2022.", "landing=contradicted:date"),
], base=LANDING_BASE)


# the year of the noun a which-clause hangs from dates the clause even with the noun's place between them
# ("the 2018 Camp Fire in Paradise, California, which killed 85 people"): an earlier event, neither
# support nor conflict (_times.event_times)
rule("which-clause-dated-through-its-place", must_pass=[
    ("It was the deadliest quake since the 2015 quake in Jajarkot, Nepal, which killed 153 people.", "quake-toll=-"),
    ("It was the deadliest quake since the 2015 quake in Jajarkot, Nepal, which killed 9,000 people.",
     "quake-toll=-"),
    ("The 2015 quake in Jajarkot, Nepal, which killed 153 people, was worse.", "quake-toll=-"),
], must_fail=[
    ("The quake in Jajarkot, Nepal, which killed 9,000 people, was the deadliest in years.",
     "quake-toll=contradicted:count"),
    ("The November 2023 quake in Jajarkot, Nepal, which killed 9,000 people, was the deadliest in years.",
     "quake-toll=contradicted:count"),
])


# a figure after "the other" or before "other" counts the rest of a group or another set, never the whole the
# record counts (kinds.count._other_set)
rule("the-other-ones", must_pass=[
    ("The other 20 passengers aboard were unhurt.", "flight=-"),
    ("The jet carried 20 other passengers.", "flight=-"),
    (("The jet carried 171 passengers.", "The other 150 passengers aboard were unhurt."), "flight=-"),
], must_fail=[
    ("The jet carried 20 passengers.", "flight=contradicted:count"),
    ("The 20 passengers aboard were unhurt.", "flight=contradicted:count"),
    ("The jet carried 20 passengers, among other things.", "flight=contradicted:count"),
], base=CUTS_BASE)

# a hyphened compound the claim never uses before a smaller figure's noun counts a kind of what the claim
# counts (kinds.count._kind_of)
rule("a-compound-kind-of-what-is-counted", must_pass=[
    ("The jet carried 20 fee-paying passengers.", "flight=-"),
    ("The jet carried 12 first-class passengers.", "flight=-"),
    ("Among those aboard were 30 long-haul passengers.", "flight=-"),
], must_fail=[
    ("The jet carried 20 passengers.", "flight=contradicted:count"),
    ("The jet carried 20 Oslo-bound passengers.", "flight=contradicted:count"),
    ("The jet carried 200 fee-paying passengers.", "flight=contradicted:count"),
], base=CUTS_BASE)


# a figure right after a capitalised word inside the sentence ends a name ("UAW Local 862 members"), unless
# the headline capitalises every word (kinds.count._names_end)
rule("a-figure-ending-a-name", must_pass=[
    ("The jet carried the Flight 20 passengers home.", "flight=-"),
    ("Nearly all Terminal 5 passengers were aboard.", "flight=-"),
    ("Acme said its Gate 12 passengers were carried aboard the jet.", "flight=-"),
], must_fail=[
    ("The jet carried 20 passengers.", "flight=contradicted:count"),
    ("On Friday 20 passengers were aboard the jet.", "flight=contradicted:count"),
    ("Acme Jet Carried 20 Passengers On Friday", "flight=contradicted:count"),
    ("In Tromso 20 passengers were aboard the jet.", "flight=contradicted:count"),
], base=CUTS_BASE)


# a figure written as the size of a change ("an increase of 12 from the initial tally"), with no counted noun
# of its own, says nothing of the level the record counts (kinds.count._change_size)
rule("the-size-of-a-change", must_pass=[
    ("The new death toll in Jajarkot was an increase of 12 from the initial tally of 141 announced Thursday.",
     "quake-toll=!contradicted"),
    ("The new death toll in Jajarkot was an increase of 12 on the tally announced Thursday.",
     "quake-toll=!contradicted"),
    ("The death toll in Jajarkot was a rise of 40 on the tally of Friday.", "quake-toll=!contradicted"),
], must_fail=[
    ("The quake in Jajarkot killed 160 people, an increase of 7 on the first count.",
     "quake-toll=contradicted:count"),
    ("The quake in Jajarkot killed 12 people.", "quake-toll=contradicted:count"),
    ("The death toll in Jajarkot showed an increase of 12 dead from the first count.",
     "quake-toll=contradicted:count"),
])


# a denial whose object is other ones than those told of ("not guilty on four other charges", "failed to
# reach a verdict on three more") denies nothing of the record's (_clauses.denies_others)
rule("a-denial-of-other-ones", must_pass=[
    ("Norway has not expelled three more Chilean diplomats.", "expelled=-"),
    ("Norway did not expel two other Chilean diplomats.", "expelled=-"),
    (("Norway expelled two Chilean diplomats on Monday.", "It did not expel the other three."), "expelled=-"),
], must_fail=[
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway did not expel the Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway did not expel two Chilean diplomats, other officials said.", "expelled=contradicted:polarity"),
])


FIRE_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("fire-2023", "2023-08-12", [
    {"id": "fire-area", "statement": "The Oslo fire burned 2,170 acres.", "keywords": ["burn"],
     "values": [{"kind": "place", "entity": "oslo"},
                {"kind": "quantity", "number": 2170, "unit": "acres", "slot": "area"}]},
]))])

# a figure in brackets restates the one before it in other units, and is hedged as that one is
# (numbers.hedge)
rule("bracketed-conversion-keeps-the-hedge", must_pass=[
    ("The Oslo fire burned more than 2,100 acres (850 hectares).", "fire-area=!contradicted"),
    ("The fire burned more than 2,100 acres (850 hectares) in Oslo.", "fire-area=!contradicted"),
    ("The Oslo fire burned around 2,100 acres (850 hectares).", "fire-area=!contradicted"),
], must_fail=[
    ("The Oslo fire burned 2,100 acres (850 hectares).", "fire-area=contradicted:area"),
    ("The Oslo fire burned more than 2,400 acres (971 hectares).", "fire-area=contradicted:area"),
], base=FIRE_BASE)


OFFICES_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("offices-2024", "2024-02-01", [
    {"id": "offices", "statement": "Borealis opened offices in Oslo and Santiago in January 2024.",
     "keywords": ["open", "office"], "values": [actor("borealis"), {"kind": "place", "entity": "oslo"},
                                                {"kind": "place", "entity": "santiago"}]},
]))])

# a claim giving several places holds where any of them is named, and conflicts once against the whole list
# when none is (kinds.entity.among_places)
rule("any-of-several-places", must_pass=[
    ("Borealis opened offices in Santiago.", "offices=supported"),
    ("Borealis opened an office in Oslo last month.", "offices=supported"),
    ("Borealis opened offices in Oslo and in Santiago.", "offices=supported"),
    ("Borealis opened offices in Chile.", "offices=!contradicted"),
], must_fail=[
    ("Borealis opened offices in Jajarkot.", "offices=contradicted:place"),
    ("Borealis opened an office in Nepal.", "offices=contradicted:place"),
], base=OFFICES_BASE)


def test_several_places_conflict_once_against_the_list() -> None:
    [f] = [f for f in findings("Borealis opened offices in Jajarkot.", OFFICES_BASE) if f.claim_id == "offices"]
    assert [(d.expected, d.found) for d in f.discrepancies] == [("Oslo or Santiago", "Jajarkot")]


# a sentence that says, before the event word, the event is not the first of its kind tells of an earlier
# one when its date differs (_clauses.repeated_occurrence, pack repeat_cues)
rule("not-the-first-time", must_pass=[
    ("This was not for the first time: Borealis made a landing on 2 May 2023.", "landing=-"),
    ("It was not the first time Borealis tried: it made a landing on 2 May 2023.", "landing=-"),
    ("Not the first time for Borealis, which made a landing on 2 May 2023.", "landing=-"),
], must_fail=[
    ("Borealis made a landing on 2 May 2023.", "landing=contradicted:date"),
    ("For the first time, Borealis made a landing on 2 May 2023.", "landing=contradicted:date"),
    ("Borealis made a landing on 2 May 2023, and it was not the first time.", "landing=contradicted:date"),
], base=LANDING_BASE)


VISIT_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("visit-2023", "2023-11-05", [
    {"id": "visit", "statement": "Ola Dahl flew to Jajarkot on 4 November 2023.",
     "keywords": ["fly", "visit", "inspect"], "values": [actor("ola-dahl"), {"kind": "place", "entity": "jajarkot"},
                {"kind": "date", "year": 2023, "month": 11, "day": 4}]},
]))])

# a clause whose subject is a plural common noun tells of a group's act, which no one person's claim is
# (_clauses.plural_subject)
rule("a-group-is-no-one-person", must_pass=[
    ("Residents of Jajarkot on 6 November 2023 inspected the damage.", "visit=!contradicted"),
    ("Villagers in Jajarkot, the worst hit, inspected their homes on 6 November 2023.", "visit=!contradicted"),
    ("Soldiers flew to Jajarkot on 6 November 2023.", "visit=!contradicted"),
], must_fail=[
    ("Ola Dahl flew to Jajarkot on 6 November 2023.", "visit=contradicted:date"),
    ("Villagers said Ola Dahl flew to Jajarkot on 6 November 2023.", "visit=contradicted:date"),
    ("Ola Dahl and his aides flew to Jajarkot on 6 November 2023.", "visit=contradicted:date"),
    ("Reporters waited on 6 November 2023, the day Ola Dahl flew to Jajarkot.", "visit=contradicted:date"),
], base=VISIT_BASE)


SEATS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("seats-2023", "2023-11-23", [
    {"id": "seats", "statement": "Norway's party won 37 of the 150 seats.", "keywords": ["won", "seat"],
     "values": [actor("norway"), {"kind": "count", "number": 37, "noun": "seats"}]},
]))])

# a figure the claim's own wording writes besides its value ("of the 150 seats"), in a sentence that also
# gives the value, is the whole the statement names (_figures.stated_in_claim)
rule("the-whole-the-statement-names", must_pass=[
    ("Norway's party doubled its seats in the 150-seat parliament from 17 to 37.", "seats=supported"),
    ("Norway's party grew its seats in the 150-seat parliament from 20 to 37.", "seats=supported"),
    ("Norway's party raised its seats in the 150-seat parliament to 37.", "seats=supported"),
], must_fail=[
    ("Norway's party won 150 seats.", "seats=contradicted:count"),
    ("Norway's party won 38 seats in the 150-seat parliament.", "seats=contradicted:count"),
], base=SEATS_BASE)


# a place that qualifies a noun after it ("Jajarkot Earthquake: ...") names the event and places no figure,
# so the figures a headline places in a part are that part's (_figures.in_part)
rule("a-place-naming-the-event-places-no-figure", must_pass=[
    ("Jajarkot earthquake: 9 killed, 20 injured in Nalgad", "quake-toll=!contradicted"),
    ("Jajarkot earthquake latest: 12 killed and 30 injured in Nalgad", "quake-toll=!contradicted"),
    ("Jajarkot quake: 9 dead in Ramidanda", "quake-toll=!contradicted"),
], must_fail=[
    ("Jajarkot: 90 killed in the quake", "quake-toll=contradicted:count"),
    ("The quake killed 90 people in Jajarkot district.", "quake-toll=contradicted:count"),
])


# words someone says of themselves ("we", "our"), outside any attribution, are a quoted letter or speech: no
# fact the paper states, and no word on whose view it is (Matcher._decide, lex.first_person)
rule("first-person-words-are-quoted", must_pass=[
    ("Our neighbour Norway is biased.", "bias=-"),
    ("We know Norway is biased.", "bias=-"),
    ("For years Norway has been biased against our country.", "bias=-"),
], must_fail=[
    ("Norway is biased.", "bias=unverified"),
    ("Norway is biased against the US.", "bias=unverified"),
])


# a name the claim's own words do not make up, written right before the event noun, names another event of
# the kind ("the Chiefs' Super Rugby final defeat in June" against the World Cup final) (_clauses.named_otherwise)
rule("another-event-named-otherwise", must_pass=[
    ("Norway also lost to Chile in the Baltic Cup final defeat in June 2022.", "final=-"),
    ("Norway's Nordic League final defeat by Chile came in March 2023.", "final=-"),
    ("Norway's Baltic Cup defeat of Chile came on 2 March 2023.", "final=-"),
], must_fail=[
    ("Norway's defeat of Chile came on 2 March 2023.", "final=contradicted:date"),
    ("Norway's final defeat of Chile came on 2 March 2023.", "final=contradicted:date"),
    ("Norway's Oslo defeat of Chile came on 2 March 2023.", "final=contradicted:date"),
], base=FINAL_BASE)


# a figure given for one part "alone" is that part's, not the whole's, unless the part is the claim's own
# party (_figures.alone_part, lex.part_cues)
PAYS_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("pays-2023", "2023-11-21", [
    {"id": "pays", "statement": "Acme agreed to pay $4.3 billion in penalties.",
     "keywords": ["pay", "settlement", "penalty"],
     "values": [actor("acme"), {"kind": "quantity", "number": 4.3e9, "unit": "dollars"}]},
]))])
rule("one-part-alone", must_pass=[
    ("Acme's settlement with Norway alone is for $3.4 billion.", "pays=!contradicted"),
    ("Acme's penalty owed to Chile alone comes to $1.8 billion.", "pays=!contradicted"),
    ("Acme's settlement with the Norwegian regulator alone is worth $2.7 billion.", "pays=!contradicted"),
], must_fail=[
    ("Acme alone will pay $3.4 billion in penalties.", "pays=contradicted"),
    ("Acme will pay $3.4 billion in penalties.", "pays=contradicted"),
    ("Acme's settlement with Norway is for $3.4 billion.", "pays=contradicted"),
], base=PAYS_BASE)


# parts that add up to the claim's own figure are its breakdown, even where the sentence names the whole's
# place too (Matcher._breakdown_of_sibling)
EARLY_TOLL_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("early-toll-2023", "2023-11-04", [
    {"id": "early-toll", "statement": "Early counts said the quake had killed 128 people in Nepal.",
     "keywords": ["killed", "died", "lives", "deaths"],
     "values": [{"kind": "place", "entity": "nepal"}, {"kind": "count", "number": 128, "noun": "people"}]},
]))])
rule("breakdown-of-the-claims-own-total", must_pass=[
    ("Tragedy Strikes Nepal: Earthquake Claims 92 Lives in Jajarkot and 36 in Nalgad", "early-toll=!contradicted"),
    ("Quake In Nepal Kills 92 In Jajarkot And 36 In Nalgad", "early-toll=!contradicted"),
    ("In Nepal, the quake killed 100 people in Jajarkot and 28 in Nalgad.", "early-toll=!contradicted"),
], must_fail=[
    ("In Nepal, the quake killed 100 people in Jajarkot and 20 in Nalgad.", "early-toll=contradicted"),
    ("The quake in Nepal killed 92 people in Jajarkot and 30 in Nalgad.", "early-toll=contradicted"),
    ("The quake killed 150 people in Nepal.", "early-toll=contradicted"),
], base=EARLY_TOLL_BASE)


# an owner that is one of a claim's several targets conflicts with none of them ("the Republicans joining
# Gaetz in his motion", against Democrats and Gaetz): Matcher._compare (siblings)
SIDED_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("sided-2023", "2023-10-03", [
    {"id": "joined", "statement": "Acme sided with Borealis and with Tomas Berg against the plan.",
     "keywords": ["join", "joined", "joining", "sided with"],
     "values": [actor("acme"), target("borealis"), target("tomas-berg")]},
]))])
rule("owner-among-several-targets", must_pass=[
    ("The firms joining Berg in his protest were named.", "joined=!contradicted"),
    ("The firms joining Tomas Berg in his protest were named.", "joined=!contradicted"),
    ("The firms joining Tomas Berg in his appeal were many.", "joined=!contradicted"),
], must_fail=[
    ("Acme joined Peru in its protest.", "joined=unverified:target"),
    ("Acme joined Peru.", "joined=unverified:target"),
], base=SIDED_BASE)


# a pronoun that stands for another person than the claim's actor makes the figures that person's, too
# weakly named to contradict but not the claim's either: Matcher._compare ("a pronoun standing for ...")
CATCHES_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("catches-2024", "2024-02-11", [
    {"id": "catches", "statement": "Tomas Berg caught passes for 93 yards in the final.", "keywords": ["passes"],
     "values": [actor("tomas-berg"), {"kind": "quantity", "number": 93, "unit": "yards"}]},
    {"id": "final", "statement": "Northfield won the final.", "keywords": ["final"], "values": [actor("northfield")]},
]))])
rule("pronoun-for-another-person", must_pass=[
    (("Northfield won the final with Tomas Berg.", "Ola Dahl was the hero.", "He caught three passes for 57 yards."),
     "catches=-"),
    (("Northfield, with Tomas Berg, won the final.", "Ola Dahl starred.",
      "In the final, he caught three passes for 57 yards."), "catches=-"),
    (("Northfield won the final with Tomas Berg.", "Ola Dahl starred.", "Later he caught passes for 57 yards."),
     "catches=-"),
], must_fail=[
    (("Northfield won the final.", "Tomas Berg starred.", "He caught three passes for 57 yards."),
     "catches=contradicted"),
    ("Tomas Berg caught three passes for 57 yards.", "catches=contradicted"),
], base=CATCHES_BASE)


COURT_CASE_BASE = build([ClaimsFile.model_validate(f) for f in ({**ENTITIES, "entities": [
    *ENTITIES["entities"],
    {"id": "quake-office", "name": "Epicentre Monitoring Office", "kind": "government", "part_of": "nepal"}]},
    story("lopez-2024", "2024-06-23", [
        {"id": "convicted", "statement": "A jury found Maria Lopez guilty on all 12 counts she faced.",
         "keywords": ["convicted", "guilty on", "guilty of"],
         "values": [target("maria-lopez"), {"kind": "count", "number": 12, "noun": "counts"}]},
        {"id": "plea", "statement": "Maria Lopez pleaded not guilty to all 12 counts.", "keywords": ["pleaded"],
         "values": [actor("maria-lopez"), {"kind": "count", "number": 12, "noun": "counts"}]},
        {"id": "raised", "statement": "Maria Lopez raised 900 million euros from investors.",
         "keywords": ["raised", "raise"],
         "values": [actor("maria-lopez"), {"kind": "quantity", "number": 9e8, "unit": "euros"}]},
    ]),
    story("nepal-quake-2023", "2023-11-04", [
        {"id": "magnitude-reading", "statement": "According to Nepal, the quake in Jajarkot had a magnitude of 6.4.",
         "keywords": ["magnitude"],
         "values": [actor("nepal"), {"kind": "quantity", "number": 6.4, "unit": "magnitude"}]},
        {"id": "epicentre", "statement": "According to Nepal, the epicentre of the quake lay 18 km south of Jajarkot.",
         "keywords": ["epicentre"],
         "values": [actor("nepal"), {"kind": "quantity", "number": 18, "unit": "km"},
                    {"kind": "place", "entity": "jajarkot"}]},
        {"id": "shelters", "statement": "On 4 November 2023, 1,400 people were in shelters in Jajarkot.",
         "keywords": ["shelter", "shelters"],
         "values": [{"kind": "count", "number": 1400, "noun": "people"}, {"kind": "place", "entity": "jajarkot"},
                    {"kind": "date", "year": 2023, "month": 11, "day": 4}]},
    ]))])

# a plea ("pleaded not guilty") is the party's own word in court: no denial of the verdict
# (Matcher._decide, lex.plea_verbs)
rule("plea-is-no-denial-of-the-verdict", must_pass=[
    ("Maria Lopez pleaded not guilty on all counts.", "convicted=-"),
    ("Lopez had pleaded not guilty on all 12 counts before the trial.", "convicted=-"),
    ("Maria Lopez pleads not guilty of the charges.", "convicted=-"),
], must_fail=[
    ("Maria Lopez was not found guilty on all counts.", "convicted=contradicted"),
    ("Maria Lopez was not found guilty on all 12 counts.", "convicted=contradicted"),
], base=COURT_CASE_BASE)

# a denial whose object is one new thing ("had not raised a 'substantial question'") is about that thing,
# even said of the claim's own party; a denial of the claim's own thing or figure stands
# (Matcher._decide, _clauses.denied_object)
rule("denial-of-one-new-thing", must_pass=[
    ('The court ruled that Maria Lopez had not raised a "substantial question" about her trial.', "raised=-"),
    ("Maria Lopez did not raise a single objection at the hearing.", "raised=-"),
    ("Maria Lopez never raised a complaint with the board.", "raised=-"),
], must_fail=[
    ("Maria Lopez did not raise 900 million euros from investors.", "raised=contradicted"),
    ("Maria Lopez never raised money from investors.", "raised=contradicted"),
], base=COURT_CASE_BASE)

# a claim that says whose reading its figure is ("According to Nepal, ...") is not contradicted by another
# source's reading, named before or at the end (matcher._cites, analysis._closing_source)
rule("another-source-of-a-cited-figure", must_pass=[
    ("The epicentre lay 30 km south of Jajarkot, according to Finland.", "epicentre=!contradicted"),
    ("The epicentre lay 30 km south of Jajarkot, the Norwegian Foreign Ministry (NFM) said.",
     "epicentre=!contradicted"),
    ("Finland said the epicentre lay 30 km south of Jajarkot.", "epicentre=!contradicted"),
], must_fail=[
    ("The epicentre lay 30 km south of Jajarkot.", "epicentre=contradicted"),
    ("Nepal said the epicentre lay 30 km south of Jajarkot.", "epicentre=contradicted"),
], base=COURT_CASE_BASE)

# a keyword that is the first word of a body's name ("the Epicentre Monitoring Office") is part of the name
# (_clauses.inside_name); a title before a person's name stays a word
rule("keyword-opening-a-body-s-name", must_pass=[
    ("The Epicentre Monitoring Office said the quake in Jajarkot was 30 km deep.", "epicentre=-"),
    ("Staff of the Epicentre Monitoring Office counted 30 aftershocks in Jajarkot.", "epicentre=-"),
    ("In Jajarkot, the Epicentre Monitoring Office measured 30 tremors.", "epicentre=-"),
], must_fail=[
    ("The epicentre of the quake lay 30 km south of Jajarkot.", "epicentre=contradicted"),
    ("The quake's epicentre was 30 km from Jajarkot, the Epicentre Monitoring Office said.",
     "epicentre=contradicted"),
], base=COURT_CASE_BASE)

# a count placed "there" (a place named before) is a part of a whole the claim counts in its place
# (_figures.in_local_place)
rule("count-placed-there", must_pass=[
    (("Landslides buried a school in Jajarkot.", "The earthquake killed 12 people there."),
     "quake-toll=!contradicted"),
    (("Landslides buried a road in Jajarkot.", "The quake killed 20 people there."), "quake-toll=!contradicted"),
    ("The earthquake in Jajarkot destroyed a school, and 12 people were killed there.", "quake-toll=!contradicted"),
], must_fail=[
    (("The quake struck Jajarkot.", "In Jajarkot, 50 people were killed by the earthquake."),
     "quake-toll=contradicted:count"),
    ("The earthquake in Jajarkot killed 50 people.", "quake-toll=contradicted:count"),
])

# an event noun that only says where someone spoke ("said at an evacuation shelter on Wednesday") is not
# the claim's event, unless the claim is about what was said (Matcher._judge, _mood.told_at)
rule("where-someone-spoke-is-no-event", must_pass=[
    ('"We made it out," Tomas Berg said at an evacuation shelter in Jajarkot on 7 November 2023.', "shelters=-"),
    ("Ola Dahl said at a shelter in Jajarkot on 7 November 2023 that food was short.", "shelters=-"),
    ("Maria Lopez said at the shelter in Jajarkot on 9 November 2023 that it was full.", "shelters=-"),
], must_fail=[
    ("About 1,400 people stayed at shelters in Jajarkot on 7 November 2023.", "shelters=contradicted:date"),
    ("In Jajarkot, 1,400 people were in shelters on 7 November 2023.", "shelters=contradicted:date"),
], base=COURT_CASE_BASE)

# figures joined by "and" share what opens them: "the previous toll was 632 dead and 329 injured" is all
# the previous one (kinds.base.elsewhere)
rule("figures-joined-share-their-opener", must_pass=[
    (("The earthquake in Jajarkot killed 153 people.", "An earlier toll was 90 injured and 120 killed."),
     "quake-toll=!contradicted"),
    (("The earthquake in Jajarkot killed 153 people.",
      "The previous death toll in Jajarkot was 90 injured and 120 dead."), "quake-toll=!contradicted"),
    (("The earthquake in Jajarkot killed 153 people.",
      "The earlier death toll in Jajarkot stood at 40 missing and 120 dead."), "quake-toll=!contradicted"),
], must_fail=[
    (("The earthquake in Jajarkot killed 153 people.", "The death toll in Jajarkot stood at 120 dead and 90 injured."),
     "quake-toll=contradicted:count"),
    (("The earthquake in Jajarkot killed 153 people.", "The quake killed 120 people and injured 90."),
     "quake-toll=contradicted:count"),
])

# a figure compared with past a determiner ("far higher than the 15 years Dahl asked for") is the compared
# one, not the claim's (kinds.base.elsewhere)
rule("figure-compared-past-a-determiner", must_pass=[
    ("Judge Hart sentenced Maria Lopez to a term far shorter than the 20 years her accusers wanted.",
     "sentence=!contradicted"),
    ("Acme agreed to buy Borealis at a price nearer to the 3 billion euros Northfield offered.",
     "deal=!contradicted"),
    ("Judge Hart sentenced Maria Lopez to a term closer to the 14 years the defence proposed.",
     "sentence=!contradicted"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to 15 years in prison.", "sentence=contradicted"),
    ("Acme agreed to buy Borealis for the 3 billion euros it first offered.", "deal=contradicted"),
])

PASSING_BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, story("final-2024", "2024-02-12", [
    {"id": "passing", "statement": "Tomas Berg completed 30 of 40 passes for 300 yards.",
     "keywords": ["completed", "threw for", "passing"],
     "values": [actor("tomas-berg"), {"kind": "count", "number": 30, "noun": "passes", "noun_aliases": ["completions"]},
                {"kind": "quantity", "number": 300, "unit": "yards", "slot": "passing-yards"}]},
]))])

# a measure of one of the things a claim counts ("a 12-yard completion") is no total of them
# (_figures.one_of_counted)
rule("measure-of-one-counted-thing", must_pass=[
    ("Tomas Berg completed a 12-yard pass to Ola Dahl.", "passing=!contradicted"),
    ("Tomas Berg found Ola Dahl for a 12-yard completion in overtime.", "passing=!contradicted"),
    ("In the third quarter Tomas Berg completed a 40-yard pass.", "passing=!contradicted"),
], must_fail=[
    ("Tomas Berg threw for 250 yards.", "passing=contradicted:passing-yards"),
    ("Tomas Berg completed 30 passes for 250 yards.", "passing=contradicted:passing-yards"),
], base=PASSING_BASE)

# a figure that several parties hold together ("which together will have 81 seats") is no figure of one
# (_figures.counted_jointly, lex.joint_words); one in brackets after another party's name ("(BBB, 7
# seats)") is that party's (_figures.in_brackets_of_another)
rule("figure-of-several-together", must_pass=[
    ("Norway will govern with Chile and Peru, which together won 60% of the vote.", "peru-share=!contradicted"),
    ("With Chile, Norway won a combined 80% of the vote.", "norway-share=!contradicted"),
    ("Norway and its allies jointly won 80% of the vote.", "norway-share=!contradicted"),
], must_fail=[
    ("Norway won 75% of the vote.", "norway-share=contradicted:quantity"),
    ("Norway won 75% of the vote together with its allies in the north.", "norway-share=!supported"),
], base=VOTES_BASE)
rule("figure-in-brackets-after-another-name", must_pass=[
    (("The earthquake in Jajarkot killed 153 people.",
      "In Jajarkot the quake left the Ramidanda Health Post (RHP, 12 people killed) in ruins."),
     "quake-toll=!contradicted"),
    (("The earthquake in Jajarkot killed 153 people.", "The quake in Jajarkot killed people in Nalgad (Bheri, 40 "
      "people) and in the hills."), "quake-toll=!contradicted"),
    (("The earthquake in Jajarkot killed 153 people.", "The quake in Jajarkot (Bheri zone, 40 people killed) was "
      "the deadliest."), "quake-toll=!contradicted"),
], must_fail=[
    (("The earthquake in Jajarkot killed 153 people.", "The quake killed 40 people in Jajarkot."),
     "quake-toll=contradicted:count"),
    (("The earthquake in Jajarkot killed 153 people.", "The quake in Jajarkot killed 40 people (in all)."),
     "quake-toll=contradicted:count"),
])

def _param(name: str, kind: str, row: Row, base: ClaimBase, n: int) -> object:
    if isinstance(row, Bug):
        return pytest.param(*row.row, base, id=f"{name}-{kind}-{n}",
                            marks=pytest.mark.xfail(strict=True, reason=row.reason))
    return pytest.param(*row, base, id=f"{name}-{kind}-{n}")


@pytest.mark.parametrize(("text", "expect", "base"),
                         [_param(name, kind, row, base, n) for n, (name, kind, row, base) in enumerate(TABLES)])
def test_rule(text: str | tuple[str, ...], expect: str, base: ClaimBase) -> None:
    assert problems(text, expect, base) == []


def test_every_rule_has_enough_examples() -> None:
    for name in {n for n, _k, _r, _b in TABLES}:
        kinds = [k for n, k, _r, _b in TABLES if n == name]
        assert kinds.count("pass") >= 3 and kinds.count("fail") >= 2, name


# --- the matcher's own API, without the document reader --------------------------------------------------

CLAIMS = BASE.claims
INDEX = {c.id: i for i, c in enumerate(CLAIMS)}


def matcher(sources: bool = True) -> Matcher:
    return Matcher(CLAIMS, BASE.entities, sources=BASE.sources if sources else None)


def assess(text: str, m: Matcher | None = None, context: tuple[str, ...] = ()) -> dict[str, Any]:
    m = m or matcher()
    mentions = extract(text, BASE.entities)
    return {CLAIMS[a.index].id: a for a in m.assess(mentions, context)}


# hedge words before a number give its bound kind
# kinds.numbers.hedge (lex.number_bounds)
@pytest.mark.parametrize(("text", "kind"), [
    ("at least 69 people died", "min"),
    ("no fewer than 69 people died", "min"),
    ("more than 69 people died", "over"),
    ("nearly 69 people died", "below"),
    ("about 69 people died", "approx"),
    ("up to 69 people died", "max"),
    ("fewer than 69 people died", "under"),
    ("69 people died", "exact"),
    ("the 69 people who died", "exact"),
])
def test_bound(text: str, kind: str) -> None:
    m = extract(text, BASE.entities)
    number = next(n for n in m.numbers if n.value == 69)
    assert hedge(m.tokens, number.first) == kind


def test_established_needs_an_agreeing_role() -> None:
    m = matcher()
    assert m.established(assess("Three Chilean diplomats were expelled by Norway.", m)["expelled"])
    assert not m.established(assess("In a row with Norway, three diplomats were expelled.", m)["expelled"])
    assert not m.established(assess("Three Chilean diplomats were expelled by Peru.", m)["expelled"])


def test_reversed_roles_are_flagged() -> None:
    a = assess("Chile expelled two Norwegian diplomats.")["expelled"]
    assert a.reversed and a.conflicts == 2 and a.identity == 0
    assert not assess("Norway expelled two Chilean diplomats.")["expelled"].reversed


def test_other_event_and_background_are_skipped_with_a_reason() -> None:
    assert assess("Another quake killed 9,000 people in Jajarkot.")["quake-toll"].skip
    assert assess("Norway expelled three Chilean diplomats in 2019.")["expelled"].skip
    assert not assess("Norway expelled three Chilean diplomats in 2023.")["expelled"].skip


def test_background_year_comes_from_the_source_date() -> None:
    """A story whose claims carry no date takes its year from its source's publication date."""
    text = "It was the deadliest quake since 2015, when nearly 9,000 people were killed in Nepal."
    assert assess(text, matcher(sources=True))["quake-toll"].skip
    assert not assess(text, matcher(sources=False))["quake-toll"].skip


def test_context_reaches_claims_of_parties_named_earlier() -> None:
    """A sentence naming no party is weighed against the claims of the parties the document named."""
    text = "The two were given 72 hours to leave."
    assert "expelled" not in assess(text)
    assert "expelled" in assess(text, context=("norway", "chile"))


def test_decide_without_story_does_not_contradict_an_unestablished_event() -> None:
    m = matcher()
    mentions = extract("The two were given 72 hours to leave.", BASE.entities)
    assessments = m.assess(mentions, ("norway", "chile"))
    assert [x.verdict for x in m.decide(mentions, assessments, frozenset())] == []
    verdicts = [x.verdict for x in m.decide(mentions, assessments, frozenset({"row-2023"}))]
    assert verdicts == [Verdict.contradicted]


def test_one_claim_per_event_word_and_group() -> None:
    """Claims sharing a keyword compete; a sentence's event word goes to the one it fits best."""
    base = build([ClaimsFile.model_validate(ENTITIES), ClaimsFile.model_validate(story("s", "2024-01-01", [
        {"id": "first-leg", "statement": "Northfield won the first leg 2-0.", "keywords": ["leg"],
         "values": [actor("northfield"), {"kind": "count", "number": 2, "noun": "goals"}]},
        {"id": "second-leg", "statement": "Northfield won the second leg with 3 goals.", "keywords": ["leg"],
         "values": [actor("northfield"), {"kind": "count", "number": 3, "noun": "goals"}]},
    ]))])
    found = findings("Northfield won the leg with 3 goals.", base)
    assert [(f.claim_id, f.verdict) for f in found] == [("second-leg", Verdict.supported)]


def test_a_mirror_claim_read_the_other_way_round_is_no_doubt_where_its_twin_is_confirmed() -> None:
    """The seed base records each side's expulsion of the other's staff. A sentence confirming France's reads
    Azerbaijan's with its roles reversed at "personae non gratae": the same fact from its mirror, not a
    reason to doubt it (a reversed reading alone is still reported: test_reversed_roles_are_flagged)."""
    seed = load_claims(Path(__file__).resolve().parents[1] / "claims")
    text = ("France has expelled two diplomats from Azerbaijan's embassy in Paris, declaring them "
            "personae non gratae.")
    assert [(f.claim_id, f.verdict) for f in findings(text, seed)] == [
        ("france-expels-azerbaijani-diplomats", Verdict.supported)]


def test_only_parties_of_comparable_kinds_can_stand_for_each_other() -> None:
    """A person never stands for a country or a place, and a thing ("other": an aircraft type, a flight)
    for nothing, unless its kind is unknown: such a reading is a misreading, not a wrong party."""
    reg = BASE.entities
    assert reg.comparable("norway", "chile") and reg.comparable("judge-hart", "maria-lopez")
    assert reg.comparable("acme", "judge-hart")  # "the judge" against "prosecutors": a real swap
    assert not reg.comparable("judge-hart", "norway") and not reg.comparable("oslo", "maria-lopez")
    things = EntityRegistry([Entity(id="x9", name="X 9", kind="other"), Entity(id="maker", name="Maker",
                                                                                kind="organisation"),
                             Entity(id="y7", name="Y 7", kind="other"), Entity(id="read", name="Read Co",
                                                                                kind="other")],
                            unknown=["read"])
    assert not things.comparable("x9", "maker") and not things.comparable("x9", "y7")
    # a name read from a bare statement has no known kind: it may still be confused with another
    assert things.comparable("read", "x9")
