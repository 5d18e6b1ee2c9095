"""Parties and places: the actor who does what the claim states, the target it is done to, and where.

Reading names is the entity registry's job and deciding who plays which role the sentence analysis's;
here a role's candidates are compared with the record. Parties agree through ``part_of`` either way
("France" for a claim about its foreign ministry); places compare strictly, because Lyon is in France but
is not Paris.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from factcheck.findings import Discrepancy
from factcheck.kinds.base import Context, Example, Kind, Result
from factcheck.plain import ActorValue, EntityKind, PlaceValue, TargetValue


def compare_party(value: ActorValue | TargetValue, ctx: Context) -> Result:
    reg = ctx.registry
    assert reg is not None, "parties are compared through the entity registry"
    p = ctx.predication
    cands = ctx.parties if ctx.parties is not None else (p.agents if value.kind == "actor" else p.patients)
    if not cands:
        return None
    if any(reg.compatible(value.entity, c) for c in cands):
        return True
    rivals = [c for c in cands if reg.comparable(value.entity, c)]
    return Discrepancy(value.field, reg.name(value.entity), reg.name(rivals[0])) if rivals else None


def compare_place(value: PlaceValue, ctx: Context) -> Result:
    reg = ctx.registry
    assert reg is not None, "places are compared through the entity registry"
    cands = ctx.parties if ctx.parties is not None else ctx.predication.places
    if not cands:
        return None
    expected = value.entity
    if any(c == expected or expected in reg.ancestors(c) for c in cands):
        return True
    regions = [c for c in cands if c in reg.ancestors(expected)]
    if regions:
        # "in Lyon, France" against Paris: the region agrees only as far as it goes; a place inside it
        # that is not the claim's is the place the sentence gives
        inner = [c for c in cands if c not in regions and any(r in reg.ancestors(c) for r in regions)
                 and not _area_round(ctx, c, expected)]
        return Discrepancy(value.field, reg.name(expected), reg.name(inner[0])) if inner else True
    # a body or a thing is no other place: "celebrations at ISRO's control centre", "the lander at
    # Chandrayaan-3" put no place where the landing was (a name read from a bare statement has kind "other"
    # only as a guess: "in Tarsk" may well be a place)
    places = [c for c in cands if reg.kind(c) not in _NO_PLACES or reg.guessed(c) or reg.kind(expected) in _NO_PLACES]
    # "made landfall in Florida's Big Bend region": an area named as such may hold the claim's town, though
    # the base records no such tie; it neither confirms nor contradicts it
    places = [c for c in places if not _area_round(ctx, c, expected)]
    return Discrepancy(value.field, reg.name(expected), reg.name(places[0])) if places else None


def _area_round(ctx: Context, entity: str, expected: str) -> bool:
    """Whether the place is an area that may hold the claim's place: named as an area, inside a region that
    holds the claim's place too ("the Seattle area" is no part of Oregon)."""
    reg = ctx.registry
    assert reg is not None
    parents = reg.ancestors(entity)
    return bool(parents) and parents[0] in reg.ancestors(expected) and _named_as_area(ctx, entity)


def _named_as_area(ctx: Context, entity: str) -> bool:
    """Whether the place is a broad area: the sentence's name for it ends on an area noun, or one follows, or
    the base itself names it so ("Big Bend region" among its aliases)."""
    tokens = ctx.mentions.tokens
    known = ctx.registry.get(entity) if ctx.registry is not None else None
    if known is not None and any(name.lower().split()[-1:] and name.lower().split()[-1] in ctx.lex.area_nouns
                                 for name in (known.name, *known.aliases)):
        return True
    return any(q.mention.entity == entity and any(
        k < len(tokens) and tokens[k].low in ctx.lex.area_nouns for k in (q.last, q.last + 1))
        for q in ctx.mentions.parties)


def among_places(places: Sequence[PlaceValue], value: PlaceValue, result: Result, named: Collection[str],
                 ctx: Context) -> Result:
    """A claim giving several places ("deaths in Al Haouz, Taroudant and Ouarzazate") holds where any of them
    is named: a sentence naming one of the others agrees, and one naming none conflicts once, against the
    whole list, not once for each place it does not name."""
    others = [v for v in places if v is not value]
    if not others or result is True or result is None:
        return result
    reg = ctx.registry
    assert reg is not None, "places are compared through the entity registry"
    if any(e == v.entity or v.entity in reg.ancestors(e) for v in others for e in named) \
            or any(compare_place(v, ctx) is True for v in others):
        return None
    if value is not places[0]:
        return None
    listed = [reg.name(v.entity) for v in places]
    expected = ", ".join(listed[:-1]) + " or " + listed[-1]
    return replace(result, expected=expected) if isinstance(result, Discrepancy) else result


_NO_PLACES = frozenset((EntityKind.organisation, EntityKind.government, EntityKind.person, EntityKind.group,
                        EntityKind.other))

ACTOR_EXAMPLES = (
    Example("France expelled two Azerbaijani diplomats.", {"kind": "actor", "entity": "france"}, "confirm", "expel"),
    Example("Paris expelled two Azerbaijani diplomats.", {"kind": "actor", "entity": "france"}, "confirm", "expel"),
    Example("Azerbaijan expelled two French diplomats.", {"kind": "actor", "entity": "france"}, "conflict", "expel"),
    Example("Two diplomats were expelled by France.", {"kind": "actor", "entity": "france"}, "confirm", "expel"),
    Example("Two diplomats were expelled.", {"kind": "actor", "entity": "france"}, "none", "expel"),
)
TARGET_EXAMPLES = (
    Example("France expelled Azerbaijan's ambassador.", {"kind": "target", "entity": "azerbaijan"}, "confirm",
            "expel"),
    Example("France expelled Armenia's ambassador.", {"kind": "target", "entity": "azerbaijan"}, "conflict",
            "expel"),
    Example("France expelled someone.", {"kind": "target", "entity": "azerbaijan"}, "none", "expel"),
)
PLACE_EXAMPLES = (
    Example("The envoys met in Paris.", {"kind": "place", "entity": "paris"}, "confirm", "met"),
    Example("The envoys met in Lyon.", {"kind": "place", "entity": "paris"}, "conflict", "met"),
    Example("The envoys met in France.", {"kind": "place", "entity": "paris"}, "confirm", "met"),
    Example("The envoys met in Lyon in France.", {"kind": "place", "entity": "paris"}, "conflict", "met"),
    Example("The envoys met.", {"kind": "place", "entity": "paris"}, "none", "met"),
    Example("The envoys met at Orion in Lyon.", {"kind": "place", "entity": "paris"}, "conflict", "met"),
    Example("The envoys met aboard the Orion.", {"kind": "place", "entity": "paris"}, "none", "met"),
    Example("The envoys met at Orion.", {"kind": "place", "entity": "paris"}, "none", "met"),
    # an area of the same region may hold the claim's place; one elsewhere does not
    Example("The envoys met in the Loire Valley.", {"kind": "place", "entity": "paris"}, "none", "met"),
    Example("The envoys met in the Lyon area.", {"kind": "place", "entity": "paris"}, "none", "met"),
    Example("The envoys met in the Flanders region.", {"kind": "place", "entity": "paris"}, "conflict", "met"),
)

ACTOR = Kind("actor", compare_party, ACTOR_EXAMPLES, identity=True)
TARGET = Kind("target", compare_party, TARGET_EXAMPLES, identity=True)
PLACE = Kind("place", compare_place, PLACE_EXAMPLES, identity=True)
