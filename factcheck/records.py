"""Claim records: the typed, immutable form of a claims file.

These models are the single source of truth for the claims format. The public
JSON Schema in ``schemas/claims.schema.json`` is generated from them (see
:mod:`factcheck.schemas`), so the two cannot drift apart unnoticed.

Only ``id`` and ``statement`` are required on a claim: an archive of plain
statements is a valid claim base. Typed values, entities and keywords make the
matcher sharper where an editor provides them.

A built claim base copies these records into :mod:`factcheck.plain` for checking, so a check read from
the cache never builds (or imports) a model.
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# The enumerations are shared with the plain records a check reads (see :mod:`factcheck.plain`), which
# must not import pydantic; they are part of this module's API all the same.
from factcheck.plain import EntityKind as EntityKind
from factcheck.plain import Status as Status

SLUG = r"^[a-z0-9][a-z0-9._-]*$"
ISO_DURATION = r"^P(\d+(\.\d+)?[YMWD])*(T(\d+(\.\d+)?[HMS])+)?$"

Slug = Annotated[str, Field(pattern=SLUG, min_length=1, max_length=120)]


class _Record(BaseModel):
    """Frozen, strict base: unknown keys are errors, records never change after loading.

    Validators are built on first validation, not at import (``defer_build``): building them for every
    model is most of what importing this module costs, and a run that reads a cached claim base restores
    records without validating any.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


class Entity(_Record):
    """A party or place that claims refer to by id, with every name text may use for it."""

    id: Slug
    name: str = Field(min_length=1, description="The preferred display name.")
    kind: EntityKind = EntityKind.other
    aliases: tuple[str, ...] = Field(default=(), description="Other names: 'Baku', 'Quai d'Orsay'.")
    demonyms: tuple[str, ...] = Field(default=(), description="Adjectives of origin: 'French', 'Azerbaijani'.")
    part_of: Slug | None = Field(
        default=None,
        description="Id of the entity this one belongs to: a ministry is part of its country. "
        "Text naming the larger entity then agrees with a claim naming the smaller one.",
    )


class Source(_Record):
    """The document a claims file was verified against."""

    id: Slug
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")


class Provenance(_Record):
    """Where in a source the fact is stated: a paragraph and a short anchor phrase, never a whole sentence."""

    source: Slug
    paragraph: int | None = Field(default=None, ge=1, description="1-based, counting non-empty paragraphs.")
    anchor: str | None = Field(
        default=None, min_length=1, max_length=80, description="A few words of the source that state the fact."
    )


class _ValueBase(_Record):
    slot: Slug | None = Field(
        default=None, description="Name of the field in discrepancy reports; defaults to the kind."
    )
    phrase: str | None = Field(default=None, description="The words that expressed this value in the source.")

    @property
    def field(self) -> str:
        """The name a discrepancy on this value is reported under."""
        return self.slot or str(getattr(self, "kind"))  # noqa: B009 - kind is declared by each subclass


# A figure is a point (``number``), a range (``number`` to ``to``) or a bound (``bound``: "min" for "at least",
# "max" for "up to"); a point may say how precise it is (``tolerance``, ``approx``).
_APPROX = Field(default=False, description="The figure is itself rounded ('about 500 km'): a text within a tenth "
                "of it agrees, unless 'tolerance' says how far.")
_BOUND = Field(default=None, description="The record holds only a bound: 'min' when the figure is a least value "
               "('at least 128'), 'max' when it is a greatest one ('no more than six and a half years').")
Bound = Literal["min", "max"]


class _Figure(_ValueBase):
    number: float = Field(description="The figure; the low end of a range when 'to' is given.")
    to: float | None = Field(default=None, description="The high end of a range: '40 to 50' is number 40, to 50.")
    bound: Bound | None = _BOUND
    tolerance: float | None = Field(default=None, ge=0, description="How far from 'number' a text may be and "
                                    "still agree, in the value's own unit.")
    approx: bool = _APPROX

    @model_validator(mode="after")
    def _one_shape(self) -> _Figure:
        if self.to is not None and self.to <= self.number:
            raise ValueError("'to' must be above 'number'")
        if self.to is not None and self.bound is not None:
            raise ValueError("a range ('to') and a bound ('bound') cannot be combined")
        return self


class CountValue(_Figure):
    """How many of something: 'two diplomats'."""

    kind: Literal["count"] = "count"
    noun: str = Field(min_length=1, description="What is counted, singular or plural: 'diplomats'.")
    noun_aliases: tuple[str, ...] = Field(default=(), description="Other words for it: 'envoys', 'staff'.")
    tally: Literal["rising", "falling"] | None = Field(
        default=None, description="The figure is the last of a tally that changed as the story went on: "
        "'rising' for a toll that grew to it (earlier, lower figures are not errors), 'falling' for one that "
        "came down to it (the missing, as they are found).")

    @model_validator(mode="after")
    def _one_tally(self) -> CountValue:
        if self.tally is not None and (self.to is not None or self.bound is not None):
            raise ValueError("a tally ('tally') is a single figure: it cannot be combined with 'to' or 'bound'")
        return self


class QuantityValue(_Figure):
    """A measured amount with a unit: '12 billion euros', '40 per cent', '331 km'."""

    kind: Literal["quantity"] = "quantity"
    unit: str = Field(min_length=1, description="The unit as copy writes it: 'dollars', 'euros', 'percent', "
                      "'percentage points', 'kilometres', 'magnitude'. Known units convert ('km' = 'miles').")


class DurationValue(_ValueBase):
    """A span of time, normalised to ISO 8601 so '48 hours' and 'two days' compare equal."""

    kind: Literal["duration"] = "duration"
    iso: str = Field(pattern=ISO_DURATION, description="ISO 8601 duration: PT48H, P3D, P30Y; the shorter end of a "
                     "range when 'to' is given.")
    to: str | None = Field(default=None, pattern=ISO_DURATION, description="The longer end of a range: P50Y.")
    bound: Bound | None = _BOUND
    tolerance: str | None = Field(default=None, pattern=ISO_DURATION,
                                  description="How far from 'iso' a text may be and still agree: P1M.")
    approx: bool = _APPROX

    @model_validator(mode="after")
    def _one_shape(self) -> DurationValue:
        for name in ("to", "tolerance"):
            iso = getattr(self, name)
            if iso is not None and (iso in ("P", "PT") or iso.endswith("T")):
                raise ValueError(f"empty ISO 8601 duration {iso!r} in '{name}'")
        if self.to is not None and self.bound is not None:
            raise ValueError("a range ('to') and a bound ('bound') cannot be combined")
        return self


class DatePoint(_Record):
    year: int | None = Field(default=None, ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)


class DateValue(_ValueBase):
    """A calendar date of any precision (year, month, day each optional), or a range with ``end``."""

    kind: Literal["date"] = "date"
    year: int | None = Field(default=None, ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    end: DatePoint | None = None
    hour: int | None = Field(default=None, ge=0, le=23, description="Time of day, as the source gives it.")
    minute: int | None = Field(default=None, ge=0, le=59)


class PlaceValue(_ValueBase):
    kind: Literal["place"] = "place"
    entity: Slug


class ActorValue(_ValueBase):
    """The party that does what the claim states."""

    kind: Literal["actor"] = "actor"
    entity: Slug


class TargetValue(_ValueBase):
    """The party the action is done to."""

    kind: Literal["target"] = "target"
    entity: Slug


Value = Annotated[
    CountValue | QuantityValue | DurationValue | DateValue | PlaceValue | ActorValue | TargetValue,
    Field(discriminator="kind"),
]

VALUE_KINDS: tuple[str, ...] = ("count", "quantity", "duration", "date", "place", "actor", "target")


class Claim(_Record):
    """One verified (or attributed) fact."""

    id: Slug
    statement: str = Field(min_length=1, description="The fact in plain words.")
    status: Status = Status.verified
    attribution: tuple[Slug, ...] = Field(
        default=(), description="Entity ids of who asserts the claim; required when status is 'alleged'."
    )
    keywords: tuple[str, ...] = Field(
        default=(),
        description="Words that name the action or topic ('expel', 'persona non grata'). A sentence must use "
        "one of them before the claim's values are compared with it.",
    )
    aliases: tuple[str, ...] = Field(default=(), description="Other wordings of the same fact, used for search.")
    values: tuple[Value, ...] = ()
    provenance: Provenance | None = None
    note: str | None = None


ONE_WORD = r"^[^\s]+$"
Word = Annotated[str, Field(pattern=ONE_WORD, min_length=1, max_length=60)]


class Vocabulary(_Record):
    """Words of one story that the language pack does not hold, because they belong to the story.

    Each list is merged into the pack of the claim base that loads this file, and of no other base.
    Words are matched as written (lower case), so list each form a text may use ("attaché", "attachés").
    """

    people_nouns: tuple[Word, ...] = Field(
        default=(), description="Nouns for people that a party's name may qualify: in 'two Azerbaijani "
        "diplomats' or 'an embassy official' the name stands for whose people they are.")
    party_nouns: tuple[Word, ...] = Field(
        default=(), description="Nouns after a demonym that make it a party: 'the Azerbaijani delegation'.")
    other_event_words: tuple[Word, ...] = Field(
        default=(), description="Words that name another event of the claims' kind, as 'another' does: "
        "'aftershock' in a story about one earthquake. A figure beside them is not compared.")


class ClaimsFile(_Record):
    """One file under ``claims/``: usually one source and the claims verified against it."""

    schema_: str | None = Field(default=None, alias="$schema")
    source: Source | None = None
    vocabulary: Vocabulary | None = None
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
