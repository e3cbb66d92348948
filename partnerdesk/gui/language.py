"""Loading the user's language at start.

Three translators are installed, the last one asked first: PartnerDesk's English plural forms
(``partnerdesk_en``: "1 partnership", "2 partnerships"), Qt's own texts (standard buttons and
dialogs) in the user's language, and PartnerDesk in the user's language. A text a translation
lacks falls back to English with correct plurals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partnerdesk import paths


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install the translators for ``locale`` (the system's by default).

    Returns the files loaded, for the log and the About box.
    """
    locale = locale or QLocale()
    ours = str(paths.resource("translations"))
    qts = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded: list[str] = []
    for name, folder, by_locale in (
        ("partnerdesk_en", ours, False),
        ("qtbase", qts, True),
        ("partnerdesk", ours, True),
    ):
        translator = QTranslator(app)
        found = (
            translator.load(locale, name, "_", folder)
            if by_locale
            else translator.load(name, folder)
        )
        if found and not translator.isEmpty():
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded
