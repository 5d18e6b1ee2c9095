"""Every reference rule of the document context (:mod:`factcheck.context`) with examples that must pass and fail.

Each table holds rows ``(document, phrase, expectation)``: the document is a tuple of sentences read in
order; the phrase is the referring expression in its last sentence ("the two", "it", "the ministry"). The
expectation is the entity id the phrase must resolve to, followed by ``group`` when it must stand for a
group of that entity's people ("the two" -> whose diplomats) and ``by`` when it follows "by"; ``-`` means
the phrase must stay unresolved, and ``!chile`` that it must not resolve to Chile.

"Must pass" rows show a rule resolving; "must fail" rows show references it must leave alone or must not
resolve to the tempting candidate. Rows the code gets wrong today are ``xfail(strict=True)`` with the reading
expected and what the code does instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from factcheck.context import Context
from factcheck.entities import EntityRegistry
from factcheck.lexicon import lexicon, with_vocabulary
from factcheck.mentions import Mentions, extract
from factcheck.records import Entity

ENTITIES = [
    Entity(id="norway", name="Norway", kind="country", demonyms=("Norwegian",)),
    Entity(id="chile", name="Chile", kind="country", demonyms=("Chilean",)),
    Entity(id="oslo", name="Oslo", kind="place", part_of="norway"),
    Entity(id="chile-ministry", name="Chilean Foreign Ministry", kind="government", part_of="chile",
           aliases=("Chile's foreign ministry",)),
    Entity(id="patagonia", name="Patagonia", kind="place"),
    Entity(id="nepal", name="Nepal", kind="country", demonyms=("Nepali", "Nepalese")),
    Entity(id="jajarkot", name="Jajarkot", kind="place", part_of="nepal"),
    Entity(id="maria-lopez", name="Maria Lopez", kind="person", aliases=("Lopez",)),
    Entity(id="judge-hart", name="Judge Ann Hart", kind="person", aliases=("Judge Hart", "Hart")),
    Entity(id="acme", name="Acme Corp", kind="organisation", aliases=("Acme",)),
    Entity(id="borealis", name="Borealis Systems", kind="organisation", aliases=("Borealis",)),
    Entity(id="northfield", name="Northfield United", kind="organisation", aliases=("Northfield",)),
    Entity(id="tomas-berg", name="Tomas Berg", kind="person", aliases=("Berg",)),
    Entity(id="company-store", name="Company Store", kind="organisation"),
    Entity(id="lopez-lawyers", name="Lopez's defence team", kind="group", aliases=("Her lawyers", "her lawyers")),
    Entity(id="acme-committee", name="Acme Audit Committee", kind="organisation", part_of="acme"),
    *(Entity(id=name.lower().replace(" ", "-"), name=name, kind="organisation")
      for name in ("Orion Bank", "Kestrel Airlines", "Harbor Foods", "Delta Mining")),
]
REGISTRY = EntityRegistry(ENTITIES)
# the tables' diplomatic stories declare their people nouns, as a claims file's vocabulary block would
LEX = with_vocabulary(lexicon(), people_nouns=("diplomat", "diplomats", "envoy", "envoys", "ambassador",
                                               "ambassadors", "embassy", "embassies"))


def read(doc: tuple[str, ...]) -> tuple[Context, Mentions]:
    """The document's last sentence resolved against the ones before it, and the context after them."""
    context = Context(REGISTRY, LEX)
    for sentence in doc[:-1]:
        context.observe(context.resolve(extract(sentence, REGISTRY, LEX)))
    return context, context.resolve(extract(doc[-1], REGISTRY, LEX))


def resolved(doc: tuple[str, ...], phrase: str) -> str:
    """What ``phrase`` in the last sentence resolves to: "chile group", "norway by", or "-"."""
    _context, m = read(doc)
    words = [t.low for t in m.tokens]
    target = phrase.lower().split()
    start = next(i for i in range(len(words)) if words[i:i + len(target)] == target)
    for p in m.parties:
        if p.first == start and p.resolved:
            assert p.last == start + len(target) - 1, (phrase, p)
            return " ".join([p.mention.entity, *(["group"] if p.owner else []), *(["by"] if p.by else [])])
    return "-"


def check(doc: tuple[str, ...], phrase: str, expect: str) -> None:
    got = resolved(doc, phrase)
    if expect.startswith("!"):
        assert got.split()[0] != expect[1:], (phrase, got)
    else:
        assert got == expect, (phrase, got)


@dataclass(frozen=True)
class Bug:
    reason: str
    row: tuple[tuple[str, ...], str, str]


def bug(reason: str, doc: tuple[str, ...], phrase: str, expect: str) -> Bug:
    return Bug(reason, (doc, phrase, expect))


Row = tuple[tuple[str, ...], str, str] | Bug
TABLES: list[tuple[str, str, Row]] = []


def rule(name: str, must_pass: list[Row], must_fail: list[Row]) -> None:
    assert len(must_pass) >= 3 and len(must_fail) >= 2, name
    TABLES.extend((name, kind, row) for kind, rows in (("pass", must_pass), ("fail", must_fail)) for row in rows)


EXPELLED = "Norway expelled two Chilean diplomats."

# group references: "they", "them", "their", "the two", "the pair", "both", "the diplomats" stand for the
# most recent group of people, as whose people they are ("two Chilean diplomats" -> Chile)
# context.Context._reference (lex.group_pronouns, group_words, people_nouns), Context._remember (_groups)
rule("group-references", must_pass=[
    ((EXPELLED, "The two were given 48 hours to leave."), "the two", "chile group"),
    ((EXPELLED, "Both must leave by Friday."), "both", "chile group"),
    ((EXPELLED, "They were given 48 hours."), "they", "chile group"),
    ((EXPELLED, "The pair left on Friday."), "the pair", "chile group"),
    ((EXPELLED, "The trio left."), "the trio", "chile group"),
    ((EXPELLED, "The diplomats left on Friday."), "the diplomats", "chile group"),
    ((EXPELLED, "These diplomats left."), "these diplomats", "chile group"),
    ((EXPELLED, "Their departure was swift."), "their", "chile group"),
    ((EXPELLED, "Acme bought Borealis.", "The two left on Friday."), "the two", "chile group"),
    ((EXPELLED, "Chile then expelled three Norwegian officials.", "The three left."), "the three",
     "norway group"),
    bug("'both' before a people noun ('Both diplomats must leave') is the same group as 'both' alone; the "
        "code leaves 'both' unresolved when a people noun follows and 'diplomats' without 'the' is not "
        "resolved either, so the sentence names no party",
        (EXPELLED, "Both diplomats must leave by Friday."), "both", "chile group"),
    bug("a counted group phrase should pick the group of that size: after 'two Chilean diplomats' and "
        "'three Norwegian officials', 'the two' are the Chileans; the code takes the most recent group "
        "whatever its size (Norway's three)",
        (EXPELLED, "Chile then expelled three Norwegian officials.", "The two left."), "the two",
        "chile group"),
], must_fail=[
    (("Norway expelled the envoy.", "The two were given 48 hours to leave."), "the two", "-"),
    (("Acme bought Borealis.", "They paid $2 billion."), "they", "-"),
    ((EXPELLED, "The two of them left."), "the two", "-"),
    bug("'the two countries' are Norway and Chile, not the group of diplomats: a group word followed by a "
        "noun that is no people noun should not resolve to a group of people; the code resolves 'the two' "
        "to Chile's diplomats",
        (EXPELLED, "The two countries have clashed before."), "the two", "!chile"),
])

# person pronouns: "he", "she", "his", "her" stand for the most recent person
# context.Context._reference (lex.person_refs), Context._latest
# a pronoun opening a sentence prefers the person the sentence before opened on as its subject; otherwise
# the most recent person (context.Context._person_subject)
rule("person-pronouns", must_pass=[
    (("Judge Ann Hart sentenced Maria Lopez.", "She ruled that the fraud was deliberate."), "she", "judge-hart"),
    (("Judge Ann Hart sentenced Maria Lopez.", "She said the fraud was vast."), "she", "judge-hart"),
    (("Maria Lopez was sentenced by Judge Ann Hart.", "She will appeal."), "she", "maria-lopez"),
    (("In May, Judge Ann Hart met Maria Lopez.", "She set a date for the trial."), "she", "judge-hart"),
    (("Maria Lopez stood trial.", "Acme praised the verdict.", "She will appeal."), "she", "maria-lopez"),
    (("Northfield signed Tomas Berg.", "His fee was 9 million euros."), "his", "tomas-berg"),
], must_fail=[
    (("Acme bought Borealis.", "He said the deal was fair."), "he", "-"),
    (("Norway expelled two Chilean diplomats.", "She gave no reason."), "she", "-"),
    # a person the base does not know, named before the pronoun, is the one meant (context._stranger_before)
    (("Judge Ann Hart sentenced Maria Lopez.", "Bernie Madoff died while serving his 150-year term."), "his",
     "-"),
    (("Maria Lopez stood trial.", "Like Ross Ulbricht, he was jailed for life."), "he", "-"),
    (("Judge Ann Hart sentenced Maria Lopez.", "Acme bought Borealis.", "It paid $2 billion."), "it",
     "!maria-lopez"),
])

# thing pronouns: "it", "its" stand for the most recent country, government or organisation; a capital
# named as a party speaks for its country
# context.Context._reference (lex.thing_refs), Context._remember (metonym)
rule("thing-pronouns", must_pass=[
    (("Acme bought Borealis.", "It paid $2 billion."), "it", "borealis"),
    (("Oslo expelled the envoy.", "It gave no reason."), "it", "norway"),
    (("Chile's foreign ministry protested.", "It summoned the envoy."), "it", "chile-ministry"),
    (("Chile protested.", "Acme made a bid before it paid $2 billion."), "it", "acme"),
    (("Acme bought Borealis.", "In a statement, Borealis said it was pleased."), "it", "borealis"),
    (("Norway expelled the envoy.", "Chile's ambassador was later summoned by it."), "it", "norway by"),
    bug("'It paid $2 billion' after 'Acme bought Borealis' is the buyer, the previous subject; the code "
        "takes the most recent organisation (Borealis)",
        ("Acme bought Borealis.", "It paid $2 billion."), "it", "acme"),
], must_fail=[
    (("Maria Lopez was jailed.", "It was a long trial."), "it", "-"),
    (("Fighting broke out in Patagonia.", "It spread quickly."), "it", "-"),
    (("Tomas Berg scored twice.", "It was his first goal."), "it", "-"),
    # a sentence that opens on a thing brought in with "a" speaks of that thing (context._new_thing_before)
    (("Acme bought Borealis.", "Earlier a small plane was diverted after it failed to land."), "it", "-"),
    (("Chile protested.", "A convoy of trucks turned back when it met a landslide."), "it", "-"),
])

# the sentence's own subject: a pronoun after the first party of its sentence refers to it
# context.Context._subject
rule("sentence-subject", must_pass=[
    (("Norway expelled the envoy, and it gave no reason.",), "it", "norway"),
    (("Chile protested.", "Norway expelled the envoy, and it gave no reason."), "it", "norway"),
    (("Acme said its profit rose.",), "its", "acme"),
    (("Chile protested.", "Oslo cited reciprocity when it expelled the envoy."), "it", "norway"),
    (("Tomas Berg said he would stay.",), "he", "tomas-berg"),
], must_fail=[
    (("Maria Lopez said it was unfair.",), "it", "-"),
    (("In Oslo, it rained.",), "it", "-"),
    (("Acme bought Borealis.", "Maria Lopez said it was unfair."), "it", "!maria-lopez"),
    bug("a pronoun inside a reported clause refers to that clause's subject: in 'Acme says Borealis "
        "overstated its revenue' the revenue is Borealis's; the code resolves 'its' to the first party of "
        "the sentence (Acme)",
        ("Acme says Borealis overstated its revenue.",), "its", "borealis"),
])

# a pronoun in a relative clause refers to the noun the clause hangs from, not to the sentence's subject
# context.Context._subject (lex.relative_pronouns)
rule("relative-clause-subject", must_pass=[
    (("Acme followed Borealis, which said it would cut 500 jobs.",), "it", "borealis"),
    (("Acme acted after a move by Northfield, which said it would sell.",), "it", "northfield"),
    (("Norway followed Chile, who said it had expelled two envoys.",), "it", "chile"),
], must_fail=[
    (("Acme, which said it would cut 500 jobs, bought Borealis.",), "it", "acme"),
    (("Acme followed the plan, which said it would cut 500 jobs.",), "it", "acme"),
])

# kind nouns: "the ministry" is the newest entity with that word in a name; "the country", "the region",
# "the company", "the judge" the newest entity of the kind the noun names
# context.Context._reference (lex.kind_nouns), Context._by_noun
rule("kind-nouns", must_pass=[
    (("Chile's foreign ministry protested.", "The ministry summoned the envoy."), "the ministry",
     "chile-ministry"),
    (("Norway expelled the envoy.", "The country gave no reason."), "the country", "norway"),
    (("Fighting broke out in Patagonia.", "The region was sealed off."), "the region", "patagonia"),
    (("The quake struck Jajarkot.", "The district lost power."), "the district", "jajarkot"),
    (("Acme bought Borealis.", "The company paid $2 billion."), "the company", "borealis"),
    (("Judge Ann Hart sentenced Lopez.", "The judge called the fraud vast."), "the judge", "judge-hart"),
    bug("'the club' is a common name for a sports organisation; 'club' is not among the kind nouns, so "
        "'The club paid 9 million euros' after 'Tomas Berg joined Northfield' names no party",
        ("Tomas Berg joined Northfield.", "The club paid 9 million euros."), "the club", "northfield"),
], must_fail=[
    (("Norway expelled the envoy.", "The company paid $2 billion."), "the company", "-"),
    # the article of a name is no reference: "The Company Store" is named, not "the company" before it
    (("Acme bought Borealis.", "The Company Store paid $2 billion."), "the company", "-"),
    (("Norway expelled the envoy.", "The enclave was sealed off."), "the enclave", "-"),
    (("Norway expelled the envoy.", "The court upheld the order."), "the court", "-"),
    (("Acme bought Borealis.", "The judge approved the deal."), "the judge", "-"),
    # a regulator is a public body: "Acme faced more trouble as the regulator fined it" is not Acme
    (("Acme bought Borealis.", "The regulator fined it."), "the regulator", "-"),
])

# head nouns: "the airline", "the committee" take up the newest body the story named whose name ends on
# that noun, or the one body so named that is part of a party the story named ("Acme ... the committee")
# context.Context._reference, Context._by_head, EntityRegistry.headed
rule("head-nouns", must_pass=[
    (("Kestrel Airlines grounded its jets.", "The airline said checks would take days."), "the airline",
     "kestrel-airlines"),
    (("Kestrel Airlines grounded its jets.", "Acme bought Borealis.", "The airline said checks would take "
      "days."), "the airline", "kestrel-airlines"),
    (("Acme posted a loss.", "The committee will meet in May."), "the committee", "acme-committee"),
    (("Acme Audit Committee met.", "Acme bought Borealis.", "The committee backed the deal."), "the committee",
     "acme-committee"),
], must_fail=[
    (("Kestrel Airlines grounded its jets.", "The committee met."), "the committee", "-"),
    (("Norway expelled the envoy.", "The committee will meet in May."), "the committee", "-"),
    (("Acme posted a loss.", "The committee of inquiry will meet in May."), "the committee", "-"),
    (("Kestrel Airlines grounded its jets.", "The Airline Pilots Association protested."), "the airline", "-"),
])


# a pronoun with a verb contracted onto it ("she'll", "they've") refers as the pronoun does
# (context._bare, lex.contractions); "it's" is left out of the pack: "It's official" refers to nothing
rule("contracted-pronouns", must_pass=[
    (("Judge Ann Hart sentenced Maria Lopez.", "She'll appeal the verdict."), "she'll", "judge-hart"),
    (("Maria Lopez stood trial.", "My guess is she'll serve ten years."), "she'll", "maria-lopez"),
    (("Acme cut 500 jobs.", "It'll pay 2 billion euros in severance."), "it'll", "acme"),
], must_fail=[
    (("Acme bought Borealis.", "It's official: the deal is done."), "it's", "-"),
    (("Judge Ann Hart sentenced Maria Lopez.", "Well, that was quick."), "well", "-"),
])

# a group named as such ("her lawyers", kind group) is what "they" stands for, itself and not as whose people
# they are (Context._remember, _they); "both" before a noun phrase still looks for whose people
rule("they-for-a-named-group", must_pass=[
    (("Her lawyers argued for leniency.", "They asked for five years."), "they", "lopez-lawyers"),
    (("Maria Lopez stood trial.", "Her lawyers argued for leniency.", "They asked for five years."), "they",
     "lopez-lawyers"),
    (("Norway expelled two Chilean diplomats.", "Her lawyers argued for leniency.", "They asked for five years."),
     "they", "lopez-lawyers"),
], must_fail=[
    # people of a country named after the group: "they" are those people, as whose people
    (("Her lawyers argued for leniency.", "Norway expelled two Chilean diplomats.", "They left on Monday."),
     "they", "chile group"),
    (("Maria Lopez stood trial.", "They asked for five years."), "they", "-"),
])

def _param(name: str, kind: str, row: Row, n: int) -> object:
    if isinstance(row, Bug):
        return pytest.param(*row.row, id=f"{name}-{kind}-{n}",
                            marks=pytest.mark.xfail(strict=True, reason=row.reason))
    return pytest.param(*row, id=f"{name}-{kind}-{n}")


@pytest.mark.parametrize(("doc", "phrase", "expect"),
                         [_param(name, kind, row, n) for n, (name, kind, row) in enumerate(TABLES)])
def test_rule(doc: tuple[str, ...], phrase: str, expect: str) -> None:
    check(doc, phrase, expect)


# resolve does not remember: only observe carries a sentence's parties to the next one
# context.Context.resolve (saved state), Context.observe
def test_resolve_alone_remembers_nothing() -> None:
    context = Context(REGISTRY, LEX)
    context.resolve(extract(EXPELLED, REGISTRY, LEX))  # read, not observed
    m = context.resolve(extract("The two were given 48 hours.", REGISTRY, LEX))
    assert not any(p.resolved for p in m.parties)
    assert context.seen == set()


def test_observe_remembers_named_and_resolved_parties() -> None:
    context, m = read((EXPELLED, "The two were given 48 hours."))
    assert context.seen == {"norway", "chile"}
    context.observe(m)
    assert context.seen == {"norway", "chile"}
    context.observe(context.resolve(extract("Acme bought Borealis.", REGISTRY, LEX)))
    assert {"acme", "borealis"} <= context.seen


def test_named_parties_are_not_resolved_again() -> None:
    """A name is never replaced: only words that name no entity become resolved parties."""
    _context, m = read(("Chile protested.", "Norway expelled two Chilean diplomats."))
    assert [(p.mention.entity, p.resolved) for p in m.parties] == [("norway", False), ("chile", False)]


def test_sentence_without_references_is_returned_unchanged() -> None:
    context = Context(REGISTRY, LEX)
    m = extract("Norway expelled two Chilean diplomats.", REGISTRY, LEX)
    assert context.resolve(m) is m


def test_recency_is_bounded() -> None:
    """A reference reaches back a few paragraphs at most: after many other parties, 'the ministry' is gone."""
    filler = tuple(f"{name} issued a statement." for name in
                   ("Norway", "Chile", "Nepal", "Acme", "Borealis", "Northfield", "Tomas Berg", "Maria Lopez",
                    "Judge Ann Hart", "Orion Bank", "Kestrel Airlines", "Harbor Foods", "Delta Mining"))
    assert resolved(("Chile's foreign ministry protested.", "The ministry summoned the envoy."),
                    "the ministry") == "chile-ministry"
    assert resolved(("Chile's foreign ministry protested.", *filler, "The ministry summoned the envoy."),
                    "the ministry") == "-"


def test_every_rule_has_enough_examples() -> None:
    for name in {n for n, _k, _r in TABLES}:
        kinds = [k for n, k, _r in TABLES if n == name]
        assert kinds.count("pass") >= 3 and kinds.count("fail") >= 2, name
