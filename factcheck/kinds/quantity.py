"""Amounts in a unit: money, percentages, distances, areas, weights, magnitudes.

Copy puts the unit before the figure ("$8 billion", "€2.5m", "US$1.2 trillion", "magnitude 6.4", "Rs 1.9
lakh") or after it ("8bn dollars", "5.25%", "331 km", "a 6.4-magnitude quake", "6.4 on the Richter scale"),
and names one unit many ways. Units and their aliases come from the lexicon, each with its dimension and
its size in that dimension, so "206 miles" can be checked against a record of 331 kilometres. Currencies
never convert into one another (no rate is fixed); a bare "$" may stand for any dollar.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from factcheck.findings import Discrepancy
from factcheck.keywords import base_forms, lemmas, readings, split_keyword
from factcheck.kinds.base import (
    Context,
    Example,
    Kind,
    Result,
    Unconfirmed,
    describe_large,
    describe_recorded,
    elsewhere,
    fit,
    increment,
    recorded,
    round_significant,
    significant_digits,
)
from factcheck.kinds.numbers import Number, Token, adjacent, hedge, phrase_at, phrase_ending, span_text, tokenize
from factcheck.lexicon import Lexicon, Unit, lexicon, phrase_words
from factcheck.plain import QuantityValue

if TYPE_CHECKING:
    from factcheck.analysis import Predication
    from factcheck.mentions import Mentions


class Amount(NamedTuple):
    """A figure with its unit, at tokens ``first``..``last`` (currency sign and unit words included)."""

    first: int
    last: int
    number: Number
    value: float  # in ``unit``
    high: float | None
    unit: str  # a unit id of the lexicon
    text: str
    precision: float  # half a unit of the last written digit, in ``unit``


def read_amounts(tokens: tuple[Token, ...], numbers: list[Number], lex: Lexicon | None = None) -> list[Amount]:
    """Every figure that carries a unit the lexicon knows."""
    lex = lex or lexicon()
    out = []
    ending = {n.last: n for n in numbers}
    for number in numbers:
        first, last = number.first, number.last
        unit: str | None = None
        before = _before(tokens, number.first - 1, lex)
        if before is not None:
            first, unit = before
        scale = 1.0
        k = last + 1
        if k < len(tokens) and tokens[k].low in lex.amount_multipliers and adjacent(tokens, last, k):
            # "€2.5m", "$300k": a letter multiplier only where a currency makes it one
            named = phrase_at(tokens, k + 1, lex.unit_names_by_first)
            if unit is not None or (named is not None and currency(lex, named[1])):
                scale = lex.amount_multipliers[tokens[k].low]
                last = k
        j = last + 1
        if j < len(tokens) and tokens[j].low == "-" and adjacent(tokens, last, j):
            if before is None and _bare_scale(number.text, lex):
                continue  # "billion-dollar franchises", "a million-euro home": a size class, no amount
            j += 1  # "a 6.4-magnitude quake", "a 500-km drive"
        named = phrase_at(tokens, j, lex.unit_names_by_first)
        if named is None and number.share:
            named = phrase_at(tokens, j, lex.unit_after_fraction_by_first)
        if named is not None:
            length, uid = named
            if unit is None or _compatible(lex.units[unit], lex.units[uid]):
                unit = unit or uid
                last = j + length - 1
        if unit is None:
            continue
        high = number.high * scale if number.high is not None else None
        out.append(Amount(first, last, number, number.value * scale, high, unit, span_text(tokens, first, last),
                          number.precision * scale))
        shared = ending.get(number.first - 2) if before is None and number.first >= 2 else None
        if shared is not None and tokens[number.first - 1].low in lex.coordinators and shared.high is None \
                and _before(tokens, shared.first - 1, lex) is None:
            # "the 7.8 and 7.5-magnitude quakes": the unit after the last figure is the first one's too
            out.append(Amount(shared.first, shared.last, shared, shared.value * scale, None, unit,
                              f"{shared.text} {unit}", shared.precision * scale))
    return sorted(out)


def _shares_unit(m: Mentions, amount: Amount, p: Predication, lex: Lexicon) -> bool:
    """Whether the amount is a figure that borrows its unit from the next one, which the event holds ("the
    7.8 and 7.5-magnitude quakes"): the two figures are one phrase, the event's as much as the last."""
    k = amount.last + 1
    return amount.last == amount.number.last and k < len(m.tokens) and m.tokens[k].low in lex.coordinators \
        and any(a.number.first == k + 1 and p.holds(a.number.first, a.number.last) for a in m.amounts)


def _bare_scale(text: str, lex: Lexicon) -> bool:
    """A scale word with no figure of its own ("billion", "a million"), as in the compound adjective
    "billion-dollar"."""
    words = text.lower().split()
    return bool(words) and words[-1] in lex.scale_words and all(w in lex.determiners for w in words[:-1])


def _before(tokens: tuple[Token, ...], k: int, lex: Lexicon) -> tuple[int, str] | None:
    """A unit written before the figure ending at token k: "$", "US$", "Rs", "magnitude", "a magnitude of"."""
    for n in (3, 2, 1):
        start = k - n + 1
        if start < 0:
            continue
        words = tuple(t.low for t in tokens[start:k + 1])
        uid = lex.unit_before.get(words)
        if uid is None:
            continue
        if any(not w.isalpha() for w in words) and n > 1 and not all(
                adjacent(tokens, i, i + 1) for i in range(start, k)):
            continue  # "A$" is a currency, "a $5 fee" is not
        return start, uid
    return None


def currency(lex: Lexicon, uid: str) -> bool:
    """A unit that copy also writes before the figure: a currency, whose letter multipliers are unambiguous."""
    return any(u == uid for u in lex.unit_before.values())


def _compatible(a: Unit, b: Unit) -> bool:
    return a.dimension == b.dimension or a.dimension in b.also or b.dimension in a.also


def unit_of(text: str, lex: Lexicon | None = None) -> Unit | None:
    """The lexicon's unit for a claim's ``unit`` field ("dollars", "USD", "$", "per cent", "km"), if any."""
    lex = lex or lexicon()
    words = phrase_words(text)
    if not words:
        return None
    for phrase, uid in lex.unit_names_by_first.get(words[0], ()):
        if phrase == words:
            return lex.units[uid]
    return lex.units.get(lex.unit_before.get(words) or text.lower())


def compare(value: QuantityValue, ctx: Context) -> Result:
    m, p = ctx.mentions, ctx.predication
    claim = recorded(value.number, value.to, value.bound, value.tolerance, value.approx)
    lex = ctx.lex
    unit = unit_of(value.unit, lex)
    if unit is None:
        return _by_word(value, m, p, lex)
    results = []
    compared: list[Amount] = []
    converted: list[float] = []  # each compared figure in the claim's unit
    level_of_another = unit.dimension == "percent" and bool(ctx.claim_words) and _level_of_another(m, p, ctx)
    for amount in m.amounts:
        if not p.holds(amount.number.first, amount.number.last) and not _shares_unit(m, amount, p, lex):
            continue
        stated = lex.units[amount.unit]
        if not _compatible(unit, stated):
            continue
        if stated.dimension == "percent" and ctx.claim_words and _share_of_another(m, amount.last, ctx):
            continue  # "with 86.6% of polling stations counted": a share of something the claim does not measure
        if ctx.claim_words and _measures_another(m, amount, ctx):
            continue  # "unemployment remains at 3.6%" against the inflation rate: another thing's level
        if _level(m.tokens, amount, lex) and _step(value.phrase, lex):
            continue  # "options now worth more than $100 billion" against a step "rising by $50 billion"
        if level_of_another and amount.first > p.span[1]:
            continue  # "UK inflation remained unchanged at 8.7%" against a bank rate left at 5%
        if stated.dimension == "length" and _from_the_event(m, amount, p.span, ctx.lex):
            continue  # "Rabat, some 350 km away from the epicentre": another place's distance from the event
        if ctx.claim_words and stated.dimension == "length" and _other_direction(m, amount, ctx):
            continue  # "found over 2 miles beneath the surface" against debris 1,600 feet off the bow: a depth
        if ctx.claim_words and _qualifies_another(m, amount, ctx):
            continue  # "the 75-yard game-winning drive" against a 3-yard touchdown pass: the drive's length
        factor = stated.factor / unit.factor if stated.dimension == unit.dimension else 1.0
        if _another_scale(amount.value * factor, value.number):
            continue  # "a close of $119.59" against a $28 billion deal: a price per share, not the total
        # a figure converted from another unit, or rounded to its scale word ("$11 billion" for a record of
        # $11.02 billion), may stray by half its last written digit
        # "$60B": a scale letter read with the unit scales the figure as a scale word does
        scaled = amount.number.places < 0 or abs(amount.value) >= 1000 * abs(amount.number.value) > 0
        # (but no further than a figure cut short may stray: "€3 million" is no rounding of €2.5 million)
        slack = amount.precision * factor if factor != 1.0 else (
            min(amount.precision, _CUT_SHARE * abs(value.number)) if scaled else 0.0)
        hedged = hedge(m.tokens, amount.first, amount.last, lex)
        if factor == 1.0 and 0 <= amount.number.places < _decimals(value.number) and (
                hedged == "approx" or 2 * amount.precision <= _CUT_SHARE * abs(value.number)):
            # "55%" for a record of 55.69%: copy writes fewer decimals than the record, and often cuts
            # them off rather than rounding; a full unit of the last written digit either way, as long
            # as that unit is small beside the figure ("5%" is no cut-off 5.25% bank rate) or the copy
            # says it is approximate ("about 12 points" for 11.4)
            slack = max(slack, 2 * amount.precision)
        if hedged == "exact" and scaled and value.number \
                and _round_figure(amount.value * factor, value.number):
            # "Microsoft to buy Activision for $70 billion" against $68.7 billion: a round figure with a scale
            # word, that the record rounds to, close beside it ("$11,000,000,000", written out, is exact)
            slack = max(slack, abs(amount.value * factor - value.number))
        high = amount.high * factor if amount.high is not None else None
        result = fit(claim, amount.value * factor, high, hedged, slack)
        if result is True:
            return True
        results.append(result)
        compared.append(amount)
        converted.append(amount.value * factor)
    added = [increment(m.tokens, a.first, lex) for a in compared]
    if added and all(added):
        return None  # "another 0.25%", "another $50 million personally": only what was added, never the whole
    if any(added):
        # "$1.81 billion within 15 months, and a further $2.51 billion": the parts of one whole
        # (more than the whole is an error; less may leave a part unsaid)
        total = sum(converted)
        slack = sum(a.precision for a in compared)
        if fit(claim, total, None, "exact", slack) is True:
            return True
        parts = " + ".join(a.text for a in compared)
        if total - slack > claim.hi:
            return Discrepancy(value.field, describe(value), parts)
        return Unconfirmed(value.field, describe(value), parts)
    if not compared or None in results or elsewhere(ctx, compared[0].first):
        return None
    return Discrepancy(value.field, describe(value), compared[0].text)


def _from_the_event(m: Mentions, amount: Amount, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a length is measured from the event word itself ("350 km away from the epicentre", "an area
    that spans 200 miles around the epicenter"): the distance of some other place from where the event was,
    or the reach of its effects, not the event's distance from the claim's place."""
    tokens = m.tokens
    start = amount.last + 1
    if start < len(tokens) and tokens[start].text in ("(", "["):  # "200 miles [322 km] around the epicenter"
        start = next((j + 1 for j in range(start, min(len(tokens), start + 8)) if tokens[j].text in (")", "]")),
                     start)
    for k in range(start, min(len(tokens), start + 3)):
        if tokens[k].low in lex.radius_words or (
                tokens[k].low in lex.measure_relations and lex.measure_relations[tokens[k].low] == "distance"):
            j = k + 1
            while j < len(tokens) and tokens[j].low in lex.determiners:
                j += 1
            if j == span[0]:
                return True
    return False


def _other_direction(m: Mentions, amount: Amount, ctx: Context) -> bool:
    """Whether a length is measured in another direction than the claim's: the word right after it ("2 miles
    beneath", "16,000 feet up") or a measure noun just before it ("at a depth of") says which, and the
    claim's own words name only other directions. A claim naming none is compared as before."""
    relations = ctx.lex.measure_relations
    tokens = m.tokens
    k = amount.last + 1
    if k < len(tokens) and tokens[k].text == "(":  # "24.2 miles (39 kilometers) above the earth"
        k = next((j + 1 for j in range(k, min(len(tokens), k + 8)) if tokens[j].text == ")"), k)
    found = next((relations[t.low] for t in tokens[k:k + 2] if t.low in relations), None)
    if found is None:
        found = next((relations[t.low] for t in tokens[max(0, amount.first - 3):amount.first]
                      if t.low in relations and "NOUN" in readings(t.low)), None)
    if found is None:
        return False
    own = {relations[w] for w in ctx.claim_words if w in relations}
    return bool(own) and found not in own


def _qualifies_another(m: Mentions, amount: Amount, ctx: Context) -> bool:
    """Whether a measure hyphenated before a noun ("a 75-yard drive", "a 14-play, 75-yard game-winning drive"),
    or a share set between an article and a noun ("an 80 percent turnout"), measures a noun the claim never uses: the
    first noun after it, past adjectives and other hyphenated words, is not among the claim's words."""
    tokens = m.tokens
    k = amount.last + 1
    if amount.first >= 1 and tokens[amount.first - 1].low in ctx.lex.indefinite_articles \
            and ctx.lex.units[amount.unit].dimension == "percent" and tokens[amount.last - 1].low != "-" \
            and k < len(tokens):
        # "an 80 percent turnout": an article before a share and a noun right after its unit make one noun
        # phrase, the share a measure of that noun ("a Category 1 hurricane" is the thing itself)
        word = tokens[k].low
        return word.isalpha() and tokens[k].text.islower() and set(readings(word)) == {"NOUN"} \
            and not ({word} | base_forms(word)) & ctx.claim_words
    if amount.last < 1 or tokens[amount.last - 1].low != "-":
        return False  # written "75 yards": no noun qualified
    while k < len(tokens) and k - amount.last <= 6:
        word = tokens[k].low
        if word == "-" or (word.isalpha() and set(readings(word)) <= {"ADJ"} and readings(word)) \
                or (k + 1 < len(tokens) and tokens[k + 1].low == "-") or tokens[k - 1].low == "-":
            k += 1
            continue  # "game-winning", "decisive"
        return word.isalpha() and "NOUN" in readings(word) and not ({word} | base_forms(word)) & ctx.claim_words
    return False


def _round_figure(found: float, recorded: float) -> bool:
    """Whether ``found`` is ``recorded`` rounded to fewer significant digits, and within the cut-off share."""
    digits = significant_digits(found)
    if not 0 < digits < significant_digits(recorded) or abs(found - recorded) > _CUT_SHARE * abs(recorded):
        return False
    return math.isclose(round_significant(recorded, digits), found, rel_tol=1e-9)


def _another_scale(found: float, recorded: float) -> bool:
    """Figures ten thousand times apart or more measure different things (a share price and a deal's
    value); a scale-word slip ("$28 million" for "$28 billion") stays within a thousand."""
    if found <= 0 or recorded <= 0:
        return False
    return max(found, recorded) / min(found, recorded) >= _SCALE_APART


_SCALE_APART = 1e4
_CUT_SHARE = 0.025  # the most a figure written with fewer decimals may lose by cutting them off


def _decimals(number: float) -> int:
    """How many decimals a recorded figure carries (55.69 -> 2, 17.0 -> 0)."""
    return next((k for k in range(7) if round(number, k) == number), 7)


def _share_of_another(m: Mentions, last: int, ctx: Context) -> bool:
    """Whether the percentage ending at token ``last`` is said to be "of" a noun the claim never uses."""
    tokens = m.tokens
    k = last + 1
    if k >= len(tokens) or tokens[k].low != "of":
        return False
    # the noun phrase after "of": modifiers up to its first noun, and the nouns right after it
    head: list[str] = []
    noun = False
    for tok in tokens[k + 1:k + 6]:
        if tok.low in ctx.lex.determiners or (tok.low.endswith("'s") and not head):
            continue
        is_noun = "NOUN" in readings(tok.low) or not readings(tok.low)
        if not tok.low.isalpha() or (noun and not is_noun):
            break
        head.append(tok.low)
        noun = noun or is_noun
    return bool(head) and not any(({w} | lemmas(w)) & ctx.claim_words for w in head)


def _step(phrase: str | None, lex: Lexicon) -> bool:
    """Whether the record's own words give its amount as the size of a change ("rising by $50 billion")."""
    words = [t.low for t in tokenize(phrase)] if phrase else []
    return any(w in lex.change_words and words[k + 1] in lex.change_prepositions
               for k, w in enumerate(words[:-1]))


def _level(tokens: tuple[Token, ...], amount: Amount, lex: Lexicon) -> bool:
    """Whether a level cue ("worth", "valued at") stands right before the amount, past its hedge."""
    k = amount.first - 1
    hedged = phrase_ending(tokens, k, lex.number_bounds)
    if hedged is not None:
        k = hedged[0] - 1
    return phrase_ending(tokens, k, lex.level_cues) is not None


def _measures_another(m: Mentions, amount: Amount, ctx: Context) -> bool:
    """Whether the figure is the level reached by a noun the claim never uses: "unemployment remains at a
    low 3.6 percent", "revenue grew 16 per cent to 3.7 billion euros", the subject of the verb the figure is
    reached by, with no object between. People and parties are no measured things."""
    tokens, lex = m.tokens, ctx.lex
    hedges = lex.value_bound_words
    k = amount.first - 1
    while k >= 0 and ((tokens[k].low in hedges and tokens[k].low not in lex.level_prepositions)
                      or tokens[k].low in lex.determiners or set(readings(tokens[k].low)) == {
            "ADJ"} or (k and "ADJ" in readings(tokens[k].low) and tokens[k - 1].low in lex.determiners)):
        k -= 1  # "at a low 3.6 percent", "at over 6%" (not "to record €13 million": an infinitive)
    if k < 2 or tokens[k].low not in lex.level_prepositions:
        return False
    figures = {i for a in m.amounts for i in range(a.first, a.last + 1)}
    steps = 0  # the words back to the verb, past figures and asides in brackets
    j = k - 1
    while j >= 0 and steps < 8:
        if tokens[j].low == ")":
            j = next((i for i in range(j - 1, max(-1, j - 8), -1) if tokens[i].low == "("), j) - 1
            continue  # "grew 16 per cent (on-year) to 3.7 billion euros"
        if _finite(tokens[j].low, lex):
            break
        if tokens[j].low in lex.clause_breaks:
            return False
        if j not in figures and tokens[j].low.isalpha() and "NOUN" in readings(tokens[j].low) \
                and tokens[j].low not in lex.time_nouns:
            return False  # "recorded the tremor at magnitude 4.6": an object between, which may be the event itself
        steps += 1
        j -= 1
    if j < 1 or not _finite(tokens[j].low, lex):
        return False
    return _another_subject(m, j, ctx)


def _another_subject(m: Mentions, verb: int, ctx: Context) -> bool:
    """Whether the subject noun of the verb at ``verb`` is one the claim never uses (and no party or person)."""
    tokens, lex = m.tokens, ctx.lex
    noun = verb - 1
    while noun >= 0 and (tokens[noun].low in lex.linking_verbs or tokens[noun].low in lex.passive_auxiliaries
                         or set(readings(tokens[noun].low)) == {"ADV"}):
        noun -= 1  # "has reportedly been easing", "was trading"
    if noun < 0 or not tokens[noun].low.isalpha() or "NOUN" not in readings(tokens[noun].low) \
            or tokens[noun].low in lex.relative_pronouns:
        return False
    if any(party.first <= noun <= party.last for party in m.parties):
        return False  # "the Bank raised its rate to 5%": a party acts, it is not what is measured
    return not _claims(tokens[noun].low, ctx)


def _finite(word: str, lex: Lexicon) -> bool:
    """A verb form that can head a clause ("remains", "grew", "priced", "trading"), not a noun."""
    known = readings(word)
    # (not "hikes interest rates to 5%": a plural noun may read as a verb too)
    return word in lex.linking_verbs or ("VERB" in known and word.endswith(("ed", "ing")) and word.isalpha()) \
        or (set(known) == {"VERB"} and word.isalpha())


def _claims(word: str, ctx: Context) -> bool:
    """Whether the claim uses the word, in any inflection, or it is a word for people (never a measure)."""
    return bool(({word} | lemmas(word)) & ctx.claim_words) or word in ctx.lex.people_nouns \
        or word in ctx.lex.person_nouns


def _level_of_another(m: Mentions, p: Predication, ctx: Context) -> bool:
    """Whether the event word states the level of a subject noun the claim never uses: "UK inflation
    remained unchanged at 8.7%", where the claim's figure is the rate a voter wanted left unchanged."""
    tokens = m.tokens
    k = p.span[0] - 1
    while k >= 0 and tokens[k].low in ctx.lex.linking_verbs:
        k -= 1
    if k < 0 or k == p.span[0] - 1 or not tokens[k].low.isalpha() or "NOUN" not in readings(tokens[k].low):
        return False
    if any(party.first <= k <= party.last for party in m.parties):
        return False  # "the Bank held rates": a party, not a measured thing
    return not ({tokens[k].low} | lemmas(tokens[k].low)) & ctx.claim_words


def _by_word(value: QuantityValue, m: Mentions, p: Predication, lex: Lexicon) -> Result:
    """A unit the lexicon does not know: compared on the word right after the figure ("95 cents a share")."""
    unit = base_forms(split_keyword(value.unit)[-1])
    compared = [n for n, after in m.counts if after and base_forms(after[0]) & unit and p.holds(n.first, n.last)]
    if not compared:
        return None
    claim = recorded(value.number, value.to, value.bound, value.tolerance, value.approx)
    fits = [fit(claim, n.value, n.high, hedge(m.tokens, n.first, n.last, lex)) for n in compared]
    if any(f is True for f in fits):
        return True
    if any(f is None for f in fits):
        return None
    return Discrepancy(value.field, describe(value), f"{compared[0].text} {value.unit}")


def describe(value: QuantityValue) -> str:
    """"8 billion dollars", "about 500 kilometres", "at least 5.25 percent"."""
    figure = describe_recorded(value.number, value.to, value.bound, value.approx, describe_large)
    return f"{figure} {value.unit}"


def _q(number: float, unit: str = "dollars", **extra: object) -> dict[str, object]:
    return {"kind": "quantity", "number": number, "unit": unit, **extra}


EXAMPLES = (
    # a step in the record ("rising by $50 billion") is never a level the text gives ("worth $100 billion")
    Example("The options are now worth more than $100 billion.", _q(5e10, phrase="rising by $50 billion"), "none"),
    Example("Its options, valued at $100 billion, vested.", _q(5e10, phrase="rising by $50 billion"), "none"),
    Example("Each tranche vested as the value rose by $100 billion.", _q(5e10, phrase="rising by $50 billion"),
            "conflict"),
    Example("The options are now worth more than $100 billion.", _q(5e10), "conflict"),
    # money: symbols, codes, words, multipliers written out and abbreviated
    Example("FTX customers lost $8 billion.", _q(8e9), "confirm"),
    Example("FTX customers lost $9 billion.", _q(8e9), "conflict"),
    Example("FTX customers lost $8bn.", _q(8e9), "confirm"),
    Example("Customers lost 8bn dollars.", _q(8e9), "confirm"),
    Example("Customers lost 8 billion US dollars.", _q(8e9), "confirm"),
    Example("The deal was valued at $68.7bn.", _q(68.7e9, "USD"), "confirm"),
    Example("The deal was valued at $69.7bn.", _q(68.7e9, "USD"), "conflict"),
    Example("The fund holds US$1.2 trillion.", _q(1.2e12), "confirm"),
    Example("The ministry fined Keller Shipping €2.5m.", _q(2.5e6, "euros"), "confirm"),
    Example("The ministry fined Keller Shipping €3m.", _q(2.5e6, "euros"), "conflict"),
    Example("The ministry fined Keller Shipping 2.5 million euros.", _q(2.5e6, "euros"), "confirm"),
    Example("The ministry fined Keller Shipping 3 million euros.", _q(2.5e6, "euros"), "conflict"),
    Example("The ministry fined Keller Shipping €3 million.", _q(2.5e6, "euros"), "conflict"),
    Example("The club paid £3bn for the stadium.", _q(3e9, "pounds"), "confirm"),
    Example("UBS will pay 3 billion francs.", _q(3e9, "Swiss francs"), "confirm"),
    Example("UBS will pay 4 billion francs.", _q(3e9, "Swiss francs"), "conflict"),
    Example("UBS will pay CHF 3 billion.", _q(3e9, "Swiss francs"), "confirm"),
    Example("The club paid £300m for the stadium.", _q(3e9, "pounds"), "conflict"),
    Example("A$5 million was set aside.", _q(5e6, "dollars"), "confirm"),
    Example("He forfeited $11,020,000,000.", _q(11.02e9), "confirm"),
    Example("He forfeited $1,020,000,000.", _q(11.02e9), "conflict"),
    Example("He forfeited $11 billion.", _q(11.02e9), "confirm"),
    Example("He forfeited $11,000,000,000.", _q(11.02e9), "conflict"),
    # a round figure with a scale word, that the record rounds to, close beside it
    Example("Microsoft agreed to buy Activision for $70 billion.", _q(68.7e9), "confirm"),
    Example("Microsoft agreed to buy Activision for $70 billion.", _q(66.0e9), "conflict"),
    Example("Microsoft agreed to buy Activision for $70B.", _q(68.7e9), "confirm"),
    Example("Exxon agreed to buy Pioneer for $60B.", _q(59.5e9), "confirm"),
    Example("Exxon agreed to buy Pioneer for $60B.", _q(56.5e9), "conflict"),
    Example("Microsoft agreed to buy Activision for $69 billion.", _q(68.2e9), "conflict"),
    # Indian numbering
    Example("The state paid Rs 1.9 lakh to each family.", _q(190000, "rupees"), "confirm"),
    Example("The state paid ₹3 crore in relief.", _q(3e7, "rupees"), "confirm"),
    Example("The state paid ₹30 crore in relief.", _q(3e7, "rupees"), "conflict"),
    Example("The budget is Rs 1.9 lakh crore.", _q(1.9e12, "INR"), "confirm"),
    # another currency says nothing about this one
    Example("The ministry fined Keller Shipping $3m.", _q(2.5e6, "euros"), "none"),
    Example("The ministry fined Keller Shipping.", _q(2.5e6, "euros"), "none"),
    # percentages and points
    Example("The bank raised its rate to 5.25%.", _q(5.25, "percent"), "confirm"),
    Example("The bank raised its rate to 5.5 per cent.", _q(5.25, "percent"), "conflict"),
    # fewer decimals than the record: a cut-off figure only where the unit lost is small beside it
    Example("The bank raised its rate to 5%.", _q(5.25, "percent"), "conflict"),
    # a bound written after the figure: "magnitude 4 or higher" does not conflict with 6.4, "or lower" does
    Example("Six aftershocks were of magnitude 4 or higher.", _q(6.4, "magnitude"), "none"),
    Example("The quake had a magnitude of 5.4 or lower.", _q(6.4, "magnitude"), "conflict"),
    Example("Six aftershocks were of magnitude 4 or greater.", _q(6.4, "magnitude"), "none"),
    Example("The bank raised its rate to about 5%.", _q(5.25, "percent"), "confirm"),
    # a distance from the event word itself is another place's
    Example("Oslo, some 350 km away from the epicentre, felt it too.", _q(72, "km"), "none", event="epicentre"),
    Example("Oslo, some 350 km from the epicentre, felt it too.", _q(72, "km"), "none", event="epicentre"),
    Example("The epicentre was 350 km from Oslo.", _q(72, "km"), "conflict", event="epicentre"),
    # the reach of the event's effects, measured out from it, is no distance of the event from a place
    Example("Buildings fell across an area that spans 200 miles [322 km] around the epicenter.", _q(72, "km"),
            "none", event="epicenter"),
    Example("Homes were damaged within 200 miles (322 km) around the epicentre.", _q(72, "km"), "none",
            event="epicentre"),
    Example("Buildings fell 200 miles from Oslo, around the epicentre.", _q(72, "km"), "conflict", event="epicentre"),
    Example("The epicentre was 72 km away from Oslo.", _q(72, "km"), "confirm", event="epicentre"),
    # "closer to $250 than $278": both figures are points of a comparison
    Example("A price closer to $250 than $278 would suit shareholders.", _q(237.41), "none"),
    Example("A price nearer to $250 would suit shareholders.", _q(237.41), "none"),
    Example("The price was $250 a share.", _q(237.41), "conflict"),
    # a figure in brackets restates the one before it in other units, hedged as that one is
    Example("The fire burned more than 2,100 acres (850 hectares).", _q(2170, "acres"), "none"),
    Example("The fire burned about 2,100 acres (850 hectares).", _q(2170, "acres"), "confirm"),
    Example("The fire burned 2,100 acres (850 hectares).", _q(2170, "acres"), "conflict"),
    Example("The fire burned more than 2,400 acres (971 hectares).", _q(2170, "acres"), "conflict"),
    # a hedge holds across an article
    Example("The offer is close to a 7% premium.", _q(6.57, "percent"), "confirm"),
    Example("The offer is about a 7% premium.", _q(6.57, "percent"), "confirm"),
    Example("The offer is a 7% premium.", _q(6.57, "percent"), "conflict"),
    Example("The offer is close to a 9% premium.", _q(6.57, "percent"), "conflict"),
    Example("Acme paid $30 billion for the firm.", _q(28e9), "conflict"),
    Example("The rise was 0.25 percentage points.", _q(0.25, "percentage points"), "confirm"),
    Example("The rise was 25 basis points.", _q(0.25, "percentage points"), "confirm"),
    Example("The rise was 50 basis points.", _q(0.25, "percentage points"), "conflict"),
    Example("Acme led by 11.4 % points.", _q(11.4, "percentage points"), "confirm"),
    # a fraction of a unit; a bare "point" is a percentage point only after a fraction
    Example("The bank raised its rate by a quarter of a percentage point.", _q(0.25, "percentage points"),
            "confirm"),
    Example("The bank raised its rate by a quarter-point.", _q(0.25, "percentage points"), "confirm"),
    Example("The bank raised its rate by one quarter of one percentage point.", _q(0.25, "percentage points"),
            "confirm"),
    Example("The bank raised its rate by one half of one percentage point.", _q(0.25, "percentage points"),
            "conflict"),
    Example("The bank raised its rate by half a point.", _q(0.25, "percentage points"), "conflict"),
    Example("The bank raised its rate by three-quarters of a point.", _q(0.25, "percentage points"), "conflict"),
    Example("The bank raised its rate by three quarters of a point.", _q(0.75, "percentage points"), "confirm"),
    Example("The bank raised its rate by 25 points.", _q(0.25, "percentage points"), "none"),
    Example("The bank cut a quarter of its staff.", _q(0.25, "percentage points"), "none"),
    # a scale word joined to its unit is a size class ("billion-dollar franchises"), no amount
    Example("The deal brings billion-dollar franchises to Acme.", _q(68.7e9, "dollars"), "none"),
    Example("Acme bought a million-euro home.", _q(2e6, "euros"), "none"),
    Example("Acme paid a billion dollars.", _q(68.7e9, "dollars"), "conflict"),
    Example("Acme paid $68.7 billion-dollars.", _q(68.7e9, "dollars"), "confirm"),
    # figures ten thousand times apart measure different things; a scale-word slip is an error
    Example("Acme's shares closed at $119.59.", _q(28e9), "none"),
    Example("The deal is worth $28 million.", _q(28e9), "conflict"),
    # copy writes fewer decimals than the record, cut off or rounded
    Example("Acme won 55% of the vote.", _q(55.69, "percent"), "confirm"),
    Example("Acme won 56% of the vote.", _q(55.69, "percent"), "confirm"),
    Example("Acme won 57% of the vote.", _q(55.69, "percent"), "conflict"),
    Example("Acme won 55.1% of the vote.", _q(55.69, "percent"), "conflict"),
    Example("Acme took 7 % points more than Borealis.", _q(36.7, "percent"), "none"),
    # units before and after the figure, aliases, conversion
    Example("The quake had a magnitude of 6.4.", _q(6.4, "magnitude"), "confirm"),
    Example("A 6.4-magnitude quake hit the region.", _q(6.4, "magnitude"), "confirm"),
    # a figure may borrow the unit of the next one: "the 6.4 and 5.9-magnitude quakes" gives both magnitudes
    Example("The 6.4 and 5.9-magnitude quakes hit the region.", _q(6.4, "magnitude"), "confirm"),
    Example("The 6.9 and 5.9-magnitude quakes hit the region.", _q(6.4, "magnitude"), "conflict"),
    Example("An earthquake of magnitude 7.6 hit the region.", _q(6.4, "magnitude"), "conflict"),
    Example("It measured 6.4 on the Richter scale.", _q(6.4, "magnitude"), "confirm"),
    Example("The pipeline runs 331 km.", _q(331, "kilometres"), "confirm"),
    Example("The pipeline runs 331 kilometres.", _q(331, "km"), "confirm"),
    Example("The pipeline runs 206 miles.", _q(331, "kilometres"), "confirm"),
    Example("The pipeline runs 250 miles.", _q(331, "kilometres"), "conflict"),
    # bounds and approximations in the text
    Example("Customers lost at least $8 billion.", _q(8e9), "confirm"),
    Example("Customers lost more than $10 billion.", _q(8e9), "conflict"),
    Example("Customers lost more than $5 billion.", _q(8e9), "none"),
    Example("Inflation climbed beyond 140%.", _q(142.7, "percent"), "none"),
    Example("Inflation climbed beyond 150%.", _q(142.7, "percent"), "conflict"),
    Example("Customers lost about $8.3 billion.", _q(8e9), "confirm"),
    # precision recorded in the claim
    Example("Customers lost more than $5 billion.", _q(5e9, bound="min"), "confirm"),
    Example("Customers lost $8 billion.", _q(5e9, bound="min"), "none"),
    Example("Customers lost $3 billion.", _q(5e9, bound="min"), "conflict"),
    Example("The town lies 480 km away.", _q(500, "kilometres", approx=True), "confirm"),
    Example("The town lies 300 km away.", _q(500, "kilometres", approx=True), "conflict"),
    Example("The town lies 520 km away.", _q(500, "kilometres", tolerance=25), "confirm"),
    # a storm's category, written before its figure
    Example("Otis struck as a Category 5 hurricane.", _q(5, "category"), "confirm"),
    Example("Otis struck as a Category 4 hurricane.", _q(5, "category"), "conflict"),
    # speeds convert between km/h, mph and knots
    Example("The storm brought winds of 155 miles per hour.", _q(250, "km/h"), "confirm"),
    Example("The storm brought 165 mph winds.", _q(250, "km/h"), "conflict"),
    Example("The storm brought winds of 135 knots.", _q(250, "km/h"), "confirm"),
    Example("The storm brought 300 km/h winds.", _q(250, "kph"), "conflict"),
    # yards, hyphenated before their noun as well
    Example("He kicked a 27-yard field goal.", _q(27, "yards"), "confirm"),
    Example("He kicked a 37-yard field goal.", _q(27, "yards"), "conflict"),
    # "nearly" a round figure a little above a recorded figure with a tolerance
    Example("Inflation ran at nearly 150%.", _q(142.7, "percent", tolerance=0.8), "confirm"),
    Example("Inflation ran at almost 150%.", _q(142.7, "percent", tolerance=0.8), "confirm"),
    Example("Inflation ran at nearly 140%.", _q(142.7, "percent", tolerance=0.8), "conflict"),
    Example("Inflation ran at nearly 200%.", _q(142.7, "percent", tolerance=0.8), "conflict"),
    Example("Inflation will run at 4% to 5%.", _q(4, "percent", to=5), "confirm"),
    Example("Inflation will run at 4 to 6 per cent.", _q(4, "percent", to=5), "conflict"),
    # a unit the lexicon does not know is read from the word after the figure
    Example("The ship carried 40 containers of grain.", _q(40, "containers"), "confirm"),
    Example("The ship carried 30 containers of grain.", _q(40, "containers"), "conflict"),
    # a figure in a "when"/"where" clause of what a "than" compares with is that one's
    Example("Turnout may be higher than in the first round, where 77.6 percent voted.", _q(76.3, "percent"),
            "none"),
    Example("Turnout was 77.6 percent, higher than in the first round.", _q(76.3, "percent"), "conflict"),
    # a verb of exceeding bounds the figure after it from below
    Example("Inflation has exceeded 140%.", _q(142.7, "percent"), "none"),
    Example("Annual inflation topped 140 percent.", _q(142.7, "percent"), "none"),
    Example("Inflation has exceeded 150%.", _q(142.7, "percent"), "conflict"),
    # "a further", "another": an amount added to one before it; the parts add up to the whole
    Example("It will pay $1.81 billion now and a further $2.51 billion later.", _q(4.3e9), "confirm"),
    Example("It will pay $1.81 billion now and a further $1.51 billion later.", _q(4.3e9), "none"),
    Example("It will pay $1.81 billion now and a further $2.91 billion later.", _q(4.3e9), "conflict"),
    Example("The ex-CEO will have to pay another $50 million personally.", _q(4.3e9), "none"),
    Example("Another 0.25% was added to the rate.", _q(5.25, "percent"), "none"),
    # a figure compared with past a determiner ("higher than the 3 billion euros offered") is the compared one
    Example("The price was far higher than the 3 billion euros first offered.", _q(2e9, "euros"), "none"),
    Example("The price was far higher than 3 billion euros.", _q(2e9, "euros"), "none"),
    Example("The price was the 3 billion euros first offered.", _q(2e9, "euros"), "conflict"),
)

KIND = Kind("quantity", compare, EXAMPLES, identity=False)
