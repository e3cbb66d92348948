"""The shape of the code: layers stay apart, SQL stays in the store, forms and lint stay clean."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "partnerdesk"
sys.path.insert(0, str(ROOT / "ui"))
import compile_forms  # noqa: E402


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "forms" not in p.parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", ["domain", "store"])
def test_domain_and_store_never_import_qt_or_the_gui(layer: str) -> None:
    for path in _python_files(PACKAGE / layer):
        for module in _imports(path):
            assert not module.startswith(
                ("PySide6", "pyqtgraph", "partnerdesk.gui", "partnerdesk.app")
            ), f"{path.name} imports {module}"


def test_store_never_imports_the_domain() -> None:
    for path in _python_files(PACKAGE / "store"):
        assert not any(m.startswith("partnerdesk.domain") for m in _imports(path)), path.name


def test_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys, partnerdesk.cli, partnerdesk.domain.sample, partnerdesk.domain.portfolio;"
        "from partnerdesk.cli import main; main(['--help']) if False else None;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_window_opens_and_reads_without_loading_sqlite_utils(tmp_path: Path) -> None:
    # sqlite-utils and what it imports take a tenth of a second: the window's first paint does
    # not wait for them; the store loads them for its first write.
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from partnerdesk.domain.sample import build_sample_portfolio\n"
        "from partnerdesk.gui.main_window import MainWindow\n"
        "from partnerdesk.store.connection import open_store\n"
        "app = QApplication([])\n"
        f"store = open_store({str(tmp_path / 'shop.partnerdesk')!r})\n"
        "window = MainWindow(store)\n"
        "window.show(); app.processEvents()\n"
        "print(window.portfolio_page.model.rowCount(), 'sqlite_utils' in sys.modules)\n"
        "build_sample_portfolio(store, date(2026, 11, 23))\n"
        "kept = store.scalar('SELECT count(*) FROM partnerships') > 0\n"
        "print(kept, 'sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["0", "False", "True", "True"]


_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w+)\b",
    re.IGNORECASE | re.DOTALL,
)


def _unmarked(folder: Path, reasons: dict[str, tuple[int | str, ...]]) -> tuple[list[str], int]:
    """Calls in ``folder`` that give one of ``reasons`` (callee → positions or keywords of the
    text) a string or an f-string written in place, and how many such calls there are."""
    unmarked, calls = [], 0
    for path in _python_files(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            name = getattr(callee, "id", "")
            if isinstance(callee, ast.Attribute):  # notes.append(…)
                name = f"{getattr(callee.value, 'id', '')}.{callee.attr}"
            if name not in reasons:
                continue
            calls += 1
            keywords = {keyword.arg: keyword.value for keyword in node.keywords}
            for place in reasons[name]:
                text = (
                    keywords.get(place)
                    if isinstance(place, str)
                    else (node.args[place] if place < len(node.args) else None)
                )
                if (
                    isinstance(text, ast.Constant | ast.JoinedStr | ast.BinOp)
                    and getattr(text, "value", None) != ""
                ):
                    unmarked.append(f"{path.name}:{node.lineno}")
    return unmarked, calls


def test_every_reason_the_domain_gives_for_a_refusal_is_marked_for_translation() -> None:
    # ValidationError(field, reason, *arguments) and Refusal(reason, *arguments): a reason
    # written in place (a string or an f-string) would reach German users in English.
    unmarked, _ = _unmarked(PACKAGE / "domain", {"ValidationError": (1,), "Refusal": (0,)})
    assert unmarked == []


def test_everything_the_import_layer_tells_the_user_is_marked_for_translation() -> None:
    # Where a record is, why it is skipped, the notes and what is wrong with a file are
    # Phrases: said(QT_TRANSLATE_NOOP("Import", "…%1…"), …). Text written in place, or an
    # error or note given plain text, would reach German users in English.
    unmarked, calls = _unmarked(
        PACKAGE / "imports",
        {
            "said": (0,),
            "Phrase": (1,),
            "UnreadableFileError": (0, "problem", "where"),
            "ColumnsNotRecognisedError": ("problem",),
            "RestoreRefusedError": (0,),
            "ImportConflictError": (0,),
            "Skipped": (0, 1),
            "make_contact": (0,),
            "PlanItem": ("reason",),
            "notes.append": (0,),
            "warnings.append": (0,),
        },
    )
    assert calls > 40 and unmarked == []
    # The texts said() words are looked up in the "Import" context: marked in no other.
    for path in _python_files(PACKAGE / "imports"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "said"
                and node.args
                and isinstance(node.args[0], ast.Call)
            ):
                marked = node.args[0]
                assert getattr(marked.func, "id", "") == "QT_TRANSLATE_NOOP", node.lineno
                assert getattr(marked.args[0], "value", "") == "Import", node.lineno


def test_sql_is_written_only_in_the_store() -> None:
    offenders = []
    for path in _python_files(PACKAGE):
        if "store" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _SQL.search(node.value)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


@pytest.mark.parametrize("form", compile_forms.forms(), ids=lambda p: p.name)
def test_compiled_forms_match_their_ui_files(form: Path) -> None:
    def body(text: str) -> list[str]:
        # the header names the uic version; the code below it is what matters
        return [line for line in text.splitlines() if not line.startswith("##")]

    compiled = compile_forms.compiled_path(form)
    assert compiled.exists(), f"run: python ui/compile_forms.py ({compiled.name} is missing)"
    assert body(compiled.read_text(encoding="utf-8")) == body(compile_forms.compile_form(form)), (
        f"{compiled.name} is out of date: run python ui/compile_forms.py"
    )


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_domain_store_and_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
