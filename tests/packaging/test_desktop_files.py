"""The Linux desktop files, the icons and the PyInstaller spec agree with the app, without a build.

The built bundle itself is checked by ``packaging/check_build.sh`` (see packaging/README.md).
The XML parsed here is the repository's own, so ``xml.etree`` is fine.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

import timeline_app
from timeline_app import APP_ID, PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
SPEC = ROOT / "packaging" / "timeline_app.spec"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-timeline-app-project"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def spec_constant(name: str):
    """A literal assigned at the top of the PyInstaller spec (which only PyInstaller can run)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])


# ---------------------------------------------------------------- one application id


def test_one_app_id_everywhere():
    metainfo = ET.parse(METAINFO).getroot()
    assert DESKTOP.is_file() and MIME.is_file()  # both are named by the id
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.find("launchable").get("type") == "desktop-id"
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert desktop_entry()["Icon"] == APP_ID
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)
    assert "APP_ID = timeline_app.APP_ID" in SPEC.read_text(encoding="utf-8")  # bundle identifier


def test_the_mime_type_is_the_project_suffix_and_a_kind_of_sqlite():
    root = ET.parse(MIME).getroot()
    types = root.findall("m:mime-type", MIME_NS)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    mime = types[0]
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == [f"*{PROJECT_SUFFIX}"]
    assert mime.find("m:sub-class-of", MIME_NS).get("type") == "application/vnd.sqlite3"
    magic = mime.find("m:magic", MIME_NS)
    match = magic.find("m:match", MIME_NS)
    assert (match.get("type"), match.get("value"), match.get("offset")) == ("string", "SQLite format 3", "0")
    # below application/vnd.sqlite3's default 50: the content alone never makes a file a project
    assert int(magic.get("priority", 50)) < 50
    assert desktop_entry()["MimeType"] == f"{MIME_TYPE};"
    provides = ET.parse(METAINFO).getroot().find("provides")
    assert [m.text for m in provides.findall("mediatype")] == [MIME_TYPE]


# ---------------------------------------------------------------- desktop entry and AppStream


def test_desktop_entry_starts_the_gui_program_with_one_file():
    entry = desktop_entry()
    scripts = pyproject()["project"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "timeline-app-gui %f"
    assert entry["TryExec"] == "timeline-app-gui"
    assert "timeline-app-gui" in scripts["gui-scripts"]
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == timeline_app.APP_NAME  # Qt's X11 window class is the app's name


def test_metainfo_has_what_software_centres_need():
    root = ET.parse(METAINFO).getroot()
    project = pyproject()["project"]
    assert root.tag == "component" and root.get("type") == "desktop-application"
    for tag in ("id", "name", "summary", "description", "metadata_license", "project_license",
                "launchable", "provides", "content_rating", "releases", "url", "screenshots"):
        assert root.find(tag) is not None, f"<{tag}> is missing"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project["license"] == "GPL-3.0-or-later"
    assert root.find("description").findall("p")
    binaries = {b.text for b in root.find("provides").findall("binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    assert root.find("content_rating").get("type") == "oars-1.1"
    versions = [r.get("version") for r in root.find("releases").findall("release")]
    assert versions[0] == timeline_app.__version__
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.get("date")) for r in root.find("releases"))
    image = root.find("screenshots/screenshot/image")
    assert image.text.startswith("https://") and image.text.endswith("/resources/screenshots/demo.png")
    assert root.find("url").get("type") == "homepage"


# ---------------------------------------------------------------- icons


def test_icon_svg_is_square_and_renders(qapp):
    renderer = QSvgRenderer(str(ICONS / "timeline_app.svg"))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height() > 0


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_png_at_every_size(qapp, size):
    path = ICONS / f"timeline_app-{size}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing or unreadable; run packaging/make_icons.py"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the corners are transparent: a rounded tile
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_ico_holds_every_size_up_to_256():
    data = (ICONS / "timeline_app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        blob = data[offset:offset + length]
        assert png_size(blob) == (width or 256, height or 256) and bits == 32
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_the_retina_sizes():
    data = (ICONS / "timeline_app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    elements, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        elements[kind] = data[offset + 8:offset + length]
        offset += length
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024,
                b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    for kind, size in expected.items():
        assert png_size(elements[kind]) == (size, size), kind


# ---------------------------------------------------------------- the PyInstaller spec


def test_spec_bundles_every_qt_module_the_app_imports():
    """The spec excludes every PySide6 module not in QT_MODULES: a new import must be added there,
    or the built app fails where the tests pass."""
    bundled = set(spec_constant("QT_MODULES"))
    imported = set()
    for path in (ROOT / "timeline_app").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= bundled, f"add {sorted(imported - bundled)} to QT_MODULES in {SPEC.name}"
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_carries_the_files_read_at_run_time():
    text = SPEC.read_text(encoding="utf-8")
    for needle in ('"timeline_app/store/migrations"', '"timeline_app/seeds"', '"resources/icons"',
                   '"resources/translations"', 'collect_data_files("tzdata")', 'name="timeline-app"',
                   'name="timeline-app-gui"', "console=False", "bundle_identifier=APP_ID"):
        assert needle in text, needle
    assert (ROOT / "timeline_app" / "store" / "migrations" / "env.py").is_file()
    extras = pyproject()["project"]["optional-dependencies"]
    assert any(req.startswith("pyinstaller") for req in extras["packaging"])


# ---------------------------------------------------------------- install.sh and the system tools


def test_install_script_stages_every_file(tmp_path):
    env = dict(os.environ, DESTDIR=str(tmp_path))
    result = subprocess.run(["bash", str(LINUX / "install.sh"), "--prefix", "/usr"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).read_text(encoding="utf-8") == DESKTOP.read_text(encoding="utf-8")
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}"
        assert (folder / "apps" / f"{APP_ID}.png").is_file()
        assert (folder / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.png").is_file()


def test_qt_tells_a_project_from_a_plain_sqlite_file(tmp_path):
    """Through the installed MIME package: the name makes a project, SQLite content alone does not."""
    mime_dir = tmp_path / "data" / "mime" / "packages"
    mime_dir.mkdir(parents=True)
    shutil.copy(MIME, mime_dir / f"{APP_ID}.xml")
    for name in (f"story{PROJECT_SUFFIX}", "plain.db"):
        with sqlite3.connect(tmp_path / name) as db:
            db.execute("CREATE TABLE t (x)")
        db.close()
    code = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
            "print(*(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / f"story{PROJECT_SUFFIX}"),
                             str(tmp_path / "plain.db")], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    project, plain = result.stdout.split()
    assert project == MIME_TYPE
    assert plain in ("application/vnd.sqlite3", "application/x-sqlite3")  # Qt's own copy has the old name


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (apt-get install appstream)")
def test_appstreamcli_validates_the_metainfo():
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.M), result.stdout  # neither errors nor warnings


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)")
def test_desktop_file_validate_finds_nothing():
    result = run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database is not installed (apt-get install shared-mime-info)")
def test_update_mime_database_compiles_the_type(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / f"{APP_ID}.xml")
    result = run_tool("update-mime-database", "-V", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"{MIME_TYPE}:*{PROJECT_SUFFIX}" in (tmp_path / "globs2").read_text(encoding="utf-8")
    assert "application/vnd.sqlite3" in (tmp_path / "subclasses").read_text(encoding="utf-8")
