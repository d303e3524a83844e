"""One document's words and gazetteer matches, and what they say of organisations and
countries (the people are read by :mod:`diplotimeline.extract._actor_people`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs

from diplotimeline.extract._actor_lexicon import (
    ACRONYM_AFTER,
    APOS,
    BREAK,
    CAPITAL,
    CAPITALISED,
    CASELESS,
    COMMA,
    DOT,
    DOTSPACE,
    FOLDED,
    GAP_KINDS,
    HYPHEN,
    JOINING,
    MIXED,
    SPACE,
    URL,
    WORD_SPLIT,
    Entry,
    fold_tokens,
    kinds_of,
    lexicon_of,
    vocabulary_of,
)
from diplotimeline.extract.abbreviations import Abbreviation
from diplotimeline.extract.gazetteer import (
    Gazetteer,
    TitleEntry,
)
from diplotimeline.extract.organizations import head_words, organization_id

NO_KINDS: Final[Mapping[str, Entry]] = MappingProxyType({})

# "session of the " right before a body's name; "will hold its", "met for the" after it.
_BEFORE_BODY: Final = re.compile(
    r"\b([A-Za-z]+)[ \t]+of[ \t]+(?:(?:the|a|an)[ \t]+)?(?:new[ \t]+)?\Z"
)
_AFTER_BODY: Final = re.compile(
    r"(?:[ \t]*\([A-Z]{2,10}\))?,?[ \t]+(?:(?:would|will|shall|is[ \t]+to|is[ \t]+due[ \t]+to"
    r"|to|was[ \t]+to|agreed[ \t]+to|plans[ \t]+to)[ \t]+(?:hold|convene|meet)\b"
    r"|(?:holds|held|convened|met)[ \t]+(?:its|their|for)\b"
    r"|,?[ \t]*whose[ \t]+(?:[a-z]+[ \t]+){0,2}(?:session|meeting)\b"
    # "the Colombo Plan's Consultative Committee Meeting": named by the meeting it holds
    r"|(?:Meeting|Meetings|Session|Sessions)\b)"
)

# ---------------------------------------------------------------------------------------
# Intermediate values


@attrs.frozen
class Title:
    """An office phrase over tokens ``[start, end)``; ``core`` is where the office starts."""

    start: int
    core: int
    end: int
    titles: tuple[TitleEntry, ...]
    country: str | None
    org: str | None
    target: str | None
    modifiers: tuple[str, ...]
    prefixed: bool


@attrs.frozen
class RoleText:
    """A title as written; ``office`` is False for a relation ("his Kenyan counterpart")."""

    text: str
    of: str | None
    country: str | None
    titles: tuple[TitleEntry, ...] = ()
    modifiers: tuple[str, ...] = ()
    office: bool = True


@attrs.frozen
class PersonMention:
    start: int
    end: int
    words: tuple[str, ...]
    roles: tuple[RoleText, ...]
    honorific: str | None


@attrs.frozen
class Anaphor:
    start: int
    end: int
    titles: tuple[TitleEntry, ...]
    categories: tuple[str, ...]
    country: str | None
    role: str


@attrs.define
class OrgRecord:
    """An organisation and its mentions; ``actor`` is False for a body that is no actor (a
    relationship's mechanism, a venue), ``council`` True for a council found by its shape."""

    id: str
    name: str
    acronym: str | None
    country: str | None
    mentions: set[tuple[int, int]] = attrs.Factory(set)
    actor: bool = True
    council: bool = False


@attrs.define
class PersonGroup:
    keys: set[frozenset[str]]
    mentions: list[PersonMention]
    alone: set[str] = attrs.Factory(set)


# ", a programme that would train ...": the name before is a programme's, not a body's.
_PROGRAMME_AFTER: Final = re.compile(
    r",[ \t]+an?[ \t]+(?:[\w-]{1,20}[ \t]+){0,2}(?:programme|program|project|initiative"
    r"|scheme)[ \t]+(?:that|which|to|for|meant|designed|aimed)\b"
)


def outside_spans(positions: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """The indexes of the ``positions`` (ascending) that no span ``[start, end)`` holds.

    ``spans`` are sorted and do not overlap (as ``finditer`` gives them), so one walk
    through both answers, instead of a pass over the spans for every position.

    Examples:
        >>> outside_spans([0, 4, 9, 12, 20], [(3, 10), (12, 13)])  # 0 and 20 are outside
        [0, 4]
    """
    kept: list[int] = []
    at, count = 0, len(spans)
    for index, position in enumerate(positions):
        while at < count and spans[at][1] <= position:
            at += 1
        if at < count and spans[at][0] <= position:
            continue
        kept.append(index)
    return kept


def whole_word_uses(text: str, word: str, start: int = 0) -> list[tuple[int, int]]:
    r"""The spans of ``word`` in ``text`` from ``start`` on, with no letter or digit just
    before or after, as ``re.finditer`` with ``(?<![^\W_])WORD(?![^\W_])`` gives them.

    ``str.find`` jumps to each occurrence in C, where the pattern, which starts with a
    look-behind, would be tried at every offset.

    Examples:
        >>> whole_word_uses("AU, the AU's AUKUS and xAU", "AU")
        [(0, 2), (8, 10)]
    """
    found: list[tuple[int, int]] = []
    size, length = len(text), len(word)
    at = text.find(word, start)
    while at >= 0:
        end = at + length
        if (at == 0 or not text[at - 1].isalnum()) and (end >= size or not text[end].isalnum()):
            found.append((at, end))
            at = text.find(word, end if length else end + 1)
        else:
            at = text.find(word, at + 1)
    return found


# ---------------------------------------------------------------------------------------
# The analyzer


class ActorText:
    """Holds one text's tokens and gazetteer matches while its actors are found."""

    def __init__(self, text: str, document_id: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.document_id = document_id
        self.lexicon = lexicon_of(gazetteer)
        self.vocabulary = vocabulary_of()
        self.names = self.vocabulary.conventions
        # Tokenise with C-level operations only: splitting on a capturing pattern gives
        # gaps and words in turn, and their running lengths give the offsets.
        parts = WORD_SPLIT.split(text)
        offsets = list(itertools.accumulate(map(len, parts), initial=0))
        words = parts[1::2]
        starts = offsets[1:-1:2]
        ends = offsets[2:-1:2]
        gap_texts: list[str] | None = parts[2:-2:2]
        if "://" in text or "www." in text:
            urls = [(m.start(), m.end()) for m in URL.finditer(text)]
            if urls:
                kept = outside_spans(starts, urls)
                gap_texts = None
                words = [words[index] for index in kept]
                starts = [starts[index] for index in kept]
                ends = [ends[index] for index in kept]
        self.starts, self.ends, self.words = starts, ends, words
        self.size = len(words)
        self.keys = list(map(FOLDED.__getitem__, words))
        self.caps = list(map(CAPITALISED.__getitem__, words))
        if gap_texts is None:
            gap_texts = list(map(text.__getitem__, map(slice, ends, starts[1:])))
        self.gaps = [BREAK, *map(GAP_KINDS.__getitem__, gap_texts)]
        if "d'" in text or "d’" in text or "l'" in text or "l’" in text:
            self._elided_capitals()
        self.lex_at: dict[int, tuple[int, tuple[Entry, ...]]] = {}
        # The entries of each match by kind (see ``_kinds``).
        self.kinds_at: dict[int, Mapping[str, Entry]] = {}
        # Only where a one-word form or the first two words of a longer one stand can a
        # match start: the tokens that start a form (found in C) are checked for that.
        lexicon = self.lexicon
        keys = self.keys
        singles, pairs = lexicon.singles, lexicon.pairs
        last = self.size - 1
        candidates = [
            i
            for i in itertools.compress(range(last), map(lexicon.firsts.__contains__, keys))
            if keys[i] in singles or (keys[i], keys[i + 1]) in pairs
        ]
        if last >= 0 and keys[last] in singles:
            candidates.append(last)
        self.greedy: list[tuple[int, int, tuple[Entry, ...]]] = []
        covered = 0
        for i in candidates:  # in token order
            match = self._match(i)
            if match is not None:
                end, entries, self.kinds_at[i] = match
                self.lex_at[i] = (end, entries)
                if i >= covered:
                    self.greedy.append((i, end, entries))
                    covered = end
        self.org_at: dict[int, tuple[int, str]] = {}
        # The acronyms of bodies the text defines ("the Economic Cooperation Organization
        # (ECO)"): the body's id and where its definition starts, for later bare uses.
        self.acronym_orgs: dict[str, tuple[str, int]] = {}
        for first, end, _ in self.greedy:
            self._note_initials(first, end)
        self.orgs: dict[str, OrgRecord] = {}
        # For each token, the greedy office or organisation match covering it (-1: none).
        self.office_of = [-1] * self.size
        self.gazetteer_org_of = [-1] * self.size
        for index, (first, end, _) in enumerate(self.greedy):
            kinds = self.kinds_at[first]
            for target, kind in (
                (self.office_of, "office"),
                (self.gazetteer_org_of, "organization"),
            ):
                if kind in kinds and (kind == "office" or end - first > 1):
                    for token in range(first, end):
                        target[token] = index

    def _elided_capitals(self) -> None:
        """ "d'Ivoire", "l'Union": an elided French article before a capitalised word is a
        part of the name it stands in ("the Ghana-Côte d'Ivoire Joint Commission")."""
        words, gaps, caps = self.words, self.gaps, self.caps
        for i in range(self.size - 1):
            if words[i] in ("d", "l") and gaps[i + 1] == APOS and caps[i + 1]:
                caps[i] = True

    # -- tokens and gazetteer ----------------------------------------------------------

    def _case_ok(self, entry: Entry, first: int, end: int) -> bool:
        if entry.exact is not None:
            return tuple(self.words[first:end]) == entry.exact
        if entry.kind in ("office", "modifier", "honorific"):
            return True
        return self.caps[first]

    def _match(self, first: int) -> tuple[int, tuple[Entry, ...], Mapping[str, Entry]] | None:
        """The longest gazetteer form at token ``first``: (end, entries, entries by kind)."""
        lexicon = self.lexicon
        best: tuple[int, tuple[Entry, ...], Mapping[str, Entry]] | None = None
        key: tuple[str, ...] = (self.keys[first],)
        last = first
        while True:
            entries = lexicon.entries.get(key)
            if entries:
                mode = lexicon.modes[key]
                if mode == CASELESS or (mode == CAPITAL and self.caps[first]):
                    best = (last + 1, entries, lexicon.kinds[key])
                elif mode == MIXED:
                    accepted = tuple(e for e in entries if self._case_ok(e, first, last + 1))
                    if accepted:
                        best = (last + 1, accepted, kinds_of(accepted))
            last += 1
            if (
                last >= self.size
                or last - first >= lexicon.max_len
                or self.gaps[last] not in JOINING
            ):
                break
            key = (*key, self.keys[last])
            if key not in lexicon.prefixes:
                break
        return best

    def _kinds(self, i: int) -> Mapping[str, Entry]:
        """The entries of the gazetteer match at token ``i`` by kind (the first of each
        kind); empty where none starts. Shared: read it, never change it."""
        return self.kinds_at.get(i, NO_KINDS)

    def _is_initial(self, i: int) -> bool:
        """Whether token ``i`` is one capital letter, as in "S. Jaishankar" or "U.S."."""
        word = self.words[i]
        return len(word) == 1 and word.isupper()

    def _stop(self, end: int) -> int:
        """The end offset of a gazetteer match ending before token ``end``, with the final
        dot of an abbreviation ("U.S.")."""
        stop = self.ends[end - 1]
        last = self.words[end - 1]
        if (
            len(last) == 1
            and last.isupper()
            and end >= 2
            and self.gaps[end - 1] == DOT
            and self.text[stop : stop + 1] == "."
        ):
            stop += 1
        return stop

    def _span_text(self, first: int, end: int) -> str:
        return self.text[self.starts[first] : self.ends[end - 1]]

    def _is_possessive(self, i: int) -> bool:
        return i < self.size and self.gaps[i] == APOS and self.keys[i] == "s"

    def _note_initials(self, first: int, end: int) -> None:
        """A known body named in full whose acronym the gazetteer does not give: its
        initials, for a later bare use ("the Economic Cooperation Organization ... ECO's
        Secretary General")."""
        entry = self.kinds_at[first].get("organization")
        if entry is None or end - first < 3 or self.lexicon.organizations[entry.id][1]:
            return
        initials = "".join(
            self.words[k][0]
            for k in range(first, end)
            if self.caps[k] and self.words[k][0].isalpha()
        )
        if len(initials) >= 3:
            self.acronym_orgs.setdefault(initials, (entry.id, self.starts[first]))

    def _entity_at(self, i: int) -> tuple[int, str, str] | None:
        """A country or organisation starting at token ``i``: (end, kind, id)."""
        if i >= self.size:
            return None
        custom = self.org_at.get(i)
        kinds = self.kinds_at.get(i, NO_KINDS)
        found = self.lex_at.get(i)
        if custom is not None and (found is None or custom[0] >= found[0]):
            return custom[0], "organization", custom[1]
        if found is None and custom is None and self.caps[i]:
            # "NAME, ECO's Secretary General": a body's acronym that the text defined before
            defined = self.acronym_orgs.get(self.words[i])
            if defined is not None and defined[1] < self.starts[i]:
                return i + 1, "organization", defined[0]
        if found is None or not self.caps[i]:
            return None
        for kind in ("country", "organization", "demonym"):
            if kind in kinds:
                return found[0], kind, kinds[kind].id
        return None

    # -- organisations -----------------------------------------------------------------

    def find_organizations(self, abbreviations: Sequence[Abbreviation]) -> None:
        shapes = self.vocabulary.shapes
        spans: list[tuple[int, int]] = []
        heads: Iterator[int] = itertools.compress(
            range(self.size), map(shapes.heads.__contains__, self.words)
        )
        if shapes.pair_heads:
            # "the Micronesian Islands Forum": a two-word head, found by its last word
            lasts = {last for _, last in shapes.pair_heads}
            paired = [
                i
                for i in itertools.compress(
                    range(1, self.size), map(lasts.__contains__, self.words[1:])
                )
                if self.gaps[i] == SPACE and (self.words[i - 1], self.words[i]) in shapes.pair_heads
            ]
            heads = iter(sorted([*heads, *paired]))
        for head in heads:
            if not self.caps[head]:
                continue
            first = head
            while (
                first > 0
                and head - first < 8
                and (
                    self.gaps[first] in (SPACE, HYPHEN)
                    # "Côte d'Ivoire": an elided article (see _elided_capitals)
                    or (self.gaps[first] == APOS and self.keys[first - 1] in ("d", "l"))
                )
            ):
                before = first - 1
                if (
                    self.keys[before] == "and"
                    and before > 0
                    and first < head
                    and self.gaps[before] == SPACE
                    and self.caps[before - 1]
                    and self.words[before - 1] in self.vocabulary.portfolios
                ):
                    first = before
                    continue
                if (
                    not self.caps[before]
                    or self.words[before] in self.names.not_names
                    or self.words[before] in shapes.heads
                ):
                    break
                first = before
            end = self._extend_organization(head + 1)
            if end - first < 2 or self.gazetteer_org_of[head] >= 0:
                continue
            if shapes.is_outlet_name(self._span_text(first, end)):
                continue
            if self.office_of[first] >= 0 and self.office_of[first] == self.office_of[end - 1]:
                continue
            spans.append((first, end))
        spans.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        # The last definition (in order of first definition of its long span) whose long
        # form ends with the span and starts inside it; grouped by end, so each span looks
        # only at the definitions ending where it ends.
        by_long_span = {(a.long_start, a.long_end): a for a in abbreviations}
        by_long_end: dict[int, list[tuple[int, str]]] = {}
        for (long_start, long_end), abbreviation in by_long_span.items():
            by_long_end.setdefault(long_end, []).append((long_start, abbreviation.short))
        for first, end in kept:
            start_char, end_char = self.starts[first], self.ends[end - 1]
            name = self.text[start_char:end_char]
            acronym = None
            for long_start, short in by_long_end.get(end_char, ()):
                if start_char <= long_start:
                    acronym = short
            following = ACRONYM_AFTER.match(self.text, end_char)
            if acronym is None and following is not None:
                letters = following.group("short")
                if sum(char.isupper() for char in letters) >= 2 or (
                    len(letters) >= 3
                    and letters.isalpha()
                    and letters not in self.names.not_names
                    and not self.lexicon.entries.get(fold_tokens(letters))
                ):
                    acronym = letters
            self._add_custom_org(first, end, name, acronym)
        # The kept spans do not overlap and are sorted, so the only one that can hold a
        # position is the last one starting at or before it.
        kept_starts = [self.starts[first] for first, _ in kept]
        kept_ends = [self.ends[end - 1] for _, end in kept]
        for abbreviation in abbreviations:
            at = bisect.bisect_right(kept_starts, abbreviation.long_start) - 1
            if at >= 0 and abbreviation.long_start < kept_ends[at]:
                continue
            if not shapes.is_organization_name(abbreviation.long) or shapes.is_outlet_name(
                abbreviation.long
            ):
                continue
            first = bisect.bisect_left(self.starts, abbreviation.long_start)
            end = bisect.bisect_left(self.starts, abbreviation.long_end)
            if first < end and self.starts[first] == abbreviation.long_start:
                self._add_custom_org(first, end, abbreviation.long, abbreviation.short)

    def _extend_organization(self, end: int) -> int:
        """Extend a body's name after its head: "of Education and Training", "for Peace"."""
        shapes = self.vocabulary.shapes
        for step in range(4):
            if end >= self.size or self.gaps[end] != SPACE:
                break
            connector = self.keys[end]
            allowed = ("of", "for", "on") if step == 0 else tuple(shapes.connectors)
            if connector not in allowed or connector == "in":
                break
            start = end + 1
            if start < self.size and self.keys[start] == "the" and self.gaps[start] == SPACE:
                start += 1
            run = start
            while (
                run < self.size
                and self.caps[run]
                and self.gaps[run] in (SPACE, HYPHEN)
                and self.words[run] not in self.names.not_names
                and run - start < 8
            ):
                run += 1
            if run == start or self._is_possessive(run):
                break
            end = run
        return end

    def _head_of(self, first: int, end: int) -> int:
        """The head word of a body's name over tokens ``[first, end)``: the word before its
        first connector ("Council" in "Council for Trade and Economic Development")."""
        connectors = self.vocabulary.shapes.connectors
        for i in range(first + 1, end):
            if self.keys[i] in connectors and self.gaps[i] == SPACE and not self.caps[i]:
                return i - 1
        return end - 1

    def _parent_of(self, first: int, head: int) -> str | None:
        """A known organisation that starts a council's name: "ECOWAS Commission"."""
        found = self.lex_at.get(first)
        if found is None or found[0] > head or not self.caps[first]:
            return None
        entry = self._kinds(first).get("organization")
        return entry.id if entry is not None else None

    def _has_pair(self, first: int, head: int) -> bool:
        """Whether two countries, demonyms or organisations joined by a hyphen stand before
        the head: "India-Brazil Joint Commission", "Viet Nam-Japan ..."."""
        for i in range(first, head):
            found = self.lex_at.get(i)
            if found is None or found[0] >= head or self.gaps[found[0]] != HYPHEN:
                continue
            if not {"country", "demonym", "organization"} & self._kinds(i).keys():
                continue
            if self._entity_at(found[0]) is not None:
                return True
        return False

    def _is_actor_body(self, first: int, head: int, end: int) -> bool:
        """Whether a body found by its shape is an actor: not a working group, a venue, the
        office of a post or a relationship's council (see ``[bodies]`` in actors.toml)."""
        bodies = self.vocabulary.bodies
        word = self.words[head]
        before = self.words[head - 1] if head > first and self.gaps[head] == SPACE else ""
        if (before, word) in bodies.working_heads:
            return False
        if word in bodies.venue_heads and before in bodies.venue_words:
            return False
        if word == "Office" and head == first and end > head + 2:
            at = head + 3 if self.keys[head + 2] == "the" else head + 2
            found = self.lex_at.get(at)
            if found is not None and found[0] == end and "office" in self._kinds(at):
                return False
        if word in bodies.council_heads:
            if any(self.words[i] in bodies.mechanism_markers for i in range(first, head)):
                return False
            if self._has_pair(first, head):
                return False
        return True

    def _add_custom_org(self, first: int, end: int, name: str, acronym: str | None) -> None:
        if name.lower().startswith("the "):
            name = name[4:]
        gazetteer_id = None
        key = fold_tokens(name)
        for entry in self.lexicon.entries.get(key, ()):
            if entry.kind == "organization":
                gazetteer_id = entry.id
        head = self._head_of(first, end)
        council = self.words[head] in self.vocabulary.bodies.council_heads
        actor = True
        if gazetteer_id is None:
            actor = self._is_actor_body(first, head, end) and not _PROGRAMME_AFTER.match(
                self.text, self.ends[end - 1]
            )
            if council and actor:
                gazetteer_id = self._parent_of(first, head)
                if gazetteer_id is not None:
                    acronym = None
        if gazetteer_id is None and acronym is not None:
            for entry in self.lexicon.entries.get(fold_tokens(acronym), ()):
                if entry.kind == "organization":
                    gazetteer_id = entry.id
        org_id = gazetteer_id or organization_id(name, acronym=acronym)
        country = None
        if first >= 2 and self._is_possessive(first - 1):
            for owner in range(max(0, first - 5), first - 1):
                found = self.lex_at.get(owner)
                if found is not None and found[0] == first - 1:
                    owner_entry = self._kinds(owner).get("country")
                    country = owner_entry.id if owner_entry is not None else None
        if country is None:
            for i in range(first, end):
                kinds = self.kinds_at.get(i, NO_KINDS)
                named = kinds.get("country") or kinds.get("demonym")
                if named is not None and self.caps[i]:
                    country = named.id
                    break
        record = self.orgs.get(org_id)
        if record is None:
            if gazetteer_id is not None:
                gname, gacronym, gcountry = self.lexicon.organizations[gazetteer_id]
                record = OrgRecord(gazetteer_id, gname, gacronym, gcountry or country)
            else:
                record = OrgRecord(
                    org_id, name, acronym, country, actor=actor, council=council and actor
                )
            self.orgs[org_id] = record
        self.org_at[first] = (end, org_id)
        if acronym is not None and record.actor and acronym.isupper():
            self.acronym_orgs.setdefault(acronym, (org_id, self.starts[first]))

    # -- countries ---------------------------------------------------------------------

    def find_countries(self, people: Sequence[PersonMention]) -> list[tuple[int, int, str]]:
        covered = [(p.start, p.end) for p in people]
        covered.sort()
        cover_starts = [s for s, _ in covered]
        vocabulary = self.vocabulary
        found: list[tuple[int, int, str]] = []
        languages: set[int] = set()  # the first tokens of demonyms read as languages
        for first, end, entries in self.greedy:
            if not self.caps[first]:
                continue
            named = self.kinds_at[first]  # the same kinds (the first entry of each)
            if "block" in named or not (
                "country" in named or "demonym" in named or "place" in named
            ):
                continue
            kinds = {e.kind: e for e in entries}  # the last entry of each kind
            entry = kinds.get("country") or kinds.get("demonym")
            start, stop = self.starts[first], self._stop(end)
            if entry is None:
                place = kinds.get("place")
                if place is not None and place.capital and self._is_metonym(first, end):
                    found.append((start, stop, place.id))
                continue
            if end < self.size and (
                (self.words[end] in vocabulary.feature_words and self.gaps[end] == SPACE)
                or (  # "U.S. dollars": the abbreviation's last dot is in the gap
                    self.keys[end] in vocabulary.currency_words
                    and (
                        self.gaps[end] == SPACE
                        or (self.gaps[end] == DOTSPACE and self.words[end].islower())
                    )
                )
            ):
                continue  # "South China Sea", "US dollars"
            if self.text[self.ends[end - 1] : self.ends[end - 1] + 1] == "$":
                continue
            if "country" not in kinds and self._is_language(first, end, languages):
                languages.add(first)
                continue  # "knowledge of Dutch and French; German is an asset"
            if "country" not in kinds and self._is_private_person(first, end):
                continue  # "the Uzbek engineer NAME", "a Serb who ...": a person's origin
            at = bisect.bisect_right(cover_starts, start) - 1
            if at >= 0 and covered[at][0] <= start and stop <= covered[at][1]:
                continue
            if entry.id in self.lexicon.non_members and self._is_locator(first):
                continue  # "in Saint-Denis, Réunion": where a town lies, no actor
            found.append((start, stop, entry.id))
        return found

    def _is_private_person(self, first: int, end: int) -> bool:
        """Whether the demonym at tokens ``[first, end)`` only tells where a private person
        comes from, which makes the country no actor: after an article and before a trade
        ("the Uzbek engineer NAME", "a Ukrainian singer"), an anonymous diplomat ("a Kazakh
        diplomat said") or as the person itself ("a Serb who has sailed this river", "the
        Belgian who ran it"). An office ("the Maldivian President") is a state's."""
        article = self.keys[first - 1] if first > 0 and self.gaps[first] == SPACE else ""
        if article not in ("the", "a", "an", "one") or end >= self.size:
            return False
        if self.caps[end] or self.gaps[end] != SPACE:
            return False
        after = self.keys[end]
        if after == "who":
            return True
        trades = self.vocabulary.professions
        return after in trades or (after == "diplomat" and article != "the")

    def _is_locator(self, first: int) -> bool:
        """Whether the name at token ``first`` follows a town's name and a comma after "in",
        "at" or "to", as the territory it lies in: "due to meet in Saint-Denis, Réunion". A
        territory (an entity that is no UN member or observer) so named only locates the town;
        a member state so named stays an actor."""
        if first < 2 or self.gaps[first] != COMMA:
            return False
        i = first - 1
        while i > 0 and first - i < 4 and self.gaps[i] in (SPACE, HYPHEN) and self.caps[i - 1]:
            i -= 1
        return self.caps[i] and i > 0 and self.keys[i - 1] in ("in", "at", "to")

    def _is_language(self, first: int, end: int, languages: set[int]) -> bool:
        """Whether the demonym at tokens ``[first, end)`` names a language: after a cue
        ("knowledge of", "fluent in", "speaks", "translated into") or after "and"/"or" or a
        comma joining it to a language, and not followed by a noun ("French law")."""
        if end < self.size and self.gaps[end] == SPACE and not self.caps[end]:
            if self.keys[end] not in ("and", "or", "is", "are"):
                return False
            # "German is an asset", "Arabic is required": what a post asks of its holder
            for phrase in self.vocabulary.language_after:
                if tuple(self.keys[end : end + len(phrase)]) == phrase and all(
                    self.gaps[x] == SPACE for x in range(end, end + len(phrase))
                ):
                    return True
        k = first - 1
        if k < 0 or self.gaps[first] not in (SPACE, COMMA):
            return False
        if self.keys[k] in ("and", "or") or self.gaps[first] == COMMA:
            # "Dutch and French", "English, French": joined to a language before it
            if self.gaps[first] == COMMA:
                return self._language_before(first - 1, languages)
            return (
                k > 0 and self.gaps[k] in (SPACE, COMMA) and self._language_before(k - 1, languages)
            )
        if self.keys[k] in ("of", "in", "into") and k > 0 and self.gaps[k] == SPACE:
            k -= 1
        return self.keys[k] in self.vocabulary.language_cues and self.gaps[k + 1] == SPACE

    def _language_before(self, last: int, languages: set[int]) -> bool:
        """Whether a demonym read as a language ends at token ``last``."""
        return any(start in languages for start in range(max(0, last - 2), last + 1))

    def _is_metonym(self, first: int, end: int) -> bool:
        vocabulary = self.vocabulary
        if first > 0 and self.keys[first - 1] in vocabulary.place_prepositions:
            return False
        if self._is_possessive(end):
            return True
        return (
            end < self.size
            and self.gaps[end] == SPACE
            and self.keys[end] in vocabulary.metonym_verbs
        )

    # -- organisation mentions -----------------------------------------------------------

    def organization_mentions(
        self, abbreviations: Sequence[Abbreviation], people: Sequence[PersonMention]
    ) -> None:
        covered = sorted((p.start, p.end) for p in people)
        cover_starts = [s for s, _ in covered]
        for first, end, _ in self.greedy:
            entry = self.kinds_at[first].get("organization")  # the first one
            if entry is None:
                continue
            if not self.caps[first] and entry.exact is None:
                continue
            start, stop = self.starts[first], self._stop(end)
            at = bisect.bisect_right(cover_starts, start) - 1
            if at >= 0 and stop <= covered[at][1]:
                continue
            # "the United Nations General Assembly": the organ, and the United Nations that
            # meets in it
            parent = self.vocabulary.bodies.plenary_of.get(entry.id)
            for org_id in (entry.id,) if parent is None else (entry.id, parent):
                record = self.orgs.get(org_id)
                if record is None:
                    name, acronym, country = self.lexicon.organizations[org_id]
                    record = OrgRecord(org_id, name, acronym, country)
                    self.orgs[org_id] = record
                record.mentions.add((start, stop))
        for first, (end, org_id) in self.org_at.items():
            start, stop = self.starts[first], self.ends[end - 1]
            if self.text[start:stop].lower().startswith("the "):
                start += 4
            self.orgs[org_id].mentions.add((start, stop))
        for record in self.orgs.values():
            if not record.acronym or record.id in self.lexicon.organizations or not record.mentions:
                continue
            first_start = min(record.mentions)[0]
            record.mentions.update(whole_word_uses(self.text, record.acronym, first_start))
        self._organization_anaphors()
        for record in self.orgs.values():
            if record.council and any(self._shown_meeting(s, e) for s, e in record.mentions):
                record.actor = False

    def _shown_meeting(self, start: int, end: int) -> bool:
        """Whether the text shows the council at ``[start, end)`` meeting: "the fifth
        session of the X Commission", "the X Council will hold its next meeting", "the X
        Committee Meeting"."""
        nouns = self.vocabulary.bodies.meeting_nouns
        before = _BEFORE_BODY.search(self.text, max(0, start - 40), start)
        if before is not None and before.group(1).lower() in nouns:
            return True
        after = _AFTER_BODY.match(self.text, end, min(len(self.text), end + 80))
        return after is not None

    def _organization_anaphors(self) -> None:
        """ "the Association" after "Association of Southeast Asian Nations"."""
        heads = self.vocabulary.shapes.heads
        records = [
            (record, frozenset(head_words(record.name)), min(record.mentions)[0])
            for record in self.orgs.values()
            if record.mentions
        ]
        spans = sorted(span for record in self.orgs.values() for span in record.mentions)
        span_starts = [start for start, _ in spans]
        for i in itertools.compress(range(self.size), map(heads.__contains__, self.words)):
            word = self.words[i]
            if i < 1 or self.keys[i - 1] != "the":
                continue
            nxt = i + 1
            if nxt < self.size and self.gaps[nxt] in (SPACE, HYPHEN) and self.caps[nxt]:
                continue
            if nxt < self.size and self.gaps[nxt] == SPACE and self.keys[nxt] in ("of", "for"):
                continue
            start = self.starts[i]
            at = bisect.bisect_right(span_starts, start) - 1
            if at >= 0 and start < spans[at][1]:
                continue
            candidates = [r for r, words, first in records if word in words and first < start]
            if len(candidates) == 1:
                candidates[0].mentions.add((start, self.ends[i]))
