"""The claims appendix: what it says per claim, and how its pages are set in the PDF."""

import re

import pytest

from tests.export.test_pdf import text_of
from timeline_app.domain.dates import DateValue
from timeline_app.export.appendix import (GUTTER, MUTED, NARROWEST_COLUMN, PARTY, QUOTE, STRONG, TITLE,
                                          appendix_paragraphs)
from timeline_app.export.pdf import PdfDocument, PdfOptions, write_pdf
from timeline_app.store.report_query import gather_report

WORDS = [f"w{i:04d}" for i in range(1500)]  # a quote of about sixty lines


@pytest.fixture
def long_quote_project(empty_project):
    from timeline_app.store import crud

    with empty_project.session() as s:
        party = crud.create_actor(s, name="Ministry", kind="party")
        for day in range(1, 4):
            crud.create_claim(s, proposition=f"Short claim {day}", claimant_id=party.id, quote=f"brief {day}",
                              said=DateValue.from_edtf(f"2025-12-0{day}"))
        crud.create_claim(s, proposition="The long one", claimant_id=party.id, quote=" ".join(WORDS),
                          translation="a translation", said=DateValue.from_edtf("2025-12-05"))
        s.commit()
    return empty_project


def plain(paragraphs) -> list[str]:
    return ["".join(text for text, _ in p.runs) for p in paragraphs]


def test_each_claim_says_date_claimant_quote_translation_proposition_status_and_relations(demo_project):
    with demo_project.session() as session:
        paragraphs = appendix_paragraphs(gather_report(session))
    lines = plain(paragraphs)
    assert paragraphs[0].runs[0] == ("Appendix: claims by party", TITLE)
    at = lines.index("until 21 Dec 2025   the Kremlin  (not stated in report)")
    assert lines[at + 1:at + 6] == [
        "„Der Kreml dementierte Angaben aus Kiew“", "“The Kremlin denied statements from Kyiv”",
        "The Kremlin denied Kyiv's statement that there could also be direct Ukrainian–Russian talks in Miami.",
        "Unverified · credibility 6 – truth cannot be judged · source [1] “Der Kreml dementierte”",
        ("denies: Kyiv, until 21 Dec 2025 — „Angaben aus Kiew, wonach es in Miami auch direkte Gespräche zwischen "
         "Unterhändlern der Ukraine und Russlands geben könne“")]
    head, quote, relation = paragraphs[at], paragraphs[at + 1], paragraphs[at + 5]
    assert head.keep_with_next and head.space_before == 8 and head.runs[-1] == ("  (not stated in report)", MUTED)
    assert (quote.indent, quote.runs[0][1], relation.indent, relation.runs[0][1]) == (1, QUOTE, 2, STRONG)
    assert "denied by: the Kremlin, until 21 Dec 2025 — „Der Kreml dementierte Angaben aus Kiew“" in lines
    assert any(p.runs[0] == ("Russia", PARTY) and p.keep_with_next for p in paragraphs)
    assert lines[-3:] == ["Sources", "[1] Ukraine talks in Miami (German news report, 21 December 2025)",
                          "outlet not named · 21 Dec 2025, 21:54 · no address recorded"]


def test_a_long_quote_wraps_and_continues_on_the_next_page(long_quote_project, tmp_path, qapp):
    path = tmp_path / "long.pdf"
    count = write_pdf(long_quote_project, path, PdfOptions(title="Long", appendix=True))
    pages = text_of(path)
    found = [re.findall(r"w\d{4}", page) for page in pages]
    assert [word for page in found for word in page] == WORDS  # every word once, in order
    holding = [number for number, words in enumerate(found) if words]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    assert any("The long one" in page for page in pages[holding[-1]:])  # the proposition comes after the quote
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {count}" in page and "Long" in page


@pytest.mark.parametrize(("landscape", "columns"), [(False, 1), (True, 2)])
def test_appendix_lines_stay_inside_their_column(long_quote_project, qapp, landscape, columns):
    document = PdfDocument(long_quote_project, PdfOptions(page_size="A4", landscape=landscape))
    appendix, body = document.appendix, document.body
    assert appendix.per_page == columns and len(appendix.columns) >= 2
    assert appendix.column_width * columns + GUTTER * (columns - 1) == pytest.approx(body.width())
    assert appendix.column_width >= NARROWEST_COLUMN
    for column in appendix.columns:
        for top, line in column:
            assert top + line.height <= body.height()
            x, text, style = line.pieces[-1]
            assert x + appendix.width(text.rstrip(), style) <= appendix.column_width + 0.5
    first = [line for _, line in appendix.columns[0]]
    assert not first[-1].keep_with_next  # a claim's heading never ends a column
    assert appendix.page_count == -(-len(appendix.columns) // columns)
    assert len([page for page in document.pages if page.kind == "appendix"]) == appendix.page_count


def test_a_landscape_page_shows_two_columns_side_by_side(long_quote_project, tmp_path, qapp):
    """The second column starts right of the first's widest line, at the same height as it."""
    from pypdf import PdfReader

    document = PdfDocument(long_quote_project, PdfOptions(page_size="A4", landscape=True))
    first_appendix_page = next(number for number, page in enumerate(document.pages) if page.kind == "appendix")
    path = tmp_path / "wide.pdf"
    write_pdf(long_quote_project, path, PdfOptions(page_size="A4", landscape=True))
    placed = []  # (x, y from the top, text) of each line of the quote
    PdfReader(str(path)).pages[first_appendix_page].extract_text(
        visitor_text=lambda text, cm, tm, font, size: placed.append((tm[4], tm[5], text)) if re.search(r"w\d{4}", text) else None)
    lefts = sorted({round(x) for x, _, _ in placed})
    assert len(lefts) == 2 and lefts[1] - lefts[0] > NARROWEST_COLUMN  # two columns, side by side
    top = {left: min(y for x, y, _ in placed if round(x) == left) for left in lefts}
    assert top[lefts[1]] <= top[lefts[0]]  # the second column starts at the top, beside the first
    words = [word for _, _, text in placed for word in re.findall(r"w\d{4}", text)]
    assert words == sorted(words) and len(words) > 100  # read down the first column, then the second


def test_the_appendix_is_left_out_when_no_claim_is_shown(empty_project, tmp_path, qapp):
    assert PdfDocument(empty_project, PdfOptions()).appendix is None


def test_text_drawn_from_remembered_glyphs_looks_as_when_shaped_afresh(qapp, monkeypatch):
    from PySide6.QtGui import QColor, QImage, QPainter

    from timeline_app.export.appendix import BODY, SHAPE_AFTER, AppendixPages
    from timeline_app.export.flow import Paragraph
    from timeline_app.export.glyphs import ShapedTexts
    from timeline_app.export.scene import print_font

    mixed = "Status: Unverified · Источник: [1] “中文 😀 עברית” ffi"
    paragraphs = [Paragraph(((mixed, MUTED),), indent=1), Paragraph(((f"„{mixed}“", QUOTE),)), Paragraph(((mixed, BODY),))]
    pages = AppendixPages(paragraphs * (SHAPE_AFTER + 2), print_font(12), QColor("#111111"), QColor("#707070"), 700, 900)
    assert len(pages.columns) == 1
    shaped = []
    original = ShapedTexts.draw

    def counted(self, p, x, baseline, text, font, key):
        shaped.append(text)
        original(self, p, x, baseline, text, font, key)

    def picture() -> QImage:
        image = QImage(720, 920, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        pages._drawn = [{} for _ in pages._drawn]
        pages.paint(painter, 0, 10, 10)
        painter.end()
        return image

    monkeypatch.setattr(ShapedTexts, "draw", counted)
    remembered = picture()
    assert shaped.count(mixed) == 4 and shaped.count(f"„{mixed}“") == 2  # drawn twice more after SHAPE_AFTER times
    monkeypatch.setattr(ShapedTexts, "draw", lambda self, p, x, baseline, text, font, key: p.drawText(x, baseline, text))
    assert picture() == remembered


def test_a_text_said_to_fit_without_measuring_does_fit(qapp):
    from PySide6.QtGui import QColor

    from timeline_app.export.appendix import STYLES, AppendixPages
    from timeline_app.export.scene import print_font

    pages = AppendixPages([], print_font(12), QColor("#111111"), QColor("#707070"), 700, 500)
    for style in range(len(STYLES)):
        for letter in ("W", "m", "@", "%", "—", "…", "‰", "„", "Œ", "AV", "To", "LT", "Wa", "ﬃ", "中"):
            for count in (1, 5, 20, 40):
                text = letter * count
                for room in (50.0, 200.0, 600.0):
                    if pages.fits(text, style, room):
                        assert pages._metrics[style].horizontalAdvance(text) <= room, (text, style, room)
    # a short line of ordinary letters is not measured at all
    ordinary = "Claim number 25775, 14 Dec 2025"
    assert pages.fits(ordinary, 0, 500) and ordinary not in pages._widths[0]
