"""thetimelineproj .timeline files: containers, categories, fuzzy dates; hostile XML refused."""

import pytest
from sqlmodel import select

from tests.io.helpers import SAMPLES, counts
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import import_file
from timeline_app.store.models import Event, EventSource, EventTag, Source, Tag

SAMPLE = SAMPLES / "timeline-xml" / "gregorian-sample.timeline"
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>
<timeline><events><event><text>&lol9;</text></event></events></timeline>"""


def write(tmp_path, events, extra=""):
    path = tmp_path / "t.timeline"
    path.write_text(f"<?xml version='1.0' encoding='utf-8'?>\n<timeline><version>2.5.0</version>"
                    f"<timetype>gregoriantime</timetype>{extra}<events>{events}</events></timeline>", encoding="utf-8")
    return path


def test_the_sample_imports_with_containers_categories_and_a_report(empty_project):
    report = import_file(empty_project, SAMPLE)
    assert report.format == "timeline-xml" and report.counts["events"] == 25 and report.counts["tags"] == 4
    assert sum(line.startswith("era ") for line in map(str, report.skipped)) == 2
    with empty_project.session() as s:
        events = {e.title: e for e in s.exec(select(Event))}
        tags = {t.name: t for t in s.exec(select(Tag))}
        assert tags["Välkommen"].colour == "#eb52ff"
        container = events["Container"]
        members = [e.title for e in events.values() if e.parent_id == container.id]
        assert sorted(members) == ["BarFoo", "Ta bort händelse", "Välj händelse"]
        assert events["<"].start_edtf == "2021-11-02" and events["<"].end_edtf is None
        assert (events["Scrolla"].start_edtf, events["Scrolla"].end_edtf) == ("2021-11-18T09:38", "2021-11-27T13:58")
        assert events["Välkommen till Timeline"].summary == "HoHo"
        assert s.exec(select(EventTag)).all()


def test_fuzzy_ends_hyperlinks_and_unmapped_fields(empty_project, tmp_path):
    path = write(tmp_path, "<event><start>2021-10-01 00:00:00</start><end>2021-10-05 00:00:00</end>"
                           "<text>Talks</text><fuzzy_start>True</fuzzy_start><fuzzy_end>False</fuzzy_end>"
                           "<hyperlink>https://example.org/a</hyperlink><icon>iVBORw0KGgo=</icon></event>")
    report = import_file(empty_project, path)
    with empty_project.session() as s:
        event = s.exec(select(Event)).one()
        assert s.exec(select(Source)).one().url == "https://example.org/a" and s.exec(select(EventSource)).one()
    assert (event.start_edtf, event.end_edtf) == ("2021-10-01~", "2021-10-05")
    assert any("icon is not imported" in line for line in map(str, report.skipped))


@pytest.mark.parametrize("content, message", [
    (BILLION_LAUGHS, "refused: the file declares XML entities"),
    ('<?xml version="1.0"?><!DOCTYPE timeline SYSTEM "http://example.org/t.dtd"><timeline/>', "refused: the file has a document type declaration"),
    ("<timeline><events><event><start>2021</event></events></timeline>", r"line 1, column \d+: not well-formed XML"),
    ("<timeline><timetype>numtime</timetype></timeline>", "timetype: a 'numtime' timeline"),
    ("<calendar/>", "not a Timeline file"),
    ("<timeline><events><event><start>yesterday</start><end>2021-01-01 00:00:00</end><text>x</text></event></events></timeline>",
     r"event 1 \(x\): start: expected a time such as 2021-10-13 13:23:09"),
    ("<timeline><events><event><start>2021-02-30 00:00:00</start><end>2021-03-01 00:00:00</end><text>x</text></event></events></timeline>",
     r"event 1 \(x\): .*February 2021 has 28 days"),
])
def test_hostile_and_malformed_files_are_refused_whole(content, message, empty_project, tmp_path):
    path = tmp_path / "bad.timeline"
    path.write_text(content, encoding="utf-8")
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match=message):
        import_file(empty_project, path)
    assert counts(empty_project) == before
