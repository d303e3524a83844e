"""The ``diplotimeline`` command line: the only module that prints, exits, or opens user paths."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from diplotimeline.errors import DiplotimelineError

__all__ = ["main"]

_EPILOG = """examples:
  diplotimeline example                      print a small built-in timeline
  diplotimeline evaluate gold.json pred.json score predictions against a gold file
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplotimeline",
        description="Turn diplomatic news into a typed, ordered, queryable timeline.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    example = commands.add_parser("example", help="print a small built-in example timeline")
    example.set_defaults(run=_example)
    evaluate = commands.add_parser("evaluate", help="score predictions against a gold file")
    evaluate.add_argument("gold", help="gold file (diplotimeline-gold/1)")
    evaluate.add_argument("predicted", help="predicted file (diplotimeline-gold/1)")
    evaluate.set_defaults(run=_evaluate)
    return parser


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
        print(f"diplotimeline: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"diplotimeline: error: {error}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
