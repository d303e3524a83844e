"""The subcommands: each takes the parsed arguments and returns an exit status."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from diplotimeline.cli._inputs import _extractions, _read_documents
from diplotimeline.cli._output import _export, _table, _timeline, _write, _write_timeml
from diplotimeline.errors import UsageError

if TYPE_CHECKING:
    from diplotimeline.timeline import Timeline


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
    if args.to == "timeml":
        # TimeML holds the text and its temporal expressions only: no need to extract.
        _write_timeml(args, _read_documents(args))
        return 0
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
