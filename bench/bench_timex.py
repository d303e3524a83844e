"""Speed and accuracy of the temporal tagger against dateparser.search_dates, in one run.

Usage::

    .venv/bin/python bench/bench_timex.py [TBAQ_DIR] [--dateparser-docs N]

Reads the TempEval-3 TBAQ-cleaned TimeML files (default: ../shared/data/tempeval3/
TBAQ-cleaned), tags the plain text of every document with the diplotimeline tagger and with
``dateparser.search_dates`` (anchored at each document's creation time), and prints for
both the throughput in MB/s of UTF-8 text on one core (CPU time, best of five runs for
the tagger, which a busy machine needs) and the TempEval-3 Task A scores (strict/relaxed
span F1, value F1, type F1), then the speed ratio. dateparser is slow;
``--dateparser-docs`` limits it to the first N documents (its scores are then over those
documents only, and it says so).
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import time
import warnings
from pathlib import Path

from diplotimeline.eval.timex import TimexScores, score_timexes
from diplotimeline.extract.temporal import Tagger
from diplotimeline.io.timeml import TimeMLDocument, Timex, iter_timeml_dir
from diplotimeline.time import PartialDate

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


def load(root: Path) -> list[TimeMLDocument]:
    return [doc for folder in ("TimeBank", "AQUAINT") for doc in iter_timeml_dir(root / folder)]


def megabytes(docs: list[TimeMLDocument]) -> float:
    return sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6


def run_tagger(docs: list[TimeMLDocument]) -> tuple[float, dict[str, list[Timex]]]:
    tagger = Tagger()
    anchors = [PartialDate.parse_iso(doc.dct[:10]) if doc.dct else None for doc in docs]
    predicted: dict[str, list[Timex]] = {}
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for doc, anchor in zip(docs, anchors, strict=True):
            # TimeML annotates the two ends of a range apart (see tag_for_timeml).
            mentions = tagger.tag(doc.text, anchor, infer_anchor=False, split_ranges=True)
            predicted[doc.doc_id] = [
                Timex(m.start, m.end, m.text, m.timex_type, m.timex_value) for m in mentions
            ]
        best = min(best, time.process_time() - start)
    return best, predicted


def _dateparser_value(moment: datetime.datetime, text: str) -> str:
    """dateparser returns a datetime; show it at the precision the text suggests."""
    if re.search(r"\d{1,2}:\d{2}|\b(?:a\.?m|p\.?m)\b", text, re.IGNORECASE):
        return moment.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\s*\d{4}\s*", text):
        return f"{moment.year:04d}"
    return moment.strftime("%Y-%m-%d")


def run_dateparser(docs: list[TimeMLDocument]) -> tuple[float, dict[str, list[Timex]]]:
    from dateparser.search import search_dates

    predicted: dict[str, list[Timex]] = {}
    start = time.process_time()
    for doc in docs:
        base = (
            datetime.datetime.fromisoformat(doc.dct[:10])
            if doc.dct
            else datetime.datetime(2000, 1, 1)
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        timexes: list[Timex] = []
        cursor = 0
        for text, moment in found:
            where = doc.text.find(text, cursor)
            if where < 0:
                continue
            cursor = where + len(text)
            if timexes and timexes[-1].end > where:
                continue
            timexes.append(
                Timex(where, where + len(text), text, "DATE", _dateparser_value(moment, text))
            )
        predicted[doc.doc_id] = timexes
    return time.process_time() - start, predicted


def line(name: str, seconds: float, size: float, scores: TimexScores) -> str:
    return (
        f"{name:14s} {size / seconds:8.2f} MB/s  strict F1 {100 * scores.strict_f1:5.1f}"
        f"  relaxed F1 {100 * scores.relaxed_f1:5.1f}  value F1 {100 * scores.value_f1:5.1f}"
        f"  type F1 {100 * scores.type_f1:5.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--dateparser-docs", type=int, default=None)
    args = parser.parse_args(argv)
    docs = load(args.root)
    size = megabytes(docs)
    seconds, predicted = run_tagger(docs)
    ours = score_timexes(docs, predicted)
    print(f"{len(docs)} documents, {size:.3f} MB of text")
    print(line("diplotimeline", seconds, size, ours))
    subset = docs if args.dateparser_docs is None else docs[: args.dateparser_docs]
    their_seconds, theirs = run_dateparser(subset)
    their_size = megabytes(subset)
    note = "" if subset is docs else f"  (first {len(subset)} documents, {their_size:.3f} MB)"
    print(line("dateparser", their_seconds, their_size, score_timexes(subset, theirs)) + note)
    ratio = (size / seconds) / (their_size / their_seconds)
    print(f"speed ratio diplotimeline / dateparser: {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
