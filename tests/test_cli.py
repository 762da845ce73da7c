"""The command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnpolparse.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_article.txt"


def test_one_file_prints_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["province"] == "Tuyên Quang"
    assert data["file"] == str(SAMPLE)


def test_jsonl_and_bad_files_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Tỉnh ủy".encode("utf-16"))
    missing = tmp_path / "missing.txt"
    code = main(["parse", str(latin), str(SAMPLE), str(missing), "--format", "jsonl", "--no-progress"])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert code == 1
    assert len(lines) == 1 and json.loads(lines[0])["file"] == str(SAMPLE)
    assert "latin1.txt: not UTF-8" in captured.err
    assert "missing.txt: cannot read" in captured.err


def test_stdin_and_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(SAMPLE.read_text(encoding="utf-8")))
    out = tmp_path / "out.json"
    assert main(["parse", "-", "--compact", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["file"] == "-" and "text" not in data


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnpolparse", "parse", str(SAMPLE), "--compact"],
        capture_output=True, text=True, check=True, encoding="utf-8",
    )
    assert json.loads(result.stdout)["dateline"] == "TUYÊN QUANG"
