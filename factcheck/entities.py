"""The entity registry: every name, alias and demonym a text may use, resolved to an entity id.

Names are data (``claims/entities.json``), never code, so a desk adds "Quai
d'Orsay" or "Azeri" without touching the matcher. Lookup is a dictionary keyed
by the first word of each name, so finding the parties in a sentence costs the
same for ten entities as for ten thousand.

The common-noun words of a name (written in lower case: "prosecutors", "defence
lawyers") match any inflection of themselves, so an alias "customers" also
finds "a customer", and at the start of a sentence its capitalised form too ("Her
lawyers" for "her lawyers"); capitalised words are proper names and match as
written ("Williams" is not "William").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from factcheck import plain
from factcheck.keywords import lemmas
from factcheck.lexicon import lexicon
from factcheck.plain import Entity, EntityKind

if TYPE_CHECKING:
    from factcheck import records

# A name word: letters and digits joined by apostrophes, hyphens and dots. A full stop after it ends the
# sentence and is left out, unless the word has dots of its own ("U.S.", "St.Petersburg.").
_WORD = r"[^\W_]+(?:['’-][^\W_]+)*(?:\.[^\W_]+(?:['’.-][^\W_]+)*\.?)?"
# the same under ASCII rules, which test faster, for text of ASCII characters alone (it matches the same there)
_WORD_ASCII = re.compile(_WORD, re.ASCII)


@cache
def _unicode_words() -> re.Pattern[str]:
    """The name-word pattern under Unicode rules, compiled the first time a text is not all ASCII: a check
    of copy in ASCII alone never needs it."""
    return re.compile(_WORD)



_PAIRS_MAX = 100_000
_GROUP = re.Match.group  # a match's whole text, as a function ``map`` can call


# A named tuple, not a dataclass: every check imports this module, and a dataclass compiles its methods
# at import (0.3 ms or more a class) where a named tuple compiles one.


class EntityMention(NamedTuple):
    """An entity named in a text: where, which, and how (name or demonym)."""

    start: int
    end: int
    entity: str
    demonym: bool


def _fold(word: str) -> str:
    """Compare names ignoring typographic apostrophes and ALL-CAPS headlines."""
    word = word.replace("’", "'")
    if word.isupper() and len(word) > 3:
        return word.capitalize()
    return word


def _key(word: str) -> str:
    """How a name word is looked up: a lower-case common noun by its lemma, anything else as folded."""
    if word.isalpha() and word.islower():
        found = lemmas(word)
        if len(found) == 1:
            return next(iter(found))
    return word


@lru_cache(maxsize=65536)
def _lookup(word: str) -> str:
    """``_key(_fold(word))``: a sentence's words are looked up again and again, each worked out once."""
    return _key(_fold(word))


def _words(text: str) -> list[tuple[int, int, str]]:
    pattern = _WORD_ASCII if text.isascii() else _unicode_words()
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


class EntityRegistry:
    """Resolves names to entity ids and answers whether two entities are compatible.

    Entities are kept as plain copies (:mod:`factcheck.plain`) whichever form they are given in: the
    registry is part of every check, and a check read from the cache must not need pydantic.
    """

    def __init__(self, entities: Iterable[records.Entity | Entity], people_nouns: Iterable[str] = (),
                 metonym_kinds: Iterable[str] | None = None, unknown: Iterable[str] = ()) -> None:
        self._entities: dict[str, Entity] = {}
        # names read from bare statements, whose kind ("other") is a guess rather than the author's word
        self._unknown = frozenset(unknown)
        # the kinds of entity a place directly part of one stands for ("Paris expelled ..."): a convention
        # of news copy, kept in the language pack (``metonym_kinds``) rather than in this code
        kinds = lexicon().metonym_kinds if metonym_kinds is None else metonym_kinds
        self._metonym_kinds = frozenset(EntityKind(k) for k in kinds)
        # nouns for people that the claims count ("journalists", "staff"): "ten Latvian journalists" then
        # names Latvia's people, as "two Azerbaijani diplomats" does; story vocabulary, from the claims
        self.people_nouns = frozenset(w for noun in people_nouns for w in _noun_forms(noun))
        # first folded word -> [(folded words of the name, entity id, is demonym)], longest first
        self._names: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for record in entities:
            entity = plain.entity(record)
            self._entities[entity.id] = entity
            for name in (entity.name, *entity.aliases):
                self._add(name, entity.id, demonym=False)
            for name in entity.demonyms:
                self._add(name, entity.id, demonym=True)
        for entries in self._names.values():
            entries.sort(key=lambda e: -len(e[0]))
        # answers of ancestors() and metonym(), worked out on first use: entities never change once read
        self._ancestors: dict[str, tuple[str, ...]] = {}
        self._metonyms: dict[str, str | None] = {}
        # answers of compatible(): a check asks the same few pairs of a story's parties again and again
        self._compatible: dict[tuple[str, str], bool] = {}
        self._people_with: tuple[frozenset[str], frozenset[str]] | None = None
        self._heads: dict[str, tuple[str, ...]] | None = None

    def headed(self, noun: str) -> tuple[str, ...]:
        """Entities one of whose names of two words or more has ``noun`` (either number) as its head: the
        last word ("Federal Open Market Committee", "Alaska Airlines"), or the one before "of" ("Bank of
        England"). Copy takes a named body up by that noun alone: "the committee", "the airline"."""
        if self._heads is None:
            heads: dict[str, list[str]] = {}
            for entity in self._entities.values():
                for name in (entity.name, *entity.aliases):
                    parts = name.lower().split()
                    if len(parts) < 2:
                        continue  # a one-word name is the name itself ("Splunk"), not a noun for it
                    head = parts[parts.index("of", 1) - 1] if "of" in parts[1:] else parts[-1]
                    for form in _noun_forms(head):
                        if entity.id not in heads.setdefault(form, []):
                            heads[form].append(entity.id)
            self._heads = {form: tuple(ids) for form, ids in heads.items()}
        return self._heads.get(noun, ())

    def _add(self, name: str, entity_id: str, *, demonym: bool) -> None:
        words = tuple(_key(_fold(w)) for _s, _e, w in _words(name))
        if words:
            self._names.setdefault(words[0], []).append((words, entity_id, demonym))

    def people_with(self, nouns: frozenset[str]) -> frozenset[str]:
        """``nouns | self.people_nouns``, joined once for the language pack a base reads with, not per sentence."""
        last = self._people_with
        if last is None or last[0] is not nouns:
            last = self._people_with = (nouns, nouns | self.people_nouns)
        return last[1]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def name(self, entity_id: str) -> str:
        entity = self._entities.get(entity_id)
        return entity.name if entity else entity_id

    def kind(self, entity_id: str) -> EntityKind | None:
        entity = self._entities.get(entity_id)
        return entity.kind if entity else None

    def guessed(self, entity_id: str) -> bool:
        """Whether the entity's kind is a guess (a name read from a bare statement), not the author's word."""
        return entity_id in self._unknown

    def ancestors(self, entity_id: str) -> list[str]:
        """The chain of ``part_of`` parents, nearest first (cycles are cut)."""
        found = self._ancestors.get(entity_id)
        if found is None:
            found = self._ancestors[entity_id] = tuple(self._chain(entity_id))
        return list(found)

    def _chain(self, entity_id: str) -> list[str]:
        chain: list[str] = []
        current = self._entities.get(entity_id)
        while current is not None and current.part_of and current.part_of not in chain:
            chain.append(current.part_of)
            current = self._entities.get(current.part_of)
        return chain

    def metonym(self, entity_id: str) -> str | None:
        """The country a place stands for in "Paris expelled ...", "Baku retook ...", or None.

        Only places directly part of an entity of the pack's ``metonym_kinds`` (a country or
        a government, in English) speak for it; a region such as Nagorno-Karabakh is never a party.
        """
        try:
            return self._metonyms[entity_id]
        except KeyError:
            found = self._metonyms[entity_id] = self._metonym(entity_id)
            return found

    def _metonym(self, entity_id: str) -> str | None:
        entity = self._entities.get(entity_id)
        if entity is None or entity.kind is not EntityKind.place or entity.part_of is None:
            return None
        parent = self._entities.get(entity.part_of)
        if parent is not None and parent.kind in self._metonym_kinds:
            return parent.id
        return None

    def compatible(self, a: str, b: str) -> bool:
        """True when one entity is the other or contains it: "France" agrees with "the French Foreign Ministry",
        and a capital with the government it stands for ("Paris" with the French Foreign Ministry)."""
        pair = (a, b)
        found = self._compatible.get(pair)
        if found is None:
            a = self.metonym(a) or a
            b = self.metonym(b) or b
            found = a == b or a in self.ancestors(b) or b in self.ancestors(a)
            if len(self._compatible) >= _PAIRS_MAX:
                self._compatible.clear()  # a bound on memory: a document of endless strangers' names
            self._compatible[pair] = found
        return found

    def comparable(self, a: str, b: str) -> bool:
        """Whether one entity could stand in the other's role by mistake: a person and a country or a place
        never could ("Milei wins Argentina's presidency": Argentina is not whom he beat), so a sentence that
        puts one where the record has the other is misread, not wrong."""
        kinds = {self.kind(a), self.kind(b)}
        if EntityKind.other in kinds and (len(kinds) > 1 or not ({a, b} & self._unknown)):
            # "other" holds what is neither a party nor a place (an aircraft type, a flight, a product):
            # "grounding dozens of the Boeing jets" names the maker, "a door plug fell off a Boeing 737 Max 9"
            # the aircraft type, neither a rival to Flight 1282; only names read from bare statements, whose
            # kind is unknown, may still be confused with each other
            return False
        return not (EntityKind.person in kinds and kinds & {EntityKind.country, EntityKind.place})

    def ambiguous_names(self) -> list[tuple[str, list[str]]]:
        """Names that resolve to more than one entity (a data error the loader reports)."""
        seen: dict[tuple[str, ...], set[str]] = {}
        for entries in self._names.values():
            for words, entity_id, _demonym in entries:
                seen.setdefault(words, set()).add(entity_id)
        return sorted((" ".join(w), sorted(ids)) for w, ids in seen.items() if len(ids) > 1)

    def find(self, text: str) -> list[EntityMention]:
        """Every entity named in ``text``, longest name first, without overlaps.

        Asked of every sentence: its words are matched, read and looked up without a Python step a word,
        and their offsets are read only for the words of a name."""
        pattern = _WORD_ASCII if text.isascii() else _unicode_words()
        spans = list(pattern.finditer(text))
        words: list[str] = list(map(_GROUP, spans))
        mentions: list[EntityMention] = []
        keys = list(map(_lookup, words))
        names = self._names
        if text.isupper() and sum(w.isalpha() for w in words) >= 3:
            # "FED RAISES RATES": in a line all in capitals a short word no name spells in capitals may be a
            # name written otherwise ("Fed"); one that is ("US", "FTC") stays as it is
            keys = [k if k in names or not w.isupper() else _lookup(w.capitalize()) for k, w in zip(
                keys, words, strict=True)]
        if words and keys[0] not in names and words[0][:1].isupper() and words[0][1:].islower() \
                and (low := _lookup(words[0].lower())) in names:
            # "Her lawyers argued ...": a name written in lower case ("her lawyers", "the span") is capitalised
            # where it opens the sentence
            keys[0] = low
        # only a word that starts a name, or a possessive, can start a mention: the rest are passed over
        starts = [k for k, key in enumerate(keys) if key in names or words[k].endswith(("'s", "’s"))]
        i = 0
        for start in starts:
            if start < i:
                continue  # inside a name found already
            i = start
            matched = False
            for entry, entity_id, demonym in names.get(keys[i], ()):
                n = len(entry)
                if i + n <= len(words) and all(keys[i + k] == entry[k] for k in range(1, n)):
                    end = spans[i + n - 1].end()
                    # possessive "Azerbaijan's" ends the name; keep the offset on the name itself
                    mentions.append(EntityMention(spans[i].start(), end, entity_id, demonym))
                    i += n
                    matched = True
                    break
            if not matched:
                word = words[i]
                if word.endswith(("'s", "’s")):
                    base = word[:-2]
                    for entry, entity_id, demonym in names.get(_lookup(base), ()):
                        if len(entry) == 1:
                            at = spans[i].start()
                            mentions.append(EntityMention(at, at + len(base), entity_id, demonym))
                            break
                i += 1
        return mentions


def _noun_forms(noun: str) -> tuple[str, ...]:
    """The head word of a counted noun in singular and plural ("diplomats" -> diplomats, diplomat)."""
    words = noun.lower().split()
    if not words:
        return ()
    head = words[-1]
    if head.endswith("ies"):
        return head, head[:-3] + "y"
    if head.endswith("s"):
        return head, head[:-1]
    return head, head + "s"
