"""Value kinds, chosen by a value's ``kind``: each reads its values from text, compares them with a claim's,
words the discrepancy and carries a table of examples, in one module.

The name-to-kind table is a read-only constant built here from the modules' ``KIND`` objects, never filled
as a side effect of importing them, so the set of kinds is visible in one place and cannot change while
the program runs. The claim-record models stay in :mod:`factcheck.records`, where the discriminated union
of values needs them side by side; the kinds compare their plain copies (:mod:`factcheck.plain`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import count, date, duration, entity, quantity
from .base import Context, Example, Kind, Outcome, Result, Unconfirmed

if TYPE_CHECKING:
    from factcheck.entities import EntityRegistry

KINDS: Mapping[str, Kind] = MappingProxyType(
    {k.name: k for k in (count.KIND, quantity.KIND, duration.KIND, date.KIND, entity.ACTOR, entity.TARGET,
                         entity.PLACE)}
)

# the kinds read from a sentence's figures and calendar, compared without any party's role
MEASURES: frozenset[str] = frozenset(("count", "quantity", "duration", "date"))

__all__ = ["KINDS", "MEASURES", "Context", "Example", "Kind", "Outcome", "Result", "Unconfirmed", "example_registry",
           "run_example"]


def example_registry() -> EntityRegistry:
    """The few parties and places the kinds' example tables name."""
    from factcheck.entities import EntityRegistry
    from factcheck.records import Entity

    def e(**fields: object) -> Entity:
        return Entity.model_validate(fields)

    return EntityRegistry((
        e(id="france", name="France", kind="country", demonyms=["French"]),
        e(id="azerbaijan", name="Azerbaijan", kind="country", demonyms=["Azerbaijani"]),
        e(id="armenia", name="Armenia", kind="country", demonyms=["Armenian"]),
        e(id="paris", name="Paris", kind="place", part_of="france"),
        e(id="lyon", name="Lyon", kind="place", part_of="france"),
        e(id="loire", name="Loire Valley", kind="place", part_of="france", aliases=["Loire region"]),
        e(id="flanders", name="Flanders", kind="place", part_of="belgium"),
        e(id="belgium", name="Belgium", kind="country"),
        e(id="orion", name="Orion", kind="other"),
    ))


def run_example(kind: Kind, example: Example, registry: EntityRegistry | None = None) -> Outcome:
    """What the checker makes of one example: the value compared with the sentence as the matcher would."""
    from pydantic import TypeAdapter  # only the example tables validate values; a check reads them validated

    from factcheck import plain
    from factcheck.analysis import Predication, analyse
    from factcheck.keywords import base_forms
    from factcheck.lexicon import lexicon
    from factcheck.mentions import extract
    from factcheck.records import Value

    reg = registry or example_registry()
    # validated as a claims file's value is, then compared in the plain form the matcher gives the kinds
    value = plain.value(TypeAdapter(Value).validate_python(example.value))
    m = extract(example.text, reg)
    if example.event:
        stems = base_forms(example.event)
        span = next(((t.index, t.index) for t in m.tokens if base_forms(t.low) & stems), None)
        if span is None:
            raise ValueError(f"event word {example.event!r} not in {example.text!r}")
        p = analyse(m, [span], reg)[span]
    else:
        places = tuple(party.mention.entity for party in m.parties if party.place)
        p = Predication((-1, -1), 0, len(m.tokens) - 1, (), (), places, (), (), (), frozenset(), m.dates,
                        False, False, False)
    result = kind.compare(value, Context(m, p, reg, lexicon()))
    if result is True:
        return "confirm"
    return "none" if result is None or result is False or isinstance(result, Unconfirmed) else "conflict"
