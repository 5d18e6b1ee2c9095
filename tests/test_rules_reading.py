"""Reading rules that decide whether a sentence speaks of a claim's event at all, each with examples that
must pass and must fail: wishes and requests, reported denials, questions, relative clauses, background
facts of an earlier story, dates a record is measured from, titles before a name, repeated events,
comparisons, attribution in the event's own clause, "little" against "great", and the people a claim counts.

Rows read as in :mod:`tests.test_rules_matcher` (same expectation language, same helper); the stories here
are their own claim base so these rules can be shown in isolation.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_rules_matcher import Bug, problems, story

from factcheck.claimbase import build
from factcheck.records import ClaimsFile

ENTITIES = {"entities": [
    {"id": "norway", "name": "Norway", "kind": "country", "demonyms": ["Norwegian"]},
    {"id": "chile", "name": "Chile", "kind": "country", "demonyms": ["Chilean"]},
    {"id": "latvia", "name": "Latvia", "kind": "country", "demonyms": ["Latvian"]},
    {"id": "estonia", "name": "Estonia", "kind": "country", "demonyms": ["Estonian"]},
    {"id": "nepal", "name": "Nepal", "kind": "country", "demonyms": ["Nepali"]},
    {"id": "jajarkot", "name": "Jajarkot", "kind": "place", "part_of": "nepal"},
    {"id": "dailekh", "name": "Dailekh", "kind": "place", "part_of": "nepal"},
    {"id": "maria-lopez", "name": "Maria Lopez", "kind": "person", "aliases": ["Lopez"]},
    {"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person", "aliases": ["Ruiz"]},
    {"id": "judge-hart", "name": "Ann Hart", "kind": "person", "aliases": ["Judge Hart", "Hart"]},
    {"id": "judge-moss", "name": "Peter Moss", "kind": "person", "aliases": ["Judge Moss", "Moss"]},
    {"id": "acme", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]},
    {"id": "oslo", "name": "Oslo", "kind": "place", "part_of": "norway"},
    {"id": "bergen", "name": "Bergen", "kind": "place", "part_of": "norway", "aliases": ["Bergen-based"]},
    {"id": "eva-holm", "name": "Eva Holm", "kind": "person", "aliases": ["Holm"], "part_of": "acme"},
    {"id": "ida-berg", "name": "Ida Berg", "kind": "person", "aliases": ["Berg"], "part_of": "acme"},
    {"id": "officials", "name": "local officials", "kind": "group", "aliases": ["officials", "Officials"]},
    {"id": "borealis", "name": "Borealis Systems", "kind": "organisation", "aliases": ["Borealis"]},
    {"id": "acme-x9", "name": "Acme X 9", "kind": "other", "aliases": ["X 9", "X-9"]},
]}


def party(kind: str, entity: str) -> dict[str, Any]:
    return {"kind": kind, "entity": entity}


ROW = story("row-2023", "2023-05-06", [
    {"id": "expelled", "statement": "Norway expelled two Chilean diplomats.", "keywords": ["expel", "order out"],
     "values": [party("actor", "norway"), party("target", "chile"),
                {"kind": "count", "number": 2, "noun": "diplomats"}]},
    {"id": "justified", "statement": "Norway justified the expulsions as a reciprocal measure.",
     "keywords": ["reciprocal", "reciprocity"], "values": [party("actor", "norway")]},
    {"id": "talks", "statement": "Talks between Norway and Chile have made little progress.",
     "keywords": ["progress", "headway"], "values": [party("actor", "norway")]},
    {"id": "majority", "statement": "Norway's party won a majority, so no second round is needed.",
     "keywords": ["majority", "second round"], "values": [party("actor", "norway")]},
    {"id": "gains-bound", "statement": "Norway's ruling party recorded gains in no fewer than ten regions.",
     "keywords": ["gains"], "values": [party("actor", "norway")]},
    {"id": "journalists", "statement": "Norway expelled ten Latvian journalists.", "keywords": ["expel"],
     "values": [party("actor", "norway"), party("target", "latvia"),
                {"kind": "count", "number": 10, "noun": "journalists"}]},
    {"id": "blame", "statement": "Officials say poorly built houses were to blame for the high death toll.",
     "status": "alleged", "attribution": ["officials"], "keywords": ["poorly built", "to blame", "flimsy"],
     "values": [party("place", "jajarkot")]},
    {"id": "share", "statement": "Norway's ruling party won 55% of the vote.", "keywords": ["vote"],
     "values": [party("actor", "norway"), {"kind": "quantity", "number": 55, "unit": "percent"}]},
    {"id": "turnout", "statement": "Turnout in Norway was 76%.", "keywords": ["turnout"],
     "values": [party("place", "norway"), {"kind": "quantity", "number": 76, "unit": "percent"}]},
    {"id": "cuts", "statement": "Acme said it would cut 500 jobs in 2024.", "keywords": ["cut", "cuts"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 500, "noun": "jobs"},
                {"kind": "date", "year": 2024}]},
    {"id": "q-profit", "statement": "Acme made a quarterly net profit of 65 million euros.", "keywords": ["profit"],
     "values": [party("actor", "acme"), {"kind": "quantity", "number": 65e6, "unit": "euros"}]},
    {"id": "inflation", "statement": "Norway's annual inflation rate was 4.5% in May.", "keywords": ["inflation"],
     "values": [party("place", "norway"), {"kind": "quantity", "number": 4.5, "unit": "percent"}]},
    {"id": "stock-gain", "statement": "Borealis stock gained 38% in the 12 months before the offer.",
     "keywords": ["gained"], "values": [party("actor", "borealis"),
                                        {"kind": "quantity", "number": 38, "unit": "percent"},
                                        {"kind": "duration", "iso": "P1Y"}]},
    {"id": "hold", "statement": "Ana Ruiz voted to keep Acme's dividend rate unchanged at 4%.",
     "keywords": ["unchanged"], "values": [party("actor", "ana-ruiz"),
                                           {"kind": "quantity", "number": 4, "unit": "percent"}]},
    {"id": "rate-rise", "statement": "Norway's central bank raised its rate by a quarter point to 4.5%.",
     "keywords": ["raised"], "values": [party("actor", "norway"),
                                        {"kind": "quantity", "number": 0.25, "unit": "percentage points"}]},
    {"id": "fleet", "statement": "Acme parked its fleet of 65 jets, with 900 staff.", "keywords": ["parked"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 65, "noun": "jets", "slot": "jets"},
                {"kind": "count", "number": 900, "noun": "staff", "slot": "staff"}]},
    {"id": "grounded", "statement": "Acme grounded its 65 X 9 jets.", "keywords": ["grounded"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 65, "noun": "jets"}]},
    {"id": "jobless", "statement": "Norway's jobless rate was 3.5% in May 2023.", "keywords": ["jobless"],
     "values": [party("place", "norway"), {"kind": "quantity", "number": 3.5, "unit": "percent"},
                {"kind": "date", "year": 2023, "month": 5}]},
    {"id": "rate-hike", "statement": "Norway's central bank made a hike of 0.25 percentage points on 3 May 2023.",
     "keywords": ["hike"], "values": [party("actor", "norway"),
                                      {"kind": "quantity", "number": 0.25, "unit": "percentage points"},
                                      {"kind": "date", "year": 2023, "month": 5, "day": 3}]},
    {"id": "panel", "statement": "Six members of Acme's board backed the plan.", "keywords": ["backed"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 6, "noun": "members"}]},
    {"id": "dissent", "statement": "Eva Holm and Ida Berg wanted a bigger plan.", "keywords": ["bigger plan"],
     "values": [party("actor", "eva-holm"), party("actor", "ida-berg")]},
    {"id": "close", "statement": "Borealis shares ended 9% higher after the offer.",
     "keywords": ["shares", "closed up"], "values": [party("actor", "borealis"),
                                                      {"kind": "quantity", "number": 9, "unit": "percent"}]},
    {"id": "hq", "statement": "Borealis is based in Oslo.", "keywords": ["based", "headquartered"],
     "values": [party("actor", "borealis"), party("place", "oslo")]},
    {"id": "policy-rate", "statement": "Norway raised its policy rate by 0.5 percentage points to 4%.",
     "keywords": ["policy rate"], "values": [party("actor", "norway"),
                                             {"kind": "quantity", "number": 4, "unit": "percent", "slot": "level"},
                                             {"kind": "quantity", "number": 0.5, "unit": "percentage points",
                                              "slot": "size"}]},
    {"id": "layoff", "statement": "Acme laid off 600 staff in January 2023.", "keywords": ["laid off"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 600, "noun": "staff"},
                {"kind": "date", "year": 2023, "month": 1}]},
    {"id": "shares-up", "statement": "Acme shares were up 12% over the year.", "keywords": ["up"],
     "values": [party("actor", "acme"), {"kind": "quantity", "number": 12, "unit": "percent"},
                {"kind": "duration", "iso": "P1Y"}]},
    {"id": "headcount", "statement": "Acme had 9,000 employees in 2023.", "keywords": ["employees"],
     "values": [party("actor", "acme"), {"kind": "count", "number": 9000, "noun": "employees"}]},
    {"id": "expects-profit", "statement": "Acme expects a profit of 9 million euros in 2024.", "status": "alleged",
     "attribution": ["acme"], "keywords": ["profit"],
     "values": [{"kind": "quantity", "number": 9e6, "unit": "euros"}, {"kind": "date", "year": 2024}]},
    {"id": "visit", "statement": "Ana Ruiz toured Jajarkot.", "keywords": ["toured"],
     "values": [party("actor", "ana-ruiz"), party("place", "jajarkot")]},
    {"id": "bergen-office", "statement": "Acme opened an office in Bergen.", "keywords": ["opened an office"],
     "values": [party("actor", "acme"), party("place", "bergen")]},
    {"id": "may-rise", "statement": "Norway's central bank may raise its rate again in June 2023.",
     "keywords": ["another rise"], "values": [party("actor", "norway"), {"kind": "date", "year": 2023, "month": 6}]},
    {"id": "deal", "statement": "Acme agreed to buy Borealis for 2 billion euros.", "keywords": ["buy"],
     "values": [party("actor", "acme"), party("target", "borealis"),
                {"kind": "quantity", "number": 2e9, "unit": "euros"}]},
])
TRIAL = story("trial-2024", "2024-03-01", [
    {"id": "sentence", "statement": "Judge Ann Hart sentenced Maria Lopez to 12 years in prison.",
     "keywords": ["sentence", "jailed"],
     "values": [party("actor", "judge-hart"), party("target", "maria-lopez"), {"kind": "duration", "iso": "P12Y"}]},
    {"id": "bias", "statement": "Lopez's lawyers say the trial was unfair.", "status": "alleged",
     "attribution": ["maria-lopez"], "keywords": ["unfair"], "values": [party("target", "judge-hart")]},
])
QUAKE = story("quake-2023", "2023-11-04", [
    {"id": "toll", "statement": "The quake killed 153 people in Jajarkot.", "keywords": ["killed", "toll"],
     "values": [party("place", "jajarkot"), {"kind": "count", "number": 153, "noun": "people"}]},
    {"id": "magnitude", "statement": "The quake measured 6.4 in magnitude.", "keywords": ["magnitude"],
     "values": [{"kind": "quantity", "number": 6.4, "unit": "magnitude"}]},
    {"id": "quake-2015", "statement": "The 2015 quake in Nepal killed nearly 9,000 people.", "keywords": ["killed"],
     "values": [party("place", "nepal"), {"kind": "date", "year": 2015},
                {"kind": "count", "number": 9000, "noun": "people"}]},
    {"id": "deadliest", "statement": "It was Nepal's deadliest quake since 2015.", "keywords": ["deadliest"],
     "values": [party("place", "nepal"), {"kind": "date", "year": 2015}]},
    {"id": "injured", "statement": "The quake injured 184 people in Jajarkot.", "keywords": ["injured"],
     "values": [party("place", "jajarkot"), {"kind": "count", "number": 184, "noun": "people"}]},
    {"id": "displaced", "statement": "The quake displaced 5,000 people in Nepal.", "keywords": ["displaced"],
     "values": [party("place", "nepal"), {"kind": "count", "number": 5000, "noun": "people"}]},
    {"id": "dated", "statement": "The quake struck Jajarkot on 3 November 2023.", "keywords": ["struck"],
     "values": [party("place", "jajarkot"), {"kind": "date", "year": 2023, "month": 11, "day": 3}]},
])

BASE = build([ClaimsFile.model_validate(f) for f in (ENTITIES, ROW, TRIAL, QUAKE)])

Row = tuple[str | tuple[str, ...], str] | Bug
TABLES: list[tuple[str, str, Row]] = []


def rule(name: str, must_pass: list[Row], must_fail: list[Row]) -> None:
    assert len(must_pass) >= 3 and len(must_fail) >= 2, name
    TABLES.extend((name, kind, row) for kind, rows in (("pass", must_pass), ("fail", must_fail)) for row in rows)


# a wish, request, plan, possibility or condition is not the event: _mood.irrealis, Matcher._compare
rule("wishes-and-requests", must_pass=[
    ("Prosecutors wanted Maria Lopez jailed for 20 years.", "sentence=-"),
    ("Norway threatened to expel three Chilean diplomats.", "expelled=-"),
    ("Lopez faced a maximum sentence of 30 years.", "sentence=-"),
    ("The statutory sentence of 30 years loomed over Maria Lopez.", "sentence=-"),
    ("Her lawyers asked the court for a sentence of four years.", "sentence=-"),
    ("The death toll in Jajarkot could rise to 300 people.", "toll=-"),
    # an attempt is not the act: "as it attempts to win approval to acquire Activision"
    ("Norway attempted to expel three Chilean diplomats.", "expelled=-"),
    ("Norway is attempting to expel three Chilean diplomats.", "expelled=-"),
    # "whether or not": the "or" is the cue's own, and "not" denies nothing
    ("Norway will announce whether or not it will expel three Chilean diplomats.", "expelled=-"),
    ("Norway will say whether or not it expelled the Chilean diplomats.", "expelled=-"),
], must_fail=[
    ("Judge Ann Hart sentenced Maria Lopez to 20 years in prison.", "sentence=contradicted:duration"),
    ("Norway expelled three Chilean diplomats, Chile said.", "expelled=contradicted:count"),
])

# a denial the sentence reports is someone's claim, not the text's: analysis.reported_negation
rule("reported-denials", must_pass=[
    # a denial inside someone's argument ("the defence that ...") is theirs, not the text's
    ("The judge rejected Lopez's defence that she had not been sentenced to 12 years.", "sentence=!contradicted"),
    ("Norway insisted it had not expelled two Chilean diplomats.", "expelled=-"),
    ("Lopez has always said she was not sentenced to 12 years.", "sentence=-"),
    ("Chile said Norway did not expel two Chilean diplomats.", "expelled=-"),
], must_fail=[
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    # a claim about what the speaker says is contradicted by the speaker denying it
    ("Norway said the expulsions were not a reciprocal measure.", "justified=contradicted:polarity"),
])

# a sentence that is all quotation, its speaker named elsewhere, is someone's words: Matcher._decide
rule("unattributed-quotations", must_pass=[
    ('"Maria Lopez was jailed for 20 years, and rightly so.', "sentence=unverified"),
    ('"Norway expelled three Chilean diplomats without a word of warning.', "expelled=unverified"),
    ('"Maria Lopez was jailed for 12 years, and rightly so.', "sentence=supported"),
    # single quotation marks, straight or curly, open a quotation as double ones do
    ("'The trial was unfair to Judge Hart, and everyone knows it.'", "bias=-"),
    ("‘The trial was unfair to Judge Hart, and everyone knows it.’", "bias=-"),
], must_fail=[
    ("Maria Lopez was jailed for 20 years.", "sentence=contradicted:duration"),
    ('"Maria Lopez was jailed for 20 years," the judge said.', "sentence=contradicted:duration"),
])

# a verbal negation denies the nearest event word after it, not an event noun that is its object; a
# negated subject ("no tremors") denies its predicate: analysis._negated
rule("negation-scope", must_pass=[
    ("Lopez said she would not appeal the 12-year sentence.", "sentence=!contradicted"),
    ("Lopez did not challenge the sentence of 12 years in prison.", "sentence=!contradicted"),
    ("Judge Hart did not sentence Maria Lopez to 12 years in prison.", "sentence=contradicted:polarity"),
    # a negative quantifier before a comparative is a superlative: analysis._comparison_follows
    ("No quake had killed more people in Jajarkot since 1934.", "toll=!contradicted"),
    ("No one has been jailed for longer by Judge Hart than Maria Lopez.", "sentence=!contradicted"),
    ("No Judge Has Sentenced Lopez To A Harsher Term", "sentence=!contradicted"),
], must_fail=[
    ("Maria Lopez was not jailed for 12 years.", "sentence=!supported"),
    (("The quake killed 153 people in Jajarkot.", "No quake struck Jajarkot on 3 November 2023."),
     "dated=contradicted:polarity"),
    ("No judge sentenced Maria Lopez to 12 years in prison.", "sentence=contradicted:polarity"),
])

# an allegation whose only parties are its author and a place, stated as fact without naming anyone,
# is tied by its wording: Matcher._compare (bare allegations)
rule("bare-allegations", must_pass=[
    ("Flimsy houses were to blame for the high toll in Jajarkot.", "blame=unverified:attribution"),
    ("In Jajarkot, flimsy houses were to blame for the high death toll.", "blame=unverified:attribution"),
    ("Officials blamed poorly built houses for the high toll.", "blame=supported"),
], must_fail=[
    ("Officials attributed the high toll to poorly built houses.", "blame=supported"),
    ("Houses in Jajarkot were rebuilt within a year.", "blame=-"),
])

# the subject of the event's own clause after a verb of saying is its subject, not the accused object:
# _clauses.subject_of
rule("subject-after-saying", must_pass=[
    ("The judge found that Acme bought Borealis for 2 billion euros.", "deal=supported"),
    ("Borealis said Acme agreed to buy Borealis for 2 billion euros.", "deal=supported"),
    ("Chile said Norway expelled two Chilean diplomats.", "expelled=supported"),
], must_fail=[
    ("Chile accuses Norway of expelling three Chilean diplomats.", "expelled=!supported"),
    ("Peru accused Norway of expelling two Chilean diplomats.", "expelled=!contradicted"),
])

# a question asserts nothing: Matcher._decide
rule("questions", must_pass=[
    ("Did Norway expel three Chilean diplomats?", "expelled=!contradicted"),
    ("Did Norway not expel two Chilean diplomats?", "expelled=!contradicted"),
    ("Was Maria Lopez jailed for 20 years?", "sentence=!contradicted"),
], must_fail=[
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
    ("Maria Lopez was jailed for 20 years.", "sentence=contradicted:duration"),
])

# a relative clause's subject is the noun it hangs from: analysis._relative_subject
rule("relative-clause-subject", must_pass=[
    ("Ahead of her is Ana Ruiz, who was sentenced to 20 years.", "sentence=-"),
    ("Ana Ruiz, who was jailed for 20 years, appealed.", "sentence=-"),
    ("The court also heard Ana Ruiz, whom Judge Moss sentenced to 20 years.", "sentence=-"),
], must_fail=[
    ("Maria Lopez, who was sentenced to 20 years, will appeal.", "sentence=contradicted:duration"),
    ("Maria Lopez, who was jailed for 20 years, appealed.", "sentence=contradicted:duration"),
])

# a claim dated years before its story is checked only where the sentence gives a year:
# _claimfacts.story_years, Matcher._background
rule("background-facts", must_pass=[
    (("The quake struck Jajarkot on 3 November 2023.", "It killed at least 517 people in Jajarkot."),
     "quake-2015=-"),
    ("The quake killed 153 people in Jajarkot.", "quake-2015=-"),
    ("It was the deadliest quake since the 2015 quake that killed nearly 9,000 people.", "toll=-"),
    ("The 2015 quake in Nepal killed nearly 9,000 people.", "quake-2015=supported"),
    # a sentence opening on "It" stays in the year of the sentence before
    (("Nepal was hit by a quake in 2015.", "It killed nearly 9,000 people in Jajarkot."), "toll=-"),
    # ... and so does one opening on a definite noun that takes up the sentence before (Context._same_year)
    (("Nepal was hit by an earthquake in 2015.", "The quake killed nearly 9,000 people in Jajarkot."),
     "toll=-"),
], must_fail=[
    (("The quake struck Jajarkot on 3 November 2023.", "It killed 200 people in Jajarkot."),
     "toll=contradicted:count"),
    (("Nepal was hit by an earthquake in 2015.", "The flood killed 200 people in Jajarkot."),
     "toll=contradicted:count"),
    (("Nepal was hit by an earthquake in 2015.", "The quake killed 200 people in Jajarkot on 3 November 2023."),
     "toll=contradicted:count"),
    # a year generations away is another event, not a misdated one; a few years away is an error
    ("A quake in Nepal in 1934 killed nearly 9,000 people.", "quake-2015=-"),
    ("The quake in Nepal in 2011 killed nearly 9,000 people.", "quake-2015=contradicted:date"),
    ("The 2015 quake in Nepal killed nearly 3,000 people.", "quake-2015=contradicted:count"),
    ("The quake in Nepal in 2016 killed nearly 9,000 people.", "quake-2015=contradicted:date"),
    # ... and so it is for a claim of the story itself (Matcher._compare, _ANOTHER_ERA)
    ("A quake struck Jajarkot in the early 1990s.", "dated=-"),
    ("A quake struck Jajarkot in 1934.", "dated=-"),
    ("A quake struck Jajarkot in 2005.", "dated=-"),
    ("A quake struck Jajarkot in 2022.", "dated=contradicted:date"),
])

# a date after "since" dates only a claim measured from it: analysis (since), Matcher._compare
rule("since-dates", must_pass=[
    ("It was Nepal's deadliest quake since 2015.", "deadliest=supported"),
    ("The quake struck Jajarkot on 3 November 2023, the deadliest in Nepal since 2015.", "dated=supported"),
    ("The quake struck Jajarkot on 3 November 2023, the worst since 2011.", "dated=supported"),
], must_fail=[
    ("It was Nepal's deadliest quake since 2011.", "deadliest=contradicted:date"),
    ("The quake struck Jajarkot on 4 November 2023.", "dated=contradicted:date"),
])

# a run of titles before a name belongs to that name: mentions._titles_another, mentions._titled_by
rule("titles-before-names", must_pass=[
    ("Maria Lopez was sentenced to 12 years in prison by U.S. District Judge Ann Hart.", "sentence=supported"),
    ("Maria Lopez was jailed for 12 years by Circuit Judge Ann Hart.", "sentence=supported"),
    ("Chilean Foreign Minister Ana Ruiz said Norway expelled two Chilean diplomats.", "expelled=supported"),
], must_fail=[
    ("Maria Lopez was sentenced to 12 years in prison by U.S. District Judge Peter Moss.",
     "sentence=contradicted:actor"),
    ("Maria Lopez was jailed for 12 years by Circuit Judge Peter Moss.", "sentence=contradicted:actor"),
])

# "again" marks another event of the same kind; "again and again" does not: analysis._other_event
rule("repeated-events", must_pass=[
    ("A 5.8-magnitude quake struck Jajarkot again on Monday.", "magnitude=-"),
    ("Norway again expelled three Chilean diplomats.", "expelled=-"),
    ("Another quake of magnitude 4.2 shook Jajarkot.", "magnitude=-"),
], must_fail=[
    ("The quake had a magnitude of 5.8.", "magnitude=contradicted"),
    ("Time and again Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
])

# a comparison's "than" opens another clause; "more than" bounds a figure: analysis (than)
rule("comparisons", must_pass=[
    ("Lopez was jailed for 12 years, less than the 20 years prosecutors sought.", "sentence=supported"),
    ("The 12-year sentence was shorter than the 20-year term prosecutors sought.", "sentence=!contradicted"),
    ("The quake killed more than 100 people in Jajarkot.", "toll=!contradicted"),
], must_fail=[
    ("The quake killed more than 200 people in Jajarkot.", "toll=contradicted:count"),
    ("Lopez was jailed for 20 years, more than the 12 years prosecutors sought.", "sentence=contradicted:duration"),
])

# an allegation is attributed only by a cue in its own clause or a framing "X said": analysis._attributed
rule("attribution-in-own-clause", must_pass=[
    ("Lopez's lawyers say the trial was unfair.", "bias=supported"),
    ("The trial was unfair, Lopez's lawyers said.", "bias=supported"),
    ("Lopez said that the trial was unfair and that Judge Hart was biased.", "bias=supported"),
    ("Lopez's lawyers added that she was tired and Judge Hart was unfair.", "bias=supported"),
    # the language pack's verbs of saying include writing, admitting and telling
    ("The trial was unfair, Lopez wrote in a letter to the court.", "bias=supported"),
    ("Lopez went on to note that the trial was unfair to Judge Hart.", "bias=supported"),
    ("Lopez spoke outside court, stressing that the trial was unfair to Judge Hart.", "bias=supported"),
    ("Lopez, acknowledging that the trial was unfair to Judge Hart, left the court.", "bias=supported"),
    ("Lopez also recognized that the trial was unfair to Judge Hart.", "bias=supported"),
    ("The trial, Lopez wrote, was unfair.", "bias=supported"),
    ("Lopez told reporters on Monday that the trial had been unfair.", "bias=supported"),
    ("Lopez's lawyers acknowledged that the trial was unfair to the jury as well.", "bias=supported"),
    ("He described the trial as unfair, Lopez's lawyer said.", "bias=supported"),
    ("Lopez described the trial as unfair.", "bias=supported"),
    ("Lopez's lawyers highlighted that the trial was unfair.", "bias=supported"),
    ("Lopez underlined that Judge Hart had been unfair.", "bias=supported"),
    # a pledge or a promise is someone's word too
    ("Lopez has vowed to prove that the trial was unfair.", "bias=supported"),
    # a headline names its speaker before a colon (mentions._colon_speaker)
    ("Lopez: the trial was unfair to Judge Hart", "bias=supported"),
], must_fail=[
    ("The trial was unfair, and Lopez said she would appeal.", "bias=unverified:attribution"),
    ("The trial was unfair; Lopez said she would appeal.", "bias=unverified:attribution"),
    ("Verdict: the trial was unfair to Judge Hart", "bias=unverified:attribution"),
    # "and" before a name and its verb opens a new clause, unless a reported "that" clause is running
    ("Lopez criticised the prosecutors and Judge Hart was indeed unfair.", "bias=unverified:attribution"),
])

EXPELLED = "Norway expelled two Chilean diplomats."  # sets the story, so its claims' events are established

# a claim of "little" is contradicted by "great", and a negated sentence cannot be compared with it:
# Matcher._compare (intensifiers), Matcher._decide (negative claims)
# a negative claim affirms its words no negator governs ("won a majority, so no second round is needed"): a
# great word before one of them ("a significant majority") agrees (Matcher._affirmed_terms)
rule("affirmed-words-of-a-negative-claim", must_pass=[
    ((EXPELLED, "Norway's party has a significant majority."), "majority=supported"),
    ((EXPELLED, "Norway's party won a big majority on Sunday."), "majority=supported"),
    ((EXPELLED, "Norway's party won a clear majority."), "majority=supported"),
], must_fail=[
    ((EXPELLED, "Norway's party won a significant second round."), "majority=contradicted:polarity"),
    ((EXPELLED, "Talks between Norway and Chile have made considerable progress."), "talks=contradicted:polarity"),
])

rule("little-against-great", must_pass=[
    ((EXPELLED, "Talks between Norway and Chile have made considerable progress."), "talks=contradicted:polarity"),
    ((EXPELLED, "Talks between Norway and Chile have made great headway."), "talks=contradicted:polarity"),
    ("Talks between Norway and Chile have made little progress.", "talks=supported"),
], must_fail=[
    ((EXPELLED, "Talks between Norway and Chile have not made significant progress."), "talks=!contradicted"),
    ((EXPELLED, "Talks between Norway and Chile have made hardly any progress."), "talks=!contradicted"),
    # the great word must qualify the event word, and not be denied by "without" a few words before it
    ((EXPELLED, "Norway and Chile met without the kind of really great progress hoped for."),
     "talks=!contradicted"),
    ((EXPELLED, "A significant hurdle remains for Norway, with progress on talks slow."), "talks=!contradicted"),
])

# "no fewer than" bounds a figure: a claim that says so is not a claim of "little" (Matcher._negative)
rule("bound-is-not-negation", must_pass=[
    ((EXPELLED, "Norway's ruling party recorded considerable gains in ten regions."), "gains-bound=supported"),
    ((EXPELLED, "Norway's ruling party made great gains in at least ten regions."), "gains-bound=supported"),
    ((EXPELLED, "The ruling party in Norway has made swift gains."), "gains-bound=supported"),
], must_fail=[
    ((EXPELLED, "Talks between Norway and Chile have made considerable progress."), "talks=contradicted:polarity"),
    ((EXPELLED, "Norway and Chile have made great headway in talks."), "talks=contradicted:polarity"),
])

# the people a claim counts are people nouns too: "ten Estonian journalists" names Estonia's people:
# EntityRegistry.people_nouns
rule("counted-people", must_pass=[
    ("Norway expelled ten Estonian journalists.", "journalists=contradicted:target"),
    ("Norway expelled ten Latvian journalists.", "journalists=supported"),
    ("Norway expelled twelve Latvian journalists.", "journalists=contradicted:count"),
], must_fail=[
    ("Norway expelled ten journalists from a Latvian newspaper.", "journalists=!contradicted"),
    ("Norway praised Latvian journalists.", "journalists=-"),
])

# a participle between a figure and its noun describes those people, it does not count the event:
# analysis._modifier
rule("participle-before-a-noun", must_pass=[
    ("A helicopter carried seven injured people from Jajarkot.", "*=-"),
    ("Rescuers in Jajarkot found 20 trapped people alive.", "*=-"),
    ("The army flew 12 injured persons out of Jajarkot.", "*=-"),
], must_fail=[
    ("The quake killed 200 people in Jajarkot.", "toll=contradicted:count"),
    ("In Jajarkot 200 people were killed.", "toll=contradicted:count"),
])

# "as" before a noun phrase opens a clause of its own: analysis (as-clauses)
rule("as-clauses", must_pass=[
    ("Ana Ruiz wept as Judge Hart jailed Maria Lopez for 12 years.", "sentence=supported"),
    ("Ana Ruiz looked on as a court jailed Maria Lopez for 12 years.", "sentence=supported"),
    ("Ana Ruiz wept as the judge jailed Maria Lopez for 20 years.", "sentence=contradicted:duration"),
], must_fail=[
    ("Ana Ruiz, as judge, jailed Maria Lopez for 12 years.", "sentence=contradicted:actor"),
    ("Ana Ruiz, acting as judge, jailed Maria Lopez for 12 years.", "sentence=contradicted:actor"),
])

# a titled person the claim base does not know is a party of their own: mentions._strangers
rule("titled-strangers", must_pass=[
    ("Judge Karl Brand sentenced Maria Lopez to 12 years in prison.", "sentence=contradicted:actor"),
    ("Circuit Judge Karl Brand jailed Maria Lopez for 12 years.", "sentence=contradicted:actor"),
    ("Maria Lopez was jailed for 12 years by Judge Karl Brand.", "sentence=contradicted:actor"),
], must_fail=[
    ("Karl Brand, a retired teacher, watched as Judge Hart jailed Maria Lopez for 12 years.",
     "sentence=supported"),
    ("Judge Ann Hart sentenced Maria Lopez to 12 years in prison.", "sentence=supported"),
])

# "former" members of a body are not the body: mentions._parties
rule("former-members", must_pass=[
    ("Former Acme managers say Borealis was never for sale.", "*=-"),
    ("Two former Acme executives said Acme agreed to buy Borealis for 2 billion euros.", "deal=supported"),
    ("Ex-Acme staff met on Monday.", "*=-"),
], must_fail=[
    ("Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted:quantity"),
    ("Acme, the former Borealis rival, agreed to buy Borealis for 3 billion euros.", "deal=contradicted:quantity"),
])

QUAKE_LEAD = "The quake killed 153 people in Jajarkot."

# "X, where the quake was centred": the place the clause hangs from: analysis (where-clauses)
rule("where-clauses", must_pass=[
    ("Most of the dead were in Jajarkot, where the quake struck on 3 November 2023.", "dated=supported"),
    ("Villages in Jajarkot, where the quake struck on 3 November 2023, were cut off.", "dated=supported"),
    ("Most of the dead were in Jajarkot, where the quake struck on 4 November 2023.", "dated=contradicted:date"),
], must_fail=[
    ((QUAKE_LEAD, "Most of the dead were in Dailekh, where the quake struck on 3 November 2023."),
     "dated=contradicted:place"),
    ((QUAKE_LEAD, "Rescuers arrived in Dailekh, where the quake struck on 3 November 2023."),
     "dated=contradicted:place"),
])

# a relative clause gives its subject even when its verb has an object: analysis._relative_subject
rule("relative-subject-with-object", must_pass=[
    ("Ana Ruiz, who jailed Maria Lopez for 12 years, retired.", "sentence=contradicted:actor"),
    ("Judge Hart, who jailed Maria Lopez for 12 years, retired.", "sentence=supported"),
    ("Peter Moss, who sentenced Maria Lopez to 12 years in prison, spoke.", "sentence=contradicted:actor"),
], must_fail=[
    ("Maria Lopez, whom Judge Hart jailed for 12 years, appealed.", "sentence=supported"),
    ("Maria Lopez, who was jailed for 12 years by Judge Hart, appealed.", "sentence=supported"),
])

# "handed down" is done by the subject, "was handed" to it: analysis._light_passive
rule("handed-down", must_pass=[
    ("Judge Hart handed down a sentence of 12 years to Maria Lopez.", "sentence=supported"),
    ("Peter Moss handed down a sentence of 12 years to Maria Lopez.", "sentence=contradicted:actor"),
    ("Judge Hart handed down the 20-year sentence to Maria Lopez.", "sentence=contradicted:duration"),
], must_fail=[
    ("Maria Lopez was handed a sentence of 12 years by Judge Hart.", "sentence=supported"),
    ("Maria Lopez received a 12-year sentence.", "sentence=supported"),
])

# a sentence that only dates itself by the event ("Before sentencing he ...") does not state it:
# analysis._other_event (temporal)
rule("time-set-by-the-event", must_pass=[
    ("Before sentencing she spent 20 months in jail.", "sentence=-"),
    ("After sentencing, Lopez spoke for 20 minutes.", "sentence=-"),
    ("Until sentencing they had waited 20 weeks.", "sentence=-"),
], must_fail=[
    ("After the hearing Judge Hart sentenced Maria Lopez to 20 years in prison.", "sentence=contradicted:duration"),
    ("Before the trial ended, Maria Lopez was jailed for 20 years.", "sentence=contradicted:duration"),
])

# phrasal keywords may be split by their object: keywords._split_particle
rule("split-phrasal-keywords", must_pass=[
    ("Norway ordered three Chilean diplomats out.", "expelled=contradicted:count"),
    ("Norway ordered two Chilean diplomats out of the country.", "expelled=supported"),
    ("Norway ordered the two Chilean diplomats out on Monday.", "expelled=supported"),
], must_fail=[
    ("Norway ordered three Chilean diplomats to stay; they went out later.", "expelled=-"),
    ("Norway ordered new furniture for the embassy in Chile and two diplomats went out.", "expelled=-"),
])

# a web address is not prose: its digits are no figures and its words no event (mentions._URL)
rule("web-addresses", must_pass=[
    ("The quake killed 153 people in Jajarkot, https://news.example/toll/300", "toll=supported"),
    ("https://news.example/world/2311043549/ | Quake kills 153 in Jajarkot.", "toll=supported"),
    ("See https://news.example/q/ The quake killed 300 people in Jajarkot.", "toll=contradicted:count"),
], must_fail=[
    ("The quake killed people in Jajarkot, www.example.org/toll/300", "toll=!contradicted"),
    ("https://news.example/quake-killed-300-in-jajarkot", "*=-"),
    ("Read more at www.example.org/norway-expelled-5-chilean-diplomats", "*=-"),
])

# a figure inside a name is part of the name, and a name between a figure and its noun is skipped:
# mentions.extract, Mentions.counts
rule("figures-inside-names", must_pass=[
    ("Acme grounded all 65 Acme X 9 jets.", "grounded=supported"),
    ("Acme grounded all 85 X 9 jets on Friday.", "grounded=contradicted:count"),
    ("Acme Grounds All 65 X 9 Jets After Blowout", "grounded=supported"),
    ("Acme grounded its 65 Acme 700 X-9 jets.", "grounded=supported"),
], must_fail=[
    ("Acme grounded its X 9 jets.", "grounded=!contradicted"),
    ("Acme grounded the X-9 jets on Monday.", "grounded=!contradicted"),
])

# a figure another claim confirms in the same sentence is no evidence against a sibling: _verdicts.explained
rule("explained-figures", must_pass=[
    ("Turnout reaches 76% in Norway's vote", "turnout=supported; share=-"),
    ("Turnout Reaches 76% In Norwegian Vote", "share=!contradicted"),
    ("Turnout reaches 81% in Norway's vote", "turnout=contradicted"),
], must_fail=[
    ("Norway's ruling party won 76% of the vote.", "share=contradicted"),
    ("Turnout was 76% and Norway's ruling party won 60% of the vote.", "turnout=supported; share=contradicted"),
])

# a percentage "of" something the claim never names is another measure: quantity._share_of_another
rule("shares-of-another-thing", must_pass=[
    ("Norway's ruling party won the vote, with 60% of polling stations counted.", "share=!contradicted"),
    ("Norway's ruling party took 60% of the vote in rural districts.", "share=contradicted"),
    ("Norway's ruling party won 60% of the vote.", "share=contradicted"),
], must_fail=[
    ("Norway's ruling party won 60% of the votes cast.", "share=contradicted"),
    ("Norway's ruling party won 60% in the vote.", "share=contradicted"),
])

# within the story a figure may speak of its event unnamed, unless the event's own roles name another
# party of the actor's kind: Matcher._compare (foreign), Matcher._decide
GROUNDED = "Acme grounded its 65 X 9 jets on Monday."
rule("another-party-in-the-story", must_pass=[
    ((GROUNDED, "Some 300 Borealis jets were grounded last year."), "grounded=-"),
    ((GROUNDED, "Borealis grounded 300 jets."), "grounded=!contradicted"),
    ((GROUNDED, "Borealis's 300 jets were grounded too."), "grounded=!contradicted"),
], must_fail=[
    ((GROUNDED, "Some 300 jets were grounded."), "grounded=contradicted:count"),
    ((GROUNDED, "Acme grounded 300 jets."), "grounded=contradicted:count"),
])

# a claim with several figures: one of them holding the stated figure does not make it wrong for the
# others (Matcher._compare, _figures.held_by_sibling); the next figure ends the words after one (Mentions.counts)
rule("sibling-figures", must_pass=[
    ("Acme parked 65 jets with 900 staff.", "fleet=supported"),
    ("Acme parked 65 jets and 900 staff on Monday.", "fleet=supported"),
    ("Acme parked 65 jets and 800 staff on Monday.", "fleet=contradicted:staff"),
], must_fail=[
    ("Acme parked 900 jets.", "fleet=contradicted:jets"),
    ("Acme parked 65 jets and 65 staff on Monday.", "fleet=contradicted:staff"),
])

# a claim about a plan takes its own plan words, never an option someone weighed: Matcher._compare
# (lex.option_cues)
rule("options-weighed", must_pass=[
    ("Acme weighed smaller cuts through 2025.", "cuts=-"),
    ("Acme had considered cutting 300 jobs in 2023.", "cuts=-"),
    # a proposal is put forward, not decided: "Splunk countered with a proposal of $212 per share"
    ("Acme rejected a proposal to cut 300 jobs in 2024.", "cuts=-"),
    ("Acme unions backed a proposal to cut 300 jobs in 2024.", "cuts=-"),
    # ... and so is a mere possibility, unless the claim itself speaks of one ("can complete the deal as of
    # July 14" against the completion the record dates)
    ("Acme can cut 500 jobs as of 2025.", "cuts=-"),
    ("Acme could cut 500 jobs in 2025.", "cuts=-"),
    ("Acme said it would cut 700 jobs in 2024.", "cuts=contradicted:count"),
], must_fail=[
    ("Acme said it would cut 500 jobs in 2024.", "cuts=supported"),
    ("Acme would cut 500 jobs in 2025, it said.", "cuts=contradicted:date"),
])

# a figure over two coordinated dates, where the claim has one, is a total: _figures.aggregate
rule("totals-over-dates", must_pass=[
    ("Acme said it would cut 900 jobs in March and June 2024.", "cuts=!contradicted"),
    ("Acme said it would cut 900 jobs in 2024 and in 2025.", "cuts=!contradicted"),
    ("Acme said it would cut 900 jobs in 2024.", "cuts=contradicted:count"),
], must_fail=[
    ("Acme said it would cut 900 jobs in 2024, and Borealis cut 300 in 2025.", "cuts=contradicted:count"),
    ("Acme said it would cut 500 jobs in 2024 and 2025.", "cuts=!contradicted"),
])

# a figure in a "with ... <participle>" phrase is a circumstance, not the event's value: base._absolute
rule("absolute-phrases", must_pass=[
    ("Norway's ruling party won 55% of the vote, with 80% of ballots counted.", "share=supported"),
    ("With 80% counted, Norway's ruling party had 55% of the vote.", "share=supported"),
    ("With 80% of the votes counted, Norway's ruling party had 55%.", "share=!contradicted"),
    ("Norway's ruling party led the vote, with 80% of the votes counted.", "share=!contradicted"),
    ("Norway's ruling party led the vote with more than 80% of the votes counted.", "share=!contradicted"),
    ("After counting 80 percent of the votes, Norway's ruling party led the vote.", "share=!contradicted"),
], must_fail=[
    ("Norway's ruling party won with 80% of the vote.", "share=contradicted"),
    ("Norway's ruling party won 60% of the vote with 90% of ballots counted.", "share=contradicted"),
])

# a figure stated as the level of a subject the claim never names measures that subject
# (kinds.quantity._level_of_another, lex.linking_verbs)
rule("level-of-another-subject", must_pass=[
    ("Ruiz noted that Acme's inflation figure remained unchanged at 6%.", "hold=!contradicted"),
    ("Ruiz said Norway's unemployment was unchanged at 6%.", "hold=!contradicted"),
    ("Ruiz noted that the payout ratio stayed unchanged at 6%.", "hold=!contradicted"),
], must_fail=[
    ("Ruiz voted to leave the dividend rate unchanged at 6%.", "hold=contradicted"),
    ("Ruiz voted to keep Acme's dividend rate unchanged at 6%.", "hold=contradicted"),
])

# a rate over another period than the claim's is another measure: _figures.other_period (lex.period_words)
rule("rates-over-other-periods", must_pass=[
    ("Norway's monthly inflation was 0.8% in May.", "inflation=!contradicted"),
    ("In Norway, inflation was 0.8% month-on-month in May.", "inflation=!contradicted"),
    ("Norway's annual inflation rate was 6% in May.", "inflation=contradicted"),
    ("Norway has never had a monthly inflation rate above 2%.", "inflation=-"),
    # a phrase names the period; a claim's one-unit duration beside its figure names its own
    ("Borealis stock gained 21% on the day.", "stock-gain=-"),
    ("Borealis stock gained 21% in early trading.", "stock-gain=-"),
    ("Borealis stock was up 21% as of Monday morning.", "stock-gain=-"),
    # a half year or nine months is neither a quarter nor a year
    ("Borealis stock gained 48% in the half-year to June.", "stock-gain=-"),
    ("Borealis stock gained 48% in the nine months to September.", "stock-gain=-"),
    ("Norway's inflation was 6% in the six months to June.", "inflation=-"),
    # "full-year" and "full year" name a year
    ("Acme has never posted a full-year net profit.", "q-profit=!contradicted"),
    ("Acme's full-year profit was 20 million euros.", "q-profit=!contradicted"),
    ("Acme's profit for the full year was 20 million euros.", "q-profit=!contradicted"),
], must_fail=[
    ("Acme made a quarterly net profit of 80 million euros.", "q-profit=contradicted"),
    ("Acme has never posted a quarterly profit.", "q-profit=contradicted"),
    ("Norway's inflation was 6% in May.", "inflation=contradicted"),
    ("Year-on-year inflation in Norway was 6% in May.", "inflation=contradicted"),
    ("Borealis stock gained 48% over the past year.", "stock-gain=contradicted"),
    ("Borealis stock gained 48%.", "stock-gain=contradicted"),
    # when something was reported is no period it is measured over
    ("Norway's inflation was 6% in the year to May, the agency reported this month.", "inflation=contradicted"),
    # "a quarter point" is a size, not a quarter's period
    ("Norway's central bank raised its rate by half a point last month.", "rate-rise=contradicted"),
])

# a cue after an article or possessive qualifies a noun ("the failed government"): mentions._negations
rule("negation-words-as-adjectives", must_pass=[
    ("The failed Norwegian government expelled two Chilean diplomats.", "expelled=supported"),
    ("Norway, whose rejected bid angered Chile, expelled two Chilean diplomats.", "expelled=supported"),
    ("A failed Acme said it would cut 500 jobs in 2024.", "cuts=supported"),
], must_fail=[
    ("Norway failed to expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway, whose bid that failed angered Chile, never expelled two Chilean diplomats.",
     "expelled=contradicted:polarity"),
])

# the author of an allegation named as the one it was done to is its grievance, not another target:
# Matcher._compare
rule("complainant-as-target", must_pass=[
    ("Lopez's lawyers say the trial was unfair towards Maria Lopez.", "bias=!contradicted"),
    ("Lopez's lawyers say Judge Hart was unfair to Lopez.", "bias=!contradicted"),
    ("Lopez's lawyers say Judge Hart was unfair.", "bias=supported"),
], must_fail=[
    ("Lopez's lawyers say the trial was unfair to Judge Moss.", "bias=!supported"),
    ("Lopez's lawyers say Judge Hart was unfair to Ana Ruiz.", "bias=contradicted:target"),
])

# a verb joined by "and" to the one before shares its subject and the time that subject gives:
# analysis._shares_subject
rule("coordinated-verbs-share-time", must_pass=[
    ("It was the deadliest since the 2015 quake in Nepal that killed nearly 9,000 people and injured 22,000.",
     "injured=-"),
    ("The 2015 quake in Nepal killed nearly 9,000 people and injured 22,000 people.", "injured=-"),
    ("The quake killed 153 people and injured 184 in Jajarkot.", "injured=supported"),
], must_fail=[
    ("The quake killed 153 people and injured 200 people in Jajarkot.", "injured=contradicted:count"),
    ("The 2015 quake in Nepal killed nearly 9,000 people, and on 3 November 2023 a quake injured 200 people "
     "in Jajarkot.",
     "injured=contradicted:count"),
])

# a figure beside a list of parties may be theirs together: analysis._pooled, Matcher._compare
rule("figures-for-several-parties", must_pass=[
    ("Norway expelled 12 diplomats from Chile, Latvia and Estonia.", "expelled=-"),
    ("Norway expelled 12 diplomats from Chile and Latvia.", "expelled=-"),
    ("Acme agreed to buy Borealis and Acme X 9 for 5 billion euros.", "deal=-"),
], must_fail=[
    ("Norway expelled 12 diplomats from Chile.", "expelled=contradicted:count"),
    ("Norway and Chile expelled 12 Chilean diplomats.", "expelled=!supported"),
])

# a participle between a figure and a noun for people describes them: analysis._modifier
rule("participle-before-people", must_pass=[
    ("A total of 30 injured individuals were taken to a hospital in Jajarkot.", "*=-"),
    ("Rescuers carried 30 injured people out of Jajarkot.", "*=-"),
    ("The army flew 12 injured persons out of Jajarkot.", "*=-"),
], must_fail=[
    ("In Jajarkot 30 individuals were injured.", "injured=contradicted:count"),
    ("The quake injured 30 individuals in Jajarkot.", "injured=contradicted:count"),
])


# a figure stated more precisely than the record, that rounds to it, is the same figure: kinds.base.rounds_to
rule("more-precise-figures", must_pass=[
    ("Norway's jobless rate was 3.54% in May.", "jobless=supported"),
    ("Norway's jobless rate was 3.5% in May.", "jobless=supported"),
    ("Norway's jobless rate was 3.46% in May.", "jobless=supported"),
], must_fail=[
    ("Norway's jobless rate was 3.56% in May.", "jobless=contradicted"),
    ("Norway's jobless rate was 3.6% in May.", "jobless=contradicted"),
])

# a figure whose date differs too is another reading of a series, not two errors: Matcher._compare
rule("other-occasions", must_pass=[
    ("Norway's jobless rate rose to 3.9% in April.", "jobless=-"),
    ("Norway's jobless rate stood at 4.1% in March 2023.", "jobless=-"),
    ("Norway's jobless rate was 3.5% in May.", "jobless=supported"),
], must_fail=[
    ("Norway's jobless rate was 3.9% in May.", "jobless=contradicted"),
    ("Norway's jobless rate was 3.5% in April.", "jobless=contradicted:date"),
])

# people and companies go to one place in turn: a place in common ties another person's or company's act to
# the claim no more than a date does, so the rival is unverified, not a swap (Matcher._compare, weak); the
# place itself still conflicts
rule("people-in-one-place", must_pass=[
    ("Maria Lopez toured Jajarkot.", "visit=unverified"),
    ("Ana Ruiz toured Jajarkot.", "visit=supported"),
    ("In Jajarkot, Maria Lopez toured the ruins.", "visit=unverified"),
    ("Borealis opened an office in Bergen.", "bergen-office=unverified:actor"),
], must_fail=[
    ("Acme opened an office in Oslo.", "bergen-office=contradicted:place"),
    ("Maria Lopez toured Oslo.", "visit=!supported"),
])

# an event the sentence says took place is not the one a claim says may take place: Matcher._compare
rule("what-may-happen", must_pass=[
    ("Norway's central bank ended its April meeting by making another rise.", "may-rise=-"),
    ("In April, Norway's central bank made another rise.", "may-rise=-"),
    ("Norway's central bank could make another rise in June.", "may-rise=supported"),
], must_fail=[
    ("Norway's central bank could make another rise in July.", "may-rise=contradicted:date"),
    ("Norway's central bank may make another rise in September.", "may-rise=contradicted:date"),
])

# a year after the record was made dates a goal or a forecast, not the recorded event: Matcher._compare
rule("years-after-the-record", must_pass=[
    ("Norway's jobless rate was 3.5% in May, with a goal of 2% by 2030.", "jobless=supported"),
    ("Norway expelled two Chilean diplomats, hoping for better ties by 2028.", "expelled=supported"),
    ("The quake struck Jajarkot on 3 November 2023 and rebuilding should end in 2027.", "dated=supported"),
], must_fail=[
    ("Norway's jobless rate was 3.5% in May 2022.", "jobless=contradicted:date"),
    ("The quake struck Jajarkot on 3 November 2022.", "dated=contradicted:date"),
])

# a unit word in capitals after a lower-case article is an acronym ("an SEC filing"): kinds.duration
rule("acronyms-are-no-units", must_pass=[
    ("Judge Hart sentenced Maria Lopez, an SEC filing shows.", "sentence=supported"),
    ("Judge Hart sentenced Maria Lopez, an HR memo shows.", "sentence=supported"),
    ("Judge Hart sentenced Maria Lopez to 12 years, an SEC filing shows.", "sentence=supported"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to an hour in prison.", "sentence=contradicted:duration"),
    ("JUDGE HART JAILS LOPEZ FOR AN HOUR", "sentence=contradicted:duration"),
])

# a year or month between "the" and a noun dates that noun, not the event: _times._noun_date
rule("dates-of-other-nouns", must_pass=[
    ("The quake struck Jajarkot, weeks after the October 2023 Acme collapse.", "dated=supported"),
    ("The quake struck Jajarkot, a reminder of the 2015 disaster.", "dated=supported"),
    ("The quake that struck Jajarkot was unrelated to the September 2023 Borealis fire.", "dated=!contradicted"),
], must_fail=[
    ("The quake struck Jajarkot in October 2023.", "dated=contradicted:date"),
    ("The quake struck Jajarkot on 4 November 2023.", "dated=contradicted:date"),
])

# "several hundred", "hundreds of": a vague figure is no count: the pack's number_phrases
rule("vague-figures", must_pass=[
    (("The quake killed 153 people in Jajarkot.", "Several hundred more people were injured in Jajarkot."),
     "injured=!contradicted"),
    ("Hundreds of people were injured in Jajarkot.", "injured=!contradicted"),
    ("A few thousand people were injured in Jajarkot.", "injured=!contradicted"),
], must_fail=[
    ("Three hundred people were injured in Jajarkot.", "injured=contradicted:count"),
    ("A hundred people were injured in Jajarkot.", "injured=contradicted:count"),
])

# "out of the injured, five ...", "among the dead were ...": a part of the event's people: analysis._modifier
rule("parts-of-the-whole", must_pass=[
    ("Out of the injured, 5 people in Jajarkot have been discharged.", "*=-"),
    ("Among the dead were 20 children in Jajarkot.", "*=-"),
    ("Of the injured, 30 people were flown out of Jajarkot.", "*=-"),
], must_fail=[
    ("In Jajarkot 30 people were among the injured.", "injured=!supported"),
    ("The injured numbered 30 people in Jajarkot.", "injured=contradicted:count"),
])

# a count of the people of a name no entity holds ("1,267 VMware employees") is that name's, not the claim
# party's; a name the base knows, or an all-capitals model name, does not make it so (Matcher._named_group)
rule("people-of-another-name", must_pass=[
    ("In January 2023 Acme laid off 900 Fjordco staff.", "layoff=-"),
    ("Last week Fjordco laid off 1,200 Vantix staff in January 2023.", "layoff=-"),
    ("In January 2023 Acme laid off 600 staff.", "layoff=supported"),
], must_fail=[
    ("In January 2023 Acme laid off 900 Acme staff.", "layoff=contradicted:count"),
    ("In January 2023 Acme laid off 900 staff.", "layoff=contradicted:count"),
])

# within the story a figure may speak of the claim's event without naming anyone, but not when the sentence
# names someone the base does not know, or its "her" stands for another person the base knows: it may be
# that person's own case (Matcher._unknown_person, Assessment.foreign)
LOPEZ = "Judge Ann Hart sentenced Maria Lopez to 12 years in prison."
rule("other-people-in-the-story", must_pass=[
    ((LOPEZ, "A 150-year sentence was what Bernie Madoff got."), "sentence=-"),
    ((LOPEZ, "Ana Ruiz was also tried.", "Her sentence was 15 years."), "sentence=-"),
    ((LOPEZ, "The 12-year sentence was what Lopez expected."), "sentence=supported"),
], must_fail=[
    ((LOPEZ, "The 15-year sentence was what Lopez expected."), "sentence=contradicted:duration"),
    ((LOPEZ, "Ana Ruiz was also tried.", "Lopez said her sentence was 15 years."), "sentence=contradicted:duration"),
])

# an allegation framed as a view by a word that is no verb of saying ("expects", "plans", "hopes"), in
# the event's clause with what is coordinated with it, is attributed; the claim's own word frames it only
# when the one the record says holds the view is named (Matcher._decide, framed; lex.framing_cues)
rule("views-framed", must_pass=[
    ("Acme expects a profit of 9 million euros in 2024.", "expects-profit=supported"),
    ("Acme hopes to grow and make a profit of 9 million euros in 2024.", "expects-profit=supported"),
    ("Acme's plans include a profit of 9 million euros in 2024.", "expects-profit=supported"),
], must_fail=[
    ("Acme made a profit of 9 million euros in 2024.", "expects-profit=unverified"),
    ("Acme made a profit of 9 million euros in 2024, though Borealis hopes for more.", "expects-profit=unverified"),
])

# the very people a claim counts, as the subject of an event still to come that the claim does not speak
# of, or of another claim's event word, are that event's ("1,500 employees will be impacted", "600
# employees were laid off" against the headcount); any other past verb may be the claim's own event in
# other words (Matcher._counted_by_another, lex.future_auxiliaries)
rule("people-of-an-event-to-come", must_pass=[
    ("In 2023 Acme said 1,500 employees will lose their jobs.", "headcount=-"),
    ("In 2023 Acme said 1,500 employees will be impacted.", "headcount=-"),
    ("In 2023 Acme said 700 employees were laid off.", "headcount=-"),
    ("Acme had 9,000 employees in 2023.", "headcount=supported"),
], must_fail=[
    ("In 2023 Acme said 1,500 employees left.", "headcount=contradicted:count"),
    ("Acme said about 1,500 employees worked there in 2023.", "headcount=contradicted:count"),
])

# a lone particle keyword right after a verb, with no figure after it, is part of a phrasal verb ("sped up
# the rivalry"), not the claim's "up 12%" (_clauses.is_particle, lex.particles)
rule("phrasal-verbs", must_pass=[
    ("Over the past ten months, Acme sped up its hiring.", "shares-up=-"),
    ("Acme set up a team over the past ten months.", "shares-up=-"),
    ("Acme shares were up 12% over the year.", "shares-up=supported"),
], must_fail=[
    ("Acme shares were up 14% over the year.", "shares-up=contradicted:quantity"),
    ("Acme shares went up 14% over the year.", "shares-up=contradicted:quantity"),
])

# a figure counted from a date ("Since March 2022 the FOMC has raised its rate by 525 basis points") is the
# total of a series, not the one event a claim records, unless the claim itself is measured from a date
# (Matcher._counted_since)
rule("totals-since-a-date", must_pass=[
    ("Since May 2019 Norway's central bank has raised its rate by 2.5 percentage points.", "rate-rise=-"),
    ("Since 2015 Acme has laid off 6,000 staff.", "layoff=-"),
    ("Norway's central bank raised its rate by a quarter point to 4.5%.", "rate-rise=supported"),
], must_fail=[
    ("Norway's central bank raised its rate by 0.75 percentage points.", "rate-rise=contradicted:quantity"),
    ("Acme laid off 900 staff in January 2023.", "layoff=contradicted:count"),
    # a record measured from the date says nothing of the figure (Matcher._superlative_before)
    ("The quake, the deadliest in Nepal since 2015, killed 200 people in Jajarkot.", "toll=contradicted:count"),
])

# a count set beside a share of a whole ("17% of its staff, about 1,500 people") is the share's, not the
# whole's; a claim recording the share compares it (Matcher._share_of_whole)
rule("shares-of-the-whole", must_pass=[
    ("In January 2023 Acme laid off 20% of its staff, some 900 staff.", "layoff=-"),
    ("In January 2023, 20% of Acme's staff, some 900 staff, were laid off.", "layoff=-"),
    ("In January 2023 Acme laid off 600 staff.", "layoff=supported"),
], must_fail=[
    ("In January 2023 Acme laid off 900 staff.", "layoff=contradicted:count"),
    ("In January 2023 Acme laid off some 900 staff, 20% more than planned.", "layoff=contradicted:count"),
])

# a participle between an article (and its modifiers) and a name describes the named: analysis._adjective
rule("participles-as-adjectives", must_pass=[
    ("Norway praised the recently expelled Estonian journalists.", "journalists=!contradicted"),
    ("Chile hosted the richer and better armed Norway.", "*=!contradicted"),
    ("Norway praised the expelled Estonian journalists.", "journalists=!contradicted"),
], must_fail=[
    ("Norway expelled ten Estonian journalists.", "journalists=contradicted:target"),
    ("Norway recently expelled ten Estonian journalists.", "journalists=contradicted:target"),
])


# figures placed each in a part of the claim's place are a breakdown, not the whole's: Matcher._in_part
rule("figures-of-parts", must_pass=[
    ("The quake displaced 300 people in Jajarkot, 200 in Dailekh.", "displaced=!contradicted"),
    ("The quake displaced 300 people in Jajarkot.", "displaced=!contradicted"),
    ("The quake displaced 5,000 people in Nepal: 3,000 in Jajarkot and 2,000 in Dailekh.", "displaced=supported"),
], must_fail=[
    ("The quake displaced 6,000 people: 4,000 in Jajarkot and 2,000 in Dailekh.", "displaced=contradicted:count"),
    ("The quake displaced 6,000 people in Nepal.", "displaced=contradicted:count"),
])


# a forecast is no reading, and verbs joined by "and" share their modal ("could avoid ... and see"):
# the pack's irrealis_cues, _mood.irrealis
rule("forecasts", must_pass=[
    ("The agency forecasts Norway's jobless rate will be 2.5% in May.", "jobless=-"),
    ("Norway could avoid a slump and see its jobless rate fall to 2.5% in May.", "jobless=-"),
    ("Economists predict the jobless rate in Norway will reach 4.1% in May.", "jobless=-"),
], must_fail=[
    ("Norway's jobless rate fell to 2.5% in May.", "jobless=contradicted"),
    ("Norway avoided a slump, and its jobless rate fell to 2.5% in May.", "jobless=contradicted"),
])

# a figure someone aims at is no reading ("a target of 2%", "the 2% goal"): kinds.base._goal
rule("goals", must_pass=[
    ("Norway's jobless rate was far from the government's target of 2% in May.", "jobless=!contradicted"),
    ("Norway's jobless rate in May stayed above the 2% goal.", "jobless=!contradicted"),
    # ... past a hedge on the figure
    ("Norway's jobless rate in May stayed above the government's target of just 2%.", "jobless=!contradicted"),
    ("Norway's jobless rate in May was far from its goal of about 2%.", "jobless=!contradicted"),
    ("Acme said it would cut 500 jobs in 2024 to reach its margin target of 30%.", "cuts=supported"),
], must_fail=[
    ("Norway's jobless rate was 2% in May.", "jobless=contradicted"),
    ("Acme said it would cut 300 jobs in 2024, its target.", "cuts=contradicted:count"),
])

# "the remaining 20 days of its term": a stretch of a longer period, not its length: kinds.duration
rule("stretches-of-a-period", must_pass=[
    ("Judge Hart sentenced Maria Lopez, who spent the first two years of her term in Oslo.", "sentence=supported"),
    ("Judge Hart sentenced Maria Lopez to 12 years in prison; the last three years of it may be parole.",
     "sentence=supported"),
    ("Judge Hart jailed Maria Lopez, leaving the remaining 20 days of the trial unused.", "sentence=supported"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to 20 years in prison.", "sentence=contradicted:duration"),
    ("Judge Hart sentenced Maria Lopez to a final 20 years in prison.", "sentence=contradicted:duration"),
])

# "since it began raising rates in March 2022": the start of a series, not this event: analysis._other_event
rule("since-a-series-began", must_pass=[
    ("Since Norway began expelling three Chilean diplomats, ties have soured.", "expelled=-"),
    ("Ties have soured since it started expelling Chilean diplomats in 2021.", "expelled=-"),
    ("Norway expelled two Chilean diplomats.", "expelled=supported"),
], must_fail=[
    ("Norway expelled three Chilean diplomats, and ties have soured since.", "expelled=contradicted:count"),
    ("Since Norway expelled three Chilean diplomats, ties have soured.", "expelled=contradicted:count"),
])

# an onset verb starts a series: "began raising rates" is the first of them, and a date after "began in"
# dates a beginning, from which a series is counted (analysis._other_event, _times.onset_date)
rule("onsets", must_pass=[
    ("Norway began expelling three Chilean diplomats on Monday.", "expelled=-"),
    ("Ties soured when Norway started to expel three Chilean diplomats.", "expelled=-"),
    ("The quake struck Jajarkot in a dry season that began in October 2023.", "dated=!contradicted"),
    ("It was Nepal's deadliest quake in a run of quakes that started in 2015.", "deadliest=supported"),
], must_fail=[
    ("Norway expelled three Chilean diplomats.", "expelled=contradicted:count"),
    ("The quake struck Jajarkot in October 2023.", "dated=contradicted:date"),
])

# a negated verb of its own before "the EVENT" denies that verb ("will not affect the verdict"); a light verb
# carries the event, and its negation denies it (analysis._verb_after, lex.light_verbs)
rule("negated-verbs-over-a-given-event", must_pass=[
    ("The row will not affect the expulsion of two Chilean diplomats by Norway.", "expelled=!contradicted"),
    ("Chile did not discuss the expulsion of two diplomats by Norway.", "expelled=!contradicted"),
    ("Norway did not confirm the expulsion of two Chilean diplomats.", "expelled=!contradicted"),
], must_fail=[
    ("Norway did not carry out the expulsion of two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway did not order the expulsion of two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
])

# a count placed in one country or place ("40 jobs in Norway", "in the country") is a part of a whole the
# claim counts for no place (_figures.in_a_place, lex.place_kind_nouns)
rule("counts-of-one-place", must_pass=[
    ("Acme said it would cut 40 jobs in Norway in 2024.", "cuts=!contradicted"),
    ("Acme said it would cut 40 jobs in the country in 2024.", "cuts=!contradicted"),
    ("Acme said it would cut 40 jobs in the region in 2024.", "cuts=!contradicted"),
    # ... or further on in the figure's own clause
    ("Acme said 40 jobs will be cut under the plan in our country in 2024.", "cuts=!contradicted"),
    ("Acme said 40 jobs are affected by the cuts in this country in 2024.", "cuts=!contradicted"),
], must_fail=[
    ("Acme said it would cut 600 jobs in 2024.", "cuts=contradicted"),
    ("Acme said 40 jobs will be cut under the plan, and more in the country, in 2024.", "cuts=contradicted"),
    ("Acme said it would cut 600 jobs worldwide in 2024.", "cuts=contradicted"),
    # a claim that gives its place still counts there
    ("The quake killed 200 people in Jajarkot.", "toll=contradicted:count"),
])

# "following ten consecutive hikes": a count of event nouns after a time word is the series before the
# sentence's own event; "after 157 die" still counts the event's dead (analysis._other_event)
rule("counted-series-before", must_pass=[
    ("Ties froze after three expulsions of Chilean diplomats by Norway.", "expelled=-"),
    ("Talks stalled following three expulsions of Chilean diplomats by Norway.", "expelled=-"),
    ("Chile recalled its envoy after five expulsions of Chilean diplomats by Norway.", "expelled=-"),
], must_fail=[
    ("Norway ordered three expulsions of Chilean diplomats.", "expelled=contradicted:count"),
    ("In Jajarkot the toll rose after 200 people were killed.", "toll=contradicted:count"),
])

# "not the first to", "not only": a comparison with others, no denial (mentions._negations, pack
# negation_exceptions)
rule("comparisons-that-deny-nothing", must_pass=[
    ("Norway is not the first to expel two Chilean diplomats this year.", "expelled=!contradicted"),
    ("Norway not only expelled two Chilean diplomats but also closed its consulate.", "expelled=supported"),
    ("Norway was not the only country to expel two Chilean diplomats.", "expelled=!contradicted"),
], must_fail=[
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway has not expelled any Chilean diplomats.", "expelled=contradicted:polarity"),
])

# a figure per period ("$4 billion a year") is a rate, not a one-off amount: kinds.base._rate
rule("rates-against-one-off-figures", must_pass=[
    ("Acme agreed to buy Borealis, adding 3 billion euros a year in revenue.", "deal=!contradicted"),
    ("Acme agreed to buy Borealis, which brings in 1 billion euros annually.", "deal=!contradicted"),
    ("Acme agreed to buy Borealis for 2 billion euros, adding 3 billion euros yearly in sales.", "deal=supported"),
], must_fail=[
    ("Acme agreed to buy Borealis for 3 billion euros.", "deal=contradicted"),
    ("Acme agreed to buy Borealis for 3 billion euros, a year after talks began.", "deal=contradicted"),
    # "half a century" is a length, whose article is no "a year" of a rate
    ("Judge Hart sentenced Maria Lopez to half a decade in prison.", "sentence=contradicted:duration"),
])


# a trading-day move ("up 5% at midday") is no change over the claim's year: the pack's period_phrases
rule("moves-within-a-day", must_pass=[
    ("Borealis stock, up 5% at midday, had gained strongly before the offer.", "stock-gain=-"),
    ("Borealis stock gained 6% by midday.", "stock-gain=-"),
    ("Borealis stock gained 38% before the offer.", "stock-gain=supported"),
], must_fail=[
    ("Borealis stock gained 45% before the offer.", "stock-gain=contradicted"),
    ("Borealis stock gained 45% in the year before the offer, analysts said at midday.", "stock-gain=!supported"),
])

# "rejected the notion that ...": a denial inside someone's argument is theirs: the pack's attribution words
rule("notions-rejected", must_pass=[
    ("Judge Hart rejected the notion that Lopez was not sentenced to 12 years.", "sentence=!contradicted"),
    ("Chile dismissed the suggestion that Norway did not expel two Chilean diplomats.", "expelled=-"),
    ("Norway rejected the belief that it had not expelled two Chilean diplomats.", "expelled=-"),
], must_fail=[
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway has not expelled two Chilean diplomats.", "expelled=contradicted:polarity"),
])

# "previously", like "earlier", opens a sentence about another event of the kind: the pack's other_event_cues
rule("previously", must_pass=[
    ("Previously, on 22 October 2023, a quake had a magnitude of 6.1.", "magnitude=-"),
    ("Previously a quake had a magnitude of 5.2.", "magnitude=-"),
    ("The quake had a magnitude of 6.4.", "magnitude=supported"),
], must_fail=[
    ("The quake had a magnitude of 6.1.", "magnitude=contradicted"),
    ("The quake had a magnitude of 6.1, as previously reported.", "magnitude=contradicted"),
])

# a figure "of" an event noun in the plural ("500 jobs of cuts") is a total of several: Matcher._aggregate
rule("figures-of-plural-events", must_pass=[
    ("Norway's central bank made 150 basis points of hikes in 2023.", "rate-hike=!contradicted"),
    ("Norway's central bank has made a total of 100 bps of hikes in 2023.", "rate-hike=!contradicted"),
    ("Norway's central bank made a hike of 0.25 percentage points on 3 May 2023.", "rate-hike=supported"),
], must_fail=[
    ("Norway's central bank made a hike of 0.5 percentage points on 3 May 2023.", "rate-hike=contradicted"),
    ("Norway's central bank made a 0.5 percentage point hike on 3 May 2023.", "rate-hike=contradicted"),
])


# a count of people the sentence names, whom another claim records, is not this claim's: Matcher._compare
rule("counts-of-named-people", must_pass=[
    ("Two members, Eva Holm and Ida Berg backed a bigger plan.", "panel=!contradicted"),
    ("One member, Eva Holm backed the plan.", "panel=!contradicted"),
    ("Six members of Acme's board backed the plan.", "panel=supported"),
], must_fail=[
    ("Two members of Acme's board backed the plan.", "panel=contradicted:count"),
    ("Acme said two members backed the plan.", "panel=contradicted:count"),
])

# "during his sentencing hearing": an -ing event word qualifying a noun that may also be a verb:
# analysis._modifier
rule("event-words-qualifying-nouns", must_pass=[
    ("Lopez spoke for 20 minutes during her sentencing hearing.", "sentence=!contradicted"),
    ("Lopez wept for an hour at her sentencing hearing in Oslo.", "sentence=!contradicted"),
    ("Judge Hart sentenced Maria Lopez to 12 years.", "sentence=supported"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to 20 years.", "sentence=contradicted:duration"),
    ("At her sentencing, Judge Hart jailed Lopez for 20 years.", "sentence=contradicted:duration"),
])


# "it hasn't been this high since 2001": a negated degree with "since" is a superlative: analysis._negated
rule("not-this-much-since", must_pass=[
    ("Acme has not cut this many jobs since 2019.", "cuts=!contradicted"),
    ("Acme had not cut so many jobs since 2019.", "cuts=!contradicted"),
    ("Acme has never cut as many jobs since it was founded.", "cuts=!contradicted"),
], must_fail=[
    ("Acme has not cut jobs since 2019.", "cuts=contradicted:polarity"),
    ("Acme did not cut 500 jobs in 2024, and has grown since.", "cuts=contradicted:polarity"),
])

# a definite noun taking up the sentence before stays in its year, but a named body is in no year:
# context.Context._same_year
rule("named-bodies-carry-no-year", must_pass=[
    (("Acme was founded in 2001.", "The Acme board said it would cut 500 jobs."), "cuts=supported"),
    (("Jajarkot was hit by floods in 2021.", "The Jajarkot district said the quake killed 153 people."),
     "toll=supported"),
    ("The quake killed 153 people in Jajarkot.", "toll=supported"),
], must_fail=[
    (("Nepal was hit by an earthquake in 2015.", "The quake killed 200 people in Jajarkot."), "toll=-"),
    (("Acme cut jobs in 2021.", "It said it would cut 900 jobs."), "cuts=!supported"),
])


# a move before or during the session is no close: the pack's "intraday" period phrases, and a claim's
# periods read from its keywords too ("closed up")
rule("intraday-moves-against-a-close", must_pass=[
    ("Borealis shares were up 4% in premarket trading.", "close=-"),
    ("Borealis shares rose 3% at midday.", "close=-"),
    ("Borealis shares closed up 9%.", "close=supported"),
], must_fail=[
    ("Borealis shares closed up 4%.", "close=contradicted"),
    ("Borealis shares closed up 4% on the day.", "close=contradicted"),
])


# "Oslo-based Borealis": a name joined to "-based" is a place, and the one based there follows it:
# mentions._based_parties, mentions._unknown_places, analysis._predication
rule("based-in-a-place", must_pass=[
    ("Oslo-based Borealis sells software.", "hq=supported"),
    ("Acme agreed to buy Oslo-based Borealis.", "hq=supported"),
    ("The Oslo-headquartered firm Borealis sells software.", "hq=supported"),
    # another company in a region round the claim's place: the region ties no more than a date (Matcher._compare)
    ("Norway-based Acme sells software.", "hq=!contradicted"),
], must_fail=[
    ("Bergen-based Borealis sells software.", "hq=contradicted:place"),
    ("Acme agreed to buy Lyon-based Borealis.", "hq=contradicted:place"),
    # "Borealis, based in Bergen, ...": the name before the comma is the one based there
    ("Borealis, based in Bergen, sells software.", "hq=contradicted:place"),
    # a date after a participle set off by commas is that participle's (_times._apposed_date)
    ("Bergen-based Borealis, founded in 1961, sells software.", "hq=contradicted:place"),
])


# "to get inflation back down to 2%", "the process of getting inflation down": an event noun as the object
# of an infinitive, or of a gerund after "of", is an aim: _mood.purpose
rule("aims-of-a-policy", must_pass=[
    ("Norway's central bank acted to bring inflation in Norway back down to 2% in May.", "inflation=-"),
    ("The process of getting inflation in Norway down to 2% has a long way to go.", "inflation=-"),
    ("Norway's central bank wants to push inflation in Norway to 3% by May.", "inflation=-"),
], must_fail=[
    ("Norway's annual inflation rate fell to 2% in May.", "inflation=contradicted"),
    ("In May, inflation in Norway came down to 2%.", "inflation=contradicted"),
])


# "he wasn't expecting to find anything": a progressive verb after the cue is the one denied, and the event
# word its complement: analysis._negated
rule("denied-progressive-verbs", must_pass=[
    ("Lopez was not expecting Judge Hart to sentence her to 12 years.", "sentence=-"),
    ("Norway is not looking to expel two Chilean diplomats.", "expelled=-"),
    ("Norway is not locking itself into expelling two Chilean diplomats.", "expelled=-"),
    # ... and so is an adjective before a preposition ("isn't alone in"), however far the event word is
    ("Spotify-like, Norway isn't alone in expelling two Chilean diplomats.", "expelled=-"),
    ("They are not alone among the many governments in recent years that moved to expel two Chilean diplomats.",
     "expelled=-"),
    # ... or before the clause it governs ("isn't sure this deal will go through")
    ("Chile is not sure that Norway will expel two Chilean diplomats.", "expelled=!contradicted"),
    ("Chile isn't sure this expulsion of two Chilean diplomats by Norway will happen.", "expelled=!contradicted"),
], must_fail=[
    ("Norway is not expelling two Chilean diplomats.", "expelled=contradicted:polarity"),
    ("Norway did not expel two Chilean diplomats.", "expelled=contradicted:polarity"),
])


# "a backyard near Portland": a place named after "near" is a landmark, not the place, unless the claim
# itself speaks of nearness: analysis (landmarks), Matcher._compare
rule("landmarks", must_pass=[
    ("Borealis is based near Bergen.", "hq=!contradicted"),
    ("Borealis is based in a village outside Bergen.", "hq=!contradicted"),
    ("Borealis is based in Oslo, near Bergen.", "hq=supported"),
], must_fail=[
    ("Borealis is based in Bergen.", "hq=contradicted:place"),
    ("Borealis is based in Bergen, near Oslo.", "hq=contradicted:place"),
])


# "voted to raise the rate by 0.25%": a figure after "by" is the size of a change, not the level reached,
# when the claim records the change in its own unit: Matcher._change_for_level
rule("changes-against-levels", must_pass=[
    ("Norway's board voted to lift the policy rate by 0.5%.", "policy-rate=!contradicted"),
    ("Norway lifted its policy rate by 0.5% to 4%.", "policy-rate=supported"),
    ("Norway lifted its policy rate by half a percentage point to 4%.", "policy-rate=supported"),
    ("Norway's board voted 6-3 for the 0.5% policy rate rise.", "policy-rate=!contradicted"),
], must_fail=[
    ("Norway lifted its policy rate to 5%.", "policy-rate=contradicted:level"),
    ("Norway lifted its policy rate by 0.75 percentage points.", "policy-rate=contradicted:size"),
])

# ... and against a level the claim records alone, a figure after "fell by", "rose by" is the size of a
# change, which neither confirms nor contradicts the level (Matcher._level_fields, _figures.change_size); a claim
# whose own figure is a change ("gained 38%") is still compared
rule("changes-against-recorded-levels", must_pass=[
    ("Norway's jobless rate fell by 0.4% in May.", "jobless=-"),
    ("Norway's jobless rate was 3.5% in May, down by 0.4%.", "jobless=supported"),
    ("Norway's annual inflation rate rose by 0.3% in May.", "inflation=-"),
    # right after a word of change, past a bound, a figure is the change's size too
    ("Norway's jobless rate jumped more than 4% in May.", "jobless=-"),
    ("Norway's jobless rate rallied 4% in May.", "jobless=-"),
], must_fail=[
    ("Norway's jobless rate fell to 3.9% in May.", "jobless=contradicted"),
    ("Borealis stock gained by 30% in the 12 months before the offer.", "stock-gain=contradicted"),
    # a claim that itself records a change ("gained 38%") is compared with the change
    ("Borealis stock gained about 30% in the 12 months before the offer.", "stock-gain=contradicted"),
])


# "American Airlines cancelled 30 flights": a capitalised name ending in a company word is a party of its
# own, which the base does not know (mentions._organisations); "United operates 79 jets and had to cancel
# 200 flights": a verb after "and" and its auxiliaries shares the subject (analysis._predication)
rule("other-companies", must_pass=[
    (("Borealis shares closed up 9%.", "Fjord Airlines shares closed up 4%."), "close=-"),
    (("Acme said it would cut 500 jobs in 2024.", "Borealis runs 40 plants and had to cut 900 jobs in 2024."),
     "cuts=!contradicted"),
    (("Acme said it would cut 500 jobs in 2024.", "Borealis runs 40 plants and had to cut 900 jobs."),
     "cuts=!contradicted"),
], must_fail=[
    (("Borealis shares closed up 9%.", "The shares closed up 4%."), "close=contradicted"),
    (("Acme said it would cut 500 jobs in 2024.", "Acme runs 40 plants and had to cut 900 jobs in 2024."),
     "cuts=contradicted:count"),
])


# "came off on January 5, prompting the FAA to ground the jets": the consequence has its own time; the
# pack's value_breaks_left
rule("consequences-have-their-own-time", must_pass=[
    ("A storm hit Jajarkot on 2 November 2023, causing the quake reports to say it struck Jajarkot.",
     "dated=!contradicted"),
    ("The quake struck Jajarkot on 3 November 2023, prompting an alert.", "dated=supported"),
    ("Rain fell on 2 November 2023, forcing a delay, and then the quake struck Jajarkot.", "dated=!contradicted"),
], must_fail=[
    ("The quake struck Jajarkot on 4 November 2023, prompting an alert.", "dated=contradicted:date"),
    ("The quake struck Jajarkot on 4 November 2023 and caused an alert.", "dated=contradicted:date"),
])


# "let go about 800 workers already this year": a figure of the year so far, against one month's, is a
# total (the pack's year_to_date, right after the figure): Matcher._aggregate
rule("year-to-date-totals", must_pass=[
    ("Acme laid off about 800 staff already this year.", "layoff=!contradicted"),
    ("Acme has laid off 900 staff so far this year.", "layoff=!contradicted"),
    ("Acme laid off 600 staff in January.", "layoff=supported"),
], must_fail=[
    ("Acme laid off 800 staff in January.", "layoff=contradicted:count"),
    ("Acme laid off 800 staff in January, its third round of cuts this year.", "layoff=contradicted:count"),
])


# "reducing it by 45 months", "cut the sentence by two years": how much a length changed, not the length:
# kinds.duration._change_of_length
rule("changes-of-a-length", must_pass=[
    ("Judge Hart cut the sentence of Maria Lopez by two years.", "sentence=!contradicted"),
    ("Good conduct will reduce her sentence by 18 months, Judge Hart said.", "sentence=!contradicted"),
    ("Judge Hart sentenced Maria Lopez to 12 years; an appeal could cut that by three years.",
     "sentence=!contradicted"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to 20 years.", "sentence=contradicted:duration"),
    ("Judge Hart sentenced Maria Lopez by video link to 20 years.", "sentence=contradicted:duration"),
])


# "handed the sentence two weeks ago": a length followed by "ago", "earlier" or "later" places a time
# (the pack's ago_words, kinds.duration)
rule("lengths-that-place-a-time", must_pass=[
    ("Judge Hart handed Maria Lopez the sentence two weeks ago.", "sentence=!contradicted"),
    ("Judge Hart sentenced Maria Lopez a year earlier.", "sentence=!contradicted"),
    ("Judge Hart sentenced Maria Lopez to 12 years three days later.", "sentence=supported"),
], must_fail=[
    ("Judge Hart sentenced Maria Lopez to two weeks in prison.", "sentence=contradicted:duration"),
    ("Two weeks ago Judge Hart sentenced Maria Lopez to 20 years.", "sentence=contradicted:duration"),
])



# a negation that reaches the event only past a word of severity denies the severe kind, not the event or
# its figures: "escaped without serious injury" (_clauses.denies_severe, lex.severity_words)
rule("severity-narrows-a-negation", must_pass=[
    ("In Jajarkot, the villagers escaped without serious injuries.", "injured=!contradicted"),
    ("No major injuries were reported among the 300 villagers of Jajarkot.", "injured=!contradicted"),
    ("Nobody in Jajarkot was seriously injured.", "injured=!contradicted"),
    ("No one in Jajarkot suffered severe injuries.", "injured=!contradicted"),
], must_fail=[
    ("Nobody in Jajarkot was injured.", "injured=contradicted:polarity"),
    ("In Jajarkot, the villagers escaped without injuries.", "injured=contradicted:polarity"),
])


def _param(name: str, kind: str, row: Row, n: int) -> Any:
    if isinstance(row, Bug):
        return pytest.param(*row.row, id=f"{name}-{kind}-{n}", marks=pytest.mark.xfail(strict=True, reason=row.reason))
    return pytest.param(*row, id=f"{name}-{kind}-{n}")


@pytest.mark.parametrize(("text", "expect"), [_param(name, kind, row, n) for n, (name, kind, row) in enumerate(TABLES)])
def test_rule(text: str | tuple[str, ...], expect: str) -> None:
    assert problems(text, expect, BASE) == []
