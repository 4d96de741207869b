"""Line breaking and pagination of the appendix, with fixed-width fake fonts: no display needed."""

from itertools import pairwise

from timeline_app.export.flow import Line, Paragraph, paginate, set_lines

PLAIN, BOLD, BIG = 0, 1, 2


class Fixed:
    """Every character 10 wide (20 in BIG); lines 14 tall (20 in BIG); one indent step is 40."""

    indent = 40.0

    def width(self, text: str, style: int) -> float:
        return len(text) * (20.0 if style == BIG else 10.0)

    def fits(self, text: str, style: int, room: float) -> bool:
        return self.width(text, style) <= room

    def height(self, style: int) -> float:
        return 20.0 if style == BIG else 14.0

    def ascent(self, style: int) -> float:
        return 16.0 if style == BIG else 11.0


def lines_of(*paragraphs: Paragraph, width: float = 100.0) -> list[Line]:
    return set_lines(list(paragraphs), width, Fixed())


def texts(lines: list[Line]) -> list[str]:
    return ["".join(text for _, text, _ in line.pieces) for line in lines]


def ink_right(line: Line) -> float:
    """Where the last visible character of a line ends."""
    x, text, style = line.pieces[-1]
    return x + Fixed().width(text.rstrip(), style)


def test_a_short_paragraph_is_one_line_with_its_runs_side_by_side():
    [line] = lines_of(Paragraph((("21 Dec", BOLD), ("  (post)", PLAIN)), indent=1, space_before=8, keep_with_next=True),
                      width=500)
    assert line.pieces == ((40.0, "21 Dec", BOLD), (100.0, "  (post)", PLAIN))
    assert (line.height, line.ascent, line.space_before, line.keep_with_next) == (14.0, 11.0, 8, True)


def test_neighbouring_runs_in_one_style_are_drawn_as_one_piece():
    [line] = lines_of(Paragraph((("Dec", BOLD), ("   Kyiv", BOLD), (" (x)", PLAIN))), width=500)
    assert line.pieces == ((0.0, "Dec   Kyiv", BOLD), (100.0, " (x)", PLAIN))


def test_a_line_is_as_tall_as_its_tallest_style():
    [line] = lines_of(Paragraph((("Party", BIG), (" 3", PLAIN))), width=500)
    assert (line.height, line.ascent) == (20.0, 16.0)


def test_long_text_wraps_at_spaces_and_keeps_every_character():
    text = "aaaa bbbb cccc dd eeeeeee f"
    lines = lines_of(Paragraph(((text, PLAIN),), space_before=8))
    assert texts(lines) == ["aaaa bbbb ", "cccc dd ", "eeeeeee f"]
    assert all(ink_right(line) <= 100 for line in lines)
    assert [line.space_before for line in lines] == [8, 0, 0]  # only the paragraph's first line


def test_indentation_narrows_the_lines():
    lines = lines_of(Paragraph((("aaaa bbbb cccc", PLAIN),), indent=1))
    assert texts(lines) == ["aaaa ", "bbbb ", "cccc"]
    assert {x for line in lines for x, _, _ in line.pieces} == {40.0}


def test_a_word_longer_than_a_line_is_cut_inside_after_a_slash_if_it_can():
    url = "https://example.org/" + "x" * 15
    lines = lines_of(Paragraph((("see " + url, PLAIN),)))
    assert texts(lines) == ["see ", "https://", "example.or", "g/xxxxxxxx", "xxxxxxx"]
    assert all(ink_right(line) <= 100 for line in lines)


def test_styles_carry_on_across_a_break():
    lines = lines_of(Paragraph((("denies: ", BOLD), ("Kyiv, 2025 — ", PLAIN), ("„a long quote here“", PLAIN))))
    assert texts(lines) == ["denies: ", "Kyiv, 2025 ", "— „a long ", "quote ", "here“"]
    assert lines[0].pieces == ((0.0, "denies: ", BOLD),)


def test_mixed_styles_on_a_wrapped_line_stand_where_their_words_end():
    lines = lines_of(Paragraph((("ab ", BOLD), ("cd efghij", PLAIN))))
    assert lines[0].pieces == ((0.0, "ab ", BOLD), (30.0, "cd ", PLAIN))
    assert lines[1].pieces == ((0.0, "efghij", PLAIN),)


def test_line_breaks_in_the_text_start_new_lines_and_tabs_are_spaces():
    lines = lines_of(Paragraph((("one\r\ntwo\nthree\tfour", PLAIN),)), width=500)
    assert texts(lines) == ["one", "two", "three four"]


def test_a_no_break_space_holds_its_words_together():
    lines = lines_of(Paragraph((("aaaaa 21\u00a0Dec", PLAIN),)))
    assert texts(lines) == ["aaaaa ", "21\u00a0Dec"]


def test_markup_is_just_characters():
    [line] = lines_of(Paragraph((("<b>x</b><img src=x>", PLAIN),)), width=500)
    assert texts([line]) == ["<b>x</b><img src=x>"]


def test_an_empty_paragraph_still_takes_a_line():
    [line] = lines_of(Paragraph((("", PLAIN),)))
    assert line.height == 14.0


def _line(height: float = 10.0, space: float = 0.0, keep: bool = False) -> Line:
    return Line(((0.0, "x", PLAIN),), height, 8.0, space, keep)


def test_no_lines_no_pages():
    assert paginate([], 100) == []


def test_pages_hold_as_many_lines_as_fit():
    pages = paginate([_line() for _ in range(7)], 35)
    assert [len(page) for page in pages] == [3, 3, 1]
    assert [top for top, _ in pages[0]] == [0.0, 10.0, 20.0]


def test_space_before_counts_but_not_at_the_top_of_a_page():
    pages = paginate([_line(), _line(space=5), _line(space=5), _line(space=5)], 39)
    assert [top for top, _ in pages[0]] == [0.0, 15.0]
    assert [top for top, _ in pages[1]] == [0.0, 15.0]


def test_a_heading_moves_to_the_next_page_with_the_line_it_keeps_with():
    lines = [_line(), _line(), _line(keep=True), _line(keep=True), _line(), _line()]
    pages = paginate(lines, 40)
    assert [len(page) for page in pages] == [2, 4]
    assert pages[1][0][1] is lines[2]


def test_lines_that_keep_together_but_fill_more_than_a_page_still_go_somewhere():
    lines = [_line(keep=True) for _ in range(5)] + [_line()]
    pages = paginate(lines, 25)
    assert sum(len(page) for page in pages) == 6 and all(pages)


def test_no_line_reaches_below_the_page():
    lines = [_line(height=h, space=s, keep=k) for h, s, k in [(20, 0, True), (14, 8, False), (14, 0, False)] * 40]
    for page in paginate(lines, 100):
        assert all(top + line.height <= 100 for top, line in page)
        assert all(a + x.height <= b for (a, x), (b, _) in pairwise(page))  # no overlap
