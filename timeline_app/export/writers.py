"""PDF, PNG and SVG as export formats of the command line and File → Export.

Registered with the format registry like the data formats; Qt is loaded only when one of these
is written, so importing or exporting CSV never starts it.
"""

from __future__ import annotations

import os
from pathlib import Path

from timeline_app.domain.date_input import parse_date
from timeline_app.io.formats import ExportError
from timeline_app.messages import message
from timeline_app.store.db import Project

_application = None  # kept alive while the process renders


def ensure_gui(lang: str | None = None) -> None:
    """A QGuiApplication for fonts and painting; offscreen when there is no display.

    Made here, it is the command line's, and it speaks ``lang`` (default English, whose catalogue
    holds its plural forms: "1 claim", "2 claims"). In the window the application exists already
    and keeps the interface's language.
    """
    global _application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QGuiApplication(["timeline-app"])
    from timeline_app.ui import i18n

    i18n.install(lang or i18n.SOURCE_LANGUAGE)


def scene_options(project: Project, *, start: str | None = None, end: str | None = None,
                  parties: list[str] | None = None, **_):
    """Range and parties as a user types them ("Dezember 2025", "Ukraine") into SceneOptions; the
    picture's dates and words are in the application's language (see :func:`ensure_gui`)."""
    from timeline_app.export.scene import SceneOptions
    from timeline_app.store.report_query import party_ids_by_name
    from timeline_app.ui import i18n

    options = SceneOptions(lang=i18n.language())
    if start:
        options.t0 = _date(start).earliest.timestamp()
    if end:
        options.t1 = _date(end).latest.timestamp()
    if (start or end) and not (start and end):
        raise ExportError(message("give both --from and --to for a range"))
    if options.t0 is not None and options.t1 <= options.t0:
        raise ExportError(message("the range ends ({end}) before it starts ({start})", end=end, start=start))
    if parties:
        with project.session() as session:
            known = party_ids_by_name(session)
        unknown = [name for name in parties if name.casefold() not in known]
        if unknown:
            raise ExportError(message("no party named {names}", names=", ".join(map(repr, unknown))))
        options.parties = {known[name.casefold()] for name in parties}
    return options


def _date(text: str):
    from timeline_app.domain.dates import DateError

    try:
        value = parse_date(text)
    except DateError as exc:
        raise ExportError(exc.message) from exc
    if value.earliest is None or value.latest is None:
        raise ExportError(message("{text!r}: a range needs dates with both ends known", text=text))
    return value


def write_pdf_file(project: Project, path: Path, *, prepared=None, page_size: str = "A4", landscape: bool = True,
                   pages_wide: int = 1, title: str | None = None, subtitle: str = "", appendix: bool = True,
                   lang: str | None = None, **options):
    """``prepared``: PdfOptions chosen in the export dialog; else the command line's words."""
    ensure_gui(lang)
    from timeline_app.export.pdf import PAGE_SIZES, PdfOptions, write_pdf
    from timeline_app.store import crud

    if prepared is not None:
        write_pdf(project, path, prepared)
        return
    if page_size not in PAGE_SIZES:
        raise ExportError(message("unknown page size {size!r}; expected {sizes}", size=page_size,
                                  sizes=", ".join(PAGE_SIZES)))
    if pages_wide < 1:
        raise ExportError(message("--pages-wide must be 1 or more"))
    if title is None:
        with project.session() as session:
            title = crud.get_meta(session, key="name") or project.name
    write_pdf(project, path, PdfOptions(page_size=page_size, landscape=landscape, pages_wide=pages_wide, title=title,
                                        subtitle=subtitle, appendix=appendix, scene=scene_options(project, **options)))


def write_png_file(project: Project, path: Path, *, width: int = 1920, lang: str | None = None, **options):
    ensure_gui(lang)
    from timeline_app.export.images import write_png

    write_png(project, path, scene_options(project, **options), width=width)


def write_svg_file(project: Project, path: Path, *, width: int = 1920, lang: str | None = None, **options):
    ensure_gui(lang)
    from timeline_app.export.images import write_svg

    write_svg(project, path, scene_options(project, **options), width=width)


def register(register_writer) -> None:
    register_writer("pdf", (".pdf",), write_pdf_file)
    register_writer("png", (".png",), write_png_file)
    register_writer("svg", (".svg",), write_svg_file)
