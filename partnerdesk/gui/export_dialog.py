"""File → Export… (Ctrl+E): a partnership's summary or the portfolio report, previewed first.

The dialog builds the document the file will get and shows it: a PDF as its pages, drawn
from the very layout the PDF is written from; HTML as the very page the file holds; Markdown
as the very text, with its charts. Nothing is written until Save.

The window stays responsive however large the portfolio: what the document shows is read on a
worker thread with a connection of its own, its charts are drawn here (Qt draws widgets on the
GUI thread only: a fraction of a second), and its pages are laid out and the file written on
worker threads again, the preview saying how far it got. A change of choice while it works
stops the work and starts again from what changed.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, SignalInstance
from PySide6.QtGui import QGuiApplication, QPalette, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from partnerdesk.domain.partnerships import list_partnerships
from partnerdesk.domain.summary import default_since
from partnerdesk.exports.document import (
    Document,
    Format,
    Pages,
    Paper,
    PrintedPages,
    PrintLayout,
    images_folder,
    locale_paper,
    markdown_image_link,
    to_html,
    to_markdown,
    write_document,
)
from partnerdesk.gui import dialogs, exchange, settings
from partnerdesk.gui.background import Task, run_with_progress
from partnerdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from partnerdesk.gui.text import error_text, translate
from partnerdesk.gui.widgets import error_colour, muted_colour
from partnerdesk.gui.workspace import Workspace
from partnerdesk.progress import CancelCheck, Progress
from partnerdesk.store.connection import Store

#: Characters no file name may hold on one system or another.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(text: str) -> str:
    """``text`` made safe as a file name on any system."""
    cleaned = _NOT_IN_FILE_NAMES.sub(" ", text)
    return " ".join(cleaned.split()).strip(" .") or "PartnerDesk"


#: What a document depends on: the partnership (None: the portfolio report), the date its
#: contacts start from, and whether it holds private entries.
DocumentKey = tuple[int | None, date | None, bool]


@dataclass(frozen=True)
class Choice:
    """What the dialog is set to export."""

    #: The partnership to summarise; None for the portfolio report.
    partnership_id: int | None
    fmt: Format
    paper: Paper
    since: date | None
    include_private: bool

    @property
    def document_key(self) -> DocumentKey:
        """What the document depends on (the format and paper only change how it is written)."""
        return self.partnership_id, self.since, self.include_private


class ExportDialog(QDialog):
    """Choose what to export and how, see it, and save it."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        partnership_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # It holds a whole document with its pictures: let it go when closed.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        #: The document previewed, and its pages once laid out for the paper chosen.
        self.document: Document | None = None
        self.pages: Pages | None = None
        self._document_key: DocumentKey | None = None
        #: What the preview shows; None while it is being made.
        self._shown: Choice | None = None
        #: The step of the preview under way, and the file being written.
        self._task: Task | None = None
        self._saving: Task | None = None
        #: What could not be read, and why.
        self._problem: tuple[DocumentKey, str] | None = None
        #: What a worker read, to draw once it has ended.
        self._read_: tuple[DocumentKey, object] | None = None
        self._closing = False
        self._broken = False
        self._composing = False
        ui = self.ui
        heading = ui.whatHeading.font()
        heading.setBold(True)
        ui.whatHeading.setFont(heading)
        for label in (ui.whatHint, ui.previewInfo):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
            label.setPalette(palette)
        palette = ui.sinceMessage.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        ui.sinceMessage.setPalette(palette)
        ui.sinceMessage.hide()
        # The documents are drawn for paper: black on white whatever the system's colours.
        paper = ui.textView.palette()
        paper.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
        paper.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        ui.textView.setPalette(paper)
        ui.textView.setOpenExternalLinks(False)

        for partnership in list_partnerships(workspace.store):
            ui.partnershipCombo.addItem(partnership.name, partnership.id)
        for fmt in Format:
            ui.formatCombo.addItem(fmt.label, fmt.value)
        for choice in Paper:
            ui.paperCombo.addItem(choice.label, choice.value)
        ui.paperCombo.setCurrentIndex(list(Paper).index(locale_paper()))
        ui.sinceEdit.set_today(workspace.today)
        ui.sinceEdit.set_value(default_since(workspace.today()))

        has_partnerships = ui.partnershipCombo.count() > 0
        ui.summaryRadio.setEnabled(has_partnerships)
        if partnership_id is not None and has_partnerships:
            index = ui.partnershipCombo.findData(partnership_id)
            ui.partnershipCombo.setCurrentIndex(max(0, index))
            ui.summaryRadio.setChecked(True)
        else:
            ui.portfolioRadio.setChecked(True)

        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("ExportDialog", "&Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        for radio in (ui.summaryRadio, ui.portfolioRadio):
            radio.toggled.connect(self._schedule)
        for combo in (ui.partnershipCombo, ui.formatCombo, ui.paperCombo):
            combo.currentIndexChanged.connect(self._schedule)
        ui.privateCheck.toggled.connect(self._schedule)
        ui.sinceEdit.editingFinished.connect(self._schedule)
        self._update_controls()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1080, round(screen.width() * 0.92)), min(760, round(screen.height() * 0.9)))
        QTimer.singleShot(0, self.refresh)

    # --- what is chosen -------------------------------------------------------------------

    @property
    def summary(self) -> bool:
        """True when a partnership's summary is chosen, False for the portfolio report."""
        return self.ui.summaryRadio.isChecked()

    def choice(self) -> Choice | None:
        """What is chosen; None while the date typed is not a date."""
        ui = self.ui
        since = None
        if self.summary:
            try:
                since = ui.sinceEdit.value()
            except ValueError as exc:
                self._date_problem(str(exc))
                return None
            if since is not None and since > self.workspace.today():
                self._date_problem(translate("ExportDialog", "The date cannot be after today."))
                return None
        self._date_problem(None)
        return Choice(
            partnership_id=ui.partnershipCombo.currentData() if self.summary else None,
            fmt=Format(ui.formatCombo.currentData()),
            paper=Paper(ui.paperCombo.currentData()),
            since=since,
            include_private=self.summary and ui.privateCheck.isChecked(),
        )

    def _date_problem(self, text: str | None) -> None:
        self.ui.sinceMessage.setText(text or "")
        self.ui.sinceMessage.setVisible(bool(text))
        if text:
            self.save_button.setEnabled(False)

    def _schedule(self) -> None:
        self._update_controls()
        # Until the preview follows, Save would write something else than is seen.
        self.save_button.setEnabled(False)
        self._timer.start()

    def _update_controls(self) -> None:
        ui = self.ui
        summary = self.summary
        ui.partnershipCombo.setEnabled(summary)
        for widget in (ui.sinceLabel, ui.sinceEdit, ui.privateCheck, ui.privateHint):
            widget.setEnabled(summary)
        # The portfolio report is a page of tables and a map: PDF or HTML only.
        markdown = list(Format).index(Format.MARKDOWN)
        model = ui.formatCombo.model()
        if isinstance(model, QStandardItemModel):
            model.item(markdown).setEnabled(summary)
        if not summary and ui.formatCombo.currentIndex() == markdown:
            ui.formatCombo.setCurrentIndex(0)
        pdf = ui.formatCombo.currentData() == Format.PDF.value
        ui.paperLabel.setEnabled(pdf)
        ui.paperCombo.setEnabled(pdf)
        ui.whatHint.setText(
            translate(
                "ExportDialog",
                "To share with a partner: the partnership, its history, its integration charts, "
                "its contacts and what is still to be done.",
            )
            if summary
            else translate(
                "ExportDialog",
                "Every partnership at a glance: the portfolio map, what needs attention, and "
                "each one's kind, stage, strength and contacts.",
            )
        )
        private = summary and ui.privateCheck.isChecked()
        ui.privateHint.setText(
            translate(
                "ExportDialog",
                "For your own archive only: it says on its first page and on every page that "
                "it is not for sharing.",
            )
            if private
            else translate(
                "ExportDialog",
                "Left out: private journal entries, private assessments, every note and the "
                "details of each entry.",
            )
        )
        palette = ui.privateHint.palette()
        colour = error_colour(palette) if private else muted_colour(palette)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        ui.privateHint.setPalette(palette)

    # --- the preview ----------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Whether the preview shows what is chosen, so that Save writes what is seen."""
        return self._shown is not None and self._shown == self.choice()

    def refresh(self) -> None:
        """Bring the preview up to what is chosen: read the document again only when what it
        shows changed, lay its pages out again only when they are shown and the paper changed.

        Each step that takes a while runs on a worker; when it ends, this is called again for
        the next step. A change while one runs stops it, and the preview starts from there.
        """
        self._timer.stop()
        if self._closing or self._broken or self._composing:
            return
        choice = self.choice()
        if choice is None:
            if self._task is not None:
                self._task.cancel()
            if self._shown is None:
                self._working(self.ui.sinceMessage.text(), busy=False)
            return
        if self._task is not None:
            self._task.cancel()
            return
        if self._problem is not None and self._problem[0] == choice.document_key:
            self._working(self._problem[1], busy=False)
            return
        if self.document is None or choice.document_key != self._document_key:
            self._read(choice)
        elif choice.fmt is Format.PDF and (
            self.pages is None or self.pages.paper is not choice.paper
        ):
            self._lay_out(self.document, choice.paper)
        elif choice != self._shown:
            self._show(choice)
        else:
            self.save_button.setEnabled(True)

    def _working(self, text: str, *, busy: bool = True) -> None:
        """Say in the preview's place what is being done (or, not ``busy``, what went wrong);
        nothing can be saved until the preview follows the choice."""
        ui = self.ui
        self._shown = None
        self.save_button.setEnabled(False)
        ui.workingLabel.setText(text)
        ui.workingBar.setVisible(busy)
        ui.previewStack.setCurrentWidget(ui.workingPage)
        ui.previewInfo.clear()

    def _start(self, task: Task) -> None:
        self._task = task
        task.crashed.connect(self._crashed)
        task.done.connect(lambda: self._ended(task))
        task.begin()

    def _ended(self, task: Task) -> None:
        _let_go(task)
        if self._task is not task:
            return
        self._task = None
        read, self._read_ = self._read_, None
        if read is not None and not self._closing:
            choice = self.choice()
            if choice is not None and choice.document_key == read[0]:
                self._compose(*read)
        self.refresh()

    def _crashed(self, details: str) -> None:
        self._give_up()
        raise RuntimeError(details)

    def _give_up(self) -> None:
        # A bug: say so here and let the application's handler report it; trying again would
        # only fail again.
        self._broken = True
        self._working(translate("ExportDialog", "The preview could not be made."), busy=False)

    def _read(self, choice: Choice) -> None:
        self._working(translate("ExportDialog", "Reading what the document shows…"))
        self.document = self.pages = None
        self.ui.pagesView.set_layout(None)
        key, today = choice.document_key, self.workspace.today()
        leaders = settings.LEADER_THRESHOLD_DAYS.value
        assessments = settings.ASSESSMENT_INTERVAL_DAYS.value

        def work(store: Store | None, progress: Progress, cancelled: CancelCheck) -> object:
            from partnerdesk.exports.portfolio_report import read_portfolio
            from partnerdesk.exports.summary import read_summary

            assert store is not None
            if choice.partnership_id is not None:
                return read_summary(
                    store,
                    choice.partnership_id,
                    today=today,
                    since=choice.since,
                    include_private=choice.include_private,
                )
            return read_portfolio(
                store,
                today=today,
                leader_threshold_days=leaders,
                assessment_interval_days=assessments,
            )

        task = Task(work, store=self.workspace.store, readonly=True, parent=self)
        # Drawn once the worker has ended: drawing charts delivers the events waiting, and the
        # worker's end among them would start the next step in the middle of the drawing.
        task.succeeded.connect(lambda reading: setattr(self, "_read_", (key, reading)))
        task.failed.connect(lambda error: self._failed(key, error))
        self._start(task)

    def _compose(self, key: DocumentKey, reading: object) -> None:
        """Turn what was read into the document, drawing its charts (GUI thread only)."""
        from partnerdesk.exports.portfolio_report import PortfolioReading, portfolio_from
        from partnerdesk.exports.summary import SummaryReading, summary_from

        self.ui.workingLabel.setText(translate("ExportDialog", "Drawing the charts…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._composing = True
        try:
            if isinstance(reading, SummaryReading):
                self.document = summary_from(reading)
            else:
                assert isinstance(reading, PortfolioReading)
                self.document = portfolio_from(reading)
        except Exception:
            self._give_up()
            raise
        finally:
            self._composing = False
            QGuiApplication.restoreOverrideCursor()
        self._document_key = key
        self._problem = None

    def _failed(self, key: DocumentKey, error: Exception) -> None:
        self._problem = (key, error_text(error))

    def _lay_out(self, document: Document, paper: Paper) -> None:
        self._working(translate("ExportDialog", "Laying out the pages…"))
        self.pages = None
        self.ui.pagesView.set_layout(None)
        # Asked here: the application's font belongs to the GUI thread.
        font = QGuiApplication.font()

        def work(store: Store | None, progress: Progress, cancelled: CancelCheck) -> object:
            layout = PrintLayout(document, paper, font=font, cancelled=cancelled)
            return layout.record()

        def laid_out(pages: object) -> None:
            if document is self.document:
                assert isinstance(pages, PrintedPages)
                self.pages = pages

        task = Task(work, parent=self)
        task.succeeded.connect(laid_out)
        self._start(task)

    def _show(self, choice: Choice) -> None:
        document = self.document
        assert document is not None
        ui = self.ui
        self.save_button.setEnabled(True)
        self._shown = choice
        if choice.fmt is Format.PDF:
            assert self.pages is not None
            if ui.pagesView.pages.layout_ is not self.pages:
                ui.pagesView.set_layout(self.pages)
            ui.previewStack.setCurrentWidget(ui.pagesView)
            ui.previewInfo.setText(
                translate(
                    "ExportDialog",
                    "%n pages on %1 paper, shown exactly as the PDF will hold them.",
                    None,
                    self.pages.page_count,
                ).replace("%1", choice.paper.label)
            )
            return
        view = ui.textView
        if choice.fmt is Format.HTML:
            view.setHtml(to_html(document))
            ui.previewInfo.setText(
                translate(
                    "ExportDialog",
                    "One web page with its charts inside it, which any browser opens, even "
                    "offline. Browsers show it in their own fonts.",
                )
            )
        else:
            # The links name the folder beside the file: the file suggested, until saved.
            target = self.suggested_path(choice)
            text = to_markdown(document, lambda image: markdown_image_link(target, image))
            view.setMarkdown(text)
            ratio = view.devicePixelRatioF()
            for image in document.images:
                # As Markdown viewers do, fit the charts to the page rather than show their
                # every pixel.
                picture = image.picture.scaledToWidth(
                    round(image.width * ratio), Qt.TransformationMode.SmoothTransformation
                )
                picture.setDevicePixelRatio(ratio)
                view.document().addResource(
                    QTextDocument.ResourceType.ImageResource,
                    QUrl(markdown_image_link(target, image)),
                    picture,
                )
            view.viewport().update()
            ui.previewInfo.setText(
                translate(
                    "ExportDialog",
                    "Markdown, with its %n charts as pictures in a folder beside it (“%1”).",
                    None,
                    len(document.images),
                ).replace("%1", images_folder(target).name)
            )
        view.verticalScrollBar().setValue(0)
        ui.previewStack.setCurrentWidget(view)

    # --- saving -----------------------------------------------------------------------------

    def suggested_path(self, choice: Choice) -> Path:
        """Where the file is suggested to go: the documents folder, named after what it is."""
        today = self.workspace.today().isoformat()
        if choice.partnership_id is not None:
            name = translate("ExportDialog", "%1 summary %2").replace(
                "%1", self.ui.partnershipCombo.currentText()
            )
            if choice.include_private:
                name = translate("ExportDialog", "%1 summary with private entries %2").replace(
                    "%1", self.ui.partnershipCombo.currentText()
                )
        else:
            name = translate("ExportDialog", "Partnership portfolio %2")
        return exchange.documents_folder() / (
            file_name(name.replace("%2", today)) + choice.fmt.suffix
        )

    def _filter(self, fmt: Format) -> str:
        return f"{fmt.label} (*{fmt.suffix})"

    def save(self) -> None:
        """Ask where, and write the document shown there (on a worker, with a progress dialog
        should it take a while)."""
        choice = self.choice()
        if choice is None or not self.ready or self.document is None or self._saving:
            return
        title = (
            translate("ExportDialog", "Save the summary")
            if choice.partnership_id
            else (translate("ExportDialog", "Save the portfolio report"))
        )
        target = exchange.choose_save_file(
            self, title, self.suggested_path(choice), self._filter(choice.fmt)
        )
        if target is None:
            return
        if target.suffix.lower() != choice.fmt.suffix:
            target = target.with_name(target.name + choice.fmt.suffix)
        document, pages = self.document, self.pages if choice.fmt is Format.PDF else None

        def work(store: Store | None, progress: Progress, cancelled: CancelCheck) -> object:
            return write_document(
                document, target, choice.fmt, paper=choice.paper, pages=pages, cancelled=cancelled
            )

        task = Task(work, parent=self)
        task.succeeded.connect(lambda written: self._saved(choice, target, written))
        task.failed.connect(
            lambda error: dialogs.warn(
                self,
                title,
                translate("ExportDialog", "The file could not be written."),
                error_text(error),
            )
        )
        task.cancelled.connect(
            lambda: self.ui.previewInfo.setText(
                translate("ExportDialog", "Stopped: nothing was written.")
            )
        )
        task.crashed.connect(_crash)
        self._saving = task
        self.save_button.setEnabled(False)
        task.done.connect(lambda: self._saving_ended(task))
        run_with_progress(
            self,
            task,
            title=title,
            label=translate("ExportDialog", "Writing %1…").replace("%1", target.name),
        )

    def _saving_ended(self, task: Task) -> None:
        _let_go(task)
        if self._saving is task:
            self._saving = None
            self.save_button.setEnabled(self.ready)

    def _saved(self, choice: Choice, target: Path, written: list[Path]) -> None:
        if choice.partnership_id is not None:
            message = translate("ExportDialog", "Saved the summary of %1 to %2.").replace(
                "%1", self.ui.partnershipCombo.currentText()
            )
        else:
            message = translate("ExportDialog", "Saved the portfolio report to %2.")
        message = message.replace("%2", str(target))
        if len(written) > 1:
            message += " " + translate("ExportDialog", "Its charts are in “%1” beside it.").replace(
                "%1", images_folder(target).name
            )
        self.workspace.tell(message)
        self.accept()

    # --- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops the work under way (nothing is written by a preview, nor by a save
        not yet put in place), without waiting for it."""
        self._closing = True
        for task in (self._task, self._saving):
            if task is not None and task.isRunning():
                task.cancel()
                # It ends on its own, telling the dialog nothing: the dialog may be gone.
                for signal in (task.succeeded, task.failed, task.cancelled, task.crashed):
                    _disconnect(signal)
                _disconnect(task.done)
                _outliving.add(task)
                task.setParent(None)
                task.done.connect(lambda task=task: _let_go(task))
        super().done(result)


#: Work still running for a dialog that has closed, kept until it ends.
_outliving: set[Task] = set()


def _disconnect(signal: SignalInstance) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect()


def _let_go(task: Task) -> None:
    _outliving.discard(task)
    task.deleteLater()


def _crash(details: str) -> None:
    # A bug: let the application's exception handling report it.
    raise RuntimeError(details)
