"""The PDF export: searchable text, page counts per option, the denial, the appendix."""

import re
import unicodedata

import pytest
from pypdf import PdfReader

from timeline_app.domain.dates import DateValue
from timeline_app.export.pdf import PdfOptions, write_pdf
from timeline_app.export.scene import SceneOptions


def text_of(path) -> list[str]:
    """Each page's text, with ligatures and white space normalised."""
    pages = []
    for page in PdfReader(str(path)).pages:
        text = unicodedata.normalize("NFKC", page.extract_text() or "")
        pages.append(re.sub(r"\s+", " ", text))
    return pages


@pytest.fixture
def demo_pdf(demo_project, tmp_path, qapp):
    path = tmp_path / "demo.pdf"
    pages = write_pdf(demo_project, path, PdfOptions(title="Ukraine talks", subtitle="From a German report"))
    return path, pages


def test_the_demo_pdf_has_searchable_titles_parties_and_the_denial(demo_pdf):
    path, count = demo_pdf
    pages = text_of(path)
    assert len(pages) == count
    everything = " ".join(pages)
    for title in ("US 28-point plan presented", "Talks in Berlin", "Ukraine talks in Miami"):
        assert title in everything
    for party in ("United States", "Ukraine", "Russia", "Europeans", "Germany"):
        assert party in pages[0]
    assert "The Kremlin denied Kyiv" in everything
    assert "denied by: the Kremlin" in everything and "„Der Kreml dementierte Angaben aus Kiew“" in everything


def test_every_page_has_title_range_date_and_page_numbers(demo_pdf):
    path, count = demo_pdf
    for number, text in enumerate(text_of(path), start=1):
        assert "Ukraine talks" in text and f"page {number} / {count}" in text
        assert "Prepared with timeline_app on" in text
    assert "Nov 2025" in text_of(path)[0] and "Dec 2025" in text_of(path)[0]


def test_the_legend_explains_marks_and_dates(demo_pdf):
    first = text_of(demo_pdf[0])[0]
    for word in ("Unverified", "Confirmed", "Disputed", "Denied", "denies", "confirms", "supports", "known to the month or year",
                 "approximate", "uncertain", "open end"):
        assert word in first


def test_pages_wide_split_the_range_and_the_appendix_is_optional(demo_project, tmp_path, qapp):
    write_pdf(demo_project, tmp_path / "one.pdf", PdfOptions(appendix=False))
    count = write_pdf(demo_project, tmp_path / "three.pdf", PdfOptions(appendix=False, pages_wide=3))
    pages = text_of(tmp_path / "three.pdf")
    ranges = sorted({re.search(r"(\d+ \w+ \d{4}) – (\d+ \w+ \d{4})", page).groups() for page in pages},
                    key=lambda r: DateValue.from_edtf(_iso(r[0])).earliest)
    assert len(pages) == count >= 3 and len(ranges) == 3
    for (_, end), (start, _) in zip(ranges, ranges[1:]):  # slices meet: one ends the day before the next starts
        assert (DateValue.from_edtf(_iso(start)).earliest - DateValue.from_edtf(_iso(end)).earliest).days in (0, 1)
    assert "Appendix" not in " ".join(text_of(tmp_path / "one.pdf"))


def _iso(day: str) -> str:
    from datetime import datetime

    return datetime.strptime(day, "%d %b %Y").strftime("%Y-%m-%d")


def test_a_date_range_and_one_party(demo_project, tmp_path, qapp):
    from tests.demo_ids import seed_id

    start = DateValue.from_edtf("2025-12-13").earliest.timestamp()
    end = DateValue.from_edtf("2025-12-23").earliest.timestamp()
    options = PdfOptions(scene=SceneOptions(t0=start, t1=end, parties={seed_id("actor", "russia")}))
    write_pdf(demo_project, tmp_path / "russia.pdf", options)
    pages = text_of(tmp_path / "russia.pdf")
    assert "13 Dec 2025 – 22 Dec 2025" in pages[0]
    assert "The Kremlin denied" in pages[0] and "Zelensky" not in " ".join(pages)


def test_page_sizes_and_orientation(demo_project, tmp_path, qapp):
    write_pdf(demo_project, tmp_path / "a3.pdf", PdfOptions(page_size="A3", landscape=False, appendix=False))
    box = PdfReader(str(tmp_path / "a3.pdf")).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 297 and round(float(box.height) / 72 * 25.4) == 420


def test_hostile_text_is_printed_literally(empty_project, tmp_path, qapp):
    from timeline_app.store import crud

    with empty_project.session() as s:
        party = crud.create_actor(s, name="<b>Party</b>", kind="party")
        crud.create_claim(s, proposition="<b>x</b><img src=x>", claimant_id=party.id, quote="<i>q</i>",
                          said=DateValue.from_edtf("2025-12-01"))
        s.commit()
    write_pdf(empty_project, tmp_path / "hostile.pdf", PdfOptions())
    everything = " ".join(text_of(tmp_path / "hostile.pdf"))
    assert "<b>x</b><img src=x>" in everything and "<b>Party</b>" in everything and "<i>q</i>" in everything


def test_nothing_is_left_behind_when_writing_fails(demo_project, tmp_path, qapp):
    target = tmp_path / "missing-folder" / "out.pdf"
    with pytest.raises(Exception):
        write_pdf(demo_project, target, PdfOptions())
    assert not target.exists()
