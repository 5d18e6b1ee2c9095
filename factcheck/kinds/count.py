"""How many of something: a figure compared only with figures that count the claim's noun.

"Two diplomats", "2 diplomats" and "a pair of diplomats" count the same; "at least 128 people" is a bound,
"between 63 and 78 people" a range, and a record may itself hold a bound ("min": 128) or a tolerance.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck._words import POSSESSIVE, holds_phrase
from factcheck.findings import Discrepancy
from factcheck.keywords import base_forms, lemmas, split_keyword
from factcheck.keywords import readings as _readings
from factcheck.kinds.base import (
    Context,
    Example,
    Kind,
    Result,
    Unconfirmed,
    describe_recorded,
    elsewhere,
    fit,
    recorded,
    round_figure_of,
)
from factcheck.kinds.numbers import Number, Token, adjacent, hedge, phrase_at, phrase_ending, possessive, tokenize
from factcheck.lexicon import Lexicon
from factcheck.plain import CountValue

if TYPE_CHECKING:
    from factcheck.mentions import Mentions


def heads(value: CountValue) -> frozenset[str]:
    """The base forms of the last word of the noun and each alias: what a counted noun must be."""
    return _heads(value.noun, tuple(value.noun_aliases))


@lru_cache(maxsize=4096)
def _heads(noun: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """:func:`heads` of one noun and its aliases, worked out once: every sentence with a figure near a
    candidate claim's event word asks again for the same claim's nouns."""
    found: set[str] = set()
    for name in (noun, *aliases):
        words = split_keyword(name)
        if words:
            found |= base_forms(words[-1])
    return frozenset(found)


@lru_cache(maxsize=16)
def _people(nouns: frozenset[str]) -> frozenset[str]:
    """The base forms of a pack's words for people in general ("people", "persons", "individuals")."""
    return frozenset(f for n in nouns for f in base_forms(n))


def compare(value: CountValue, ctx: Context) -> Result:
    m, p = ctx.mentions, ctx.predication
    nouns = heads(value)
    people = _people(ctx.lex.person_nouns)
    if nouns & people:
        nouns |= people  # a count of people is one of persons or individuals too
    claim = recorded(value.number, value.to, value.bound, value.tolerance, value.approx, value.tally)
    # the figure below which a count is an earlier or partial one; a falling tally's earlier counts are above it
    floor = value.number if value.tally == "rising" else claim.lo
    compared = []
    silent = False
    lower: Number | None = None  # the first figure below the record that only fits it ("at least 69")
    # another figure fits without confirming: a rounding, a sum of parts, one at or above the record; the
    # sentence then gives no mere earlier or partial figure
    other_fit = False
    bare = True  # every figure compared is a bare one before the event word ("one wanted ...")
    wholes: set[int] = set()  # "the six people" of "all but one of the six people": read with the one, never alone
    for number, after in m.counts:
        if not p.holds(number.first, number.last) or number.first in wholes:
            continue
        group = _all_but(m, number, ctx.lex)
        if group is not None:  # "all but one of the six people were killed": five of them
            wholes.add(group[0].first)
            number, after = number._replace(value=group[0].value - number.value), group[1]
        k = number.last + 1
        if k < len(m.tokens) and not number.ordinal and m.tokens[k].text in _COUNT_LETTERS \
                and adjacent(m.tokens, number.last, k) and m.tokens[k].low in ctx.lex.amount_multipliers:
            # "Tesla Recalls Over 2M Vehicles": a capital scale letter joined to a count (a small "m" may be metres)
            number = number._replace(value=number.value * ctx.lex.amount_multipliers[m.tokens[k].low], last=k)
            after = after[1:]
        # "157 killed, 184 injured": a headline's figure right before the event word counts its people
        tokens = ctx.mentions.tokens
        headline = p.span[0] == number.last + 1 and tokens[p.span[0]].start == tokens[number.last].end + 1 \
            and not tokens[p.span[0]].low.endswith(("ing", "s")) and set(_readings(tokens[p.span[0]].low)) != {"ADJ"} \
            and not _attributive_event(tokens, p.span[1] + 1, nouns)
        # an ordinal before the event word ranks it ("its third layoff") and counts nobody
        whole = _whole_after(tokens, number, m, ctx.lex)
        if whole is not None:
            after = whole  # "1,500 of its 9,000 employees": the part counts the whole's noun
        counted = (bool(_ordinal_head(after) & nouns) if number.ordinal
                   else any(base_forms(w) & nouns for w in after[:4])) or (
            not number.ordinal and (headline or _tally(tokens, p.span, number, after, ctx)
                                    or _figured_noun(tokens, number.last + 1, value, m) is not None
                                    or _apposed(tokens, number, after, nouns, ctx.lex)))
        if counted and not number.ordinal and _gerund_modifier(after, nouns):
            continue  # "9 passing yards": the figure counts the noun the -ing form qualifies
        if counted and any(k < len(tokens) and phrase_at(tokens, k, ctx.lex.difference_cues_by_first)
                           for k in (number.last + 1, number.last + 2)):
            continue  # "almost two million votes more than his closest rival": a margin, not the count
        if counted and _subject_counted(after, nouns):
            continue  # "5 million people applied for shares": the figure counts the people, the verb's subject
        if counted and _owner_after(tokens, number.last + 1, nouns, m):
            continue  # "the two candidates' vote percentages": the figure counts the owners, not what they own
        if counted and _sources(after, nouns, ctx.lex):
            continue
        if counted and after and (after[0] in ctx.lex.definite_articles or after[0] in ctx.lex.indefinite_articles):
            continue  # "one the worst train disasters": an article opens another noun phrase, not the counted one
        if counted and _ranked_among(after, ctx.lex):
            continue  # "one of India's worst train accidents": a place in a ranking, not how many there were
        if counted and after and after[0] in ctx.lex.superlatives:
            continue  # "the 5 most voted", "the ten most affected districts": how many are ranked
        if counted and number.value == 1 and not tokens[number.first].text[:1].isdigit() and floor >= 10:
            continue  # "One ex-employee shared his story": one person picked out, against a record of many
        if counted and _names_start(number, m, ctx):
            continue  # "its 737 MAX-9 aircraft": the figure starts the name of the model ("737 MAX 9")
        if counted and _names_end(number, m, ctx.lex):
            continue  # "UAW Local 862 members": the figure ends a name ("Local 862", "Flight 1282")
        if counted and ctx.claim_words and number.value < floor and _aboard(tokens, number.last + 1, nouns, ctx):
            continue  # "Fourteen people on the JAL plane were injured" against 15 in both aircraft: one vehicle's
        if counted and number.first and tokens[number.first - 1].low in ctx.lex.subset_qualifiers:
            continue  # "in his first two marathons": the first few of a series, not how many there were
        if counted and number.value < floor and _of_them(tokens, number, ctx.lex):
            continue  # "Among them, 15 severely injured were referred to hospital": a part of a group told of
        if counted and number.value < floor and _some_of_a_group(tokens, number, p.span, m, ctx.lex):
            continue  # "500,000 of his shares", "Five of the derailed cars": a part of a group, not the whole
        if counted and _score(tokens, number):
            continue  # "in a 220-210 vote", "won 25-22": one side of a score, not a count of the noun after it
        if counted and _qualifies_another(after, nouns):
            continue  # "three of the passenger train cars": the claim's noun qualifies the noun counted
        if counted and _joint_nouns(after, nouns, ctx.lex):
            continue  # "379 passengers and crew" against 367 passengers: one figure for both nouns
        if counted and _size_of(tokens, number, nouns, ctx):
            continue  # "a six-person construction crew" against two people rescued: the crew's size
        if counted and ctx.claim_words and number.value < floor and _kind_of(tokens, number.last + 1, nouns, ctx):
            continue  # "two federal criminal cases" against four criminal cases: fewer of a kind the claim never names
        if counted and number.value == 1 and not tokens[number.first].text[:1].isdigit() and number.first \
                and not tokens[number.first - 1].low.isalnum() and any(
                t.low in ctx.lex.distributive_others and tokens[t.index - 1].low in ctx.lex.definite_articles
                for t in tokens[number.last + 1:number.last + 9]):
            continue  # "two cases, one in D.C. and the other in Florida": one of those just counted
        if counted and any(w in ctx.lex.each_words for w in after[1:3]):
            continue  # "PvdD and FvD get three seats each": a figure for each of several, not the claim's
        if counted and _other_set(tokens, number, ctx.lex):
            continue  # "the other two on board", "not guilty on four other charges": the rest, or another set
        if counted and _first_report(tokens, number, ctx.lex):
            silent = True  # "Initially, eight men were reported missing": an earlier figure, told as such
            continue
        if counted and number.value < floor and _share_of_whole(tokens, number, ctx.lex):
            continue  # "6.9 million users, nearly half of the roughly 14 million": the part, the whole comes after
        if counted and number.value > claim.hi and _broader(after, value):
            continue  # "each of the four charges" against two murder charges: the whole, not the kind counted
        if counted and number.value < floor and _added(tokens, number, p.span, ctx.lex):
            continue  # "Three people transferred to hospitals also died": some besides those already counted
        if counted and p.part_subject and number.last < p.span[0] <= number.last + 3 and number.value < floor:
            continue  # "one person rescued has since been released": those of the rescued the later verb speaks of
        if counted and ctx.claim_words and _done_otherwise(tokens, number, p.span, nouns, ctx):
            continue  # "the All Blacks conceded five penalties" against four penalties kicked: another act on them
        if counted and _change_size(tokens, number, ctx.lex) and not any(base_forms(w) & nouns for w in after[:2]) \
                and fit(claim, number.value, number.high, hedge(tokens, number.first, number.last, ctx.lex)) \
                is not True:
            continue  # "an increase of 12 from the initial tally": how much a figure changed
        if counted and _tolerance(tokens, number, ctx.lex):
            continue  # "accurate within one or two seats", "a margin of error of up to three seats"
        if counted and _whole_group(tokens, number.first, ctx.lex):
            continue  # "none of the 171 passengers were hurt": the group, not the ones hurt
        if counted and len(after) > 1 and after[0] in ctx.lex.partitive_prepositions \
                and after[1] in ctx.lex.partitive_pronouns:
            continue  # "only two of us lived", "three of them died": a part of a group named before
        hedged = hedge(m.tokens, number.first, number.last, ctx.lex)
        if counted and hedged == "exact" and claim.point and claim.number is not None and number.high is None \
                and round_figure_of(claim.number, number.value):
            silent = other_fit = True  # "10,000 people are missing" against 10,100: the record's count, rounded
            continue
        if counted and not number.ordinal and number.high is None:
            total = _coordinated_total(m, number, nouns, ctx.lex)
            summed = fit(claim, total, None, hedged) if total is not None else False
            if summed is True:
                return True  # "the pilot and four passengers" against five aboard: the parts add up to it
            if summed is None:
                silent = other_fit = True  # "342 passengers and 10 staff" against more than 350: consistent
                continue
        if counted:
            result = fit(claim, number.value, number.high, hedged)
            if result is True:
                return True
            if result is None and hedged in ("min", "over") and claim.point \
                    and _NEAR_FLOOR * claim.lo <= number.value < claim.lo:
                return True  # "more than 150 people are dead" against 157: the floor copy rounds the toll down to
            if result is None:
                silent = True  # "at least 69" when the record says 128: consistent, not confirmed
                if (number.value < floor or (value.tally == "falling" and number.value > value.number)) \
                        and lower is None:
                    lower = number
                elif number.value >= floor:
                    other_fit = True
            else:
                compared.append(number)
                bare = bare and headline and not any(base_forms(w) & nouns for w in after[:4])
    if not compared and lower is not None and not other_fit and not elsewhere(ctx, lower.first):
        recorded_as = describe_recorded(value.number, value.to, value.bound, value.approx)
        told = f" (the last of a {value.tally} tally)" if value.tally else ""
        return Unconfirmed(value.field, f"{recorded_as} {value.noun}{told}", lower.text)
    if not compared or silent or elsewhere(ctx, compared[0].first):
        return None
    if value.to is None and _total_of(value.number, compared[0], m):
        return None  # "all 18 jurors - the twelve who decided and six alternates": a total the record's is part of
    if bare and any(fit(claim, n.value, n.high, hedge(m.tokens, n.first, n.last, ctx.lex)) is True
                    for n, after in m.counts if not n.ordinal and any(base_forms(w) & nouns for w in after[:4])):
        # "two members voted to hike, while one wanted to keep it unchanged": the sentence counts the claim's
        # noun as the record does; a bare figure before the event word is another part of that group
        return None
    expected = describe_recorded(value.number, value.to, value.bound, value.approx)
    first = compared[0]
    end = _figured_noun(m.tokens, first.last + 1, value, m)
    found = m.text[m.tokens[first.first].start:m.tokens[end].end] if end is not None else \
        first.text + " " + _noun_after(m.tokens, first.last, nouns)
    return Discrepancy(value.field, f"{expected} {value.noun}", found)


def told_as_rising(tokens: tuple[Token, ...], lex: Lexicon) -> bool:
    """Whether a sentence tells its figures as a tally still rising ("so far", "initially", "rose to"): the
    matcher reads each as a floor, and a draft records the source's as the last of a rising tally."""
    return any(phrase_at(tokens, k, lex.tally_cues_by_first) for k in range(len(tokens))
               if tokens[k].low in lex.tally_cues_by_first)


def _attributive_event(tokens: tuple[Token, ...], k: int, nouns: frozenset[str]) -> bool:
    """Whether the event word before token ``k`` qualifies a noun there ("two deadly accidents"): the
    figure counts that noun, not the event's people."""
    return k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
        and "NOUN" in _readings(tokens[k].low) and not base_forms(tokens[k].low) & nouns


def _subject_counted(after: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Whether the figure counts the noun right after it, the subject of the verb after that, and not the
    claim's noun further on ("almost 5 million people applied for shares" against three billion shares)."""
    if len(after) < 2 or base_forms(after[0]) & nouns:
        return False
    first, second = _readings(after[0]), _readings(after[1])
    return "NOUN" in first and "ADJ" not in first and "VERB" in second and "NOUN" not in second


def _done_otherwise(tokens: tuple[Token, ...], number: Number, span: tuple[int, int], nouns: frozenset[str],
                    ctx: Context) -> bool:
    """Whether the counted noun is itself the event word and the verb it is the object of is one the claim
    never uses: "conceded five penalties" against "kicked four penalties" (keyword "penalties") is another
    act on the same kind of thing."""
    noun = next((k for k in range(number.last + 1, min(number.last + 3, len(tokens)))
                 if base_forms(tokens[k].low) & nouns), None)
    if noun is not None and noun > number.last + 1 and "ADJ" not in _readings(tokens[number.last + 1].low):
        return False  # "four others were missing": the figure's own noun comes first
    if noun is None or not span[0] <= noun <= span[1]:
        return False
    if noun + 1 < len(tokens) and ("VERB" in _readings(tokens[noun + 1].low) or tokens[noun + 1].low in
                                   ctx.lex.future_auxiliaries | ctx.lex.passive_auxiliaries | ctx.lex.linking_verbs):
        return False  # "Acme said 1,500 employees left": the subject of a verb of its own, no object
    k = number.first - 1
    while k >= 0 and (tokens[k].low in ctx.lex.determiners or tokens[k].low in ctx.lex.particles
                      or set(_readings(tokens[k].low)) in ({"ADV"}, {"ADJ", "ADV"})
                      or any(tokens[k].low == b[0] for b in ctx.lex.value_bounds if len(b) == 1)):
        k -= 1  # "concede only five", "kicked all four"
    if k < 0 or not tokens[k].text.isalpha():
        return False
    if tokens[k].low == "of" and k >= 1 and tokens[k - 1].text.isalpha():
        # "the termination of about 800 employees": a noun of an act the claim never names
        act = tokens[k - 1].low
        return _readings(act).keys() == {"NOUN"} and any("VERB" in _readings(f) for f in base_forms(act) - {act}) \
            and not (base_forms(act) | {act}) & ctx.claim_words
    verb = tokens[k].low
    kinds = _readings(verb)
    return "VERB" in kinds and ("NOUN" not in kinds or verb.endswith("ing")) and verb not in ctx.lex.linking_verbs \
        and verb not in ctx.lex.passive_auxiliaries and not ({verb} | lemmas(verb)) & ctx.claim_words


def _tolerance(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure is how far off something may be ("accurate within one or two seats", "a margin of
    error of up to three seats"): a pack's tolerance phrase a few words before it, no other noun between."""
    lows = [t.low for t in tokens[max(0, number.first - 7):number.first]]
    for cue in lex.tolerance_cues:
        for i in range(len(lows) - len(cue) + 1):
            between = lows[i + len(cue):]
            # "within one or two seats": only figures and their joins between a one-word cue and the figure
            if tuple(lows[i:i + len(cue)]) == cue and (len(cue) > 1 or all(
                    w in lex.number_words or w[:1].isdigit() or w in ("or", "and", "to") for w in between)):
                return True
    return False


_COUNT_LETTERS = frozenset({"K", "M", "B"})  # scale letters a headline joins to a count ("2M cars")
_NEAR_FLOOR = 0.95  # a floor this close under the record ("more than 150" for 157) is the record rounded down


def _coordinated_total(m: Mentions, number: Number, nouns: frozenset[str], lex: Lexicon) -> float | None:
    """The size of a group the figure counts one part of: "the pilot and four passengers" (5), "342
    passengers and 10 employees" (352). Only ever used to confirm, so a part whose sum misses the record
    is still compared on its own."""
    tokens = m.tokens
    if not any(t.low in lex.coordinators for t in tokens[max(0, number.first - 1):number.last + 9]):
        return None  # no "and" beside the figure: no group told in parts
    groups = nouns | _people(lex.people_nouns) | _people(lex.person_nouns)
    starts = {n.first: n for n, _after in m.counts if not n.ordinal and n.high is None}

    def noun_end(first: int) -> int | None:  # "four passengers", "10 rail employees"
        for tok in tokens[first:first + 3]:
            if base_forms(tok.low) & groups:
                return tok.index
            if not tok.low.isalpha() or tok.low in lex.coordinators:
                return None
        return None

    own = noun_end(number.last + 1)
    if own is None:
        return None
    def past_of(k: int) -> int:  # "three counts of wire fraud and one of conspiracy": past the "of" phrase
        if k < len(tokens) and tokens[k].low in lex.partitive_prepositions:
            j = k + 1
            while j < len(tokens) and j - k <= 4 and tokens[j].low.isalpha() and tokens[j].low not in lex.coordinators:
                j += 1
            if j < len(tokens) and tokens[j].low in lex.coordinators:
                return j
        return k

    total, parts = number.value, 0
    k = past_of(own + 1)
    while k + 1 < len(tokens) and tokens[k].low in lex.coordinators and k + 1 in starts:
        other = starts[k + 1]
        end = noun_end(other.last + 1)
        if end is None:
            break
        total, parts, k = total + other.value, parts + 1, past_of(end + 1)
    k = number.first - 1
    if k >= 2 and tokens[k].low in lex.coordinators:
        before = [n for n in starts.values() if n.last < k - 1 and noun_end(n.last + 1) == k - 1]
        if before:
            total, parts = total + before[0].value, parts + 1
        elif tokens[k - 2].low in lex.definite_articles and tokens[k - 1].text.isalpha() \
                and tokens[k - 1].text.islower() and not tokens[k - 1].low.endswith("s"):
            total, parts = total + 1, parts + 1  # "the pilot and four passengers": one person named by role
    return total if parts else None


def _ranked_among(after: tuple[str, ...], lex: Lexicon) -> bool:
    """"one of the deadliest quakes", "two of India's worst accidents": a figure taken from a superlative's
    set, through "of" and an article or an owner."""
    if len(after) < 3 or after[0] not in lex.partitive_prepositions:
        return False
    k = 1 + (after[1] in lex.determiners or after[1].endswith("'s") or after[1] in lex.own_words)
    return k < len(after) and (after[k] in lex.superlatives
                                or (after[k].endswith("est") and "ADJ" in _readings(after[k])))


def _gerund_modifier(after: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Whether the only word after the figure that names the claim's noun is an -ing form qualifying the noun
    after it ("9 passing yards" counts yards, not passes)."""
    return len(after) > 1 and after[0].endswith("ing") and bool(base_forms(after[0]) & nouns) \
        and not any(base_forms(w) & nouns for w in after[1:4]) and after[1].isalpha() \
        and "NOUN" in _readings(after[1]) and not after[1].endswith(("ed", "ing"))


def _whole_after(tokens: tuple[Token, ...], number: Number, m: Mentions, lex: Lexicon) -> tuple[str, ...] | None:
    """The words after the whole when the figure is a part written "FIGURE of [its, the firm's] FIGURE
    NOUN" ("1,500 of its 9,000 employees"), else None."""
    k = number.last + 1
    if k + 1 < len(tokens) and tokens[k].low in lex.partitive_leads:
        k += 1  # "five out of the six members"
    hyphened = k < len(tokens) and tokens[k].low == "-"
    k += hyphened  # "went 34-of-46 passing"
    if k >= len(tokens) or tokens[k].low not in lex.partitive_prepositions:
        return None
    k += 1
    if hyphened and k < len(tokens) and tokens[k].low == "-":
        k += 1
    while k < len(tokens) and (tokens[k].low in lex.determiners or possessive(tokens[k], m.text)):
        k += 1
    return next((after for n, after in m.counts if n.first == k), None)


def _names_start(number: Number, m: Mentions, ctx: Context) -> bool:
    """Whether the figure is the first word of a name of the party written right after it: "737 MAX-9",
    where "737 MAX 9" is a name of the jet ("65 MAX 9s" counts them: no name starts with "65")."""
    if ctx.registry is None or number.first != number.last:
        return False
    party = next((q for q in m.parties if q.first == number.last + 1), None)
    entity = ctx.registry.get(party.mention.entity) if party is not None else None
    if entity is None:
        return False
    word = m.tokens[number.last].low
    return any(len(t) > 1 and t[0].low == word for t in (tokenize(n) for n in (entity.name, *entity.aliases)))


def _names_end(number: Number, m: Mentions, lex: Lexicon) -> bool:
    """Whether the figure is the last word of a name, a capitalised word right before it inside the sentence
    ("UAW Local 862 members", "the Flight 1282 passengers"): a label, not how many. A title-case headline
    ("Tesla Recalls 2 Million Vehicles") capitalises every word, so there it says nothing."""
    from factcheck.mentions import title_cased

    tokens = m.tokens
    k = number.first - 1
    if k < 1 or number.first != number.last or not tokens[number.first].text.isdigit():
        return False
    word = tokens[k]
    if any(q.first <= k <= q.last for q in m.parties) or tokens[k - 1].low in lex.location_prepositions:
        return False  # "In Jajarkot 30 people were hurt": a place, then the figure
    return word.text[:1].isupper() and word.text.isalpha() and word.low not in lex.months \
        and word.low not in lex.weekdays and tokens[number.first].start == word.end + 1 and not title_cased(tokens)


def _total_of(number: float, found: Number, m: Mentions) -> bool:
    """Whether the figure found is broken down, in a phrase set off right after it, into the record's figure
    and the rest ("all 18 jurors - the twelve who decided upon the verdict and six alternates"): a total the
    record's figure is part of."""
    tokens = m.tokens
    mark = next((k for k in range(found.last + 1, min(found.last + 4, len(tokens)))
                 if not tokens[k].low.isalnum()), None)
    if mark is None:
        return False
    parts = [n.value for n, _after in m.counts if mark < n.first <= mark + 12 and not n.ordinal]
    rest = found.value - number
    if rest <= 0 or number not in parts:
        return False
    parts.remove(number)
    return rest in parts


def _aboard(tokens: tuple[Token, ...], k: int, nouns: frozenset[str], ctx: Context) -> bool:
    """Whether the counted noun is followed by "on/aboard the X" with X a thing the claim never names
    ("fourteen people on the commercial aircraft"): the figure counts the people of one vehicle."""
    j = next((i for i in range(k, min(k + 4, len(tokens))) if base_forms(tokens[i].low) & nouns), None)
    if j is None or j + 1 >= len(tokens) or tokens[j + 1].low not in ctx.lex.aboard_prepositions:
        return False
    for tok in tokens[j + 2:j + 6]:
        if tok.low in ctx.lex.determiners:
            continue
        if not tok.text.isalpha() or ({tok.low} | lemmas(tok.low)) & ctx.claim_words:
            return False
        if "NOUN" in _readings(tok.low) and tok.text.islower():
            return True  # the vehicle's noun ("plane", "aircraft", "flight")
    return False


def _of_them(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure follows "among them", "of those" (a comma between allowed): a part of a group the
    text has just counted, not the whole the claim counts."""
    k = number.first - 1
    if k >= 0 and tokens[k].low == ",":
        k -= 1
    return k >= 1 and tokens[k - 1].low in lex.partitive_prepositions \
        and (tokens[k].low in lex.group_pronouns or tokens[k].low in ("those", "these"))


def _score(tokens: tuple[Token, ...], number: Number) -> bool:
    """Whether the figure is one side of a score or a tally, two figures joined by a hyphen with the larger
    first ("a 220-210 vote", "won 25-22"); a range runs the other way ("40-50 people")."""
    def figure(k: int) -> float | None:
        text = tokens[k].text.replace(",", "") if 0 <= k < len(tokens) else ""
        return float(text) if text.isdigit() else None
    k, j = number.first - 1, number.last + 1
    if k >= 1 and tokens[k].text == "-" and adjacent(tokens, k - 1, k) and adjacent(tokens, k, number.first):
        before = figure(k - 1)
        if before is not None and before > number.value:
            return True
    if j + 1 < len(tokens) and tokens[j].text == "-" and adjacent(tokens, number.last, j) \
            and adjacent(tokens, j, j + 1):
        after = figure(j + 1)
        if after is not None and after < number.value:
            return True
    return False


def _qualifies_another(after: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Whether the claim's noun, a word or more past the figure, only qualifies the noun after it ("three of
    the passenger train cars"): the figure counts that noun. Right after the figure it is the counted noun
    itself ("six crew members")."""
    i = next((k for k in range(1, min(4, len(after))) if base_forms(after[k]) & nouns), None)
    if i is None or i + 1 >= len(after) or after[i] not in _readings(after[i]).get("NOUN", ()):
        return False  # a plural is the noun counted ("four French embassy employees persona non grata")
    head = after[i + 1]
    return head.isalpha() and "NOUN" in _readings(head) and "VERB" not in _readings(head) \
        and not base_forms(head) & nouns


def _joint_nouns(after: tuple[str, ...], nouns: frozenset[str], lex: Lexicon) -> bool:
    """Whether the figure counts the claim's noun and another together ("379 passengers and crew members"):
    a noun joined by "and" with no figure of its own, which the claim does not count."""
    if len(after) < 3 or not base_forms(after[0]) & nouns or after[1] not in ("and", "&"):
        return False
    other = after[2]
    kinds = _readings(other)
    if not other.isalpha() or other in lex.number_words or other in lex.determiners or "NOUN" not in kinds \
            or base_forms(other) & nouns:
        return False
    if "VERB" in kinds and other not in kinds["VERB"]:
        return False  # "killed 27 people and left thousands homeless": a verb's form, not a noun
    # "53 dead and many more missing": a quantity of its own
    return not (len(after) > 3 and any(phrase[0] == after[3] for phrase in lex.value_bounds))


def _size_of(tokens: tuple[Token, ...], number: Number, nouns: frozenset[str], ctx: Context) -> bool:
    """Whether the figure, joined by a hyphen to its unit, sizes another noun ("a six-person construction
    crew", "a 12-member board"): the size of that group, not a count of the claim's people, unless that
    noun is one the claim uses."""
    k = number.last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "-" or not adjacent(tokens, number.last, k) \
            or not adjacent(tokens, k, k + 1) or not tokens[k + 1].text.isalpha():
        return False
    words = ctx.claim_words or frozenset()
    head = [t for t in tokens[k + 2:k + 4] if t.text.isalpha() and t.text.islower() and "NOUN" in _readings(t.low)]
    if not head or head[0].index != k + 2:
        return False
    # (a noun the claim uses sizes what the claim counts: "a two-person crew rescued" against two crew)
    return not any(base_forms(t.low) & nouns or ({t.low} | lemmas(t.low)) & words for t in head)


def _kind_of(tokens: tuple[Token, ...], k: int, nouns: frozenset[str], ctx: Context) -> bool:
    """Whether a classifying adjective the claim never uses stands between the figure and its noun ("two
    federal criminal cases", "one senior official"): the figure counts a kind of what the claim counts. Such
    adjectives also read as nouns (federal, senior, military); a quality ("two new boats") does not pick out
    a kind, and a name ("two French diplomats") or a participle ("seven injured passengers") is left to the
    other readings."""
    for tok in tokens[k:k + 3]:
        if base_forms(tok.low) & nouns:
            return False
        kinds = _readings(tok.low)
        if tok.text.isalpha() and tok.text.islower() and {"ADJ", "NOUN"} <= kinds.keys() and "VERB" not in kinds \
                and not ({tok.low} | lemmas(tok.low)) & ctx.claim_words:
            return True
        nxt = tok.index + 2
        if tok.text.isalpha() and tok.text.islower() and nxt < len(tokens) and tokens[tok.index + 1].text == "-" \
                and tokens[tok.index + 1].start == tok.end and tokens[nxt].start == tokens[tok.index + 1].end \
                and tokens[nxt].text.isalpha() and not any(
                    ({w} | lemmas(w)) & ctx.claim_words for w in (tok.low, tokens[nxt].low)):
            return True  # "three fee-paying passengers", "two high-ranking officials": a compound picks a kind
    return False


def _all_but(m: Mentions, number: Number, lex: Lexicon) -> tuple[Number, tuple[str, ...]] | None:
    """The whole a figure is taken from in "all but one of the six people" (the six, and the words after
    it), or None."""
    tokens = m.tokens
    before = tuple(t.low for t in tokens[max(0, number.first - 2):number.first])
    if before not in lex.exception_phrases:
        return None
    k = number.last + 1
    if k < len(tokens) and tokens[k].low in lex.partitive_prepositions:
        k += 1
        while k < len(tokens) and tokens[k].low in lex.determiners:
            k += 1
        return next(((n, after) for n, after in m.counts if n.first == k), None)
    return None


def _change_size(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure is written as the size of a change, "an increase of 12", "a rise of 12", with no
    counted noun of its own (the caller checks): a change says nothing of the level the record counts."""
    k = number.first - 1
    while k >= 0 and (bound := phrase_ending(tokens, k, lex.number_bounds)) is not None:
        k = bound[0] - 1  # past "more than", "about", "nearly"
    return k >= 2 and tokens[k].low in lex.partitive_prepositions and tokens[k - 1].low in lex.change_words \
        and "NOUN" in _readings(tokens[k - 1].low) and (
            tokens[k - 2].low in lex.indefinite_articles or tokens[k - 2].low in lex.determiners)


def _other_set(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure counts the rest of a group or another set than the one just told of: "the other
    two on board were ...", "found not guilty on four other charges"."""
    before = tokens[number.first - 1].low if number.first else ""
    k = number.last + 1
    # ("four others were missing" counts the others themselves: the figure's own noun)
    after = k + 1 < len(tokens) and tokens[k].low in lex.distributive_others and "NOUN" in _readings(tokens[k + 1].low)
    return (before in lex.distributive_others and number.first >= 2
            and tokens[number.first - 2].low in lex.definite_articles) or after


def _some_of_a_group(tokens: tuple[Token, ...], number: Number, span: tuple[int, int], m: Mentions,
                     lex: Lexicon) -> bool:
    """Whether the figure counts some of a group it names after "of", with no figure for the whole: someone's
    ("by selling 500,000 of his shares") or the one the event word names ("Five of the derailed cars were
    carrying the substance"; but "The crash involved two of the trains" counts those of the crash)."""
    k = number.last + 1
    if k + 1 >= len(tokens) or tokens[k].low not in lex.partitive_prepositions:
        return False
    owned = tokens[k + 1].low in POSSESSIVE
    named = tokens[k + 1].low in lex.definite_articles and number.last + 2 < span[0] <= number.last + 4
    return (owned or named) and _whole_after(tokens, number, m, lex) is None


def _broader(after: tuple[str, ...], value: CountValue) -> bool:
    """Whether the noun counted is one the claim only ever names with a modifier the sentence leaves out:
    "four charges" where the claim counts "murder charges" (and names no bare "charges") counts all the
    charges, a broader set than the claim's."""
    names = [split_keyword(name) for name in (value.noun, *value.noun_aliases)]
    if any(words and tuple(words) == after[k:k + len(words)] for words in names for k in range(4)):
        return False  # "four members of staff": a name of the claim's, written out
    for word in after[:4]:
        forms = base_forms(word)
        matching = [words for words in names if words and base_forms(words[-1]) & forms]
        if matching:
            # (the modifier before or after the noun: "employees of Azerbaijan's embassy" for "embassy employees")
            return all(len(words) > 1 and not set(words[:-1]) & set(after[:8]) for words in matching)
    return False


def _share_of_whole(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure's phrase is followed by an apposition that makes it a share of a whole named after
    it: "about 6.9 million users, nearly half of the roughly 14 million people who opted in"."""
    k = number.last + 1
    while k < len(tokens) and k - number.last <= 5 and tokens[k].low != "," and tokens[k].low not in lex.clause_breaks:
        k += 1  # past the figure's own noun phrase
    if k >= len(tokens) or tokens[k].low != ",":
        return False
    words = [t.low for t in tokens[k + 1:k + 5]]
    while words and (words[0] in lex.value_bound_words or words[0] in lex.determiners):
        words = words[1:]  # "nearly", "about", "a"
    return len(words) >= 2 and words[0] in lex.fraction_words and words[1] in lex.partitive_prepositions


def _first_report(tokens: tuple[Token, ...], number: Number, lex: Lexicon) -> bool:
    """Whether the figure's clause tells it as the first report of it ("Initially, eight men were reported
    missing", "eight were at first thought dead"): a figure since revised, which may be above or below the
    record."""
    lo = number.first
    while lo > 0 and number.first - lo < 8 and (tokens[lo - 1].low not in lex.clause_breaks
                                                 or (tokens[lo - 1].low == "," and lo - 1 <= 2)):
        lo -= 1  # back to the clause's start ("Initially, ...": a comma right after an opening word)
    hi = number.last + 1
    while hi < len(tokens) and hi - number.last <= 6 and tokens[hi].low not in lex.clause_breaks:
        hi += 1
    return holds_phrase([t.low for t in tokens[lo:hi]], lex.earlier_report_cues)


def _added(tokens: tuple[Token, ...], number: Number, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the figure is the subject of an event word that "also" qualifies: "three people taken to
    hospital also died" counts some who died besides the others, not all of them."""
    a = span[0]
    if not number.last < a <= number.last + 10:
        return False
    between = tokens[number.last + 1:a]
    return any(t.low in lex.additive_words for t in between[-3:]) \
        and not any(t.low in lex.clause_breaks for t in between)


def _whole_group(tokens: tuple[Token, ...], first: int, lex: Lexicon) -> bool:
    """Whether the figure counts a group none of whom the event befell: "none of the 171 passengers were
    seriously hurt" counts those aboard, not the injured ("three of the four bolts" still counts bolts)."""
    if first >= 2 and tokens[first - 1].low in lex.definite_articles \
            and tokens[first - 2].low in lex.partitive_prepositions and (
                first == 2 or tokens[first - 3].low in lex.negation_cues
                or (first == 3 and tokens[0].low in lex.partitive_leads)):  # "Out of the six-person crew, ..."
        return True  # (and "Of the 171 passengers and six crew, seven were hurt": the group a part is from)
    # "none of the 171 passengers or 6 crew members": a figure joined to such a group belongs to it
    if first >= 2 and tokens[first - 1].low in ("and", "or"):
        k = first - 2
        while k >= 0 and first - k <= 5 and tokens[k].low.isalpha():
            k -= 1
        return k >= 0 and first - k <= 5 and tokens[k].low[:1].isdigit() and _whole_group(tokens, k, lex)
    return False


def _apposed(tokens: tuple[Token, ...], number: Number, after: tuple[str, ...], nouns: frozenset[str],
             lex: Lexicon) -> bool:
    """"grounded certain MAX 9 planes, about 171 worldwide, until ...": a bare figure set off by a comma right
    after the claim's noun says how many of them there are."""
    k = number.first - 1
    bound = phrase_ending(tokens, k, lex.value_bounds)
    if bound is not None:
        k = bound[0] - 1
    if k < 1 or tokens[k].low != "," or not base_forms(tokens[k - 1].low) & nouns:
        return False
    # (not "among the victims, 67 were women": a figure that opens a clause of its own)
    known = set(_readings(after[0])) if after and after[0].isalpha() else set()
    return not after or not after[0].isalpha() or (bool(known) and known <= {"ADV", "ADJ"})


def _owner_after(tokens: tuple[Token, ...], k: int, nouns: frozenset[str], m: Mentions) -> bool:
    """Whether the word right after the figure is a possessive that is not the claim's noun ("two
    candidates' vote", "three countries' envoys"): the figure counts the owners."""
    return k < len(tokens) and possessive(tokens[k], m.text) and not base_forms(tokens[k].low.split("'")[0]) & nouns


def _figured_noun(tokens: tuple[Token, ...], k: int, value: CountValue, m: Mentions) -> int | None:
    """The last token of the figure's noun when it is one of the claim's names written with a figure of its
    own ("about 171 MAX 9s", "12 F-16s"), else None: the words after a figure stop at the next one, so such
    a name is read here, from the tokens themselves, where it may start inside a party's name ("MAX 9")."""
    phrases = _figured(value.noun, tuple(value.noun_aliases))
    if not phrases:
        return None
    named = {i for q in m.parties for i in range(q.first, q.last + 1)}
    while k < len(tokens):
        for ph in phrases:
            if tuple(t.low for t in tokens[k:k + len(ph)]) == ph:
                return k + len(ph) - 1
        if k not in named:
            return None
        k += 1
    return None


@lru_cache(maxsize=4096)
def _figured(noun: str, aliases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The claim's names for the counted thing that hold a figure, as the sentence's tokens spell them."""
    return tuple(tuple(t.low for t in tokenize(name)) for name in (noun, *aliases)
                 if any(c.isdecimal() for c in name))


def _sources(after: tuple[str, ...], nouns: frozenset[str], lex: Lexicon) -> bool:
    """"two employees told Business Insider", "three people familiar with the plans said": the counted
    people are the report's sources, right before the verb that makes them so."""
    head = next((k for k, w in enumerate(after[:4]) if base_forms(w) & nouns), None)
    return head is not None and head + 1 < len(after) and after[head + 1] in lex.source_verbs


def _ordinal_head(after: tuple[str, ...]) -> frozenset[str]:
    """The base forms of the noun an ordinal ranks: the last of the nouns right after it ("its third job cut"
    ranks cuts, "the 11th rate increase" increases)."""
    head = ""
    for word in after[:4]:
        known = _readings(word) if word.isalpha() else {}
        if "NOUN" in known:
            head = word
        elif not head and ("ADJ" in known or word.endswith("ing")):
            continue  # "its 13th consecutive session", "its 13th winning session"
        else:
            break
    return base_forms(head) if head else frozenset()


def _tally(tokens: tuple[Token, ...], span: tuple[int, int], number: Number, after: tuple[str, ...],
           ctx: Context) -> bool:
    """"the toll rose to 157", "put the total toll at 197": a bare figure soon after a tally noun (the event
    word itself) is that tally."""
    a, b = span
    if a < 0 or tokens[b].low not in ctx.lex.tally_nouns or not 0 < number.first - b <= 8:
        return False
    lex = ctx.lex
    if number.first - b > 4 and any(t.low in lex.clause_breaks or t.low[:1].isdecimal()
                                    for t in tokens[b + 1:number.first]):
        return False  # "the death toll in Derna has risen to 5,300", but not past a break or another figure
    return not after or not after[0].isalpha() or after[0] in (
        lex.clause_breaks | lex.location_prepositions | lex.year_prepositions | {"on", "as"})


def _noun_after(tokens: tuple, last: int, nouns: frozenset[str]) -> str:  # type: ignore[type-arg]
    words = []
    for tok in tokens[last + 1:last + 5]:
        words.append(tok.text)
        if base_forms(tok.low) & nouns:
            break
    return " ".join(words)


def _c(number: float, noun: str = "people", **extra: object) -> dict[str, object]:
    return {"kind": "count", "number": number, "noun": noun, **extra}


_DEAD = ("dead", "deaths", "victims")

EXAMPLES = (
    Example("France expelled two diplomats.", _c(2, "diplomats"), "confirm"),
    Example("France expelled 2 diplomats.", _c(2, "diplomats"), "confirm"),
    Example("France expelled a pair of diplomats.", _c(2, "diplomats"), "confirm"),
    Example("France expelled three diplomats.", _c(2, "diplomats"), "conflict"),
    Example("Five out of the six crew members died.", _c(5, "crew members"), "confirm"),
    Example("Four out of the six crew members died.", _c(5, "crew members"), "conflict"),
    Example("Six crew members died.", _c(5, "crew members"), "conflict"),
    # a total the sentence breaks down into the record's figure and the rest
    Example("All 18 jurors, the twelve who decided and six alternates, sat down.", _c(12, "jurors"), "none"),
    Example("All 18 jurors, the ten who decided and eight alternates, sat down.", _c(12, "jurors"), "conflict"),
    Example("All 18 jurors sat down.", _c(12, "jurors"), "conflict"),
    Example("France expelled four diplomats after the ouster of two staff and two aides.", _c(2, "diplomats"),
            "conflict"),
    # "one" picks out one of many; it counts where the record's figure is small
    Example("One employee shared his story.", _c(9241, "employees"), "none"),
    Example("One diplomat was expelled.", _c(2, "diplomats"), "conflict"),
    # "his first two marathons": a few picked from a series
    Example("It was his third marathon, after his first two marathons in Spain.", _c(3, "marathons"), "confirm",
            event="marathon"),
    Example("Like his first two marathons, the race ended fast.", _c(3, "marathons"), "none", event="race"),
    Example("The last two marathons he ran were fast.", _c(3, "marathons"), "none", event="ran"),
    Example("He ran two marathons.", _c(3, "marathons"), "conflict", event="ran"),
    Example("He ran his two marathons fast.", _c(3, "marathons"), "conflict", event="ran"),
    # "a 220-210 vote": one side of a score
    Example("The House voted to remove him in a 220-210 vote.", _c(216, "votes"), "none", event="voted"),
    Example("The House voted to remove him by 220-210 votes.", _c(216, "votes"), "none", event="voted"),
    Example("The House voted to remove him with 210 votes.", _c(216, "votes"), "conflict", event="voted"),
    Example("Between 40-50 people voted.", _c(216, "people"), "conflict", event="voted"),
    # "the passenger train cars": the claim's noun qualifying the noun counted
    Example("In the crash, three of the passenger train cars burned.", _c(2, "trains"), "none", event="crash"),
    Example("In the crash, three passenger train cars burned.", _c(2, "trains"), "none", event="crash"),
    Example("In the crash, three passenger trains burned.", _c(2, "trains"), "conflict", event="crash"),
    Example("In the crash of two trains, three cars burned.", _c(2, "trains"), "confirm", event="crash"),
    Example("In the crash, three passenger trains stopped service.", _c(2, "trains"), "conflict", event="crash"),
    # "passengers and crew": one figure for the claim's noun and another
    Example("The jet carried 379 passengers and crew.", _c(367, "passengers"), "none", event="carried"),
    Example("The jet carried 379 passengers and crew members.", _c(367, "passengers"), "none", event="carried"),
    Example("The jet carried 379 passengers and six crew.", _c(367, "passengers"), "conflict", event="carried"),
    Example("The jet carried 379 passengers.", _c(367, "passengers"), "conflict", event="carried"),
    Example("The storm killed 27 people and left thousands homeless.", _c(43), "conflict", event="killed"),
    Example("The storm killed 27 people and many more were missing.", _c(43), "conflict", event="killed"),
    # "among them": a part of a group just counted
    Example("Among them, 15 people were injured.", _c(184), "none", event="injured"),
    Example("Of those, 40 people were injured.", _c(184), "none", event="injured"),
    Example("Among them 15 severely injured were sent to hospital.", _c(184), "none", event="injured"),
    Example("Among the villages, 15 people were injured.", _c(184), "conflict", event="injured"),
    Example("They said 15 people were injured.", _c(184), "conflict", event="injured"),
    # "a six-person crew": the size of another noun's group, unless the claim counts that noun
    Example("Rescuers searched for a six-person construction crew.", _c(2), "none", event="searched"),
    Example("Rescuers searched for a six-person crew.", _c(2), "none", event="searched"),
    Example("Rescuers searched for six people.", _c(2), "conflict", event="searched"),
    Example("Rescuers searched for a six-person crew.", _c(2, "crew"), "conflict", event="searched"),
    # "one of the worst": a place in a ranking counts nothing
    Example("The crash was one of India's worst train accidents.", _c(3, "trains"), "none", event="crash"),
    Example("The crash was one of the deadliest train accidents.", _c(3, "trains"), "none", event="crash"),
    Example("The crash involved two of the trains.", _c(3, "trains"), "conflict", event="crash"),
    Example("The crash involved one train.", _c(3, "trains"), "conflict", event="crash"),
    # "none of the N" counts a group the event spared
    Example("None of the 171 passengers were seriously hurt.", _c(7, "passengers"), "none", event="hurt"),
    Example("None of the 171 passengers or 6 crew were hurt.", _c(1, "crew"), "none", event="hurt"),
    Example("Of the 171 passengers, 27 passengers were hurt.", _c(7, "passengers"), "conflict", event="hurt"),
    Example("Of the 171 passengers, seven passengers were hurt.", _c(7, "passengers"), "confirm", event="hurt"),
    Example("Of the 171 passengers, seven passengers were hurt.", _c(171, "passengers"), "conflict", event="hurt"),
    Example("Seven of the 171 passengers were hurt.", _c(7, "passengers"), "confirm", event="hurt"),
    Example("Out of the six-person crew, only the captain survived.", _c(379, "people"), "none", event="survived"),
    Example("Out of the 171 passengers, seven passengers were hurt.", _c(7, "passengers"), "confirm", event="hurt"),
    Example("Six people out of the crew survived.", _c(379, "people"), "conflict", event="survived"),
    # a figure before "most"/"least" sizes a ranking
    Example("The 5 most voted candidates took part.", _c(11516142, "votes"), "none"),
    Example("The three most affected districts got aid.", _c(12, "districts"), "none"),
    Example("Aid went to three districts.", _c(12, "districts"), "conflict"),
    # a part written "FIGURE of [its] FIGURE NOUN" counts the whole's noun, and is read first
    Example("The firm cut 1,500 of its 9,000 employees.", _c(1500, "employees"), "confirm"),
    # the same, its figures joined by hyphens
    Example("The quarterback went 34-of-46 passing.", _c(34, "passes"), "confirm"),
    Example("The quarterback went 30-of-46 passing.", _c(34, "passes"), "conflict"),
    # an -ing form before another noun qualifies it: the figure counts that noun
    Example("He had only 9 passing yards after the first quarter.", _c(34, "passes"), "none"),
    Example("He threw 9 passes in the first quarter.", _c(34, "passes"), "conflict"),
    Example("The firm cut 1,500 of the company's 9,000 employees.", _c(1500, "employees"), "confirm"),
    Example("The firm cut 2,000 of its 9,000 employees.", _c(1500, "employees"), "conflict"),
    Example("At least three of the four bolts were missing.", _c(4, "bolts"), "confirm"),
    Example("At least 1,400 of its 9,000 employees lost their jobs.", _c(1500, "employees"), "none"),
    # a figure that counts the owners of the claim's noun counts no such noun
    Example("The two candidates' votes were counted.", _c(11516142, "votes"), "none"),
    Example("Two diplomats' postings were cut.", _c(3, "diplomats"), "conflict"),
    # a name for the counted thing that holds a figure of its own
    Example("The regulator grounded about 71 MAX 9s.", _c(171, "aircraft", noun_aliases=["MAX 9s"]), "conflict"),
    Example("The regulator grounded 171 MAX 9s.", _c(171, "aircraft", noun_aliases=["MAX 9s"]), "confirm"),
    Example("The regulator grounded 71 F-16s.", _c(171, "aircraft", noun_aliases=["F-16s"]), "conflict"),
    # a bare figure set off after the claim's noun counts it
    Example("The regulator grounded certain jets, about 117 worldwide, for checks.", _c(171, "jets"), "conflict"),
    Example("The regulator grounded certain jets, about 171 worldwide.", _c(171, "jets"), "confirm"),
    Example("The regulator grounded certain jets, 117 days after the crash.", _c(171, "jets"), "none"),
    Example("Among the jets, 117 were grounded.", _c(171, "jets"), "none"),
    # people counted as the report's sources are not the story's figure
    Example("The firm cut its staff to 8,000 employees, two employees told reporters.", _c(9241, "employees"),
            "conflict"),
    Example("The firm shed staff, two employees told reporters.", _c(9241, "employees"), "none"),
    Example("Three people familiar with the plan said the firm would cut staff.", _c(1500, "people"), "none"),
    Example("France expelled two envoys.", _c(2, "diplomats", noun_aliases=["envoys"]), "confirm"),
    Example("France expelled two journalists.", _c(2, "diplomats"), "none"),
    Example("The quake killed 128 people.", _c(128), "confirm"),
    Example("The quake killed 1,200 people.", _c(1200), "confirm"),
    Example("The quake killed 1.9 lakh people.", _c(190000), "confirm"),
    # bounds and approximations in the text
    Example("At least 128 people were killed.", _c(128), "confirm"),
    Example("At least 69 people were killed.", _c(128), "none"),
    Example("At least 218 people were killed.", _c(128), "conflict"),
    Example("At least 157 killed, 184 injured", _c(157, noun_aliases=["dead"]), "confirm", event="killed"),
    Example("The death toll rose to 157 on Saturday.", _c(157), "confirm", event="toll"),
    Example("The centre later put the total toll at 197.", _c(157), "conflict", event="toll"),
    Example("The toll rose to 157 in two districts.", _c(157), "confirm", event="toll"),
    Example("The toll hit 300 homes in the valley.", _c(157), "none", event="toll"),
    Example("Quake toll: 175 killed in Jajarkot", _c(157, noun_aliases=["dead"]), "conflict", event="killed"),
    # how far off something may be is no count of it
    Example("The poll is accurate within one or two seats.", _c(37, "seats"), "none", event="poll"),
    Example("The poll has a margin of error of up to three seats.", _c(37, "seats"), "none", event="poll"),
    Example("Within days the poll gave the party 30 seats.", _c(37, "seats"), "conflict", event="poll"),
    Example("The party won within two seats of a majority.", _c(37, "seats"), "none", event="won"),
    Example("The party won 30 seats.", _c(37, "seats"), "conflict", event="won"),
    # a participle qualifying the subject of a later verb: those of them the later verb speaks of
    Example("One person rescued has since been released.", _c(2), "none", event="rescued"),
    Example("Two workers injured in the blast remain in hospital.", _c(5, "workers"), "none", event="injured"),
    Example("Seven people rescued were taken to hospital.", _c(2), "conflict", event="rescued"),
    Example("Two people rescued were taken to hospital.", _c(2), "confirm", event="rescued"),
    Example("One person rescued after bridge collapse", _c(2), "conflict", event="rescued"),
    Example("Rescuers said one person rescued from the river had died.", _c(2), "none", event="rescued"),
    # a figure told as the first report of it ("initially", "at first") is an earlier one, above or below
    Example("Initially, eight people were reported missing.", _c(6), "none", event="missing"),
    Example("Eight people were at first reported missing.", _c(6), "none", event="missing"),
    Example("Early reports said four people were missing.", _c(6), "none", event="missing"),
    Example("Eight people were reported missing.", _c(6), "conflict", event="missing"),
    Example("Eight people, the first of them a welder, were reported missing.", _c(6), "conflict", event="missing"),
    # "N of the <event word> ..." with no figure for the whole: some of the group the event befell
    Example("Five of the derailed cars carried the chemical.", _c(50, "cars"), "none", event="derailed"),
    Example("Three of the injured people were children.", _c(7), "none", event="injured"),
    Example("Five of the 50 derailed cars carried the chemical.", _c(50, "cars"), "confirm", event="derailed"),
    Example("Sixty of the derailed cars carried the chemical.", _c(50, "cars"), "conflict", event="derailed"),
    Example("Five cars derailed.", _c(50, "cars"), "conflict", event="derailed"),
    # a figure made a share of a whole named after it ("6.9 million users, nearly half of the 14 million")
    Example("Hackers saw data of 6.9 million users, nearly half of the 14 million users.", _c(14e6, "users"),
            "confirm", event="saw"),
    Example("Hackers saw data of 6.9 million users, about half of the company's users.", _c(14e6, "users"), "none",
            event="saw"),
    Example("Hackers saw data of 6.9 million users, a record for the company.", _c(14e6, "users"), "conflict",
            event="saw"),
    # a noun the claim only names with a modifier ("murder charges"), counted bare and above the record: all
    # of them, a broader set
    Example("The verdict was read on each of the four charges.", _c(2, "counts", noun_aliases=["murder charges"]),
            "none", event="verdict"),
    Example("The verdict was read on each of the four murder charges.",
            _c(2, "counts", noun_aliases=["murder charges"]), "conflict", event="verdict"),
    Example("The verdict was read on each of the four counts.", _c(2, "counts", noun_aliases=["murder charges"]),
            "conflict", event="verdict"),
    Example("Four employees of the embassy were expelled.", _c(2, "diplomats", noun_aliases=["embassy employees"]),
            "conflict", event="expelled"),
    # "N of his shares", with no figure for the whole: a part of someone's holding, below the record
    Example("He cashed out by selling 500,000 of his shares.", _c(15e6, "shares"), "none", event="selling"),
    Example("It sold 2 million of its shares.", _c(15e6, "shares"), "none", event="sold"),
    Example("He sold 500,000 of his 2 million shares.", _c(2e6, "shares"), "confirm", event="sold"),
    Example("It sold 2 million shares.", _c(15e6, "shares"), "conflict", event="sold"),
    # "also" before the event word: some the event befell besides those already counted
    Example("Three people taken to hospital also died.", _c(7), "none", event="died"),
    Example("Two more workers were also injured in the blast.", _c(5, "workers"), "none", event="injured"),
    Example("Three people were also killed in the flood.", _c(7), "none", event="killed"),
    Example("Three people taken to hospital died.", _c(7), "conflict", event="died"),
    Example("The flood also killed three people.", _c(7), "conflict", event="killed"),
    Example("Nine people taken to hospital also died.", _c(7), "conflict", event="died"),
    # ... but not where the sentence counts the record's noun as the record does: another part of that group
    Example("Two members voted for a hike, while one wanted a hold.", _c(2, "members"), "none", event="wanted"),
    Example("Three members voted for a hike, while one wanted a hold.", _c(2, "members"), "conflict",
            event="wanted"),
    Example("The board met, and one wanted a hold.", _c(2, "members"), "conflict", event="wanted"),
    # ordinals count the noun right after them
    Example("It was the 11th increase since March.", _c(11, "increases"), "confirm"),
    Example("It was the Fed's 12th increase.", _c(11, "increases"), "conflict"),
    Example("It is the eleventh increase in a row.", _c(11, "increases"), "confirm"),
    Example("It is Acme's third round of job cuts.", _c(600, "jobs"), "none"),
    Example("Acme announces third job cut this year.", _c(200, "jobs"), "none"),
    Example("It was the 13th consecutive session of gains.", _c(13, "sessions"), "confirm"),
    # but not before an adjective keyword: "ten consecutive increases" counts no sessions
    Example("It came after ten consecutive increases.", _c(13, "sessions"), "none", event="consecutive"),
    Example("Nearly 9,000 people died in 2015.", _c(9000), "confirm"),
    Example("Nearly 7,000 people died in 2015.", _c(9000), "conflict"),
    Example("More than 100,000 people fled.", _c(100000), "none"),
    Example("More than 100,000 people fled.", _c(150000), "none"),
    Example("More than 100,000 people fled.", _c(80000), "conflict"),
    Example("Some 1,150 workers joined the strike.", _c(1200, "workers"), "confirm"),
    Example("The court heard from no more than 12 witnesses.", _c(12, "witnesses"), "confirm"),
    Example("Six people or more were hurt.", _c(6), "confirm"),
    # ranges in the text
    Example("Between 63 and 78 people were hurt.", _c(70), "none"),
    Example("Between 63 and 78 people were hurt.", _c(90), "conflict"),
    Example("Between 63 and 78 people were hurt.", _c(63, to=78), "confirm"),
    Example("Between 60 and 78 people were hurt.", _c(63, to=78), "conflict"),
    # bounds and tolerances in the record
    Example("At least 128 people were killed.", _c(128, bound="min"), "confirm"),
    Example("The quake killed 157 people.", _c(128, bound="min"), "none"),
    Example("The quake killed 100 people.", _c(128, bound="min"), "conflict"),
    Example("The quake killed 1,180 people.", _c(1200, tolerance=50), "confirm"),
    Example("The quake killed 1,000 people.", _c(1200, tolerance=50), "conflict"),
    Example("The quake killed 9,000 people.", _c(8800, approx=True), "confirm"),
    # a figure followed by a difference ("votes more than his rival") is a margin
    Example("Tinubu won almost two million votes more than his rival.", _c(8794726, "votes"), "none"),
    Example("Tinubu won 12 seats fewer than his rival.", _c(20, "seats"), "none"),
    Example("Tinubu won almost two million votes, more than his rival.", _c(8794726, "votes"), "conflict"),
    # a stray space after a thousands comma leaves one figure ("8, 794,726"); a lone group after a short
    # figure does not join it
    Example("Tinubu got 8, 794,726 votes in the count.", _c(8794726, "votes"), "confirm"),
    Example("The total was 24,025, 940 valid votes.", _c(24025940, "votes"), "confirm"),
    Example("Tinubu got 8, 794,726 votes in the count.", _c(794726, "votes"), "conflict"),
    Example("In 2022, 794,726 votes were cast.", _c(794726, "votes"), "confirm"),
    # an event adjective before a noun qualifies it: the figure counts that noun
    Example("The jet was involved in two deadly accidents in five months.", _c(157, "people"), "none",
            event="deadly"),
    Example("157 dead, 184 injured in the quake.", _c(150, "people"), "conflict", event="dead"),
    # the noun right after the figure, subject of the verb after it, is the one counted
    Example("Almost 5 million people applied for shares.", _c(3e9, "shares"), "none"),
    Example("Some 5,000 workers lost shares in the fund.", _c(3e9, "shares"), "none"),
    Example("Almost 5 million shares were sold.", _c(3e9, "shares"), "conflict"),
    Example("Almost 5 million new shares were sold.", _c(3e9, "shares"), "conflict"),
    # the last figure of a tally that changed: earlier counts are not errors, the other way is
    Example("The eruption killed 11 climbers.", _c(23, "climbers", tally="rising"), "none"),
    Example("The eruption killed 23 climbers.", _c(23, "climbers", tally="rising"), "confirm"),
    Example("The eruption killed about 23 climbers.", _c(23, "climbers", tally="rising"), "confirm"),
    Example("The eruption killed 30 climbers.", _c(23, "climbers", tally="rising"), "conflict"),
    Example("The eruption killed more than 30 climbers.", _c(23, "climbers", tally="rising"), "conflict"),
    Example("The search for 12 missing climbers went on.", _c(10, "climbers", tally="falling"), "none"),
    Example("The search for 10 missing climbers went on.", _c(10, "climbers", tally="falling"), "confirm"),
    Example("The search for 8 missing climbers went on.", _c(10, "climbers", tally="falling"), "conflict"),
    # an article after the figure opens another noun phrase
    Example("It was one the worst train disasters.", _c(2, "trains"), "none"),
    Example("Officials called it one the deadliest quakes in years.", _c(157, "quakes"), "none"),
    Example("It was one train disaster.", _c(2, "trains"), "conflict"),
    Example("One train hit the other.", _c(2, "trains"), "conflict"),
    # thousands set apart by a space
    Example("Flooding killed 11 300 people.", _c(11300), "confirm"),
    Example("Flooding forced 1 300 000 people from their homes.", _c(1.3e6), "confirm"),
    Example("Flooding killed 12 300 people.", _c(11300), "conflict"),
    Example("Flooding killed 11, 300 people.", _c(11300), "conflict"),
    # "the previous election" is another one
    Example("In the previous election, the party won 34 seats.", _c(24, "seats"), "none"),
    Example("In the previous election in 2021, the party won 34 seats.", _c(24, "seats"), "none"),
    Example("In the election, the party won 34 seats.", _c(24, "seats"), "conflict"),
    Example("The party won 34 seats in the previous election and 24 now.", _c(24, "seats"), "conflict"),
    # a capital scale letter joined to a count
    Example("Tesla recalls over 2M vehicles.", _c(2e6, "vehicles", bound="min"), "confirm"),
    Example("Tesla recalls 3M vehicles.", _c(2e6, "vehicles"), "conflict"),
    Example("Tesla recalls 2 vehicles.", _c(2e6, "vehicles"), "conflict"),
    Example("The town is 2m below sea level, with 5 residents.", _c(5, "residents"), "confirm"),
    # a floor just under the record is the record rounded down; one far under it is no confirmation
    Example("More than 150 people are dead.", _c(157), "confirm"),
    Example("At least 153 people were killed.", _c(157), "confirm"),
    Example("At least 129 people were killed.", _c(157), "none"),
    Example("At least 37 people were killed.", _c(157), "none"),
    Example("At least 200 people were killed.", _c(157), "conflict"),
    # a tally's figure a few words after the tally noun
    Example("The death toll in the city has risen to 5,300.", _c(11300), "conflict", event="toll"),
    Example("The death toll in the city has risen to 11,300.", _c(11300), "confirm", event="toll"),
    Example("The death toll, which officials revised twice, stood at 5,300.", _c(11300), "none", event="toll"),
    # a figure set in another place
    Example("The storm also killed 170 people elsewhere in the country.", _c(11300), "none"),
    Example("Elsewhere, the storm killed 170 people.", _c(11300), "none"),
    Example("The storm killed 170 people in the city and 30 elsewhere.", _c(11300), "conflict"),
    Example("The storm killed 170 people across the country.", _c(11300), "conflict"),
    # a figure for each of several is not the total
    Example("Two parties won three seats each.", _c(3, "seats"), "none"),
    Example("The two parties won 24 seats apiece.", _c(3, "seats"), "none"),
    Example("The two parties won 24 seats.", _c(3, "seats"), "conflict"),
    # "all but one of the six": the group less the figure
    Example("All but one of the six people aboard were killed.", _c(5), "confirm"),
    Example("All but two of the six people aboard were killed.", _c(5), "conflict"),
    Example("One of the six people aboard was killed.", _c(5), "conflict"),
    # the parts of a group add up to the record's count of it
    Example("The pilot and four passengers were lost.", _c(5, noun_aliases=["passengers"]), "confirm"),
    Example("Two crew and three passengers were lost.", _c(5, noun_aliases=["passengers", "crew"]), "confirm"),
    Example("There were 342 passengers and 10 employees on board.", _c(350, bound="min",
            noun_aliases=["passengers"]), "none"),
    Example("The pilot and three passengers were lost.", _c(5, noun_aliases=["passengers"]), "conflict"),
    Example("There were 302 passengers and 10 employees on board.", _c(350, bound="min",
            noun_aliases=["passengers"]), "conflict"),
    Example("Four passengers were lost, and the pilot survived.", _c(5, noun_aliases=["passengers"]), "conflict"),
    Example("She was convicted of three counts of wire fraud and one count of conspiracy.", _c(4, "counts"), "confirm"),
    Example("She was convicted of three counts of wire fraud and two counts of conspiracy.", _c(4, "counts"),
            "conflict"),
    Example("She was convicted of three counts of wire fraud.", _c(4, "counts"), "conflict"),
    # a round figure is the record's, rounded off, only for hundreds and more and within a twentieth
    Example("Officials said 10,000 people are missing.", _c(10100), "none"),
    Example("The firm cut 1,500 jobs.", _c(1480, "jobs"), "none"),
    Example("Officials said 8,000 people are missing.", _c(10100), "conflict"),
    Example("Officials said 11,000 people are missing.", _c(10100), "conflict"),
    Example("Ten members voted for the rise.", _c(11, "members"), "conflict"),
    Example("The firm cut 1,600 jobs.", _c(1480, "jobs"), "conflict"),
    Example("The quake killed 157 people.", _c(128, noun_aliases=list(_DEAD)), "conflict"),
    # a ratio counts nothing
    Example("Acme will cut one in six jobs.", _c(1500, "jobs"), "none"),
    Example("Two out of three workers joined the strike.", _c(3, "workers"), "none"),
    Example("Acme will cut 1,500 jobs, one in six of its staff.", _c(1500, "jobs"), "confirm"),
    # a part of a group a pronoun names counts no one the record counts
    Example("Only two of us lived.", _c(52, noun_aliases=["lives"]), "none"),
    Example("Three of them lost their lives.", _c(52, noun_aliases=["lives"]), "none"),
    Example("Only two people lived.", _c(52, noun_aliases=["lives"]), "conflict"),
    # a footnote mark is not a figure
    Example("The quake killed 157¹ people.", _c(157), "confirm"),
)

KIND = Kind("count", compare, EXAMPLES, identity=False)
