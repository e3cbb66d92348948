"""Keep PartnerDesk's translations in step with its code.

    python packaging/translations.py update    # refresh resources/translations/*.ts
    python packaging/translations.py release   # compile them into .qm files

``update`` runs ``pyside6-lupdate`` over every Python module and Qt Designer form, so new and
changed texts appear in each language's ``.ts`` file for translators (open it in
``pyside6-linguist``). ``release`` runs ``pyside6-lrelease`` to compile each ``.ts`` into the
``.qm`` file PartnerDesk loads at start for the user's language. The compiled files are
committed, so installs from source are translated too; packaging/build.sh compiles them afresh.

``pyside6-lupdate`` reads Python with a simple tokenizer: it drops a ``translate(...)`` call
whose count argument is an expression (``len(rows)``, ``counts.journal``) and never marks a
counted text as plural ("numerus"). So after it runs, ``update`` reads the code with Python's
own parser, adds every text lupdate missed, marks counted texts as numerus, and carries every
translation already made across the update. ``partnerdesk_en.ts`` holds only English plural
forms ("%n partnership" / "%n partnerships"); a test fails while one is missing.
"""

from __future__ import annotations

import ast
import copy
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
#: Languages PartnerDesk ships, besides the English of the source.
LANGUAGES = ("de", "en")

Key = tuple[str, str, str]  # context, source, disambiguation


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


# --- what the code asks to translate ---------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A text the code translates."""

    key: Key
    counted: bool


def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def code_texts() -> dict[Key, Text]:
    """Every ``translate(context, text[, disambiguation[, n]])`` and
    ``QT_TRANSLATE_NOOP(context, text)`` with literal texts in the Python code."""
    found: dict[Key, Text] = {}
    for path in sources():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_bytes())):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else (node.func.id if isinstance(node.func, ast.Name) else "")
            )
            if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, text = _string(node.args[0]), _string(node.args[1])
            if context is None or text is None:
                continue
            disambiguation = _string(node.args[2]) if len(node.args) > 2 else None
            counted = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
            key = (context, text, disambiguation or "")
            counted = counted or "%n" in text or (key in found and found[key].counted)
            found[key] = Text(key, counted)
    return found


# --- .ts files -------------------------------------------------------------------------------


def messages(ts: Path) -> dict[Key, ElementTree.Element]:
    """Every message of a .ts file by (context, source, disambiguation)."""
    found: dict[Key, ElementTree.Element] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _finished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = list(translation.iter("numerusform"))
    return all(form.text for form in forms) if forms else bool(translation.text)


def unfinished(ts: Path) -> list[Key]:
    """The messages of a .ts file still without a finished translation."""
    return [key for key, message in messages(ts).items() if not _finished(message)]


def _rebuild(
    ts: Path, language: str, texts: dict[Key, Text], kept: dict[Key, ElementTree.Element]
) -> None:
    """Write ``ts`` with lupdate's messages plus those it missed, translations carried over."""
    root = ElementTree.parse(ts).getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    present = set(messages(ts))
    for key in sorted(set(texts) - present):
        context = contexts.get(key[0])
        if context is None:
            context = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = key[0]
            contexts[key[0]] = context
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = key[1]
        if key[2]:
            ElementTree.SubElement(message, "comment").text = key[2]
        ElementTree.SubElement(message, "translation", type="unfinished")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            counted = texts[key].counted if key in texts else "%n" in key[1]
            if counted:
                message.set("numerus", "yes")
            old = kept.get(key)
            translation = message.find("translation")
            if old is not None and _finished(old):
                if translation is not None:
                    message.remove(translation)
                message.append(copy.deepcopy(old.find("translation")))
            elif counted and translation is not None and not list(translation):
                translation.text = None
                for _ in range(2):
                    ElementTree.SubElement(translation, "numerusform")
    # Contexts in name order, so the file changes only where the texts do.
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
        root.append(context)
    root.set("language", language)
    tree = ElementTree.ElementTree(root)
    ElementTree.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def update() -> None:
    """Refresh every language's .ts from the code and forms, keeping what is translated."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    relative = [str(p.relative_to(ROOT)) for p in sources()]
    texts = code_texts()
    for language in LANGUAGES:
        ts = ts_file(language)
        kept = {k: copy.deepcopy(m) for k, m in messages(ts).items()} if ts.exists() else {}
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *relative,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        _rebuild(ts, language, texts, kept)


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
