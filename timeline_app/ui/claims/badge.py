"""How each row of the claims tree is painted: plain text, and marks that never rely on colour alone.

Every string drawn here is user data, so it is drawn with ``QPainter.drawText`` as plain text,
never handed to anything that might read it as HTML. The marks reuse the timeline's own look
(:class:`~timeline_app.ui.timeline.painter.TimelinePainter`), so a claim's status badge carries the
same shape and colour as its marker on the timeline, plus the status in words, and a relation row
starts with the same line, dash pattern and arrow as its link there.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from timeline_app.ui.claims.model import Role
from timeline_app.ui.claims.nodes import Column
from timeline_app.ui.timeline.painter import TimelinePainter
from timeline_app.ui.timeline.theme import Fonts, Sizes, Theme, faded, mix, readable

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 4           # space between marks and text, and inside the badge
ROW_PADDING = 8   # a row is this much taller than a line, to fit the badge's outline
SAMPLE = 22       # the length of a relation row's line sample
TEXT_FLAGS = Qt.TextFlag.TextSingleLine


class ClaimDelegate(QStyledItemDelegate):
    """Paints the claims tree's cells; :meth:`restyle` follows the view's palette and font."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.restyle(parent.palette(), parent.font())

    def restyle(self, palette: QPalette, font: QFont) -> None:
        self._theme = Theme.from_palette(palette)
        fonts = Fonts.from_font(font)
        self._marks = TimelinePainter(self._theme, fonts, Sizes.for_fonts(fonts))
        self._bold = QFont(font)
        self._bold.setBold(True)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PAD, max(size.height(), QFontMetrics(option.font).height() + ROW_PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(PAD, 0, -PAD, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        kind = index.data(Role.KindRole)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "party":
            self._party(painter, rect, index, text, pen)
        elif kind == "relation":
            self._relation(painter, rect, index, text, opt.font, pen)
        elif kind == "claim" and index.column() == Column.STATUS:
            self._badge(painter, rect, index.data(Role.StatusRole), text, opt.font)
        else:
            self._text(painter, rect, text, opt.font, pen, Qt.AlignmentFlag(int(opt.displayAlignment)))
        painter.restore()

    def _text(self, painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """One line of plain text, elided to fit; line breaks in user text become spaces."""
        one_line = " ".join(text.split())
        painter.setFont(font)
        painter.setPen(colour)
        elided = QFontMetrics(font).elidedText(one_line, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter) | TEXT_FLAGS, elided)

    def _party(self, painter: QPainter, rect: QRect, index: ModelIndex, text: str, pen: QColor) -> None:
        """The party's colour as a square (its lane's colour on the timeline), then "Ukraine (6)" in bold;
        a party without matching claims is greyed."""
        side = QFontMetrics(self._bold).ascent() - 2
        square = QRectF(rect.left(), rect.center().y() - side / 2 + 1, side, side)
        colour = index.data(Role.PartyColourRole) or self._theme.muted
        painter.setPen(QPen(self._theme.text, 0.8))
        painter.setBrush(readable(QColor(colour), self._theme.background))
        painter.drawRoundedRect(square, 2, 2)
        colour = pen if index.data(Role.CountRole) else mix(pen, self._theme.background, 0.45)
        self._text(painter, rect.adjusted(side + 2 * PAD, 0, 0, 0), text, self._bold, colour)

    def _relation(self, painter: QPainter, rect: QRect, index: ModelIndex, text: str, font: QFont, pen: QColor) -> None:
        """The relation's line, pointing away from this claim ("denies") or at it ("denied by"), then the words."""
        y, left, right = rect.center().y() + 0.5, rect.left() + 2.0, rect.left() + SAMPLE
        ends = (QPointF(left, y), QPointF(right, y))
        outgoing = index.data(Role.OutgoingRole)
        self._marks.paint_relation_sample(painter, *(ends if outgoing else reversed(ends)),
                                          index.data(Role.RelationTypeRole))
        self._text(painter, rect.adjusted(SAMPLE + 2 * PAD, 0, 0, 0), text, font, pen)

    def _badge(self, painter: QPainter, rect: QRect, status: str | None, text: str, font: QFont) -> None:
        """A pill with the status's mark and word, outlined in its colour: shape, colour and text agree."""
        colour = self._theme.status(status).colour
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        mark = height - 6
        # whole pixels rounded up: a word whose width is a fraction over (“Ungeprüft”) is not elided
        width = min(rect.width(), mark + 3 * PAD + math.ceil(QFontMetricsF(font).horizontalAdvance(text)) + 1)
        pill = QRectF(rect.left(), rect.center().y() - height / 2 + 0.5, width, height)
        painter.setPen(QPen(faded(colour, 0.9), 1.0))
        painter.setBrush(mix(self._theme.background, colour, 0.14))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        centre = QPointF(pill.left() + PAD + mark / 2, pill.center().y())
        self._marks.paint_status_sample(painter, centre, status or "unverified", mark)
        text_rect = QRect(int(pill.left() + 2 * PAD + mark), rect.top(), int(width - 3 * PAD - mark), rect.height())
        self._text(painter, text_rect, text, font, self._theme.text)
