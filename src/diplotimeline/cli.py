"""The ``diplotimeline`` command line: the only module that prints, exits, or opens user paths."""

from __future__ import annotations

import argparse
import glob
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from diplotimeline.errors import DiplotimelineError, InputError, UsageError

if TYPE_CHECKING:
    from diplotimeline.model import Document

__all__ = ["main"]

_EPILOG = """examples:
  diplotimeline extract --metadata seeds/metadata.json --format gold -o pred.json
  diplotimeline extract articles/ --format jsonl
  diplotimeline example                      print a small built-in timeline
  diplotimeline evaluate gold.json pred.json score predictions against a gold file
  echo '{"doc": "d1", "dct": "2025-04-24", "text": "They met last week."}' | diplotimeline timex
  diplotimeline eval-timex ../shared/data/tempeval3/TBAQ-cleaned
"""


def _example(_args: argparse.Namespace) -> int:
    from diplotimeline.examples import example_extraction

    extraction = example_extraction()
    events = sorted(
        extraction.events,
        key=lambda event: (event.when is None, event.when.sort_key() if event.when else ()),
    )
    for event in events:
        when = event.when.format_iso() if event.when else "undated"
        print(f"{when:<24} {event.kind.value:<10} {event.status.value:<9} {event.name}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from diplotimeline.eval.gold import read_gold
    from diplotimeline.eval.scoring import evaluate

    report = evaluate(read_gold(args.gold), read_gold(args.predicted))
    print(report.to_text())
    return 0


def _input_documents(args: argparse.Namespace) -> Iterator[Document]:
    """The documents named on the command line: a metadata file, files, folders, globs, -."""
    from diplotimeline.extract.document import document_from_text, load_documents

    if args.metadata:
        yield from load_documents(args.metadata)
        if not args.files:
            return
    for name in args.files:
        if name == "-":
            yield document_from_text(sys.stdin.read(), id="stdin")
            continue
        yield from load_documents(_expand(name))


def _expand(name: str) -> list[Path]:
    """A file, every *.txt under a folder (sorted), or the files a glob matches (sorted)."""
    path = Path(name)
    if path.is_dir():
        found = sorted(item for item in path.rglob("*.txt") if item.is_file())
        if not found:
            raise UsageError(f"no .txt files under {name}")
        return found
    if any(char in name for char in "*?["):
        matches = sorted(Path(item) for item in glob.glob(name, recursive=True))
        if not matches:
            raise UsageError(f"no files match {name!r}")
        return matches
    if not path.exists():
        raise InputError(f"no such file: {name}", source=name)
    return [path]


def _write(args: argparse.Namespace, text: str) -> None:
    if args.output:
        target = Path(args.output)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_text(text, "utf-8")
        os.replace(temporary, target)
    else:
        sys.stdout.write(text)


def _extract(args: argparse.Namespace) -> int:
    from diplotimeline.extract.pipeline import extract_many

    extractions = list(extract_many(_input_documents(args)))
    if not extractions:
        raise UsageError("no documents given: name files, folders, globs, - or --metadata")
    if args.format == "json":
        from diplotimeline.io.json import dumps

        _write(args, dumps(extractions) + "\n")
    elif args.format == "jsonl":
        from diplotimeline.io.json import dump_jsonl

        _write(args, "".join(line + "\n" for line in dump_jsonl(extractions)))
    else:
        from diplotimeline.eval.gold import dump_gold
        from diplotimeline.eval.predict import extraction_to_gold

        _write(args, dump_gold(extraction_to_gold(extractions)) + "\n")
    return 0


def _timex(_args: argparse.Namespace) -> int:
    from diplotimeline.extract.temporal import run_timex_jsonl

    for line in run_timex_jsonl(sys.stdin):
        print(line)
    return 0


def _eval_timex(args: argparse.Namespace) -> int:
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
            Timex(
                mention.start,
                mention.end,
                mention.text,
                mention.timex_type,
                mention.timex_value,
            )
            for mention in tagger.tag(
                document.text, anchor, infer_anchor=anchor is None, split_ranges=True
            )
        ]
    scores = score_timexes(documents, predicted)
    print(scores.report(max_errors=args.errors))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplotimeline",
        description="Turn diplomatic news into a typed, ordered, queryable timeline.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract actors and events from articles",
        description="Extract actors, meetings, agreements and initiatives from news articles.",
    )
    extract.add_argument("files", nargs="*", help="text files, folders, globs, or - for stdin")
    extract.add_argument(
        "--metadata", help="a diplotimeline-seeds/1 metadata file (ids, files, published dates)"
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "gold"),
        default="json",
        help="json / jsonl: the diplotimeline/1 format; gold: diplotimeline-gold/1",
    )
    extract.add_argument("--output", "-o", help="write here (atomically) instead of stdout")
    extract.set_defaults(run=_extract)
    example = commands.add_parser("example", help="print a small built-in example timeline")
    example.set_defaults(run=_example)
    evaluate = commands.add_parser("evaluate", help="score predictions against a gold file")
    evaluate.add_argument("gold", help="gold file (diplotimeline-gold/1)")
    evaluate.add_argument("predicted", help="predicted file (diplotimeline-gold/1)")
    evaluate.set_defaults(run=_evaluate)
    timex = commands.add_parser(
        "timex",
        help="tag temporal expressions: JSON lines in on stdin, JSON lines out",
        description='Reads {"doc", "dct", "text"} JSON lines on standard input and writes '
        'one {"doc", "start", "end", "text", "type", "value"} line per expression.',
    )
    timex.set_defaults(run=_timex)
    eval_timex = commands.add_parser(
        "eval-timex", help="score the temporal tagger against TimeML files (TempEval-3 Task A)"
    )
    eval_timex.add_argument("directory", help="a folder of .tml files (searched recursively)")
    eval_timex.add_argument(
        "--errors", type=int, default=50, help="how many errors to list (default 50)"
    )
    eval_timex.set_defaults(run=_eval_timex)
    return parser


def _describe(error: DiplotimelineError) -> str:
    """One line: where (file, line, offset, field path) and what went wrong."""
    message = " ".join(str(error).split())
    where = []
    source = getattr(error, "source", None)
    if source:
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
    except OSError as error:
        print(f"diplotimeline: error: {error}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
