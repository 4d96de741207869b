"""The timeline as a PDF an editor can take: vector pages with real, searchable text.

Every page carries the title, the range it shows, the date it was made, "page n / N" and a legend
(party colours, status shapes, relation lines, how imprecise dates look); the timeline pages
repeat the axis and lane names for their slice of time, drawn by the screen's own layout and
painter. The claims appendix and the list of sources follow.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter,
                           QPdfWriter)

from timeline_app.domain.dates import DatePoint, DateValue
from timeline_app.domain.timeline.items import APPROXIMATE, IMPRECISE, OPEN_END, UNCERTAIN
from timeline_app.domain.timeline.layout import Layout
from timeline_app.export.appendix import AppendixPages, appendix_paragraphs
from timeline_app.export.glyphs import ShapedTexts
from timeline_app.io.formats import ExportError
from timeline_app.messages import message
from timeline_app.export.scene import PRINT_PIXEL_SIZE, SceneOptions, TimelineScene, print_font
from timeline_app.store.db import Project
from timeline_app.store.report_query import gather_report
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.theme import lane_name
from timeline_app.ui.vocabulary import relation_verb, status_label

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 96  # device pixels per inch: the layout's sizes are screen pixels at 100%
MARGIN_MM = 12.0
#: Room for each kind of legend sample before its words.
SAMPLE_WIDTH = {"lane": 14.0, "status": 15.0, "relation": 31.0, "date": 33.0}


@dataclass
class PdfOptions:
    page_size: str = "A4"
    landscape: bool = True
    pages_wide: int = 1
    title: str = ""
    subtitle: str = ""
    appendix: bool = True
    scene: SceneOptions = field(default_factory=SceneOptions)


@dataclass
class _Page:
    kind: str            # "timeline" or "appendix"
    t0: float = 0.0
    t1: float = 0.0
    scroll: float = 0.0  # the first lane pixel shown (later pages of a tall slice)
    lanes: float = 0.0   # how many lane pixels this page shows (0: as many as fit)
    index: int = 0       # the appendix page's number within the document


def page_layout(options: PdfOptions) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(PAGE_SIZES[options.page_size]), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def new_writer(path: Path, options: PdfOptions) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(options))
    writer.setTitle(options.title or tr("Timeline"))
    writer.setCreator("timeline_app")
    return writer


def write_pdf(project: Project, path: Path | str, options: PdfOptions) -> int:
    """Write the PDF to ``path``; returns the page count. Callers that replace a file go through
    ``io.formats.export_file``, which writes to a temporary name and renames it when complete."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(message("{path}: no such folder", path=path.parent))
    return PdfDocument(project, options).draw(new_writer(path, options))


class PdfDocument:
    """Plans the pages (time slices, vertical continuations, appendix), then draws them on a PDF
    writer, a printer, or (one page) a preview image."""

    def __init__(self, project: Project, options: PdfOptions):
        with _collector_paused():
            self.options = options
            self.layout = page_layout(options)
            self.scene = TimelineScene.load(project, options.scene)
            size = self.layout.paintRectPixels(RESOLUTION).size()
            self.page = QRectF(0, 0, size.width(), size.height())
            self.fonts = _HeaderFonts()
            self._words: _HeaderWords | None = None
            self.header_height = self._header_height()
            self.body = QRectF(0, self.header_height, self.page.width(), self.page.height() - self.header_height)
            self.range = self.scene.time_range()
            self.appendix = self._appendix(project) if options.appendix else None
            self._slices: dict[tuple[float, float], Layout] = {}  # each time slice laid out once
            self.pages = self._plan()

    def draw(self, device: QPagedPaintDevice) -> int:
        """Every page onto a PDF writer or printer set up with :attr:`layout`; returns the count."""
        painter = QPainter()
        if not painter.begin(device):
            raise ExportError(message("cannot write the PDF there"))
        try:
            with _collector_paused():
                for number in range(len(self.pages)):
                    if number:
                        device.newPage()
                    self.paint_page(painter, number)
        finally:
            painter.end()
        return len(self.pages)

    def paint_page(self, p: QPainter, number: int) -> None:
        """Page ``number`` (from 0), in page pixels at 96 per inch, origin inside the margins."""
        page = self.pages[number]
        self._header(p, page, number + 1, len(self.pages))
        if page.kind == "timeline":
            layout = self._slices.get((page.t0, page.t1))
            if layout is None:
                layout = self.scene.layout(page.t0, page.t1, self.body)
            self.scene.paint(p, layout, self._shown(page), page.scroll)
        else:
            self._appendix_page(p, page.index)

    def preview(self, number: int = 0, scale: float = 1.0) -> QImage:
        """One page as the paper shows it, margins included, for the export dialog."""
        full = self.layout.fullRectPixels(RESOLUTION)
        image = QImage(round(full.width() * scale), round(full.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        margins = self.layout.marginsPixels(RESOLUTION)
        painter.translate(margins.left(), margins.top())
        self.paint_page(painter, min(number, len(self.pages) - 1))
        painter.end()
        return image

    # -- planning

    def _plan(self) -> list[_Page]:
        pages: list[_Page] = []
        if self.range is not None:
            t0, t1 = self.range
            n = max(1, self.options.pages_wide)
            step = (t1 - t0) / n
            for i in range(n):
                a, b = t0 + i * step, t0 + (i + 1) * step
                layout = self._slices[(a, b)] = self.scene.layout(a, b, self.body)
                cuts = self._vertical_cuts(layout)
                ends = cuts[1:] + [layout.height]
                pages += [_Page("timeline", a, b, top, end - top) for top, end in zip(cuts, ends)]
        if self.appendix is not None:
            pages += [_Page("appendix", index=i) for i in range(self.appendix.page_count)]
        return pages or [_Page("timeline")]

    def _vertical_cuts(self, layout) -> list[float]:
        """Scroll offsets of the pages one slice needs, cutting between lanes where possible."""
        room = self.body.height() - self.scene.sizes.axis_height
        cuts, top = [0.0], 0.0
        for band in layout.lanes:
            bottom = band.top + band.height
            if bottom - top > room and band.top > top:
                top = band.top
                cuts.append(top)
            while bottom - top > room:  # a lane taller than a page continues on the next
                top += room
                cuts.append(top)
        return cuts

    def _shown(self, page: _Page) -> QRectF:
        """The part of the page a slice's lanes fill: up to the lane where the next page goes on."""
        height = min(self.body.height(), self.scene.sizes.axis_height + page.lanes) if page.lanes else self.body.height()
        return QRectF(self.body.left(), self.body.top(), self.body.width(), height)

    def _appendix(self, project: Project) -> AppendixPages | None:
        t0, t1 = (None, None) if self.range is None else self.range
        o = self.options.scene
        with project.session() as session:
            report = gather_report(session, party_ids=o.parties, t0=int(t0) if o.t0 is not None else None,
                                   t1=int(t1) if o.t1 is not None else None)
        if not report.parties:
            return None
        theme = self.scene.theme
        return AppendixPages(appendix_paragraphs(report, o.lang), print_font(PRINT_PIXEL_SIZE + 1), theme.text, theme.muted,
                             self.body.width(), self.body.height())

    def _appendix_page(self, p: QPainter, index: int) -> None:
        self.appendix.paint(p, index, self.body.left(), self.body.top())

    # -- the header and legend on every page

    def _header_height(self) -> float:
        m = self.fonts.metrics
        legend = len(self._legend_lines()) * self.fonts.legend_height
        return m["title"].height() + m["small"].height() + 6 + legend + 10

    def _header(self, p: QPainter, page: _Page, number: int, total: int) -> None:
        f, m, w = self.fonts, self.fonts.metrics, self.page.width()
        words, theme, shaped = self._header_words(), self.scene.theme, self.fonts.shaped
        p.setPen(theme.text)
        p.setFont(f.title)
        shaped.draw(p, 0, m["title"].ascent(), words.title, f.title, "title")
        p.setFont(f.strong)
        shown = words.range(page.t0, page.t1) if page.kind == "timeline" and page.t1 > page.t0 else words.appendix
        shaped.draw(p, w - f.width(shown, "strong"), m["title"].height() - m["strong"].descent(), shown, f.strong, "strong")
        y = m["title"].height() + m["small"].ascent() + 2
        p.setFont(f.small)
        p.setPen(theme.muted)
        if words.subtitle:
            shaped.draw(p, 0, y, words.subtitle, f.small, "small")
        counted = f"{number} / {total}"  # "Prepared … · page " is shaped once, the numbers each time
        x = w - m["small"].horizontalAdvance(counted)
        shaped.draw(p, x - f.width(words.made, "small"), y, words.made, f.small, "small")
        p.drawText(QPointF(x, y), counted)
        if page.kind == "timeline":  # the appendix needs no key to the marks
            self._legend(p, m["title"].height() + m["small"].height() + 6)
        p.setPen(theme.grid_strong)
        p.drawLine(QPointF(0, self.header_height - 5), QPointF(w, self.header_height - 5))

    def _header_words(self) -> _HeaderWords:
        """The header's words that every page repeats, elided once (a PDF may have thousands of pages)."""
        if self._words is None or self._words.day != date.today():
            m, w = self.fonts.metrics, self.page.width()
            elide = Qt.TextElideMode.ElideRight
            subtitle = m["small"].elidedText(self.options.subtitle, elide, w * 0.6) if self.options.subtitle else ""
            lang = self.options.scene.lang
            title = m["title"].elidedText(self.options.title or tr("Timeline"), elide, w * 0.6)
            made = tr("Prepared with timeline_app on {}  ·  page ").format(_day(date.today(), lang))
            self._words = _HeaderWords(date.today(), title, subtitle, made, tr("Appendix", "part of a printed timeline"),
                                       lambda t0, t1: _range_text(t0, t1, lang))
        return self._words

    def _legend_entries(self) -> list[tuple[str, object, str]]:
        """(sample kind, what to draw, words) for parties, status shapes, relations, date styles."""
        scene = self.scene
        entries = [("lane", lane.key, lane_name(lane.key, lane.name)) for lane in scene.index.lanes
                   if lane.key not in scene.hidden_lanes()]
        entries += [("status", key, status_label(key)) for key in ("unverified", "confirmed", "disputed", "denied")]
        entries += [("relation", kind, relation_verb(kind)) for kind in ("denies", "confirms", "supports")]
        entries += [("date", flags, text) for flags, text in ((IMPRECISE, tr("known to the month or year")),
                    (APPROXIMATE, tr("approximate")), (UNCERTAIN, tr("uncertain")), (OPEN_END, tr("open end")))]
        return entries

    def _legend_lines(self) -> list[list[tuple[float, tuple]]]:
        """Entries flowed into lines as wide as the page: (x, entry) per line."""
        m, lines, x = self.fonts.metrics["small"], [[]], 0.0
        for entry in self._legend_entries():
            width = SAMPLE_WIDTH[entry[0]] + m.horizontalAdvance(entry[2]) + 14
            if x + width > self.page.width() and lines[-1]:
                lines.append([])
                x = 0.0
            lines[-1].append((x, entry))
            x += width
        return lines

    def _legend(self, p: QPainter, top: float) -> None:
        scene, m, h = self.scene, self.fonts.metrics["small"], self.fonts.legend_height
        p.setFont(self.fonts.small)
        for row, line in enumerate(self._legend_lines()):
            mid = top + row * h + h / 2
            for x, (kind, what, text) in line:
                if kind == "lane":
                    p.fillRect(QRectF(x, mid - 5, 10, 10), scene.colours[what])
                elif kind == "status":
                    scene.painter.paint_status_sample(p, QPointF(x + 6, mid), what, 11)
                elif kind == "relation":
                    scene.painter.paint_relation_sample(p, QPointF(x, mid), QPointF(x + 26, mid), what)
                else:
                    scene.painter.paint_date_sample(p, QRectF(x + 2, mid - 4, 26, 8), scene.theme.muted, what)
                p.setPen(scene.theme.text)
                p.drawText(QPointF(x + SAMPLE_WIDTH[kind], mid + m.ascent() / 2 - 1), text)


class _HeaderWords(NamedTuple):
    day: date
    title: str
    subtitle: str
    made: str  # up to the page number
    appendix: str  # what the appendix's pages show instead of a range of dates
    range: Callable[[float, float], str]  # "29 Oct 2025 – 24 Dec 2025" for a page's slice of time


class _HeaderFonts:
    def __init__(self):
        base = print_font()
        self.title = _sized(base, 20, True)
        self.strong = _sized(base, 13, True)
        self.small = _sized(base, 10, False)
        self.metrics = {"title": QFontMetricsF(self.title), "strong": QFontMetricsF(self.strong), "small": QFontMetricsF(self.small)}
        self.legend_height = 16.0
        self.shaped = ShapedTexts()  # the header's words repeat on every page
        self._widths: dict[tuple[str, str], float] = {}

    def width(self, text: str, font: str) -> float:
        """The advance of a text in the font named ``font``, measured once."""
        found = self._widths.get((text, font))
        if found is None:
            found = self._widths[(text, font)] = self.metrics[font].horizontalAdvance(text)
        return found


def _sized(base: QFont, pixels: int, bold: bool) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@contextmanager
def _collector_paused():
    """Python's cycle collector off while a document is planned or drawn: that makes hundreds of
    thousands of small tuples and no cycles, and each automatic collection would walk them all."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _day(d: date, lang: str) -> str:
    """"24 Dec 2025", "24. Dez. 2025": a day as the rest of the document labels dates."""
    return DateValue(DatePoint(d.year, d.month, d.day)).label(lang)


def _range_text(t0: float, t1: float, lang: str) -> str:
    a = datetime.fromtimestamp(t0, timezone.utc).date()
    b = datetime.fromtimestamp(max(t0, t1 - 1), timezone.utc).date()
    return f"{_day(a, lang)} – {_day(b, lang)}"

