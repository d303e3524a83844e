"""Tests for the command line: exit statuses, messages, and each subcommand's output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diplotimeline.cli import main


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
