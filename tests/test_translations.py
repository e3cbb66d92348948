"""The translations cover every text of the code, are compiled, and give English plurals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

HOW = "run: python packaging/translations.py update && python packaging/translations.py release"


def _form_texts(tmp_path: Path) -> set[translations.Key]:
    ts = tmp_path / "forms.ts"
    forms = [str(p) for p in translations.sources() if p.suffix == ".ui"]
    subprocess.run(
        [translations._tool("pyside6-lupdate"), "-no-obsolete", *forms, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return set(translations.messages(ts))


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_of_the_code_and_forms_is_in_the_translation(
    language: str, tmp_path: Path
) -> None:
    expected = set(translations.code_texts()) | _form_texts(tmp_path)
    present = set(translations.messages(translations.ts_file(language)))
    assert sorted(expected - present) == [], f"texts missing from {language}: {HOW}"
    assert sorted(present - expected) == [], f"texts no longer used in {language}: {HOW}"


def test_every_counted_text_has_english_plural_forms() -> None:
    english = translations.ts_file("en")
    counted = {k for k, t in translations.code_texts().items() if t.counted}
    missing = [k for k in translations.unfinished(english) if k in counted]
    assert missing == [], f"give these English singular and plural forms in {english.name}"
    for key in counted:
        message = translations.messages(english)[key]
        assert message.get("numerus") == "yes", key


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_compiled_translations_are_up_to_date(language: str, tmp_path: Path) -> None:
    fresh = translations.release(tmp_path)
    compiled = {p.name: p for p in fresh}
    committed = translations.qm_file(language)
    assert committed.exists(), HOW
    assert committed.read_bytes() == compiled[committed.name].read_bytes(), HOW


def test_english_plurals_reach_the_window(qapp) -> None:
    from partnerdesk.gui.text import relative_days, translate

    assert translate("MainWindow", "%n partnerships", None, 1) == "1 partnership"
    assert translate("MainWindow", "%n partnerships", None, 6) == "6 partnerships"
    from datetime import date

    assert relative_days(date(2026, 11, 22), date(2026, 11, 23)) == "yesterday"
    assert relative_days(date(2026, 11, 2), date(2026, 11, 23)) == "21 days ago"


def test_german_is_complete() -> None:
    missing = translations.unfinished(translations.ts_file("de"))
    assert missing == [], f"{len(missing)} texts without a German translation, e.g. {missing[:3]}"


def test_german_sentences_name_keys_as_german_keyboards_do() -> None:
    # A shortcut itself (the source "Ctrl+L") stays as Qt reads it, and menus show it as
    # "Strg+L" by themselves; a sentence that mentions a key must say "Strg" as they do.
    sentences = []
    for message in translations.messages(translations.ts_file("de")).values():
        source = message.findtext("source") or ""
        if " " not in source:
            continue
        sentences += [
            t.text or "" for t in message.iter() if t.tag in ("translation", "numerusform")
        ]
    assert [s for s in sentences if "Strg+" in s], "no German sentence mentions a key"
    assert [s for s in sentences if "Ctrl" in s] == []


GERMAN_WINDOW = """
import os, sys
from PySide6.QtCore import QLocale
QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
from partnerdesk.app import application
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import open_memory_store
app = application()
window = MainWindow(open_memory_store())
print("|".join(action.text() for action in window.menuBar().actions()))
print(window.ui.actionLogContact.text())
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.partnerships import change_kind, create_partnership
from partnerdesk.gui.text import refusal, refusal_sentence
store = window.workspace.store
made = create_partnership(store, "Heritage Grain", "joint_venture")
for attempt in (
    lambda: create_partnership(store, "Heritage Grain", "consortium"),
    lambda: create_partnership(store, "x" * 1200, "consortium"),
    lambda: change_kind(store, made.id, "joint_venture"),
):
    try:
        attempt()
    except ValidationError as exc:
        print(refusal(exc) + "|" + refusal_sentence(exc))
"""


def _in_german(script: str, home: Path, *arguments: str) -> list[str]:
    """The lines a script prints, run in a German locale in a process of its own."""
    import os

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PARTNERDESK_HOME": str(home),
        "LANG": "de_DE.UTF-8",
        "LANGUAGE": "de",
    }
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_window_speaks_german_in_a_german_locale(tmp_path: Path) -> None:
    menus, log_contact, taken, long, already = _in_german(GERMAN_WINDOW, tmp_path)[-5:]
    assert menus.split("|") == ["&Datei", "&Bearbeiten", "&Ansicht", "&Partnerschaft", "&Hilfe"]
    assert log_contact != "&Log a Contact…" and "Kontakt" in log_contact
    # A refused value is explained in German too, at the field and where there is none.
    assert taken.split("|") == [
        "„Heritage Grain“ ist bereits der Name einer Partnerschaft.",
        "Name: „Heritage Grain“ ist bereits der Name einer Partnerschaft.",
    ]
    assert long.split("|")[1] == "Name ist zu lang (1.200 Zeichen; höchstens 500)."
    assert already.split("|")[1] == "Art ist bereits „Joint Venture“."


GERMAN_IMPORT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QLocale
QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
from partnerdesk.app import application
from partnerdesk.domain.organisations import create_organisation
from partnerdesk.exports.full_json import export_json
from partnerdesk.gui.import_dialog import SKIPPED, ImportDialog, PlanModel
from partnerdesk.gui.text import error_text
from partnerdesk.imports.full_json import restore_file
from partnerdesk.store.connection import open_store
app = application()
folder = Path(sys.argv[1])
store = open_store(folder / "desk.partnerdesk")

def shown(path):
    dialog = ImportDialog(store, path)
    dialog.show()
    deadline = time.monotonic() + 20
    while dialog.ui.stack.currentIndex() == ImportDialog.BUSY and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return dialog

dialog = shown(folder / "contacts.csv")
model = dialog.model
row = next(r for r in range(model.rowCount()) if model.category(r) == SKIPPED)
print(model.index(row, PlanModel.OUTCOME).data() + "|" + model.details_at(row))
print(dialog.ui.notesLabel.text().replace(chr(10), "|"))
print(shown(folder / "broken.vcf").ui.problemText.text())
create_organisation(store, "Oakmill Flour")
export_json(store, folder / "everything.json")
try:
    restore_file(folder / "everything.json", folder / "desk.partnerdesk")
except Exception as exc:
    print(error_text(exc))
"""


def test_what_an_import_tells_the_user_is_german_in_a_german_locale(tmp_path: Path) -> None:
    (tmp_path / "contacts.csv").write_text(
        "Name,Email,Shoe size\nZoë Lovelace,ada@example.org,38\n,lonely@example.org,42\n",
        encoding="cp1252",
    )
    (tmp_path / "broken.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\n", encoding="utf-8")
    skipped, note, problem, refused = _in_german(GERMAN_IMPORT, tmp_path, str(tmp_path))[-4:]
    # Why a row is skipped, where it is, and what was assumed about the file.
    assert skipped.split("|") == [
        "Ohne Namen und Organisation (nur E-Mail-Adresse lonely@example.org)",
        "Zeile 3: kann nicht importiert werden: "
        "ohne Namen und Organisation (nur E-Mail-Adresse lonely@example.org).",
    ]
    assert note.split("|") == [
        "Die Datei ist nicht in UTF-8; sie wurde als Westeuropäisch (Windows-1252) gelesen. "
        "Wenn Namen falsch aussehen, wählen Sie die Kodierung der Datei.",
        "Diese Spalten werden nicht importiert: „Shoe size“. Wenn eine davon einen Namen, eine "
        "Organisation, Rolle, E-Mail-Adresse oder Telefonnummer enthält, geben Sie das unter "
        "„Spalten“ an.",
    ]
    # What is wrong with a file, and why a full export is not restored.
    assert problem == "Karte 1, Zeile 1: diese Karte endet nie: END:VCARD fehlt am Ende der Datei."
    assert refused.startswith("Diese Datenbank enthält bereits Daten (1 Organisation).")
