"""The HTML timeline in a real headless Chromium: loads cleanly, one mark per event,
details on click, zoom and pan, hostile text shown as text, a screenshot."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pytest

from diplotimeline.io.html import write_html
from diplotimeline.model import (
    Actor,
    Agreement,
    AgreementForm,
    Country,
    Document,
    Event,
    Evidence,
    Initiative,
    InitiativeForm,
    Meeting,
    MeetingForm,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate

if TYPE_CHECKING:
    from tests.browser.conftest import Page

pytestmark = pytest.mark.browser

SCRIPT: Final = "<script>alert(1)</script>"
IMAGE: Final = '"><img src=x onerror=alert(1)>'

ARTICLE: Final = (
    "NAIROBI, 6 May 2025 - President Amara Okello of Kenya will pay a state visit to "
    "Brazil from 12 to 14 May, the foreign ministry said. The two countries signed a "
    "memorandum on biofuels in March 2024 and launched a joint research fund in October "
    "2024. A Brazil-Kenya agricultural programme will run from 2026 to 2030. Ministers "
    "held a phone call on 3 February 2025 at 15:30 Nairobi time. A Strategic "
    "Partnership was signed on 18 September 2023, and a trade forum is expected around "
    "June 2026. Both sides recalled the Nairobi Declaration and earlier consultations. "
    f"A protester's sign read {SCRIPT} and a leaflet said {IMAGE} outside."
)


def _evidence(quote: str) -> tuple[Evidence, ...]:
    start = ARTICLE.index(quote)
    return (Evidence.from_text("ke-br-2025", ARTICLE, start, start + len(quote)),)


def timeline() -> tuple[list[Event], dict[str, Actor], dict[str, Document]]:
    """Events of every shape (span, day, month, year span, open, approximate, timed,
    undated) plus one whose name, actor and evidence carry script-injection text."""
    actors: dict[str, Actor] = {
        "ke": Country(id="ke", name="Kenya"),
        "br": Country(id="br", name="Brazil"),
        "okello-amara": Person(id="okello-amara", name="Amara Okello", country="ke"),
        "hostile": Person(id="hostile", name=f"Agent {SCRIPT} {IMAGE}"),
    }
    documents = {
        "ke-br-2025": Document(
            id="ke-br-2025",
            text=ARTICLE,
            published=PartialDate(2025, 5, 6),
            source=f"Wire {IMAGE}",
            title=f"Kenya and Brazil {SCRIPT}",
        )
    }
    events: list[Event] = [
        Meeting(
            id="ke-br-2025:e1",
            name="State visit of President Amara Okello to Brazil",
            form=MeetingForm.VISIT,
            when=DateSpan.parse_iso("2025-05-12/2025-05-14"),
            status=Status.PLANNED,
            participants=("okello-amara", "ke", "br"),
            location="Brazil",
            evidence=_evidence("will pay a state visit to Brazil from 12 to 14 May"),
        ),
        Agreement(
            id="ke-br-2025:e2",
            name="Memorandum on biofuels",
            form=AgreementForm.MOU,
            when=DateSpan.parse_iso("2024-03"),
            status=Status.OCCURRED,
            participants=("ke", "br"),
            evidence=_evidence("signed a memorandum on biofuels in March 2024"),
        ),
        Initiative(
            id="ke-br-2025:e3",
            name="Joint research fund",
            form=InitiativeForm.FUND,
            when=DateSpan.parse_iso("2024-10/.."),
            status=Status.OCCURRED,
            participants=("ke", "br"),
            evidence=_evidence("launched a joint research fund in October 2024"),
        ),
        Initiative(
            id="ke-br-2025:e4",
            name="Brazil-Kenya agricultural programme",
            form=InitiativeForm.PROGRAMME,
            when=DateSpan.parse_iso("2026/2030"),
            status=Status.PLANNED,
            participants=("br", "ke"),
            evidence=_evidence("will run from 2026 to 2030"),
        ),
        Meeting(
            id="ke-br-2025:e5",
            name="Ministerial phone call",
            form=MeetingForm.CALL,
            when=DateSpan.parse_iso("2025-02-03T15:30+03:00"),
            status=Status.OCCURRED,
            participants=("ke", "br"),
            evidence=_evidence("held a phone call on 3 February 2025 at 15:30"),
        ),
        Agreement(
            id="ke-br-2025:e6",
            name="Strategic Partnership",
            form=AgreementForm.PARTNERSHIP,
            when=DateSpan.parse_iso("2023-09-18"),
            status=Status.OCCURRED,
            participants=("ke", "br"),
            evidence=_evidence("Strategic Partnership was signed on 18 September 2023"),
        ),
        Meeting(
            id="ke-br-2025:e7",
            name="Kenya-Brazil trade forum",
            form=MeetingForm.FORUM,
            when=DateSpan.parse_iso("2026-06~"),
            status=Status.PLANNED,
            evidence=_evidence("a trade forum is expected around June 2026"),
        ),
        Agreement(
            id="ke-br-2025:e8",
            name="Nairobi Declaration",
            form=AgreementForm.DECLARATION,
            participants=("ke",),
            evidence=_evidence("the Nairobi Declaration"),
        ),
        Meeting(
            id="ke-br-2025:e9",
            name="Earlier consultations",
            evidence=_evidence("earlier consultations"),
        ),
        Meeting(
            id="ke-br-2025:e10",
            name=f"Protest {SCRIPT}",
            when=DateSpan.parse_iso("2025-05-06"),
            status=Status.OCCURRED,
            participants=("hostile", "ke"),
            evidence=_evidence(f"A protester's sign read {SCRIPT} and a leaflet said {IMAGE}"),
        ),
        Meeting(
            id="ke-br-2025:e11",
            name=f"Leaflet {IMAGE}",
            participants=("hostile",),
            evidence=_evidence(IMAGE),
        ),
    ]
    return events, actors, documents


EVENTS, ACTORS, DOCUMENTS = timeline()
UNDATED: Final = {"ke-br-2025:e8", "ke-br-2025:e9", "ke-br-2025:e11"}


def _page_file(folder: Path, lanes: str = "kind") -> str:
    path = folder / f"timeline-{lanes}.html"
    write_html(
        path,
        EVENTS,
        actors=ACTORS,
        documents=DOCUMENTS,
        title=f"Kenya & Brazil {SCRIPT}",
        lanes="actor" if lanes == "actor" else "kind",
    )
    return path.as_uri()


def _open(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_until(
        lambda: bool(page.evaluate("document.documentElement.dataset.ready === 'true'")),
        "the page script to draw",
    )
    page.settle()


def _mark(event_id: str) -> str:
    return f"[data-event-id={json.dumps(event_id)}]"


def _view(page: Page) -> tuple[float, float]:
    start, end = page.evaluate(
        "(() => { const c = document.querySelector('.dt-chart');"
        " return [Number(c.dataset.viewStart), Number(c.dataset.viewEnd)]; })()"
    )
    return float(start), float(end)


class TestPage:
    def test_loads_cleanly_with_one_mark_per_event(self, page: Page, tmp_path: Path) -> None:
        """The page loads with no console error and no request beyond its own file, and
        draws exactly one [data-event-id] mark per event, undated ones below the axis."""
        url = _page_file(tmp_path)
        _open(page, url)
        ids = page.evaluate(
            "[...document.querySelectorAll('[data-event-id]')].map(n => n.dataset.eventId)"
        )
        undated = page.evaluate(
            "[...document.querySelectorAll('.dt-undated [data-event-id]')]"
            ".map(n => n.dataset.eventId)"
        )
        assert [] == page.problems()
        assert len(EVENTS) == len(ids)
        assert sorted(event.id for event in EVENTS) == sorted(ids)
        assert UNDATED == set(undated)
        assert [url] == [
            address for address in page.requested_urls() if not address.startswith("data:")
        ]

    def test_every_dated_mark_is_in_view_at_first(self, page: Page, tmp_path: Path) -> None:
        """The first view fits every dated event: each mark's glyph lies inside the plot."""
        _open(page, _page_file(tmp_path))
        outside = page.evaluate(
            "(() => { const p = document.querySelector('.dt-plot').getBoundingClientRect();"
            " return [...document.querySelectorAll('.dt-tracks [data-event-id] .dt-glyph')]"
            ".filter(g => { const r = g.getBoundingClientRect();"
            " return r.right < p.left || r.left > p.right; }).length; })()"
        )
        assert 0 == outside

    def test_click_shows_details_and_evidence(self, page: Page, tmp_path: Path) -> None:
        """Clicking a mark selects it and shows its name, kind, dates with precision,
        participants, location and evidence quote with its document id."""
        _open(page, _page_file(tmp_path))
        page.click(_mark("ke-br-2025:e1"))
        text = page.evaluate("document.querySelector('.dt-details').textContent")
        assert "ke-br-2025:e1" == page.evaluate(
            "document.querySelector('.dt-page').dataset.selected"
        )
        assert "State visit of President Amara Okello to Brazil" == page.evaluate(
            "document.querySelector('.dt-details h2').textContent"
        )
        for expected in (
            "meeting · visit",
            "planned",
            "12–14 May 2025",
            "2025-05-12/2025-05-14",
            "day",
            "Amara Okello (okello-amara)",
            "Kenya (ke)",
            "will pay a state visit to Brazil from 12 to 14 May",
            "ke-br-2025",
        ):
            assert expected in text

    def test_hover_previews_and_leaving_restores_the_selection(
        self, page: Page, tmp_path: Path
    ) -> None:
        """Hovering another mark previews it; moving away shows the selected one again."""
        _open(page, _page_file(tmp_path))
        page.click(_mark("ke-br-2025:e2"))
        x, y = page.centre(_mark("ke-br-2025:e6"))
        page.mouse("mouseMoved", x, y)
        page.settle()
        hovered = page.evaluate("document.querySelector('.dt-details h2').textContent")
        page.mouse("mouseMoved", 5, 5)
        page.settle()
        restored = page.evaluate("document.querySelector('.dt-details h2').textContent")
        assert ("Strategic Partnership", "Memorandum on biofuels") == (hovered, restored)

    def test_undated_marks_show_details_too(self, page: Page, tmp_path: Path) -> None:
        """An undated event's mark in the list below the axis shows its details."""
        _open(page, _page_file(tmp_path))
        page.click(_mark("ke-br-2025:e8"))
        text = page.evaluate("document.querySelector('.dt-details').textContent")
        assert "Nairobi Declaration" in text
        assert "no date in the text" in text

    @pytest.mark.parametrize("lanes", ["kind", "actor"])
    def test_hostile_text_is_shown_as_text(self, page: Page, tmp_path: Path, lanes: str) -> None:
        """Article text and an actor name holding <script> and <img onerror> markup appear
        verbatim as text; no dialog opens, no element is injected, nothing errs."""
        _open(page, _page_file(tmp_path, lanes))
        page.click(_mark("ke-br-2025:e10"))
        details = page.evaluate("document.querySelector('.dt-details').textContent")
        labels = page.evaluate(
            "[...document.querySelectorAll('.dt-lane-label')].map(n => n.textContent)"
        )
        assert SCRIPT in details
        assert IMAGE in details
        assert f"Agent {SCRIPT} {IMAGE} (hostile)" in details
        assert f"Kenya and Brazil {SCRIPT}" in details
        assert f"Kenya & Brazil {SCRIPT}" == page.evaluate("document.title")
        if lanes == "actor":
            assert f"Agent {SCRIPT} {IMAGE}" in labels
        assert 0 == page.evaluate("document.querySelectorAll('img').length")
        assert 2 == page.evaluate("document.scripts.length")
        assert [] == page.dialogs
        assert [] == page.problems()

    def test_zoom_and_pan(self, page: Page, tmp_path: Path) -> None:
        """Buttons and the wheel zoom, a drag and the buttons pan, and Fit restores the view;
        the axis switches to finer ticks when zoomed in."""
        _open(page, _page_file(tmp_path))
        start, end = _view(page)
        coarse = page.evaluate("document.querySelector('.dt-axis').dataset.unit")

        page.click("[data-action='zoom-in']")
        zoomed = _view(page)
        assert (end - start) / 1.5 == pytest.approx(zoomed[1] - zoomed[0])

        page.click("[data-action='pan-right']")
        panned = _view(page)
        assert panned[0] > zoomed[0]
        assert zoomed[1] - zoomed[0] == pytest.approx(panned[1] - panned[0])

        x, y = page.centre(".dt-axis")
        for _ in range(8):
            page.mouse("mouseWheel", x, y, deltaX=0, deltaY=-300)
        page.settle()
        wheeled = _view(page)
        assert wheeled[1] - wheeled[0] < (panned[1] - panned[0]) / 10

        page.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
        page.mouse("mouseMoved", x + 60, y, button="left", buttons=1)
        page.mouse("mouseMoved", x + 200, y, button="left", buttons=1)
        page.mouse("mouseReleased", x + 200, y, button="left", buttons=0, clickCount=1)
        page.settle()
        dragged = _view(page)
        assert dragged[0] < wheeled[0]
        fine = page.evaluate("document.querySelector('.dt-axis').dataset.unit")

        page.click("[data-action='fit']")
        assert (start, end) == pytest.approx(_view(page))
        assert coarse != fine
        assert [] == page.problems()

    def test_page_without_dated_events(self, page: Page, tmp_path: Path) -> None:
        """With only undated events the page loads cleanly, says so, and the zoom buttons
        do nothing harmful."""
        path = tmp_path / "undated.html"
        undated = [event for event in EVENTS if event.id in UNDATED]
        write_html(path, undated, actors=ACTORS, lanes="actor")
        _open(page, path.as_uri())
        page.click("[data-action='zoom-in']")
        page.click("[data-action='pan-left']")
        assert "No dated events." in page.evaluate("document.querySelector('.dt-plot').textContent")
        assert len(UNDATED) == page.evaluate("document.querySelectorAll('[data-event-id]').length")
        assert [] == page.problems()

    def test_screenshot(self, page: Page, tmp_path: Path) -> None:
        """A screenshot of the page with an event selected is a non-empty 1280x900 PNG."""
        _open(page, _page_file(tmp_path))
        page.click(_mark("ke-br-2025:e1"))
        png = page.screenshot(tmp_path / "timeline.png")
        width, height = struct.unpack(">II", png[16:24])
        assert b"\x89PNG\r\n\x1a\n" == png[:8]
        assert (1280, 900) == (width, height)
        assert len(png) > 10_000
        assert png == (tmp_path / "timeline.png").read_bytes()
