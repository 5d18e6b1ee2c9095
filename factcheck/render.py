"""Human wording of typed values, shared by discrepancy messages and reports."""

from __future__ import annotations

import re

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}


def describe_number(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def describe_duration(iso: str) -> str:
    """PT48H -> '48 hours', P30Y -> '30 years', P1DT12H -> '1 day 12 hours'."""
    date_part, _, time_part = iso[1:].partition("T")
    parts = []
    for section, minute in ((date_part, "month"), (time_part, "minute")):
        for amount, unit in re.findall(r"(\d+(?:\.\d+)?)([YMWDHS])", section):
            name = minute if unit == "M" else _UNITS[unit]
            value = float(amount)
            parts.append(f"{describe_number(value)} {name}{'' if value == 1 else 's'}")
    return " ".join(parts) or iso


def describe_date(year: int | None, month: int | None, day: int | None) -> str:
    words = []
    if day is not None:
        words.append(str(day))
    if month is not None:
        words.append(_MONTHS[month - 1])
    if year is not None:
        words.append(str(year))
    return " ".join(words)
