"""Things in the record panes that act when clicked: lines that select a record, and web addresses.

A source's address comes from whoever wrote or imported it. Opening it hands it to the operating
system, which would just as well run a ``file:`` program or a ``javascript:`` snippet, so only
http and https addresses are opened, and only after the user has seen the whole address.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QMouseEvent, QPalette, QPaintEvent, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QStyle, QStyleOptionFocusRect, QStylePainter, QWidget

from timeline_app.ui.errors import warn
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import literal

WEB_SCHEMES = ("http", "https")
ACTIVATING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class LinkLabel(QLabel):
    """A wrapped plain-text line that works as a link: click it, or Tab to it and press Enter.

    A rich-text anchor would need HTML built from user text; this needs none.
    """

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setForegroundRole(QPalette.ColorRole.Link)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.setAccepted(event.button() == Qt.MouseButton.LeftButton)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        accepted = event.button() == Qt.MouseButton.LeftButton
        event.setAccepted(accepted)
        if accepted and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ACTIVATING_KEYS:
            self.clicked.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A label draws no focus frame of its own; without one, keyboard users cannot see where they are."""
        super().paintEvent(event)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            QStylePainter(self).drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)


def is_web_address(address: str) -> bool:
    """http and https addresses with a host, and mailto addresses: nothing else is opened."""
    url = QUrl(address.strip())
    if url.scheme().lower() == "mailto":
        return url.isValid() and "@" in url.path()
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


def open_web_address(parent: QWidget, address: str) -> bool:
    """Open ``address`` in the browser if it is a web address and the user agrees; True if opened.

    The question shows the address fully encoded and names the site it leads to (international
    names in their ASCII form), so "https://good.example@evil.example" or a look-alike host
    cannot pass for the real one.
    """
    if not is_web_address(address):
        warn(parent, tr("Address Not Opened"),
             tr("Only web or mail addresses (http, https or mailto) are opened, not: {}").format(address))
        return False
    url = QUrl(address.strip())
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    where = url.path(encoded) if url.scheme().lower() == "mailto" else url.host(encoded)
    mail = url.scheme().lower() == "mailto"
    question = (tr("Open this address?\n\n{}\n\nMail to: {}") if mail else tr("Open this address?\n\n{}\n\nSite: {}")
                ).format(url.toString(encoded), where)
    if QMessageBox.question(parent, tr("Open Web Address"), literal(question)) != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(url)
