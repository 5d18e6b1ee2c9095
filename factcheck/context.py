"""The document as context: who has been mentioned, so "the two", "it", "the ministry" mean something.

Real copy names its parties once, in the headline and lead, and then refers to them: "the two were given
48 hours", "the ministry said it had summoned ...", "he was sentenced to ...". A sentence read alone names
no party and no claim can be tied to it. :class:`Context` walks the document in order and resolves each
referring expression to the most recent compatible mention:

* people pronouns and group phrases ("they", "them", "the two", "the pair", "both", "the diplomats") to
  the most recent group of people, standing for whose people they are ("two French diplomats" -> France);
* "he", "she", "his", "her" to the most recent person;
* "it", "its" to the most recent country, government or organisation;
* "the <noun>" to the most recent entity whose names contain that noun ("the ministry"), or whose kind
  the noun names ("the country", "the enclave", "the company").

Resolutions come back as extra :class:`~factcheck.mentions.Party` records at the words that refer, so
the sentence analysis treats them exactly like names. Words and kinds are language data (the lexicon).
"""

from __future__ import annotations

from dataclasses import replace

from factcheck._words import past_participle
from factcheck.entities import EntityMention, EntityRegistry
from factcheck.keywords import readings
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import DateMention, Mentions, Party, relative_antecedent, unknown_names
from factcheck.plain import EntityKind

_CARRIERS = frozenset(("it", "they", "this", "that", "these"))  # sentence openers that continue the last one
_SUBJECT_REACH = 3  # an article this near the start opens the subject ("Earlier a small plane ...")
_RECENT = 12  # how many distinct mentions are remembered: a reference reaches back a few paragraphs at most


class Context:
    """Mentions seen so far in one document, newest last; one instance per document."""

    def __init__(self, registry: EntityRegistry, lex: Lexicon | None = None) -> None:
        self._registry = registry
        self._lex = lex or lexicon()
        self._recent: list[str] = []  # entity ids, newest last
        self._groups: list[str] = []  # owners of groups of people, newest last
        self._they: list[str] = []  # what "they" stands for: those owners and groups named as such, newest last
        self._places: list[str] = []  # places named, newest last
        self.seen: set[str] = set()  # every entity the document has named: the story's participants
        self._year: int | None = None  # the last year the document named, for "that year"
        self._previous_year: int | None = None  # the one year the sentence before named, if it named one
        self._previous_words: frozenset[str] = frozenset()  # the words of the sentence before
        self._previous_tokens: tuple[str, ...] = ()  # the words of the two sentences before, in their order
        self._last_tokens: tuple[str, ...] = ()
        # the person the sentence before opened on as its subject ("Aliyev pulled out of a meeting with
        # Pashinyan. He objected ...": he is Aliyev, not the person named last)
        self._previous_subject: str | None = None
        # the only words a reference can start at (see _subject and _reference): the rest are passed over
        self._openers = (self._lex.person_refs | self._lex.thing_refs | self._lex.group_pronouns
                         | self._lex.determiners | {"both"})

    def resolve(self, m: Mentions) -> Mentions:
        """``m`` with referring expressions added as parties, resolved against what came before."""
        lex = self._lex
        words = [_bare(t.low, lex) for t in m.tokens]
        taken = {i for p in m.parties for i in range(p.first, p.last + 1)}
        starts = {p.first: p for p in m.parties}
        saved = (list(self._recent), list(self._groups), list(self._places), list(self._they))
        extra: list[Party] = []
        chain: dict[str, str] = {}  # "It said it rejected ..., and it called in ...": one "it" per sentence
        openers = self._openers
        # only names and the words a reference may open with need a look, in order; a reference found
        # passes over the words it covers
        stops = sorted({*starts, *(k for k, w in enumerate(words) if w in openers and k not in taken)})
        after = 0  # the first word not yet covered by a reference
        for i in stops:
            if i < after:
                continue
            if i in starts:
                self._remember(starts[i])  # "Paris cited reciprocity when it expelled ...": it is Paris
            if i in taken or words[i] not in openers:
                continue
            if (words[i] in lex.group_pronouns or words[i] == "both") and _coordinated(m, words, i):
                i += 1  # "Bullrich and Macri said they were backing Milei": they are the two just named
                continue
            if i + 1 in taken and words[i] in lex.determiners:
                i += 1  # "The Bank of England": the article of a name, not "the bank" referring back
                continue
            pair = self._pair(words, i, lex)
            if pair is not None:
                # "The companies expect to close the deal": the two bodies the story has named last
                length, entities = pair
                last = i + length - 1
                for entity in entities:
                    mention = EntityMention(m.tokens[i].start, m.tokens[last].end, entity, False)
                    extra.append(Party(mention, i, last, place=False, owner=False, by=False, resolved=True))
                after = last + 1
                continue
            if words[i] in lex.thing_refs and _new_thing_before(m, words, i, lex):
                continue  # "a small aeroplane ... was diverted after it failed to land": it is the aeroplane
            found = self._subject(m, i, lex) or self._reference(words, i, lex, m)
            if found is None:
                continue
            length, entity, group = found
            pronoun = "person" if words[i] in lex.person_refs else "thing" if words[i] in lex.thing_refs else ""
            if pronoun == "person" and unknown_names(m, lex, before=i):
                continue  # "Bernie Madoff died while serving his 150-year sentence": his is Madoff's
            if pronoun:
                entity = chain.setdefault(pronoun, entity)
            last = i + length - 1
            prev = words[i - 1] if i else ""
            mention = EntityMention(m.tokens[i].start, m.tokens[last].end, entity, False)
            party = Party(mention, i, last, place=False, owner=group, by=prev == "by", resolved=True)
            extra.append(party)
            self._remember(party)
            after = last + 1
        self._recent, self._groups, self._places, self._they = saved
        dates = self._same_year(m, words)
        # "This values the company at ...": a demonstrative subject, its verb, then the verb's object
        carried = self._previous_tokens if len(words) > 2 and words[0] in lex.demonstratives \
            and "VERB" in readings(words[1]) and words[2] in lex.determiners else ()
        if carried:
            m = replace(m, carried=carried)
        if not extra and not dates:
            return m
        parties = tuple(sorted((*m.parties, *extra), key=lambda p: p.first))
        return replace(m, parties=parties, dates=tuple(sorted((*m.dates, *dates), key=lambda d: d.first)))

    def _same_year(self, m: Mentions, words: list[str]) -> list[DateMention]:
        """"On April 25 that year": the year the document named last, so a background date is seen as one;
        and a sentence that opens on a pronoun ("It claimed 9,000 lives") stays in the year of the one before."""
        if self._year is None:
            return []
        out = []
        carried = m.tokens[0].text if m.tokens else ""  # the word that carries the year over
        if words and words[0] in _CARRIERS and self._previous_year is not None and not any(
                d.year is not None for d in m.dates) and not self._present(words):
            out.append(DateMention(0, 0, self._previous_year, None, None, carried))
        elif len(words) > 1 and words[0] in self._lex.definite_articles and self._previous_year is not None \
                and not m.dates and words[1].isalpha() and any(w.endswith(words[1]) for w in self._previous_words) \
                and not any(p.first == 1 for p in m.parties):
            # "... hit by a magnitude 7.8 earthquake in 2015. The quake killed about 9,000 people": a definite
            # noun taking up the sentence before stays in its year; a named body ("The CMA") is in no year
            out.append(DateMention(0, 0, self._previous_year, None, None, carried))
        for i in range(1, len(words)) if "year" in words else ():
            if words[i] == "year" and words[i - 1] in ("that", "same") and not any(
                    d.first <= i <= d.last for d in m.dates):
                first = i - 2 if i >= 2 and words[i - 2] == "that" else i - 1
                out.append(DateMention(first, i, self._year, None, None, "that year"))
        return out

    def _present(self, words: list[str]) -> bool:
        """Whether the sentence goes on in the present tense after its opening pronoun ("It has more than
        15,000 customers", "It is the deadliest since 2015"): a state now, not the event of the year before;
        "It has killed ..." (a perfect) still tells that event."""
        return len(words) > 1 and words[1] in self._lex.present_verbs and not (
            len(words) > 2 and (words[2] in self._lex.passive_auxiliaries or past_participle(words[2])))

    def observe(self, m: Mentions) -> None:
        """Remember this sentence's parties (named or resolved) for the sentences after it."""
        for party in m.parties:
            self.seen.add(party.mention.entity)
            self._remember(party)
        years = {date.year for date in m.dates if date.year is not None}
        for date in m.dates:
            if date.year is not None:
                self._year = date.year
        self._previous_year = years.pop() if len(years) == 1 else None
        self._previous_words = frozenset(t.low for t in m.tokens if t.low.isalpha())
        # (two sentences back: "Shares opened 10% higher. The rise was capped at 10% a day. This values ...")
        self._previous_tokens = (*self._last_tokens, ".", *(t.low for t in m.tokens))
        self._last_tokens = tuple(t.low for t in m.tokens)
        self._previous_subject = self._person_subject(m)

    def _person_subject(self, m: Mentions) -> str | None:
        """The person a sentence opens on as its subject: the first party, a person, with no verb and no
        preposition in lower case before it ("In October, Aliyev pulled out ..."), so that a pronoun opening
        the next sentence can prefer it to the person named last."""
        first = min(m.parties, key=lambda p: p.first, default=None)
        if first is None or first.place or first.owner or self._registry.kind(first.mention.entity) \
                is not EntityKind.person:
            return None
        before = m.tokens[:first.first]
        if any(t.low in self._lex.location_prepositions or t.low == "by" or ("VERB" in readings(t.low)
               and t.low not in self._lex.months) for t in before if t.text.isalpha() and not t.text[:1].isupper()):
            return None
        return first.mention.entity

    def _remember(self, party: Party) -> None:
        entity = party.mention.entity
        if party.owner:
            _push(self._groups, entity)
            _push(self._they, entity)
        elif self._registry.kind(entity) is EntityKind.group:
            # "Her lawyers had argued for leniency. They had asked for five years": a group named as such is a
            # "they" as much as the people of a country are
            _push(self._they, entity)
            _push(self._recent, entity)
        elif self._registry.kind(entity) is EntityKind.place:
            _push(self._places, entity)
            metonym = self._registry.metonym(entity)
            if metonym and not party.place:
                _push(self._recent, metonym)  # "Paris ... it": the capital speaks for its country
        else:
            _push(self._recent, entity)

    # --- one referring expression -----------------------------------------------------------------

    def _subject(self, m: Mentions, i: int, lex: Lexicon) -> tuple[int, str, bool] | None:
        """A pronoun after the sentence's own subject refers to it ("France ... over its position")."""
        word = _bare(m.tokens[i].low, lex)
        if word in lex.person_refs:
            kinds = {EntityKind.person}
        elif word in lex.thing_refs:
            kinds = {EntityKind.country, EntityKind.government, EntityKind.organisation}
        else:
            return None
        # the subject of the pronoun's own clause first ("..., although Armenia dropped its objection"),
        # else the sentence's subject
        start = i
        while start > 0 and m.tokens[start - 1].low not in lex.clause_breaks:
            start -= 1
        if start > 1 and m.tokens[start - 1].low in lex.relative_pronouns:
            # "following an announcement by Alphabet, which said it would let go of 12,000": the relative
            # clause's subject is the noun it hangs from
            antecedent = relative_antecedent(m, start - 1)
            if antecedent is not None and not antecedent.owner:
                entity = self._registry.metonym(antecedent.mention.entity) or antecedent.mention.entity
                if self._registry.kind(entity) in kinds:
                    return 1, entity, False
        for lo in (start, 0):
            for party in m.parties:
                if party.first < lo or party.first >= i or party.owner or party.place:
                    continue
                entity = self._registry.metonym(party.mention.entity) or party.mention.entity
                if self._registry.kind(entity) in kinds:
                    return 1, entity, False
                break  # only the first party of the clause is its subject
        return None

    def _reference(self, words: list[str], i: int, lex: Lexicon,
                   m: Mentions | None = None) -> tuple[int, str, bool] | None:
        word = words[i]
        if word in lex.person_refs:
            entity = (self._previous_subject if i == 0 else None) \
                or self._latest({EntityKind.person})
            return (1, entity, False) if entity else None
        if word in lex.thing_refs:
            entity = self._latest({EntityKind.country, EntityKind.government, EntityKind.organisation})
            return (1, entity, False) if entity else None
        if word in lex.group_pronouns or (word == "both" and (i + 1 >= len(words) or words[i + 1] not in
                                                                 lex.people_nouns)):
            if word == "both":
                return (1, self._groups[-1], True) if self._groups else None
            if not self._they:
                return None
            # (a group named as such is the "they" itself, not the body whose people they are)
            return 1, self._they[-1], self._registry.kind(self._they[-1]) is not EntityKind.group
        if word not in lex.determiners or i + 1 >= len(words):
            return None
        nxt = words[i + 1]
        if nxt in lex.group_words or (nxt in lex.people_nouns and word in ("the", "these", "those")):
            if self._groups and (i + 2 >= len(words) or words[i + 2] != "of"):
                return 2, self._groups[-1], True
            return None
        if word == "the" and nxt in lex.kind_nouns:
            entity = self._by_noun(nxt, lex.kind_nouns[nxt])
            return (2, entity, False) if entity else None
        if word in lex.definite_articles and m is not None and nxt.isalpha() and m.tokens[i + 1].text.islower() \
                and (i + 2 >= len(words) or words[i + 2] not in lex.partitive_prepositions):
            # "The Federal Open Market Committee ... The committee next meets": the head noun of a name the
            # story gave, in lower case, takes that name up; "the committee of inquiry" is another body
            entity = self._by_head(nxt)
            return (2, entity, False) if entity else None
        return None

    def _pair(self, words: list[str], i: int, lex: Lexicon) -> tuple[int, list[str]] | None:
        """"the companies", "both firms", "the two companies": the two organisations named last, and the
        words the phrase covers; None when the story has not named two."""
        k = i + 1
        if (words[i] not in lex.definite_articles and words[i] != "both") or k >= len(words):
            return None
        if words[i] in lex.definite_articles and words[k] in ("two", "both") and k + 1 < len(words):
            k += 1
        if words[k] not in lex.body_plurals or (k + 1 < len(words) and words[k + 1] == "of"):
            return None
        bodies = [e for e in reversed(self._recent) if self._registry.kind(e) is EntityKind.organisation][:2]
        return (k - i + 1, bodies) if len(bodies) == 2 else None

    def _latest(self, kinds: set[EntityKind]) -> str | None:
        for entity in reversed(self._recent):
            if self._registry.kind(entity) in kinds:
                return entity
        return None

    def _by_head(self, noun: str) -> str | None:
        """The newest entity the story named whose name has ``noun`` as its head, else the one body so
        headed that is part of an entity the story named ("the Fed ... the committee": its committee)."""
        headed = self._registry.headed(noun)
        if not headed:
            return None
        for entity in reversed(self._recent):
            if entity in headed:
                return entity
        parts = [e for e in headed if any(a in self._recent for a in self._registry.ancestors(e)[:1])]
        return parts[0] if len(parts) == 1 else None

    def _by_noun(self, noun: str, kinds: frozenset[str]) -> str | None:
        """The newest entity called "... <noun> ..." by one of its names, else the newest of that kind."""
        for entity in reversed(self._recent):
            record = self._registry.get(entity)
            if record and any(noun in name.lower().split() for name in (record.name, *record.aliases)):
                return entity
        for entity in reversed([*self._places, *self._recent]):
            kind = self._registry.kind(entity)
            if kind is not None and kind.value in kinds:
                return entity
        return None


def _new_thing_before(m: Mentions, words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the sentence opens on a thing brought in with an indefinite article, its subject, and names no
    body before the pronoun at ``i``: "Earlier a small aeroplane carrying medical supplies was diverted
    after it failed to land" speaks of the aeroplane, not of the country named before ("Acme made a bid
    before it paid" is still Acme)."""
    j = next((k for k in range(min(i, _SUBJECT_REACH)) if words[k] in lex.indefinite_articles), None)
    return j is not None and not any(p.first < i for p in m.parties if not p.place and not p.resolved)


def _coordinated(m: Mentions, words: list[str], i: int) -> bool:
    """Whether two parties joined by "and" stand before token ``i`` in the sentence."""
    before = [p for p in m.parties if p.last < i and not p.place]
    return any(q.first == p.last + 2 and words[p.last + 1] == "and" for p in before for q in before)


def _push(stack: list[str], entity: str) -> None:
    if entity in stack:
        stack.remove(entity)
    stack.append(entity)
    del stack[:-_RECENT]


__all__ = ["Context"]


def _bare(word: str, lex: Lexicon) -> str:
    """A pronoun without the verb copy contracts onto it ("she'll serve", "they've said"): the pronoun refers
    all the same. Any other word is left as it is."""
    if "'" not in word:
        return word
    for suffix in lex.contractions:
        if word.endswith(suffix) and (bare := word[:-len(suffix)]) and (
                bare in lex.person_refs or bare in lex.thing_refs or bare in lex.group_pronouns):
            return bare
    return word

