"""Compile the Qt Designer forms in this folder into Python modules.

    python ui/compile_forms.py

turns every ``ui/<name>.ui`` into ``partnerdesk/gui/forms/ui_<name>.py`` with ``pyside6-uic``.
The compiled modules are committed: they work in a frozen application, where running
``pyside6-uic`` (as ``loadUiType`` does) is impossible. Run this after editing a form; a test
fails while a compiled module is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "partnerdesk" / "gui" / "forms"


def uic_command() -> list[str]:
    """How to run pyside6-uic from the Python environment running this script."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic was not found; install PySide6 first")
    return [found]


def compiled_path(form: Path) -> Path:
    """Where the compiled module of a form goes."""
    return FORMS_DIR / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source pyside6-uic makes of a form."""
    result = subprocess.run(
        [*uic_command(), "--no-autoconnection", str(form)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return result.stdout


def forms() -> list[Path]:
    """Every form in this folder."""
    return sorted(UI_DIR.glob("*.ui"))


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for form in forms():
        target = compiled_path(form)
        target.write_text(compile_form(form), encoding="utf-8")
        print(f"{form.name} -> {target.relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
