"""The examples run and say what they should: the notebook (executed with
nbclient, as a reader would run it) and the command-line script."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = sorted((EXAMPLES / "articles").glob("*.txt"))

pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

OFFICIALS = {"Hoàng Minh Khôi", "Vi Đức Thắng", "Lê Quang Thiện", "Lữ Văn Khải"}
PROVINCES = {"Tuyên Quang", "Lạng Sơn", "Bắc Giang", "Nghệ An", "Quảng Ninh", "Cà Mau"}


def test_example_articles_are_there() -> None:
    assert 5 <= len(ARTICLES) <= 6
    assert (EXAMPLES / "sample_article.txt").is_file()


@pytest.fixture(scope="module")
def notebook():  # -> nbformat.NotebookNode
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(EXAMPLES / "explore.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()  # raises CellExecutionError if any cell fails
    return nb


def _outputs(nb, mime: str) -> list[str]:
    return [
        out["data"][mime]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if mime in out.get("data", {})
    ]


def test_notebook_runs_without_errors(notebook) -> None:
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"]
            assert not [o for o in cell.outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")]


def test_notebook_parses_every_article(notebook) -> None:
    texts = _outputs(notebook, "text/plain")
    assert texts[0] == str(len(ARTICLES) + 1)


def test_notebook_tables_of_officials(notebook) -> None:
    tables = "\n".join(_outputs(notebook, "text/html"))
    for name in OFFICIALS:
        assert name in tables
    assert "Phó Bí thư Thường trực Tỉnh ủy" in tables
    assert "Ủy ban nhân dân tỉnh Tuyên Quang" in tables


def test_notebook_plots_growth(notebook) -> None:
    pngs = _outputs(notebook, "image/png")
    assert len(pngs) == 1
    assert len(pngs[0]) > 10_000  # a real figure, base64-encoded
    tables = "\n".join(_outputs(notebook, "text/html"))
    for province in PROVINCES:
        assert province in tables


def test_notebook_shows_an_article(notebook) -> None:
    article_html = _outputs(notebook, "text/html")[-1]
    assert article_html.startswith("<style>")
    assert '<mark class="vnp-person"' in article_html
    assert '<mark class="vnp-directive"' in article_html
    assert "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang" in article_html


def test_script_writes_csv_and_png(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / "officials.py"), str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert f"{len(ARTICLES) + 1} articles" in run.stdout
    out = tmp_path / "out"
    with (out / "officials.csv").open(encoding="utf-8") as f:
        officials = list(csv.DictReader(f))
    assert {row["name"] for row in officials} >= OFFICIALS
    assert {"province", "event_date", "name", "title", "role", "body"} <= set(officials[0])
    assert {"Hoàng Minh Khôi", "Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy Tuyên Quang"} <= set(
        next(r for r in officials if r["name"] == "Hoàng Minh Khôi" and r["role"] == "Bí thư").values()
    )
    with (out / "growth.csv").open(encoding="utf-8") as f:
        growth = list(csv.DictReader(f))
    assert {row["province"] for row in growth} == PROVINCES
    assert {(row["province"], row["event_date"], row["growth"]) for row in growth} >= {
        ("Tuyên Quang", "2025-03-12", "7.85"),
        ("Lạng Sơn", "2024-07-18", "6.2"),
        ("Lạng Sơn", "2025-07-15", "8.05"),
    }
    assert [row["event_date"] for row in growth] == sorted(row["event_date"] for row in growth)
    png = (out / "growth.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_script_on_chosen_files(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / "officials.py"), str(tmp_path), str(EXAMPLES / "sample_article.txt")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "1 articles: 5 officials" in run.stdout
