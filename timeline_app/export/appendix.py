"""The claims appendix of a printed timeline: what it says, and its pages.

:func:`appendix_paragraphs` turns a report into styled paragraphs of plain text (no Qt); every
quote, name and URL stays the literal text it is, never markup. :class:`AppendixPages` sets them
with Qt fonts into lines and pages (:mod:`timeline_app.export.flow`) and draws one page at a time.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGlyphRun, QPainter, QTextLayout

from timeline_app.domain.dates import edtf_label
from timeline_app.export.flow import Page, Paragraph, paginate, set_lines
from timeline_app.store.details import CREDIBILITY, PASSIVE
from timeline_app.store.report_query import ClaimEntry, RelationEntry, Report


class TextStyle(NamedTuple):
    scale: float = 1.0  # of the body text size
    bold: bool = False
    italic: bool = False
    muted: bool = False


# The appendix's styles, by number.
BODY, STRONG, QUOTE, MUTED, TITLE, PARTY, SECTION = range(7)
STYLES = (TextStyle(), TextStyle(bold=True), TextStyle(italic=True), TextStyle(muted=True),
          TextStyle(1.45, bold=True), TextStyle(1.2, bold=True), TextStyle(1.3, bold=True))
INDENT = 40.0  # device pixels per step of indentation
#: Latin letters, digits, signs and punctuation (quotes, dashes): in every font the system may print with.
_COMMON_LETTERS = re.compile(r"[ -~\u00a0-\u024f\u2010-\u2027\u2030-\u203a]*")


def appendix_paragraphs(report: Report, lang: str = "en") -> list[Paragraph]:
    """Claims per party, each with its relations; then the sources they cite."""
    out = [Paragraph((("Appendix: claims by party", TITLE),), keep_with_next=True)]
    for section in report.parties:
        count = len(section.claims)
        out.append(Paragraph(((section.name, PARTY), (f"   {count} claim{'s' if count != 1 else ''}", MUTED)),
                             space_before=14, keep_with_next=True))
        for claim in section.claims:
            _claim(out, claim, lang)
    out.append(Paragraph((("Sources", SECTION),), space_before=18, keep_with_next=True))
    for source in report.sources:
        out.append(Paragraph(((f"[{source.number}] ", STRONG), (source.title, BODY)), space_before=4, keep_with_next=True))
        where = " · ".join((source.outlet or "outlet not named", edtf_label(source.published_edtf, lang))) + " · "
        url = (source.url, BODY) if source.url else ("no address recorded", MUTED)
        out.append(Paragraph(((where, MUTED), url), indent=1))
    return out


def _claim(out: list[Paragraph], c: ClaimEntry, lang: str) -> None:
    who = f"   {c.claimant or 'unattributed'}" + (f", {c.role_title}" if c.role_title else "")
    head = ((edtf_label(c.said_edtf, lang), STRONG), (who, STRONG)) + (((f"  ({c.channel})", MUTED),) if c.channel else ())
    out.append(Paragraph(head, space_before=8, keep_with_next=True))
    if c.quote:
        out.append(Paragraph(((f"„{c.quote}“", QUOTE),), indent=1))
    if c.translation:
        out.append(Paragraph(((f"“{c.translation}”", MUTED),), indent=1))
    out.append(Paragraph(((c.proposition, BODY),), indent=1))
    credibility = f"{c.credibility} – {CREDIBILITY.get(c.credibility, '')}" if c.credibility else "not rated"
    sources = ", ".join(f"[{n}]" + (f" “{a}”" if a else "") for n, a in c.sources) or "none"
    out.append(Paragraph(((f"Status: {c.status_label} · Credibility: {credibility} · Source: {sources}", MUTED),), indent=1))
    for relation in c.relations:
        out.append(_relation(relation, lang))


def _relation(r: RelationEntry, lang: str) -> Paragraph:
    kind = r.type if r.outgoing else PASSIVE.get(r.type, f"{r.type} (by)")
    other = (f"„{r.other_quote}“", QUOTE) if r.other_quote else (r.other_proposition, BODY)
    return Paragraph(((f"{kind}: ", STRONG), (f"{r.other_claimant or 'unattributed'}, {edtf_label(r.other_said_edtf, lang)} — ", BODY),
                      other), indent=2)


class AppendixPages:
    """The appendix set in ``base`` (the body size) on pages ``width`` by ``height`` device pixels."""

    indent = INDENT

    def __init__(self, paragraphs: list[Paragraph], base: QFont, text: QColor, muted: QColor, width: float, height: float):
        self.fonts = [_font(base, style) for style in STYLES]
        self._metrics = [QFontMetricsF(font) for font in self.fonts]
        self._widest = [1.25 * m.maxWidth() for m in self._metrics]  # room enough for any letter and its kerning
        self._widths: list[dict[str, float]] = [{} for _ in STYLES]
        self._repeated: list[set[str]] = [set() for _ in STYLES]  # measured more than once
        self._glyphs: dict[tuple[str, int], tuple[float, list[QGlyphRun]]] = {}
        self.pens = [muted if style.muted else text for style in STYLES]
        self.pages: list[Page] = paginate(set_lines(paragraphs, width, self), height)

    # -- flow.Metrics: widths remembered, as names, dates and labels repeat thousands of times

    def width(self, text: str, style: int) -> float:
        known = self._widths[style]
        found = known.get(text)
        if found is None:
            found = known[text] = self._metrics[style].horizontalAdvance(text)
        else:
            self._repeated[style].add(text)
        return found

    def fits(self, text: str, style: int, room: float) -> bool:
        """Whether a text is no wider than ``room``; one too short to get there, in letters any
        font has, needs no measuring."""
        if len(text) * self._widest[style] <= room and _COMMON_LETTERS.fullmatch(text):
            return True
        return self.width(text, style) <= room

    def height(self, style: int) -> float:
        return math.ceil(self._metrics[style].height())

    def ascent(self, style: int) -> float:
        return self._metrics[style].ascent()

    def paint(self, p: QPainter, number: int, left: float, top: float) -> None:
        """Page ``number`` (from 0) with its text area's top left corner at (left, top)."""
        fonts, pens, repeated = self.fonts, self.pens, self._repeated
        font = pen = None
        for y, line in self.pages[number]:
            baseline = round(top + y + line.ascent)
            for x, text, style in line.pieces:
                if fonts[style] is not font:
                    font = fonts[style]
                    p.setFont(font)
                if pens[style] is not pen:
                    pen = pens[style]
                    p.setPen(pen)
                if text in repeated[style]:  # shaped once, drawn many times
                    ascent, runs = self._shaped(text, style)
                    origin = QPointF(math.ceil(left + x), baseline - ascent)
                    for run in runs:
                        p.drawGlyphRun(origin, run)
                else:
                    p.drawText(math.ceil(left + x), baseline, text)

    def _shaped(self, text: str, style: int) -> tuple[float, list[QGlyphRun]]:
        """The glyphs of a text set on a line of its own, and that line's ascent."""
        found = self._glyphs.get((text, style))
        if found is None:
            layout = QTextLayout(text, self.fonts[style])
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()
            found = self._glyphs[(text, style)] = (line.ascent(), layout.glyphRuns())
        return found


def _font(base: QFont, style: TextStyle) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(base.pixelSize() * style.scale)))
    font.setBold(style.bold)
    font.setItalic(style.italic)
    return font

