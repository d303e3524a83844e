"""The static SVG timeline: valid XML, one mark per event, escaped text, determinism."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from diplotimeline.errors import UsageError
from diplotimeline.io.svg import render_svg, write_svg
from diplotimeline.model import (
    Actor,
    Agreement,
    Country,
    Event,
    Evidence,
    Initiative,
    Meeting,
    Person,
    Status,
)
from diplotimeline.time import DateSpan

SVG = "{http://www.w3.org/2000/svg}"
SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
TEXT = (
    "JAKARTA - Indonesia and Peru opened talks on a trade agreement on 4 March 2024. "
    f"President Sari Wulan said {SCRIPT} {IMAGE} was not on the agenda."
)

ACTORS: dict[str, Actor] = {
    "id": Country(id="id", name="Indonesia"),
    "pe": Country(id="pe", name="Peru"),
    "wulan-sari": Person(id="wulan-sari", name=f"Sari Wulan {SCRIPT}"),
}
EVENTS: list[Event] = [
    Meeting(
        id="id-pe:e1",
        name="Indonesia-Peru trade talks",
        when=DateSpan.parse_iso("2024-03-04"),
        status=Status.OCCURRED,
        participants=("id", "pe", "wulan-sari"),
        evidence=(Evidence.from_text("id-pe", TEXT, 11, 30),),
    ),
    Agreement(
        id="id-pe:e2",
        name=f"Trade agreement {IMAGE}",
        when=DateSpan.parse_iso("2025~"),
        status=Status.PLANNED,
        participants=("id", "pe"),
    ),
    Initiative(
        id="id-pe:e3",
        name="Coffee exports programme",
        when=DateSpan.parse_iso("2023-06/.."),
        status=Status.OCCURRED,
    ),
    Initiative(
        id="id-pe:e4",
        name="Mangrove partnership",
        when=DateSpan.parse_iso("../2030"),
        status=Status.PLANNED,
        participants=("id",),
    ),
    Meeting(id="id-pe:e5", name=f"Agenda {SCRIPT}", participants=("wulan-sari",)),
]


def _tree(picture: str) -> ElementTree.Element:
    return ElementTree.fromstring(picture)


def _marks(
    root: ElementTree.Element, attribute: str = "data-event-id"
) -> list[ElementTree.Element]:
    return [element for element in root.iter(f"{SVG}g") if attribute in element.attrib]


class TestRenderSvg:
    @pytest.mark.parametrize("lanes", ["kind", "actor"])
    def test_one_mark_per_event(self, lanes: str) -> None:
        """The picture is valid XML with exactly one data-event-id mark per event."""
        root = _tree(render_svg(EVENTS, actors=ACTORS, lanes=lanes))  # type: ignore[arg-type]
        ids = [mark.attrib["data-event-id"] for mark in _marks(root)]
        assert sorted(event.id for event in EVENTS) == sorted(ids)

    def test_actor_lanes_echo_shared_events(self) -> None:
        """In actor lanes an event with several participants echoes in the other lanes."""
        root = _tree(render_svg(EVENTS, actors=ACTORS, lanes="actor"))
        echoes = sorted(mark.attrib["data-echo-of"] for mark in _marks(root, "data-echo-of"))
        assert ["id-pe:e1", "id-pe:e1", "id-pe:e2"] == echoes

    def test_hostile_text_is_escaped(self) -> None:
        """Markup in names stays text: no script or image element, the text intact."""
        picture = render_svg(EVENTS, actors=ACTORS, lanes="actor", title=f"T {SCRIPT}")
        root = _tree(picture)
        assert [] == [element for element in root.iter() if element.tag.endswith("script")]
        assert [] == [element for element in root.iter() if element.tag.endswith("img")]
        texts = "".join(root.itertext())
        assert f"Trade agreement {IMAGE}" in texts
        assert f"T {SCRIPT}" in texts
        assert "<script" not in picture
        assert "<img" not in picture

    def test_unprintable_characters_keep_it_valid_xml(self) -> None:
        """Control characters and lone surrogates become U+FFFD; the XML still parses."""
        odd = Meeting(id="e1", name="Talks\x00\x1b\ud800", when=DateSpan.parse_iso("2024"))
        picture = render_svg([odd], title="\x07")
        assert "Talks\ufffd\ufffd\ufffd" in "".join(_tree(picture).itertext())
        assert picture.encode("utf-8")

    def test_styles_tell_status_and_open_or_approximate_dates(self) -> None:
        """Planned marks are hollow, approximate ones dashed, open ends fade out."""
        root = _tree(render_svg(EVENTS))
        shapes = {
            mark.attrib["data-event-id"]: [
                element for element in mark.iter() if element.tag in (f"{SVG}rect", f"{SVG}circle")
            ][-1]
            for mark in _marks(root)
        }
        assert "#ffffff" == shapes["id-pe:e2"].attrib["fill"]
        assert "3 2" == shapes["id-pe:e2"].attrib["stroke-dasharray"]
        assert "url(#dt-fade-end-initiative)" == shapes["id-pe:e3"].attrib["fill"]
        assert shapes["id-pe:e1"].tag == f"{SVG}circle"
        assert shapes["id-pe:e3"].tag == f"{SVG}rect"

    def test_is_deterministic(self) -> None:
        """The same events in any order give the same bytes."""
        shuffled = list(EVENTS)
        random.Random(11).shuffle(shuffled)
        assert render_svg(EVENTS, actors=ACTORS) == render_svg(shuffled, actors=ACTORS)

    @pytest.mark.parametrize(
        ("iso", "unit_label"),
        [("2024-03-01/2024-03-20", "4 Mar"), ("2024-01/2024-11", "Apr"), ("1990/2030", "2000")],
    )
    def test_axis_ticks_follow_the_range(self, iso: str, unit_label: str) -> None:
        """Ticks are days, months or years, whichever fits the range."""
        event = Meeting(id="e1", name="Talks", when=DateSpan.parse_iso(iso))
        texts = list(_tree(render_svg([event])).itertext())
        assert unit_label in texts

    def test_without_dated_events(self) -> None:
        """With only undated events the picture says so and lists them."""
        root = _tree(render_svg([EVENTS[4]]))
        texts = "".join(root.itertext())
        assert "No dated events." in texts
        assert ["id-pe:e5"] == [mark.attrib["data-event-id"] for mark in _marks(root)]

    def test_rejects_a_narrow_width(self) -> None:
        """A width under 480 pixels is a usage error."""
        with pytest.raises(UsageError, match="width"):
            render_svg(EVENTS, width=200)


class TestWriteSvg:
    def test_writes_the_picture(self, tmp_path: Path) -> None:
        """The file holds exactly the rendered picture, and nothing else is left behind."""
        target = tmp_path / "timeline.svg"
        write_svg(target, EVENTS, actors=ACTORS, title="Indonesia and Peru", width=800)
        expected = render_svg(EVENTS, actors=ACTORS, title="Indonesia and Peru", width=800)
        assert expected.encode("utf-8") == target.read_bytes()
        assert ["timeline.svg"] == [path.name for path in tmp_path.iterdir()]
