"""People in a text: offices, names, appositions, honorifics and anaphors."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

import attrs

from diplotimeline.extract._actor_lexicon import (
    APOS,
    ARTICLES,
    BREAK,
    COMMA,
    DOT,
    DOTSPACE,
    HYPHEN,
    NAMED_KINDS,
    SPACE,
    fold_word,
    positions_of,
)
from diplotimeline.extract._actor_text import (
    NO_KINDS,
    ActorText,
    Anaphor,
    PersonMention,
    RoleText,
    Title,
)
from diplotimeline.extract.gazetteer import (
    TitleCategory,
    TitleEntry,
)
from diplotimeline.extract.people import (
    is_vietnamese_syllable,
)

# Words that make an office before a comma definite: "the premier, NAME", "its Premier,
# NAME", "their President, NAME" name the one holder of the office after the comma.
_DEFINITE_WORDS: Final = frozenset({"the", "its", "their", "his", "her", "our"})
# Words that open a photo credit, whose names are no actors.
_PHOTO_WORDS: Final = frozenset({"Photo", "Ảnh", "Photos"})


class PersonReader(ActorText):
    """Reads the people of one text (after its organisations)."""

    # The words used alone, capitalised, between no capitalised words (see _recurs).
    _alone_words: frozenset[str] | None = None
    # The words written right after an honorific ("Ms Lindqvist"; see _named_alone).
    _honored_words: frozenset[str] | None = None

    # -- titles and names --------------------------------------------------------------

    def _core(self, i: int, lowercase: bool) -> tuple[int, TitleEntry] | None:
        """An office starting at token ``i``: (end, entry)."""
        if i >= self.size:
            return None
        vocabulary = self.vocabulary
        if self.keys[i] not in vocabulary.office_openers and "office" not in self.kinds_at.get(
            i, NO_KINDS
        ):
            return None
        if lowercase and self.keys[i] in vocabulary.relational_heads:
            return i + 1, vocabulary.relational_heads[self.keys[i]]
        k = self._portfolio_run(i)
        if (
            k > i
            and k < self.size
            and self.gaps[k] == SPACE
            and self.words[k] in vocabulary.portfolio_heads
            and self.lexicon.minister is not None
            and not self.words[k].endswith("s")
        ):
            return k + 1, self.lexicon.minister
        generic = self._generic_core(i, lowercase)
        if generic is not None:
            generic = self._portfolio_tail(generic[0]), generic[1]
        found = self.lex_at.get(i)
        if found is None or (not lowercase and not self.caps[i]):
            return generic or self._bare_head(i)
        office = next((e.title for e in found[1] if e.kind == "office" and e.title), None)
        if office is None:
            return generic or self._bare_head(i)
        tail = self._portfolio_tail(found[0])
        if generic is not None and generic[0] > tail:
            return generic
        return tail, office

    def _portfolio_run(self, i: int) -> int:
        """The end of a run of portfolio words at ``i``: "Investment, Trade and Industry"."""
        portfolios = self.vocabulary.portfolios
        k = i
        end = i
        while k < self.size and k - i < 8 and self.caps[k] and self.words[k] in portfolios:
            k += 1
            end = k
            if k >= self.size:
                break
            if self.gaps[k] == COMMA and k + 1 < self.size:
                continue
            if self.gaps[k] != SPACE:
                break
            if self.keys[k] == "and" and k + 1 < self.size and self.gaps[k + 1] == SPACE:
                k += 1
        return end

    def _bare_head(self, i: int) -> tuple[int, TitleEntry] | None:
        """A capitalised office word with its portfolio: "Secretary of Foreign Affairs"."""
        if not self.caps[i] or self.words[i] not in self.vocabulary.portfolio_heads:
            return None
        head = self.vocabulary.generic_heads.get(self.keys[i])
        if head is None:
            return None
        end = self._portfolio_tail(i + 1)
        return (end, head) if end > i + 1 else None

    def _portfolio_tail(self, end: int) -> int:
        """Extend an office over its portfolio: "Minister of Agriculture and Rural Development",
        "Minister of Foreign Affairs and International Cooperation"."""
        portfolios = self.vocabulary.portfolios
        k = end
        link = self._remit_link(end)
        if self.words[end - 1] in self.vocabulary.portfolio_heads and link > end:
            k = link
        elif (
            self.words[end - 1] in self.vocabulary.portfolio_heads
            and end + 1 < self.size
            and self.keys[end] in ("of", "for")
            and self.gaps[end] == SPACE
        ):
            k = end + 1
        elif self.words[end - 1] not in portfolios:
            return self._remit(end)
        best = end
        while k < self.size and self.gaps[k] in (SPACE, COMMA):
            if self.caps[k] and self.words[k] in portfolios:
                k += 1
                best = k
            elif self.keys[k] == "and" and k + 1 < self.size and self.words[k + 1] in portfolios:
                k += 1
            else:
                break
        return max(best, self._remit(end))

    def _region_remit(self, end: int) -> int:
        """After "for" at token ``end``: the end of a region's remit, "the" and one or two
        capitalised words that end the phrase ("Minister for the Pacific, NAME", "Envoy for
        the Middle East, NAME"), or ``end`` when there is none."""
        the = end + 1
        if the + 1 >= self.size or self.keys[the] != "the" or self.gaps[the] != SPACE:
            return end
        k = the + 1
        while k < self.size and k - the <= 2 and self.caps[k] and self.gaps[k] in (SPACE, HYPHEN):
            k += 1
        if k == the + 1 or (k < self.size and self.gaps[k] not in (COMMA, BREAK, DOT, DOTSPACE)):
            return end
        return k

    def _remit_link(self, end: int) -> int:
        """After an office word, the end of a phrase such as "Responsible for" or "in charge
        of" that leads to its portfolio ("Minister Responsible for Foreign Affairs"), or
        ``end`` when there is none."""
        for link in self.vocabulary.remit_links:
            stop = end + len(link)
            if (
                stop < self.size
                and tuple(self.keys[end:stop]) == link
                and all(self.gaps[x] == SPACE for x in range(end, stop + 1))
                and self.caps[stop]
                and self.words[stop] in self.vocabulary.portfolios
            ):
                return stop
        return end

    def _remit(self, end: int) -> int:
        """Extend an office over a remit after "for": "Director-General for Northeast and
        Central Asian Affairs", "High Representative for Foreign Affairs and Security Policy".

        The remit ends at its last portfolio word, or one capitalised word later where the
        phrase ends there ("... Security Policy, Kaja Kallas"): a name may follow directly
        ("... Affairs CHOI Yong-joon", "... Affairs Joe Bloggs, who")."""
        if end + 1 >= self.size or self.keys[end] != "for" or self.gaps[end] != SPACE:
            return end
        region = self._region_remit(end)
        if region > end:
            return region
        portfolios = self.vocabulary.portfolios
        best = end
        last = end
        k = end + 1
        while k < self.size and k - end <= 8:
            gap = self.gaps[k]
            if gap == COMMA and not (self.caps[k] and self.words[k] in portfolios):
                break
            if gap not in (SPACE, COMMA):
                break
            if self.keys[k] == "and" and gap == SPACE:
                k += 1
                continue
            if not self.caps[k]:
                break
            if self.words[k] in portfolios:
                best = k + 1
            last = k + 1
            k += 1
        if (
            last == best + 1
            and best > end
            and (last >= self.size or self.gaps[last] in (COMMA, BREAK, DOT, DOTSPACE))
        ):
            return last
        return best

    def _generic_core(self, i: int, lowercase: bool) -> tuple[int, TitleEntry] | None:
        """A title such as "Prime Cabinet Secretary": modifiers, then an office word."""
        vocabulary = self.vocabulary
        best: tuple[int, TitleEntry] | None = None
        if lowercase and self.keys[i] in vocabulary.standalone_heads:
            best = (i + 1, vocabulary.generic_heads[self.keys[i]])
        k = i
        while k < self.size and k - i < 5 and (lowercase or self.caps[k]):
            if k > i:
                if self.gaps[k] not in (SPACE, HYPHEN):
                    break
                head = vocabulary.generic_heads.get(self.keys[k])
                if head is not None and self.gaps[k] == SPACE:
                    best = (k + 1, head)
            if self.keys[k] not in vocabulary.generic_modifiers:
                break
            k += 1
        return best

    def _title(self, i: int, *, lowercase: bool) -> Title | None:
        """An office phrase starting at token ``i`` (prefixes, stacked offices, complement)."""
        j = i
        country: str | None = None
        org: str | None = None
        modifiers: list[str] = []
        prefixed = False
        for _ in range(6):
            if j >= self.size:
                return None
            kinds = self.kinds_at.get(j, NO_KINDS)
            if "modifier" in kinds and "office" not in kinds and "country" not in kinds:
                modifiers.append(kinds["modifier"].id.strip("-"))
                j = self.lex_at[j][0]
                continue
            entity = self._entity_at(j)
            if entity is not None:
                end, kind, entity_id = entity
                if self._is_possessive(end):
                    after, adjectives = self._skip_adjectives(end + 1)
                    if adjectives is not None:
                        modifiers.append(adjectives)
                elif (
                    end < self.size
                    and (
                        self.gaps[end] == SPACE
                        or (self.gaps[end] == DOTSPACE and self._is_initial(end - 1))
                    )
                    and self._core(end, True)
                ):
                    after = end
                else:
                    break
                if kind == "organization":
                    org = entity_id
                else:
                    country = entity_id
                prefixed = True
                j = after
                continue
            break
        core = j
        found = self._core(j, lowercase)
        if found is None:
            return None
        k, office = found
        titles = [office]
        while (
            k + 1 < self.size
            and self.keys[k] == "and"
            and self.gaps[k] == SPACE
            and self.gaps[k + 1] == SPACE
        ):
            stacked = self._core(k + 1, False)
            if stacked is None:
                break
            k, entry = stacked
            titles.append(entry)
        if k < self.size and self.gaps[k] == HYPHEN and not self.caps[k]:
            # "President-elect", "Ambassador-designate": a modifier written after the office.
            suffix = self._kinds(k).get("modifier")
            if suffix is not None and suffix.id.startswith("-"):
                modifiers.append(suffix.id.strip("-"))
                k += 1
        target: str | None = None
        for _ in range(2):
            if k + 1 >= self.size or self.gaps[k] != SPACE or self.keys[k] not in ("of", "to"):
                break
            s = k + 1
            if self.keys[s] == "the" and s + 1 < self.size:
                s += 1
            entity = self._entity_at(s)
            if entity is None:
                break
            end, kind, entity_id = entity
            if self.keys[k] == "to":
                target = entity_id
            elif kind == "organization":
                org = org or entity_id
            else:
                country = country or entity_id
            k = end
        return Title(
            start=i,
            core=core,
            end=k,
            titles=tuple(titles),
            country=country,
            org=org,
            target=target,
            modifiers=tuple(modifiers),
            prefixed=prefixed,
        )

    def _skip_adjectives(self, j: int) -> tuple[int, str | None]:
        """Skip up to two lower-case words before an office after a possessive: "Chile's
        young president", "Japan's first female Prime Minister". Returns where the office
        starts and the words skipped (kept as a modifier of the role)."""
        for size in (1, 2):
            k = j + size
            if (
                k < self.size
                and all(not self.caps[x] and self.gaps[x] in (SPACE, HYPHEN) for x in range(j, k))
                and self.gaps[k] == SPACE
                and j not in self.lex_at
                and self._core(k, True) is not None
            ):
                return k, self._span_text(j, k)
        return j, None

    def _name(self, j: int, *, after_title: bool) -> int | None:
        """The end of a person's name starting at token ``j``, or None."""
        if j >= self.size or not self.caps[j]:
            return None
        names = self.names
        k = j
        words = 0
        while k < self.size:
            if k > j:
                gap = self.gaps[k]
                if gap == HYPHEN and words:
                    k += 1
                    continue
                if self._is_elided_prefix(k):
                    k += 1  # "O'Neill", "D'Souza": one word
                    continue
                if gap != SPACE and not (gap == DOTSPACE and self._is_initial(k - 1)):
                    break
            word = self.words[k]
            if self.caps[k]:
                if word in self.vocabulary.name_enders:
                    # "General Cooperation Agreement", "General Assembly": the words
                    # before a body's or an event's head word are part of its name.
                    return None
                kinds = self.kinds_at.get(k, NO_KINDS)
                if (
                    not NAMED_KINDS.isdisjoint(kinds) or k in self.org_at
                ) and not self._is_place_given_name(k, j, after_title=after_title):
                    break
                if word in names.not_names and not (
                    k > j
                    and is_vietnamese_syllable(word)
                    and all(is_vietnamese_syllable(w) for w in self.words[j:k])
                ):
                    nxt = k + 1
                    if not (
                        k == j
                        and after_title
                        and nxt < self.size
                        and self.gaps[nxt] == SPACE
                        and self.caps[nxt]
                        and self.words[nxt] not in names.not_names
                        and not self._kinds(nxt)
                    ):
                        break
                words += 1
                k += 1
            elif word in names.particles and words:
                run = k
                while run < self.size and run - k < 3 and self.words[run] in names.particles:
                    run += 1
                if not (
                    run < self.size
                    and all(self.gaps[x] == SPACE for x in range(k + 1, run))
                    and self.gaps[run] in (SPACE, HYPHEN)
                    and self.caps[run]
                    and not self._kinds(run)
                ):
                    break
                k = run
            else:
                break
            if words > 5:
                return None
        if not words:
            return None
        return k

    def _is_place_given_name(self, k: int, j: int, *, after_title: bool) -> bool:
        """Whether the place name at token ``k`` is the given name that opens a person's
        name right after an office: "President Santiago Esono Mba", "Minister Florence
        Mutua". It is when two capitalised words that are no gazetteer forms follow it
        (one is not enough: "President Lima Barros" may be a place before a name)."""
        if k != j or not after_title or k in self.org_at or k + 2 >= self.size:
            return False
        if set(self.kinds_at.get(k, NO_KINDS)) != {"place"} or self.lex_at[k][0] != k + 1:
            return False
        following = [
            self.gaps[x] == SPACE
            and self.caps[x]
            and x not in self.lex_at
            and x not in self.org_at
            and self.words[x] not in self.names.not_names
            for x in (k + 1, k + 2)
        ]
        if all(following):
            return True
        # "Foreign Minister Sofia Lindqvist" where "Ms Lindqvist" or "Lindqvist said" is
        # written too: one word after the place, used elsewhere as a family name is.
        return following[0] and not following[1] and self._named_alone(k + 1)

    def _named_alone(self, last: int) -> bool:
        """Whether the word at token ``last`` is used elsewhere on its own or right after an
        honorific ("Ms Lindqvist"), as a family name is."""
        if self._recurs(last):
            return True
        if self._honored_words is None:
            honored: set[str] = set()
            for start, (end, entries) in self.lex_at.items():
                if (
                    end < self.size
                    and self.caps[start]
                    and self.caps[end]
                    and self.gaps[end] in (SPACE, DOTSPACE)
                    and any(entry.kind == "honorific" for entry in entries)
                    and not any(entry.kind == "office" for entry in entries)
                ):
                    honored.add(self.keys[end])
            self._honored_words = frozenset(honored)
        return self.keys[last] in self._honored_words

    def _is_elided_prefix(self, k: int) -> bool:
        """Whether token ``k`` is the capitalised rest of a name after "O'" or "D'": the
        apostrophe joins "O'Neill" and "D'Souza" into one word."""
        return (
            0 < k < self.size
            and self.gaps[k] == APOS
            and self.caps[k]
            and self.words[k - 1] in ("O", "D")
        )

    def _name_words(self, first: int, end: int) -> tuple[str, ...]:
        """The words of a name; hyphenated parts ("Jae-myung") make one word."""
        words: list[str] = []
        word_start = self.starts[first]
        for i in range(first, end):
            if i > first and (self.gaps[i] == HYPHEN or self._is_elided_prefix(i)):
                words[-1] = self.text[word_start : self.ends[i]]
            else:
                word_start = self.starts[i]
                words.append(self.words[i])
        return tuple(words)

    def _role(self, title: Title) -> RoleText:
        text = self._span_text(title.start, title.end)
        country = title.country
        if country is None and title.org is not None:
            record = self.orgs.get(title.org)
            if record is not None:
                country = record.country
            elif title.org in self.lexicon.organizations:
                country = self.lexicon.organizations[title.org][2]
        relational = self.vocabulary.relational_heads
        return RoleText(
            text=text,
            of=title.country or title.org,
            country=country,
            titles=title.titles,
            modifiers=title.modifiers,
            office=not all(fold_word(entry.title) in relational for entry in title.titles),
        )

    def _appositions(self, k: int) -> tuple[list[RoleText], int]:
        roles: list[RoleText] = []
        while k < self.size and self.gaps[k] == COMMA:
            s = k
            article = self.keys[s] in ARTICLES
            if article:
                s += 1
                if (
                    s + 2 < self.size
                    and not self.caps[s]
                    and self._is_possessive(s + 1)
                    and self.gaps[s + 2] == SPACE
                ):
                    # "NAME, the opposition's foreign affairs spokesman": a lower-case
                    # possessor before the office.
                    s += 2
            title = self._title(s, lowercase=True)
            if title is None or not (self.caps[title.core] or article or title.prefixed):
                break
            if (
                title.end < self.size
                and self.gaps[title.end] == SPACE
                and self.caps[title.end]
                and self._name(title.end, after_title=True) is not None
            ):
                break
            if self._introduces_name(title.end):
                # "NAME, the President of the Republic of Angola, NAME2,": the office is
                # the next person's, not a second one of this person.
                break
            roles.append(self._role(title))
            k = title.end
        return roles, k

    def _introduces_name(self, end: int) -> bool:
        """Whether a comma and a name of two words or more, itself followed by a comma,
        come after an office ending before token ``end``."""
        if end >= self.size or self.gaps[end] != COMMA:
            return False
        j, _ = self._honorifics(end)
        name_end = self._name(j, after_title=True)
        return (
            name_end is not None
            and name_end - j >= 2
            and name_end < self.size
            and self.gaps[name_end] == COMMA
        )

    def _honorifics(self, j: int) -> tuple[int, str | None]:
        """Skip honorifics ("H.E. Mr.", "Samdech Thipadei", "the Hon") at ``j``: (next token,
        honorific)."""
        honorific = None
        while j < self.size:
            if (
                self.keys[j] == "the"
                and j + 1 < self.size
                and self.gaps[j + 1] == SPACE
                and self.caps[j + 1]
                and any(e.kind == "honorific" for e in self.lex_at.get(j + 1, (0, ()))[1])
            ):
                j += 1
            if not self.caps[j]:
                break
            if honorific is not None and self.words[j] in self.names.honorific_words:
                j += 1
                continue
            found = self.lex_at.get(j)
            if found is None or not any(e.kind == "honorific" for e in found[1]):
                break
            if any(e.kind == "office" for e in found[1]):
                break
            if honorific is None:
                honorific = self.text[self.starts[j] : self._stop(found[0])]
                if self.text[self.ends[found[0] - 1] : self.ends[found[0] - 1] + 1] == ".":
                    honorific = self.text[self.starts[j] : self.ends[found[0] - 1] + 1]
            j = found[0]
            if j < self.size and self.gaps[j] not in (SPACE, DOTSPACE):
                return j, None
        return j, honorific

    def find_people(self) -> tuple[list[PersonMention], list[Anaphor]]:
        people: list[PersonMention] = []
        anaphors: list[Anaphor] = []
        vocabulary = self.vocabulary
        caps, lex_at, keys = self.caps, self.lex_at, self.keys
        # Only a capitalised word, a gazetteer form or "led" can start a person: visit those
        # (found in C), jumping past whatever a person or an anaphor took.
        size, words, org_at = self.size, self.words, self.org_at
        visit = caps.copy()
        for i in lex_at:
            visit[i] = True
        for i in itertools.compress(range(size), map(vocabulary.led_by.__contains__, keys)):
            visit[i] = True
        # "her counterpart, NAME": a relation after a possessive names the person too.
        relations = vocabulary.relational_heads
        for i in itertools.compress(range(size), map(relations.__contains__, keys)):
            visit[i] = True
        candidates = list(itertools.compress(range(size), visit))
        self.plural_near = plural_near = self._plural_starts()
        modifiers, heads = vocabulary.generic_modifiers, vocabulary.portfolio_heads
        position = 0
        i = 0
        while position < len(candidates):
            if candidates[position] < i:
                position = bisect.bisect_left(candidates, i, position)
                continue
            i = candidates[position]
            position += 1
            if words[i] in _PHOTO_WORDS or keys[i] == "photo":
                i = self._skip_credit(i)
                continue
            if (
                caps[i]
                and i not in lex_at
                and i not in plural_near
                and i not in org_at
                and keys[i] not in modifiers
                and words[i] not in heads
            ):
                # What _person_at would do: no honorific, office or prefix starts here.
                found = self._apposition_person(i, people)
            else:
                found = self._person_at(i, people, anaphors)
            if found > i:
                i = found
                continue
            if (
                self.keys[i] in vocabulary.led_by
                and i + 2 < self.size
                and self.keys[i + 1] == "by"
                and self._title(i + 2, lowercase=False) is None
            ):
                end = self._name(i + 2, after_title=False)
                if end is not None and end - (i + 2) >= 2:
                    roles = self._led_roles(i)
                    people.append(self._mention(i + 2, end, roles, None))
                    i = end
                    continue
            i += 1
        return people, anaphors

    def _plural_starts(self) -> set[int]:
        """The tokens where :meth:`_plural_title` may find an office: up to two words before
        a capitalised word in "s" whose singular ends an office ("Foreign Ministers")."""
        ends = self.lexicon.office_ends
        heads = self.vocabulary.portfolio_heads
        near: set[int] = set()
        words = self.words
        plurals = self.lexicon.plural_keys
        for last in itertools.compress(range(self.size), map(plurals.__contains__, self.keys)):
            word = words[last]
            if not self.caps[last] or len(word) < 4 or word[-1] != "s" or word[-2] == "s":
                continue
            single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
            if fold_word(single) in ends or single in heads:
                near.update((last - 2, last - 1, last))
        return near

    def find_untitled(self, people: list[PersonMention]) -> None:
        """People named without any title: "John Dramani Mahama is courting Europe", when
        the last word of the name is used on its own as a speaker ("Mahama said")."""
        verbs = self.vocabulary.speech_verbs
        speakers: set[str] = set()
        for k in itertools.compress(range(1, self.size), map(verbs.__contains__, self.keys[1:])):
            if self.gaps[k] == SPACE and self.caps[k - 1]:
                speakers.add(self.keys[k - 1])
        speakers.update(self._aged_words())
        speakers.update(self._introduced_words(verbs))
        if not speakers:
            return
        taken = sorted((p.start, p.end) for p in people)
        taken_starts = [start for start, _ in taken]
        # Words of people already known: "Von der Leyen said" is a later use of one of them.
        known = {fold_word(word) for p in people for word in p.words}
        known_names = {tuple(fold_word(word) for word in p.words) for p in people}
        # Only a run of capitalised words that ends in a speaker's word can be such a name:
        # walk back from each use of that word to where its run starts.
        uses = itertools.compress(range(self.size), map(speakers.__contains__, self.keys))
        done = -1
        for last in uses:
            i = last
            while i > 0 and last - i < 6 and self.caps[i - 1] and not self._opener(i - 1):
                gap = self.gaps[i]
                if gap not in (SPACE, HYPHEN) and not (gap == DOTSPACE and self._is_initial(i - 1)):
                    break
                i -= 1
            if (
                i > 0
                and self.gaps[i] in (SPACE, HYPHEN)
                and self.caps[i - 1]
                and not self._opener(i - 1)
            ):
                continue
            if i <= done or not self.caps[i] or i in self.lex_at or i in self.org_at:
                continue
            if self.words[last] in self.vocabulary.place_heads:
                continue
            if self.words[last] in self.vocabulary.shapes.heads:
                continue
            if i > 0 and self.keys[i - 1] in ARTICLES:
                continue
            end = self._name(i, after_title=False)
            if end != last + 1:
                continue
            done = last
            words = self._name_words(i, end)
            start = self.starts[i]
            at = bisect.bisect_right(taken_starts, start) - 1
            overlaps = at >= 0 and start < taken[at][1]
            if (
                2 <= len(words) <= 4
                and not overlaps
                and not self._is_possessive(end)
                and all(self.keys[k] not in speakers for k in range(i, end - 1))
                and (
                    not any(self.keys[k] in known for k in range(i, end))
                    or self._extends_known(i, end, known_names)
                )
            ):
                people.append(self._mention(i, end, (), None))

    def _introduced_words(self, verbs: frozenset[str]) -> set[str]:
        """The last words of names that news introduces after a verb without a title: the
        speaker after "said" and before ", who" ("said Siriporn Chaiyaporn, who took office
        ..."), and the one a succession names with a country ("succeeding Kairat Omarov of
        Kazakhstan"). :meth:`find_untitled` checks that the run is a name."""
        found: set[str] = set()
        succession = self.vocabulary.succession_verbs
        wanted = verbs | succession
        for k in itertools.compress(range(self.size - 2), map(wanted.__contains__, self.keys)):
            key = self.keys[k]
            if self.caps[k] or self.gaps[k + 1] != SPACE or not self.caps[k + 1]:
                continue
            end = k + 1
            while end < self.size and end - k <= 4 and self.caps[end]:
                if end > k + 1 and self.gaps[end] not in (SPACE, HYPHEN):
                    break
                end += 1
            if end - k < 3 or end + 1 >= self.size:
                continue  # one capitalised word: no full name
            if key in verbs:
                if self.gaps[end] == COMMA and self.keys[end] == "who":
                    found.add(self.keys[end - 1])
            elif (
                self.gaps[end] == SPACE
                and self.keys[end] == "of"
                and self.gaps[end + 1] == SPACE
                and "country" in self._kinds(end + 1)
            ):
                found.add(self.keys[end - 1])
        return found

    def _extends_known(self, i: int, end: int, known: set[tuple[str, ...]]) -> bool:
        """Whether tokens ``i`` to ``end`` are a known person's name (one of ``known``, folded)
        with a given name before it: "Luísa Semedo Fortes" where "Semedo Fortes, 53," is."""
        run = tuple(fold_word(word) for word in self._name_words(i, end))
        return any(run[-size:] in known for size in range(2, len(run)))

    def _aged_words(self) -> set[str]:
        """The last words of names given an age between commas, as news introduces people:
        "Semedo Fortes, 53, has been ...", "Okafor, 61, said"."""
        aged: set[str] = set()
        digits = map(str.isdigit, self.keys[1 : self.size - 1])
        for k in itertools.compress(range(1, self.size - 1), digits):
            key = self.keys[k]
            if (
                len(key) == 2
                and key.isdigit()
                and key[0] != "0"
                and self.gaps[k] == COMMA
                and self.gaps[k + 1] == COMMA
                and self.caps[k - 1]
                and not self.keys[k + 1].isdigit()
            ):
                aged.add(self.keys[k - 1])
        return aged

    def drop_headline_people(self, people: list[PersonMention]) -> None:
        """Drop people read from a title-case headline ("Prime Minister Urges Calm As Talks
        Resume") unless a word of the name recurs in a person named outside the headlines.

        A headline line has four words or more, no lower-case word of four letters or more
        and no final full stop; its capitalised verbs and nouns look like names after an
        office."""
        lines = self._headline_lines()
        if not lines or not people:
            return
        line_starts = [start for start, _ in lines]

        def in_headline(mention: PersonMention) -> bool:
            at = bisect.bisect_right(line_starts, mention.start) - 1
            return at >= 0 and mention.end <= lines[at][1]

        outside = {fold_word(w) for p in people if not in_headline(p) for w in p.words}
        kept: list[PersonMention] = []
        for person in people:
            if not in_headline(person) or self._is_listed_person(person):
                kept.append(person)
                continue
            # Keep the name up to its last word used elsewhere: "Kofi Mensah Visits Lome".
            known = [fold_word(word) in outside for word in person.words]
            if not any(known):
                continue
            size = len(known) - known[::-1].index(True)
            end = person.start
            for word in person.words[:size]:
                end = self.text.index(word, end) + len(word)
            kept.append(attrs.evolve(person, end=end, words=person.words[:size]))
        people[:] = kept

    def _is_listed_person(self, person: PersonMention) -> bool:
        """Whether a person on a title-case line is an entry of a list, not a headline's
        words: a courtesy style before the name and a comma right after it ("H.E. Mr NAME,
        President of the Republic of X" in an order of arrivals). Headlines seldom carry
        "Mr" or "Mrs", and the comma ends the name, so no capitalised verb joins it."""
        return person.honorific is not None and self.text[person.end : person.end + 1] == ","

    def _headline_lines(self) -> list[tuple[int, int]]:
        """The character spans of the title-case lines of the text."""
        lines: list[tuple[int, int]] = []
        first = 0
        size, words, caps, text, ends = self.size, self.words, self.caps, self.text, self.ends
        # Only where a line (or the text) ends: the breaks are found in C.
        for i in itertools.chain(positions_of(self.gaps, BREAK, 1), (size,)) if size else ():
            if (
                i - first >= 4
                and text[ends[i - 1] : ends[i - 1] + 4].lstrip(" \t")[:1] != "."
                and all(caps[k] or len(words[k]) < 4 for k in range(first, i))
            ):
                lines.append((self.starts[first], ends[i - 1]))
            first = i
        return lines

    def _opener(self, i: int) -> bool:
        """Whether token ``i`` is a capitalised function word opening a sentence ("Yesterday",
        "In"), which a name may follow."""
        return self.words[i] in self.names.not_names and (
            i == 0 or self.gaps[i] in (BREAK, DOTSPACE)
        )

    def _skip_credit(self, i: int) -> int:
        """Skip a photo credit ("Photo: Jane Doe/AFP"): its names are not actors."""
        j = i + 1
        while j < self.size and self.gaps[j] not in (BREAK,) and j - i < 8:
            if self.gaps[j] == DOTSPACE and not self.caps[j - 1]:
                break
            j += 1
        return j

    def _led_roles(self, i: int) -> list[RoleText]:
        """The body led, for "the X Alliance, led by NAME"."""
        for first, (end, org_id) in self.org_at.items():
            if end == i:
                record = self.orgs[org_id]
                text = f"leader of the {self._span_text(first, end)}"
                return [RoleText(text=text, of=org_id, country=record.country)]
        return []

    def _mention(
        self, first: int, end: int, roles: Sequence[RoleText], honorific: str | None
    ) -> PersonMention:
        return PersonMention(
            start=self.starts[first],
            end=self.ends[end - 1],
            words=self._name_words(first, end),
            roles=tuple(roles),
            honorific=honorific,
        )

    def _plural_title(self, i: int) -> tuple[int, TitleEntry, str] | None:
        """A capitalised office in the plural starting at token ``i`` ("Presidents", "Foreign
        Ministers", "Prime Ministers"): (end, office, the office in the singular)."""
        for last in range(i, min(i + 3, self.size)):
            if not self.caps[last] or (last > i and self.gaps[last] != SPACE):
                return None
            word = self.words[last]
            if len(word) < 4 or word[-1] != "s" or word[-2] == "s":
                continue
            single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
            entries = self.lexicon.entries.get((*self.keys[i:last], fold_word(single)), ())
            office = next((e.title for e in entries if e.kind == "office" and e.title), None)
            if (
                office is None
                and single in self.vocabulary.portfolio_heads
                and last > i
                and all(self.words[x] in self.vocabulary.portfolios for x in range(i, last))
            ):
                office = self.lexicon.minister
            if office is None:
                return None
            text = f"{self._span_text(i, last)} {single}" if last > i else single
            end = last + 1
            if word in self.vocabulary.portfolio_heads and end < self.size:
                # "Ministers of International Relations NAME of A and NAME of B".
                end = self._portfolio_tail(end)
                if end > last + 1:
                    text = f"{text} {self._span_text(last + 1, end)}"
            return end, office, text
        return None

    def _plural_people(self, i: int, people: list[PersonMention]) -> int:
        """People named after an office in the plural: "Foreign Ministers NAME of Peru and
        NAME of Norway", "Presidents NAME, NAME and NAME". Each gets the office in the
        singular, with the country written after the name; two names at least."""
        found = self._plural_title(i)
        if found is None:
            return i
        j, office, text = found
        named: list[tuple[int, int, str | None]] = []
        while j < self.size and self.gaps[j] in (SPACE, COMMA) and len(named) < 6:
            end = self._name(j, after_title=True)
            if end is None:
                break
            country: str | None = None
            k = end
            if k + 1 < self.size and self.keys[k] == "of" and self.gaps[k] == SPACE:
                # "of the Lao PDR": the article belongs to the country's name.
                at = k + 2 if self.keys[k + 1] == "the" and k + 2 < self.size else k + 1
                entity = self._entity_at(at)
                if entity is not None and entity[1] == "country" and self.gaps[k + 1] == SPACE:
                    k, country = entity[0], entity[2]
            named.append((j, end, country))
            if k + 1 < self.size and self.keys[k] == "and" and self.gaps[k + 1] == SPACE:
                j = k + 1
            elif k < self.size and self.gaps[k] == COMMA and named:
                j = k
            else:
                break
        if len(named) < 2:
            return i
        for first, end, country in named:
            role = RoleText(text=text, of=country, country=country, titles=(office,))
            people.append(self._mention(first, end, [role], None))
        return named[-1][1]

    def _person_at(self, i: int, people: list[PersonMention], anaphors: list[Anaphor]) -> int:
        """Find a person (or an anaphor) starting at token ``i``; return where to go on."""
        if self.caps[i] and i in self.plural_near:
            plural = self._plural_people(i, people)
            if plural > i:
                return plural
        if not self.caps[i] and "modifier" not in self.kinds_at.get(i, NO_KINDS):
            if self._is_definite(i) and (
                i in self.lex_at or self.keys[i] in self.vocabulary.relational_heads
            ):
                return self._definite_person(i, people)
            return i
        if (
            i not in self.lex_at
            and i not in self.org_at
            and self.keys[i] not in self.vocabulary.generic_modifiers
            and self.words[i] not in self.vocabulary.portfolio_heads
        ):
            # No honorific, office or prefix can start here: only an apposition can.
            return self._apposition_person(i, people)
        j, honorific = self._honorifics(i)
        title = self._title(j, lowercase=True)
        roles: list[RoleText] = []
        if title is not None:
            capital = self.caps[title.core]
            if not capital and not title.prefixed:
                title = None
        if title is not None:
            roles.append(self._role(title))
            j = title.end
            j, later_honorific = self._honorifics(j)
            honorific = honorific or later_honorific
            # A second office or style before the name: "Foreign Minister Senator the Hon
            # NAME", "Defence Minister Prince NAME".
            if j < self.size and self.gaps[j] == SPACE and self.caps[j]:
                second = self._title(j, lowercase=False)
                if second is not None and not second.prefixed and second.core == j:
                    roles.append(self._role(second))
                    j, later_honorific = self._honorifics(second.end)
                    honorific = honorific or later_honorific
        if title is None and honorific is None:
            possessed = self._possessed_person(i, people)
            if possessed > i:
                return possessed
            return self._apposition_person(i, people)
        if title is not None and j == title.end and self._is_definite(i):
            place = self._place_after_office(j)
            if place > j:
                roles[0] = attrs.evolve(roles[0], text=self._span_text(title.start, place))
                j = place
        if j >= self.size:
            return j
        gap = self.gaps[j]
        comma = (
            gap == COMMA
            and title is not None
            and (title.prefixed or title.target or self._is_definite(i))
        )
        if comma:
            j, honorific = self._styles_after_comma(j, roles, honorific)
        after_abbreviation = gap == DOTSPACE and (
            (title is None or title.end < j) or self._is_initial(j - 1)
        )
        if gap == SPACE or after_abbreviation or comma:
            end = self._name(j, after_title=True)
            if end is not None and comma and (end - j < 2 or not self._ends_phrase(end)):
                end = None
            if end is not None:
                more, after = self._appositions(end)
                people.append(
                    self._mention(j, end, self._country_after(end, roles + more), honorific)
                )
                return after
        if title is not None:
            self._anaphor(title, anaphors)
            return title.end
        return j

    def _possessed_person(self, i: int, people: list[PersonMention]) -> int:
        """A country's possessive and a bare name of two to four words, in lower-case
        context: "the meeting between Brazil's NAME NAME and Peru's NAME NAME". The words
        must be no gazetteer forms and no head of a body's, a place's or an event's name
        ("Kenya's Rift Valley", "India's Supreme Court" stay out). Returns where to go on,
        or ``i`` when there is no such person."""
        entity = self._entity_at(i)
        if entity is None or entity[1] != "country" or not self._is_possessive(entity[0]):
            return i
        j = entity[0] + 1
        if j >= self.size or self.gaps[j] != SPACE:
            return i
        end = self._name(j, after_title=False)
        if end is None or not 2 <= end - j <= 4 or not self._ends_phrase(end):
            return i
        if end < self.size and (self._is_possessive(end) or self.gaps[end] == HYPHEN):
            return i
        vocabulary = self.vocabulary
        if (
            not (i > 0 and self.keys[i - 1] in vocabulary.person_pair_cues)
            and not self._recurs(end - 1)
            and not self._possessed_pair_follows(end)
        ):
            return i
        for x in range(j, end):
            word = self.words[x]
            if (
                x in self.lex_at
                or x in self.org_at
                or not self.caps[x]
                or word.isupper()
                or word in vocabulary.place_heads
                or word in vocabulary.name_enders
                or word in vocabulary.portfolio_heads
                or word in vocabulary.portfolios
            ):
                return i
        people.append(self._mention(j, end, [], None))
        return end

    def _possessed_pair_follows(self, end: int) -> bool:
        """Whether "and" and another country's possessive follow the name ending at ``end``:
        "the two ministers, Cameroon's NAME and Chad's NAME" pairs two people."""
        if end + 1 >= self.size or self.keys[end] != "and" or self.gaps[end] != SPACE:
            return False
        entity = self._entity_at(end + 1)
        return entity is not None and entity[1] == "country" and self._is_possessive(entity[0])

    def _recurs(self, last: int) -> bool:
        """Whether the word at token ``last`` is used elsewhere on its own, as a family name
        is ("Barros had also met"): capitalised, after and before no capitalised word.

        The last word of a name of two words or more is never so used itself, so the set of
        words used alone, found once per text, answers for every name (linear time)."""
        if self._alone_words is None:
            alone: set[str] = set()
            caps, gaps, keys, size = self.caps, self.gaps, self.keys, self.size
            for x in itertools.compress(range(size), caps):
                if x > 0 and gaps[x] == SPACE and caps[x - 1]:
                    continue
                if x + 1 < size and gaps[x + 1] == SPACE and caps[x + 1]:
                    continue
                alone.add(keys[x])
            self._alone_words = frozenset(alone)
        return self.keys[last] in self._alone_words

    def _place_after_office(self, j: int) -> int:
        """After a definite office, the end of "of" and a place that is no country or body,
        when a comma follows: "the Governor of Hokkaido, NAME", "the Mayor of Rio de
        Janeiro, NAME". Returns ``j`` when there is none."""
        if j + 1 >= self.size or self.keys[j] != "of" or self.gaps[j] != SPACE:
            return j
        k = j + 1
        if self.keys[k] == "the" and k + 1 < self.size and self.gaps[k + 1] == SPACE:
            # "the Governor of the North Region, NAME".
            k += 1
        while k < self.size and k - j <= 5:
            if (not self.caps[k] or self.words[k] in self.names.not_names) and not (
                k > j + 1 and self.words[k] in self.names.particles
            ):
                return j
            kinds = self.kinds_at.get(k, NO_KINDS)
            if k in self.org_at or any(kind != "place" and kind in NAMED_KINDS for kind in kinds):
                return j
            k += 1
            if k < self.size and self.gaps[k] == COMMA:
                return k
            if k >= self.size or self.gaps[k] not in (SPACE, HYPHEN):
                return j
        return j

    def _is_definite(self, i: int) -> bool:
        """Whether token ``i`` follows "the" or a possessive: "the finance minister, NAME,"
        and "the kingdom's finance minister, NAME," name the person after the comma, even
        in lower case."""
        return i > 0 and (self.keys[i - 1] in _DEFINITE_WORDS or self._is_possessive(i - 1))

    def _country_after(self, end: int, roles: list[RoleText]) -> list[RoleText]:
        """ "Deputy Prime Minister NAME of Viet Nam": the country after the name goes to
        the offices that lack one."""
        if (
            not roles
            or end + 1 >= self.size
            or self.keys[end] != "of"
            or self.gaps[end] != SPACE
            or self.gaps[end + 1] != SPACE
        ):
            return roles
        entity = self._entity_at(end + 1)
        if entity is None or entity[1] != "country":
            return roles
        return [
            attrs.evolve(role, country=entity[2], of=role.of or entity[2])
            if role.office and role.country is None
            else role
            for role in roles
        ]

    def _styles_after_comma(
        self, j: int, roles: list[RoleText], honorific: str | None
    ) -> tuple[int, str | None]:
        """Skip an office or honorifics between the comma and the name ("The Minister for
        Trade, Senator the Hon NAME,"), adding the office to ``roles``."""
        second = self._title(j, lowercase=False)
        if second is not None and not second.prefixed and second.core == j:
            roles.append(self._role(second))
            j = second.end
        j, later = self._honorifics(j)
        return j, honorific or later

    def _definite_person(self, i: int, people: list[PersonMention]) -> int:
        """A lower-case definite office, a comma and a name of two words or more."""
        title = self._title(i, lowercase=True)
        if title is None or title.end >= self.size:
            return i
        if self.gaps[title.end] != COMMA and self._place_after_office(title.end) == title.end:
            return i
        roles = [self._role(title)]
        place = self._place_after_office(title.end)
        if place > title.end:
            # "the governor of the North Region, NAME": the place belongs to the office.
            roles[0] = attrs.evolve(roles[0], text=self._span_text(title.start, place))
        j, honorific = self._styles_after_comma(place, roles, None)
        end = self._name(j, after_title=True)
        if end is None or end - j < 2 or not self._ends_phrase(end):
            return i
        people.append(self._mention(j, end, roles, honorific))
        return end

    def _ends_phrase(self, end: int) -> bool:
        return end >= self.size or self.gaps[end] != SPACE or not self.caps[end]

    def _apposition_person(self, i: int, people: list[PersonMention]) -> int:
        if not self.caps[i] or (i > 0 and self.gaps[i] == SPACE and self.caps[i - 1]):
            return i
        if i > 0 and self.keys[i - 1] in ARTICLES:
            return i
        end = self._name(i, after_title=False)
        if end is None:
            return i
        words = self._name_words(i, end)
        if len(words) < 2 and not any(w.isupper() and len(w) > 1 for w in words):
            return i
        roles, after = self._appositions(end)
        if not roles:
            return end
        people.append(self._mention(i, end, roles, None))
        return after

    def _anaphor(self, title: Title, anaphors: list[Anaphor]) -> None:
        before = title.start - 1
        if before < 0 or self.keys[before] != "the":
            return
        if self._is_possessive(title.end):
            return
        anaphors.append(
            Anaphor(
                start=self.starts[title.start],
                end=self.ends[title.end - 1],
                titles=title.titles,
                categories=(),
                country=title.country,
                role=self._span_text(title.start, title.end),
            )
        )

    def find_noun_anaphors(self) -> list[Anaphor]:
        found: list[Anaphor] = []
        anaphors = self.vocabulary.anaphors
        for the in positions_of(self.keys, "the"):
            i = the + 1
            if i >= self.size:
                break
            j = i
            country = None
            demonym = self._kinds(i).get("demonym")
            if demonym is not None and self.caps[i]:
                country = demonym.id
                j = self.lex_at[i][0]
            for size in (2, 1):
                key = tuple(self.keys[j : j + size])
                if len(key) == size and key in anaphors:
                    end = j + size
                    if end < self.size and self.gaps[end] == SPACE and self.caps[end]:
                        break
                    found.append(
                        Anaphor(
                            start=self.starts[i],
                            end=self.ends[end - 1],
                            titles=(),
                            categories=anaphors[key],
                            country=country,
                            role=self._span_text(i, end),
                        )
                    )
                    break
        return found

    # -- people listed after a plural office in lower case ------------------------------

    def find_listed_people(self, people: list[PersonMention]) -> None:
        """People listed after an office in the plural written in lower case, or after
        "colleagues"/"counterparts": "the three prime ministers, NAME of A, NAME of B and
        NAME of C", "the foreign ministers of the two countries, NAME and NAME,", "her
        colleagues NAME of A and NAME of B".

        After a comma the list needs two names of two words or more, the last after "and",
        and must end the phrase; without a comma, every name needs its "of <country>". Each
        person gets the office in the singular (a relation makes no office) and the
        country written after the name. People already found are left alone."""
        relations = {f"{head}s": head for head in self.vocabulary.relational_heads}
        cues = self.lexicon.plural_keys | relations.keys()
        taken = {mention.start for mention in people}
        added = False
        # Only a lower-case plural office word can open such a list: visit those (in C).
        for last in itertools.compress(range(self.size), map(cues.__contains__, self.keys)):
            if last == 0 or self.caps[last]:
                continue
            role = self._plural_role(last, relations.get(self.keys[last]))
            if role is None:
                continue
            j = self._skip_group_complement(last + 1)
            if j >= self.size or self.gaps[j] not in (SPACE, COMMA):
                continue
            named = self._listed_names(j, need_country=self.gaps[j] == SPACE)
            for first, end, country in named:
                if self.starts[first] in taken:
                    continue
                own = attrs.evolve(role, of=country or role.of, country=country or role.country)
                people.append(self._mention(first, end, [own], None))
                added = True
        if added:
            people.sort(key=lambda mention: mention.start)

    def _plural_role(self, last: int, relation: str | None) -> RoleText | None:
        """The role, in the singular, of the lower-case plural office ending at token
        ``last`` ("prime ministers", "foreign ministers", "presidents"), or of a relation
        ("colleagues"); None when the word is no office."""
        if relation is not None:
            entry = self.vocabulary.relational_heads[relation]
            return RoleText(text=relation, of=None, country=None, titles=(entry,), office=False)
        word = self.keys[last]
        single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        for size in (2, 1):
            first = last - size + 1
            if first < 0 or any(self.gaps[x] != SPACE for x in range(first + 1, last + 1)):
                continue
            entries = self.lexicon.entries.get((*self.keys[first:last], single), ())
            office = next((e.title for e in entries if e.kind == "office" and e.title), None)
            if office is not None:
                text = " ".join((*self.words[first:last], single))
                return RoleText(text=text, of=None, country=None, titles=(office,))
        return None

    def _skip_group_complement(self, j: int) -> int:
        """Skip "of the three countries" or "of the member states" after a plural office:
        "of" and up to five lower-case words or numbers before a comma."""
        if j + 1 >= self.size or self.keys[j] != "of" or self.gaps[j] != SPACE:
            return j
        k = j + 1
        while k < self.size and k - j <= 5 and self.gaps[k] == SPACE and not self.caps[k]:
            k += 1
        if k < self.size and k > j + 1 and self.gaps[k] == COMMA:
            return k
        return j

    def _listed_names(self, j: int, *, need_country: bool) -> list[tuple[int, int, str | None]]:
        """The names of a list starting at token ``j`` (after a space or a comma): (first,
        end, country) each, or nothing when the tokens do not make a whole list."""
        named: list[tuple[int, int, str | None]] = []
        closed = False
        after = j
        while j < self.size and self.gaps[j] in (SPACE, COMMA) and len(named) < 8:
            j, honorific = self._honorifics(j)
            end = self._name(j, after_title=True)
            if end is None or end - j < 2 or (honorific is None and j in self.lex_at):
                return []
            country: str | None = None
            k = end
            if k + 1 < self.size and self.keys[k] == "of" and self.gaps[k] == SPACE:
                at = k + 2 if self.keys[k + 1] == "the" and k + 2 < self.size else k + 1
                entity = self._entity_at(at)
                if (
                    entity is not None
                    and entity[1] == "country"
                    and self.gaps[k + 1] == SPACE
                    and not self._is_possessive(entity[0])
                ):
                    k, country = entity[0], entity[2]
            if need_country and country is None:
                return []
            named.append((j, end, country))
            after = k
            if closed:
                break
            if k + 1 < self.size and self.keys[k] == "and" and self.gaps[k] in (SPACE, COMMA):
                # "NAME and NAME", "NAME, NAME, and NAME": the last name comes next.
                closed = True
                j = k + 1
            elif k < self.size and self.gaps[k] == COMMA:
                j = k
            else:
                return []
        if not closed or len(named) < 2 or not self._ends_phrase(after):
            return []
        return named

    # -- people described by a lower-case diplomat's noun --------------------------------

    def find_described_people(self, people: list[PersonMention]) -> None:
        """People named after "the" and a lower-case noun of a diplomat's trade or of a
        profession: "gave it to the diplomat NAME", "the envoy NAME, who ...", "the Nepali
        economist NAME". The noun (a generic head of the diplomat category, or one of the
        ``professions``, in lower case) describes the person and makes no office; a demonym
        between "the" and the noun gives the person's country. The name needs two words and
        must end the phrase. People already found are left alone."""
        heads = {
            key: entry
            for key, entry in self.vocabulary.generic_heads.items()
            if entry.category is TitleCategory.DIPLOMAT
        }
        professions = self.vocabulary.professions
        nouns = professions | heads.keys()
        taken = {mention.start for mention in people}
        added = False
        for i in itertools.compress(range(self.size), map(nouns.__contains__, self.keys)):
            if i == 0 or self.caps[i] or i + 1 >= self.size:
                continue
            country = self._demonym_before(i)
            article = (i if country is None else self._demonym_start(i)) - 1
            if article < 0 or self.keys[article] != "the":
                continue
            first = i + 1
            if self.gaps[first] != SPACE or first in self.lex_at or self.starts[first] in taken:
                continue
            end = self._name(first, after_title=True)
            if end is None or end - first < 2 or not self._ends_phrase(end):
                continue
            entry = heads.get(self.keys[i])
            role = RoleText(
                text=self.words[i],
                of=None,
                country=country,
                titles=(entry,) if entry is not None else (),
                office=False,
            )
            people.append(self._mention(first, end, [role], None))
            added = True
        if added:
            people.sort(key=lambda mention: mention.start)

    def _demonym_start(self, i: int) -> int:
        """Where the demonym ending right before token ``i`` starts (``i`` when none does)."""
        for start in (i - 1, i - 2, i - 3):
            if start < 0:
                break
            found = self.lex_at.get(start)
            if found is not None and found[0] == i and "demonym" in self._kinds(start):
                return start
        return i

    def _demonym_before(self, i: int) -> str | None:
        """The country of a capitalised demonym ending right before token ``i``, after a space:
        "the Nepali economist", "the South African lawyer"."""
        start = self._demonym_start(i)
        if start == i or not self.caps[start] or self.gaps[i] != SPACE:
            return None
        return self._kinds(start)["demonym"].id
