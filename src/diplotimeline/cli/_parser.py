"""The argument parser: subcommands, options, and the help text with its examples."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

# The module, not its functions: each subcommand is looked up whenever the parser is built,
# so a test can replace one (tests/test_cli.py does, for Ctrl-C).
from diplotimeline.cli import _commands

_EPILOG = """examples:
  diplotimeline timeline --metadata seeds/metadata.json
  diplotimeline extract --metadata seeds/metadata.json --format gold --merge -o pred.json
  diplotimeline extract articles/ --workers 2 --format jsonl -o extractions.jsonl
  diplotimeline query extractions.jsonl --actor "Viet Nam" --between 2025-04 --kind meeting
  diplotimeline export extractions.jsonl --to ical -o timeline.ics
  diplotimeline export --metadata seeds/metadata.json --to html -o seeds.html
  diplotimeline export articles/ --to timeml -o timeml/
  diplotimeline store add news.db articles/ && diplotimeline store query news.db --text summit
  diplotimeline evaluate ../shared/gold/seeds.json pred.json
  echo '{"doc": "d1", "dct": "2025-04-24", "text": "They met last week."}' | diplotimeline timex
  diplotimeline eval-timex ../shared/data/tempeval3/TBAQ-cleaned
  diplotimeline example
"""

_EXPORTS = (
    "json",
    "jsonl",
    "gold",
    "csv",
    "markdown",
    "ical",
    "timelinejs",
    "html",
    "svg",
    "timeml",
)

_INPUTS_HELP = """inputs:
  INPUT is a text or HTML file, a folder (its *.txt files, recursively; its *.tml files
  when it holds no .txt), a glob, - for standard input, JSON Lines of documents
  ({"id", "text", "published", ...} a line), a TimeML file (.tml: the text of <TEXT>,
  published on the DCT date), or extractions written earlier by "extract" (diplotimeline/1
  .json or .jsonl), which are read back instead of extracted again.
"""

_TIMEML_HELP = """--to timeml:
  TimeML is one XML document per article, so it writes one file per document: with
  --output FOLDER, FOLDER/<document id>.tml for each (the folder is created; a ":" in an
  id becomes "_", a repeated name gets -2, -3 ...); with --output FILE.tml or without
  --output, the single document there or on standard output (more than one is bad
  usage). Each file holds the document's text with its temporal expressions as TIMEX3
  (what eval-timex scores) and its published date as the DCT. Every file is written
  atomically; files already in the folder are left alone.
"""

_EXAMPLES = {
    "timeline": """examples:
  diplotimeline timeline --metadata seeds/metadata.json
  diplotimeline timeline articles/ --workers 4 --format markdown -o timeline.md
  diplotimeline timeline extractions.jsonl
""",
    "extract": """examples:
  diplotimeline extract articles/ --workers 2 --format jsonl -o extractions.jsonl
  diplotimeline extract wire.txt
  cat wire.txt | diplotimeline extract - --format jsonl
  diplotimeline extract --metadata seeds/metadata.json --format gold --merge -o pred.json
  diplotimeline extract corpus/*.tml --format jsonl -q > extractions.jsonl
""",
    "query": """examples:
  diplotimeline query extractions.jsonl --actor "Viet Nam" --between 2025-04 --kind meeting
  diplotimeline query articles/ --on 2025-04-28 --status occurred
  diplotimeline query extractions.jsonl --text summit --format csv -o summits.csv
""",
    "export": """examples:
  diplotimeline export extractions.jsonl --to ical -o timeline.ics
  diplotimeline export --metadata seeds/metadata.json --to html --title Seeds -o seeds.html
  diplotimeline export articles/ --to csv -o timeline.csv
  diplotimeline export articles/ --to timeml -o timeml/
  diplotimeline export wire.txt --to timeml > wire.tml
""",
    "store": """examples:
  diplotimeline store add news.db articles/ --workers 4
  diplotimeline store query news.db --text summit --between 2025
  diplotimeline store export news.db --to ical -o news.ics
""",
    "evaluate": """examples:
  diplotimeline extract --metadata seeds/metadata.json --format gold --merge -o pred.json
  diplotimeline evaluate ../shared/gold/seeds.json pred.json
""",
    "timex": """examples:
  echo '{"doc": "d1", "dct": "2025-04-24", "text": "They met last week."}' | diplotimeline timex
  diplotimeline timex < documents.jsonl > timexes.jsonl
""",
    "eval-timex": """examples:
  diplotimeline eval-timex ../shared/data/tempeval3/TBAQ-cleaned
  diplotimeline eval-timex corpus/ --errors 10
""",
    "example": """examples:
  diplotimeline example
""",
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on standard error, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see: {self.prog} --help)\n")


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def _not_negative(text: str) -> int:
    """An argparse type: a whole number of at least 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected at least 0, got {value}")
    return value


def _add_inputs(parser: argparse.ArgumentParser, *, workers: bool = True) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="text files, folders, globs, - for stdin, .jsonl of documents, .tml files, "
        "or diplotimeline/1 extractions (.json/.jsonl); see below",
    )
    parser.add_argument("--metadata", help="a diplotimeline-seeds/1 metadata file")
    if workers:
        parser.add_argument(
            "--workers",
            type=_positive,
            default=None,
            help="processes for extraction (default: every core; small inputs run in-process)",
        )
        parser.add_argument("--strict", action="store_true", help="stop at the first bad document")
        parser.add_argument(
            "--quiet",
            "-q",
            action="store_true",
            help="no progress bar (shown only on a terminal) and no notes on stderr",
        )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--between", help="overlapping this range: 2025, 2025-04, 2025-04/2025-06")
    parser.add_argument("--on", help="on this day: 2025-04-28")
    parser.add_argument("--actor", action="append", help="an actor id or name (repeatable: any)")
    parser.add_argument("--kind", action="append", choices=("meeting", "agreement", "initiative"))
    parser.add_argument("--form", action="append", help="summit, visit, mou, fund, ...")
    parser.add_argument("--status", action="append", choices=("occurred", "planned", "mentioned"))
    parser.add_argument("--text", help="text in names, aliases or evidence")


def _add_output(parser: argparse.ArgumentParser, *, timeml: bool = False) -> None:
    what = "write here (atomically) instead of stdout"
    if timeml:
        what += "; with --to timeml, a folder (see below)"
    parser.add_argument("--output", "-o", help=what)


def _command(
    commands: Any,
    name: str,
    summary: str,
    *,
    description: str = "",
    extra: str = "",
    examples: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with ``extra`` notes and its examples.

    The examples are ``_EXAMPLES[examples]``, by default ``_EXAMPLES[name]``.
    """
    epilog = "\n\n".join(part.strip("\n") for part in (extra, _EXAMPLES[examples or name]) if part)
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description or summary[0].upper() + summary[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="diplotimeline",
        description="Turn diplomatic news into a typed, ordered, queryable timeline.",
        epilog=_EPILOG + "\nexit status: 0 success, 2 bad usage or bad input (one line on stderr)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    timeline = _command(
        commands, "timeline", "the merged timeline as a readable table", extra=_INPUTS_HELP
    )
    _add_inputs(timeline)
    timeline.add_argument("--format", choices=("table", "markdown", "csv", "json"), default="table")
    _add_output(timeline)
    timeline.set_defaults(run=_commands._cmd_timeline)

    extract = _command(
        commands, "extract", "extract actors and events from articles", extra=_INPUTS_HELP
    )
    _add_inputs(extract)
    extract.add_argument("--format", choices=("json", "jsonl", "gold"), default="json")
    extract.add_argument(
        "--merge",
        action="store_true",
        help="with --format gold: each event's cluster is its merged timeline entry",
    )
    _add_output(extract)
    extract.set_defaults(run=_commands._cmd_extract)

    query = _command(commands, "query", "filter the merged timeline", extra=_INPUTS_HELP)
    _add_inputs(query)
    _add_filters(query)
    query.add_argument("--format", choices=("table", "csv"), default="table")
    _add_output(query)
    query.set_defaults(run=_commands._cmd_query)

    export = _command(
        commands,
        "export",
        "export the merged timeline",
        extra=_INPUTS_HELP + "\n" + _TIMEML_HELP,
    )
    _add_inputs(export)
    export.add_argument("--to", choices=_EXPORTS, required=True)
    export.add_argument("--title", default="diplotimeline", help="title of an html/svg page")
    _add_output(export, timeml=True)
    export.set_defaults(run=_commands._cmd_export, merge=True)

    store = _command(commands, "store", "a SQLite store: add, query, export")
    actions = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _command(
        actions,
        "add",
        "extract and add documents (each in one transaction)",
        extra=_INPUTS_HELP,
        examples="store",
    )
    add.add_argument("database")
    _add_inputs(add)
    add.set_defaults(run=_commands._cmd_store)
    store_query = _command(actions, "query", "query the stored timeline", examples="store")
    store_query.add_argument("database")
    _add_filters(store_query)
    _add_output(store_query)
    store_query.set_defaults(run=_commands._cmd_store)
    store_export = _command(
        actions, "export", "export the stored timeline", extra=_TIMEML_HELP, examples="store"
    )
    store_export.add_argument("database")
    store_export.add_argument("--to", choices=_EXPORTS, required=True)
    store_export.add_argument("--title", default="diplotimeline")
    store_export.add_argument("--quiet", "-q", action="store_true", help="no notes on stderr")
    _add_output(store_export, timeml=True)
    store_export.set_defaults(run=_commands._cmd_store, merge=True)

    evaluate = _command(commands, "evaluate", "score predictions against a gold file")
    evaluate.add_argument("gold", help="gold file (diplotimeline-gold/1)")
    evaluate.add_argument("predicted", help="predicted file (diplotimeline-gold/1)")
    _add_output(evaluate)
    evaluate.set_defaults(run=_commands._cmd_evaluate)

    timex = _command(
        commands,
        "timex",
        "tag temporal expressions: JSON lines in on stdin, JSON lines out",
        description='Reads {"doc", "dct", "text"} JSON lines on standard input and writes '
        'one {"doc", "start", "end", "text", "type", "value"} line per expression. '
        "For TimeML, use: diplotimeline export FILES --to timeml.",
    )
    timex.set_defaults(run=_commands._cmd_timex)
    eval_timex = _command(
        commands,
        "eval-timex",
        "score the temporal tagger against TimeML files (TempEval-3 Task A)",
    )
    eval_timex.add_argument("directory", help="a folder of .tml files (searched recursively)")
    eval_timex.add_argument(
        "--errors", type=_not_negative, default=50, help="errors to list (default 50)"
    )
    eval_timex.set_defaults(run=_commands._cmd_eval_timex)

    example = _command(commands, "example", "print a small built-in example timeline")
    example.set_defaults(run=_commands._cmd_example)
    return parser
