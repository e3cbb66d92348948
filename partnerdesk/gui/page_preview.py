"""The pages of a PDF before it is written: drawn from the same layout the PDF is written from.

:class:`PagePreview` is a scroll area showing
:class:`~partnerdesk.exports.document.Pages` (a layout, or its recording) one under the other,
as wide as the view allows. Only the pages in sight are drawn, each once for a given width, so a
long document scrolls smoothly.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from partnerdesk.exports.document import Pages

#: The space around and between pages, in pixels.
GAP = 16
#: Pages are never drawn wider than this, however wide the window.
MAX_PAGE_WIDTH = 900


class _PageStrip(QWidget):
    """The pages, one under the other, drawn as they come into sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_: Pages | None = None
        self.page_width = 600
        self._cache: dict[int, QImage] = {}
        self.setAutoFillBackground(True)

    def set_layout(self, layout: Pages | None) -> None:
        self.layout_ = layout
        self._cache.clear()
        self._resize()
        self.update()

    def set_page_width(self, width: int) -> None:
        if width != self.page_width:
            self.page_width = width
            self._cache.clear()
            self._resize()
            self.update()

    @property
    def page_height(self) -> int:
        if self.layout_ is None:
            return 0
        size = self.layout_.page_size
        return round(self.page_width * size.height() / size.width())

    def page_rect(self, index: int) -> QRect:
        left = max(GAP, (self.width() - self.page_width) // 2)
        top = GAP + index * (self.page_height + GAP)
        return QRect(left, top, self.page_width, self.page_height)

    def _resize(self) -> None:
        pages = 0 if self.layout_ is None else self.layout_.page_count
        self.setMinimumHeight(GAP + pages * (self.page_height + GAP))

    def sizeHint(self) -> QSize:
        return QSize(self.page_width + 2 * GAP, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.layout_ is None:
            return
        painter = QPainter(self)
        shadow = self.palette().color(QPalette.ColorRole.Shadow)
        shadow.setAlpha(60)
        for index in range(self.layout_.page_count):
            rect = self.page_rect(index)
            if not rect.adjusted(-4, -4, 4, 4).intersects(event.rect()):
                continue
            painter.fillRect(rect.translated(2, 3), shadow)
            image = self._cache.get(index)
            if image is None:
                image = self.layout_.page_image(index, self.page_width, self.devicePixelRatioF())
                self._cache[index] = image
            painter.drawImage(rect.topLeft(), image)
            painter.setPen(QColor(0, 0, 0, 40))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


class PagePreview(QScrollArea):
    """The pages of a document laid out for print, as wide as the view allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = _PageStrip()
        self.pages.setBackgroundRole(QPalette.ColorRole.Mid)
        self.setBackgroundRole(QPalette.ColorRole.Mid)
        self.setWidget(self.pages)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(80)
        self._fit.timeout.connect(self._fit_width)

    def set_layout(self, layout: Pages | None) -> None:
        """Show the pages of ``layout`` (None: none), from the first."""
        self._fit_width()
        self.pages.set_layout(layout)
        self.verticalScrollBar().setValue(0)

    @property
    def page_count(self) -> int:
        """How many pages are shown."""
        return 0 if self.pages.layout_ is None else self.pages.layout_.page_count

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def _fit_width(self) -> None:
        scroll = self.verticalScrollBar().sizeHint().width()
        available = self.viewport().width() - 2 * GAP - scroll
        self.pages.set_page_width(max(200, min(MAX_PAGE_WIDTH, available)))
