"""``partnerdesk chart``: charts drawn to PNG and SVG files from the command line."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from partnerdesk.cli import main
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.store.connection import open_store
from tests.conftest import TODAY

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    with open_store(db_path) as store:
        build_sample_portfolio(store, TODAY)
    return db_path


def _chart(db: Path, out: Path, *extra: str) -> int:
    return main(["chart", "--db", str(db), "--out", str(out), "--today", TODAY.isoformat(), *extra])


def png_size(data: bytes) -> tuple[int, int]:
    """The width and height a PNG file's header gives."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def svg_texts(path: Path) -> str:
    """Every text of an SVG file, parsed as XML."""
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return " ".join(" ".join(node.itertext()) for node in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("kind", ["integration", "activity", "radar", "observed"])
def test_each_chart_of_a_partnership_as_png(sample_db: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.png"
    assert _chart(sample_db, out, "--partnership", "Bean There Wholesale", "--kind", kind) == 0
    width, height = png_size(out.read_bytes())
    # drawn at twice the density of the chart's size, for print
    assert width >= 1200 and height >= 800
    assert not list(tmp_path.glob(".*.part"))


def test_size_is_chosen_with_width_and_height(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    assert (
        _chart(
            sample_db,
            out,
            "--partnership",
            "Heritage Grain Programme",
            "--width",
            "640",
            "--height",
            "360",
        )
        == 0
    )
    assert png_size(out.read_bytes()) == (1280, 720)


def test_svg_of_the_integration_chart_holds_its_words(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "riverside.svg"
    assert _chart(sample_db, out, "--partnership", "riverside market collective") == 0
    texts = svg_texts(out)
    for words in ("Strategic", "Cultural", "Overall strength", "Consortium", "Joint venture"):
        assert words in texts
    assert "Wrote the integration chart of Riverside Market Collective" in capsys.readouterr().out


def test_svg_of_assessed_versus_observed_names_the_contradiction(
    sample_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "observed.svg"
    assert (
        _chart(sample_db, out, "--partnership", "Bean There Wholesale", "--kind", "observed") == 0
    )
    texts = svg_texts(out)
    assert "Strategic is rated 4, but the leaders haven" in texts
    assert "Marcus Bell" in texts


@pytest.mark.parametrize("kind", ["map", "trend"])
def test_portfolio_charts(sample_db: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.svg"
    assert _chart(sample_db, out, "--portfolio", "--kind", kind) == 0
    texts = svg_texts(out)
    if kind == "map":
        assert "Bean There Wholesale" in texts and "Value chain" in texts
    else:
        assert "Mean integration" in texts


def test_the_portfolio_map_is_the_default(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.png"
    assert _chart(sample_db, out, "--portfolio") == 0
    assert png_size(out.read_bytes()) == (2000, 1360)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partnership", "Nope"], "There is no partnership called “Nope”."),
        (["--portfolio", "--kind", "radar"], "Kind must be map or trend for the portfolio."),
        (["--partnership", "Bean There Wholesale", "--kind", "map"], "Kind must be one of"),
        (["--portfolio", "--width", "300"], "Size: needs both --width and --height."),
        (["--portfolio", "--width", "30", "--height", "30"], "must be between 100 and 8000"),
    ],
)
def test_mistakes_get_one_sentence_and_leave_the_file_alone(
    sample_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "chart.png"
    out.write_bytes(b"the previous chart")
    assert _chart(sample_db, out, *args) == 2
    assert message in capsys.readouterr().err
    assert out.read_bytes() == b"the previous chart"


def test_the_file_must_be_png_or_svg(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _chart(sample_db, tmp_path / "chart.pdf", "--portfolio") == 2
    assert "File must end in .png or .svg" in capsys.readouterr().err
    assert not (tmp_path / "chart.pdf").exists()


def test_a_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.partnerdesk"
    assert _chart(missing, tmp_path / "chart.png", "--portfolio") == 2
    assert "There is no PartnerDesk database here" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.slow
def test_runs_without_a_display_and_exits_cleanly(sample_db: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    outputs = []
    for kind in ("integration", "radar"):
        out = tmp_path / f"{kind}.svg"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerdesk",
                "chart",
                "--db",
                str(sample_db),
                "--partnership",
                "Flour Buying Co-op",
                "--kind",
                kind,
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(out)
    assert all(ElementTree.parse(path).getroot().tag == f"{SVG}svg" for path in outputs)
