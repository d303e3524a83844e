"""The ``diplotimeline`` command line: the only package that prints, exits, or opens user paths.

Every subcommand reads articles (text files, folders, globs, ``-`` for standard input, a
``diplotimeline-seeds/1`` metadata file, JSON Lines of documents, TimeML files) or
extractions written earlier (``diplotimeline/1`` JSON or JSON Lines), writes to standard
output unless ``--output`` is given (always atomically), shows a progress bar on a
terminal's standard error while it extracts, and exits 0 on success and 2 on bad usage
or bad input with a one-line message.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from diplotimeline.cli._inputs import _describe
from diplotimeline.cli._parser import _parser
from diplotimeline.errors import DiplotimelineError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 2 bad input, 130 on Ctrl-C).

    Bad usage (an unknown option or subcommand) exits through argparse with status 2 and
    one line on standard error.

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
    except KeyboardInterrupt:
        # Outputs are written atomically, so nothing half-written is left behind.
        print("\ndiplotimeline: interrupted", file=sys.stderr)
        return 130
    except (OSError, UnicodeDecodeError) as error:
        print(f"diplotimeline: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    return code
