"""Keep PartnerDesk's translations in step with its code.

    python packaging/translations.py update    # refresh resources/translations/*.ts
    python packaging/translations.py release   # compile them into .qm files

``update`` runs ``pyside6-lupdate`` over every Python module and Qt Designer form, so new and
changed texts appear in each language's ``.ts`` file for translators (open it in
``pyside6-linguist``). ``release`` runs ``pyside6-lrelease`` to compile each ``.ts`` into the
``.qm`` file PartnerDesk loads at start for the user's language. The compiled files are
committed, so installs from source are translated too; packaging/build.sh compiles them afresh.

``partnerdesk_en.ts`` only carries English plural forms ("%n partnerships" → "1 partnership").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
#: Languages PartnerDesk ships, besides the English of the source.
LANGUAGES = ("de", "en")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    """Every file with user-visible text: Python modules and Designer forms."""
    code = sorted((ROOT / "partnerdesk").rglob("*.py"))
    forms = sorted((ROOT / "ui").glob("*.ui"))
    # Compiled forms repeat the texts of the .ui files; read the forms themselves.
    return [p for p in code if "forms" not in p.parts] + forms


def ts_file(language: str) -> Path:
    """The translation source file of a language."""
    return TRANSLATIONS / f"partnerdesk_{language}.ts"


def qm_file(language: str) -> Path:
    """The compiled translation of a language."""
    return TRANSLATIONS / f"partnerdesk_{language}.qm"


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    relative = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
             "-target-language", language, *relative, "-ts", str(ts_file(language))],
            check=True, cwd=ROOT,
        )


def release(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Compile every language; returns the .qm files written."""
    written = []
    for language in LANGUAGES:
        target = out_dir / qm_file(language).name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
            check=True,
        )
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
