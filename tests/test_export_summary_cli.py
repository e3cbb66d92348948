"""``partnerdesk export summary`` from the terminal."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from partnerdesk.cli import main
from partnerdesk.store.connection import open_store
from tests.conftest import TODAY
from tests.export_helpers import ARCHIVE_ONLY, SECRETS, build_secret_partnership, pdf_text, squeezed

PARTNERSHIP = "Flour & Friends | Pool"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "secrets.partnerdesk"
    with open_store(path) as store:
        build_secret_partnership(store)
    return path


def _export(database: Path, *options: str) -> int:
    return main(
        ["export", "summary", "--db", str(database), "--today", TODAY.isoformat(), *options]
    )


def test_a_pdf_summary_to_share(
    qapp: Any, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    target = tmp_path / "summary.pdf"
    # the name is found whatever its case; the format is the extension's
    assert _export(database, "--partnership", PARTNERSHIP.upper(), "--out", str(target)) == 0
    out = capsys.readouterr().out
    assert f"Wrote the summary of {PARTNERSHIP} to {target}." in out
    assert "were left out" in out
    text = pdf_text(target)
    assert squeezed(PARTNERSHIP) in squeezed(text)
    for secret in SECRETS:
        assert secret not in squeezed(text)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_markdown_with_private_entries_for_the_archive(
    qapp: Any, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "archive"
    options = ["--partnership", PARTNERSHIP, "--format", "md", "--out", str(target)]
    assert _export(database, *options, "--include-private") == 0
    out = capsys.readouterr().out
    written = tmp_path / "archive.md"
    assert f"to {written} and 2 images in {tmp_path / 'archive_files'}" in out
    assert "your own archive copy" in out
    text = written.read_text(encoding="utf-8")
    assert "Owner's archive copy: not for sharing" in text
    for secret in ARCHIVE_ONLY:
        assert secret in text, secret


def test_since_and_paper(qapp: Any, database: Path, tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    options = ["--partnership", PARTNERSHIP, "--out", str(target), "--paper", "letter"]
    assert _export(database, *options, "--since", "2024-11-01") == 0
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Contactsfrom1November2024" in squeezed(pdf_text(target))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--partnership", "Nobody", "--out", "x.pdf"], "no partnership called “Nobody”"),
        (["--partnership", PARTNERSHIP, "--out", "x.txt"], "give --format pdf, html or md"),
        (
            ["--partnership", PARTNERSHIP, "--out", "x.pdf", "--since", "2999-01-01"],
            "cannot be after today",
        ),
        (["--partnership", PARTNERSHIP, "--out", "x.pdf", "--since", "soon"], "Since"),
    ],
)
def test_mistakes_are_one_sentence_and_write_nothing(
    qapp: Any,
    database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _export(database, *options) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("secrets")) == []


def test_a_folder_is_not_a_file(
    qapp: Any, database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(database, "--partnership", PARTNERSHIP, "--out", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
