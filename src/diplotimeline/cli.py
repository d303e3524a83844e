"""The ``diplotimeline`` command line: the only module that prints, exits, or opens user paths.

Every subcommand reads articles (text files, folders, globs, ``-`` for standard input, a
``diplotimeline-seeds/1`` metadata file, JSON Lines of documents) or extractions written
earlier (``diplotimeline/1`` JSON or JSON Lines), writes to standard output unless
``--output`` is given, and exits 0 on success and 2 on bad usage or bad input with a
one-line message.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from diplotimeline.errors import DiplotimelineError, InputError, UsageError

if TYPE_CHECKING:
    from diplotimeline.extract.batch import BatchSummary
    from diplotimeline.model import Document, Extraction
    from diplotimeline.timeline import Timeline

__all__ = ["main"]

_EPILOG = """examples:
  diplotimeline timeline --metadata seeds/metadata.json
  diplotimeline extract --metadata seeds/metadata.json --format gold --merge -o pred.json
  diplotimeline extract articles/ --workers 2 --format jsonl -o extractions.jsonl
  diplotimeline query extractions.jsonl --actor "Viet Nam" --between 2025-04 --kind meeting
  diplotimeline export extractions.jsonl --to ical -o timeline.ics
  diplotimeline export --metadata seeds/metadata.json --to html -o seeds.html
  diplotimeline store add news.db articles/ && diplotimeline store query news.db --text summit
  diplotimeline evaluate ../shared/gold/seeds.json pred.json
  echo '{"doc": "d1", "dct": "2025-04-24", "text": "They met last week."}' | diplotimeline timex
  diplotimeline eval-timex ../shared/data/tempeval3/TBAQ-cleaned
  diplotimeline example
"""

_EXPORTS = ("json", "jsonl", "gold", "csv", "markdown", "ical", "timelinejs", "html", "svg")


# --- reading -------------------------------------------------------------------------


def _expand(name: str) -> list[Path]:
    """A path, or the files a glob matches (sorted)."""
    if any(char in name for char in "*?[") and not Path(name).exists():
        matches = sorted(Path(item) for item in glob.glob(name, recursive=True))
        if not matches:
            raise UsageError(f"no files match {name!r}")
        return matches
    path = Path(name)
    if not path.exists():
        raise InputError(f"no such file or folder: {name}", source=name)
    return [path]


def _format_of(path: Path) -> str | None:
    """The ``"format"`` of a JSON or JSON Lines file's first object, if it has one."""
    try:
        with path.open("r", encoding="utf-8") as handle:
            head = handle.readline() if path.suffix == ".jsonl" else handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", source=str(path)) from None
    try:
        data = json.loads(head)
    except json.JSONDecodeError:
        return None
    return data.get("format") if isinstance(data, dict) else None


class _Inputs:
    """What the command line names: documents to extract and extractions already made."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.documents: list[Document | Path | str] = []
        self.extraction_files: list[Path] = []
        if getattr(args, "metadata", None):
            self.documents.append(str(args.metadata))
        for name in args.inputs:
            if name == "-":
                from diplotimeline.extract.document import document_from_text

                self.documents.append(document_from_text(sys.stdin.read(), id="stdin"))
                continue
            for path in _expand(name):
                if path.suffix in (".json", ".jsonl") and _format_of(path) == "diplotimeline/1":
                    self.extraction_files.append(path)
                else:
                    self.documents.append(path)
        if not self.documents and not self.extraction_files:
            raise UsageError(
                "nothing to read: name text files, folders, globs, -, JSON Lines of documents, "
                "extractions, or --metadata"
            )

    def iter_documents(self) -> Iterator[Document | DiplotimelineError]:
        from diplotimeline.extract.sources import iter_documents

        for item in self.documents:
            yield from iter_documents(item, return_errors=True)


def _progress(stream: TextIO, quiet: bool) -> Any:
    """A callback that shows a running count on a terminal's standard error."""
    visible = not quiet and stream.isatty()

    def show(count: int, done: bool = False) -> None:
        if visible:
            stream.write(f"\rextracted {count} documents" + ("\n" if done else ""))
            stream.flush()

    return show


def _extractions(args: argparse.Namespace) -> list[Extraction]:
    """Extract every named document (in parallel when asked) and load named extractions."""
    from diplotimeline.extract.batch import extract_batch
    from diplotimeline.io.json import load_jsonl, loads

    inputs = _Inputs(args)
    results: list[Extraction] = []
    for path in inputs.extraction_files:
        if path.suffix == ".jsonl":
            with path.open("r", encoding="utf-8") as handle:
                results.extend(load_jsonl(handle, source=str(path)))
        else:
            results.extend(loads(path.read_text("utf-8"), source=str(path)))
    if inputs.documents:
        show = _progress(sys.stderr, getattr(args, "quiet", False))
        workers = getattr(args, "workers", None) or 1
        strict = getattr(args, "strict", False)
        with extract_batch(inputs.iter_documents(), workers=workers, strict=strict) as batch:
            for extraction in batch:
                results.append(extraction)
                show(len(results))
            summary = batch.summary
        show(len(results), done=True)
        _report_skipped(summary, quiet=getattr(args, "quiet", False))
    return results


def _report_skipped(summary: BatchSummary, *, quiet: bool) -> None:
    if summary.skipped and not quiet:
        print(f"diplotimeline: {summary.describe()}", file=sys.stderr)


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


# --- subcommands ---------------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace) -> int:
    _export(args, _extractions(args), args.format)
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    extractions = _extractions(args)
    _export(args, extractions, "table" if args.format == "table" else args.format)
    return 0


def _filter(args: argparse.Namespace, timeline: Timeline) -> Timeline:
    result: Any = timeline
    if args.between:
        result = result.overlapping(args.between)
    if args.on:
        result = result.on(args.on)
    if args.actor:
        result = result.involving(*args.actor)
    if args.kind:
        result = result.of_kind(*args.kind)
    if args.form:
        result = result.form(*args.form)
    if args.status:
        result = result.with_status(*args.status)
    if args.text:
        result = result.mentioning(args.text)
    return result  # type: ignore[no-any-return]


def _cmd_query(args: argparse.Namespace) -> int:
    extractions = _extractions(args)
    timeline = _filter(args, _timeline(extractions))
    if args.format == "table":
        _write(args, _table(timeline))
    else:
        from diplotimeline.io.tables import export_csv

        events = timeline.events()
        _write(args, export_csv(events, actors=timeline.actors))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    if args.to == "html" and not args.output and sys.stdout.isatty():
        raise UsageError("--to html writes a page: give --output FILE.html")
    _export(args, _extractions(args), args.to)
    return 0


def _cmd_store(args: argparse.Namespace) -> int:
    from diplotimeline.io.store import Store

    with Store.open(args.database) as store:
        if args.action == "add":
            counts: dict[str, int] = {}
            for extraction in _extractions(args):
                result = store.add(extraction)
                counts[result.value] = counts.get(result.value, 0) + 1
            summary = ", ".join(f"{count} {name}" for name, count in sorted(counts.items()))
            print(f"diplotimeline: {summary or 'nothing added'}", file=sys.stderr)
            return 0
        extractions = list(store.extractions())
    if args.action == "query":
        timeline = _filter(args, _timeline(extractions))
        _write(args, _table(timeline))
    else:
        _export(args, extractions, args.to)
    return 0


def _cmd_example(_args: argparse.Namespace) -> int:
    from diplotimeline.examples import example_extraction

    sys.stdout.write(_table(_timeline([example_extraction()])))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from diplotimeline.eval.gold import read_gold
    from diplotimeline.eval.scoring import evaluate

    report = evaluate(read_gold(args.gold), read_gold(args.predicted))
    _write(args, report.to_text() + "\n")
    return 0


def _cmd_timex(_args: argparse.Namespace) -> int:
    from diplotimeline.extract.temporal import run_timex_jsonl

    for line in run_timex_jsonl(sys.stdin):
        print(line)
    return 0


def _cmd_eval_timex(args: argparse.Namespace) -> int:
    from diplotimeline.eval.timex import score_timexes
    from diplotimeline.extract.temporal import default_tagger
    from diplotimeline.io.timeml import Timex, iter_timeml_dir
    from diplotimeline.time import PartialDate

    tagger = default_tagger()
    documents = list(iter_timeml_dir(args.directory))
    if not documents:
        raise UsageError(f"no TimeML files under {args.directory}")
    predicted: dict[str, list[Timex]] = {}
    for document in documents:
        anchor = PartialDate.parse_iso(document.dct[:10]) if document.dct else None
        predicted[document.doc_id] = [
            Timex(mention.start, mention.end, mention.text, mention.timex_type, mention.timex_value)
            for mention in tagger.tag(
                document.text, anchor, infer_anchor=anchor is None, split_ranges=True
            )
        ]
    print(score_timexes(documents, predicted).report(max_errors=args.errors))
    return 0


# --- the parser ----------------------------------------------------------------------


def _add_inputs(parser: argparse.ArgumentParser, *, workers: bool = True) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="text files, folders (*.txt inside), globs, - for stdin, .jsonl of documents, "
        "or diplotimeline/1 extractions (.json/.jsonl)",
    )
    parser.add_argument("--metadata", help="a diplotimeline-seeds/1 metadata file")
    if workers:
        parser.add_argument(
            "--workers", type=int, default=1, help="processes for extraction (default 1)"
        )
        parser.add_argument("--strict", action="store_true", help="stop at the first bad document")
        parser.add_argument("--quiet", "-q", action="store_true", help="no progress or notes")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--between", help="overlapping this range: 2025, 2025-04, 2025-04/2025-06")
    parser.add_argument("--on", help="on this day: 2025-04-28")
    parser.add_argument("--actor", action="append", help="an actor id or name (repeatable: any)")
    parser.add_argument("--kind", action="append", choices=("meeting", "agreement", "initiative"))
    parser.add_argument("--form", action="append", help="summit, visit, mou, fund, ...")
    parser.add_argument("--status", action="append", choices=("occurred", "planned", "mentioned"))
    parser.add_argument("--text", help="text in names, aliases or evidence")


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", "-o", help="write here (atomically) instead of stdout")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplotimeline",
        description="Turn diplomatic news into a typed, ordered, queryable timeline.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    timeline = commands.add_parser("timeline", help="the merged timeline as a readable table")
    _add_inputs(timeline)
    timeline.add_argument("--format", choices=("table", "markdown", "csv", "json"), default="table")
    _add_output(timeline)
    timeline.set_defaults(run=_cmd_timeline)

    extract = commands.add_parser("extract", help="extract actors and events from articles")
    _add_inputs(extract)
    extract.add_argument("--format", choices=("json", "jsonl", "gold"), default="json")
    extract.add_argument(
        "--merge",
        action="store_true",
        help="with --format gold: each event's cluster is its merged timeline entry",
    )
    _add_output(extract)
    extract.set_defaults(run=_cmd_extract)

    query = commands.add_parser("query", help="filter the merged timeline")
    _add_inputs(query)
    _add_filters(query)
    query.add_argument("--format", choices=("table", "csv"), default="table")
    _add_output(query)
    query.set_defaults(run=_cmd_query)

    export = commands.add_parser("export", help="export the merged timeline")
    _add_inputs(export)
    export.add_argument("--to", choices=_EXPORTS, required=True)
    export.add_argument("--title", default="diplotimeline", help="title of an html/svg page")
    _add_output(export)
    export.set_defaults(run=_cmd_export, merge=True)

    store = commands.add_parser("store", help="a SQLite store: add, query, export")
    actions = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="extract and add documents (each in one transaction)")
    add.add_argument("database")
    _add_inputs(add)
    add.set_defaults(run=_cmd_store)
    store_query = actions.add_parser("query", help="query the stored timeline")
    store_query.add_argument("database")
    _add_filters(store_query)
    _add_output(store_query)
    store_query.set_defaults(run=_cmd_store)
    store_export = actions.add_parser("export", help="export the stored timeline")
    store_export.add_argument("database")
    store_export.add_argument("--to", choices=_EXPORTS, required=True)
    store_export.add_argument("--title", default="diplotimeline")
    _add_output(store_export)
    store_export.set_defaults(run=_cmd_store, merge=True)

    evaluate = commands.add_parser("evaluate", help="score predictions against a gold file")
    evaluate.add_argument("gold", help="gold file (diplotimeline-gold/1)")
    evaluate.add_argument("predicted", help="predicted file (diplotimeline-gold/1)")
    _add_output(evaluate)
    evaluate.set_defaults(run=_cmd_evaluate)

    timex = commands.add_parser(
        "timex",
        help="tag temporal expressions: JSON lines in on stdin, JSON lines out",
        description='Reads {"doc", "dct", "text"} JSON lines on standard input and writes '
        'one {"doc", "start", "end", "text", "type", "value"} line per expression.',
    )
    timex.set_defaults(run=_cmd_timex)
    eval_timex = commands.add_parser(
        "eval-timex", help="score the temporal tagger against TimeML files (TempEval-3 Task A)"
    )
    eval_timex.add_argument("directory", help="a folder of .tml files (searched recursively)")
    eval_timex.add_argument("--errors", type=int, default=50, help="errors to list (default 50)")
    eval_timex.set_defaults(run=_cmd_eval_timex)

    example = commands.add_parser("example", help="print a small built-in example timeline")
    example.set_defaults(run=_cmd_example)
    return parser


def _describe(error: DiplotimelineError) -> str:
    """One line: where (file, line, offset, field path) and what went wrong."""
    message = " ".join(str(error).split())
    where = []
    source = getattr(error, "source", None)
    if source and str(source) not in message:
        where.append(str(source))
    line = getattr(error, "line", None)
    if line is not None and f"line {line}" not in message:
        where.append(f"line {line}")
    offset = getattr(error, "offset", None)
    if offset is not None and str(offset) not in message:
        where.append(f"offset {offset}")
    path = getattr(error, "path", None)
    if isinstance(path, str) and path not in ("$", "") and path not in message:
        where.append(path)
    return f"{': '.join(where)}: {message}" if where else message


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad usage or input).

    Examples:
        >>> main(["example"])  # doctest: +ELLIPSIS
        when                     kind       status    src  name
        2023-11-27 ...
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except DiplotimelineError as error:
        print(f"diplotimeline: error: {_describe(error)}", file=sys.stderr)
        return 2
    except ExceptionGroup as group:
        first = group.exceptions[0]
        if not isinstance(first, DiplotimelineError):
            raise
        more = len(group.exceptions) - 1
        note = f" (and {more} more)" if more else ""
        print(f"diplotimeline: error: {_describe(first)}{note}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    except (OSError, UnicodeDecodeError) as error:
        print(f"diplotimeline: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
