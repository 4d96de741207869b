"""The claims appendix: what it says per claim, and how its pages are set in the PDF."""

import re

import pytest

from tests.export.test_pdf import text_of
from timeline_app.domain.dates import DateValue
from timeline_app.export.appendix import MUTED, PARTY, QUOTE, STRONG, TITLE, appendix_paragraphs
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
        "Status: Unverified · Credibility: 6 – truth cannot be judged · Source: [1] “Der Kreml dementierte”",
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


def test_appendix_lines_stay_inside_the_text_area(long_quote_project, qapp):
    document = PdfDocument(long_quote_project, PdfOptions(page_size="A4", landscape=False))
    appendix, body = document.appendix, document.body
    assert len(appendix.pages) >= 2
    for page in appendix.pages:
        for top, line in page:
            assert top + line.height <= body.height()
            x, text, style = line.pieces[-1]
            assert x + appendix.width(text.rstrip(), style) <= body.width() + 0.5
    first = [line for _, line in appendix.pages[0]]
    assert not first[-1].keep_with_next  # a claim's heading never ends a page


def test_the_appendix_is_left_out_when_no_claim_is_shown(empty_project, tmp_path, qapp):
    assert PdfDocument(empty_project, PdfOptions()).appendix is None


def test_text_drawn_from_remembered_glyphs_looks_as_when_shaped_afresh(qapp):
    from PySide6.QtGui import QColor, QImage, QPainter

    from timeline_app.export.appendix import BODY, AppendixPages
    from timeline_app.export.flow import Paragraph
    from timeline_app.export.scene import print_font

    mixed = "Status: Unverified · Источник: [1] “中文 😀 עברית” ffi"
    paragraphs = [Paragraph(((mixed, MUTED),), indent=1), Paragraph(((f"„{mixed}“", QUOTE),)), Paragraph(((mixed, BODY),))] * 3
    pages = AppendixPages(paragraphs, print_font(12), QColor("#111111"), QColor("#707070"), 700, 500)
    assert mixed in pages._repeated[MUTED]

    def picture() -> QImage:
        image = QImage(720, 520, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        pages.paint(painter, 0, 10, 10)
        painter.end()
        return image

    remembered = picture()
    pages._repeated = [set() for _ in pages._repeated]
    assert picture() == remembered


def test_a_text_said_to_fit_without_measuring_does_fit(qapp):
    from PySide6.QtGui import QColor

    from timeline_app.export.appendix import STYLES, AppendixPages
    from timeline_app.export.scene import print_font

    pages = AppendixPages([], print_font(12), QColor("#111111"), QColor("#707070"), 700, 500)
    for style in range(len(STYLES)):
        for letter in "Wm@%—…‰„":
            for count in (1, 5, 20, 40):
                text = letter * count
                for room in (50.0, 200.0, 600.0):
                    if pages.fits(text, style, room):
                        assert pages._metrics[style].horizontalAdvance(text) <= room, (text, style, room)
