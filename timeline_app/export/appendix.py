"""The claims appendix of a printed timeline: what it says, and its pages.

:func:`appendix_paragraphs` turns a report into styled paragraphs of plain text, worded in the
interface's language; every quote, name and URL stays the literal text it is, never markup. :class:`AppendixPages` sets them
with Qt fonts into lines and pages (:mod:`timeline_app.export.flow`) and draws one page at a time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from timeline_app.export.flow import Page, Paragraph, column_count, paginate, set_lines
from timeline_app.export.glyphs import ShapedTexts
from timeline_app.store.report_query import ClaimEntry, RelationEntry, Report
from timeline_app.store.wording import UNATTRIBUTED
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.vocabulary import credibility_text, date_label, relation_verb, status_text


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
NARROWEST_COLUMN = 400.0  # device pixels: about 65 letters of body text, a comfortable line to read
GUTTER = 32.0  # between columns
#: Drawn this often, a text is shaped once and drawn as glyphs from then on; for a text drawn
#: only twice or three times, keeping its shape costs more than shaping it again (measured).
SHAPE_AFTER = 3
#: Latin letters, digits, signs and punctuation (quotes, dashes, ellipsis): most of what is printed.
COMMON_LETTERS = "".join(map(chr, [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2028), 0x2039, 0x203A]))
_ONLY_COMMON = re.compile(f"[{re.escape(COMMON_LETTERS)}]*")
KERNING_ALLOWANCE = 1.02  # a line of common letters is at most this much wider than their advances say


def appendix_paragraphs(report: Report, lang: str = "en") -> list[Paragraph]:
    """Claims per party, each with its relations; then the sources they cite. Dates are in
    ``lang``, the words in the interface's language (the command line installs the one asked for)."""
    words = _Words(lang)
    out = [Paragraph(((tr("Appendix: claims by party"), TITLE),), keep_with_next=True)]
    for section in report.parties:
        name = section.name if section.party_id is not None else translated(UNATTRIBUTED)
        out.append(Paragraph(((name, PARTY), ("   " + tr("%Ln claim(s)", None, len(section.claims)), MUTED)),
                             space_before=14, keep_with_next=True))
        for claim in section.claims:
            _claim(out, claim, words)
    out.append(Paragraph(((tr("Sources"), SECTION),), space_before=18, keep_with_next=True))
    for source in report.sources:
        out.append(Paragraph(((f"[{source.number}] ", STRONG), (source.title, BODY)), space_before=4, keep_with_next=True))
        where = " · ".join((source.outlet or tr("outlet not named"), words.date[source.published_edtf])) + " · "
        url = (source.url, BODY) if source.url else (tr("no address recorded"), MUTED)
        out.append(Paragraph(((where, MUTED), url), indent=1))
    return out


def _claim(out: list[Paragraph], c: ClaimEntry, words: _Words) -> None:
    who = f"   {c.claimant or words.unattributed}" + (f", {c.role_title}" if c.role_title else "")
    head = ((words.date[c.said_edtf], STRONG), (who, STRONG)) + (((f"  ({c.channel})", MUTED),) if c.channel else ())
    out.append(Paragraph(head, space_before=8, keep_with_next=True))
    if c.quote:
        out.append(Paragraph(((f"„{c.quote}“", QUOTE),), indent=1))
    if c.translation:
        out.append(Paragraph(((f"“{c.translation}”", MUTED),), indent=1))
    out.append(Paragraph(((c.proposition, BODY),), indent=1))
    out.append(Paragraph(((_standing(c, words), MUTED),), indent=1))
    for relation in c.relations:
        out.append(_relation(relation, words))


def _standing(c: ClaimEntry, words: _Words) -> str:
    """Status, credibility where rated, and sources: "Unverified · credibility 6 – truth cannot be
    judged · source [1] “…”". Each value says what it is, so no labels; an absent rating is left
    out, an absent source is said, as an unsourced claim is news to a fact-checker."""
    parts = [words.status[c.status_label]]
    if c.credibility:
        parts.append(words.credibility[c.credibility])
    cited = ", ".join(f"[{n}]" + (f" “{a}”" if a else "") for n, a in c.sources)
    parts.append((words.sources if len(c.sources) > 1 else words.source).format(cited) if cited else words.no_source)
    return " · ".join(parts)


def _relation(r: RelationEntry, words: _Words) -> Paragraph:
    other = (f"„{r.other_quote}“", QUOTE) if r.other_quote else (r.other_proposition, BODY)
    said = f"{r.other_claimant or words.unattributed}, {words.date[r.other_said_edtf]} — "
    return Paragraph(((words.verb[(r.type, r.outgoing)] + ": ", STRONG), (said, BODY), other), indent=2)


class _Memo(dict):
    """``work(key)`` for each key, worked out once: thousands of claims share a day or a status."""

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work

    def __missing__(self, key):
        value = self[key] = self.work(key)
        return value


class _Words:
    """The appendix's words in the interface's language, and its dates in ``lang``."""

    def __init__(self, lang: str):
        self.date = _Memo(lambda edtf: date_label(edtf, lang))
        self.status = _Memo(status_text)
        self.credibility = _Memo(lambda number: tr("credibility {}").format(credibility_text(number)))
        self.verb = _Memo(lambda kind_outgoing: relation_verb(*kind_outgoing))
        self.unattributed = tr("unattributed")
        self.source, self.sources, self.no_source = tr("source {}"), tr("sources {}"), tr("no source")


class AppendixPages:
    """The appendix set in ``base`` (the body size) on pages ``width`` by ``height`` device pixels,
    in as many columns as fit (two on landscape A4, one on portrait).

    ``columns`` holds every column in reading order; page ``n`` shows ``per_page`` of them.
    """

    indent = INDENT

    def __init__(self, paragraphs: list[Paragraph], base: QFont, text: QColor, muted: QColor, width: float, height: float):
        self.fonts = [_font(base, style) for style in STYLES]
        self._metrics = [QFontMetricsF(font) for font in self.fonts]
        self._widest = [KERNING_ALLOWANCE * max(map(m.horizontalAdvance, COMMON_LETTERS)) for m in self._metrics]
        self._widths: list[dict[str, float]] = [{} for _ in STYLES]
        self._drawn: list[dict[str, int]] = [{} for _ in STYLES]  # how often each text was drawn so far
        self._shaped = ShapedTexts()
        self.pens = [muted if style.muted else text for style in STYLES]
        self.per_page = column_count(width, NARROWEST_COLUMN, GUTTER)
        self.column_width = (width - GUTTER * (self.per_page - 1)) / self.per_page
        self.columns: list[Page] = paginate(set_lines(paragraphs, self.column_width, self), height)

    @property
    def page_count(self) -> int:
        return -(-len(self.columns) // self.per_page)

    # -- flow.Metrics: widths remembered, as names, dates and labels repeat thousands of times

    def width(self, text: str, style: int) -> float:
        known = self._widths[style]
        found = known.get(text)
        if found is None:
            found = known[text] = self._metrics[style].horizontalAdvance(text)
        return found

    def fits(self, text: str, style: int, room: float) -> bool:
        """Whether a text is no wider than ``room``; one of common letters, too short to get there
        even if each were the widest of them, needs no measuring."""
        if len(text) * self._widest[style] <= room and _ONLY_COMMON.fullmatch(text):
            return True
        return self.width(text, style) <= room

    def height(self, style: int) -> float:
        return math.ceil(self._metrics[style].height())

    def ascent(self, style: int) -> float:
        return self._metrics[style].ascent()

    def paint(self, p: QPainter, number: int, left: float, top: float) -> None:
        """Page ``number`` (from 0) with its text area's top left corner at (left, top)."""
        first = number * self.per_page
        for column, lines in enumerate(self.columns[first:first + self.per_page]):
            self._paint_column(p, lines, left + column * (self.column_width + GUTTER), top)

    def _paint_column(self, p: QPainter, lines: Page, left: float, top: float) -> None:
        fonts, pens, drawn, shaped = self.fonts, self.pens, self._drawn, self._shaped
        font = pen = None
        for y, line in lines:
            baseline = round(top + y + line.ascent)
            for x, text, style in line.pieces:
                if fonts[style] is not font:
                    font = fonts[style]
                    p.setFont(font)
                if pens[style] is not pen:
                    pen = pens[style]
                    p.setPen(pen)
                times = drawn[style].get(text, 0)
                if times >= SHAPE_AFTER:  # a text repeated often is shaped once, then drawn as glyphs
                    shaped.draw(p, math.ceil(left + x), baseline, text, font, style)
                else:
                    drawn[style][text] = times + 1
                    p.drawText(math.ceil(left + x), baseline, text)


def _font(base: QFont, style: TextStyle) -> QFont:
    """The body font in a style. Latin text is set without kerning and ligatures, a cosmetic loss
    at this size that Qt documents (``PreferNoShaping``) and that makes a long appendix a fifth
    quicker to write (measured); scripts that need shaping to be legible are still shaped."""
    font = QFont(base)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    font.setPixelSize(max(1, round(base.pixelSize() * style.scale)))
    font.setBold(style.bold)
    font.setItalic(style.italic)
    return font

