"""Help → The Partnership Model: Kanter's continuum and five levels, in plain words."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from partnerdesk.domain.vocabulary import Kind, Level, Seniority, Stage
from partnerdesk.gui.text import label, meaning, translate
from partnerdesk.gui.theme import level_colour


def model_html() -> str:
    """The model as a short illustrated page."""
    e = html.escape
    parts = [
        f"<h2>{e(translate('ModelHelp', 'The continuum'))}</h2>",
        "<p>"
        + e(
            translate(
                "ModelHelp",
                "Cooperation between organisations runs from weak and distant to strong and "
                "close. A partnership can move along it; PartnerDesk keeps each move.",
            )
        )
        + "</p><ol>",
    ]
    parts += [f"<li><b>{e(label(k))}</b> — {e(meaning(k))}</li>" for k in Kind]
    parts.append("</ol>")
    parts.append(f"<h2>{e(translate('ModelHelp', 'Five levels of integration'))}</h2>")
    parts.append(
        "<p>"
        + e(
            translate(
                "ModelHelp",
                "Productive partnerships build ties at five levels. Rate each from 0 (none) to "
                "5 (deeply embedded) now and then, and tick the levels each contact touched.",
            )
        )
        + "</p><table cellpadding=3>"
    )
    for level in Level:
        anchors = " · ".join(
            f"{score}: {e(translate('Level', text).rstrip('.'))}"
            for score, text in level.anchors.items()
        )
        parts.append(
            f'<tr><td style="color:{level_colour(level).name()}; font-size:large">●</td>'
            f"<td><b>{e(label(level))}</b> — {e(meaning(level))}<br>"
            f"<small>{anchors}</small></td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h2>{e(translate('ModelHelp', 'Stages'))}</h2><ul>")
    parts += [f"<li><b>{e(label(s))}</b> — {e(meaning(s))}</li>" for s in Stage]
    parts.append("</ul>")
    parts.append(f"<h2>{e(translate('ModelHelp', 'Seniority'))}</h2><p>")
    parts.append(
        e(
            translate(
                "ModelHelp",
                "When leaders of a partner have not met yours at the strategic level for a "
                "while, the partnership is marked: leaders must not form a partnership and "
                "leave it to others.",
            )
        )
    )
    parts.append("</p><ul>")
    parts += [f"<li><b>{e(label(s))}</b> — {e(meaning(s))}</li>" for s in Seniority]
    parts.append("</ul>")
    return "".join(parts)


class ModelHelpDialog(QDialog):
    """A window to keep open beside the work (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("ModelHelp", "The Partnership Model"))
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        browser = QTextBrowser(self)
        browser.setAccessibleName(translate("ModelHelp", "The partnership model"))
        browser.setHtml(model_html())
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
