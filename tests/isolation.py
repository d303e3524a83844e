"""Run an extraction in a child process, so that a hang becomes a test failure."""

from __future__ import annotations

import multiprocessing

from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract


def extract_within(seconds: float, text: str) -> None:
    """Extract ``text`` in a child process; raise TimeoutError if it takes over ``seconds``.

    A child process, not a signal, so that the exception is raised in ordinary code.
    """
    context = multiprocessing.get_context("fork")
    process = context.Process(target=_extract_text, args=(text,))
    process.start()
    process.join(seconds)
    if process.is_alive():
        process.kill()
        process.join()
        raise TimeoutError(f"extraction of {len(text)} characters took over {seconds} s")
    assert 0 == process.exitcode


def _extract_text(text: str) -> None:
    extract(document_from_text(text, id="q"))
