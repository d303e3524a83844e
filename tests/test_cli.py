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
        lines = capsys.readouterr().out.splitlines()
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
