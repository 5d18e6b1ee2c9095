"""Plain claim records: what a check reads of a claim base, without pydantic.

:mod:`factcheck.records` validates claims files and stays the single source of truth for their format,
but building its models needs pydantic's model machinery, which costs more to import than a one-article
check takes to run. A claim base therefore copies its records into these frozen, slotted mirrors once,
when it is built; the matcher, the value kinds and the entity registry read only them, so a check from
the cached base never imports pydantic. Each class keeps its record's field names (a test holds the two
in step), so code reads ``claim.values``, ``value.field`` or ``entity.part_of`` from either form.

The two enumerations live here rather than in :mod:`factcheck.records` for the same reason; the records
use these very classes, so ``claim.status is Status.alleged`` holds for both forms.

Copies are made from validated records only: nothing here checks a value.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, fields
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

if TYPE_CHECKING:
    from factcheck import records


class Status(str, Enum):
    """How far the record vouches for a claim."""

    verified = "verified"
    alleged = "alleged"
    disputed = "disputed"
    false = "false"


class EntityKind(str, Enum):
    country = "country"
    government = "government"
    organisation = "organisation"
    person = "person"
    place = "place"
    group = "group"
    other = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A party or place that claims refer to by id, with every name text may use for it."""

    id: str
    name: str
    kind: EntityKind = EntityKind.other
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    part_of: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """The document a claims file was verified against."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Where in a source the fact is stated."""

    source: str
    paragraph: int | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _ValueBase:
    # each value class names its kind once, as a class attribute: the record's ``kind`` field is a constant
    kind: ClassVar[str]
    slot: str | None = None
    phrase: str | None = None

    @property
    def field(self) -> str:
        """The name a discrepancy on this value is reported under."""
        return self.slot or self.kind


@dataclass(frozen=True, slots=True, kw_only=True)
class _Figure(_ValueBase):
    number: float
    to: float | None = None
    bound: str | None = None
    tolerance: float | None = None
    approx: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class CountValue(_Figure):
    """How many of something: 'two diplomats'."""

    kind: ClassVar[Literal["count"]] = "count"
    noun: str
    noun_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityValue(_Figure):
    """A measured amount with a unit: '12 billion euros', '40 per cent', '331 km'."""

    kind: ClassVar[Literal["quantity"]] = "quantity"
    unit: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DurationValue(_ValueBase):
    """A span of time as an ISO 8601 duration."""

    kind: ClassVar[Literal["duration"]] = "duration"
    iso: str
    to: str | None = None
    bound: str | None = None
    tolerance: str | None = None
    approx: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class DatePoint:
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue(_ValueBase):
    """A calendar date of any precision, or a range with ``end``."""

    kind: ClassVar[Literal["date"]] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: DatePoint | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceValue(_ValueBase):
    kind: ClassVar[Literal["place"]] = "place"
    entity: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorValue(_ValueBase):
    """The party that does what the claim states."""

    kind: ClassVar[Literal["actor"]] = "actor"
    entity: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TargetValue(_ValueBase):
    """The party the action is done to."""

    kind: ClassVar[Literal["target"]] = "target"
    entity: str


Value = CountValue | QuantityValue | DurationValue | DateValue | PlaceValue | ActorValue | TargetValue
VALUES: tuple[type[Value], ...] = (CountValue, QuantityValue, DurationValue, DateValue, PlaceValue, ActorValue,
                                   TargetValue)
_BY_KIND: dict[str, type[Value]] = {cls.kind: cls for cls in VALUES}


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One verified (or attributed) fact."""

    id: str
    statement: str
    status: Status = Status.verified
    attribution: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()
    provenance: Provenance | None = None
    note: str | None = None


# --- copies of validated records ------------------------------------------------------------------------

_T = TypeVar("_T")


def _copy(cls: type[_T], record: object, **nested: Any) -> _T:
    """``cls`` with every field read from ``record`` by name, except those given in ``nested``."""
    return cls(**{f.name: nested[f.name] if f.name in nested else getattr(record, f.name)
                  for f in fields(cls)})  # type: ignore[arg-type]


def entity(record: records.Entity | Entity) -> Entity:
    """The plain form of an entity record (a plain one is returned as it is)."""
    return record if isinstance(record, Entity) else _copy(Entity, record)


def source(record: records.Source | Source) -> Source:
    """The plain form of a source record."""
    return record if isinstance(record, Source) else _copy(Source, record)


def value(record: records.Value | Value) -> Value:
    """The plain form of a typed value, of the class its ``kind`` names."""
    if isinstance(record, _ValueBase):
        return record
    cls = _BY_KIND[record.kind]
    if record.kind == "date":
        end = record.end
        return _copy(cls, record, end=None if end is None else _copy(DatePoint, end))
    return _copy(cls, record)


def claim(record: records.Claim | Claim) -> Claim:
    """The plain form of a claim record, its values and provenance included."""
    if isinstance(record, Claim):
        return record
    prov = record.provenance
    return _copy(Claim, record, values=tuple(value(v) for v in record.values),
                 provenance=None if prov is None else _copy(Provenance, prov))


__all__ = ["VALUES", "ActorValue", "Claim", "CountValue", "DatePoint", "DateValue", "DurationValue", "Entity",
           "EntityKind", "PlaceValue", "Provenance", "QuantityValue", "Source", "Status", "TargetValue", "Value",
           "claim", "entity", "source", "value"]
