"""The claims appendix of a printed timeline, as a text document that pages itself.

Built with ``QTextCursor.insertText`` only, so every quote, name and URL is laid out as the
literal text it is, never as markup.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from timeline_app.domain.dates import edtf_label
from timeline_app.store.details import CREDIBILITY, PASSIVE
from timeline_app.store.report_query import ClaimEntry, RelationEntry, Report

class _Writer:
    """Appends styled paragraphs of plain text to a document."""

    def __init__(self, doc: QTextDocument, base: QFont, muted: QColor):
        self.cursor, self.base, self.muted = QTextCursor(doc), base, muted
        self.first = True
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._blocks: dict[tuple, QTextBlockFormat] = {}

    def block(self, indent: int = 0, space_before: float = 0.0) -> None:
        fmt = self._blocks.get((indent, space_before))
        if fmt is None:
            fmt = self._blocks[(indent, space_before)] = QTextBlockFormat()
            fmt.setIndent(indent)
            fmt.setTopMargin(space_before)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt)

    def text(self, text: str, *, bold: bool = False, italic: bool = False, scale: float = 1.0, muted: bool = False) -> None:
        self.cursor.insertText(text, self._format(bold, italic, scale, muted))

    def _format(self, bold: bool, italic: bool, scale: float, muted: bool) -> QTextCharFormat:
        """One character format per style, made once: an appendix has hundreds of thousands of runs."""
        key = (bold, italic, scale, muted)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = QTextCharFormat()
            font = QFont(self.base)
            font.setPixelSize(max(1, round(self.base.pixelSize() * scale)))
            font.setBold(bold)
            font.setItalic(italic)
            fmt.setFont(font)
            if muted:
                fmt.setForeground(self.muted)
        return fmt


def build_appendix(report: Report, base: QFont, muted: QColor, width: float, lang: str = "en") -> QTextDocument:
    """The appendix as a document ``width`` device pixels wide: claims per party, then sources."""
    doc = QTextDocument()
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    w = _Writer(doc, base, muted)
    w.block()
    w.text("Appendix: claims by party", bold=True, scale=1.45)
    for section in report.parties:
        w.block(space_before=14)
        w.text(f"{section.name}", bold=True, scale=1.2)
        w.text(f"   {len(section.claims)} claim{'s' if len(section.claims) != 1 else ''}", muted=True)
        for claim in section.claims:
            _claim(w, claim, lang)
    w.block(space_before=18)
    w.text("Sources", bold=True, scale=1.3)
    for source in report.sources:
        w.block(space_before=4)
        w.text(f"[{source.number}] ", bold=True)
        w.text(source.title)
        w.block(indent=1)
        parts = [source.outlet or "outlet not named", edtf_label(source.published_edtf, lang)]
        w.text(" · ".join(parts) + " · ", muted=True)
        w.text(source.url or "no address recorded", muted=source.url is None)
    return doc


def _claim(w: _Writer, c: ClaimEntry, lang: str) -> None:
    w.block(space_before=8)
    w.text(edtf_label(c.said_edtf, lang), bold=True)
    who = c.claimant or "unattributed"
    w.text(f"   {who}" + (f", {c.role_title}" if c.role_title else ""), bold=True)
    if c.channel:
        w.text(f"  ({c.channel})", muted=True)
    if c.quote:
        w.block(indent=1)
        w.text(f"„{c.quote}“", italic=True)
    if c.translation:
        w.block(indent=1)
        w.text(f"“{c.translation}”", muted=True)
    w.block(indent=1)
    w.text(c.proposition)
    w.block(indent=1)
    credibility = f"{c.credibility} – {CREDIBILITY.get(c.credibility, '')}" if c.credibility else "not rated"
    sources = ", ".join(f"[{n}]" + (f" “{a}”" if a else "") for n, a in c.sources) or "none"
    w.text(f"Status: {c.status_label} · Credibility: {credibility} · Source: {sources}", muted=True)
    for relation in c.relations:
        _relation(w, relation, lang)


def _relation(w: _Writer, r: RelationEntry, lang: str) -> None:
    w.block(indent=2)
    w.text(f"{r.type if r.outgoing else PASSIVE.get(r.type, f'{r.type} (by)')}: ", bold=True)
    w.text(f"{r.other_claimant or 'unattributed'}, {edtf_label(r.other_said_edtf, lang)} — ")
    w.text(f"„{r.other_quote}“" if r.other_quote else r.other_proposition, italic=bool(r.other_quote))
