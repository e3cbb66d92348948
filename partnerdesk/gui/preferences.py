"""Preferences: when partnerships need attention, how dates are written, which colours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from partnerdesk.gui import settings
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.forms.ui_preferences import Ui_PreferencesDialog
from partnerdesk.gui.text import short_date, translate
from partnerdesk.gui.theme import apply_theme
from partnerdesk.gui.widgets import mute, select_data


class PreferencesDialog(QDialog):
    """Every change applies at once and is kept; Close closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        days = translate("PreferencesDialog", " days")
        for spin, option in (
            (ui.leaderSpin, settings.LEADER_THRESHOLD_DAYS),
            (ui.assessmentSpin, settings.ASSESSMENT_INTERVAL_DAYS),
        ):
            spin.setRange(option.minimum, option.maximum)
            spin.setSuffix(days)
            spin.setSingleStep(7)
        example = date(2026, 3, 31)
        ui.dateCombo.addItem(
            translate("PreferencesDialog", "As your language writes them"), "locale"
        )
        ui.dateCombo.addItem(translate("PreferencesDialog", "ISO (2026-03-31)"), "iso")
        ui.themeCombo.addItem(translate("PreferencesDialog", "Follow the system"), "system")
        ui.themeCombo.addItem(translate("PreferencesDialog", "Light"), "light")
        ui.themeCombo.addItem(translate("PreferencesDialog", "Dark"), "dark")
        mute(ui.savedLabel)
        self._load()
        self._example = example
        self._show_example()
        ui.leaderSpin.valueChanged.connect(self._leader)
        ui.assessmentSpin.valueChanged.connect(self._assessment)
        ui.dateCombo.currentIndexChanged.connect(self._date_format)
        ui.themeCombo.currentIndexChanged.connect(self._theme)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        restore = ui.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

    def _load(self) -> None:
        ui = self.ui
        for widget in (ui.leaderSpin, ui.assessmentSpin, ui.dateCombo, ui.themeCombo):
            widget.blockSignals(True)
        ui.leaderSpin.setValue(settings.LEADER_THRESHOLD_DAYS.value)
        ui.assessmentSpin.setValue(settings.ASSESSMENT_INTERVAL_DAYS.value)
        select_data(ui.dateCombo, settings.DATE_FORMAT.value)
        select_data(ui.themeCombo, settings.THEME.value)
        for widget in (ui.leaderSpin, ui.assessmentSpin, ui.dateCombo, ui.themeCombo):
            widget.blockSignals(False)

    def _show_example(self) -> None:
        self.ui.dateCombo.setToolTip(
            translate("PreferencesDialog", "For example %1").replace(
                "%1", short_date(self._example)
            )
        )

    def _leader(self, value: int) -> None:
        settings.LEADER_THRESHOLD_DAYS.value = value
        events.announce({Topic.SETTINGS})

    def _assessment(self, value: int) -> None:
        settings.ASSESSMENT_INTERVAL_DAYS.value = value
        events.announce({Topic.SETTINGS})

    def _date_format(self) -> None:
        settings.DATE_FORMAT.value = self.ui.dateCombo.currentData()
        self._show_example()
        # Every list shows dates: read everything again.
        events.announce(set(Topic))

    def _theme(self) -> None:
        settings.THEME.value = self.ui.themeCombo.currentData()
        apply_theme(settings.THEME.value)
        events.announce({Topic.SETTINGS})

    def restore_defaults(self) -> None:
        """Put every preference back to how PartnerDesk comes."""
        for option in (
            settings.LEADER_THRESHOLD_DAYS,
            settings.ASSESSMENT_INTERVAL_DAYS,
            settings.DATE_FORMAT,
            settings.THEME,
        ):
            option.reset()
        apply_theme(settings.THEME.value)
        self._load()
        events.announce(set(Topic))
