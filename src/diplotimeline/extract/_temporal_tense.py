"""The tense heuristic: which tense governs a temporal expression in its sentence.

Examples:
    >>> cues = TenseCues(frozenset({"will"}), frozenset({"met"}), frozenset(), frozenset())
    >>> text = "Ministers met in May."
    >>> guess_with(text, text.index("May"), text.index("May") + 3, cues)
    <Tense.PAST: 'past'>
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from diplotimeline.time.anchor import Tense

__all__ = ["TenseCues", "guess_with"]

_WORD: Final = re.compile(r"[\w’']+")
# _WORD on a lower-cased ASCII text, where ``\w`` is ``[0-9a-z_]`` (no capital is left and
# "’" is not ASCII): Python's engine tests these characters in a bitmap, where ``\w`` asks
# the Unicode tables about each one.
_ASCII_WORD: Final = re.compile(r"[0-9a-z_']+")
# No sentence ends at an abbreviation: "Mr.", "U.S.", nor "Roe vs. Wade" ("vs", "v").
# The mark comes first, the look-behinds after it, so that most places fail at once.
# A line break ends one too. (One set of the four characters first, not "[.!?]...|\n":
# Python's engine skips in C to a character of a leading set, while a leading
# alternative whose branches start with sets makes it try the pattern at every place.)
_SENTENCE_END: Final = re.compile(
    r"[.!?\n](?:(?<=\n)|(?<![A-Z][a-z].)(?<![A-Z].)(?<!\bvs.)(?<!\bv.)\s+(?=[A-Z“\"]))"
)


@attrs.frozen
class TenseCues:
    future: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past_ed: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...] = ()
    nearest_phrases: tuple[tuple[str, ...], ...] = ()
    reporting: frozenset[str] = frozenset()
    scheduled: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> TenseCues:
        future, past, present, not_ed = (
            frozenset(settings.get(key, ()))
            for key in ("future_words", "past_words", "present_words", "not_past_ed")
        )
        phrases, nearest = (
            tuple(tuple(str(p).split()) for p in settings.get(key, ()))
            for key in ("future_phrases", "nearest_phrases")
        )
        reporting, scheduled = (
            frozenset(settings.get(key, ())) for key in ("reporting_verbs", "scheduled_present")
        )
        return cls(future, past, present, not_ed, phrases, nearest, reporting, scheduled)


_FUTURE_AUXILIARIES: Final = frozenset({"will", "would", "shall", "'ll", "to"})
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose"}
)
# How far back a governing verb is looked for: any cue within eight words, and a modal up
# to thirty-two ("will meet Brazilian President Luiz Inacio Lula da Silva on the sidelines
# of the XV BRICS Summit in Johannesburg on Wednesday": "will" is nineteen words before the
# date), or a past verb with no "to" after it ("agreed to buy the bank in January" may well
# be in the future) and no verb of saying ("told oil companies of a cutback in September").
_LEFT_WORDS: Final = 8
_FAR_WORDS: Final = 32


# Words that may stand before an expression that opens its sentence ("In March, ...",
# "Late on Monday, ...", "Also on Tuesday, ...").
_OPENERS: Final = frozenset(
    {
        "in", "on", "by", "during", "until", "from", "at", "and", "but", "also",
        "late", "early", "then", "later", "so", "meanwhile", "separately",
    }
)  # fmt: skip
_MODALS: Final = frozenset({"will", "would", "shall", "'ll", "’ll"})
# Present verbs of asking that an infinitive follows ("asks the IMF to report"): the act
# asked for is still to come.
_ASKS: Final = frozenset({"asks", "urges", "invites", "instructs", "requests", "tasks"})
_PAST_AUXILIARIES: Final = frozenset({"was", "were", "had", "did"})
# Words after an opening expression read as far as its clause's verb.
_CLAUSE_WORDS: Final = 24
_RIGHT_WORD: Final = re.compile(r"[\w’']+(?:-[\w’']+)*")
# Plan words that a "had", "previously" or "originally" before them marks as overtaken.
_SCHEDULED: Final = frozenset(
    {"planned", "scheduled", "set", "expected", "slated", "due", "proposed", "intended"}
)
# Future cues that before "to" mean no intention ("next to", "due to the storm").
_NOT_INTENT: Final = frozenset({"next", "ahead", "due", "upcoming", "forthcoming", "proposed"})
# Verbs of offering before "to": the act offered is still to come ("has offered to host").
_OFFERS: Final = frozenset({"offered", "volunteered"})
# "agreed to hold a summit in Lome in June": a meeting the subject agreed or decided to hold
# lies ahead; other infinitives keep the verb's past ("agreed to buy the bank in January"
# may tell when the deal was struck).
_UNDERTAKES: Final = frozenset({"agreed", "decided", "resolved", "promised", "pledged"})
_MEETING_INFINITIVES: Final = frozenset(
    {"hold", "host", "convene", "reconvene", "meet", "organise", "organize", "resume", "visit"}
)
_OVERTAKEN: Final = frozenset({"had", "previously", "originally", "initially", "first", "once"})
_CALLED_OFF: Final = frozenset(
    {
        "canceled", "cancelled", "postponed", "scrapped", "delayed", "shelved", "aborted",
        "abandoned", "suspended", "dropped", "called", "put", "rescheduled", "moved",
        "pushed", "scuttled", "derailed",
    }
)  # fmt: skip
_PASSIVE_PRESENT: Final = frozenset({"is", "are", "am"})
# Adverbs between "is" and "due to" in a plan ("are also due to hold talks").
_DUE_ADVERBS: Final = frozenset({"also", "still", "now", "then", "each", "both", "all"})
_BE: Final = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s"})
_PASSIVE_PAST: Final = frozenset({"was", "were", "been"})
_SET_AHEAD: Final = frozenset({"is", "are", "am", "be", "'s", "’s"})
# Words before a plan word that make it a verb or a predicate, not a clause of its own.
_PLAN_VERBS: Final = frozenset(
    {"is", "are", "am", "be", "been", "being", "has", "have", "had", "we", "they", "he", "she"}
)
_DEGREE: Final = frozenset({"still", "newly", "recently", "previously", "so", "very", "much"})
_ARTICLES: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})
# Plan words that after an article still plan ("the slated visit", "an upcoming trip").
_PLAN_ADJECTIVES: Final = frozenset(
    {"slated", "scheduled", "planned", "proposed", "upcoming", "forthcoming"}
)
# Verbs that fix a day for what is to come: in the present perfect ("has scheduled a summit
# in Samarkand on October 3-4", "have set the vote for May 2") the day lies ahead of the
# writing. "set", "fixed" and "called" plan only with "for" right before the day ("has
# called a meeting for Monday"; not "has called for calm since Monday", "has set a record on
# Monday").
_PERFECT_PLAN: Final = frozenset({"scheduled", "planned", "slated", "set", "fixed", "called"})
_PLAN_FOR: Final = frozenset({"set", "fixed", "called"})
_HAVE: Final = frozenset({"has", "have", "'ve", "’ve"})
_PERFECT_ADVERBS: Final = frozenset(
    {"already", "now", "also", "just", "tentatively", "officially", "provisionally", "reportedly"}
)
# The word before a scheduled verb ("meet", "resume") that leaves it without a tense.
_NOT_FINITE: Final = (["to"], ["not"], ["did"], ["didn't"], ["could"], ["can"], ["cannot"])


def _is_meeting_undertaken(backwards: list[str], index: int) -> bool:
    """Whether the verb at ``index`` (of words read backwards) is followed by "to" and a
    verb of meeting ("agreed to hold", "decided to meet"): a meeting still to come.

    Examples:
        >>> _is_meeting_undertaken(["in", "summit", "a", "hold", "to", "agreed"], 5)
        True
        >>> _is_meeting_undertaken(["in", "bank", "the", "buy", "to", "agreed"], 5)
        False
    """
    return (
        index > 1 and backwards[index - 1] == "to" and backwards[index - 2] in _MEETING_INFINITIVES
    )


def _is_due_to_do(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the "due" of "is due to" + a verb (a plan).

    Examples:
        >>> _is_due_to_do("the minister is due to hold talks".split(), 3)
        True
        >>> _is_due_to_do("the presidents are also due to meet".split(), 4)
        True
        >>> _is_due_to_do("the delay is due to the storm".split(), 3)
        False
        >>> _is_due_to_do("the fall is due to rising costs".split(), 3)
        False
    """
    if words[index] != "due":
        return False
    before = words[max(0, index - 2) : index]
    if before[-1:] and (before[-1] in _DUE_ADVERBS or before[-1].endswith("ly")):
        # "are also due to", "is currently due to".
        before = before[:-1]
    if not (before[-1:] and before[-1] in _PASSIVE_PRESENT):
        return False
    after = words[index + 1 : index + 3]
    return (
        len(after) == 2
        and after[0] == "to"
        and after[1] not in _DETERMINERS
        and after[1].isalpha()
        and after[1].islower()
        and not after[1].endswith(("ing", "ed", "ion", "s"))
    )


def _is_adjective(backwards: list[str], index: int) -> bool:
    """Whether the "-ed" word ``index`` words back is an adjective ("a still unspecified date").

    It is when an article or possessive stands right before it, or before a degree word
    right before it; a relative "that" ("shootings that injured") does not count.
    """
    before = backwards[index + 1 : index + 3]
    return bool(before) and (
        before[0] in _ARTICLES
        or (before[0] in _DEGREE and len(before) > 1 and before[1] in _ARTICLES)
    )


# Words between an article and "plan" that leave "plan" a verb: "the two plan to meet", "the
# ministers plan talks" (a plural subject), not "an action plan", "the five-year plan".
_PLAN_SUBJECTS: Final = frozenset({"two", "three", "four", "both", "all", "they", "we"})


def _is_plan_noun(backwards: list[str], index: int) -> bool:
    """Whether the "plan" ``index`` words back is a noun after an article and one or two
    modifiers ("an action plan", "the five-year plan", "a new peace plan").

    Examples:
        >>> _is_plan_noun(list(reversed("adopted an action plan on".split())), 1)
        True
        >>> _is_plan_noun(list(reversed("the five year plan on".split())), 1)
        True
        >>> _is_plan_noun(list(reversed("said the ministers plan talks on".split())), 2)
        False
        >>> _is_plan_noun(list(reversed("the two plan to".split())), 1)
        False
    """
    if index > 0 and backwards[index - 1] == "to":
        return False  # "plan to meet": a verb
    for modifiers in (1, 2):
        before = backwards[index + 1 : index + 2 + modifiers]
        if len(before) == modifiers + 1 and before[-1] in _ARTICLES:
            return not any(w in _PLAN_SUBJECTS or w.endswith("s") for w in before[:-1])
    return False


def _is_perfect_plan(backwards: list[str], index: int, left: list[str]) -> bool:
    """Whether the word ``index`` words back is a plan verb in the present perfect.

    "the Union has scheduled a summit on October 3-4", "has already set the vote for
    May 2", "they've called a meeting for Monday": a day fixed for what is to come.
    """
    word = backwards[index]
    if word not in _PERFECT_PLAN or (word in _PLAN_FOR and left[-1:] != ["for"]):
        return False
    before = backwards[index + 1 : index + 3]
    if before[:1] and before[0] in _PERFECT_ADVERBS:
        before = before[1:]
    return bool(before) and (before[0] in _HAVE or before[0].endswith(("'ve", "’ve")))


def _is_fixed_for(backwards: list[str], index: int) -> bool:
    """Whether ``backwards[index]`` is the participle of "(now) fixed for" + the expression.

    Examples:
        >>> _is_fixed_for("for fixed now summit next the".split(), 1)
        True
        >>> _is_fixed_for("for fixed was vote the".split(), 1)
        False
        >>> _is_fixed_for("on fixed was price the".split(), 1)
        False
    """
    if index != 1 or backwards[0] != "for" or backwards[1] != "fixed":
        return False
    before = backwards[2:4]
    if before[:1] and before[0] in _PERFECT_ADVERBS:
        before = before[1:]
    return not (before and (before[0] in _PASSIVE_PAST or before[0] in _PAST_AUXILIARIES))


# Words before a date that make it the end of a stretch of time ("through January").
_SPAN_END: Final = frozenset({"through", "until", "till", "thru"})


def _is_running_state(verb_before: list[str], left: list[str]) -> bool:
    """Whether a present perfect runs on to the expression: "has extended loans through January".

    A present perfect ("has", "have" before the verb) with the end of a stretch of time
    after it names a state that still holds; the verb does not date the end in the past
    ("extended the loans through January" and "had served until March" do).
    """
    return bool(left) and left[-1] in _SPAN_END and bool(verb_before) and verb_before[0] in _HAVE


def _words(lowered: str) -> list[str]:
    """``_WORD.findall(lowered)`` of a lower-cased text (the same list, faster when ASCII)."""
    return (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)


def _sentence_right(text: str, end: int, limit: int) -> str:
    """The text after ``end`` up to the end of its sentence (at most ``limit`` characters)."""
    right_text = text[end : end + limit]
    cut = _SENTENCE_END.search(right_text)
    return right_text if cut is None else right_text[: cut.start()]


def _main_clause(text: str, end: int, cues: TenseCues) -> Tense:
    """The tense of the first finite verb after ``end`` in the sentence.

    Used where the expression stands outside the clause that dates it: a phrase that
    opens the sentence ("On Monday, the two leaders met ...") or a plan the sentence
    reports as overtaken ("a meeting previously planned for Friday was canceled"). A
    modal or "is to" is the future; "was", "had", a listed past verb (here "said" too:
    it is the clause's own verb) or a regular "-ed" verb the past. An "-ed" word after
    an article ("the embattled president") or written with a capital (a name such as
    "Ahmed") is no verb.
    """
    words = _RIGHT_WORD.findall(_sentence_right(text, end, 240))[:_CLAUSE_WORDS]
    lowered = [word.lower() for word in words]
    for index, word in enumerate(lowered):
        following = lowered[index + 1 : index + 2]
        if word in _MODALS or (word == "going" and following == ["to"]):
            return Tense.FUTURE
        if word in cues.future and following == ["to"]:
            if word in _SCHEDULED:
                # "On Friday, the government planned to pay": a plan made then.
                return Tense.PAST
            # "On Tuesday, the league plans to hold a news conference."
            return Tense.FUTURE
        if word in _PASSIVE_PRESENT:
            if following and (following[0] == "to" or following[0] in _SCHEDULED):
                return Tense.FUTURE
            continue
        if word in cues.scheduled and following != ["of"]:
            # "On Wednesday, the delegation leaves for Beijing."
            return Tense.FUTURE
        if word in _PAST_AUXILIARIES or word in cues.past:
            return Tense.PAST
        if (
            word.endswith("ed")
            and len(word) > 4
            and word not in cues.not_past_ed
            and words[index][:1].islower()
            and not (index > 0 and lowered[index - 1] in _ARTICLES)
        ):
            return Tense.PAST
    return Tense.UNKNOWN


def _is_overtaken_plan(backwards: list[str], index: int, text: str, end: int) -> bool:
    """Whether the plan word ``index`` words back was overtaken by what the sentence reports.

    "had been planned for Saturday", "previously planned", "the originally scheduled
    meeting" name a plan the writer looks back on; "was scheduled for Friday but was
    called off" one that was cancelled, and so does "a rally planned for Saturday was
    canceled", where the plan stands in a clause of its own. A plain "was scheduled for
    Friday" is still to come.
    """
    if backwards[index] not in _SCHEDULED:
        return False
    before = backwards[index + 1 : index + 3]
    if any(word in _OVERTAKEN for word in before):
        return True
    right = _RIGHT_WORD.findall(_sentence_right(text, end, 240).lower())[:_CLAUSE_WORDS]
    if before[:1] in (["was"], ["were"]):
        return any(word in _CALLED_OFF for word in right)
    if before[:1] and before[0] in _PLAN_VERBS:
        # "had planned for Friday", "is scheduled": the plan word is the verb itself.
        return False
    # "A rally planned for Saturday was canceled": the sentence's own verb calls it off.
    return any(
        word in _PASSIVE_PAST and following in _CALLED_OFF
        for word, following in itertools.pairwise(right)
    )


# "gave the company until mid-November to submit": a time given to act in, still to come.
# Verbs that give time to act in: "gave them until", "has until", "were granted until".
_GIVEN: Final = frozenset(
    {"gave", "give", "gives", "given", "giving", "granted", "grant", "allowed", "allow",
     "has", "have", "had"}
)  # fmt: skip
# "to the dismay of many" is no infinitive.
_TO_ACT: Final = re.compile(
    r"\s{1,3}to\s{1,3}(?!(?:the|a|an|this|that|its|his|her|their|our|its|some|all)\b)[a-z]"
)


def _is_deadline(left: list[str], text: str, end: int) -> bool:
    """Whether the expression is a time given to do something by: "until March to reply".

    "until" (not "up until" or "not until") after a verb that gives time, and an
    infinitive right after it: "was given until mid-November to submit", "has until
    Friday to decide". A date that ends a past state ("served until March", "fought on
    until March to no avail") gives no time.
    """
    return (
        left[-1:] in (["until"], ["till"])
        and left[-2:-1] not in (["up"], ["not"])
        and any(word in _GIVEN for word in left[-6:-1])
        and _TO_ACT.match(text, end) is not None
    )


def _is_opening_apposition(
    far: list[str], left_text: str, text: str, end: int, cues: TenseCues, *, whole: bool
) -> bool:
    """Whether the expression stands between commas after a short opening phrase with no
    verb ("On the summit's second day, 26 April, ...", "At the closing session, on 14 May,
    ..."): the whole of its sentence before it, at most eight words, the first an opener.
    """
    if not whole or not far or len(far) > _LEFT_WORDS or far[0] not in _OPENERS:
        return False
    if not left_text.rstrip().endswith(",") or text[end : end + 1] != ",":
        return False
    verbs = cues.past | cues.future | cues.present | cues.scheduled | _MODALS
    return not any(word in verbs or word.endswith("ed") for word in far)


def guess_with(text: str, start: int, end: int, cues: TenseCues) -> Tense:
    future, past, present, not_ed = cues.future, cues.past, cues.present, cues.not_past_ed
    low = max(0, start - 320)
    left_text = text[low:start]
    last = collections.deque(_SENTENCE_END.finditer(left_text), maxlen=1)
    if last:
        left_text = left_text[last[0].end() :]
    far = _words(left_text.lower())[-_FAR_WORDS:]
    left = far[-_LEFT_WORDS:]
    if _OPENERS.issuperset(left):
        # "On Monday, the two leaders met ...": the date opens the sentence (or follows
        # only a preposition or "also"), and the verb after its subject dates it.
        opening = _main_clause(text, end, cues)
        if opening is not Tense.UNKNOWN:
            return opening
    elif _is_opening_apposition(far, left_text, text, end, cues, whole=bool(last) or low == 0):
        # "On the summit's second day, 26 April, the President signed ...": the date in
        # apposition to an opening phrase; the verb after the subject dates it.
        opening = _main_clause(text, end, cues)
        if opening is not Tense.UNKNOWN:
            return opening
    if _is_deadline(left, text, end):
        return Tense.FUTURE
    for phrase in cues.future_phrases:
        # "as soon as Tuesday", "as early as next week": a time still to come.
        if tuple(left[-len(phrase) :]) == phrase:
            return Tense.FUTURE
    for phrase in cues.nearest_phrases:
        # "an office of the chairman, effective Feb. 1": no verb dates it; the date
        # nearest the anchor, either side, is meant.
        if tuple(left[-len(phrase) :]) == phrase:
            return Tense.PRESENT
    backwards = list(reversed(left))
    back_far = list(reversed(far))
    for index, word in enumerate(backwards):
        if _is_perfect_plan(back_far, index, left):
            return Tense.FUTURE
        if word in future:
            before = backwards[index + 1 : index + 3]
            if word == "set" and index == 0 and not (before and before[0] in _BE):
                # "ruled ... and set Friday as the deadline": the verb that fixed the day,
                # no plan word ("is set for Friday"); past unless a modal or "to" leads.
                if before and before[0] in _FUTURE_AUXILIARIES:
                    return Tense.FUTURE
                return Tense.PAST
            if (
                word == "set"
                and index == 1
                and backwards[0] == "on"
                and not (before and before[0] in _SET_AHEAD)
            ):
                # "its record high set on Aug. 6", "was set on Friday": the day it was set;
                # "is set on Friday", "will be set on Friday" and "set for Friday" plan.
                return Tense.PAST
            have = before[1:2] if before[:1] and before[0] in _PERFECT_ADVERBS else before
            if word == "set" and have and (have[0] in _HAVE or have[0] == "had"):
                # "has set a record on March 3": the present perfect of what was done ("has
                # set the vote for May 2", a plan, is read above).
                return Tense.PAST
            if before and before[0] in _DETERMINERS and word not in _PLAN_ADJECTIVES:
                # "announced the plan Aug. 21": a noun, not a verb of intention; but "the
                # slated visit in September" is a visit still to come.
                continue
            if word == "plan" and _is_plan_noun(backwards, index):
                # "adopted an action plan on cybersecurity on Wednesday": a noun.
                continue
            following = backwards[index - 1] if index > 0 else ""
            if following == "to" and (
                word == "next"
                or (word == "due" and index > 1 and backwards[index - 2] in _ARTICLES)
            ):
                # "exploded next to the embassy", "cancelled due to the storm".
                continue
            if _is_overtaken_plan(back_far, index, text, end):
                # "a meeting previously planned for Friday was canceled": the main
                # clause dates it, and without one the plan lies in the past.
                clause = _main_clause(text, end, cues)
                return Tense.FUTURE if clause is Tense.FUTURE else Tense.PAST
            return Tense.FUTURE
        if word in cues.scheduled and back_far[index + 1 : index + 2] in _NOT_FINITE:
            # "for Sun to meet demand", "did not resume": a base form with no tense of its
            # own; the verb that governs it dates the expression.
            continue
        if word in cues.scheduled and (index == 0 or backwards[index - 1] != "of"):
            # "The accord takes effect on Tuesday", "leaves for Beijing on Wednesday": a
            # present that news uses for what is arranged ("heads of state" is a noun).
            return Tense.FUTURE
        if word in _OFFERS and index > 0 and backwards[index - 1] == "to":
            # "has offered to host in Cairo in the autumn": what is offered lies ahead.
            return Tense.FUTURE
        if _is_fixed_for(backwards, index):
            # "the next summit, now fixed for 8 and 9 October": a day fixed for what is to
            # come ("was fixed for" tells of the past and keeps the past tense).
            return Tense.FUTURE
        if word in _UNDERTAKES and _is_meeting_undertaken(backwards, index):
            return Tense.FUTURE  # "agreed to hold a summit in Lome in June"
        regular = word.endswith("ed") and len(word) > 4 and word not in not_ed
        if regular and word not in past and _is_adjective(backwards, index):
            # "on a still unspecified date", "the revised plan": no verb.
            continue
        if word in past or regular:
            if backwards[index + 1 : index + 2] and backwards[index + 1] in _PASSIVE_PRESENT:
                # "the case is heard in May": a present passive.
                return Tense.PRESENT
            if _is_running_state(back_far[index + 1 : index + 2], left):
                # "has extended the loans through January": the date nearest the anchor.
                return Tense.PRESENT
            # A participle after "will be" or "to be" is no past tense; "to" alone does
            # not make one ("the envoy to Venezuela said").
            after = back_far[index + 1 : index + 3]
            if (after[:1] == ["be"] and after[1:2] and after[1] in _FUTURE_AUXILIARIES) or (
                after[:1] and after[0] in _FUTURE_AUXILIARIES and after[0] != "to"
            ):
                return Tense.FUTURE
            return Tense.PAST
        if word in present:
            # "is to resume trading Tuesday": an arrangement still to come.
            if index > 0 and backwards[index - 1] == "to" and word in ("is", "are"):
                return Tense.FUTURE
            return Tense.PRESENT
    # A "to" between the verb and the expression may start an infinitive that lies ahead;
    # one before an article or a figure ("changed from a fiscal year to a calendar year in
    # December") is a preposition and leaves the verb's tense.
    between_to = any(
        word == "to"
        and not (
            left[index + 1 : index + 2]
            and (left[index + 1] in _DETERMINERS or left[index + 1][:1].isdigit())
        )
        for index, word in enumerate(left)
    )
    reported = False
    farther = far[: -_LEFT_WORDS or None]
    for index in range(len(farther) - 1, -1, -1):
        word = farther[index]
        if word in _MODALS or _is_perfect_plan(back_far, len(far) - 1 - index, left):
            return Tense.FUTURE
        if word in ("is", "are") and far[index + 1 : index + 2] == ["to"]:
            # "is to pay a state visit to France beginning Wednesday".
            return Tense.FUTURE
        if _is_due_to_do(far, index):
            # "is due to hold talks with his counterpart in Rabat on Friday" (but "is due
            # to the storm", "due to rising costs" give a cause, not a plan).
            return Tense.FUTURE
        if word in _OFFERS and far[index + 1 : index + 2] == ["to"]:
            return Tense.FUTURE  # "offered to host the talks in Cairo in the autumn"
        if word in _UNDERTAKES and _is_meeting_undertaken(back_far, len(far) - 1 - index):
            return Tense.FUTURE  # "decided to hold their next regular meeting in Accra in May"
        if word in future and word not in _NOT_INTENT and far[index + 1 : index + 2] == ["to"]:
            # "are scheduled to attend the ASEAN summit in Kuala Lumpur in October".
            if any(w in _OVERTAKEN for w in farther[max(0, index - 2) : index]):
                clause = _main_clause(text, end, cues)
                return Tense.FUTURE if clause is Tense.FUTURE else Tense.PAST
            return Tense.FUTURE
        if word in _PLAN_ADJECTIVES and index > 0 and farther[index - 1] in _DETERMINERS:
            # "talking about the slated visit of the secretary in September".
            if _is_overtaken_plan(back_far, len(far) - 1 - index, text, end):
                clause = _main_clause(text, end, cues)
                return Tense.FUTURE if clause is Tense.FUTURE else Tense.PAST
            return Tense.FUTURE
        if word == "to":
            # "agreed to buy": an infinitive that may lie ahead; "rising to a high" and "fell
            # to $29" are prepositions and leave the verb's tense, unless a verb of saying
            # stands between ("Reports attributed to the ministry said ...").
            after = far[index + 1 : index + 2]
            preposition = bool(after) and (after[0] in _DETERMINERS or after[0][:1].isdigit())
            between_to = between_to or reported or not preposition
            continue
        if word in ("said", "says") or word in cues.reporting:
            reported = True
        if between_to and word in _ASKS:
            # "asks the IMF to report on delays before the summit in November": what a
            # present request asks for lies ahead.
            return Tense.FUTURE
        if word == "last" and _is_adjective(farther[::-1], len(farther) - 1 - index):
            # "will try to close the last gaps ... when the council meets on Tuesday": an
            # adjective far back, no past cue.
            continue
        regular = (
            word.endswith("ed")
            and len(word) > 4
            and word not in not_ed
            and word not in future
            and word not in cues.reporting
            and not _is_adjective(farther[::-1], len(farther) - 1 - index)
        )
        if (
            (word in past or regular)
            and word not in ("said", "says")
            and word not in cues.reporting
            and not between_to
        ):
            # "met X on the sidelines of the General Assembly in September", "stepped
            # down as chairman, president and chief executive in March"; not "agreed to
            # buy the bank in January", where the infinitive may lie ahead, nor "to be
            # signed by the leaders of both countries in March". A verb of saying far
            # back ("recalled his talks with the G20 leaders at the summit in June")
            # reports its object without dating it.
            before = farther[max(0, index - 2) : index]
            if _is_running_state(before[-1:], left):
                return Tense.PRESENT
            if before[-1:] == ["be"] or (before[-1:] and before[-1] in _MODALS):
                return Tense.FUTURE
            return Tense.PAST
    # To the right only the clearest cues count ("..., officials said" is no guide).
    right = _words(_sentence_right(text, end, 100).lower())[:5]
    if left[-1:] == ["on"] and right and (right[0] in past or _is_regular_past(right[0], cues)):
        # "Ecuador on Tuesday ratified the treaty", "Officials on Friday said talks would
        # resume": the day between the subject and its own verb, a past one.
        return Tense.PAST
    for word in right:
        if word in _MODALS:
            return Tense.FUTURE
        if word in _PAST_AUXILIARIES or (word in past and word != "said"):
            return Tense.PAST
    return Tense.UNKNOWN


def _is_regular_past(word: str, cues: TenseCues) -> bool:
    """Whether ``word`` is a regular past verb ("ratified"), not one of planning
    ("scheduled") nor of saying, whose object it reports without dating ("reported")."""
    return (
        word.endswith("ed")
        and len(word) > 4
        and word not in cues.not_past_ed
        and word not in cues.future
        and word not in cues.reporting
    )
