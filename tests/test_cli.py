"""Tests for the command line: exit statuses, messages, and each subcommand's output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from diplotimeline.cli import main
from diplotimeline.cli._output import _timeml_names
from diplotimeline.cli._progress import _Progress
from diplotimeline.examples import example_extraction
from diplotimeline.io import atomic
from diplotimeline.io.json import dumps
from diplotimeline.io.timeml import read_timeml
from diplotimeline.model import Document


class TestMain:
    def test_example_prints_a_sorted_timeline(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The built-in example prints its events in date order."""
        assert main(["example"]) == 0
        lines = capsys.readouterr().out.splitlines()[1:]
        assert [line.split()[0] for line in lines] == [
            "2023-11-27",
            "2024-11",
            "2025-04-02/2025-04-04",
        ]

    def test_bad_usage_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown subcommand is a usage error with exit status 2."""
        with pytest.raises(SystemExit) as info:
            main(["no-such-command"])
        assert info.value.code == 2
        assert "invalid choice" in capsys.readouterr().err

    def test_missing_file_is_one_line_and_exit_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing gold file gives a one-line message, no traceback, and exit status 2."""
        missing = str(tmp_path / "nope.json")
        assert main(["evaluate", missing, missing]) == 2
        err = capsys.readouterr().err
        assert err.startswith("diplotimeline: error:")
        assert len(err.strip().splitlines()) == 1


class TestTimex:
    def test_json_lines_protocol(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Reads {doc, dct, text} lines and writes one line per expression."""
        line = '{"doc": "d7", "dct": "2024-03-05", "text": "The talks resume next year."}\n'
        monkeypatch.setattr("sys.stdin", io.StringIO(line))
        assert main(["timex"]) == 0
        records = [json.loads(out) for out in capsys.readouterr().out.splitlines()]
        assert records == [
            {
                "doc": "d7",
                "start": 17,
                "end": 26,
                "text": "next year",
                "type": "DATE",
                "value": "2025",
            }
        ]

    def test_bad_json_line_exits_2(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A line that is not JSON is reported with exit status 2."""
        monkeypatch.setattr("sys.stdin", io.StringIO("{not json\n"))
        assert main(["timex"]) == 2
        assert "line 1" in capsys.readouterr().err


class TestEvalTimex:
    def test_scores_a_timeml_folder(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Scores a folder of TimeML files and prints the TempEval-3 table."""
        (tmp_path / "a.tml").write_text(
            '<?xml version="1.0"?>\n<TimeML><DOCID>a</DOCID>'
            '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-05" '
            'functionInDocument="CREATION_TIME">March 5, 2024</TIMEX3></DCT>'
            '<TEXT>Officials met <TIMEX3 tid="t1" type="DATE" value="2024-03-04">yesterday'
            "</TIMEX3>.</TEXT></TimeML>\n",
            "utf-8",
        )
        assert main(["eval-timex", str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert "TempEval-3 Task A: 1 documents, 1 gold timexes" in out
        assert "strict     100.00" in out

    def test_empty_folder_exits_2(self, tmp_path: Path) -> None:
        """A folder without TimeML files is bad input."""
        assert main(["eval-timex", str(tmp_path)]) == 2


class TestExtract:
    def test_gold_output_scores_on_the_seeds(
        self, root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """extract --format gold on the seeds writes a file the gold scorer reads."""
        target = tmp_path / "pred.json"
        metadata = str(root / "seeds" / "metadata.json")
        assert 0 == main(["extract", "--metadata", metadata, "--format", "gold", "-o", str(target)])
        corpus = json.loads(target.read_text("utf-8"))
        assert "diplotimeline-gold/1" == corpus["format"]
        assert 5 == len(corpus["documents"])
        assert all(document["events"] for document in corpus["documents"])

    def test_folder_and_jsonl(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder of .txt files gives one JSON line per document, dates inferred."""
        (tmp_path / "a.txt").write_text(
            "LIMA, March 3, 2031 - Peruvian President Ana Ortega will visit Chile on May 2.",
            "utf-8",
        )
        assert 0 == main(["extract", str(tmp_path), "--format", "jsonl"])
        lines = capsys.readouterr().out.splitlines()
        record = json.loads(lines[0])
        assert ("a", "2031-03-03") == (record["document"]["id"], record["document"]["published"])

    def test_missing_file_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that does not exist is bad input: exit status 2 and one line."""
        assert 2 == main(["extract", str(tmp_path / "missing.txt")])
        assert "no such file" in capsys.readouterr().err

    def test_nothing_to_read_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """No files and no metadata is a usage error."""
        assert 2 == main(["extract"])


WIRE = (
    "LIMA, March 3, 2031 - Peruvian President Ana Ortega will visit Chile from May 2 to 4. "
    "Ortega and Chilean President Diego Rojas signed a Memorandum of Understanding on "
    "border cooperation in Santiago last November.\n"
)
FOLLOW_UP = (
    "SANTIAGO, May 5, 2031 - Peruvian President Ana Ortega visited Chile from May 2 to 4, "
    "meeting Chilean President Diego Rojas.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, "utf-8")
    (folder / "b.txt").write_text(FOLLOW_UP, "utf-8")
    return folder


class TestTimelineQueryExport:
    def test_timeline_merges_the_visit_across_documents(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The planned visit (a) and the reported one (b) are one entry, occurred, two sources."""
        assert 0 == main(["timeline", str(articles)])
        visit = [line for line in capsys.readouterr().out.splitlines() if "Visit" in line]
        assert 1 == len(visit)
        assert visit[0].split()[:4] == ["2031-05-02/2031-05-04", "meeting", "occurred", "2"]

    def test_query_filters(self, articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--kind agreement keeps only agreements."""
        assert 0 == main(["query", str(articles), "--kind", "agreement"])
        rows = capsys.readouterr().out.splitlines()[1:]
        assert rows
        assert all(" agreement " in row for row in rows)

    def test_export_ical_parses_back(self, articles: Path, tmp_path: Path) -> None:
        """--to ical writes a calendar that icalendar reads, one VEVENT per dated entry."""
        icalendar = pytest.importorskip("icalendar")
        target = tmp_path / "t.ics"
        assert 0 == main(["export", str(articles), "--to", "ical", "-o", str(target), "-q"])
        calendar = icalendar.Calendar.from_ical(target.read_bytes())
        assert len(list(calendar.walk("VEVENT"))) >= 2

    def test_export_html_escapes(self, tmp_path: Path) -> None:
        """--to html writes a self-contained page with the article text escaped."""
        (tmp_path / "x.txt").write_text(
            "LIMA, March 3, 2031 - <script>alert(1)</script> Peruvian President Ana Ortega "
            "will visit Chile from May 2 to 4.",
            "utf-8",
        )
        target = tmp_path / "t.html"
        assert 0 == main(["export", str(tmp_path / "x.txt"), "--to", "html", "-o", str(target)])
        page = target.read_text("utf-8")
        assert "<script>alert(1)</script>" not in page

    def test_extract_then_reuse_extractions(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Extractions written as JSON Lines are read back by timeline without re-extracting."""
        saved = tmp_path / "x.jsonl"
        assert 0 == main(["extract", str(articles), "--format", "jsonl", "-o", str(saved)])
        assert 0 == main(["timeline", str(saved)])
        assert "Visit" in capsys.readouterr().out

    def test_extract_merge_gold_clusters(self, articles: Path, tmp_path: Path) -> None:
        """With --merge, the two mentions of the visit share one cluster."""
        target = tmp_path / "g.json"
        assert 0 == main(
            ["extract", str(articles), "--format", "gold", "--merge", "-o", str(target)]
        )
        corpus = json.loads(target.read_text("utf-8"))
        visits = [
            event["cluster"]
            for document in corpus["documents"]
            for event in document["events"]
            if event["form"] == "visit"
        ]
        assert 2 == len(visits)
        assert visits[0] == visits[1]

    def test_workers_give_the_same_output(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Two worker processes give byte-identical output to one."""
        assert 0 == main(["extract", str(articles), "--format", "jsonl", "--workers", "1"])
        one = capsys.readouterr().out
        assert 0 == main(["extract", str(articles), "--format", "jsonl", "--workers", "2"])
        assert one == capsys.readouterr().out


class TestStore:
    def test_add_query_export(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """store add twice changes nothing the second time; query and export read it back."""
        database = str(tmp_path / "news.db")
        assert 0 == main(["store", "add", database, str(articles)])
        assert "2 added" in capsys.readouterr().err
        assert 0 == main(["store", "add", database, str(articles)])
        assert "2 unchanged" in capsys.readouterr().err
        assert 0 == main(["store", "query", database, "--text", "Memorandum"])
        assert "Memorandum" in capsys.readouterr().out
        assert 0 == main(["store", "export", database, "--to", "csv"])
        assert capsys.readouterr().out.startswith("id,")


class FakeTerminal(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestProgress:
    def test_bar_shows_done_total_rate_and_eta(self) -> None:
        """Halfway through 40 documents at 4 docs/s: the bar, 20/40, 4.0 docs/s, 5 s left."""
        stream, clock = FakeTerminal(), FakeClock()
        progress = _Progress(stream, total=40, enabled=True, clock=clock)
        clock.now += 5
        progress.update(20)
        drawn = stream.getvalue()
        assert drawn.startswith("\r[############------------]")
        assert "20/40 docs" in drawn
        assert "4.0 docs/s" in drawn
        assert "ETA 0:05" in drawn

    def test_unknown_total_shows_a_count_and_rate(self) -> None:
        """Without a total the bar is a count, a rate and the time spent."""
        stream, clock = FakeTerminal(), FakeClock()
        progress = _Progress(stream, total=None, enabled=True, clock=clock)
        clock.now += 2
        progress.update(3)
        assert "\r3 docs  1.5 docs/s  0:02" == stream.getvalue()

    def test_redrawn_at_most_ten_times_a_second(self) -> None:
        """1,000 updates over one second draw the bar at most 11 times (the first at once)."""
        stream, clock = FakeTerminal(), FakeClock()
        progress = _Progress(stream, total=1000, enabled=True, clock=clock)
        for done in range(1, 1001):
            clock.now += 0.001
            progress.update(done)
        assert 1 <= stream.getvalue().count("\r") <= 11

    def test_close_draws_the_end_and_a_newline(self) -> None:
        """Closing draws the final count and ends the line."""
        stream, clock = FakeTerminal(), FakeClock()
        progress = _Progress(stream, total=2, enabled=True, clock=clock)
        progress.update(1)
        progress.update(2)
        clock.now += 4
        progress.close()
        assert stream.getvalue().endswith("2/2 docs 100%  0.5 docs/s  in 0:04\n")

    def test_shorter_line_wipes_the_longer_one(self) -> None:
        """A redraw shorter than the last one is padded with spaces to cover it."""
        stream, clock = FakeTerminal(), FakeClock()
        progress = _Progress(stream, total=None, enabled=True, clock=clock, interval=0)
        clock.now += 1
        progress.update(1000)
        first = stream.getvalue()
        clock.now += 1000
        progress.update(1001)
        second = stream.getvalue()[len(first) :]
        assert len(first) == len(second)

    def test_hidden_when_disabled(self) -> None:
        """A disabled bar writes nothing, not even on close."""
        stream = FakeTerminal()
        progress = _Progress(stream, total=3, enabled=False)
        progress.update(1)
        progress.close()
        assert "" == stream.getvalue()

    def test_wanted_only_on_a_terminal_without_quiet(self) -> None:
        """The bar is wanted on a terminal, not with --quiet, not on a pipe or file."""
        assert _Progress.wanted(FakeTerminal(), quiet=False)
        assert not _Progress.wanted(FakeTerminal(), quiet=True)
        assert not _Progress.wanted(io.StringIO(), quiet=False)

    def test_extract_draws_on_a_terminal(
        self, articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """extract on a terminal draws the bar to 2/2 and ends its line; stdout is untouched."""
        terminal = FakeTerminal()
        monkeypatch.setattr("sys.stderr", terminal)
        assert 0 == main(["extract", str(articles), "--format", "jsonl"])
        assert 2 == len(capsys.readouterr().out.splitlines())
        drawn = terminal.getvalue()
        assert drawn.startswith("\r[")
        assert "2/2 docs 100%" in drawn
        assert drawn.endswith("\n")

    def test_quiet_hides_it_on_a_terminal(
        self, articles: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--quiet leaves a terminal's standard error empty."""
        terminal = FakeTerminal()
        monkeypatch.setattr("sys.stderr", terminal)
        assert 0 == main(["extract", str(articles), "--format", "jsonl", "--quiet"])
        assert "" == terminal.getvalue()


SUBCOMMANDS = [
    ["timeline"],
    ["extract"],
    ["query"],
    ["export"],
    ["store"],
    ["store", "add"],
    ["store", "query"],
    ["store", "export"],
    ["evaluate"],
    ["timex"],
    ["eval-timex"],
    ["example"],
]


class TestUsage:
    @pytest.mark.parametrize("command", SUBCOMMANDS, ids=" ".join)
    def test_help_has_examples(
        self, command: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every subcommand's --help ends with examples that name the subcommand."""
        with pytest.raises(SystemExit) as info:
            main([*command, "--help"])
        assert 0 == info.value.code
        out = capsys.readouterr().out
        examples = out.split("examples:\n", 1)[1]
        assert f"diplotimeline {command[0]}" in examples

    @pytest.mark.parametrize(
        "argv",
        [
            [],
            ["export", "x.txt", "--to", "nope"],
            ["extract", "x.txt", "--workers", "0"],
            ["extract", "x.txt", "--workers", "two"],
            ["eval-timex", ".", "--errors", "-1"],
        ],
        ids=["no-command", "bad-choice", "zero-workers", "word-workers", "negative-errors"],
    )
    def test_bad_usage_is_one_line_and_exit_2(
        self, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Bad usage gives exit status 2 and one line on standard error, no usage block."""
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert 2 == info.value.code
        err = capsys.readouterr().err
        assert 1 == len(err.strip().splitlines())
        assert "error:" in err

    def test_bad_extraction_file_is_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An extraction whose actors are an object gives one line naming the field."""
        data = json.loads(dumps(example_extraction()))
        data["extractions"][0]["actors"] = {}
        saved = tmp_path / "x.json"
        saved.write_text(json.dumps(data), "utf-8")
        assert 2 == main(["timeline", str(saved)])
        err = capsys.readouterr().err
        assert 1 == len(err.strip().splitlines())
        assert "$.extractions[0].actors" in err
        assert "expected an array" in err


class TestInputs:
    def test_json_extractions_are_read_once(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A diplotimeline/1 .json file is opened once, not once to sniff and once to load."""
        saved = tmp_path / "x.json"
        saved.write_text(dumps(example_extraction()), "utf-8")
        opened: list[Path] = []
        original = Path.open

        def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == saved:
                opened.append(self)
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", counting_open)
        assert 0 == main(["timeline", str(saved)])
        assert "Strategic Partnership" in capsys.readouterr().out
        assert [saved] == opened

    def test_format_key_not_first(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A diplotimeline/1 file whose "format" key is not first is still read as extractions."""
        data = json.loads(dumps(example_extraction()))
        reordered = {"extractions": data["extractions"], "format": data["format"]}
        saved = tmp_path / "x.json"
        saved.write_text(json.dumps(reordered), "utf-8")
        assert 0 == main(["timeline", str(saved)])
        assert "Strategic Partnership" in capsys.readouterr().out

    def test_timeml_file_is_a_document(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A .tml input is extracted from the text of <TEXT>, published on the DCT date."""
        source = tmp_path / "nyt.tml"
        source.write_text(
            '<?xml version="1.0"?>\n<TimeML><DOCID>NYT 20310505</DOCID><DCT><TIMEX3 tid="t0" '
            'type="DATE" value="2031-05-05" functionInDocument="CREATION_TIME">May 5, 2031'
            "</TIMEX3></DCT><TEXT>Peruvian President Ana Ortega visited Chile "
            '<TIMEX3 tid="t1" type="DATE" value="2031-05-02">last Friday</TIMEX3>.</TEXT>'
            "</TimeML>\n",
            "utf-8",
        )
        assert 0 == main(["extract", str(source), "--format", "jsonl"])
        record = json.loads(capsys.readouterr().out)
        document = record["document"]
        assert ("NYT-20310505", "2031-05-05") == (document["id"], document["published"])
        assert "Peruvian President Ana Ortega visited Chile last Friday." == document["text"]

    def test_bad_timeml_file_is_skipped_and_reported(
        self, tmp_path: Path, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A malformed .tml file is skipped with a note; --strict stops with exit status 2."""
        bad = tmp_path / "bad.tml"
        bad.write_text("<TimeML><TEXT>unclosed</TimeML>", "utf-8")
        assert 0 == main(["extract", str(bad), str(articles / "a.txt"), "--format", "jsonl"])
        captured = capsys.readouterr()
        assert 1 == len(captured.out.splitlines())
        assert "skipped 1" in captured.err
        assert 2 == main(["extract", str(bad), "--format", "jsonl", "--strict"])
        assert "not well-formed" in capsys.readouterr().err


class TestExportTimeML:
    def test_folder_gets_one_file_per_document(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--to timeml -o FOLDER writes <id>.tml per document, which read_timeml reads back."""
        folder = tmp_path / "tml"
        assert 0 == main(["export", str(articles), "--to", "timeml", "-o", str(folder)])
        assert "wrote 2 TimeML files" in capsys.readouterr().err
        assert ["a.tml", "b.tml"] == sorted(path.name for path in folder.iterdir())
        document = read_timeml(folder / "a.tml")
        assert ("a", "2031-03-03") == (document.doc_id, document.dct)
        assert WIRE == document.text
        assert ("May 2", "2031-05-02") in [(t.text, t.value) for t in document.timexes]

    def test_export_then_import_gives_the_same_timeline(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The TimeML files, read back as inputs, give the same timeline as the articles."""
        folder = tmp_path / "tml"
        assert 0 == main(["export", str(articles), "--to", "timeml", "-o", str(folder), "-q"])
        assert 0 == main(["timeline", str(articles)])
        expected = capsys.readouterr().out
        assert 0 == main(["timeline", str(folder)])
        assert expected == capsys.readouterr().out

    def test_single_document_to_stdout(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One document without --output is written to standard output."""
        assert 0 == main(["export", str(articles / "b.txt"), "--to", "timeml"])
        out = capsys.readouterr().out
        assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>')
        assert "b" == read_timeml(out).doc_id

    def test_several_documents_need_a_folder(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several documents to stdout or to FILE.tml is bad usage: exit 2, one line."""
        assert 2 == main(["export", str(articles), "--to", "timeml"])
        assert 2 == main(["export", str(articles), "--to", "timeml", "-o", str(tmp_path / "x.tml")])
        err = capsys.readouterr().err.strip().splitlines()
        assert 2 == len(err)
        assert all("give --output FOLDER" in line for line in err)
        assert not (tmp_path / "x.tml").exists()

    def test_output_that_is_a_file_is_refused(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--output naming an existing file (not .tml) for several documents is bad usage."""
        existing = tmp_path / "notes.txt"
        existing.write_text("keep", "utf-8")
        assert 2 == main(["export", str(articles), "--to", "timeml", "-o", str(existing)])
        assert "keep" == existing.read_text("utf-8")

    def test_documents_are_not_extracted(
        self, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--to timeml only tags the text: the extraction batch never runs."""

        def no_extraction(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("extract_batch called")

        monkeypatch.setattr("diplotimeline.extract.batch.extract_batch", no_extraction)
        folder = tmp_path / "tml"
        assert 0 == main(["export", str(articles), "--to", "timeml", "-o", str(folder), "-q"])
        assert 2 == len(list(folder.iterdir()))

    def test_bad_document_is_skipped_or_stops_with_strict(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file that is not UTF-8 is skipped with a note; with --strict it is exit status 2."""
        (articles / "c.txt").write_bytes(b"Talks \xff\xfe in May.")
        folder = tmp_path / "tml"
        assert 0 == main(["export", str(articles), "--to", "timeml", "-o", str(folder)])
        err = capsys.readouterr().err
        assert "read 3 documents, skipped 1; the first:" in err
        assert ["a.tml", "b.tml"] == sorted(path.name for path in folder.iterdir())
        args = ["export", str(articles), "--to", "timeml", "-o", str(tmp_path / "t2"), "--strict"]
        assert 2 == main(args)
        assert 1 == len(capsys.readouterr().err.strip().splitlines())

    def test_repeated_and_colon_ids_get_distinct_names(self) -> None:
        """Ids that would give the same file name get -2, -3; ':' becomes '_'."""
        documents = [Document(id=name, text="x") for name in ("a:b", "a_b", "A_B", "c", "c", "c-2")]
        assert ["a_b.tml", "a_b-2.tml", "A_B-3.tml", "c.tml", "c-2.tml", "c-2-2.tml"] == (
            _timeml_names(documents)
        )

    def test_store_export_timeml(
        self, articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """store export --to timeml writes the stored documents to a folder."""
        database = str(tmp_path / "news.db")
        assert 0 == main(["store", "add", database, str(articles), "-q"])
        folder = tmp_path / "tml"
        assert 0 == main(["store", "export", database, "--to", "timeml", "-o", str(folder), "-q"])
        assert ["a.tml", "b.tml"] == sorted(path.name for path in folder.iterdir())


class TestOutputSafety:
    def test_csv_neutralises_formulas(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A name starting with '=' reaches the CSV with a leading apostrophe."""
        extraction = example_extraction()
        first = attrs.evolve(extraction.events[0], name='=HYPERLINK("http://x.example")')
        saved = tmp_path / "x.json"
        saved.write_text(
            dumps(attrs.evolve(extraction, events=(first, *extraction.events[1:]))), "utf-8"
        )
        assert 0 == main(["export", str(saved), "--to", "csv"])
        cells = [cell for row in csv.reader(io.StringIO(capsys.readouterr().out)) for cell in row]
        assert '\'=HYPERLINK("http://x.example")' in cells
        assert not any(cell.startswith(("=", "+", "@")) for cell in cells)

    def test_failed_run_leaves_the_old_output(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A run that fails on bad input leaves --output as it was and no temporary file."""
        target = tmp_path / "timeline.csv"
        target.write_text("old", "utf-8")
        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "diplotimeline/1", "extractions": [[]]}', "utf-8")
        assert 2 == main(["export", str(bad), "--to", "csv", "-o", str(target)])
        assert "old" == target.read_text("utf-8")
        assert ["bad.json", "timeline.csv"] == sorted(path.name for path in tmp_path.iterdir())

    @pytest.mark.parametrize("target", ["json", "csv", "markdown", "ical", "html", "svg"])
    def test_every_output_goes_through_write_atomic(
        self, target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--output is written by io.atomic.write_atomic for every format, and only by it."""
        saved = tmp_path / "x.json"
        saved.write_text(dumps(example_extraction()), "utf-8")
        written: list[Path] = []
        original = atomic.write_atomic

        def spy(path: Any, data: Any, **kwargs: Any) -> None:
            written.append(Path(path))
            original(path, data, **kwargs)

        monkeypatch.setattr(atomic, "write_atomic", spy)
        out = tmp_path / f"out.{target}"
        assert 0 == main(["export", str(saved), "--to", target, "-o", str(out), "-q"])
        assert [out] == written
        assert out.stat().st_size > 0

    def test_interrupt_is_one_line_and_exit_130(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Ctrl-C gives exit status 130 and a note, not a traceback."""

        def interrupted(_args: object) -> int:
            raise KeyboardInterrupt

        monkeypatch.setattr("diplotimeline.cli._commands._cmd_example", interrupted)
        assert 130 == main(["example"])
        assert "diplotimeline: interrupted" == capsys.readouterr().err.strip()
