"""Synthetic inputs for the benchmarks: claim bases of any size and a long article to check.

The seed base holds nineteen claims, far too few to show how checking and search
scale. Real archives are not random strings either: their claims name parties
that recur, use a limited set of actions (and so share keywords), and carry
counts, dates and durations. The generator imitates that shape, so the inverted
indexes see posting lists of realistic length: invented countries and
organisations (names grow with the base, more slowly than the claims, as a
vocabulary does), actions drawn from a fixed list whose keywords many claims
share, and typed values that agree with the statement's wording. Every draw comes
from a seeded ``random.Random``, so two runs measure the same base.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.loader import load_files
from factcheck.records import (
    ActorValue,
    Claim,
    CountValue,
    DateValue,
    DurationValue,
    Entity,
    EntityKind,
    PlaceValue,
    QuantityValue,
    TargetValue,
    Value,
)

__all__ = ["Party", "article", "entity_budget", "generate", "make_entities", "seed_records", "synthetic_base"]

# --- invented names ------------------------------------------------------------------------------

_ONSETS = ("b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr", "th",
           "sh", "pl", "f", "h", "j", "g", "p", "sk", "vr", "ch")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia")
_CODAS = ("", "", "", "n", "r", "l", "s", "m", "nd", "rt", "sk", "th")
_COUNTRY_ENDINGS = (("ia", "ian"), ("land", "lander"), ("stan", "stani"), ("ova", "ovan"), ("ar", "ari"),
                    ("ania", "anian"), ("esia", "esian"), ("ica", "ican"))
_ORG_FORMS = ("{root} Trade Council", "{root} Energy Agency", "Union of {root} Ports", "{root} Defence League",
              "{root} Development Bank", "{root} Press Institute", "{root} Labour Federation",
              "{root} Maritime Authority", "{root} Rights Observatory")
_CITY_FORMS = ("{root}grad", "Port {root}", "{root}ville", "{root}burg", "San {root}", "{root}abad")


@dataclass(frozen=True, slots=True)
class Party:
    """An invented entity together with how sentences name it."""

    id: str
    name: str
    demonym: str | None  # countries only
    capital: str | None  # entity id of the country's capital
    capital_name: str | None = None


def _root(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 2, 2, 3))
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if i == syllables - 1 else "")
                   for i in range(syllables))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_entities(count: int, rng: random.Random, reserved: Sequence[str] = ()) -> tuple[
        list[Entity], list[Party], list[Party]]:
    """``count`` invented parties (three countries for every organisation) and each country's capital.

    Returns the entity records (parties and capitals) and the countries and
    organisations as :class:`Party`; names already ``reserved`` (the seed
    entities) are never reused, so no name resolves to two entities.
    """
    taken = {name.lower() for name in reserved}
    entities: list[Entity] = []
    countries: list[Party] = []
    organisations: list[Party] = []

    def fresh(make: str) -> str | None:
        for _attempt in range(20):
            root = _root(rng).capitalize()
            name = make.format(root=root)
            if name.lower() not in taken and _slug(name) not in taken:
                taken.update((name.lower(), _slug(name)))
                return name
        return None

    n_countries = max(1, count * 3 // 4)
    while len(countries) < n_countries:
        ending, dem_ending = rng.choice(_COUNTRY_ENDINGS)
        root = _root(rng).capitalize()
        name, demonym = root + ending, root + dem_ending
        if {name.lower(), demonym.lower(), _slug(name)} & taken:
            continue
        city = fresh(rng.choice(_CITY_FORMS))
        if city is None:
            continue
        taken.update((name.lower(), demonym.lower(), _slug(name)))
        country_id, city_id = _slug(name), _slug(city)
        entities.append(Entity(id=country_id, name=name, kind=EntityKind.country,
                               aliases=(f"Republic of {name}",), demonyms=(demonym,)))
        entities.append(Entity(id=city_id, name=city, kind=EntityKind.place, part_of=country_id))
        countries.append(Party(country_id, name, demonym, city_id, city))
    while len(organisations) < count - n_countries:
        org = fresh(rng.choice(_ORG_FORMS))
        if org is None:
            continue
        entities.append(Entity(id=_slug(org), name=org, kind=EntityKind.organisation))
        organisations.append(Party(_slug(org), org, None, None))
    return entities, countries, organisations


# --- actions -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Action:
    """One kind of event. ``text`` may use {actor} {target} {dem} (target's demonym) {n} {noun} {city}
    {amount} {duration}; ``alias`` is a looser wording of the same event."""

    keywords: tuple[str, ...]
    text: str
    alias: str
    noun: str | None = None  # a count value of this noun when {n} is used
    unit: str | None = None  # a quantity value in this unit when {amount} is used
    duration: bool = False
    place: bool = False


_ACTIONS: tuple[_Action, ...] = (
    _Action(("expel", "expulsion", "persona non grata"), "{actor} expelled {n} {dem} {noun} and gave them "
            "{duration} to leave", "{actor} ordered {n} {dem} {noun} out of the country", "diplomats",
            duration=True),
    _Action(("summon", "called in"), "{actor} summoned the {dem} ambassador over {topic}",
            "the {dem} envoy was called in by {actor}"),
    _Action(("sanction",), "{actor} imposed sanctions on {n} {dem} {noun}",
            "{n} {dem} {noun} were put under sanctions by {actor}", "officials"),
    _Action(("detain", "detention", "arrest"), "{actor} detained {n} {dem} {noun} in {city}",
            "{n} {dem} {noun} were arrested in {city}", "nationals", place=True),
    _Action(("deport", "deportation"), "{actor} deported {n} {dem} {noun}",
            "{n} {noun} were sent back to {target} by {actor}", "migrants"),
    _Action(("sign", "agreement", "accord"), "{actor} signed a {topic} agreement with {target} in {city}",
            "{actor} and {target} concluded a {topic} accord", place=True),
    _Action(("recall",), "{actor} recalled its ambassador from {target} for {duration}",
            "{actor} brought its envoy home from {target}", duration=True),
    _Action(("close", "closure"), "{actor} closed its consulate in {city} for {duration}",
            "the consulate of {actor} in {city} shut its doors", duration=True, place=True),
    _Action(("ban", "embargo"), "{actor} banned imports of {product} from {target} for {duration}",
            "{actor} put an embargo on {target}'s {product}", duration=True),
    _Action(("fine", "penalty"), "{actor} fined the {dem} operator of {city} port {amount} million euros",
            "a penalty was imposed on a {dem} port operator by {actor}", unit="million euros", place=True),
    _Action(("deploy", "deployment"), "{actor} deployed {n} {noun} along its border with {target}",
            "{n} {noun} were sent to the {dem} border by {actor}", "troops"),
    _Action(("suspend", "suspension"), "{actor} suspended flights to {target} for {duration}",
            "air links between {actor} and {target} were halted", duration=True),
    _Action(("talks", "negotiation"), "{actor} held talks with {target} on {topic} in {city}",
            "{actor} and {target} negotiated over {topic}", place=True),
    _Action(("pledge", "aid"), "{actor} pledged {amount} million euros in aid to {target}",
            "{actor} promised financial help to {target}", unit="million euros"),
    _Action(("release", "freed"), "{actor} released {n} {dem} {noun}",
            "{n} {dem} {noun} were freed by {actor}", "prisoners"),
    _Action(("condemn", "denounce"), "{actor} condemned {target} over {topic}",
            "{actor} denounced the conduct of {target} on {topic}"),
    _Action(("recognise", "recognition"), "{actor} recognised the government of {target}",
            "{actor} extended recognition to {target}"),
    _Action(("extradite", "extradition"), "{actor} extradited {n} {noun} to {target}",
            "{n} {noun} were handed over to {target} by {actor}", "suspects"),
    _Action(("tariff", "duties"), "{actor} raised tariffs on {product} from {target} by {amount} per cent",
            "{actor} put higher duties on {dem} {product}", unit="per cent"),
    _Action(("boycott", "stayed away"), "{actor} boycotted the summit on {topic} hosted by {target}",
            "{actor} stayed away from the {topic} summit in {target}"),
    _Action(("withdraw", "withdrawal"), "{actor} withdrew from its {topic} treaty with {target}",
            "{actor} pulled out of the {topic} pact with {target}"),
    _Action(("investigation", "probe"), "{actor} opened an investigation into {target} over {topic}",
            "{actor} began a probe of {target} concerning {topic}"),
    _Action(("asylum",), "{actor} granted asylum to {n} {dem} {noun}",
            "{n} {dem} {noun} found refuge in {actor}", "journalists"),
    _Action(("seize", "seizure"), "{actor} seized {n} {dem} {noun} off {city}",
            "{n} {dem} {noun} were impounded by {actor}", "fishing boats", place=True),
    _Action(("evacuate", "evacuation"), "{actor} evacuated {n} {noun} from {target}",
            "{n} {noun} were flown out of {target} by {actor}", "citizens"),
    _Action(("ratify", "ratification"), "{actor} ratified the {topic} convention with {target}",
            "the {topic} convention with {target} was approved by {actor}"),
    _Action(("cut", "reduce"), "{actor} cut gas deliveries to {target} by {amount} per cent",
            "{actor} reduced the gas it sends to {target}", unit="per cent"),
    _Action(("freeze", "frozen"), "{actor} froze {amount} million euros of assets held by {dem} banks",
            "{dem} bank assets were frozen by {actor}", unit="million euros"),
    _Action(("veto",), "{actor} vetoed a resolution on {topic} drafted by {target}",
            "a {topic} resolution from {target} was blocked by {actor}"),
    _Action(("visit",), "the leader of {actor} visited {city} for {duration} of talks on {topic}",
            "a delegation from {actor} travelled to {city}", duration=True, place=True),
)
_TOPICS = ("fisheries", "energy", "border security", "water rights", "trade", "migration", "cyber security",
           "grain exports", "railway links", "climate", "nuclear safety", "customs", "visa rules")
_PRODUCTS = ("grain", "steel", "timber", "wine", "fertiliser", "cotton", "fish", "copper")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# (ISO 8601, wording)
_DURATIONS = (("PT24H", "24 hours"), ("PT48H", "48 hours"), ("PT72H", "72 hours"), ("P3D", "three days"),
              ("P1W", "one week"), ("P2W", "two weeks"), ("P1M", "one month"), ("P6M", "six months"),
              ("P1Y", "one year"), ("P10D", "ten days"))


def _number(n: int, rng: random.Random) -> str:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) and rng.random() < 0.6 else str(n)


def _date(rng: random.Random) -> tuple[str, DateValue]:
    """A date of day, month or year precision, and its wording in the statement."""
    year = rng.randint(1995, 2024)
    roll = rng.random()
    if roll < 0.4:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return f"On {day} {_MONTHS[month - 1]} {year}", DateValue(year=year, month=month, day=day)
    if roll < 0.8:
        month = rng.randint(1, 12)
        return f"In {_MONTHS[month - 1]} {year}", DateValue(year=year, month=month)
    return f"In {year}", DateValue(year=year)


def _claim(index: int, rng: random.Random, countries: Sequence[Party], parties: Sequence[Party],
           plain: bool) -> Claim:
    action = rng.choice(_ACTIONS)
    actor = rng.choice(parties)
    target = rng.choice(countries)
    while target.id == actor.id:
        target = rng.choice(countries)
    values: list[Value] = [ActorValue(entity=actor.id, phrase=actor.name),
                           TargetValue(entity=target.id, phrase=target.name)]
    fill = {"actor": actor.name, "target": target.name, "dem": target.demonym or target.name,
            "topic": rng.choice(_TOPICS), "product": rng.choice(_PRODUCTS), "noun": action.noun or "",
            "city": "", "n": "", "amount": "", "duration": ""}
    if action.place and target.capital and target.capital_name:
        fill["city"] = target.capital_name
        values.append(PlaceValue(entity=target.capital, phrase=target.capital_name))
    if action.noun is not None:
        n = rng.choice((2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20, 40, 120))
        fill["n"] = _number(n, rng)
        values.append(CountValue(number=n, noun=action.noun, phrase=f"{fill['n']} {action.noun}"))
    if action.unit is not None:
        amount = rng.choice((5, 10, 12, 20, 25, 40, 50, 75, 150, 300))
        fill["amount"] = str(amount)
        values.append(QuantityValue(number=amount, unit=action.unit, phrase=f"{amount} {action.unit}"))
    if action.duration:
        iso, words = rng.choice(_DURATIONS)
        fill["duration"] = words
        values.append(DurationValue(iso=iso, phrase=words))
    when, date = _date(rng)
    values.append(date)
    body = action.text.format(**fill)
    if rng.random() < 0.5:
        statement = f"{when}, {body}."
    else:  # the date last: "... in March 2019."
        statement = f"{body[0].upper()}{body[1:]} {when[0].lower()}{when[1:]}."
    aliases: tuple[str, ...] = ()
    if rng.random() < 0.3:
        alias = action.alias.format(**fill)
        aliases = (alias[0].upper() + alias[1:],)
    claim_id = f"synthetic-{index:06d}"
    if plain:
        # an archive entry with no editor markup: only the free-text path can find it
        return Claim(id=claim_id, statement=statement, aliases=aliases)
    return Claim(id=claim_id, statement=statement, keywords=action.keywords, aliases=aliases,
                 values=tuple(values))


def entity_budget(n_claims: int) -> int:
    """How many invented parties a base of ``n_claims`` names: grows like a vocabulary (Heaps' law),
    from about 250 at 1k claims to about 2,500 at 100k."""
    return max(40, min(3000, int(8 * math.sqrt(n_claims))))


def generate(n_claims: int, seed: int = 2023, reserved: Sequence[str] = (),
             plain_share: float = 0.1) -> tuple[list[Claim], list[Entity]]:
    """``n_claims`` invented claims (ids ``synthetic-NNNNNN``) and the entities they name.

    ``plain_share`` of them are bare statements without keywords or values, as an
    imported archive would hold; the rest carry keywords, actor, target, a date
    and the counts, amounts, durations and places their wording states.
    """
    rng = random.Random(seed)
    entities, countries, organisations = make_entities(entity_budget(n_claims), rng, reserved)
    parties = [*countries, *organisations]
    claims = [_claim(i, rng, countries, parties, rng.random() < plain_share) for i in range(n_claims)]
    return claims, entities


def seed_records(claims_dir: str | Path) -> tuple[list[Claim], list[Entity]]:
    """The claims and entities of the claims folder, checked exactly as ``factcheck validate`` checks them."""
    files, problems = load_files([claims_dir])
    if problems:
        raise ValueError(f"the seed claims in {claims_dir} do not load: {problems[0]}")
    claims = [c for f in files for c in f.record.claims]
    entities = [e for f in files for e in f.record.entities]
    return claims, entities


def synthetic_base(total: int, claims_dir: str | Path, seed: int = 2023) -> tuple[list[Claim], list[Entity]]:
    """The seed claims topped up with invented ones to ``total`` claims, ready for ``ClaimBase``.

    Invented entities never reuse a seed entity's name, alias or demonym, so the
    seed claims are matched exactly as they are in the real base.
    """
    claims, entities = seed_records(claims_dir)
    reserved = [e.id for e in entities] + [n for e in entities for n in (e.name, *e.aliases, *e.demonyms)]
    extra_claims, extra_entities = generate(max(0, total - len(claims)), seed, reserved)
    return claims + extra_claims, entities + extra_entities


# --- the article ---------------------------------------------------------------------------------

# Sentences about the France-Azerbaijan expulsions; the slots vary counts, durations, dates and parties,
# so the article mixes statements the record supports, contradicts or does not cover.
_ON_TOPIC = (
    "Paris ordered {n} diplomats from the Azerbaijani embassy to leave France.",
    "France declared {n} Azerbaijani envoys persona non grata this week.",
    "The French government expelled {n} members of Azerbaijan's embassy staff.",
    "{n} Azerbaijani diplomats were told by France to pack their bags.",
    "Baku had earlier expelled {n} employees of the French embassy.",
    "Azerbaijan's foreign ministry kicked out {n} French diplomats first.",
    "The French staff members were given {hours} to get out of Azerbaijan.",
    "According to officials in Paris, the two French diplomats had {hours} to leave Baku.",
    "The Quai d'Orsay described the step as a reciprocal measure.",
    "French officials said the move answered Baku in kind.",
    "France acted in response to the earlier expulsion of its own diplomats.",
    "{party} retaliated after {other} expelled its embassy staff.",
    "The French foreign ministry summoned the Azerbaijani ambassador to protest.",
    "The ambassador of Azerbaijan was called in by the foreign ministry in Paris.",
    "Paris formally complained about the way Baku had behaved.",
    "Paris condemned what it called unacceptable actions by Baku.",
    "Azerbaijan says France leans towards Armenia in the negotiations.",
    "Baku says Paris is partisan in the talks mediated by the European Union.",
    "France is biased towards Armenia, officials in Baku claimed.",
    "President Aliyev has accused France of arming Armenia.",
    "France supplies weapons to Armenia and fuels tension in the Caucasus.",
    "Aliyev alleged that French arms deliveries to Yerevan were stoking conflict.",
    "France is home to a large Armenian diaspora.",
    "The Armenian community in France is one of the largest in Europe.",
    "Azerbaijan has repeatedly criticised the French stance on the conflict.",
    "In {month} {year}, Azerbaijan retook Nagorno-Karabakh from Armenian separatists.",
    "Azerbaijani forces recaptured the Nagorno-Karabakh region in {year}.",
    "Armenian forces had controlled Nagorno-Karabakh for {decades} years before the offensive.",
    "The enclave remained under Armenian rule for {decades} years.",
    "A peace agreement between the two neighbours was expected by the end of {year}.",
    "Diplomats had hoped to sign a peace deal before {year} was out.",
    "Negotiations under EU mediation have hardly moved forward.",
    "The EU-brokered negotiations have stalled for months.",
    "Aliyev boycotted a meeting planned in Spain in {month} {year}.",
    "The Azerbaijani president stayed away from the Granada summit in {month}.",
    "Aliyev took issue with a French position he considered one-sided.",
    "Ilham Aliyev, the president of Azerbaijan, skipped the talks in Spain.",
    "Emmanuel Macron did not comment on the expulsions.",
    "The row is the latest in a series of tit-for-tat moves between Paris and Baku.",
    "Relations between France and Azerbaijan have soured since the offensive.",
    "Observers in Brussels fear the dispute could derail the peace process.",
    "Armenia's prime minister Nikol Pashinyan attended the meeting in Granada.",
    "{n} diplomats were expelled in total, officials said.",
    "France did not expel any Azerbaijani diplomats, a spokesperson insisted.",
    "The expulsion order gave the envoys {hours} to leave French territory.",
)
_FILLER = (
    "Rain is expected across the north of the country on {weekday}.",
    "The local football club won {n} matches in October.",
    "A new bakery opened on the corner of the main square last week.",
    "Train services between the two cities will resume after repairs to the bridge.",
    "The museum's autumn exhibition draws on photographs from the 1950s.",
    "Farmers reported a good harvest of apples despite the dry summer.",
    "The council plans to plant {n} hundred trees along the river.",
    "Ticket prices for the concert series rose by ten per cent.",
    "Volunteers cleaned the beach on {weekday} morning.",
    "The library will stay open until nine in the evening during exams.",
    "A cycling race will close several streets in the centre on {weekday}.",
    "Scientists measured record temperatures in the lake this summer.",
    "The school choir performed {n} songs at the festival.",
    "Shares in the airline fell sharply after the results were published.",
    "A recipe for plum cake won the regional baking contest.",
    "Heavy snow cut off several mountain villages for {hours}.",
    "The chess tournament attracted players from {n} clubs.",
    "Residents complained about noise from the construction site.",
    "The zoo welcomed {n} penguin chicks this spring.",
    "A bus strike is planned for the first week of the month.",
    "The city marathon raised money for the children's hospital.",
    "Local elections will be held in {month} {year}.",
    "The bookshop on the harbour celebrated its fiftieth anniversary.",
    "Fishermen said the catch had improved after the storms.",
    "The orchestra announced a new conductor for next season.",
    "Engineers finished testing the new tram line ahead of schedule.",
    "Visitors can tour the old lighthouse every weekend until {month}.",
    "The weather service warned of strong winds along the coast.",
    "A documentary about beekeeping won the audience award.",
    "The restaurant received its first star after {n} years of trading.",
)
_COUNTS = ("two", "two", "two", "three", "four", "2", "a pair of", "several")
_HOURS = ("48 hours", "48 hours", "two days", "72 hours", "three days", "a week", "24 hours")
_YEARS = ("2023", "2023", "2023", "2022", "2024")
_DECADES = ("30", "thirty", "three decades of", "twenty", "40")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SIDES = ("France", "Azerbaijan", "Paris", "Baku")


def article(sentences: int = 2000, seed: int = 7, on_topic_share: float = 0.6) -> str:
    """A long plain-text article of about ``sentences`` sentences in paragraphs of three to seven.

    About ``on_topic_share`` of the sentences concern the expulsions (true, false and uncovered variants);
    the rest is unrelated local news that the checker must leave alone.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    written = 0
    while written < sentences:
        size = min(rng.randint(3, 7), sentences - written)
        parts = []
        for _ in range(size):
            template = rng.choice(_ON_TOPIC if rng.random() < on_topic_share else _FILLER)
            party, other = rng.sample(_SIDES[:2], 2)
            text = template.format(
                n=rng.choice(_COUNTS), hours=rng.choice(_HOURS), year=rng.choice(_YEARS),
                month=rng.choice(("September", "September", "October", "August")),
                decades=rng.choice(_DECADES), weekday=rng.choice(_WEEKDAYS), party=party, other=other,
            )
            parts.append(text[0].upper() + text[1:])
        paragraphs.append(" ".join(parts))
        written += size
    return "\n\n".join(paragraphs) + "\n"
