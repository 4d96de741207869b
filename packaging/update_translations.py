"""Regenerate the translations: collect the interface's texts into the .ts files, compile the .qm files.

    .venv/bin/python packaging/update_translations.py

runs ``pyside6-lupdate`` over every module of ``timeline_app/`` (the interface's ``tr()`` calls, and
the ``message()`` texts the lower layers give it) and writes

- ``resources/translations/timeline_app_de.ts``: every text, for the German translation. New texts
  arrive unfinished; translate them in Qt Linguist (``pyside6-linguist``) or in the XML, and texts
  no longer in the code are dropped;
- ``resources/translations/timeline_app_en.ts``: only the texts that count ("%n claim(s)"), whose
  English singular and plural are written there;

then ``pyside6-lrelease`` compiles both into the ``.qm`` files the application loads (see
``timeline_app/ui/i18n.py``). Commit the .ts and .qm files together; ``tests/ui/test_i18n.py``
fails while a text has no finished German translation or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "timeline_app"
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "timeline_app"
#: ``message("…")`` (timeline_app/messages.py) marks a text as Qt's QT_TR_NOOP does.
MARKERS = ["-tr-function-alias", "QT_TR_NOOP+=message"]
#: lupdate reads a ``#:`` comment as a note to translators; here ``#:`` documents the constant below
#: it (Sphinx's convention), which would reach the catalogue as a misleading note on the next text.
EXTRA_COMMENT = re.compile(r"\n *<extracomment>.*?</extracomment>", re.DOTALL)
#: language: extra lupdate options; English keeps only the plural forms.
LANGUAGES = {"de": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python (a venv's bin/ or Scripts/), else on the PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) and run this with its Python")
    return found


def sources() -> list[str]:
    """Every module of the package, in a stable order, as paths relative to the top of the checkout."""
    return sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def lupdate(language: str, target: Path) -> None:
    """Bring ``target`` up to date with the code: new texts added, texts gone dropped, translations kept."""
    command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", *MARKERS, "-no-obsolete", "-source-language", "en",
               "-target-language", language, *LANGUAGES[language], "-ts", str(target)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    target.write_text(EXTRA_COMMENT.sub("", target.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files as they are")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        if not args.no_update:
            lupdate(language, ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
