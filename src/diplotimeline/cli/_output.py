"""What the command line writes: tables, the export formats, TimeML files; always atomically."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diplotimeline.cli._progress import _Progress
from diplotimeline.errors import InputError, UsageError

if TYPE_CHECKING:
    from diplotimeline.model import Document, Extraction
    from diplotimeline.timeline import Timeline


def _timeline(extractions: Iterable[Extraction]) -> Timeline:
    from diplotimeline.timeline import Timeline

    return Timeline.from_extractions(extractions)


def _clusters(timeline: Timeline) -> dict[str, str]:
    """Each original event id -> the id of the timeline entry it was merged into."""
    return {mention.event.id: entry.id for entry in timeline.entries for mention in entry.mentions}


# --- writing -------------------------------------------------------------------------


def _write(args: argparse.Namespace, text: str) -> None:
    """Write to --output atomically, or to standard output."""
    if getattr(args, "output", None):
        from diplotimeline.io.atomic import write_atomic

        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)


# A document id may hold ":", which some file systems refuse in a file name.
_FILE_NAME_UNSAFE = str.maketrans({":": "_"})


def _timeml_names(documents: Sequence[Document]) -> list[str]:
    """One distinct file name per document: ``<id>.tml``, ``<id>-2.tml`` for a repeat."""
    names: list[str] = []
    taken: set[str] = set()
    for document in documents:
        stem = document.id.translate(_FILE_NAME_UNSAFE)
        name, number = f"{stem}.tml", 1
        # Compared case-blind, so that no two files collide on macOS or Windows either.
        while name.lower() in taken:
            number += 1
            name = f"{stem}-{number}.tml"
        taken.add(name.lower())
        names.append(name)
    return names


def _write_timeml(args: argparse.Namespace, documents: Sequence[Document]) -> None:
    """TimeML: one file per document in the --output folder, or one document alone."""
    from diplotimeline.io.atomic import write_atomic
    from diplotimeline.io.timeml import annotate_document, write_timeml

    output = getattr(args, "output", None)
    target = Path(output) if output else None
    single = target is None or (target.suffix.lower() == ".tml" and not target.is_dir())
    if single:
        if len(documents) != 1:
            raise UsageError(
                f"--to timeml writes one file per document and there are {len(documents)}: "
                "give --output FOLDER"
            )
        _write(args, write_timeml(annotate_document(documents[0])))
        return
    assert target is not None
    if target.exists() and not target.is_dir():
        raise UsageError(f"--to timeml needs a folder for {len(documents)} documents: {target}")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {target}: {exc.strerror}", source=str(target)) from None
    quiet = getattr(args, "quiet", False)
    progress = _Progress(
        sys.stderr, total=len(documents), enabled=_Progress.wanted(sys.stderr, quiet)
    )
    try:
        for done, (document, name) in enumerate(
            zip(documents, _timeml_names(documents), strict=True), start=1
        ):
            write_atomic(target / name, write_timeml(annotate_document(document)))
            progress.update(done)
    finally:
        progress.close()
    if not quiet:
        noun = "file" if len(documents) == 1 else "files"
        print(f"diplotimeline: wrote {len(documents)} TimeML {noun} to {target}", file=sys.stderr)


def _table(timeline: Timeline) -> str:
    rows = []
    for entry in timeline:
        when = entry.when.format_iso() if entry.when else "undated"
        sources = len(entry.documents)
        rows.append(
            f"{when:<24} {entry.kind.value:<10} {entry.status.value:<9} {sources:>3}  {entry.name}"
        )
    header = f"{'when':<24} {'kind':<10} {'status':<9} {'src':>3}  name"
    return "\n".join([header, *rows]) + "\n"


def _documents(extractions: Iterable[Extraction]) -> dict[str, Document]:
    return {extraction.document.id: extraction.document for extraction in extractions}


def _export(args: argparse.Namespace, extractions: list[Extraction], target: str) -> None:
    """Write the merged timeline of ``extractions`` in the ``target`` format."""
    if target == "json":
        from diplotimeline.io.json import dumps

        _write(args, dumps(extractions) + "\n")
        return
    if target == "jsonl":
        from diplotimeline.io.json import dump_jsonl

        _write(args, "".join(line + "\n" for line in dump_jsonl(extractions)))
        return
    if target == "timeml":
        _write_timeml(args, [extraction.document for extraction in extractions])
        return
    timeline = _timeline(extractions)
    if target == "gold":
        from diplotimeline.eval.gold import dump_gold
        from diplotimeline.eval.predict import extraction_to_gold

        clusters = _clusters(timeline) if getattr(args, "merge", True) else None
        _write(args, dump_gold(extraction_to_gold(extractions, clusters=clusters)) + "\n")
        return
    events, actors, documents = timeline.events(), timeline.actors, _documents(extractions)
    if target == "table":
        _write(args, _table(timeline))
    elif target == "csv":
        from diplotimeline.io.tables import export_csv

        _write(args, export_csv(events, actors=actors, documents=documents))
    elif target == "markdown":
        from diplotimeline.io.tables import export_markdown

        _write(args, export_markdown(events, actors=actors, documents=documents))
    elif target == "ical":
        from diplotimeline.io.ical import export_ical

        calendar = export_ical(events, actors=actors, documents=documents)
        _write(args, calendar.text)
        if calendar.skipped and not getattr(args, "quiet", False):
            print(
                f"diplotimeline: {len(calendar.skipped)} undated or open events left out "
                "of the calendar",
                file=sys.stderr,
            )
    elif target == "timelinejs":
        from diplotimeline.io.timelinejs import export_timelinejs

        _write(args, export_timelinejs(events, actors=actors, documents=documents).text)
    elif target == "html":
        from diplotimeline.io.html import render_html

        _write(args, render_html(events, actors=actors, documents=documents, title=args.title))
    elif target == "svg":
        from diplotimeline.io.svg import render_svg

        _write(args, render_svg(events, actors=actors, documents=documents, title=args.title))
    else:  # pragma: no cover - argparse choices
        raise UsageError(f"unknown format {target!r}")
