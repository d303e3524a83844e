"""MkDocs hooks: the library draws and scores the seed timeline when the site is built.

Loaded by ``mkdocs.yml`` (``hooks:``). At build time, :func:`on_files` extracts the five
seed articles (``seeds/metadata.json``, the input of ``diplotimeline timeline --metadata
seeds/metadata.json``) once, merges them into a timeline, and adds two generated files
to the site: a static SVG picture (:mod:`diplotimeline.io.svg`) that the Home page and the
tutorial embed, and the interactive HTML page (:mod:`diplotimeline.io.html`) they link
to. :func:`on_page_markdown` then replaces the marker :data:`SCORES_MARKER` on a page
(the evaluation page) with the scores of that extraction against the gold annotations
``shared/gold/seeds.json`` beside the repository, and :data:`TIMEX_MARKER` with the
temporal tagger's TempEval-3 scores on ``shared/data/tempeval3``, when they are there.

Nothing is committed: the picture and the figures always show what the current code
does, and a build fails if the library cannot draw them. The pages link to the files by
their site paths :data:`SVG_PATH` and :data:`HTML_PATH`, which MkDocs checks like any
other link.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    from diplotimeline.model import Extraction
    from diplotimeline.timeline import Timeline

__all__ = [
    "HTML_PATH",
    "PICTURE_YEARS",
    "SCORES_MARKER",
    "SVG_PATH",
    "TIMEX_MARKER",
    "SeedBuild",
    "on_files",
    "on_page_markdown",
    "timex_scores",
]

ROOT: Final = Path(__file__).resolve().parents[1]
SEEDS: Final = ROOT / "seeds" / "metadata.json"
GOLD: Final = ROOT.parent / "shared" / "gold" / "seeds.json"
TEMPEVAL: Final = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
SVG_PATH: Final = "assets/seed-timeline.svg"
"""Where the site holds the SVG picture of the seed timeline."""
HTML_PATH: Final = "assets/seed-timeline.html"
"""Where the site holds the interactive page of the seed timeline."""
PICTURE_YEARS: Final = ("2023", "2026")
"""The years the SVG picture covers (entries dated wholly inside them)."""
SCORES_MARKER: Final = "<!-- seed-scores -->"
"""The marker that :func:`on_page_markdown` replaces with the seed scores."""
TIMEX_MARKER: Final = "<!-- timex-scores -->"
"""The marker that :func:`on_page_markdown` replaces with the TempEval-3 scores."""
HELDOUT_MARKERS: Final = {
    "<!-- heldout-scores -->": ROOT / "tests" / "extract" / "data" / "events_heldout",
    "<!-- blind-scores -->": ROOT / "tests" / "extract" / "data" / "events_blind",
    "<!-- blind3-scores -->": ROOT / "tests" / "extract" / "data" / "events_blind3",
    "<!-- blind4-scores -->": ROOT / "tests" / "extract" / "data" / "events_blind4",
    "<!-- dev2-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev2",
    "<!-- dev3-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev3",
    "<!-- dev4-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev4",
    "<!-- dev5-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev5",
    "<!-- dev6-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev6",
    "<!-- dev7-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev7",
    "<!-- dev8-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev8",
    "<!-- dev9-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev9",
    "<!-- dev10-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev10",
    "<!-- dev11-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev11",
    "<!-- dev12-scores -->": ROOT / "tests" / "extract" / "data" / "events_dev12",
}
"""Markers that :func:`on_page_markdown` replaces with the scores on a test corpus (a folder
with ``metadata.json`` and ``gold.json``)."""
TITLE: Final = "The five seed articles, merged"
_LOG: Final = logging.getLogger("mkdocs.hooks.seed_timeline")


@attrs.frozen
class SeedBuild:
    """The seed articles extracted and merged once, and what the site shows of them.

    Examples:
        >>> seeds = SeedBuild.extract()
        >>> len(seeds.extractions)
        5
        >>> pictures = seeds.pictures()
        >>> sorted(pictures) == sorted([SVG_PATH, HTML_PATH])
        True
        >>> pictures[SVG_PATH].startswith("<svg"), pictures[HTML_PATH].startswith("<!DOCTYPE")
        (True, True)
        >>> seeds.scores(ROOT / "no-such-gold.json").startswith('!!! note "Scores')
        True
    """

    extractions: tuple[Extraction, ...]
    timeline: Timeline

    @classmethod
    def extract(cls, metadata: Path = SEEDS) -> SeedBuild:
        """Extract the articles that ``metadata`` lists and merge them."""
        from diplotimeline.extract.document import load_documents
        from diplotimeline.extract.pipeline import extract_many
        from diplotimeline.timeline import Timeline

        extractions = tuple(extract_many(load_documents(metadata)))
        return cls(extractions, Timeline.from_extractions(extractions))

    def pictures(self) -> dict[str, str]:
        """The SVG picture and the HTML page, by their paths in the site.

        The picture shows the entries dated within :data:`PICTURE_YEARS` (the articles
        look back to 1982 and ahead to 2045, which would squeeze the years they report on
        into a sliver); the page shows every entry, undated ones too, and zooms out.
        """
        from diplotimeline.io.html import render_html
        from diplotimeline.io.svg import render_svg

        timeline = self.timeline
        documents = {extraction.document.id: extraction.document for extraction in self.extractions}
        recent = timeline.between(*PICTURE_YEARS).events()
        return {
            SVG_PATH: render_svg(recent, actors=timeline.actors, documents=documents, title=TITLE),
            HTML_PATH: render_html(
                timeline.events(), actors=timeline.actors, documents=documents, title=TITLE
            ),
        }

    def scores(self, gold: Path = GOLD) -> str:
        """The scores against ``gold`` as Markdown: the summary table of ``diplotimeline
        evaluate``, or a note saying how to get it when the gold file is missing."""
        if not gold.is_file():
            return (
                '!!! note "Scores not computed in this build"\n'
                "    The gold file `shared/gold/seeds.json` was not beside the repository when "
                "this site was built; run the commands below to see the figures.\n"
            )
        from diplotimeline.eval.gold import read_gold
        from diplotimeline.eval.predict import extraction_to_gold
        from diplotimeline.eval.scoring import evaluate

        clusters = {
            mention.event.id: entry.id
            for entry in self.timeline.entries
            for mention in entry.mentions
        }
        predicted = extraction_to_gold(self.extractions, clusters=clusters)
        report = evaluate(read_gold(gold), predicted).to_text()
        summary = report.split("\n\n== ", 1)[0].rstrip()
        return f"```text\n{summary}\n```\n"


def timex_scores(directory: Path = TEMPEVAL) -> str:
    """The temporal tagger's TempEval-3 Task A scores on the TimeML files of ``directory``,
    as ``diplotimeline eval-timex`` prints them, or a note when the folder is missing.

    Examples:
        >>> timex_scores(ROOT / "no-such-folder").startswith('!!! note "Scores')
        True
    """
    if not directory.is_dir():
        return (
            '!!! note "Scores not computed in this build"\n'
            "    The TempEval-3 data `shared/data/tempeval3/TBAQ-cleaned` was not beside the "
            "repository when this site was built; run the command below to see the figures.\n"
        )
    from diplotimeline.cli import main

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["eval-timex", str(directory), "--errors", "0"])
    return f"```text\n{printed.getvalue().rstrip()}\n```\n"


@functools.cache
def _seed_build() -> SeedBuild:
    """The seeds of this build (extracted once, on first use, per process)."""
    return SeedBuild.extract()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated seed timeline files to the site (an MkDocs event hook).

    Examples:
        MkDocs calls it through its plugin collection, as a build does:

        >>> import tempfile
        >>> from mkdocs.config import load_config
        >>> config = load_config(str(ROOT / "mkdocs.yml"), site_dir=tempfile.mkdtemp())
        >>> files = config.plugins.on_files(Files([]), config=config)
        >>> sorted(file.src_uri for file in files)
        ['assets/seed-timeline.html', 'assets/seed-timeline.svg']
    """
    _seed_build.cache_clear()  # `mkdocs serve` rebuilds after code changes: extract again
    started = time.perf_counter()
    for path, content in _seed_build().pictures().items():
        files.append(File.generated(config, path, content=content))
    # MkDocs shows INFO lines; the time tells whether the hook stays cheap.
    _LOG.info("seed timeline extracted and drawn in %.1f s", time.perf_counter() - started)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the scores in place of :data:`SCORES_MARKER` and :data:`TIMEX_MARKER` (an MkDocs
    event hook).

    Examples:
        >>> on_page_markdown("No marker here.", None, None, None)  # type: ignore[arg-type]
        'No marker here.'
    """
    if SCORES_MARKER in markdown:
        markdown = markdown.replace(SCORES_MARKER, _seed_build().scores())
    if TIMEX_MARKER in markdown:
        markdown = markdown.replace(TIMEX_MARKER, timex_scores())
    for marker, folder in HELDOUT_MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, corpus_scores(folder))
    return markdown


def corpus_scores(folder: Path) -> str:
    """The scores on a test corpus of the repository (its articles, ``metadata.json`` and
    ``gold.json``), extracted and merged by this build.

    Examples:
        >>> corpus_scores(ROOT / "no-such-folder").startswith('!!! note "Scores')
        True
    """
    if not (folder / "gold.json").is_file():
        return (
            '!!! note "Scores not computed in this build"\n'
            f"    The corpus `{folder.name}` was not found when this site was built.\n"
        )
    return SeedBuild.extract(folder / "metadata.json").scores(folder / "gold.json")
