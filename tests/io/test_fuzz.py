"""Every importer fed random and mutated input: an ImportFileError or a clean import, never a crash,
never a partial write (a failed import leaves every table's row count as it was)."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.io.helpers import SAMPLES, counts
from timeline_app.io.demo import create_demo
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store.db import create_project

FORMATS = ("project", "csv", "claims-csv", "ics", "timelinejs", "claimreview", "annotations", "timeline-xml")
SAMPLE_SEEDS = {
    "ics": [SAMPLES / "icalendar" / "holidays-example.ics"],
    "timelinejs": [SAMPLES / "timelinejs" / "timelinejs_women_in_computing.json", SAMPLES / "timelinejs" / "timelinejs_eras.json"],
    "claimreview": [SAMPLES / "claimreview" / "dpa-datafeed-item.json"],
    "annotations": [SAMPLES / "web-annotation" / "anno41.json"],
    "timeline-xml": [SAMPLES / "timeline-xml" / "gregorian-sample.timeline"],
}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """Each format's seed files: the real samples, and this app's own exports of the demo."""
    folder = tmp_path_factory.mktemp("seeds")
    demo = create_demo(folder / "demo.tlproj")
    own = {}
    for name in FORMATS[:-1]:
        own[name] = folder / f"demo.{name}"
        export_file(demo, own[name], name)
    demo.close()
    return {name: [p.read_bytes() for p in [*SAMPLE_SEEDS.get(name, []), *([own[name]] if name in own else [])]]
            for name in FORMATS}


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    project = create_project(tmp_path_factory.mktemp("target") / "target.tlproj")
    yield project
    project.close()


def _drop_key(data: bytes, choice: int) -> bytes:
    """The JSON document with one key, chosen among all its objects' keys, removed."""
    document = json.loads(data)
    places, stack = [], [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            places += [(node, key) for key in node]
            stack += node.values()
        elif isinstance(node, list):
            stack += node
    if places:
        node, key = places[choice % len(places)]
        del node[key]
    return json.dumps(document).encode()


@st.composite
def mutated(draw, originals: list[bytes]) -> bytes:
    data = draw(st.sampled_from(originals))
    kind = draw(st.sampled_from(("truncate", "flip", "delete", "insert", "drop-key", "random")))
    at = draw(st.integers(0, max(0, len(data) - 1)))
    if kind == "truncate":
        return data[:at]
    if kind == "flip":
        flips = draw(st.lists(st.tuples(st.integers(0, max(0, len(data) - 1)), st.integers(1, 255)), min_size=1, max_size=8))
        buffer = bytearray(data)
        for index, mask in flips:
            if buffer:
                buffer[index] ^= mask
        return bytes(buffer)
    if kind == "delete":
        return data[:at] + data[at + draw(st.integers(1, 200)):]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
    if kind == "drop-key" and data.lstrip()[:1] in (b"{", b"["):
        return _drop_key(data, draw(st.integers(0, 10_000)))
    return draw(st.binary(max_size=600))


def _attempt(project, path: Path, data: bytes, name: str | None) -> None:
    path.write_bytes(data)
    before = counts(project)
    try:
        import_file(project, path, name)
    except ImportFileError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        assert counts(project) == before


@pytest.mark.parametrize("name", FORMATS)
def test_mutated_files_never_crash_nor_half_import(name, seeds, target, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / f"input.{name}"

    @FUZZ
    @given(data=mutated(seeds[name]), detect=st.booleans())
    def check(data, detect):
        _attempt(target, path, data, None if detect else name)

    check()


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_refused_cleanly(data, target, tmp_path_factory):
    _attempt(target, tmp_path_factory.getbasetemp() / "random.bin", data, None)
