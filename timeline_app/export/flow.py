"""Styled text set into lines and pages, without a toolkit: the layout of the claims appendix.

A paragraph is a few runs of text, each in a style (a small number). :class:`Metrics` says how
wide a text is in a style (or only whether it fits) and how tall a style's line is: Qt fonts when
printing, fixed-width fakes in tests. :func:`set_lines` breaks paragraphs into lines no wider than a column, at
spaces and, for a word longer than a line (an address), inside the word; :func:`paginate` stacks
the lines into columns a page tall, keeping a heading with what follows it, and
:func:`column_count` says how many columns a page is wide. Text is never interpreted: a run is
drawn as the characters it holds.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol


class Metrics(Protocol):
    indent: float  # the width of one step of indentation

    def width(self, text: str, style: int) -> float: ...
    def fits(self, text: str, style: int, room: float) -> bool: ...  # width(text, style) <= room
    def height(self, style: int) -> float: ...  # of a line in the style
    def ascent(self, style: int) -> float: ...  # from the line's top to its baseline


class Paragraph(NamedTuple):
    runs: tuple[tuple[str, int], ...]  # (text, style)
    indent: int = 0
    space_before: float = 0.0
    keep_with_next: bool = False  # a heading: never last on a page


class Line(NamedTuple):
    pieces: tuple[tuple[float, str, int], ...]  # (x from the text's left edge, text, style)
    height: float
    ascent: float
    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False


#: A page: (top of the line from the top of the text area, line).
Page = list[tuple[float, Line]]

_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # what str.splitlines() breaks at
#: Spaces a line may break after; the no-break ones (U+00A0, U+2007, U+202F) are not among them.
_SPACES = " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_WORDS = re.compile(f"[^{_SPACES}]+[{_SPACES}]*|[{_SPACES}]+")  # a word and the spaces after it


def set_lines(paragraphs: list[Paragraph], width: float, metrics: Metrics) -> list[Line]:
    """Every paragraph as lines at most ``width`` wide (indentation included)."""
    lines: list[Line] = []
    measure, extent, step = metrics.width, _Extents(metrics), metrics.indent
    one_liners: dict[Paragraph, Line] = {}  # a paragraph repeated word for word is set once
    for para in paragraphs:
        runs, left = para.runs, para.indent * step
        if len(runs) == 1:  # most paragraphs: one run that fits
            line = one_liners.get(para)
            if line is not None:
                lines.append(line)
                continue
            text, style = runs[0]
            if metrics.fits(text, style, width - left) and text.isprintable():  # no breaks, tabs or odd spaces
                line = one_liners[para] = Line(((left, text, style),), *extent.of(style), para.space_before,
                                               para.keep_with_next)
                lines.append(line)
                continue
        x, row = left, []
        for text, style in runs:
            row.append((x, text, style))
            x += measure(text, style)
        if x <= width and all(text.isprintable() for text, _ in runs):
            pieces = _merged(row)
            lines.append(Line(pieces, *extent(pieces), para.space_before, para.keep_with_next))
        else:
            lines += _wrap(para, left, width, metrics, extent)
    return lines


class _Extents:
    """(height, ascent) of a line from the styles in it, remembered per style and per mix."""

    def __init__(self, metrics: Metrics):
        self.metrics, self.known = metrics, {}

    def of(self, style: int) -> tuple[float, float]:
        found = self.known.get(style)
        if found is None:
            found = self.known[style] = (self.metrics.height(style), self.metrics.ascent(style))
        return found

    def __call__(self, pieces: tuple[tuple[float, str, int], ...]) -> tuple[float, float]:
        if len(pieces) == 1:
            return self.of(pieces[0][2])
        key = tuple(style for _, _, style in pieces) or (0,)
        found = self.known.get(key)
        if found is None:
            extents = [self.of(style) for style in key]
            found = self.known[key] = (max(h for h, _ in extents), max(a for _, a in extents))
        return found


def _wrap(para: Paragraph, left: float, width: float, metrics: Metrics, extent: _Extents) -> list[Line]:
    """A paragraph that does not fit on one line, or holds line breaks, broken greedily at spaces."""
    rows: list[list[tuple[float, str, int]]] = [[]]
    x = left
    for text, style in para.runs:
        for number, part in enumerate(_BREAKS.split(text.replace("\t", " "))):
            if number:
                rows.append([])
                x = left
            for word in _WORDS.findall(part):
                advance = metrics.width(word, style)
                ink = metrics.width(word.rstrip(_SPACES), style) if word[-1] in _SPACES else advance
                if x + ink > width and rows[-1]:
                    rows.append([])
                    x = left
                    if not word.strip(_SPACES):
                        continue  # spaces at a break are not carried to the next line
                while left + ink > width and len(word) > 1:  # longer than a line: cut inside it
                    head = _longest_fitting(word, style, width - left, metrics)
                    rows[-1].append((x, head, style))
                    rows.append([])
                    word = word[len(head):]
                    advance = metrics.width(word, style)
                    ink = metrics.width(word.rstrip(_SPACES), style)
                rows[-1].append((x, word, style))
                x += advance
    lines = []
    for number, row in enumerate(rows):
        pieces = _merged(row)
        lines.append(Line(pieces, *extent(pieces), para.space_before if number == 0 else 0.0, para.keep_with_next))
    return lines


def _longest_fitting(word: str, style: int, room: float, metrics: Metrics) -> str:
    """The longest start of ``word`` (at least one character) no wider than ``room``; cut after a
    slash or hyphen when one falls in its second half, as addresses are best read that way."""
    low, high = 1, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.width(word[:middle], style) <= room:
            low = middle
        else:
            high = middle - 1
    joint = max(word.rfind(mark, 0, low) for mark in "/-?&") + 1
    return word[:joint if joint > low // 2 else low]


def _merged(row: list[tuple[float, str, int]]) -> tuple[tuple[float, str, int], ...]:
    """Neighbouring words in one style as one piece: fewer, longer runs to draw."""
    pieces: list[tuple[float, str, int]] = []
    for x, text, style in row:
        if pieces and pieces[-1][2] == style:
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + text, style)
        else:
            pieces.append((x, text, style))
    return tuple(pieces)


def column_count(width: float, narrowest: float, gutter: float) -> int:
    """How many columns of at least ``narrowest`` fit across ``width`` with ``gutter`` between them:
    a landscape page set in one column has lines too long to read, and fills a third of the paper."""
    return max(1, int((width + gutter) // (narrowest + gutter)))


def paginate(lines: list[Line], height: float) -> list[Page]:
    """Lines stacked into pages ``height`` tall. A line that keeps with the next goes to a new
    page unless the lines it keeps with, and the first that does not, fit below it."""
    pages: list[Page] = [[]]
    y = 0.0
    for i, line in enumerate(lines):
        page = pages[-1]
        space = line.space_before if page else 0.0
        bottom = y + space + line.height
        if page and (bottom > height or line.keep_with_next and _kept_bottom(lines, i, bottom) > height):
            pages.append([])
            page, space, bottom = pages[-1], 0.0, line.height
        page.append((bottom - line.height, line))
        y = bottom
    return pages if lines else []


def _kept_bottom(lines: list[Line], i: int, bottom: float) -> float:
    """Where the run of lines from ``i`` that keep with the next, and the one after, ends."""
    while lines[i].keep_with_next and i + 1 < len(lines):
        i += 1
        bottom += lines[i].space_before + lines[i].height
    return bottom
