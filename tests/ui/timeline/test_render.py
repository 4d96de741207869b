"""What the demo looks like on screen: lanes, the denial, the month-long plan, in light and dark.

Positions come from the layout; the pixels drawn there are checked against the theme's colours.
"""

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPageSize, QPdfWriter

from tests.domain.timeline.builders import Builder, seconds
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui.timeline.painter import Frame, TimelinePainter
from timeline_app.ui.timeline.theme import MARK_CONTRAST, TEXT_CONTRAST, Fonts, Sizes, Theme, contrast, lane_colours

from .conftest import KREMLIN_DENIAL, KYIV_CLAIM, PEACE_PLAN, dark_palette, key_of


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


@pytest.fixture
def shot(demo_view):
    """The demo at 1500×700, as drawn."""
    return demo_view.grab().toImage()


def test_each_lane_is_drawn_where_the_layout_puts_it_in_its_colour(demo_view, shot):
    layout, colours = demo_view.current_layout(), lane_colours(Theme.from_palette(demo_view.palette()), demo_view.lane_index().lanes)
    names = [lane.info.name for lane in layout.lanes]
    assert names == ["Joint", "United States", "Ukraine", "Russia", "Europeans", "Germany", "General"]
    for lane in layout.lanes:
        y = lane.top + demo_view.content_offset() + lane.height / 2
        assert close(shot.pixelColor(1, int(y)), colours[lane.info.key], 2), lane.info.name
    russia = next(lane for lane in layout.lanes if lane.info.name == "Russia")
    assert russia.info.colour == "#d63a3a"


def test_the_kremlins_denial_of_kyivs_claim_is_a_red_link_visible_in_the_fitted_view(demo_view, shot):
    kremlin, kyiv = key_of(demo_view, KREMLIN_DENIAL), key_of(demo_view, KYIV_CLAIM)
    links = [link for link in demo_view.current_layout().links if link.type == "denies"]
    assert [(link.source, link.target) for link in links] == [(kremlin, kyiv)]
    red = Theme.from_palette(demo_view.palette()).relation("denies").colour
    link, dy = links[0], demo_view.content_offset()
    # The link bows sideways between the two markers: look for its red across each row between them
    # (but where its word, "denies", sits on the line).
    rows = range(int(min(link.y1, link.y2) + dy) + 10, int(max(link.y1, link.y2) + dy) - 10, 6)
    red_rows = [y for y in rows if any(close(shot.pixelColor(x, y), red, 50) for x in range(int(link.x1) - 60, int(link.x1) + 60))]
    assert len(red_rows) >= len(rows) - 2


def test_the_28_point_plan_known_only_to_the_month_is_a_span_across_november(demo_view, shot):
    plan = key_of(demo_view, PEACE_PLAN)
    glyph = next(g for g in demo_view.current_layout().glyphs if g.keys == [plan])
    vp = demo_view.current_layout().viewport
    assert glyph.span and not glyph.cluster
    assert glyph.x0 == pytest.approx(vp.x(seconds("2025-11-01"))) and glyph.x1 == pytest.approx(vp.x(seconds("2025-12-01")))
    assert glyph.x1 - glyph.x0 > 300
    assert glyph.label.endswith("Nov 2025")
    blue = QColor("#3b82f6")
    y = int(glyph.y + demo_view.content_offset() + demo_view.current_layout().config.row_height / 2)
    for x in (glyph.x0, glyph.x1):  # the brackets at both ends
        assert any(close(shot.pixelColor(int(x) + d, y), blue, 60) for d in (-1, 0, 1))


@pytest.mark.parametrize("palette", [None, dark_palette()], ids=["light", "dark"])
def test_text_and_marks_keep_their_contrast_in_light_and_dark_palettes(make_view, demo_project, palette):
    view = make_view(load_timeline(demo_project), demo_project, palette=palette)
    theme = Theme.from_palette(view.palette())
    assert theme.dark is (palette is not None)
    for ground in (theme.background, theme.surface):
        assert contrast(theme.text, ground) >= TEXT_CONTRAST
        assert contrast(theme.muted, ground) >= TEXT_CONTRAST
    marks = [*lane_colours(theme, view.lane_index().lanes).values(), *(s.colour for s in theme.statuses.values()),
             *(r.colour for r in theme.relations.values())]
    assert all(contrast(colour, theme.background) >= MARK_CONTRAST for colour in marks)
    image = view.grab().toImage()
    corner = image.pixelColor(view.width() - 5, view.height() - 5)
    assert close(corner, theme.background, 6)


def test_a_device_pixel_ratio_of_two_draws_the_same_picture_sharper(demo_view):
    image = QImage(3000, 1400, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2)
    image.fill(0)
    demo_view.render(image)
    small = demo_view.grab().toImage()
    lane = demo_view.current_layout().lanes[3]
    y = int(lane.top + demo_view.content_offset() + lane.height / 2)
    assert close(image.pixelColor(2, 2 * y), small.pixelColor(1, y), 2)


def test_the_painter_draws_on_a_pdf_page_without_the_widget(demo_view, tmp_path):
    writer = QPdfWriter(str(tmp_path / "page.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    theme, fonts = Theme.from_palette(demo_view.palette()), Fonts.from_font(demo_view.font())
    timeline_painter = TimelinePainter(theme, fonts, Sizes.for_fonts(fonts))
    layout = demo_view.current_layout()
    frame = Frame(layout, [], demo_view.data(), QRectF(0, 0, layout.viewport.left + layout.viewport.width, 600),
                  lane_colours(theme, demo_view.lane_index().lanes), selected={key_of(demo_view, KYIV_CLAIM)})
    painter = QPainter(writer)
    timeline_painter.paint(painter, frame)
    painter.end()
    assert (tmp_path / "page.pdf").stat().st_size > 2000


def test_an_empty_project_shows_its_lanes_and_no_data_shows_a_message(make_view, empty_project):
    view = make_view(load_timeline(empty_project), empty_project)
    assert view.current_layout() is not None and view.current_layout().glyphs == []
    view.grab()
    view.set_data(None)
    assert view.current_layout() is None
    image = view.grab().toImage()
    assert image.pixelColor(QPointF(10, 10).toPoint()) == Theme.from_palette(view.palette()).background


def test_undated_items_are_counted_above_the_lane_names_never_dropped(make_view):
    def corner_ink(undated: int) -> int:
        b = Builder()
        b.event("Dated", "2025-12-14", "us")
        for i in range(undated):
            b.claim(f"Said at some point {i}", None, "ua")
        image = make_view(b.data).grab().toImage()
        return sum(image.pixelColor(x, y) != image.pixelColor(2, 2) for x in range(8, 140) for y in range(30, 60))

    assert corner_ink(0) == 0 and corner_ink(2) > 30  # "2 undated"


@pytest.mark.parametrize("days", [(0, 1), (-40, 2), (-9, 2)])
def test_the_words_on_links_cover_no_marker_and_no_other_word(demo_view, days):
    """ "denies" and "supports" sit on their links where no claim's marker is hidden under them."""
    end = seconds("2025-12-21")
    demo_view.set_visible_range(end + days[0] * 86400, end + days[1] * 86400)
    theme, fonts = Theme.from_palette(demo_view.palette()), Fonts.from_font(demo_view.font())
    painter = TimelinePainter(theme, fonts, Sizes.for_fonts(fonts))
    layout = demo_view.current_layout()
    frame = Frame(layout, [], demo_view.data(), QRectF(0, 0, layout.viewport.left + layout.viewport.width, 700),
                  lane_colours(theme, demo_view.lane_index().lanes))
    image = QImage(int(frame.rect.width()), 700, QImage.Format.Format_ARGB32_Premultiplied)
    with QPainter(image) as p:
        painter.paint(p, frame)
    plates = painter.relations.plates
    assert len(plates) == 2  # the denial and the support, both in view
    row, half = layout.config.row_height, layout.config.marker / 2
    markers = [QRectF(g.x - half, g.y + row / 2 - half, 2 * half, 2 * half) for g in layout.glyphs if not g.span]
    for plate in plates:
        assert not any(plate.intersects(m) for m in markers), plate
    assert not plates[0].intersects(plates[1])
