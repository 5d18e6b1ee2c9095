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

The classes are frozen and slotted like dataclasses, and type-check as dataclasses, but are not built by
:mod:`dataclasses`: it generates and compiles five methods per class, about 0.4 ms a class, which for these
fourteen classes was 6 ms of every check's start-up. :func:`_record` only lays out the slots; one shared
set of methods (:class:`_Plain`) reads them.
"""

from __future__ import annotations

import datetime as _dt
import inspect
from dataclasses import FrozenInstanceError
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

if TYPE_CHECKING:
    from typing import dataclass_transform

    from factcheck import records

_C = TypeVar("_C", bound=type)


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


class _Plain:
    """What every plain record does, from the field names :func:`_record` stores on its class."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # every field, the base classes' first, as a dataclass orders them
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, **given: Any) -> None:
        cls = type(self)
        for name in cls._fields:
            if name in given:
                value = given.pop(name)
            elif name in cls._defaults:
                value = cls._defaults[name]
            else:
                raise TypeError(f"{cls.__name__}() missing keyword argument {name!r}")
            object.__setattr__(self, name, value)
        if given:
            raise TypeError(f"{cls.__name__}() got unexpected keyword arguments {', '.join(sorted(given))}")

    def _astuple(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self) -> int:
        return hash(self._astuple())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._fields)})"

    # pickled as a dataclass with slots is: a new object and its field values, set past the frozen guard
    def __getstate__(self) -> tuple[Any, ...]:
        return self._astuple()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)


def _build(cls: _C) -> _C:
    """``cls`` rebuilt with a slot for each field it declares and the field list :class:`_Plain` reads.

    Fields are the class's annotations other than ``ClassVar`` ones (annotations are strings here), each
    with the class attribute of the same name as its default, if any.
    """
    own = [n for n, note in inspect.get_annotations(cls).items() if not note.startswith("ClassVar")]
    defaults = {n: cls.__dict__[n] for n in own if n in cls.__dict__}
    namespace = {k: v for k, v in cls.__dict__.items() if k not in own and k not in ("__dict__", "__weakref__")}
    inherited = [n for base in cls.__bases__ for n in getattr(base, "_fields", ())]
    namespace.update(__slots__=tuple(own), _fields=(*inherited, *(n for n in own if n not in inherited)),
                     _defaults={**{k: v for b in cls.__bases__ for k, v in getattr(b, "_defaults", {}).items()},
                                **defaults})
    return type(cls)(cls.__name__, cls.__bases__, namespace)


if TYPE_CHECKING:
    # to a type checker, a plain record is the frozen, keyword-only dataclass it behaves as
    @dataclass_transform(frozen_default=True, kw_only_default=True)
    def _record(cls: _C) -> _C: ...
else:
    _record = _build


def field_names(cls: type[_Plain]) -> tuple[str, ...]:
    """The fields of a plain record class, in order."""
    return cls._fields


@_record
class Entity(_Plain):
    """A party or place that claims refer to by id, with every name text may use for it."""

    id: str
    name: str
    kind: EntityKind = EntityKind.other
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    part_of: str | None = None


@_record
class Source(_Plain):
    """The document a claims file was verified against."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str | None = None


@_record
class Provenance(_Plain):
    """Where in a source the fact is stated."""

    source: str
    paragraph: int | None = None
    anchor: str | None = None


@_record
class _ValueBase(_Plain):
    # each value class names its kind once, as a class attribute: the record's ``kind`` field is a constant
    kind: ClassVar[str]
    slot: str | None = None
    phrase: str | None = None

    @property
    def field(self) -> str:
        """The name a discrepancy on this value is reported under."""
        return self.slot or self.kind


@_record
class _Figure(_ValueBase):
    number: float
    to: float | None = None
    bound: str | None = None
    tolerance: float | None = None
    approx: bool = False


@_record
class CountValue(_Figure):
    """How many of something: 'two diplomats'."""

    kind: ClassVar[Literal["count"]] = "count"
    noun: str
    noun_aliases: tuple[str, ...] = ()
    tally: str | None = None


@_record
class QuantityValue(_Figure):
    """A measured amount with a unit: '12 billion euros', '40 per cent', '331 km'."""

    kind: ClassVar[Literal["quantity"]] = "quantity"
    unit: str


@_record
class DurationValue(_ValueBase):
    """A span of time as an ISO 8601 duration."""

    kind: ClassVar[Literal["duration"]] = "duration"
    iso: str
    to: str | None = None
    bound: str | None = None
    tolerance: str | None = None
    approx: bool = False


@_record
class DatePoint(_Plain):
    year: int | None = None
    month: int | None = None
    day: int | None = None


@_record
class DateValue(_ValueBase):
    """A calendar date of any precision, or a range with ``end``."""

    kind: ClassVar[Literal["date"]] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: DatePoint | None = None
    hour: int | None = None
    minute: int | None = None


@_record
class PlaceValue(_ValueBase):
    kind: ClassVar[Literal["place"]] = "place"
    entity: str


@_record
class ActorValue(_ValueBase):
    """The party that does what the claim states."""

    kind: ClassVar[Literal["actor"]] = "actor"
    entity: str


@_record
class TargetValue(_ValueBase):
    """The party the action is done to."""

    kind: ClassVar[Literal["target"]] = "target"
    entity: str


Value = CountValue | QuantityValue | DurationValue | DateValue | PlaceValue | ActorValue | TargetValue
VALUES: tuple[type[Value], ...] = (CountValue, QuantityValue, DurationValue, DateValue, PlaceValue, ActorValue,
                                   TargetValue)
_BY_KIND: dict[str, type[Value]] = {cls.kind: cls for cls in VALUES}


@_record
class Claim(_Plain):
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

_P = TypeVar("_P", bound=_Plain)


def _copy(cls: type[_P], record: object, **nested: Any) -> _P:
    """``cls`` with every field read from ``record`` by name, except those given in ``nested``."""
    return cls(**{name: nested[name] if name in nested else getattr(record, name) for name in cls._fields})


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
           "claim", "entity", "field_names", "source", "value"]
