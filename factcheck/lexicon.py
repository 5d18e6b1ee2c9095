"""The language packs of ``factcheck/data/lang/``, loaded once per language into typed, read-only form.

Keeping the words as data means a desk can see (and extend) exactly which words
count as negation, attribution or a unit of time without reading the matcher,
and a new language is a new pack rather than new code. A pack may be partial:
what it does not list is read from the English pack, so a language can start
with its number words, months and cues and grow from there. Words of one story
(the people a diplomatic row counts, the aftershocks a quake story sets apart)
belong in that story's claims file, merged in with :func:`with_vocabulary`.
"""

# Annotations are evaluated here (no ``from __future__ import annotations``): a named tuple compiles each
# annotation it is given as a string, 6 µs a field, and the records below have over forty fields.
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, NamedTuple, TypeVar

V = TypeVar("V")

# The records here are named tuples, not dataclasses: every check imports this module, and a dataclass
# compiles its methods at import, 2 ms for the seventy fields of :class:`Lexicon` alone. A named tuple
# compiles one.


class Unit(NamedTuple):
    """A unit of measure: amounts in one ``dimension`` convert by ``factor``; ``also`` names the dimensions a
    generic unit stands for (a bare "$" may be any dollar)."""

    id: str
    dimension: str
    factor: float
    also: frozenset[str]


class EventGroup(NamedTuple):
    """Words and phrases copy uses for one kind of event ("kill", "death toll", "lost their lives"), and the
    nouns a count of that event counts ("people", "dead", "deaths")."""

    event: str
    words: tuple[str, ...]
    nouns: tuple[str, ...] = ()


class Lexicon(NamedTuple):
    language: str  # the pack's language, which also names how number words are read
    number_phrases: dict[tuple[str, ...], float | None]
    number_words: frozenset[str]
    scale_words: dict[str, int]
    duration_units: dict[str, str]
    duration_article_words: frozenset[str]
    duration_heads: frozenset[str]
    months: dict[str, int]
    ambiguous_month_words: frozenset[str]
    date_phrases: dict[tuple[str, ...], int]
    clause_breaks: frozenset[str]
    stative_participles: frozenset[str]
    party_nouns: frozenset[str]
    year_prepositions: frozenset[str]
    negation_cues: frozenset[str]
    # the negation words that are verbs of refusal ("denied the injunction"): a claim that is itself a
    # refusal ("the judge turned down the request", "refused to halt the deal") is confirmed by them
    refusal_cues: frozenset[str]
    tolerance_cues: frozenset[tuple[str, ...]]  # "within two seats", "margin of error": how far off, no count
    first_words: frozenset[str]  # "for the first time in 17 years": the time since the last one
    # "charges linked to the downfall of FTX in 2022": a preposition after a participle that qualifies a noun
    participle_prepositions: frozenset[str]
    state_changes: frozenset[str]  # "downgraded to a Category 4": a grade reached later, not the recorded one
    adjunct_openers: frozenset[str]  # ", with only minor injuries": a phrase of its own after a comma
    estimate_sources: frozenset[str]  # "the exit poll put the party at 35 seats": an estimate, not the result
    gloss_cues: frozenset[tuple[str, ...]]  # "(i.e. ...)", "(that is, ...)": brackets that define a word
    # "must", "need": a claim that says something is still required is not denied by "hasn't happened yet"
    obligation_cues: frozenset[str]
    modal_negations: frozenset[str]  # "won't", "cannot": a denial of what will or can be
    # "denied any wrongdoing in the collision": a preposition that hangs the event on the noun denied
    denied_noun_prepositions: frozenset[str]
    # words that make a noun the topic of another verb ("say more about the verdict Friday")
    topic_prepositions: frozenset[str]
    # "became a Category 1 hurricane": a state reached on the way, as after "upgraded to"
    becoming_verbs: frozenset[str]
    # "dating back to 2019": a date a period is measured from, as "since" is
    since_phrases: tuple[tuple[str, ...], ...]
    addition_openers: tuple[tuple[str, ...], ...]
    part_cues: frozenset[str]
    # "pleaded not guilty": the party's own denial in court, not a denial of a verdict
    plea_verbs: frozenset[str]
    # "a further $2.51 billion", "another year off": a figure added to one before it, a part of the whole
    increment_words: frozenset[str]
    # "at 8:30 a.m. ET": a clock in a named zone, which a record of local time cannot be compared with
    time_zones: frozenset[str]
    place_pronouns: frozenset[str]  # "50 were injured there": a place named before
    # "went into service in May 2017, but all jets were grounded": after a comma, a clause of its own
    contrast_words: frozenset[str]
    joint_words: frozenset[str]  # "which together will have 81 seats": a figure of several at once
    contractions: tuple[str, ...]  # "she'll", "it's": a verb contracted onto a pronoun
    severity_words: frozenset[str]
    subset_qualifiers: frozenset[str]
    # "three seats each": a figure for every one of several, not their total
    each_words: frozenset[str]
    # "all but one of the six people": the group less the figure
    exception_phrases: tuple[tuple[str, ...], ...]
    # "we took advantage of ...": words someone says of themselves, quoted
    first_person: frozenset[str]
    # "laid off by the end of the day on Tuesday": a time something must be done by, not when it is done
    deadline_prepositions: frozenset[str]
    # "This is not the first time Tesla has had to ...: in February, it recalled ...": what follows tells of
    # an earlier occurrence
    repeat_cues: tuple[tuple[str, ...], ...]
    # "neither ... nor": a negated pair of subjects denies the verb after them, not the subjects
    negated_pairs: dict[str, str]
    # places smaller than any a toll is recorded for ("13 people in his village"): a figure in one is a part
    local_places: frozenset[str]
    place_kind_nouns: frozenset[str]  # "employs 881 people in the country": a place named by its kind
    # the world's countries by name, lowercased: "Brussels, Belgium" says its country, "Marion, Illinois" only
    # a region that may lie in the claim's
    country_names: frozenset[str]
    # nouns that may introduce any figure ("a price of", "a total of"): none names a measure of its own
    value_nouns: frozenset[str]
    negation_bridge: frozenset[str]
    negation_window: int
    attribution_cues: frozenset[str]
    people_nouns: frozenset[str]
    # "people", "persons", "individuals": one count of people however copy names them
    person_nouns: frozenset[str]
    irrealis_cues: frozenset[str]
    # options weighed rather than decided ("considered smaller cuts"): never the event of a claim about a
    # plan or a wish unless the claim itself says so; a subset of ``irrealis_cues``
    option_cues: frozenset[str]
    # a negation limited in time denies nothing that came later: "had not yet", "so far" (phrases), and
    # the words that set a deadline before a time ("by Saturday night", "until Friday")
    negation_limits: frozenset[tuple[str, ...]]
    negation_deadlines: frozenset[str]
    # words that say over what period a rate runs ("monthly", "annual"): word -> period
    period_words: dict[str, str]
    # "finished the day up 21%", "over the past year": phrases that name the period a change is measured over
    period_phrases: dict[tuple[str, ...], str]
    # "offering": ["day", ...]: moments that come after a claim's own one; a sentence naming one of them gives
    # that later moment's figures, though it names the claim's too ("rallied above its float price in the
    # first day of dealings, giving a market value of $1.9 trillion")
    later_periods: dict[str, frozenset[str]]
    # "before dawn", "in the morning": parts of the day a statement may give its figure at, as hours
    day_parts: dict[tuple[str, ...], frozenset[int]]
    period_phrases_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # the same, by first word
    person_titles: frozenset[tuple[str, ...]]  # "President", "Prime Minister": a title before a person's name
    stance_words: frozenset[str]
    diminishers: frozenset[str]
    intensifiers: frozenset[str]
    location_prepositions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    # "UK inflation remained unchanged at 8.7%": verbs that link a subject to the state or level it is in
    linking_verbs: frozenset[str]
    until_words: frozenset[str]  # "stay until year's end": the end of a state, not an event's date
    definite_articles: frozenset[str]  # "The quake killed 9,000" after a sentence about the 2015 quake
    partitive_prepositions: frozenset[str]  # "out of the injured", "among the dead": a part of the whole
    partitive_leads: frozenset[str]  # "five out of the six": a word that may come before a partitive preposition
    partitive_pronouns: frozenset[str]  # "two of us", "three of them": a part of a group a pronoun names
    distributive_others: frozenset[str]  # "one in D.C. and the other in Florida": "one" picks a member out
    aboard_prepositions: frozenset[str]  # "fourteen people on the JAL plane": the people of one vehicle
    day_prepositions: frozenset[str]  # "(1802 GMT) on Nov. 3": a word that puts an event on a day
    tally_cues_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # "so far": a tally still rising
    relative_that: frozenset[str]  # "the earthquake that struck ...": a relative pronoun that is no clause break
    additive_cues: frozenset[tuple[str, ...]]  # "adds to a €390 million penalty": a thing of the kind already there
    future_auxiliaries: frozenset[str]  # "will be impacted": an event still to come
    particles: frozenset[str]  # "sped up", "set out": the adverb of a phrasal verb, no event of its own
    goal_nouns: frozenset[str]  # "a target of 30%", "the 2% goal": a figure someone aims at
    series_prepositions: frozenset[str]  # "a third title in five years": the time a numbered series took
    part_modifiers: frozenset[str]  # "the remaining 20 days of its term": a stretch of a longer period
    onset_verbs: frozenset[str]  # "since it began raising rates": the start of a series, not one event
    generic_causes: frozenset[str]  # "the disaster", "the tragedy": words for whatever the story's event is
    fixed_phrases: tuple[tuple[str, ...], ...]  # "in the short term": words that name no event there
    fixed_phrase_words: frozenset[str]  # the longest word of each, to pass over sentences holding none
    negation_exceptions_by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]  # "not the first to"
    offset_words: frozenset[str]  # "four months after the verdict": a time between events
    length_prepositions: frozenset[str]  # "jailed for four months after ...": a length all the same
    light_verbs: frozenset[str]  # "did not make the payment": verbs whose negation denies the event noun
    superlatives: frozenset[str]  # "the 5 most voted": a ranking's size, not a count
    quantifiers: frozenset[str]  # "found some loose bolts": words that may stand before an object's adjective
    level_prepositions: frozenset[str]  # "unemployment remains at 3.6%", "rose to $3.7 billion": a level reached
    timing_comparatives: frozenset[str]  # "hadn't found it sooner": the time is denied, not the event
    year_qualifiers: frozenset[str]  # "of calendar 2024", "in fiscal year 2023": words between a preposition and a year
    forecast_words: frozenset[str]  # "Spotify expects charges of ...": words that make a figure a forecast
    own_words: frozenset[str]  # "grounded its own fleet": a word that stresses the owner, between determiner and noun
    taking_verbs: frozenset[str]  # "the cold has claimed the lives of 34": the subject took them
    consecutive_cues: frozenset[str]  # "to be served consecutively": terms that add up
    free_relatives: frozenset[str]  # "for what prosecutors described as ...": a clause standing for a thing
    rate_words: frozenset[str]  # "$4 billion a year", "per month": a figure that runs per period
    place_suffixes: frozenset[str]  # "Stockholm-based": a word that makes the name before it a place
    owner_suffixes: frozenset[str]  # "Microsoft-owned LinkedIn": a word that makes the name before it an owner
    proximity_prepositions: frozenset[str]  # "near Portland": a landmark, not the place itself
    # "under the Bank's forecast, inflation will ...": a fronted phrase naming where the clause comes from
    source_prepositions: frozenset[str]
    possibility_cues: frozenset[str]  # "the Fed may raise rates again": a claim about what may happen
    likelihood_nouns: frozenset[str]  # "rated its chance of reaching orbit at 50-50": a claim about odds
    # "the first round of elections", "the second leg": an ordinal and a noun naming one occasion of a series
    series_nouns: frozenset[str]
    # "the charges were dropped": a verb that calls off what its object names, so "will not face prosecution"
    # agrees with the claim
    cancel_verbs: frozenset[str]
    # "had climbed by 10 metres" against "has dropped by 2.5 meters": the direction a change goes
    # "a ceremony that dates back almost a thousand years": a length that gives how old something is
    age_phrases: frozenset[tuple[str, ...]]
    rise_words: frozenset[str]
    fall_words: frozenset[str]
    announcing_verbs: frozenset[str]  # "the judge announced late Sunday": an act of telling, which recurs
    area_nouns: frozenset[str]  # "Florida's Big Bend region": a broad area, which may hold the claim's place
    demonstratives: frozenset[str]  # "This values the company at ...": a subject pointing at the sentence before
    radius_words: frozenset[str]  # "200 miles around the epicenter": a reach measured out from a point
    cumulative_cues: frozenset[str]  # "we have accumulated an inflation of 5000%": a total over many periods
    ordinal_words: frozenset[str]
    # words that frame a clause as someone's view without a verb of saying ("Cisco expects the deal to ...",
    # "his plans include ..."): an allegation so framed is not stated as fact
    framing_cues: frozenset[str]
    relative_pronouns: frozenset[str]  # "Madoff, who was sentenced ...": a clause hung from the noun before
    area_prepositions: frozenset[str]  # "a trend across Latin America": an area that may hold any place in it
    # the hedges (as ``value_bounds`` names them) that make a record's own figure a rounded one
    rounding_hedges: frozenset[str]
    change_prepositions: frozenset[str]  # "raised by 0.25%": the size of a change, not the level it reached
    change_dimensions: frozenset[str]  # units that measure a change ("percentage points"), not a level
    organisation_heads: frozenset[str]  # "American Airlines", "Acme Holdings": a word that makes a company's name
    year_to_date: frozenset[tuple[str, ...]]  # "already this year": a total of the year so far
    causative_verbs: frozenset[str]  # "FAA orders 171 jets grounded": the one who orders it done did it
    ago_words: frozenset[str]  # "two weeks ago", "a year earlier": a length that places a time
    past_offset_words: frozenset[str]  # "a year and a half ago": those of them that place it before
    date_line_words: frozenset[str]  # "Updated", "Published", "GMT": the words a document's date line may hold
    correction_cues: frozenset[str]  # "since corrected to 25": a sentence citing a wrong figure on purpose
    calendar_words: frozenset[str]
    weekdays: tuple[str, ...]  # Monday first, as datetime.date.weekday() counts them
    complementisers: frozenset[str]  # "that": opens a clause that is another verb's object
    tally_nouns: frozenset[str]  # "toll", "tally": a noun whose figure needs no noun of its own
    attribution_verbs: frozenset[str]
    # "two employees told Business Insider": people counted as the report's sources, not the story's figure
    source_verbs: frozenset[str]
    source_phrases: frozenset[tuple[str, ...]]  # "according to": the name after it says what follows
    directions: dict[str, str]  # "from": origin, "to": destination
    indefinite_articles: frozenset[str]  # "a", "an": a thing the sentence brings in, not one named before
    state_times: frozenset[str]  # "when": "X was at 16,000 feet when Y" gives X's state at Y
    # "he", "they": a subject that opens a relative clause with no relative pronoun ("the company he founded")
    contact_subjects: frozenset[str]
    # "as": opens a clause when a subject and a verb follow ("... in Bengaluru as the lander makes its
    # landing"), unless a blocker stands beside it ("such as", "as well", "as much as")
    clause_as: frozenset[str]
    clause_as_blockers: frozenset[str]
    undergoing_verbs: frozenset[str]  # "lost", "suffered": the subject is the one the event happens to
    electing_verbs: frozenset[str]  # "elected", "appointed": the object wins the office, the subject chooses
    # "an immediate 11% raise": the first part of a total ("totalling 25% over the contract")
    instalment_words: frozenset[str]
    total_words: frozenset[str]
    present_verbs: frozenset[str]  # "is", "has": a sentence in the present tense tells a state now
    measuring_verbs: frozenset[str]  # "measured", "estimated": a claim that records someone's reading
    value_breaks_left: frozenset[str]
    value_breaks_right: frozenset[str]
    # "but": a contrast that, with a subject and a verb of its own after it, ends the event's values
    contrast_conjunctions: frozenset[str]
    # "and": joins the parts of a group ("the pilot and four passengers"), whose count is their sum
    coordinators: frozenset[str]
    # "beneath", "high", "from": the direction a length is measured in (depth, height, distance)
    measure_relations: dict[str, str]
    other_place_words: frozenset[str]  # "elsewhere": a figure set in another place than the story's
    # "since" after a superlative ("the deadliest since ..."): the clause it opens is the compared event
    since_words: frozenset[str]
    # "en route to", "bound for": a place named after them is where a journey was going, never where it ended
    transit_phrases: dict[tuple[str, ...], str]
    # "at": "go public at the Tadawul stock exchange" names where, whatever kind of body the name is
    venue_prepositions: frozenset[str]
    # "by", "for" after a wish participle: "the valuation long sought by", "the figure hoped for"
    wish_followers: frozenset[str]
    # "worth", "valued at" before an amount: a level, never the size of a step ("rising by $50 billion")
    level_cues: dict[tuple[str, ...], str]
    # "fans", "residents": "fans of home team Arema FC stormed the pitch" is done by the fans, not the club
    member_nouns: frozenset[str]
    # "from", "after": "the toll from Saturday's stampede" dates only the stampede, the event's cause
    cause_prepositions: frozenset[str]
    # "half", "thirds": a part of a whole ("two-thirds of his sentence, or about 15 years" is the part's length)
    fraction_nouns: frozenset[str]
    restating_words: frozenset[str]  # "or": ", or about 15 years" restates what comes before it
    # "beyond", "longer than" right after a length: "10 years beyond the guidelines" is a difference
    difference_cues_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # "found", "declared" before a state of the body ("dead", "alive"): "found dead on Monday" is dated by when
    # it was learned, where "found guilty on Monday" is the finding itself
    finding_verbs: frozenset[str]
    found_states: frozenset[str]
    superlative_words: frozenset[str]  # "worst", "first": superlatives the suffixes do not make
    superlative_suffixes: tuple[str, ...]  # "-est": "deadliest", "largest"
    occasion_nouns: frozenset[str]  # "briefing", "news conference": occasions that recur, each with its date
    conditional_inversions: frozenset[str]  # ", should he defeat ...": a condition opened by a fronted auxiliary
    time_relatives: frozenset[str]
    determiners: frozenset[str]
    other_event_cues: frozenset[str]
    other_event_words: frozenset[str]  # "aftershock": a word that itself names another event of the kind
    # "further increases", "more rate hikes": before an event noun, more events of the kind than the one
    further_cues: frozenset[str]
    additive_words: frozenset[str]  # "three people ... also died": those the event befell besides others
    earlier_report_cues: frozenset[tuple[str, ...]]  # "initially", "at first": a figure told as its first report
    site_nouns: frozenset[str]  # "the site of the collapse": a place named by what happened there
    media_nouns: frozenset[str]  # "Drone photo of ...": a caption, whose closing date is the picture's
    caption_cues: frozenset[tuple[str, ...]]  # "as seen from", "pictured": a caption without a picture's noun
    distancing_verbs: frozenset[str]  # "Hackers claimed they stole ...": what someone says, not adopted
    # "died due to cold", "because of the storm": what follows puts a figure down to a cause
    cause_markers: tuple[tuple[str, ...], ...]
    # "the companies", "both firms": plural nouns that refer back to the two organisations named last
    body_plurals: frozenset[str]
    time_nouns: frozenset[str]
    person_refs: frozenset[str]
    thing_refs: frozenset[str]
    group_pronouns: frozenset[str]
    group_words: frozenset[str]
    kind_nouns: dict[str, frozenset[str]]
    number_bounds: dict[tuple[str, ...], str]
    passive_light_verbs: frozenset[str]
    modifier_prepositions: frozenset[str]
    negation_stoppers: frozenset[str]

    # values as copy writes them: fractions, multipliers, ranges, hedges, units, times of day
    number_fractions_by_first: dict[str, tuple[tuple[tuple[str, ...], float], ...]]
    fraction_words: dict[str, float]
    number_multipliers: dict[str, float]
    amount_multipliers: dict[str, float]
    range_words: frozenset[tuple[str, ...]]
    change_words: frozenset[str]
    value_bounds: dict[tuple[str, ...], str]
    value_bound_words: frozenset[str]  # every word of those phrases: what a hedge before a figure may hold
    value_bounds_after_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    units: dict[str, Unit]
    unit_names_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    unit_before: dict[tuple[str, ...], str]
    # "a quarter of a point": a bare "point" is a percentage point only after a fraction ("25 points" are
    # basis points in the same copy)
    unit_after_fraction_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    time_words: dict[str, tuple[int, int]]
    meridiem: dict[tuple[str, ...], int]
    time_hedges: frozenset[tuple[str, ...]]
    date_range_words: frozenset[tuple[str, ...]]
    reference_words: dict[tuple[str, ...], str]
    metonym_kinds: frozenset[str]  # what a place directly part of it may stand for: "Paris expelled ..."
    # the tables above by first word, so a sentence looks up only its own words (built with the pack)
    number_phrases_by_first: dict[str, tuple[tuple[tuple[str, ...], float | None], ...]]  # longest first
    number_starts: frozenset[str]  # every word but a figure a number may be read from: without any, no number
    person_titles_by_first: dict[str, tuple[tuple[str, ...], ...]]  # longest first
    date_phrases_by_first: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # in table order, as reported
    # kinds of event and the words copy uses for each: ``factcheck draft`` gives a claim its event's words
    event_synonyms: tuple[EventGroup, ...] = ()
    # the story words :func:`with_vocabulary` added (people, party, other-event words), kept so a stored
    # base pickles as its language and these words and shares the loaded pack when it is read back
    added: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())

    def __reduce__(self) -> tuple[object, tuple[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]]:
        return _Restore, (self.language, self.added)


def _in_table_order(table: dict[tuple[str, ...], V]) -> dict[str, tuple[tuple[tuple[str, ...], V], ...]]:
    """A phrase table under each phrase's first word."""
    out: dict[str, list[tuple[tuple[str, ...], V]]] = {}
    for words, value in table.items():
        out.setdefault(words[0], []).append((words, value))
    return {k: tuple(v) for k, v in out.items()}


def _by_first(table: dict[tuple[str, ...], V]) -> dict[str, tuple[tuple[tuple[str, ...], V], ...]]:
    # longest first; among equal lengths the table order, as a scan of the whole table would choose
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in _in_table_order(table).items()}


_PIECE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase split as the sentence tokenizer splits text: "us$" is "us" then "$", "km²" is "km" then "²"."""
    return tuple(p for piece in phrase.lower().split() for p in _PIECE.findall(piece))


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.replace("-", " ").split())


DEFAULT_LANGUAGE = "en"
_CODE = re.compile(r"[a-z]{2,3}")


@cache
def pack_language(code: str | None) -> str:
    """The pack a language tag reads with: "fr-FR" and "fr" read with ``fr``; a language without a pack
    (or no tag at all) with English, the only complete pack."""
    primary = (code or DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    if _CODE.fullmatch(primary) and resources.files("factcheck").joinpath(f"data/lang/{primary}.json").is_file():
        return primary
    return DEFAULT_LANGUAGE


def base_language(codes: Iterable[str | None]) -> str:
    """The pack a claim base reads its articles with: its sources' language (the most common, when they
    differ), English when none declares one."""
    counts: dict[str, int] = {}
    for code in codes:
        if code:
            language = pack_language(code)
            counts[language] = counts.get(language, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else DEFAULT_LANGUAGE


def _pack(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("factcheck").joinpath(f"data/lang/{language}.json").read_text(encoding="utf-8"))
    return data


def lexicon(language: str | None = DEFAULT_LANGUAGE) -> Lexicon:
    """The pack for ``language``, completed from the English one key by key; one instance per pack, so
    "fr", "fr-FR" and "fr-CA" share one."""
    return _load(pack_language(language))


@cache
def _load(language: str) -> Lexicon:
    own = _pack(language)
    raw = own if language == DEFAULT_LANGUAGE else {**_pack(DEFAULT_LANGUAGE), **own}
    units = {uid: Unit(uid, spec["dimension"], float(spec.get("factor", 1)), frozenset(spec.get("also", ())))
             for uid, spec in raw["units"].items()}
    number_phrases = {_split(k): v for k, v in raw["number_phrases"].items()}
    number_words = frozenset(raw["number_words"])
    fraction_words = {k: float(v) for k, v in raw["fraction_words"].items()}
    person_titles = frozenset(tuple(t.split()) for t in raw.get("person_titles", ()))
    date_phrases = {_split(k): int(v) for k, v in raw["date_phrases"].items()}
    number_phrases_by_first = _by_first(number_phrases)
    period_phrases = {phrase_words(w): period for period, words in raw.get("period_phrases", {}).items()
                      for w in words}
    value_bounds = {**{tuple(k.split()): v for k, v in raw["number_bounds"].items()},
                    **{phrase_words(k): v for k, v in raw["value_bounds"].items()}}
    return Lexicon(
        language=language,
        number_phrases=number_phrases,
        number_words=number_words,
        scale_words=dict(raw["scale_words"]),
        duration_units=dict(raw["duration_units"]),
        duration_article_words=frozenset(raw["duration_article_words"]),
        duration_heads=frozenset(raw["duration_heads"]),
        months=dict(raw["months"]),
        ambiguous_month_words=frozenset(raw["ambiguous_month_words"]),
        date_phrases=date_phrases,
        clause_breaks=frozenset(raw["clause_breaks"]),
        stative_participles=frozenset(raw["stative_participles"]),
        party_nouns=frozenset(raw["party_nouns"]),
        year_prepositions=frozenset(raw["year_prepositions"]),
        negation_cues=frozenset(raw["negation_cues"]),
        refusal_cues=frozenset(raw.get("refusal_cues", ())),
        tolerance_cues=frozenset(tuple(c.split()) for c in raw.get("tolerance_cues", ())),
        first_words=frozenset(raw.get("first_words", ())),
        participle_prepositions=frozenset(raw.get("participle_prepositions", ())),
        state_changes=frozenset(raw.get("state_changes", ())),
        adjunct_openers=frozenset(raw.get("adjunct_openers", ())),
        estimate_sources=frozenset(raw.get("estimate_sources", ())),
        gloss_cues=frozenset(tuple(c.split()) for c in raw.get("gloss_cues", ())),
        obligation_cues=frozenset(raw.get("obligation_cues", ())),
        modal_negations=frozenset(raw.get("modal_negations", ())),
        denied_noun_prepositions=frozenset(raw.get("denied_noun_prepositions", ())),
        topic_prepositions=frozenset(raw.get("topic_prepositions", ())),
        repeat_cues=tuple(tuple(c.split()) for c in raw.get("repeat_cues", ())),
        deadline_prepositions=frozenset(raw.get("deadline_prepositions", ())),
        first_person=frozenset(raw.get("first_person", ())),
        exception_phrases=tuple(tuple(c.split()) for c in raw.get("exception_phrases", ())),
        each_words=frozenset(raw.get("each_words", ())),
        since_phrases=tuple(tuple(c.split()) for c in raw.get("since_phrases", ())),
        addition_openers=tuple(tuple(c.split()) for c in raw.get("addition_openers", ())),
        part_cues=frozenset(raw.get("part_cues", ())),
        plea_verbs=frozenset(raw.get("plea_verbs", ())),
        increment_words=frozenset(raw.get("increment_words", ())),
        time_zones=frozenset(raw.get("time_zones", ())),
        place_pronouns=frozenset(raw.get("place_pronouns", ())),
        contrast_words=frozenset(raw.get("contrast_words", ())),
        joint_words=frozenset(raw.get("joint_words", ())),
        contractions=tuple(raw.get("contractions", ())),
        severity_words=frozenset(raw.get("severity_words", ())),
        subset_qualifiers=frozenset(raw.get("subset_qualifiers", ())),
        becoming_verbs=frozenset(raw.get("becoming_verbs", ())),
        negated_pairs=dict(raw.get("negated_pairs", {})),
        local_places=frozenset(raw.get("local_places", ())),
        place_kind_nouns=frozenset(raw.get("place_kind_nouns", ())),
        country_names=frozenset(n.lower() for n in raw.get("country_names", ())),
        value_nouns=frozenset(raw.get("value_nouns", ())),
        negation_bridge=frozenset(raw["negation_bridge"]),
        negation_window=int(raw["negation_window"]),
        attribution_cues=frozenset(raw["attribution_cues"]),
        people_nouns=frozenset(raw["people_nouns"]),
        person_nouns=frozenset(raw.get("person_nouns", ())),
        irrealis_cues=frozenset(raw["irrealis_cues"]),
        option_cues=frozenset(raw.get("option_cues", ())),
        negation_limits=frozenset(tuple(p.split()) for p in raw.get("negation_limits", ())),
        negation_deadlines=frozenset(raw.get("negation_deadlines", ())),
        period_words={w: period for period, words in raw.get("period_words", {}).items() for w in words},
        period_phrases=period_phrases,
        later_periods={k: frozenset(v) for k, v in raw.get("later_periods", {}).items()},
        day_parts={phrase_words(k): frozenset(range(v[0], v[1])) for k, v in raw.get("day_parts", {}).items()},
        period_phrases_by_first=_in_table_order(period_phrases),
        person_titles=person_titles,
        stance_words=frozenset(raw["stance_words"]),
        diminishers=frozenset(raw["diminishers"]),
        intensifiers=frozenset(raw["intensifiers"]),
        location_prepositions=frozenset(raw["location_prepositions"]),
        passive_auxiliaries=frozenset(raw["passive_auxiliaries"]),
        linking_verbs=frozenset(raw.get("linking_verbs", ())),
        until_words=frozenset(raw.get("until_words", ())),
        definite_articles=frozenset(raw.get("definite_articles", ())),
        partitive_prepositions=frozenset(raw.get("partitive_prepositions", ())),
        partitive_leads=frozenset(raw.get("partitive_leads", ())),
        partitive_pronouns=frozenset(raw.get("partitive_pronouns", ())),
        distributive_others=frozenset(raw.get("distributive_others", ())),
        aboard_prepositions=frozenset(raw.get("aboard_prepositions", ())),
        day_prepositions=frozenset(raw.get("day_prepositions", ())),
        additive_cues=frozenset(tuple(p.split()) for p in raw.get("additive_cues", ())),
        relative_that=frozenset(raw.get("relative_that", ())),
        tally_cues_by_first=_by_first({tuple(p.split()): "rising" for p in raw.get("tally_cues", ())}),
        future_auxiliaries=frozenset(raw.get("future_auxiliaries", ())),
        particles=frozenset(raw.get("particles", ())),
        goal_nouns=frozenset(raw.get("goal_nouns", ())),
        series_prepositions=frozenset(raw.get("series_prepositions", ())),
        part_modifiers=frozenset(raw.get("part_modifiers", ())),
        onset_verbs=frozenset(raw.get("onset_verbs", ())),
        free_relatives=frozenset(raw.get("free_relatives", ())),
        consecutive_cues=frozenset(raw.get("consecutive_cues", ())),
        taking_verbs=frozenset(raw.get("taking_verbs", ())),
        quantifiers=frozenset(raw.get("quantifiers", ())),
        own_words=frozenset(raw.get("own_words", ())),
        forecast_words=frozenset(raw.get("forecast_words", ())),
        year_qualifiers=frozenset(raw.get("year_qualifiers", ())),
        timing_comparatives=frozenset(raw.get("timing_comparatives", ())),
        level_prepositions=frozenset(raw.get("level_prepositions", ())),
        superlatives=frozenset(raw.get("superlatives", ())),
        light_verbs=frozenset(raw.get("light_verbs", ())),
        offset_words=frozenset(raw.get("offset_words", ())),
        length_prepositions=frozenset(raw.get("length_prepositions", ())),
        negation_exceptions_by_first=_by_first({phrase_words(k): True for k in raw.get("negation_exceptions", ())}),
        fixed_phrases=tuple(tuple(p.split()) for p in raw.get("fixed_phrases", ())),
        fixed_phrase_words=frozenset(max(p.split(), key=len) for p in raw.get("fixed_phrases", ())),
        generic_causes=frozenset(raw.get("generic_causes", ())),
        rate_words=frozenset(raw.get("rate_words", ())),
        place_suffixes=frozenset(raw.get("place_suffixes", ())),
        owner_suffixes=frozenset(raw.get("owner_suffixes", ())),
        proximity_prepositions=frozenset(raw.get("proximity_prepositions", ())),
        source_prepositions=frozenset(raw.get("source_prepositions", ())),
        possibility_cues=frozenset(raw.get("possibility_cues", ())),
        likelihood_nouns=frozenset(raw.get("likelihood_nouns", ())),
        series_nouns=frozenset(raw.get("series_nouns", ())),
        cumulative_cues=frozenset(raw.get("cumulative_cues", ())),
        radius_words=frozenset(raw.get("radius_words", ())),
        demonstratives=frozenset(raw.get("demonstratives", ())),
        area_nouns=frozenset(raw.get("area_nouns", ())),
        announcing_verbs=frozenset(raw.get("announcing_verbs", ())),
        rise_words=frozenset(raw.get("rise_words", ())),
        age_phrases=frozenset(phrase_words(w) for w in raw.get("age_phrases", ())),
        fall_words=frozenset(raw.get("fall_words", ())),
        cancel_verbs=frozenset(raw.get("cancel_verbs", ())),
        ordinal_words=frozenset(raw.get("ordinal_words", ())),
        framing_cues=frozenset(raw.get("framing_cues", ())),
        relative_pronouns=frozenset(raw.get("relative_pronouns", ())),
        area_prepositions=frozenset(raw.get("area_prepositions", ())),
        rounding_hedges=frozenset(raw.get("rounding_hedges", ())),
        change_prepositions=frozenset(raw.get("change_prepositions", ())),
        change_dimensions=frozenset(raw.get("change_dimensions", ())),
        organisation_heads=frozenset(raw.get("organisation_heads", ())),
        year_to_date=frozenset(tuple(p.split()) for p in raw.get("year_to_date", ())),
        causative_verbs=frozenset(raw.get("causative_verbs", ())),
        ago_words=frozenset(raw.get("ago_words", ())),
        past_offset_words=frozenset(raw.get("past_offset_words", ())),
        date_line_words=frozenset(raw.get("date_line_words", ())),
        correction_cues=frozenset(raw.get("correction_cues", ())),
        calendar_words=frozenset(raw["calendar_words"]),
        weekdays=tuple(raw["weekdays"]),
        complementisers=frozenset(raw["complementisers"]),
        tally_nouns=frozenset(raw.get("tally_nouns", ())),
        attribution_verbs=frozenset(raw["attribution_verbs"]),
        source_verbs=frozenset(raw.get("source_verbs", ())),
        source_phrases=frozenset(tuple(p.split()) for p in raw.get("source_phrases", ())),
        directions=dict(raw.get("directions", {})),
        indefinite_articles=frozenset(raw.get("indefinite_articles", ())),
        state_times=frozenset(raw.get("state_times", ())),
        contact_subjects=frozenset(raw.get("contact_subjects", ())),
        clause_as=frozenset(raw.get("clause_as", ())),
        clause_as_blockers=frozenset(raw.get("clause_as_blockers", ())),
        undergoing_verbs=frozenset(raw.get("undergoing_verbs", ())),
        electing_verbs=frozenset(raw.get("electing_verbs", ())),
        instalment_words=frozenset(raw.get("instalment_words", ())),
        total_words=frozenset(raw.get("total_words", ())),
        present_verbs=frozenset(raw.get("present_verbs", ())),
        measuring_verbs=frozenset(raw.get("measuring_verbs", ())),
        value_breaks_left=frozenset(raw["value_breaks_left"]),
        value_breaks_right=frozenset(raw["value_breaks_right"]),
        contrast_conjunctions=frozenset(raw.get("contrast_conjunctions", ())),
        coordinators=frozenset(raw.get("coordinators", ())),
        other_place_words=frozenset(raw.get("other_place_words", ())),
        measure_relations=dict(raw.get("measure_relations", {})),
        occasion_nouns=frozenset(raw.get("occasion_nouns", ())),
        conditional_inversions=frozenset(raw.get("conditional_inversions", ())),
        since_words=frozenset(raw.get("since_words", ())),
        transit_phrases={tuple(p.split()): "destination" for p in raw.get("transit_phrases", ())},
        venue_prepositions=frozenset(raw.get("venue_prepositions", ())),
        wish_followers=frozenset(raw.get("wish_followers", ())),
        level_cues={tuple(p.split()): "level" for p in raw.get("level_cues", ())},
        member_nouns=frozenset(raw.get("member_nouns", ())),
        cause_prepositions=frozenset(raw.get("cause_prepositions", ())),
        fraction_nouns=frozenset(raw.get("fraction_nouns", ())),
        restating_words=frozenset(raw.get("restating_words", ())),
        difference_cues_by_first=_by_first({tuple(p.split()): "x" for p in raw.get("difference_cues", ())}),
        finding_verbs=frozenset(raw.get("finding_verbs", ())),
        found_states=frozenset(raw.get("found_states", ())),
        superlative_words=frozenset(raw.get("superlative_words", ())),
        superlative_suffixes=tuple(raw.get("superlative_suffixes", ())),
        time_relatives=frozenset(raw["time_relatives"]),
        determiners=frozenset(raw["determiners"]),
        other_event_cues=frozenset(raw["other_event_cues"]),
        further_cues=frozenset(raw.get("further_cues", ())),
        additive_words=frozenset(raw.get("additive_words", ())),
        earlier_report_cues=frozenset(tuple(c.split()) for c in raw.get("earlier_report_cues", ())),
        site_nouns=frozenset(raw.get("site_nouns", ())),
        media_nouns=frozenset(raw.get("media_nouns", ())),
        caption_cues=frozenset(tuple(c.split()) for c in raw.get("caption_cues", ())),
        distancing_verbs=frozenset(raw.get("distancing_verbs", ())),
        cause_markers=tuple(tuple(c.lower().split()) for c in raw.get("cause_markers", ())),
        body_plurals=frozenset(raw.get("body_plurals", ())),
        other_event_words=frozenset(w.lower() for w in raw["other_event_words"]),
        time_nouns=frozenset(raw["time_nouns"]),
        person_refs=frozenset(raw["person_refs"]),
        thing_refs=frozenset(raw["thing_refs"]),
        group_pronouns=frozenset(raw["group_pronouns"]),
        group_words=frozenset(raw["group_words"]),
        kind_nouns={k: frozenset(v) for k, v in raw["kind_nouns"].items()},
        number_bounds={tuple(k.split()): v for k, v in raw["number_bounds"].items()},
        passive_light_verbs=frozenset(w for w in raw["passive_light_verbs"] if " " not in w),
        modifier_prepositions=frozenset(raw["modifier_prepositions"]),
        negation_stoppers=frozenset(raw["negation_stoppers"]),
        number_fractions_by_first=_by_first({phrase_words(k): float(v) for k, v in raw["number_fractions"].items()}),
        fraction_words=fraction_words,
        number_multipliers={k: float(v) for k, v in raw["number_multipliers"].items()},
        amount_multipliers={k: float(v) for k, v in raw["amount_multipliers"].items()},
        range_words=frozenset(phrase_words(w) for w in raw["range_words"]),
        change_words=frozenset(raw["change_words"]),
        value_bounds=value_bounds,
        value_bound_words=frozenset(w for phrase in value_bounds for w in phrase),
        value_bounds_after_by_first=_by_first({phrase_words(k): v for k, v in raw["value_bounds_after"].items()}),
        units=units,
        unit_names_by_first=_by_first({phrase_words(name): uid for uid, spec in raw["units"].items()
                                       for name in spec["names"]}),
        unit_before={phrase_words(name): uid for uid, spec in raw["units"].items() for name in spec.get("before", ())},
        unit_after_fraction_by_first=_by_first({phrase_words(name): uid for uid, spec in raw["units"].items()
                                                for name in spec.get("after_fraction", ())}),
        time_words={k: (int(v[0]), int(v[1])) for k, v in raw["time_words"].items()},
        meridiem={phrase_words(k): int(v) for k, v in raw["meridiem"].items()},
        time_hedges=frozenset(phrase_words(w) for w in raw["time_hedges"]),
        date_range_words=frozenset(phrase_words(w) for w in raw["date_range_words"]),
        reference_words={phrase_words(w): "reference" for w in raw["reference_words"]},
        metonym_kinds=frozenset(raw["metonym_kinds"]),
        number_phrases_by_first=number_phrases_by_first,
        number_starts=frozenset({*number_phrases_by_first, *fraction_words, *number_words}),
        person_titles_by_first={k: tuple(words for words, _ in v)
                                for k, v in _by_first(dict.fromkeys(person_titles)).items()},
        date_phrases_by_first=_in_table_order(date_phrases),
        # words of one language only: another language's pack without the table has none
        event_synonyms=_event_groups(own.get("event_synonyms", ())),
    )


def _event_groups(raw: Iterable[dict[str, Any]]) -> tuple[EventGroup, ...]:
    """The pack's event synonym groups; an entry without ``event`` (a comment) is skipped."""
    return tuple(EventGroup(str(g["event"]), tuple(w.lower() for w in g["words"]),
                            tuple(n.lower() for n in g.get("nouns", ()))) for g in raw if "event" in g)


def with_vocabulary(lex: Lexicon, people_nouns: Iterable[str] = (), party_nouns: Iterable[str] = (),
                    other_event_words: Iterable[str] = ()) -> Lexicon:
    """``lex`` with a story's own words added: the pack stays general, and one story's words never reach
    another story's base. The pack itself is untouched (it is shared); without words it is returned as is."""
    people = frozenset(w.lower() for w in people_nouns) - lex.people_nouns
    parties = frozenset(w.lower() for w in party_nouns) - lex.party_nouns
    others = frozenset(w.lower() for w in other_event_words) - lex.other_event_words
    if not (people or parties or others):
        return lex
    added = (lex.added[0] | people, lex.added[1] | parties, lex.added[2] | others)
    return lex._replace(people_nouns=lex.people_nouns | people, party_nouns=lex.party_nouns | parties,
                   other_event_words=lex.other_event_words | others, added=added)


class _Restore:
    """Rebuilds a pickled lexicon from its language and added words. A class rather than a function: a
    stored base may name only classes of the package (see :mod:`factcheck.cache`)."""

    def __new__(cls, language: str, added: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> Lexicon:  # type: ignore[misc]
        return with_vocabulary(lexicon(language), *added)
