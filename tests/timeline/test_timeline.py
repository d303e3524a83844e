"""The timeline: always sorted, queries equal to brute-force filters, views, sets, diff, as_of."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.timeline.test_merge import PARTICIPANTS, small_corpora, small_dates, small_spans

from diplotimeline.errors import ISOFormatError, UsageError
from diplotimeline.model import (
    Agreement,
    Document,
    Event,
    EventKind,
    Extraction,
    Initiative,
    Meeting,
    MeetingForm,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import (
    AllenRelation,
    Conflict,
    Mention,
    MergeReason,
    Origin,
    Timeline,
    TimelineEntry,
)
from diplotimeline.timeline._store import ordered, sort_key
from diplotimeline.timeline.merge import merge_mentions
from diplotimeline.timeline.timeline import mentions_of


def _doc(doc_id: str, published: str | None, *events: Event) -> Extraction:
    date = None if published is None else PartialDate.parse_iso(published)
    return Extraction(document=Document(id=doc_id, text="", published=date), events=events)


def _bounds(entry: TimelineEntry) -> tuple[int, int] | None:
    return None if entry.when is None else entry.when.bounds()


ranges = st.one_of(
    small_dates().map(DateSpan.of),
    small_spans().filter(lambda span: span is not None),
)


# ---------------------------------------------------------------------------------------
# Order


def test_mixed_precision_order_is_documented() -> None:
    """Open start, year, month, day, then undated entries by name."""
    names = {
        "../2030": "Z",
        "2031": "Y",
        "2031-04": "X",
        "2031-04-28": "W",
        "2031-04-28/2031-05-02": "V",
    }
    events: list[Event] = [
        Agreement(id=f"e{i}", name=name, when=DateSpan.parse_iso(iso))
        for i, (iso, name) in enumerate(names.items())
    ]
    events += [Agreement(id="u1", name="b undated"), Agreement(id="u2", name="a undated")]
    timeline = Timeline.from_extraction(_doc("d", "2031-06", *events))
    assert [e.name for e in timeline] == ["Z", "Y", "X", "W", "V", "a undated", "b undated"]


@settings(deadline=None)
@given(small_corpora())
def test_timeline_is_always_sorted(extractions: list[Extraction]) -> None:
    """Entries are in sort-key order, undated after dated, whatever the input order."""
    timeline = Timeline.from_extractions(extractions)
    keys = [sort_key(entry) for entry in timeline]
    assert keys == sorted(keys)
    dated = [entry.when is not None for entry in timeline]
    assert dated == sorted(dated, reverse=True)


@st.composite
def _tied_entries(draw: st.DrawFn) -> list[TimelineEntry]:
    """Entries with many equal dates and names, approximate spans and some date-times."""
    spans = st.one_of(
        small_spans(),
        small_dates().map(lambda date: DateSpan.of(date, approximate=True)),
        st.sampled_from(["2030-02-03T10:00", "2030-02-03T09:00+02:00"]).map(DateSpan.parse_iso),
    )
    rows = draw(
        st.lists(st.tuples(spans, st.sampled_from(["Accord", "accord", "Pact"])), max_size=12)
    )
    entries = []
    for index, (when, name) in enumerate(rows):
        event = Agreement(id=f"e{index}", name=name, when=when)
        entries.append(TimelineEntry(event, (Mention(event, Origin(f"d{index % 3}")),)))
    return entries


@settings(deadline=None)
@given(_tied_entries())
def test_fast_order_equals_the_documented_key(entries: list[TimelineEntry]) -> None:
    """The build's packed-key sort gives exactly the order of sort_key, ties included."""
    assert sorted(entries, key=sort_key) == ordered(entries)
    partial_only = [e for e in entries if e.when is None or "T" not in e.when.format_iso()]
    assert sorted(partial_only, key=sort_key) == ordered(partial_only)


# ---------------------------------------------------------------------------------------
# Queries against brute force


@settings(deadline=None)
@given(small_corpora(), ranges)
def test_range_queries_match_brute_force(extractions: list[Extraction], span: DateSpan) -> None:
    """overlapping, between, before and after equal a scan with DateSpan's own predicates."""
    timeline = Timeline.from_extractions(extractions)
    entries = list(timeline)
    overlapping = [e for e in entries if e.when is not None and e.when.overlaps(span)]
    assert list(timeline.overlapping(span)) == overlapping
    # .entries reads the spans that start inside the range as one slice (the tail)
    assert timeline.overlapping(span).entries == tuple(overlapping)
    assert len(timeline.overlapping(span)) == len(overlapping)
    assert list(timeline.between(span)) == [
        e for e in entries if e.when is not None and span.contains(e.when)
    ]
    assert list(timeline.before(span)) == [
        e for e in entries if e.when is not None and e.when.before(span)
    ]
    assert list(timeline.after(span)) == [
        e for e in entries if e.when is not None and e.when.after(span)
    ]
    assert list(timeline.on(span)) == list(timeline.overlapping(span))


@settings(deadline=None)
@given(small_corpora(), st.lists(st.sampled_from(PARTICIPANTS), min_size=1, max_size=2), ranges)
def test_actor_queries_match_brute_force(
    extractions: list[Extraction], actors: list[str], span: DateSpan
) -> None:
    """involving (any / all), also chained with a range, equals a scan."""
    timeline = Timeline.from_extractions(extractions)
    entries = list(timeline)
    wanted = set(actors)
    any_of = [e for e in entries if wanted & set(e.event.participants)]
    all_of = [e for e in entries if wanted <= set(e.event.participants)]
    assert list(timeline.involving(*actors)) == any_of
    assert list(timeline.involving(*actors, match="all")) == all_of
    assert list(timeline.involving(actors[0]).overlapping(span)) == [
        e
        for e in entries
        if actors[0] in e.event.participants and e.when is not None and e.when.overlaps(span)
    ]
    assert list(timeline.overlapping(span).involving(actors[0])) == list(
        timeline.involving(actors[0]).overlapping(span)
    )


@settings(deadline=None)
@given(
    small_corpora(),
    st.sets(st.sampled_from(EventKind), min_size=1),
    st.sets(st.sampled_from(Status), min_size=1),
    ranges,
)
def test_filters_and_chains_match_brute_force(
    extractions: list[Extraction], kinds: set[EventKind], statuses: set[Status], span: DateSpan
) -> None:
    """of_kind, with_status, form, where and their chains equal scans, in timeline order."""
    timeline = Timeline.from_extractions(extractions)
    entries = list(timeline)
    assert list(timeline.of_kind(*kinds)) == [e for e in entries if e.kind in kinds]
    assert list(timeline.with_status(*statuses)) == [e for e in entries if e.status in statuses]
    chained = timeline.of_kind(*kinds).with_status(*statuses).overlapping(span)
    assert list(chained) == [
        e
        for e in entries
        if e.kind in kinds and e.status in statuses and e.when is not None and e.when.overlaps(span)
    ]
    assert list(timeline.form("summit")) == [e for e in entries if e.event.form.value == "summit"]
    assert list(timeline.where(lambda e: len(e.mentions) > 1)) == [
        e for e in entries if len(e.mentions) > 1
    ]


@settings(deadline=None)
@given(small_corpora())
def test_group_and_count_match_brute_force(extractions: list[Extraction]) -> None:
    """count_by and group_by agree with counting by hand, on the timeline and on a view."""
    timeline = Timeline.from_extractions(extractions)

    def year(entry: TimelineEntry) -> int | None:
        if entry.when is None:
            return None
        point = entry.when.start if entry.when.start is not None else entry.when.end
        assert point is not None
        if entry.when.start is None:
            return point.date.last_day().year if isinstance(point, PartialDate) else point.year
        return point.year

    expected = Counter((e.kind, year(e)) for e in timeline)
    assert timeline.count_by("kind", "year") == dict(expected)
    assert timeline.count_by("kind") == dict(Counter(e.kind for e in timeline))
    view = timeline.where(lambda e: e.status is not Status.MENTIONED)
    assert view.count_by("kind", "year") == dict(Counter((e.kind, year(e)) for e in view))
    by_actor = Counter(a for e in timeline for a in dict.fromkeys(e.event.participants))
    counted = timeline.count_by("actor")
    counted.pop(None, None)
    assert counted == dict(by_actor)
    groups = timeline.group_by("kind")
    assert {k: len(v) for k, v in groups.items()} == timeline.count_by("kind")


@settings(deadline=None)
@given(small_corpora(), small_corpora())
def test_set_operations_match_brute_force(
    first: list[Extraction], second: list[Extraction]
) -> None:
    """union, intersection and difference by entry id, on views and on separate timelines."""
    timeline = Timeline.from_extractions(first)
    meetings = timeline.of_kind("meeting")
    dated = timeline.where(lambda e: e.when is not None)

    def ids(timeline: Timeline) -> list[str]:
        return [e.id for e in timeline]

    assert ids(meetings | dated) == [
        e.id for e in timeline if e.kind is EventKind.MEETING or e.when
    ]
    assert ids(meetings & dated) == [
        e.id for e in timeline if e.kind is EventKind.MEETING and e.when
    ]
    assert ids(meetings - dated) == [
        e.id for e in timeline if e.kind is EventKind.MEETING and e.when is None
    ]
    other = Timeline.from_extractions(second)
    union = timeline | other
    assert set(ids(union)) == set(ids(timeline)) | set(ids(other))
    assert ids(timeline & other) == [e.id for e in timeline if other.get(e.id) is not None]
    diff = timeline.diff(union)
    assert {e.id for e in diff.added} == set(ids(union)) - set(ids(timeline))
    assert diff.removed == ()


# ---------------------------------------------------------------------------------------
# Realistic examples


def _visit_corpus() -> Timeline:
    people = (Person(id="okafor-ada", name="Ada Okafor", aliases=("Okafor",)),)
    planned = Meeting(
        id="e1",
        name="State visit of President Ada Okafor to Brazil",
        form=MeetingForm.VISIT,
        status=Status.PLANNED,
        when=DateSpan.parse_iso("2031-04-27/2031-04-29"),
        participants=("okafor-ada", "ng", "br"),
    )
    done = Meeting(
        id="e1",
        name="President Okafor's state visit to Brazil",
        form=MeetingForm.VISIT,
        status=Status.OCCURRED,
        when=DateSpan.parse_iso("2031-04"),
        participants=("okafor-ada", "br"),
    )
    fund = Initiative(
        id="e2",
        name="Atlantic Cocoa Fund",
        when=DateSpan.parse_iso("2031/2035"),
        status=Status.PLANNED,
        participants=("ng", "br"),
    )
    accord = Agreement(id="e3", name="Lagos Accord on Ports", participants=("ng",))
    return Timeline.from_extractions(
        [
            Extraction(
                document=Document(id="a", text="", published=PartialDate(2031, 4, 20)),
                actors=people,
                events=(planned, accord),
            ),
            Extraction(
                document=Document(id="b", text="", published=PartialDate(2031, 5, 3)),
                actors=people,
                events=(done, fund),
            ),
        ]
    )


def test_as_of_shows_what_was_known_then() -> None:
    """Before the report, the visit is planned and the fund unknown; after, occurred."""
    timeline = _visit_corpus()
    then = timeline.as_of("2031-04-25")
    assert [(e.name, e.status.value) for e in then] == [
        ("State visit of President Ada Okafor to Brazil", "planned"),
        ("Lagos Accord on Ports", "mentioned"),
    ]
    visit_now = timeline.of_kind("meeting").first
    assert then.first is not None
    assert visit_now is not None
    assert then.first.id == visit_now.id
    assert visit_now.status is Status.OCCURRED
    assert len(timeline.as_of("2031-01")) == 0


def test_involving_by_name_alias_and_id() -> None:
    """Actors are found by id, name or alias (folded)."""
    timeline = _visit_corpus()
    assert len(timeline.involving("okafor-ada")) == 1
    assert len(timeline.involving("ADA OKAFOR")) == 1
    assert len(timeline.involving("Okafor")) == 1
    assert len(timeline.involving("ng", "br", match="all")) == 2
    with pytest.raises(UsageError):
        timeline.involving()


def test_ranges_accept_partial_iso_and_values() -> None:
    """Strings, spans, partial dates and a start-end pair all work; bad text raises."""
    timeline = _visit_corpus()
    assert len(timeline.overlapping("2031-04")) == 2
    assert len(timeline.overlapping(PartialDate(2031, 4, 28))) == 2
    assert len(timeline.between("2031-04", "2031-06")) == 1
    assert len(timeline.between("2031/2035")) == 2
    assert len(timeline.on("2032-06-01")) == 1
    assert len(timeline.before("2031-05")) == 1
    assert len(timeline.after("2031-04-30")) == 0
    with pytest.raises(ISOFormatError):
        timeline.overlapping("April")


def test_navigation_slicing_and_relations() -> None:
    """first/last, slicing, neighbours, get and Allen relations."""
    timeline = _visit_corpus()
    fund, visit, accord = timeline  # 2031/2035 starts before 2031-04-27
    assert timeline.first == fund
    assert timeline.last == accord
    assert list(timeline[1:]) == [visit, accord]
    assert timeline[-1] == accord
    before, after = timeline.neighbours(visit)
    assert (list(before), list(after)) == ([fund], [accord])
    assert timeline.get(fund.id) == fund
    assert fund in timeline
    assert timeline.relation(visit, fund) is AllenRelation.DURING
    assert timeline.relation(visit, accord) is None
    with pytest.raises(UsageError):
        timeline.of_kind("meeting").neighbours(fund)
    assert [e.name for e in timeline.of_kind("meeting", "agreement")[0:1]] == [visit.name]


def test_grouping_by_year_and_month() -> None:
    """Groups by year and month, undated under None."""
    timeline = _visit_corpus()
    assert timeline.count_by("year") == {2031: 2, None: 1}
    assert timeline.count_by("month") == {PartialDate(2031, 1): 1, PartialDate(2031, 4): 1, None: 1}
    assert set(timeline.group_by("actor")) == {"okafor-ada", "ng", "br"}
    with pytest.raises(UsageError):
        timeline.group_by("colour")  # type: ignore[arg-type]


def test_mentioning_searches_names_aliases_and_evidence() -> None:
    """mentioning() folds case and diacritics."""
    timeline = _visit_corpus()
    assert [e.name for e in timeline.mentioning("okafor's STATE visit")] == [
        "President Okafor's state visit to Brazil"
    ]
    assert len(timeline.mentioning("cocoa")) == 1


def test_actors_are_merged_and_exposed() -> None:
    """The timeline holds the actors of its documents, merged by id."""
    timeline = _visit_corpus()
    assert list(timeline.actors) == ["okafor-ada"]
    actor = timeline.actor("okafor-ada")
    assert actor is not None
    assert actor.aliases == ("Okafor",)


def test_diff_reports_changed_entries() -> None:
    """A new report that merges into an entry shows as a change of that entry."""
    first = Timeline.from_extraction(
        _doc("a", "2031-04-01", Agreement(id="e1", name="Lima Accord", status=Status.PLANNED))
    )
    second = first.add(
        _doc(
            "b",
            "2031-05-01",
            Agreement(
                id="e9",
                name="Lima Accord",
                status=Status.OCCURRED,
                when=DateSpan.parse_iso("2031-04-30"),
            ),
        )
    )
    diff = first.diff(second)
    assert (diff.added, diff.removed) == ((), ())
    [(old, new)] = diff.changed
    assert (old.status, new.status) == (Status.PLANNED, Status.OCCURRED)
    assert first.diff(first).is_empty


def test_views_are_cheap_and_consistent() -> None:
    """A view shares entries with its timeline and equals a timeline of the same entries."""
    timeline = _visit_corpus()
    view = timeline.of_kind("meeting", "initiative")
    assert view.entries == tuple(e for e in timeline if e.kind is not EventKind.AGREEMENT)
    assert view == Timeline(view.entries, timeline.actors.values())
    assert repr(Timeline()) == "Timeline(0 entries)"
    assert "entries" in repr(view)


# ---------------------------------------------------------------------------------------
# Rendering


def test_to_html_renders_every_entry_with_actor_names() -> None:
    """The page carries one mark per entry and names participants from the actors."""
    timeline = _visit_corpus()
    page = timeline.to_html(title="Atlantic ties", lanes="actor")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Atlantic ties</title>" in page
    assert "Ada Okafor" in page
    for entry in timeline:
        assert f'"id":"{entry.event.id}"' in page


def test_to_html_gives_entry_ids_when_event_ids_repeat() -> None:
    """Events of different documents sharing an id are told apart by their entry ids."""
    first = Agreement(id="e1", name="Quito Accord on Fisheries")
    second = Agreement(id="e1", name="Tallinn Digital Charter")
    timeline = Timeline.from_extractions([_doc("a", None, first), _doc("b", None, second)])
    page = timeline.to_html()
    assert 2 == len(timeline)
    for entry in timeline:
        assert f'"id":"{entry.id}"' in page


def test_to_svg_draws_every_entry() -> None:
    """The picture holds one mark per entry and passes options such as the width on."""
    timeline = _visit_corpus()
    picture = timeline.to_svg(title="Atlantic ties", width=800)
    assert picture.startswith('<svg xmlns="http://www.w3.org/2000/svg" width="800"')
    assert len(timeline) == picture.count("data-event-id=")


def test_entry_of_one_mention_keeps_conflicts_and_reasons() -> None:
    """The compact layout of a one-mention entry never drops conflicts or reasons."""
    event = Agreement(id="e1", name="Quito Accord on Fisheries")
    mention = Mention(event, Origin("a"))
    conflict = Conflict("location", ("Quito", "Lima"), (("a", "e1"),))
    reason = MergeReason(("a", "e1"), ("b", "e2"), 1.0, ("same name",))
    plain = TimelineEntry(event, (mention,))
    full = TimelineEntry(event, (mention,), (conflict,), (reason,))
    assert ((), ()) == (plain.conflicts, plain.reasons)
    assert ((conflict,), (reason,)) == (full.conflicts, full.reasons)
    assert (plain.id, plain.mentions) == (full.id, full.mentions)
    assert plain != full
    assert plain == TimelineEntry(event, (Mention(event, Origin("a")),))


@settings(deadline=None)
@given(small_corpora(), ranges, st.sampled_from(PARTICIPANTS))
def test_lazy_results_count_and_read_like_a_scan(
    extractions: list[Extraction], span: DateSpan, actor: str
) -> None:
    """A range result counts, gives its ends and chains before any entry is read."""
    timeline = Timeline.from_extractions(extractions).build_indexes()
    entries = list(timeline)
    expected = [e for e in entries if e.when is not None and e.when.overlaps(span)]
    by_actor = [e for e in expected if actor in e.event.participants]
    for result, wanted in (
        (timeline.overlapping(span), expected),
        (timeline.involving(actor).overlapping(span), by_actor),
    ):
        assert len(result) == len(wanted)
        assert (result.first, result.last) == ((wanted[0], wanted[-1]) if wanted else (None, None))
        assert list(result.of_kind("meeting")) == [e for e in wanted if e.kind is EventKind.MEETING]
        assert result.entries == tuple(wanted)
        assert list(result[1:3]) == wanted[1:3]


@given(small_corpora())
def test_built_timeline_equals_sorted_merge(extractions: list[Extraction]) -> None:
    """Building from extractions orders the groups first; the entries are merge_mentions'."""
    timeline = Timeline.from_extractions(extractions)
    mentions = [m for x in extractions for m in mentions_of(x)]
    persons = frozenset(a.id for x in extractions for a in x.actors if isinstance(a, Person))
    assert list(timeline) == ordered(merge_mentions(mentions, persons))
