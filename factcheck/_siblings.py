"""What the other claims of a claim's group and story hold: the rules that set a conflict aside because a
sibling claim records the figure, date or party the sentence gives.

A story records several occasions of one kind of event (a cut in January and another in June; a toll in
the morning and another at night). A sentence that gives a sibling's figure, date or party tells of that
sibling, not of this claim with a wrong value. :class:`Siblings` holds those rules for
:class:`~factcheck.matcher.Matcher`, which keeps the claims and their groups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck._claimfacts import claim_entities, own_dates
from factcheck._figures import found_amounts, found_values
from factcheck.entities import EntityRegistry
from factcheck.findings import Discrepancy
from factcheck.keywords import base_forms, readings
from factcheck.kinds.base import significant_digits
from factcheck.kinds.count import heads as count_heads
from factcheck.kinds.quantity import unit_of
from factcheck.lexicon import Lexicon
from factcheck.mentions import Mentions
from factcheck.plain import ActorValue, Claim, CountValue, DateValue, QuantityValue, TargetValue

EARLIER = "earlier"  # why a figure is a sibling's: the tally at an earlier hour than the claim's
TALLY_SPREAD = 2  # how far apart two counts of one tally at two hours may be, as a ratio
_PRECISE_DIGITS = 4  # significant digits that make two equal figures more than a coincidence


class Siblings:
    """The sibling rules, mixed into the matcher; they read its claims, groups and sources."""

    _claims: Sequence[Claim]
    _lex: Lexicon
    _registry: EntityRegistry
    _groups: Sequence[int]
    _members: dict[int, list[int]]
    _by_source: dict[str | None, list[int]]
    source_of: Callable[[int], str | None]

    def _breakdown_of_sibling(self, index: int, m: Mentions, value: CountValue, d: Discrepancy) -> bool:
        """Whether the sentence's counts of the claim's noun, the conflicting one among them, add up to what
        this claim or another of the same event words counts ("92 lives in Jajarkot and 36 in Rukum West"
        against a toll of 128)."""
        heads = count_heads(value)
        found = found_values(d, self._lex)
        # (a part gives the noun, a bare verb, or its place at once: "and 36 died", "and 36 in Rukum West")
        parts = [n.value for n, after in m.counts if n.value in found or (after and (
            base_forms(after[0]) & heads or after[0] in self._lex.location_prepositions
            or ("VERB" in readings(after[0]) and "NOUN" not in readings(after[0]))))]
        if len(parts) < 2 or not found & set(parts):
            return False
        total = sum(parts)
        return any(isinstance(v, CountValue) and v.number == total and count_heads(v) & heads
                   for j in {index, *self._group_of(index)} for v in self._claims[j].values)

    def _sibling_figure(self, index: int, discrepancies: Sequence[Discrepancy], m: Mentions) -> str:
        """Whether every conflict is a figure that another claim of the same story and the same event words
        records exactly: a count of the same noun (another occasion of one kind of event), or an amount in
        the same unit ("Cisco would pay a $1.48 billion fee" is Cisco's fee, not a wrong one of Splunk's), or
        under any event words if it is precise ("trading at $119.59 a share" is the closing price, no offer);
        or a count between two the story records of the same noun (a tally between its recorded hours).
        Returns why ("figure", or ``EARLIER`` for a tally lower than this claim's), else ""."""
        claim = self._claims[index]
        values = [next((v for v in claim.values if v.field == d.field), None) for d in discrepancies]
        if not discrepancies or not all(isinstance(v, CountValue | QuantityValue) for v in values):
            return ""
        source = self.source_of(index)
        why = "figure"
        for d, value in zip(discrepancies, values, strict=True):
            if isinstance(value, QuantityValue):
                unit = unit_of(value.unit, self._lex)
                found = {a.value for a in found_amounts(m, d) if unit is not None and self._lex.units[a.unit] == unit}
                # a figure written with four significant digits or more ("$119.59") is no chance match: it is
                # the figure of whichever claim of the story records it, under any event words
                precise = {f for f in found if significant_digits(f) >= _PRECISE_DIGITS}
                if not any(isinstance(v, QuantityValue) and v.to is None and unit_of(v.unit, self._lex) == unit
                           and (v.number in precise or (v.number in found and self._groups[j] == self._groups[index]))
                           for j in self._of_source(source) if j != index for v in self._claims[j].values):
                    return ""
                continue
            assert isinstance(value, CountValue)
            siblings = [v for j in self._group_of(index) if j != index and self.source_of(j) == source
                        for v in self._claims[j].values if isinstance(v, CountValue) and v.to is None]
            heads, counted = count_heads(value), found_values(d, self._lex)
            if any(v.number in counted and count_heads(v) & heads for v in siblings):
                continue  # another occasion's figure, or the tally's at another hour: nothing about the document
            # "the death toll rose to 143" where the story records 128 in the morning and 157 by the evening:
            # a count between two the story records of one tally (the same parties, places and dates) is that
            # tally at another hour
            figures = [v.number for j in self._group_of(index) if j != index
                       and self.source_of(j) == source
                       and self._same_tally(index, j)
                       for v in self._claims[j].values if isinstance(v, CountValue) and v.to is None
                       and count_heads(v) & heads and v.bound in (None, "min")]
            # ... and near each other: figures far apart (12 dead, and a fire of 1911's 9,000) are two events
            figures = [f for f in figures if min(f, value.number) > 0 and max(f, value.number) <= TALLY_SPREAD
                       * min(f, value.number)]
            span = [*figures, value.number]
            if not figures or not any(min(span) < n < max(span) for n in counted):
                return ""
            if value.number == max(span):
                why = EARLIER  # below the claim's own, the latest figure of the tally
        return why

    def _sibling_date(self, index: int, discrepancies: Sequence[Discrepancy], m: Mentions) -> str:
        """Whether every conflict is a date that another claim of the same story and the same event words
        records: "Then, in June, the company announced it would cut another 200 people" against December's
        cut, where the story records a cut in June, tells of June's cut (whichever rule kept that claim from
        this sentence), not of December's on a wrong date. Asked only when none of the claim's own figures
        agreed: "announced in January it would cut 17%" is December's cut, misdated."""
        claim = self._claims[index]
        values = [next((v for v in claim.values if v.field == d.field), None) for d in discrepancies]
        if not discrepancies or not all(isinstance(v, DateValue) for v in values):
            return ""
        source = self.source_of(index)
        days = [v for j in self._group_of(index) if j != index and self.source_of(j) == source
                for v in self._claims[j].values if isinstance(v, DateValue)]
        for d in discrepancies:
            stated = [t for t in m.dates if t.text == d.found and t.hour is None]
            if not stated or not any(all(x is None or x == y for x, y in ((t.year, v.year), (t.month, v.month),
                                                                           (t.day, v.day)))
                                     and (t.month is not None or t.year is not None) for t in stated for v in days):
                return ""
        return "date"

    def _sibling_party(self, index: int, discrepancies: Sequence[Discrepancy]) -> str:
        """Whether every conflict is a party that another claim of the same event words records in the same
        role: "Nadella said Altman would instead be hired at Microsoft" against Microsoft's pledge to hire
        Brockman, where the story records Altman's hiring too (set aside here as a mere possibility), tells
        of that hiring, not of Brockman's with a wrong name."""
        claim = self._claims[index]
        roles = [next((v for v in claim.values if v.field == d.field), None) for d in discrepancies]
        if not discrepancies or not all(isinstance(v, ActorValue | TargetValue) for v in roles):
            return ""
        reg = self._registry
        for d, own in zip(discrepancies, roles, strict=True):
            if not any(type(v) is type(own) and reg.name(v.entity) == d.found
                       for j in self._group_of(index) if j != index for v in self._claims[j].values
                       if isinstance(v, ActorValue | TargetValue)):
                return ""
        return "party"

    def _same_tally(self, i: int, j: int) -> bool:
        """Whether two claims' counts can be one tally at two hours: the same parties, places and dates."""
        a, b = self._claims[i], self._claims[j]
        return claim_entities(a) == claim_entities(b) and own_dates(a) == own_dates(b)

    def _group_of(self, index: int) -> list[int]:
        """The claims of this claim's keyword group, this one included; the groups are listed once a rule
        first asks."""
        if not self._members:
            for j, group in enumerate(self._groups):
                self._members.setdefault(group, []).append(j)
        return self._members[self._groups[index]]

    def _of_source(self, source: str | None) -> list[int]:
        """The claims of one source, listed once a rule first asks."""
        if not self._by_source:
            for j in range(len(self._claims)):
                self._by_source.setdefault(self.source_of(j), []).append(j)
        return self._by_source.get(source, [])
