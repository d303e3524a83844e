"""The HTML timeline page: its data, JSON escaping, hostile text, determinism, atomic writes."""

from __future__ import annotations

import base64
import hashlib
import html.parser
import importlib.resources
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from diplotimeline.errors import UsageError
from diplotimeline.io.html import (
    PAGE_FORMAT,
    clean_text,
    describe_span,
    escape_script_json,
    render_html,
    timeline_data,
    write_html,
)
from diplotimeline.model import (
    Actor,
    Agreement,
    AgreementForm,
    Country,
    Document,
    Event,
    Evidence,
    Initiative,
    Meeting,
    MeetingForm,
    Organization,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
TEXT = (
    "OSLO, 2 June 2025 - Norway and Chile signed a green shipping memorandum on Monday. "
    "Foreign Minister Ingrid Dahl will travel to Santiago from 16 to 18 June, and the two "
    "governments plan a hydrogen dialogue around September. A fisheries fund launched "
    "in 2019 continues. Both recalled the Antarctic accord. "
    f"A reader wrote {SCRIPT} and {IMAGE} in the comments."
)


def _evidence(quote: str) -> tuple[Evidence, ...]:
    start = TEXT.index(quote)
    return (Evidence.from_text("no-cl", TEXT, start, start + len(quote)),)


ACTORS: dict[str, Actor] = {
    "no": Country(id="no", name="Norway"),
    "cl": Country(id="cl", name="Chile"),
    "dahl-ingrid": Person(id="dahl-ingrid", name="Ingrid Dahl", country="no"),
    "efta": Organization(id="efta", name="European Free Trade Association", acronym="EFTA"),
    "reader": Person(id="reader", name=f"Reader {SCRIPT} {IMAGE}"),
}
DOCUMENTS = {
    "no-cl": Document(
        id="no-cl",
        text=TEXT,
        published=PartialDate(2025, 6, 2),
        source="Nordic Wire",
        title=f"Norway and Chile {IMAGE}",
    )
}
EVENTS: list[Event] = [
    Agreement(
        id="no-cl:e1",
        name="Green shipping memorandum",
        form=AgreementForm.MOU,
        when=DateSpan.parse_iso("2025-06-02"),
        status=Status.OCCURRED,
        participants=("no", "cl"),
        evidence=_evidence("signed a green shipping memorandum on Monday"),
    ),
    Meeting(
        id="no-cl:e2",
        name="Visit of Foreign Minister Ingrid Dahl to Chile",
        form=MeetingForm.VISIT,
        when=DateSpan.parse_iso("2025-06-16/2025-06-18"),
        status=Status.PLANNED,
        participants=("dahl-ingrid", "no", "cl"),
        location="Santiago",
        evidence=_evidence("will travel to Santiago from 16 to 18 June"),
    ),
    Meeting(
        id="no-cl:e3",
        name="Hydrogen dialogue",
        form=MeetingForm.DIALOGUE,
        when=DateSpan.parse_iso("2025-09~"),
        status=Status.PLANNED,
        participants=("efta",),
        evidence=_evidence("plan a hydrogen dialogue around September"),
    ),
    Initiative(
        id="no-cl:e4",
        name="Fisheries fund",
        when=DateSpan.parse_iso("2019/.."),
        status=Status.OCCURRED,
        evidence=_evidence("A fisheries fund launched in 2019 continues"),
    ),
    Agreement(
        id="no-cl:e5",
        name="Antarctic accord",
        participants=("no", "cl"),
        evidence=_evidence("the Antarctic accord"),
    ),
    Meeting(
        id="no-cl:e6",
        name=f"Comment {SCRIPT}",
        when=DateSpan.parse_iso("2025-06"),
        status=Status.MENTIONED,
        participants=("reader",),
        evidence=_evidence(f"A reader wrote {SCRIPT} and {IMAGE}"),
    ),
]


def _page(**options: object) -> str:
    return render_html(EVENTS, actors=ACTORS, documents=DOCUMENTS, **options)  # type: ignore[arg-type]


class _Elements(html.parser.HTMLParser):
    """Collects the elements and the contents of <script> and <style> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._inside = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside is not None:
            self.raw[self._inside][-1] += data


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def _by_id(data: dict[str, Any], event_id: str) -> dict[str, Any]:
    return next(event for event in data["events"] if event["id"] == event_id)


class TestDescribeSpan:
    @pytest.mark.parametrize(
        ("iso", "expected"),
        [
            ("2025", "2025"),
            ("2025-06", "June 2025"),
            ("2025-06-02", "2 June 2025"),
            ("2025-06-16/2025-06-18", "16–18 June 2025"),
            ("2025-06-28/2025-07-02", "28 June – 2 July 2025"),
            ("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025"),
            ("2025-03/2025-05", "March–May 2025"),
            ("2026/2030", "2026 – 2030"),
            ("2019/..", "from 2019"),
            ("../2030-06", "until June 2030"),
            ("2025-09~", "about September 2025"),
            (
                "2024-07-26T10:00-05:00[America/Lima]",
                "26 July 2024, 10:00 UTC-05:00 (America/Lima)",
            ),
        ],
    )
    def test_says_the_span_at_its_precision(self, iso: str, expected: str) -> None:
        """Each span is said in words at the precision it is known, ends included."""
        assert expected == describe_span(DateSpan.parse_iso(iso))


class TestTimelineData:
    def test_shapes_and_positions(self) -> None:
        """Spans are bars from the first minute of their start to the end of their last
        day, single values dots over the whole day, month or year, open ends None."""
        data = timeline_data(EVENTS, actors=ACTORS, documents=DOCUMENTS)
        visit, memo = _by_id(data, "no-cl:e2"), _by_id(data, "no-cl:e1")
        fund, month = _by_id(data, "no-cl:e4"), _by_id(data, "no-cl:e6")
        june_16 = (PartialDate(2025, 6, 16).first_day().toordinal()) - 719_163
        assert ("bar", june_16, june_16 + 3) == (visit["shape"], visit["start"], visit["end"])
        assert ("dot", 1) == (memo["shape"], memo["end"] - memo["start"])
        assert ("dot", 30) == (month["shape"], month["end"] - month["start"])
        assert ("bar", None) == (fund["shape"], fund["end"])
        assert ("undated", None, None) == (
            _by_id(data, "no-cl:e5")["shape"],
            _by_id(data, "no-cl:e5")["start"],
            _by_id(data, "no-cl:e5")["lane"],
        )

    def test_timed_values_have_fractional_days(self) -> None:
        """A minute-precision time is placed within its day."""
        call = Meeting(id="e1", name="Call", when=DateSpan.parse_iso("2025-02-03T18:00"))
        (event,) = timeline_data([call])["events"]
        assert 0.75 == event["start"] % 1
        assert "minute" == event["precision"]

    def test_orders_dated_then_undated_whatever_the_input_order(self) -> None:
        """Events come in timeline order: by date, then the undated ones."""
        shuffled = list(EVENTS)
        random.Random(7).shuffle(shuffled)
        ids = [event["id"] for event in timeline_data(shuffled)["events"]]
        assert ["no-cl:e4", "no-cl:e6", "no-cl:e1", "no-cl:e2", "no-cl:e3", "no-cl:e5"] == ids

    def test_initiative_period_stands_in_for_a_missing_date(self) -> None:
        """An initiative without ``when`` is placed by its period, flagged as such."""
        plan = Initiative(id="e1", name="Ocean plan", period=DateSpan.parse_iso("2026/2030"))
        (event,) = timeline_data([plan])["events"]
        assert ("bar", True, "2026 – 2030") == (event["shape"], event["period"], event["dates"])

    def test_kind_lanes(self) -> None:
        """Kind lanes hold only the kinds of dated events, in the fixed kind order."""
        data = timeline_data(EVENTS)
        labels = [lane["label"] for lane in data["lanes"]]
        assert ["Meetings", "Agreements", "Initiatives"] == labels
        only_meetings = timeline_data([EVENTS[1], EVENTS[4]])
        assert ["Meetings"] == [lane["label"] for lane in only_meetings["lanes"]]

    def test_actor_lanes(self) -> None:
        """Actor lanes: countries, then organisations, then people, then unknown ids, each
        by name; an event sits in its topmost lane and echoes in the others."""
        data = timeline_data(EVENTS, actors=ACTORS, lanes="actor")
        labels = [lane["label"] for lane in data["lanes"]]
        assert [
            "Chile",
            "Norway",
            "European Free Trade Association",
            "Ingrid Dahl",
            f"Reader {SCRIPT} {IMAGE}",
            "No participants",
        ] == labels
        visit = _by_id(data, "no-cl:e2")
        assert (0, [1, 3]) == (visit["lane"], visit["echoes"])
        assert 5 == _by_id(data, "no-cl:e4")["lane"]

    def test_details_name_participants_and_cite_documents(self) -> None:
        """Participants carry their names; evidence its quote, offsets and document."""
        visit = _by_id(timeline_data(EVENTS, actors=ACTORS, documents=DOCUMENTS), "no-cl:e2")
        participants = visit["participants"]
        assert isinstance(participants, list)
        assert ["Ingrid Dahl", "Norway", "Chile"] == [item["name"] for item in participants]
        (evidence,) = visit["evidence"]
        assert "will travel to Santiago from 16 to 18 June" == evidence["quote"]
        assert ("no-cl", "Nordic Wire", "2025-06-02") == (
            evidence["document"],
            evidence["source"],
            evidence["published"],
        )

    def test_domain_covers_every_known_end(self) -> None:
        """The fitted domain holds every known start and end; None without dated events."""
        data = timeline_data(EVENTS)
        low, high = data["domain"]
        known = [
            value
            for event in data["events"]
            for value in (event["start"], event["end"])
            if value is not None
        ]
        assert low < min(known)
        assert max(known) < high
        assert timeline_data([EVENTS[4]])["domain"] is None
        assert PAGE_FORMAT == data["format"]

    def test_rejects_bad_arguments(self) -> None:
        """Unknown lane modes, repeated ids and non-events raise UsageError."""
        with pytest.raises(UsageError, match="lanes"):
            timeline_data(EVENTS, lanes="country")  # type: ignore[arg-type]
        with pytest.raises(UsageError, match="twice"):
            timeline_data([EVENTS[0], EVENTS[0]])
        with pytest.raises(UsageError, match="Meeting, Agreement or Initiative"):
            timeline_data(["talks"])  # type: ignore[list-item]


class TestEscapeScriptJson:
    def test_nothing_can_close_the_script(self) -> None:
        """No <, >, & or line separator survives, and JSON.parse-compatible loading gives
        the same strings back."""
        data = {"quote": f"</script><!-- {SCRIPT} & \u2028\u2029 \ud800 é", "n": [1, 2.5]}
        text = escape_script_json(data)
        assert data == json.loads(text)
        for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
            assert forbidden not in text
        assert text.isascii()


class TestRenderHtml:
    def test_is_deterministic(self) -> None:
        """The same events give the same bytes, in any input order."""
        shuffled = list(EVENTS)
        random.Random(3).shuffle(shuffled)
        again = render_html(shuffled, actors=ACTORS, documents=DOCUMENTS)
        assert _page() == again

    @pytest.mark.parametrize("lanes", ["kind", "actor"])
    def test_hostile_text_never_becomes_markup(self, lanes: str) -> None:
        """<script> and <img onerror> in article text, names and titles stay text: the
        page has exactly its two scripts, no image, and the data read back intact."""
        page = _page(title=f"Notes {SCRIPT} {IMAGE}", lanes=lanes)
        parsed = _parse(page)
        tags = [tag for tag, _ in parsed.tags]
        assert 2 == tags.count("script")
        assert 0 == tags.count("img")
        assert 1 == page.count("<script>")
        assert f"<title>Notes {SCRIPT} {IMAGE}</title>" not in page
        assert f"Notes {_html_escape(SCRIPT)} {_html_escape(IMAGE)}" in page
        data = json.loads(parsed.raw["script"][0])
        reader = _by_id(data, "no-cl:e6")
        assert f"Comment {SCRIPT}" == reader["name"]
        assert f"Reader {SCRIPT} {IMAGE}" == reader["participants"][0]["name"]
        assert f"Norway and Chile {IMAGE}" == reader["evidence"][0]["title"]

    def test_is_self_contained(self) -> None:
        """No external resource: no src or href attributes except a data: icon, no URL."""
        parsed = _parse(_page())
        for tag, attributes in parsed.tags:
            assert "src" not in attributes, tag
            assert attributes.get("href") in (None, "data:,"), tag
        assert not re.search(r"https?://", _page())

    def test_policy_allows_exactly_the_inlined_script_and_style(self) -> None:
        """The Content-Security-Policy hashes match the inlined script and style."""
        parsed = _parse(_page())
        policy = next(
            attributes["content"]
            for tag, attributes in parsed.tags
            if tag == "meta" and attributes.get("http-equiv") == "Content-Security-Policy"
        )
        assert policy is not None
        assert "default-src 'none'" in policy
        for kind, content in (
            ("script", parsed.raw["script"][1]),
            ("style", parsed.raw["style"][0]),
        ):
            digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
            assert f"{kind}-src 'sha256-{digest}'" in policy

    def test_assets_cannot_end_their_elements_early(self) -> None:
        """The packaged script and style hold no closing tag that would cut them short."""
        folder = importlib.resources.files("diplotimeline") / "data" / "html"
        script = (folder / "timeline.js").read_text(encoding="utf-8")
        style = (folder / "timeline.css").read_text(encoding="utf-8")
        for forbidden in (
            "</script",
            "<!--",
            "innerhtml",
            "insertadjacenthtml",
            "eval(",
            ".write(",
        ):
            assert forbidden not in script.lower()
        assert "</style" not in style.lower()

    def test_unprintable_title_still_encodes(self) -> None:
        """Control characters and lone surrogates in the title become U+FFFD."""
        page = render_html(EVENTS, title="Talks\x00\ud800")
        assert "<title>Talks\ufffd\ufffd</title>" in page
        assert page.encode("utf-8")
        assert "a\ufffdb" == clean_text("a\x1bb")

    def test_page_without_events(self) -> None:
        """An empty timeline renders a valid page that says so."""
        page = render_html([])
        data = json.loads(_parse(page).raw["script"][0])
        assert ([], [], None) == (data["events"], data["lanes"], data["domain"])
        assert "0 dated events, 0 without a date" in page


def _html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


class TestWriteHtml:
    def test_writes_the_page_as_utf8(self, tmp_path: Path) -> None:
        """The file holds exactly the rendered page, UTF-8 encoded."""
        target = tmp_path / "timeline.html"
        write_html(target, EVENTS, actors=ACTORS, documents=DOCUMENTS)
        assert _page().encode("utf-8") == target.read_bytes()

    def test_failure_leaves_the_old_file_and_no_temporary(self, tmp_path: Path) -> None:
        """A failed render leaves an existing file untouched and no temporary file."""
        target = tmp_path / "timeline.html"
        target.write_text("old", encoding="utf-8")
        with pytest.raises(UsageError):
            write_html(target, [EVENTS[0], EVENTS[0]])
        assert "old" == target.read_text(encoding="utf-8")
        assert ["timeline.html"] == sorted(path.name for path in tmp_path.iterdir())

    def test_replaces_an_existing_file(self, tmp_path: Path) -> None:
        """Writing again replaces the file in one step."""
        target = tmp_path / "timeline.html"
        target.write_text("old", encoding="utf-8")
        write_html(target, EVENTS[:1], title="New")
        assert "<title>New</title>" in target.read_text(encoding="utf-8")
        assert ["timeline.html"] == sorted(path.name for path in tmp_path.iterdir())

    def test_rejects_a_directory(self, tmp_path: Path) -> None:
        """A directory as target is a usage error."""
        with pytest.raises(UsageError, match="directory"):
            write_html(tmp_path, EVENTS)
